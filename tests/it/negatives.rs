//! Words that look like times and are not.

use super::check;
use insta::assert_snapshot;

const DATED: &str = "2025-10-30";

#[test]
fn modal_may_and_names() {
    assert_snapshot!(check("Crossings may shut again. May I ask? Analyst Rebecca May said so.", DATED), @"");
}

#[test]
fn march_as_a_verb() {
    assert_snapshot!(check("Protesters plan to march to the border. March on, they said.", DATED), @"");
}

#[test]
fn numbers_that_only_look_like_years() {
    assert_snapshot!(check("Call +92 51 9204 2021 or 051-2021-3344. Some 2000 troops and 1500 families moved.", DATED), @"");
    assert_snapshot!(check("The fund holds $2021 and 2021 percent more.", DATED), @"");
    // A number after a name is part of the name; a year that opens its sentence is a year.
    assert_snapshot!(check("The venture, Orion 1980, made parts for the Euro 2012 final. In 2010, it closed.", DATED), @"2010 | DATE 2010 | 2010-01-01 .. 2010-12-31");
}

#[test]
fn rates_ages_and_fractions() {
    assert_snapshot!(check("Four flights a week cost $35 a night. He is 52 years old; a quarter of the vote.", DATED), @"");
    assert_snapshot!(check("As soon as the guns fell silent, a second convoy left.", DATED), @"");
}

#[test]
fn to_the_day_says_how_exactly_a_length_was_counted() {
    // "to the day" is no day of the story: the length of time before it is the phrase.
    assert_snapshot!(check("Troops left on October 20, three years to the day after they arrived; the clinic reopened the day after.", DATED), @"
    October 20 | DATE 2025-10-20 | 2025-10-20 .. 2025-10-20
    three years | DURATION P3Y
    the day after | DATE 2025-10-21 | 2025-10-21 .. 2025-10-21
    ");
}

#[test]
fn a_day_in_a_name() {
    // A capitalized "Today" or "This Week" after a capitalized word is a title; one that
    // opens a sentence, or follows a colon, is the day.
    assert_snapshot!(check("He told USA Today and ABC's \"This Week\" that he would run. Today, he filed. He said: Tonight we vote.", DATED), @"
    Today | DATE 2025-10-30 | 2025-10-30 .. 2025-10-30
    Tonight | TIME 2025-10-30TNI | 2025-10-30T18:00 .. 2025-10-30T23:59
    ");
}

#[test]
fn degrees_and_scores_in_the_eighties() {
    // "the 80s" is a decade only where nothing before it measures heat or play.
    assert_snapshot!(check("Highs will be in the mid-80s and temperatures stayed in the 90s. He shot in the 60s twice.", DATED), @"");
}

#[test]
fn seasons_in_names_and_the_fall_of_a_city() {
    // "the fall of" a place is its capture; a season in capitals beside a name is the name's.
    assert_snapshot!(check("Since the fall of Kabul and the Arab Spring, the Summer Olympics have moved. Talks resume in the fall of 2026.", DATED), @"the fall of 2026 | DATE 2026-FA | 2026-09-01 .. 2026-11-30");
}

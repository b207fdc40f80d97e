//! Every phrase class the tagger reads, against a report dated Thursday 30 October 2025
//! unless a test says otherwise.

use super::{check, check_with};
use chronicle::{TagOptions, WeekdayPolicy};
use insta::assert_snapshot;

const DATED: &str = "2025-10-30";

#[test]
fn absolute_days() {
    assert_snapshot!(check("Explosions hit Kabul on October 9. A truce followed on Oct. 19.", DATED), @"
    October 9 | DATE 2025-10-09 | 2025-10-09 .. 2025-10-09
    Oct. 19 | DATE 2025-10-19 | 2025-10-19 .. 2025-10-19
    ");
    assert_snapshot!(check("It was signed on 9 October 2025, published 2025-10-19 and due January 15, 2026.", DATED), @"
    9 October 2025 | DATE 2025-10-09 | 2025-10-09 .. 2025-10-09
    2025-10-19 | DATE 2025-10-19 | 2025-10-19 .. 2025-10-19
    January 15, 2026 | DATE 2026-01-15 | 2026-01-15 .. 2026-01-15
    ");
    assert_snapshot!(check("Talks were held on October 18 and 19 in Doha, then Oct 25-30 in Istanbul.", DATED), @"
    October 18 | DATE 2025-10-18 | 2025-10-18 .. 2025-10-18
    19 | DATE 2025-10-19 | 2025-10-19 .. 2025-10-19
    Oct 25 | DATE 2025-10-25 | 2025-10-25 .. 2025-10-25
    30 | DATE 2025-10-30 | 2025-10-30 .. 2025-10-30
    ");
    assert_snapshot!(check("The deadline is Nov. 6th; the accord dates from 10/19/2025.", DATED), @"
    Nov. 6th | DATE 2025-11-06 | 2025-11-06 .. 2025-11-06
    10/19/2025 | DATE 2025-10-19 | 2025-10-19 .. 2025-10-19
    ");
    // The article belongs to "the 15th of March".
    assert_snapshot!(check("The envoys met on the 15th of October and again on the 20th.", DATED), @"
    the 15th of October | DATE 2025-10-15 | 2025-10-15 .. 2025-10-15
    the 20th | DATE 2025-10-20 | 2025-10-20 .. 2025-10-20
    ");
    // With dashes or dots and a four-digit year, the day comes first unless it cannot.
    assert_snapshot!(check("Hearings on 14-10-2025, on 05.10.2025, on 10-14-2025; call 051-2021-3344.", DATED), @"
    14-10-2025 | DATE 2025-10-14 | 2025-10-14 .. 2025-10-14
    05.10.2025 | DATE 2025-10-05 | 2025-10-05 .. 2025-10-05
    10-14-2025 | DATE 2025-10-14 | 2025-10-14 .. 2025-10-14
    ");
    // A year's last two digits stand for it, from 1950 to 2049; a fraction is no date.
    assert_snapshot!(check("The memo is dated 3/4/97 and the reply 01/15/25; it is open 24/7 and 1/2/3 of it was read.", DATED), @"
    3/4/97 | DATE 1997-03-04 | 1997-03-04 .. 1997-03-04
    01/15/25 | DATE 2025-01-15 | 2025-01-15 .. 2025-01-15
    ");
}

#[test]
fn years_months_seasons_quarters() {
    assert_snapshot!(check("The Taliban returned to power in 2021, after the chaos of the 1990s.", DATED), @"
    2021 | DATE 2021 | 2021-01-01 .. 2021-12-31
    the 1990s | DATE 199 | 1990-01-01 .. 1999-12-31
    ");
    // A year that opens its sentence frames the months and days in it, not those of the
    // next sentence nor those after a year told in passing.
    assert_snapshot!(check("In 2019, floods struck in late March and again on Aug. 2. Last year's drought, which began in spring, ended in June. In May, rains came. The port, built in 1990, reopened on Oct. 6.", DATED), @"
    2019 | DATE 2019 | 2019-01-01 .. 2019-12-31
    late March | DATE 2019-03 END | 2019-03-22 .. 2019-03-31
    Aug. 2 | DATE 2019-08-02 | 2019-08-02 .. 2019-08-02
    Last year | DATE 2024 | 2024-01-01 .. 2024-12-31
    spring | DATE 2024-SP | 2024-03-01 .. 2024-05-31
    June | DATE 2024-06 | 2024-06-01 .. 2024-06-30
    May | DATE 2025-05 | 2025-05-01 .. 2025-05-31
    1990 | DATE 1990 | 1990-01-01 .. 1990-12-31
    Oct. 6 | DATE 2025-10-06 | 2025-10-06 .. 2025-10-06
    ");
    // "than expected" and "as planned" compare; the verb before them tells the time.
    assert_snapshot!(check("Exports rose more than expected in September, and as planned in August.", DATED), @"
    September | DATE 2025-09 | 2025-09-01 .. 2025-09-30
    August | DATE 2025-08 | 2025-08-01 .. 2025-08-31
    ");
    // What runs "since" a month began before the report, however near the next one is.
    // A later year joined to a year by a word of a span ends the span, though a plural
    // follows it as a count's would.
    assert_snapshot!(check("Between 2019 and 2021 exports fell, and from 1990 to 1995 troops stayed.", DATED), @"
    2019 | DATE 2019 | 2019-01-01 .. 2019-12-31
    2021 | DATE 2021 | 2021-01-01 .. 2021-12-31
    1990 | DATE 1990 | 1990-01-01 .. 1990-12-31
    1995 | DATE 1995 | 1995-01-01 .. 1995-12-31
    ");
    // A decade in two digits takes the article, with or without an apostrophe.
    assert_snapshot!(check("The plant opened in the 60's, struggled in the early 80s and closed in the '90s.", DATED), @"
    the 60's | DATE 196 | 1960-01-01 .. 1969-12-31
    the early 80s | DATE 198 START | 1980-01-01 .. 1983-05-01
    the '90s | DATE 199 | 1990-01-01 .. 1999-12-31
    ");
    assert_snapshot!(check("Prices hit their highest level since November.", DATED), @"November | DATE 2024-11 | 2024-11-01 .. 2024-11-30");
    assert_snapshot!(check("Trade fell in May and recovered in September 2024.", DATED), @"
    May | DATE 2025-05 | 2025-05-01 .. 2025-05-31
    September 2024 | DATE 2024-09 | 2024-09-01 .. 2024-09-30
    ");
    assert_snapshot!(check("Clashes began last summer and may resume this winter.", DATED), @"
    last summer | DATE 2025-SU | 2025-06-01 .. 2025-08-31
    this winter | DATE 2025-WI | 2025-12-01 .. 2026-02-28
    ");
    assert_snapshot!(check("Exports dropped in the third quarter and in the first half of 2024.", DATED), @"
    the third quarter | DATE 2025-Q3 | 2025-07-01 .. 2025-09-30
    the first half of 2024 | DATE 2024-H1 | 2024-01-01 .. 2024-06-30
    ");
    assert_snapshot!(check("Ties date back to the 20th century and to the '80s.", DATED), @"
    the 20th century | DATE 19 | 1900-01-01 .. 1999-12-31
    the '80s | DATE 198 | 1980-01-01 .. 1989-12-31
    ");
    // A span of years gives its years; a number with more digits or dashes stays a number.
    assert_snapshot!(check("The 1980-88 war, the 1990-1995 talks and the 2014\u{2013}15 season; call 051-2021-3344; it fell 2021-18.", DATED), @"
    1980 | DATE 1980 | 1980-01-01 .. 1980-12-31
    1990 | DATE 1990 | 1990-01-01 .. 1990-12-31
    1995 | DATE 1995 | 1995-01-01 .. 1995-12-31
    2014 | DATE 2014 | 2014-01-01 .. 2014-12-31
    ");
    // "earlier" and "later" before a day or year keep its start or end, inside the phrase.
    assert_snapshot!(check("The dam was finished in 1990, and later that year the town was rebuilt. Later yesterday, the envoys left.", DATED), @"
    1990 | DATE 1990 | 1990-01-01 .. 1990-12-31
    later that year | DATE 1990 END | 1990-09-02 .. 1990-12-31
    Later yesterday | DATE 2025-10-29 END | 2025-10-29 .. 2025-10-29
    ");
    // A month joined to another with a year takes that year, the year before when the range
    // runs past December.
    assert_snapshot!(check("Talks ran in May and June 2024, and the truce held from December through February 2025.", DATED), @"
    May | DATE 2024-05 | 2024-05-01 .. 2024-05-31
    June 2024 | DATE 2024-06 | 2024-06-01 .. 2024-06-30
    December | DATE 2024-12 | 2024-12-01 .. 2024-12-31
    February 2025 | DATE 2025-02 | 2025-02-01 .. 2025-02-28
    ");
    // So it does a year said relative to now: "January" is this year's, however near the
    // coming January is.
    assert_snapshot!(check("Exports have been falling from January to August this year.", "1998-09-20"), @"
    January | DATE 1998-01 | 1998-01-01 .. 1998-01-31
    August this year | DATE 1998-08 | 1998-08-01 .. 1998-08-31
    ");
    // A part of a month, in any case: a sentence may open with it.
    assert_snapshot!(check("Mid-June saw the worst fighting; early July was calm. Late August brought talks, and mid-September a deal.", DATED), @"
    Mid-June | DATE 2025-06 MID | 2025-06-11 .. 2025-06-20
    early July | DATE 2025-07 START | 2025-07-01 .. 2025-07-10
    Late August | DATE 2025-08 END | 2025-08-22 .. 2025-08-31
    mid-September | DATE 2025-09 MID | 2025-09-11 .. 2025-09-20
    ");
}

#[test]
fn relative_to_the_report() {
    assert_snapshot!(check("The talks failed on Tuesday, late Saturday and on Friday night.", DATED), @"
    Tuesday | DATE 2025-10-28 | 2025-10-28 .. 2025-10-28
    late Saturday | DATE 2025-10-25 END | 2025-10-25 .. 2025-10-25
    Friday night | TIME 2025-10-24TNI | 2025-10-24T18:00 .. 2025-10-24T23:59
    ");
    assert_snapshot!(check("Today the border is shut; yesterday it opened; tomorrow it may close.", DATED), @"
    Today | DATE 2025-10-30 | 2025-10-30 .. 2025-10-30
    yesterday | DATE 2025-10-29 | 2025-10-29 .. 2025-10-29
    tomorrow | DATE 2025-10-31 | 2025-10-31 .. 2025-10-31
    ");
    assert_snapshot!(check("This week and last week were calm, unlike earlier this month.", DATED), @"
    This week | DATE 2025-W44 | 2025-10-27 .. 2025-11-02
    last week | DATE 2025-W43 | 2025-10-20 .. 2025-10-26
    earlier this month | DATE 2025-10 | 2025-10-01 .. 2025-10-30
    ");
    assert_snapshot!(check("It happened three weeks ago; talks resume next month.", DATED), @"
    three weeks ago | DATE 2025-W41 | 2025-10-06 .. 2025-10-12
    next month | DATE 2025-11 | 2025-11-01 .. 2025-11-30
    ");
    assert_snapshot!(check("Trade was flat this past week; the envoy left this past Sunday, and this past weekend was calm.", DATED), @"
    this past week | DATE 2025-W43 | 2025-10-20 .. 2025-10-26
    this past Sunday | DATE 2025-10-26 | 2025-10-26 .. 2025-10-26
    this past weekend | DATE 2025-W43-WE | 2025-10-25 .. 2025-10-26
    ");
    assert_snapshot!(check("The vote is due two weeks from now, and the census five years from today.", DATED), @"
    two weeks from now | DATE 2025-W46 | 2025-11-10 .. 2025-11-16
    five years from today | DATE 2030 | 2030-01-01 .. 2030-12-31
    ");
    assert_snapshot!(check("Officials met last Friday and will meet again next Monday.", DATED), @"
    last Friday | DATE 2025-10-24 | 2025-10-24 .. 2025-10-24
    next Monday | DATE 2025-11-03 | 2025-11-03 .. 2025-11-03
    ");
}

#[test]
fn a_dateline_gives_the_day_of_writing() {
    // Stamped a day after it was written: "today" is the dateline's day.
    assert_snapshot!(check("KABUL, Oct. 29 (Pajhwok) -- The envoys arrived today and met on Monday.", DATED), @"
    Oct. 29 | DATE 2025-10-29 | 2025-10-29 .. 2025-10-29
    today | DATE 2025-10-29 | 2025-10-29 .. 2025-10-29
    Monday | DATE 2025-10-27 | 2025-10-27 .. 2025-10-27
    ");
    assert_snapshot!(check("Islamabad, Pakistan, 29 October \u{2014} The envoys arrived today.", DATED), @"
    29 October | DATE 2025-10-29 | 2025-10-29 .. 2025-10-29
    today | DATE 2025-10-29 | 2025-10-29 .. 2025-10-29
    ");
    // A date in a sentence is no dateline.
    assert_snapshot!(check("He spoke on Monday, October 27 - the eve of the vote - and left today.", DATED), @"
    Monday, October 27 | DATE 2025-10-27 | 2025-10-27 .. 2025-10-27
    today | DATE 2025-10-30 | 2025-10-30 .. 2025-10-30
    ");
}

#[test]
fn relative_to_the_story() {
    // Decades and centuries count from the story's year, as years do, in their own grain.
    assert_snapshot!(check("In 1992, four women won. Two decades later, twenty sat in the chamber.", DATED), @"
    1992 | DATE 1992 | 1992-01-01 .. 1992-12-31
    Two decades later | DATE 201 | 2010-01-01 .. 2019-12-31
    ");
    assert_snapshot!(check("The strikes came on October 9. Two days later, Kabul retaliated; the previous day had been calm.", DATED), @"
    October 9 | DATE 2025-10-09 | 2025-10-09 .. 2025-10-09
    Two days later | DATE 2025-10-11 | 2025-10-11 .. 2025-10-11
    the previous day | DATE 2025-10-10 | 2025-10-10 .. 2025-10-10
    ");
    assert_snapshot!(check("A truce was agreed on October 19, 2025. The following week was quiet.", DATED), @"
    October 19, 2025 | DATE 2025-10-19 | 2025-10-19 .. 2025-10-19
    The following week | DATE 2025-W43 | 2025-10-20 .. 2025-10-26
    ");
    // A year alone sets the story's year: "the following year", "that year" and "five years
    // earlier" count from it.
    assert_snapshot!(check("The law passed in 1994. The following year it was amended. The dam was finished in 1990; five years earlier the river had flooded, and that year the town was rebuilt.", DATED), @"
    1994 | DATE 1994 | 1994-01-01 .. 1994-12-31
    The following year | DATE 1995 | 1995-01-01 .. 1995-12-31
    1990 | DATE 1990 | 1990-01-01 .. 1990-12-31
    five years earlier | DATE 1985 | 1985-01-01 .. 1985-12-31
    that year | DATE 1985 | 1985-01-01 .. 1985-12-31
    ");
    // "the next day" is the day after the story's, not after the report's.
    assert_snapshot!(check("On October 21 the army walked out, and the next day the mediators suspended the talks.", DATED), @"
    October 21 | DATE 2025-10-21 | 2025-10-21 .. 2025-10-21
    the next day | DATE 2025-10-22 | 2025-10-22 .. 2025-10-22
    ");
    // Hours in whole days move the day; others, from a day whose hour is unknown, reach
    // one of two days.
    assert_snapshot!(check("The truce was signed on October 20. It took effect 48 hours later.", DATED), @"
    October 20 | DATE 2025-10-20 | 2025-10-20 .. 2025-10-20
    48 hours later | DATE 2025-10-22 | 2025-10-22 .. 2025-10-22
    ");
    assert_snapshot!(check("The truce was signed on October 20. It collapsed 36 hours later.", DATED), @"
    October 20 | DATE 2025-10-20 | 2025-10-20 .. 2025-10-20
    36 hours later | DATE 2025-10-21 | 2025-10-21 .. 2025-10-22
    ");
    // A weekday with its part of the day still names its day: the story goes on from it.
    assert_snapshot!(check("Gunmen raided the depot late Monday. The fighting lasted until midnight, and the next day the roads were shut.", DATED), @"
    late Monday | DATE 2025-10-27 END | 2025-10-27 .. 2025-10-27
    midnight | TIME 2025-10-27T24:00 | 2025-10-28T00:00 .. 2025-10-28T00:00
    the next day | DATE 2025-10-28 | 2025-10-28 .. 2025-10-28
    ");
    // Eight hours or more after the last third of a day is past its midnight.
    assert_snapshot!(check("The deal was announced late Monday; one side was to stop firing first and the other ten hours later.", DATED), @"
    late Monday | DATE 2025-10-27 END | 2025-10-27 .. 2025-10-27
    ten hours later | DATE 2025-10-28 | 2025-10-28 .. 2025-10-28
    ");
}

#[test]
fn weekdays_point_forward_with_the_verb() {
    assert_snapshot!(check("The delegations will meet on Friday.", DATED), @"Friday | DATE 2025-10-31 | 2025-10-31 .. 2025-10-31");
    assert_snapshot!(check("The delegations met on Friday.", DATED), @"Friday | DATE 2025-10-24 | 2025-10-24 .. 2025-10-24");
    // A plan made points forward, though its verb is past; an agreement to a truce is dated
    // by its own day.
    assert_snapshot!(check("The leaders agreed to meet on Saturday and promised to sign on Monday. The sides agreed to a truce on Sunday.", DATED), @"
    Saturday | DATE 2025-11-01 | 2025-11-01 .. 2025-11-01
    Monday | DATE 2025-11-03 | 2025-11-03 .. 2025-11-03
    Sunday | DATE 2025-10-26 | 2025-10-26 .. 2025-10-26
    ");
    let past = TagOptions {
        weekday_policy: WeekdayPolicy::Past,
        ..TagOptions::default()
    };
    assert_snapshot!(check_with("The delegations will meet on Friday.", DATED, &past), @"Friday | DATE 2025-10-24 | 2025-10-24 .. 2025-10-24");
    // A plan or an obligation points forward: "is to", "set for", "must", "takes place".
    assert_snapshot!(check("The envoy is to fly to Doha on Sunday; the vote is set for Tuesday, parties must register by Monday and the rally takes place Saturday.", DATED), @"
    Sunday | DATE 2025-11-02 | 2025-11-02 .. 2025-11-02
    Tuesday | DATE 2025-11-04 | 2025-11-04 .. 2025-11-04
    Monday | DATE 2025-11-03 | 2025-11-03 .. 2025-11-03
    Saturday | DATE 2025-11-01 | 2025-11-01 .. 2025-11-01
    ");
    // A prospect points forward too: "plans to", "is forecast to", "is likely to"; an
    // infinitive that looks like a past ("to hit") leaves the choice to the verb before it.
    assert_snapshot!(check("The opposition plans to march on Sunday, the storm is forecast to hit on Saturday and the army was ordered to hit back on Monday.", DATED), @"
    Sunday | DATE 2025-11-02 | 2025-11-02 .. 2025-11-02
    Saturday | DATE 2025-11-01 | 2025-11-01 .. 2025-11-01
    Monday | DATE 2025-10-27 | 2025-10-27 .. 2025-10-27
    ");
    // "Slated" is a timetable's word, and "is due to" a plan; "closed due to" tells a cause.
    assert_snapshot!(check("The vote is slated for Sunday and the envoys are due to meet on Monday; the port closed due to a storm on Tuesday.", DATED), @"
    Sunday | DATE 2025-11-02 | 2025-11-02 .. 2025-11-02
    Monday | DATE 2025-11-03 | 2025-11-03 .. 2025-11-03
    Tuesday | DATE 2025-10-28 | 2025-10-28 .. 2025-10-28
    ");
    // With no verb that tells the time, what lasts until a day lasts until one to come.
    assert_snapshot!(check("The envoy is in Doha until Sunday and Kabul has until Monday to reply; the border stayed shut until Tuesday.", DATED), @"
    Sunday | DATE 2025-11-02 | 2025-11-02 .. 2025-11-02
    Monday | DATE 2025-11-03 | 2025-11-03 .. 2025-11-03
    Tuesday | DATE 2025-10-28 | 2025-10-28 .. 2025-10-28
    ");
    // A passive in the future points forward, though its participle is a past form.
    assert_snapshot!(check("The accord will be signed on Monday, the crossing will remain closed through the weekend and the road will stay shut until Tuesday.", DATED), @"
    Monday | DATE 2025-11-03 | 2025-11-03 .. 2025-11-03
    the weekend | DATE 2025-W44-WE | 2025-11-01 .. 2025-11-02
    Tuesday | DATE 2025-11-04 | 2025-11-04 .. 2025-11-04
    ");
    assert_snapshot!(check("The accord will be signed on Monday; the summit will be held this weekend.", DATED), @"
    Monday | DATE 2025-11-03 | 2025-11-03 .. 2025-11-03
    this weekend | DATE 2025-W44-WE | 2025-11-01 .. 2025-11-02
    ");
    // "this weekend" is the coming one unless the clause is past; "the weekend" the one
    // just past unless it points forward.
    assert_snapshot!(check("The envoys are in Doha this weekend; shelling eased over the weekend.", DATED), @"
    this weekend | DATE 2025-W44-WE | 2025-11-01 .. 2025-11-02
    the weekend | DATE 2025-W43-WE | 2025-10-25 .. 2025-10-26
    ");
    // The verb of saying after a quotation tells when it was said, not the time it speaks of.
    assert_snapshot!(check("\"Families have until Monday to leave,\" the mayor said. Residents have until Sunday to register, officials said.", DATED), @"
    Monday | DATE 2025-11-03 | 2025-11-03 .. 2025-11-03
    Sunday | DATE 2025-11-02 | 2025-11-02 .. 2025-11-02
    ");
    // The verb "to last" is no past, though "last" is ("the last meeting on Friday").
    assert_snapshot!(check("The rains typically last until December; the last meeting on Friday was short.", DATED), @"
    December | DATE 2025-12 | 2025-12-01 .. 2025-12-31
    Friday | DATE 2025-10-24 | 2025-10-24 .. 2025-10-24
    ");
    // A capitalized word is a name, not a past by its "-ed": the nearest day stays nearest.
    assert_snapshot!(check("The phone goes on sale in the United States on Nov. 14 and at Ahmed's shop on Nov. 20.", DATED), @"
    Nov. 14 | DATE 2025-11-14 | 2025-11-14 .. 2025-11-14
    Nov. 20 | DATE 2025-11-20 | 2025-11-20 .. 2025-11-20
    ");
    // What is foretold is still to come; the day of the warning is its own.
    assert_snapshot!(check("Forecasters warned of snow from Sunday night; the agency warned on Monday that roads were icy.", DATED), @"
    Sunday night | TIME 2025-11-02TNI | 2025-11-02T18:00 .. 2025-11-02T23:59
    Monday | DATE 2025-10-27 | 2025-10-27 .. 2025-10-27
    ");
    // So does a passive in the future told in reported speech.
    assert_snapshot!(check("The minister said troops would be sent to the border on Monday.", DATED), @"Monday | DATE 2025-11-03 | 2025-11-03 .. 2025-11-03");
    // A plan that is itself told in the past points back.
    assert_snapshot!(check("The envoys were going to meet on Monday.", DATED), @"Monday | DATE 2025-10-27 | 2025-10-27 .. 2025-10-27");
    // A timetable told in the present points forward; its auxiliary, when there is one, decides.
    // "need" and "indeed" end as pasts do; the tense is the auxiliary's before them.
    assert_snapshot!(check("Convoys will need to leave by Saturday, and indeed on Friday. They agreed on Monday.", DATED), @"
    Saturday | DATE 2025-11-01 | 2025-11-01 .. 2025-11-01
    Friday | DATE 2025-10-31 | 2025-10-31 .. 2025-10-31
    Monday | DATE 2025-10-27 | 2025-10-27 .. 2025-10-27
    ");
    // A plan told in the present passive is to come; told in the past, it is past.
    assert_snapshot!(check("Protests are planned for Saturday; a vote is proposed for Tuesday; a march was planned for Friday.", DATED), @"
    Saturday | DATE 2025-11-01 | 2025-11-01 .. 2025-11-01
    Tuesday | DATE 2025-11-04 | 2025-11-04 .. 2025-11-04
    Friday | DATE 2025-10-24 | 2025-10-24 .. 2025-10-24
    ");
    // "appears in court" is a timetable; "appears to be" a verb of seeming.
    assert_snapshot!(check("The suspect appears in court on Monday. A witness said the gunman appears to be the man seen on Tuesday.", DATED), @"
    Monday | DATE 2025-11-03 | 2025-11-03 .. 2025-11-03
    Tuesday | DATE 2025-10-28 | 2025-10-28 .. 2025-10-28
    ");
    // "due" after "is" or "are" is a plan with or without "to"; after "was", a past one.
    assert_snapshot!(check("Results are due Monday and the envoy is due back on Tuesday; the report was due Friday.", DATED), @"
    Monday | DATE 2025-11-03 | 2025-11-03 .. 2025-11-03
    Tuesday | DATE 2025-11-04 | 2025-11-04 .. 2025-11-04
    Friday | DATE 2025-10-24 | 2025-10-24 .. 2025-10-24
    ");
    assert_snapshot!(check("Registrations open on Monday; shops remained open on Sunday.", DATED), @"
    Monday | DATE 2025-11-03 | 2025-11-03 .. 2025-11-03
    Sunday | DATE 2025-10-26 | 2025-10-26 .. 2025-10-26
    ");
    assert_snapshot!(check("Talks resume in Istanbul on Tuesday. The truce expires Saturday. On Monday, the envoys meet.", DATED), @"
    Tuesday | DATE 2025-11-04 | 2025-11-04 .. 2025-11-04
    Saturday | DATE 2025-11-01 | 2025-11-01 .. 2025-11-01
    Monday | DATE 2025-11-03 | 2025-11-03 .. 2025-11-03
    ");
    assert_snapshot!(check("Talks did not resume until Tuesday. The envoys agreed to meet on Monday. Officials say Monday's raid killed nine.", DATED), @"
    Tuesday | DATE 2025-10-28 | 2025-10-28 .. 2025-10-28
    Monday | DATE 2025-11-03 | 2025-11-03 .. 2025-11-03
    Monday | DATE 2025-10-27 | 2025-10-27 .. 2025-10-27
    ");
    // A weekday that continues a clock time takes the verb before the time, however many
    // words the time and its zone take.
    assert_snapshot!(check("The truce will take effect at 7 a.m. local time (0400 GMT) on Friday.", DATED), @"
    7 a.m. local time | TIME 2025-10-31T07:00 | 2025-10-31T07:00 .. 2025-10-31T07:00
    0400 GMT | TIME 2025-10-31T04:00+00:00 | 2025-10-31T04:00+00:00 .. 2025-10-31T04:00+00:00
    Friday | DATE 2025-10-31 | 2025-10-31 .. 2025-10-31
    ");
}

#[test]
fn clock_times_keep_their_zone() {
    assert_snapshot!(check("The truce began at 5.30 PM (Kabul time) on October 15.", DATED), @"5.30 PM (Kabul time) on October 15 | TIME 2025-10-15T17:30+04:30 | 2025-10-15T17:30+04:30 .. 2025-10-15T17:30+04:30");
    assert_snapshot!(check("It took effect at 1:00 p.m. GMT on October 15, or 6 p.m. PKT.", DATED), @"
    1:00 p.m. GMT on October 15 | TIME 2025-10-15T13:00+00:00 | 2025-10-15T13:00+00:00 .. 2025-10-15T13:00+00:00
    6 p.m. PKT | TIME 2025-10-15T18:00+05:00 | 2025-10-15T18:00+05:00 .. 2025-10-15T18:00+05:00
    ");
    assert_snapshot!(check("Shelling stopped at 9 a.m. local time and resumed at noon Saturday.", DATED), @"
    9 a.m. local time | TIME 2025-10-30T09:00 | 2025-10-30T09:00 .. 2025-10-30T09:00
    noon Saturday | TIME 2025-10-25T12:00 | 2025-10-25T12:00 .. 2025-10-25T12:00
    ");
    // "o'clock" gives the hour as said, or by its meridiem.
    assert_snapshot!(check("The vote opened at 10 o'clock and closed at 7 o\u{2019}clock p.m.", DATED), @"
    10 o'clock | TIME 2025-10-30T10:00 | 2025-10-30T10:00 .. 2025-10-30T10:00
    7 o’clock p.m. | TIME 2025-10-30T19:00 | 2025-10-30T19:00 .. 2025-10-30T19:00
    ");
    // A day still to come is the story's day only to the end of its paragraph: the clock
    // in the next paragraph is back on the report's day.
    assert_snapshot!(check("The central bank held rates on Thursday. Its next meeting is Dec. 10, with a statement at 2 p.m.\n\nShares rose after the 1 p.m. decision.", DATED), @"
    Thursday | DATE 2025-10-30 | 2025-10-30 .. 2025-10-30
    Dec. 10 | DATE 2025-12-10 | 2025-12-10 .. 2025-12-10
    2 p.m. | TIME 2025-12-10T14:00 | 2025-12-10T14:00 .. 2025-12-10T14:00
    1 p.m. | TIME 2025-10-30T13:00 | 2025-10-30T13:00 .. 2025-10-30T13:00
    ");
    // A clock still to come ("is due to", "will") is not on a past day of the story; one told
    // of the story is.
    // "last evening" is last night; "its last evening sitting" is no time.
    assert_snapshot!(check("The speaker said last evening that its last evening sitting was long.", DATED), @"last evening | TIME 2025-10-29TEV | 2025-10-29T17:00 .. 2025-10-29T21:59");
    assert_snapshot!(check("Fighting broke out on Monday. The strike went ahead near midnight. The president is due to speak at 20:00 local time.", DATED), @"
    Monday | DATE 2025-10-27 | 2025-10-27 .. 2025-10-27
    midnight | TIME 2025-10-27T24:00 | 2025-10-28T00:00 .. 2025-10-28T00:00
    20:00 local time | TIME 2025-10-30T20:00 | 2025-10-30T20:00 .. 2025-10-30T20:00
    ");
    // Written as one word.
    assert_snapshot!(check("The truce took effect at 6pm local time on Wednesday.", DATED), @"6pm local time on Wednesday | TIME 2025-10-29T18:00 | 2025-10-29T18:00 .. 2025-10-29T18:00");
    // Midnight ends its day (TIMEX3's T24:00); the instant is the first of the next day.
    assert_snapshot!(check("The deadline expires at midnight Friday.", DATED), @"midnight Friday | TIME 2025-10-31T24:00 | 2025-11-01T00:00 .. 2025-11-01T00:00");
    // A place that keeps summer time gives the offset of the date.
    assert_snapshot!(check("It began at 7 a.m. Israel time on June 24, was announced at 6 p.m. ET on June 23 and broke down at 9 a.m. Israel time on January 5, 2026.", DATED), @"
    7 a.m. Israel time on June 24 | TIME 2025-06-24T07:00+03:00 | 2025-06-24T07:00+03:00 .. 2025-06-24T07:00+03:00
    6 p.m. ET on June 23 | TIME 2025-06-23T18:00-04:00 | 2025-06-23T18:00-04:00 .. 2025-06-23T18:00-04:00
    9 a.m. Israel time on January 5, 2026 | TIME 2026-01-05T09:00+02:00 | 2026-01-05T09:00+02:00 .. 2026-01-05T09:00+02:00
    ");
    // A clock told before its day across a parenthesis takes that day. A clock whose day is
    // given by the same instant in another zone takes the date that instant falls on there:
    // 2300 GMT on Saturday is 02:30 on Sunday in Tehran.
    assert_snapshot!(check("The truce began at 7 a.m. local time (0400 GMT) on Tuesday. The strike came at 2:30 a.m. Tehran time (2300 GMT Saturday).", DATED), @"
    7 a.m. local time | TIME 2025-10-28T07:00 | 2025-10-28T07:00 .. 2025-10-28T07:00
    0400 GMT | TIME 2025-10-28T04:00+00:00 | 2025-10-28T04:00+00:00 .. 2025-10-28T04:00+00:00
    Tuesday | DATE 2025-10-28 | 2025-10-28 .. 2025-10-28
    2:30 a.m. Tehran time | TIME 2025-10-26T02:30+03:30 | 2025-10-26T02:30+03:30 .. 2025-10-26T02:30+03:30
    2300 GMT Saturday | TIME 2025-10-25T23:00+00:00 | 2025-10-25T23:00+00:00 .. 2025-10-25T23:00+00:00
    ");
    // Places keep their offset all year, or the EU's summer rule.
    assert_snapshot!(check("The truce took effect at 21:45 Khartoum time (1945 GMT) on Monday; sirens sounded at 4 a.m. Warsaw time.", DATED), @"
    21:45 Khartoum time | TIME 2025-10-27T21:45+02:00 | 2025-10-27T21:45+02:00 .. 2025-10-27T21:45+02:00
    1945 GMT | TIME 2025-10-27T19:45+00:00 | 2025-10-27T19:45+00:00 .. 2025-10-27T19:45+00:00
    Monday | DATE 2025-10-27 | 2025-10-27 .. 2025-10-27
    4 a.m. Warsaw time | TIME 2025-10-27T04:00+01:00 | 2025-10-27T04:00+01:00 .. 2025-10-27T04:00+01:00
    ");
    // Two clocks that are not one instant say nothing of each other's day.
    assert_snapshot!(check("The strike came at 2:30 a.m. Tehran time (2200 GMT Saturday).", DATED), @"
    2:30 a.m. Tehran time | TIME 2025-10-30T02:30+03:30 | 2025-10-30T02:30+03:30 .. 2025-10-30T02:30+03:30
    2200 GMT Saturday | TIME 2025-10-25T22:00+00:00 | 2025-10-25T22:00+00:00 .. 2025-10-25T22:00+00:00
    ");
}

#[test]
fn a_clock_range_runs_past_midnight() {
    // An end earlier than its start is on the next day; a range within a day stays in it.
    assert_snapshot!(check("A curfew ran from 8 p.m. to 6 a.m., then from midnight to 5 a.m.; shops opened from 9 a.m. to 5 p.m.", DATED), @"
    8 p.m. | TIME 2025-10-30T20:00 | 2025-10-30T20:00 .. 2025-10-30T20:00
    6 a.m. | TIME 2025-10-31T06:00 | 2025-10-31T06:00 .. 2025-10-31T06:00
    midnight | TIME 2025-10-30T24:00 | 2025-10-31T00:00 .. 2025-10-31T00:00
    5 a.m. | TIME 2025-10-31T05:00 | 2025-10-31T05:00 .. 2025-10-31T05:00
    9 a.m. | TIME 2025-10-30T09:00 | 2025-10-30T09:00 .. 2025-10-30T09:00
    5 p.m. | TIME 2025-10-30T17:00 | 2025-10-30T17:00 .. 2025-10-30T17:00
    ");
    // A range whose end has a day opens on that day, or the evening before it.
    assert_snapshot!(check("Polls were open from 7 a.m. to 7 p.m. on Sunday, under a curfew from 10 p.m. to 5 a.m. Monday.", DATED), @"
    7 a.m. | TIME 2025-10-26T07:00 | 2025-10-26T07:00 .. 2025-10-26T07:00
    7 p.m. on Sunday | TIME 2025-10-26T19:00 | 2025-10-26T19:00 .. 2025-10-26T19:00
    10 p.m. | TIME 2025-10-26T22:00 | 2025-10-26T22:00 .. 2025-10-26T22:00
    5 a.m. Monday | TIME 2025-10-27T05:00 | 2025-10-27T05:00 .. 2025-10-27T05:00
    ");
}

#[test]
fn durations_keep_their_unit() {
    // A couple is two, with its article or after "the past" and "the next".
    assert_snapshot!(check("Shelling grew over the past couple of weeks and may go on for a couple of months.", DATED), @"
    the past couple of weeks | DURATION P2W
    a couple of months | DURATION P2M
    ");
    assert_snapshot!(check("A 48-hour ceasefire, three-day talks and three\u{2010}day talks.", DATED), @"
    48-hour | DURATION PT48H
    three-day | DURATION P3D
    three‐day | DURATION P3D
    ");
    assert_snapshot!(check("After four days and more than eight hours of talks, a week-long pause.", DATED), @"
    four days | DURATION P4D
    more than eight hours | DURATION PT8H MORE_THAN
    week-long | DURATION P1W
    ");
    assert_snapshot!(check("The siege lasted nearly two and a half years, over the past two months.", DATED), @"
    nearly two and a half years | DURATION P2Y6M LESS_THAN
    the past two months | DURATION P2M
    ");
    // Numbers grouped in thousands by commas count too; a fortnight is two weeks.
    assert_snapshot!(check("It is the first such vote in more than 1,200 years, after 2,000 days of war and 3,000 arrests in the past fortnight.", DATED), @"
    more than 1,200 years | DURATION P1200Y MORE_THAN
    2,000 days | DURATION P2000D
    the past fortnight | DURATION P2W
    ");
    // Hours and minutes without a count, after a preposition, as days and years are.
    assert_snapshot!(check("The truce collapsed within minutes of taking effect; talks went on for hours, as the minutes show.", DATED), @"
    minutes | DURATION PTXM
    hours | DURATION PTXH
    ");
}

#[test]
fn sets_and_vague_references() {
    assert_snapshot!(check("Protesters gather every Friday and twice a week.", DATED), @"
    every Friday | SET XXXX-WXX-5
    twice a week | SET P1W
    ");
    // A count of times in words or digits; the count alone says nothing of when.
    assert_snapshot!(check("The envoys meet every few months.", DATED), @"every few months | SET PXM");
    assert_snapshot!(check("Floods return every spring and fires each summer.", DATED), @"
    every spring | SET XXXX-SP
    each summer | SET XXXX-SU
    ");
    assert_snapshot!(check("Convoys cross two times a day and inspectors visit 12 times a year; the town was shelled 12 times.", DATED), @"
    two times a day | SET P1D
    12 times a year | SET P1Y
    ");
    assert_snapshot!(check("Fighting recently eased; talks are now stalled and may resume in the near future.", DATED), @"
    recently | DATE PAST_REF | - .. 2025-10-30
    now | DATE PRESENT_REF | 2025-10-30 .. 2025-10-30
    the near future | DATE FUTURE_REF | 2025-10-30 .. -
    ");
}

#[test]
fn holidays_in_the_year_the_verb_points_to() {
    assert_snapshot!(check("Shelling stopped before Christmas and resumed on New Year\u{2019}s Day; talks will restart after Easter.", "2026-01-10"), @"
    Christmas | DATE 2025-12-25 | 2025-12-25 .. 2025-12-25
    New Year’s Day | DATE 2026-01-01 | 2026-01-01 .. 2026-01-01
    Easter | DATE 2026-04-05 | 2026-04-05 .. 2026-04-05
    ");
    assert_snapshot!(check("The truce of Christmas Eve 1997 held through the Fourth of July, and last Thanksgiving was calm.", DATED), @"
    Christmas Eve 1997 | DATE 1997-12-24 | 1997-12-24 .. 1997-12-24
    the Fourth of July | DATE 2025-07-04 | 2025-07-04 .. 2025-07-04
    last Thanksgiving | DATE 2024-11-28 | 2024-11-28 .. 2024-11-28
    ");
}

#[test]
fn halves_by_place_or_quarters() {
    assert_snapshot!(check("Sales fell in the last half of 1989 and through the first two quarters of 1990. It took the last half hour.", DATED), @"
    the last half of 1989 | DATE 1989-H2 | 1989-07-01 .. 1989-12-31
    the first two quarters of 1990 | DATE 1990-H1 | 1990-01-01 .. 1990-06-30
    ");
}

#[test]
fn the_following_month_counts_from_the_month_named() {
    assert_snapshot!(check("In March, the company sold its stake. The following month, it withdrew.", DATED), @"
    March | DATE 2025-03 | 2025-03-01 .. 2025-03-31
    The following month | DATE 2025-04 | 2025-04-01 .. 2025-04-30
    ");
}

#[test]
fn a_verb_right_before_a_date_picks_its_year() {
    // Nearest to November 1989 is January 1990, but the fiscal year that "ended" then is past;
    // a deadline "extended to" a date stays ahead.
    assert_snapshot!(check("In the fiscal year ended Jan. 31, sales rose. The offer was extended to Nov. 20.", "1989-11-03"), @"
    the fiscal year | DURATION P1Y
    Jan. 31 | DATE 1989-01-31 | 1989-01-31 .. 1989-01-31
    Nov. 20 | DATE 1989-11-20 | 1989-11-20 .. 1989-11-20
    ");
    // A passive in the past dates its event as the active does; "was scheduled for" and
    // "was extended to" name a deadline.
    assert_snapshot!(check("The law was passed on Jan. 15. The vote was scheduled for Jan. 15.", "1989-11-03"), @"
    Jan. 15 | DATE 1989-01-15 | 1989-01-15 .. 1989-01-15
    Jan. 15 | DATE 1990-01-15 | 1990-01-15 .. 1990-01-15
    ");
    // A date put first in its sentence takes the verb after it.
    assert_snapshot!(check("In March, American Medical received a new offer.", "1989-11-03"), @"March | DATE 1989-03 | 1989-03-01 .. 1989-03-31");
    // A past verb after a fronted "In <month>," outweighs a nearer month ahead; a verb after
    // the month that is not past leaves the nearest.
    assert_snapshot!(check("In January, the bank brought in a new chief. In February, the bank expects to merge.", "1989-10-30"), @"
    January | DATE 1989-01 | 1989-01-01 .. 1989-01-31
    February | DATE 1990-02 | 1990-02-01 .. 1990-02-28
    ");
    // So does the verb right after it, its subject's: a past month however near the coming
    // one is, while a month with no verb beside it is the nearest.
    assert_snapshot!(check("Sales in February were weak, and the ban ends in February.", "1998-11-07"), @"
    February | DATE 1998-02 | 1998-02-01 .. 1998-02-28
    February | DATE 1999-02 | 1999-02-01 .. 1999-02-28
    ");
    // A name or a pronoun between the verb and its date keeps the verb's hold; an adjective
    // that only looks like a past verb does not take it: the payment date is still to come.
    assert_snapshot!(check("KKR bought RJR in February. It will be paid on an unspecified date in February.", "1989-11-02"), @"
    February | DATE 1989-02 | 1989-02-01 .. 1989-02-28
    February | DATE 1990-02 | 1990-02-01 .. 1990-02-28
    ");
    // A price is not the end of a sentence: the verb before it still tells the time.
    assert_snapshot!(check("The stock rose to $29.75 in March.", "1989-11-02"), @"March | DATE 1989-03 | 1989-03-01 .. 1989-03-31");
}

#[test]
fn financial_quarters() {
    assert_snapshot!(check("Profit rose in the third quarter. In the year-ago quarter it fell; a year earlier it was flat.", "1989-10-30"), @"
    the third quarter | DATE 1989-Q3 | 1989-07-01 .. 1989-09-30
    the year-ago quarter | DATE 1988-Q3 | 1988-07-01 .. 1988-09-30
    a year earlier | DATE 1988-Q3 | 1988-07-01 .. 1988-09-30
    ");
    // A fiscal year written as one word, or with a space.
    assert_snapshot!(check("FY2025 revenue beat the FY 2024 figure and the FY99 record.", DATED), @"
    FY2025 | DATE 2025 | 2025-01-01 .. 2025-12-31
    FY 2024 | DATE 2024 | 2024-01-01 .. 2024-12-31
    FY99 | DATE 1999 | 1999-01-01 .. 1999-12-31
    ");
    // Halves are compared as quarters are: the same half a year before.
    assert_snapshot!(check("Exports grew 8 percent in the first half, faster than in the same period of last year.", "2007-07-19"), @"
    the first half | DATE 2007-H1 | 2007-01-01 .. 2007-06-30
    the same period of last year | DATE 2006-H1 | 2006-01-01 .. 2006-06-30
    ");
    // The same quarter a year before is the last quarter named, a year back.
    assert_snapshot!(check("In the third quarter, profit fell from the same quarter last year.", "1989-10-30"), @"
    the third quarter | DATE 1989-Q3 | 1989-07-01 .. 1989-09-30
    the same quarter last year | DATE 1988-Q3 | 1988-07-01 .. 1988-09-30
    ");
    // The same month a year before compares with the month named; the story stays in it.
    assert_snapshot!(check("In May alone, exports rose 9 percent from the same month last year. The same month, imports fell.", "2000-06-17"), @"
    May | DATE 2000-05 | 2000-05-01 .. 2000-05-31
    the same month last year | DATE 1999-05 | 1999-05-01 .. 1999-05-31
    The same month | DATE 2000-05 | 2000-05-01 .. 2000-05-31
    ");
    // The months of a year to date: the same months a year before are that long, and a
    // period named with its year is that year.
    assert_snapshot!(check("In the first nine months, sales rose; in the year-earlier period they fell, as in the 1988 period.", "1989-10-30"), @"
    the first nine months | DURATION P9M
    the year-earlier period | DURATION P9M
    the 1988 period | DATE 1988 | 1988-01-01 .. 1988-12-31
    ");
}

#[test]
fn the_period_named_by_its_unit() {
    assert_snapshot!(check("It was the deadliest week of the year. Casualties for the full year are unknown.", DATED), @"
    the year | DATE 2025 | 2025-01-01 .. 2025-12-31
    the full year | DATE 2025 | 2025-01-01 .. 2025-12-31
    ");
    // A year "ended" on a date is a year's length; "the week of March 6" is the week that
    // holds that day.
    assert_snapshot!(check("In the year to September, exports fell.", DATED), @"
    the year | DURATION P1Y
    September | DATE 2025-09 | 2025-09-01 .. 2025-09-30
    ");
    assert_snapshot!(check("Revenue for the fiscal year ended June 30 rose; the week of March 6 was calm.", DATED), @"
    the fiscal year | DURATION P1Y
    June 30 | DATE 2025-06-30 | 2025-06-30 .. 2025-06-30
    the week of March 6 | DATE 2025-W10 | 2025-03-03 .. 2025-03-09
    ");
    // The decade and the century a report is in, but not a stretch counted from an event.
    assert_snapshot!(check("The mines will close by the end of the decade, the worst drought of the century, in the decade since the coup.", DATED), @"
    the end of the decade | DATE 202 END | 2026-09-02 .. 2029-12-31
    the century | DATE 20 | 2000-01-01 .. 2099-12-31
    ");
    assert_snapshot!(check("The year-ago figures and the month's toll were revised.", DATED), @"year-ago | DATE 2024 | 2024-01-01 .. 2024-12-31");
}

#[test]
fn a_week_counted_within_a_month() {
    // The week holding the middle of that stretch of the month; the last week holds the 28th.
    assert_snapshot!(check("Talks were held in the second week of June. The last week of February 2024 was calm; troops left in the first week in May.", DATED), @"
    the second week of June | DATE 2025-W24 | 2025-06-09 .. 2025-06-15
    The last week of February 2024 | DATE 2024-W09 | 2024-02-26 .. 2024-03-03
    the first week in May | DATE 2025-W18 | 2025-04-28 .. 2025-05-04
    ");
    // Not a week of a month: a count of weeks, or a week of something else.
    assert_snapshot!(check("It was the second week of talks. The first week may be hard.", DATED), @"");
}

#[test]
fn a_day_of_the_story_month_alone() {
    assert_snapshot!(check("On October 9 a blast hit Kabul; on the 14th, a second. Talks will resume on the 3rd.", DATED), @"
    October 9 | DATE 2025-10-09 | 2025-10-09 .. 2025-10-09
    the 14th | DATE 2025-10-14 | 2025-10-14 .. 2025-10-14
    the 3rd | DATE 2025-11-03 | 2025-11-03 .. 2025-11-03
    ");
    // A number of something else is no day.
    assert_snapshot!(check("The 3rd Brigade marked the 20th anniversary of the war.", DATED), @"");
}

#[test]
fn parts_of_the_story_day() {
    assert_snapshot!(check("Talks ended on October 18. That evening the guns fell silent; the next morning shelling resumed.", DATED), @"
    October 18 | DATE 2025-10-18 | 2025-10-18 .. 2025-10-18
    That evening | TIME 2025-10-18TEV | 2025-10-18T17:00 .. 2025-10-18T21:59
    the next morning | TIME 2025-10-19TMO | 2025-10-19T05:00 .. 2025-10-19T11:59
    ");
    assert_snapshot!(check("Troops crossed on October 20. The previous night had been calm.", DATED), @"
    October 20 | DATE 2025-10-20 | 2025-10-20 .. 2025-10-20
    The previous night | TIME 2025-10-19TNI | 2025-10-19T18:00 .. 2025-10-19T23:59
    ");
    // A night told by the two days it joins is the night of the first.
    assert_snapshot!(check("Drones hit the port on the night of 11-12 October and again on the night of October 20-21.", DATED), @"
    the night of 11-12 October | TIME 2025-10-11TNI | 2025-10-11T18:00 .. 2025-10-11T23:59
    the night of October 20-21 | TIME 2025-10-20TNI | 2025-10-20T18:00 .. 2025-10-20T23:59
    ");
    // The early hours of a day are its start, as "early Sunday" is; those of a war are no day.
    assert_snapshot!(check("Drones struck in the early hours of Sunday and again early Monday, in the early hours of the war.", DATED), @"
    the early hours of Sunday | DATE 2025-10-26 START | 2025-10-26 .. 2025-10-26
    early Monday | DATE 2025-10-27 START | 2025-10-27 .. 2025-10-27
    ");
}

#[test]
fn overnight_in_the_past_is_the_night_before() {
    // Told in the past, the night that ended as the report's day began, whatever day the
    // sentence named before it; the night after it tells of is the same night.
    assert_snapshot!(check("Police said on Thursday that gunmen had attacked a checkpoint overnight. Residents spent the night in basements.", DATED), @"
    Thursday | DATE 2025-10-30 | 2025-10-30 .. 2025-10-30
    overnight | TIME 2025-10-29TNI | 2025-10-29T18:00 .. 2025-10-29T23:59
    the night | TIME 2025-10-29TNI | 2025-10-29T18:00 .. 2025-10-29T23:59
    ");
    // To come, or under a modal: the night ahead.
    assert_snapshot!(check("The talks will run overnight. Mediators said the truce would be judged by whether the guns fell silent overnight.", DATED), @"
    overnight | TIME 2025-10-30TNI | 2025-10-30T18:00 .. 2025-10-30T23:59
    overnight | TIME 2025-10-30TNI | 2025-10-30T18:00 .. 2025-10-30T23:59
    ");
}

#[test]
fn weekday_that_contradicts_its_date() {
    assert_snapshot!(check("Tarar spoke late Tuesday (October 29) and again on Tuesday, October 28.", DATED), @r#"
    late Tuesday | DATE 2025-10-28 END | 2025-10-28 .. 2025-10-28
    October 29 | DATE 2025-10-29 | 2025-10-29 .. 2025-10-29
    Tuesday, October 28 | DATE 2025-10-28 | 2025-10-28 .. 2025-10-28
    ! WeekdayMismatch: "late Tuesday (October 29)" names a Tuesday but 2025-10-29 was a Wednesday
    "#);
}

#[test]
fn without_a_report_date() {
    assert_snapshot!(check("The talks opened on October 19, 2025. On Tuesday they failed.", ""), @"
    October 19, 2025 | DATE 2025-10-19 | 2025-10-19 .. 2025-10-19
    Tuesday | DATE 2025-10-21 | 2025-10-21 .. 2025-10-21
    ");
    assert_snapshot!(check("The talks failed on Tuesday, October 9.", ""), @r#"
    Tuesday, October 9 | DATE XXXX-10-09
    ! Unanchored: "Tuesday, October 9" has nothing to anchor to (no publication date and no earlier full date); its value is left underspecified
    "#);
    // "that evening" is told of the day named last, though that day's year was inferred.
    assert_snapshot!(check("The accord came on October 30, 2025. The talks broke up on Tuesday; officials spoke that evening.", ""), @"
    October 30, 2025 | DATE 2025-10-30 | 2025-10-30 .. 2025-10-30
    Tuesday | DATE 2025-10-28 | 2025-10-28 .. 2025-10-28
    that evening | TIME 2025-10-28TEV | 2025-10-28T17:00 .. 2025-10-28T21:59
    ");
    // So is "two days earlier": the toll given on Wednesday revised one of Monday.
    assert_snapshot!(check("Thursday, June 26, 2025. The ministry raised the toll on Wednesday; it had given a lower one two days earlier.", ""), @"
    Thursday, June 26, 2025 | DATE 2025-06-26 | 2025-06-26 .. 2025-06-26
    Wednesday | DATE 2025-06-25 | 2025-06-25 .. 2025-06-25
    two days earlier | DATE 2025-06-23 | 2025-06-23 .. 2025-06-23
    ");
    let reference = TagOptions {
        reference_date: chrono::NaiveDate::from_ymd_opt(2025, 10, 30),
        ..TagOptions::default()
    };
    assert_snapshot!(check_with("The talks failed on Tuesday.", "", &reference), @"Tuesday | DATE 2025-10-28 | 2025-10-28 .. 2025-10-28");
}

#[test]
fn a_half_of_a_period_keeps_that_half() {
    // A half of a month or a decade is that period, told as its start or end, with the half's
    // own bounds; a half of a game is no time at all.
    assert_snapshot!(check("Exports slowed in the first half of September. Traders expect a rebound in the second half of the month. Output had lagged in the latter half of the 2010s. The hosts scored twice in the second half of the match.", DATED), @"
    the first half of September | DATE 2025-09 START | 2025-09-01 .. 2025-09-15
    the second half of the month | DATE 2025-10 END | 2025-10-17 .. 2025-10-31
    the latter half of the 2010s | DATE 201 END | 2015-01-01 .. 2019-12-31
    ");
    // The last or final quarter of a year named is its fourth.
    assert_snapshot!(check("Imports rose in the final quarter of 2024 and in the last quarter of last year.", DATED), @"
    the final quarter of 2024 | DATE 2024-Q4 | 2024-10-01 .. 2024-12-31
    the last quarter of last year | DATE 2024-Q4 | 2024-10-01 .. 2024-12-31
    ");
    // A quarter of a fiscal year named after "of" is still a quarter of that year.
    assert_snapshot!(check("The airline posted a loss for the fourth quarter of fiscal 2024 and for the third quarter of the fiscal year.", DATED), @"
    the fourth quarter of fiscal 2024 | DATE 2024-Q4 | 2024-10-01 .. 2024-12-31
    the third quarter of the fiscal year | DATE 2025-Q3 | 2025-07-01 .. 2025-09-30
    ");
}

#[test]
fn verbs_of_expecting_point_forward() {
    assert_snapshot!(check("Negotiators expect to wrap up the text by Monday, a diplomat said.", DATED), @"Monday | DATE 2025-11-03 | 2025-11-03 .. 2025-11-03");
    // A timetable in the present: what a minister or an office has set to do.
    assert_snapshot!(check("The finance minister unveils the budget on Wednesday, days after the agency publishes its jobs figures on Tuesday.", DATED), @"
    Wednesday | DATE 2025-11-05 | 2025-11-05 .. 2025-11-05
    Tuesday | DATE 2025-11-04 | 2025-11-04 .. 2025-11-04
    ");
}

#[test]
fn a_clock_told_in_the_past_is_not_on_a_day_to_come() {
    // The story moved to a day still to come; a clock time in a past clause after it is on
    // the report's day.
    assert_snapshot!(check("The envoys will meet again on Saturday. The spokesman told journalists at noon that no text was ready.", DATED), @"
    Saturday | DATE 2025-11-01 | 2025-11-01 .. 2025-11-01
    noon | TIME 2025-10-30T12:00 | 2025-10-30T12:00 .. 2025-10-30T12:00
    ");
}

#[test]
fn a_weekday_of_a_named_week() {
    // That day of the week before, of this week or of the next, whichever way "next
    // Tuesday" alone would go.
    assert_snapshot!(check("The court rules on Monday next week; it heard the case on Friday of last week and again on Tuesday this week.", DATED), @"
    Monday next week | DATE 2025-11-03 | 2025-11-03 .. 2025-11-03
    Friday of last week | DATE 2025-10-24 | 2025-10-24 .. 2025-10-24
    Tuesday this week | DATE 2025-10-28 | 2025-10-28 .. 2025-10-28
    ");
}

#[test]
fn a_day_of_the_month_to_come() {
    // Still to come at publication and told in the future: this month's, not last month's.
    assert_snapshot!(check("The assembly is expected to sit on the 31st, and will adjourn on the 4th.", DATED), @"
    the 31st | DATE 2025-10-31 | 2025-10-31 .. 2025-10-31
    the 4th | DATE 2025-11-04 | 2025-11-04 .. 2025-11-04
    ");
}

#[test]
fn a_length_compared_is_no_point_in_time() {
    // "later than planned" compares lengths: the phrase is the length.
    assert_snapshot!(check("The convoy arrived three hours later than planned; the results came a day earlier than expected.", DATED), @"
    three hours | DURATION PT3H
    a day | DURATION P1D
    ");
}

#[test]
fn months_later_count_from_the_month_named() {
    // A month alone sets no day of the story, but months counted from the story start there.
    assert_snapshot!(check("The mine opened in April 2019. Eighteen months later it was flooded.", DATED), @"
    April 2019 | DATE 2019-04 | 2019-04-01 .. 2019-04-30
    Eighteen months later | DATE 2020-10 | 2020-10-01 .. 2020-10-31
    ");
}

#[test]
fn a_limit_set_in_time_introduces_a_month() {
    // "May" and "June" are also names; "as soon as" and "as early as" tell they are months.
    assert_snapshot!(check("A deal could come as soon as June, or as early as May, aides said, as May told the chamber.", DATED), @"
    June | DATE 2026-06 | 2026-06-01 .. 2026-06-30
    May | DATE 2026-05 | 2026-05-01 .. 2026-05-31
    ");
}

#[test]
fn an_era_takes_its_article_with_its_position() {
    // "the early 1990s" is one phrase, as "the 1990s" is; "the late Easter" is a late one, and
    // only "Easter" is its time.
    assert_snapshot!(check("Output peaked in the mid-1980s, fell in the late 20th century and recovered in the early 2000s. Sales were hit by the late Easter.", DATED), @"
    the mid-1980s | DATE 198 MID | 1983-05-02 .. 1986-09-01
    the late 20th century | DATE 19 END | 1966-09-02 .. 1999-12-31
    the early 2000s | DATE 200 START | 2000-01-01 .. 2003-05-01
    Easter | DATE 2025-04-20 | 2025-04-20 .. 2025-04-20
    ");
}

#[test]
fn a_half_written_as_a_code_takes_its_year() {
    // "H1 2025" as "Q3 2025"; without a year, "H1" is a visa class or a road.
    assert_snapshot!(check("Exports grew in H1 2025 and shrank in H2 of last year; H1 visa holders were exempt.", DATED), @"
    H1 2025 | DATE 2025-H1 | 2025-01-01 .. 2025-06-30
    H2 of last year | DATE 2024-H2 | 2024-07-01 .. 2024-12-31
    ");
}

#[test]
fn the_other_day_is_the_recent_past() {
    assert_snapshot!(check("A convoy was turned back the other day, traders said.", DATED), @"the other day | DATE PAST_REF | - .. 2025-10-30");
}

#[test]
fn seasons_follow_the_verb_and_the_story() {
    // A season is long and near: the verb tells whether it is one to come or one begun.
    assert_snapshot!(check("The second officer will stand trial in the fall.", "2026-03-08"), @"the fall | DATE 2026-FA | 2026-09-01 .. 2026-11-30");
    // "the following spring", "that summer": of the story's year.
    assert_snapshot!(check("The plant was shut in 2016 and reopened the following spring; that summer it flooded, as the previous winter had warned.", DATED), @"
    2016 | DATE 2016 | 2016-01-01 .. 2016-12-31
    the following spring | DATE 2017-SP | 2017-03-01 .. 2017-05-31
    that summer | DATE 2017-SU | 2017-06-01 .. 2017-08-31
    the previous winter | DATE 2016-WI | 2016-12-01 .. 2017-02-28
    ");
}

#[test]
fn over_after_a_length_spreads_it() {
    // "nine hours over two days": across which days, not more than two days.
    assert_snapshot!(check("Jurors deliberated for nine hours over two days; the hearing lasted over three days.", DATED), @"
    nine hours | DURATION PT9H
    two days | DURATION P2D
    over three days | DURATION P3D MORE_THAN
    ");
}

#[test]
fn a_plan_goes_on_through_its_sentence() {
    // "will" is too far back from Saturday to be found, but the sentence still tells of what
    // is to come; a new sentence starts over.
    assert_snapshot!(check("The envoy will meet the foreign minister of Qatar in Doha on Friday and fly on to the capital of Oman on Saturday morning. He left Ankara on Monday.", DATED), @"
    Friday | DATE 2025-10-31 | 2025-10-31 .. 2025-10-31
    Saturday morning | TIME 2025-11-01TMO | 2025-11-01T05:00 .. 2025-11-01T11:59
    Monday | DATE 2025-10-27 | 2025-10-27 .. 2025-10-27
    ");
}

//! The resolver: one test per conflict kind, one per look-alike that must not be flagged,
//! and the properties that let work be split: order independence, merging, round trips.

use chronicle::{
    ConflictKind, ConflictStatus, Document, ExtractOptions, Limits, Metadata, Published,
    ResolveOptions, Source, Timeline, reconstruct,
};
use proptest::prelude::*;
use std::path::Path;

fn report(id: &str, published: &str, outlet: &str, text: &str) -> Document {
    let metadata = Metadata {
        published: Published::parse(published),
        source: Some(outlet.to_string()),
        ..Metadata::default()
    };
    Document::from_text(id, text, metadata)
}

/// The conflicts of two reports, one line each: kind, status, then the claims quoted.
fn conflicts(a: &Document, b: &Document) -> Vec<String> {
    lines(&reconstruct(&[a.clone(), b.clone()]))
}

/// A timeline's conflicts, one line each (see `conflicts`).
fn lines(timeline: &Timeline) -> Vec<String> {
    timeline
        .conflicts
        .iter()
        .map(|c| {
            let claims: Vec<String> = c
                .claims
                .iter()
                .map(|claim| format!("{} {:?}={}", claim.document, claim.text, claim.value))
                .collect();
            format!("{:?} {:?}: {}", c.kind, c.status, claims.join(" | "))
        })
        .collect()
}

/// The one claim conflict of `timeline`; panics with them all when there is not exactly one.
fn the_claim_conflict(timeline: &Timeline) -> &chronicle::Conflict {
    let claims: Vec<_> = timeline
        .conflicts
        .iter()
        .filter(|c| c.kind == ConflictKind::Claim)
        .collect();
    assert_eq!(claims.len(), 1, "{:?}", timeline.conflicts);
    claims[0]
}

fn kinds(a: &Document, b: &Document) -> Vec<ConflictKind> {
    reconstruct(&[a.clone(), b.clone()])
        .conflicts
        .iter()
        .map(|c| c.kind)
        .collect()
}

#[test]
fn duration() {
    let a = report(
        "a",
        "2025-10-30",
        "Wire A",
        "The four-day talks in Istanbul broke up on Tuesday.",
    );
    let b = report(
        "b",
        "2025-10-30",
        "Wire B",
        "The three-day talks in Istanbul broke up on Tuesday.",
    );
    assert_eq!(
        conflicts(&a, &b),
        ["Duration Contradiction: a \"four-day\"=P4D | b \"three-day\"=P3D"]
    );
}

#[test]
fn figures_of_weapons_in_one_strike() {
    let strike = |id: &str, figure: &str| {
        report(
            id,
            "2025-06-24",
            "Wire",
            &format!("Iran fired {figure} at the Al Udeid base in Qatar on Monday 23 June."),
        )
    };
    assert_eq!(
        conflicts(
            &strike("a", "14 missiles"),
            &strike("b", "19 ballistic missiles")
        ),
        ["Count Contradiction: a \"missiles\"=14 | b \"missiles\"=19"]
    );
    // The same figure, a figure that fits a range, or another weapon: no conflict.
    assert_eq!(
        kinds(&strike("a", "14 missiles"), &strike("b", "14 missiles")),
        []
    );
    assert_eq!(
        kinds(
            &strike("a", "14 missiles"),
            &strike("b", "more than ten missiles")
        ),
        []
    );
    assert_eq!(
        kinds(&strike("a", "14 missiles"), &strike("b", "19 drones")),
        []
    );
}

#[test]
fn lengths_far_apart_are_two_truces() {
    // A 24-hour truce and a three-day one in the same month are two truces, not one told
    // with two lengths; a 48-hour and a 72-hour extension of one truce may be one.
    let truce = |id: &str, length: &str| {
        report(
            id,
            "2025-07-31",
            "Wire",
            &format!("A {length} ceasefire between Thailand and Cambodia took effect in July."),
        )
    };
    assert_eq!(kinds(&truce("a", "24-hour"), &truce("b", "three-day")), []);
    assert_eq!(
        kinds(&truce("a", "48-hour"), &truce("b", "72-hour")),
        [ConflictKind::Duration]
    );
}

#[test]
fn count_contradicted_and_revised() {
    let a = report(
        "a",
        "2025-10-16",
        "Wire A",
        "Pakistan's military said 23 soldiers were killed in the clashes on October 11.",
    );
    let b = report(
        "b",
        "2025-10-16",
        "Wire B",
        "The Taliban said 58 soldiers were killed in the clashes on October 11.",
    );
    assert_eq!(
        conflicts(&a, &b),
        ["Count Contradiction: a \"killed\"=23 | b \"killed\"=58"]
    );
    let first = report(
        "c",
        "2025-10-16",
        "Wire C",
        "Officials said at least 12 civilians were killed in Spin Boldak on October 15.",
    );
    let later = report(
        "d",
        "2025-10-20",
        "Wire D",
        "Officials said at least 40 civilians were killed in Spin Boldak on October 15.",
    );
    assert_eq!(
        conflicts(&first, &later),
        ["Count Superseded: c \"killed\"=12- | d \"killed\"=40-"]
    );
}

#[test]
fn a_count_inside_a_range_is_no_other_count() {
    // "Hundreds" says how unsure it is; "more than 280" fits it.
    let a = report(
        "a",
        "2023-06-01",
        "Wire A",
        "Doctors said the fighting in El Fasher on May 28 killed more than 280 people.",
    );
    let b = report(
        "b",
        "2023-06-02",
        "Wire B",
        "Hundreds of people were killed in the fighting in El Fasher on May 28, aid workers said.",
    );
    assert_eq!(conflicts(&a, &b), Vec::<String>::new());
    // A figure outside the range is another count.
    let c = report(
        "c",
        "2023-06-02",
        "Wire C",
        "Between 100 and 150 people were killed in the fighting in El Fasher on May 28, aid workers said.",
    );
    assert_eq!(
        conflicts(&a, &c),
        ["Count Contradiction: a \"killed\"=281- | c \"killed\"=100-150"]
    );
}

#[test]
fn the_dead_and_the_wounded_are_different_counts() {
    let a = report(
        "a",
        "2023-06-01",
        "Wire A",
        "Doctors said the fighting in El Fasher on May 28 killed 40 people.",
    );
    let b = report(
        "b",
        "2023-06-02",
        "Wire B",
        "Doctors said 95 people were wounded in the fighting in El Fasher on May 28.",
    );
    assert_eq!(conflicts(&a, &b), Vec::<String>::new());
    // Two tolls of the dead are compared: a higher one a day later revises the first.
    let c = report(
        "c",
        "2023-06-02",
        "Wire C",
        "Doctors said 95 people were killed in the fighting in El Fasher on May 28.",
    );
    assert_eq!(
        conflicts(&a, &c),
        ["Count Superseded: a \"killed\"=40 | c \"killed\"=95"]
    );
}

#[test]
fn running_totals_given_on_different_days() {
    // A total told in the perfect, counted from the day the war began, and a toll given in
    // the present a week later: totals of the same war, compared although neither dates a
    // battle. The later one is lower than the earlier lower bound: they contradict.
    let a = report(
        "a",
        "2024-03-10",
        "Wire A",
        "The health ministry says at least 420 civilians have been killed since the fighting began on February 2.",
    );
    let b = report(
        "b",
        "2024-03-17",
        "Wire B",
        "The war began on February 2 with an assault on the port. A monitoring group now puts the civilian toll at 390.",
    );
    assert_eq!(
        conflicts(&a, &b),
        ["Count Contradiction: a \"killed\"=420- | b \"toll\"=390"]
    );
    // A later, higher total revises an exact one; it fits a lower bound, which totals only
    // grow from.
    let c = report(
        "c",
        "2024-03-24",
        "Wire C",
        "The war began on February 2. The health ministry now puts the civilian toll at 455.",
    );
    assert_eq!(conflicts(&a, &c), Vec::<String>::new());
    assert_eq!(
        conflicts(&b, &c),
        ["Count Superseded: b \"toll\"=390 | c \"toll\"=455"]
    );
    // A source that says it raised its figure gave a count, not a floor: revised.
    let d = report(
        "d",
        "2024-03-24",
        "Wire D",
        "The health ministry raised its civilian death count to 470 on Friday.",
    );
    assert_eq!(
        conflicts(&a, &d),
        ["Count Superseded: a \"killed\"=420- | d \"death count\"=470"]
    );
}

#[test]
fn a_toll_is_compared_with_the_figures_counted_nearest_its_day() {
    // An attack months earlier, with its own toll and no side named, could hold any total
    // counted over the year before; a toll that does not say since when it counts is
    // compared with the war's toll given two days before it, which it contradicts.
    let attack = report(
        "a",
        "2025-04-23",
        "Wire A",
        "Gunmen killed 26 people in Pahalgam on April 22.",
    );
    let toll = report(
        "b",
        "2025-06-24",
        "Wire B",
        "The war began on June 13. At least 610 people have been killed in Iran since June 13.",
    );
    let raised = report(
        "c",
        "2025-06-26",
        "Wire C",
        "The health ministry now puts the death toll in Iran at 590.",
    );
    let counts: Vec<String> = lines(&reconstruct(&[attack, toll, raised]))
        .into_iter()
        .filter(|line| line.starts_with("Count"))
        .collect();
    assert_eq!(
        counts,
        ["Count Contradiction: b \"killed\"=610- | c \"toll\"=590"]
    );
}

#[test]
fn an_incident_or_one_side_is_part_of_a_running_total() {
    let total = report(
        "a",
        "2024-03-17",
        "Wire A",
        "The fighting, which began on February 2, has killed at least 420 civilians, the ministry says.",
    );
    // One strike of its own day is a part of the total, not another count of it.
    let strike = report(
        "b",
        "2024-03-18",
        "Wire B",
        "An air strike on the market killed 18 civilians on March 12.",
    );
    assert_eq!(conflicts(&total, &strike), Vec::<String>::new());
    // Totals counted from different days count different losses.
    let town = report(
        "c",
        "2024-03-18",
        "Wire C",
        "Officials say 150 civilians have been killed in the town since fighting reached it on March 1.",
    );
    assert_eq!(conflicts(&total, &town), Vec::<String>::new());
    // So is the toll of the attack its sentence tells, on the day the total counts from.
    let since = report(
        "d",
        "2024-03-17",
        "Wire D",
        "The ministry says more than 14,000 people have been killed since February 2.",
    );
    let attack = report(
        "e",
        "2024-03-18",
        "Wire E",
        "The fighting began on February 2, when about 1,200 people were killed in an attack on border towns.",
    );
    assert_eq!(conflicts(&since, &attack), Vec::<String>::new());
}

#[test]
fn count_dated_by_the_story_not_its_backstory() {
    // The second toll follows a sentence whose last date is in an "after" clause: the story
    // is still on March 3, so both tolls count the same losses.
    let a = report(
        "a",
        "2025-03-10",
        "Wire A",
        "The fighting, which began near the dam on the morning of Monday, March 3, has killed more than 40 people, officials said.",
    );
    let b = report(
        "b",
        "2025-03-11",
        "Wire B",
        "The truce ended a week of fighting that began on the morning of Monday, March 3, after a bombing on March 2. At least 37 people were killed, officials said.",
    );
    let counts: Vec<String> = conflicts(&a, &b)
        .into_iter()
        .filter(|c| c.starts_with("Count"))
        .collect();
    assert_eq!(
        counts,
        ["Count Contradiction: a \"killed\"=41- | b \"killed\"=37-"]
    );
}

#[test]
fn participants() {
    let a = report(
        "a",
        "2025-10-30",
        "Wire A",
        "The talks in Istanbul, mediated by Qatar and Turkey, broke up on Tuesday.",
    );
    let b = report(
        "b",
        "2025-10-30",
        "Wire B",
        "The talks in Istanbul, mediated by Qatar, broke up on Tuesday.",
    );
    assert_eq!(kinds(&a, &b), [ConflictKind::Participants]);
}

#[test]
fn mediator_credited_against_a_truce_reached_directly() {
    // A side thanked for its part in a truce mediated it; an account that the truce was
    // made without anyone between the sides says there was no mediator.
    let a = report(
        "a",
        "2025-03-02",
        "Wire A",
        "Russia and Ukraine agreed to a truce on Saturday. Officials in Kyiv said the truce was negotiated directly between the two defence ministries.",
    );
    let b = report(
        "b",
        "2025-03-02",
        "Wire B",
        "Russia and Ukraine agreed to a truce on Saturday. The Ukrainian president thanked Turkey for its role in brokering the truce.",
    );
    assert_eq!(
        conflicts(&a, &b),
        ["Participants Contradiction: a \"truce\"=none | b \"truce\"=Turkey"]
    );
    // Naming no mediator is an omission, not an account that there was none.
    let c = report(
        "c",
        "2025-03-02",
        "Wire C",
        "Russia and Ukraine agreed to a truce on Saturday.",
    );
    assert_eq!(kinds(&c, &b), []);
}

#[test]
fn ordinal() {
    let a = report(
        "a",
        "2025-11-08",
        "Wire A",
        "The second round of talks in Istanbul was held on November 6.",
    );
    let b = report(
        "b",
        "2025-11-08",
        "Wire B",
        "The third round of talks in Istanbul was held on November 6.",
    );
    assert_eq!(
        conflicts(&a, &b),
        ["Ordinal Contradiction: a \"round of talks\"=2 | b \"round of talks\"=3"]
    );
}

#[test]
fn claim_changed_over_time() {
    let a = report(
        "a",
        "2025-10-29",
        "Wire A",
        "Turkish officials are considering further rounds of talks.",
    );
    let b = report(
        "b",
        "2025-11-08",
        "Wire B",
        "There are no plans for another round of talks.",
    );
    let timeline = reconstruct(&[a, b]);
    let claim = the_claim_conflict(&timeline);
    assert_eq!(claim.status, ConflictStatus::Superseded);
    let values: Vec<&str> = claim.claims.iter().map(|c| c.value.as_str()).collect();
    assert_eq!(values, ["planned", "denied"]);
}

#[test]
fn talks_failed_then_revived_are_superseded_in_time_order() {
    // Given in reverse to show the claims come out in time order, not input order. Undated:
    // a date in the sentence that revives talks is the revival's, and would date the talks.
    let later = report(
        "later",
        "2024-03-14",
        "Wire B",
        "Mediators revived the negotiations between Ruritania and Borduria in Geneva.",
    );
    let earlier = report(
        "earlier",
        "2024-03-12",
        "Wire A",
        "The negotiations between Ruritania and Borduria in Geneva collapsed.",
    );
    let timeline = reconstruct(&[later, earlier]);
    let outcome = the_claim_conflict(&timeline);
    assert_eq!(outcome.status, ConflictStatus::Superseded);
    let told: Vec<(&str, &str)> = outcome
        .claims
        .iter()
        .map(|c| (c.text.as_str(), c.value.as_str()))
        .collect();
    assert_eq!(told, [("collapsed", "failed"), ("revived", "rescued")]);
}

#[test]
fn talks_failed_and_going_on_told_the_same_day_contradict() {
    let a = report(
        "a",
        "2024-03-12",
        "Wire A",
        "Talks between Ruritania and Borduria in Geneva ended without an agreement on \
         Monday, March 11, 2024.",
    );
    let b = report(
        "b",
        "2024-03-12",
        "Wire B",
        "Talks between Ruritania and Borduria in Geneva were back on track on Monday, \
         March 11, 2024.",
    );
    let timeline = reconstruct(&[a, b]);
    let outcome = the_claim_conflict(&timeline);
    assert_eq!(outcome.status, ConflictStatus::Contradiction);
}

#[test]
fn talks_that_ended_or_a_truce_that_collapsed_are_no_talks_outcome() {
    // "Ended" alone says nothing of success, and the collapse is the truce's.
    let a = report(
        "a",
        "2024-03-12",
        "Wire A",
        "Talks between Ruritania and Borduria in Geneva ended on Monday, March 11, 2024.",
    );
    let b = report(
        "b",
        "2024-03-14",
        "Wire B",
        "Talks between Ruritania and Borduria in Geneva resumed on Wednesday, March 13, \
         2024, after the ceasefire collapsed.",
    );
    assert_eq!(conflicts(&a, &b), Vec::<String>::new());
    let c = report(
        "c",
        "2024-03-12",
        "Wire C",
        "Talks between Ruritania and Borduria on the ceasefire that collapsed went on in \
         Geneva on Monday, March 11, 2024.",
    );
    let d = report(
        "d",
        "2024-03-14",
        "Wire D",
        "Talks between Ruritania and Borduria in Geneva did not collapse on Monday, March \
         11, 2024, and resumed on Wednesday.",
    );
    assert_eq!(conflicts(&c, &d), Vec::<String>::new());
}

#[test]
fn violation_claimed_and_denied() {
    // "violated" alone is the ceasefire's violation in a report that has named the ceasefire.
    let a = report(
        "a",
        "2025-05-10",
        "Wire A",
        "India and Pakistan agreed to a ceasefire on Saturday.\n\nLate on Saturday, Indian officials said Pakistan had violated the understanding.",
    );
    let b = report(
        "b",
        "2025-05-11",
        "Wire B",
        "Pakistan said it remained committed to the ceasefire with India that took effect on Saturday, and rejected Indian accusations that its forces had broken the truce within hours.",
    );
    assert_eq!(
        conflicts(&a, &b),
        ["Claim Contradiction: a \"violated\"=violated by Pakistan | b \"broken\"=not violated"]
    );
    // Without a ceasefire named before it, "violated" is no event of ours.
    let c = report(
        "c",
        "2025-05-10",
        "Wire C",
        "Officials said drones had violated the airspace.",
    );
    let timeline = reconstruct(&[c]);
    assert!(
        timeline
            .events
            .iter()
            .all(|e| e.kind != chronicle::EventKind::Ceasefire)
    );
}

#[test]
fn accounts_of_who_broke_a_truce_contradict_each_other() {
    // One side blames the other; a third account blames both. Each is quoted where its words
    // tell the breach.
    let truce = "The ceasefire between Israel and Iran took effect on Tuesday, June 24, after twelve days of Israeli and Iranian strikes.";
    let a = report(
        "a",
        "2025-06-24",
        "Wire A",
        &format!(
            "{truce}\n\nPresident Trump told reporters on Tuesday that both countries had violated the truce."
        ),
    );
    let b = report(
        "b",
        "2025-06-25",
        "Wire B",
        &format!(
            "{truce}\n\nTehran accused Israel of breaking the truce in its first hours, and said its own forces had not fired."
        ),
    );
    assert_eq!(
        conflicts(&a, &b),
        [
            "Claim Contradiction: a \"violated\"=violated by Iran and Israel | b \"breaking\"=violated by Israel"
        ]
    );
    // "was broken by", and a truce that "collapsed ... when" one side fired.
    let c = report(
        "c",
        "2020-10-27",
        "Baku Daily",
        "Armenia and Azerbaijan agreed a humanitarian ceasefire on Sunday. The ceasefire, which took effect at 8 a.m. on Monday, was broken by Armenian forces minutes later, Azerbaijan's defence ministry said.",
    );
    let d = report(
        "d",
        "2020-10-27",
        "Yerevan Daily",
        "Armenia and Azerbaijan agreed a humanitarian ceasefire on Sunday. A day later the ceasefire collapsed within minutes of taking effect, when Azerbaijani forces shelled villages in the south, Armenia's defence ministry said.",
    );
    assert_eq!(
        conflicts(&c, &d),
        [
            "Claim Contradiction: c \"broken\"=violated by Armenia | d \"collapsed\"=violated by Azerbaijan"
        ]
    );
}

#[test]
fn accounts_of_a_breach_that_agree_are_no_conflict() {
    // The same side blamed twice, a breach without a culprit beside one with, and a denial by
    // a side no one blames: none of these disagree.
    let truce = "India and Pakistan agreed to a ceasefire on Saturday, May 10.";
    let a = report(
        "a",
        "2025-05-10",
        "Wire A",
        &format!(
            "{truce}\n\nLate on Saturday, Indian officials said Pakistan had violated the truce."
        ),
    );
    let b = report(
        "b",
        "2025-05-11",
        "Wire B",
        &format!(
            "{truce}\n\nOn Saturday night the truce was broken by Pakistani forces, officials said."
        ),
    );
    assert!(conflicts(&a, &b).is_empty(), "{:?}", conflicts(&a, &b));
    let c = report(
        "c",
        "2025-05-11",
        "Wire C",
        &format!("{truce}\n\nThe truce collapsed on Saturday night."),
    );
    assert!(conflicts(&a, &c).is_empty(), "{:?}", conflicts(&a, &c));
    let d = report(
        "d",
        "2025-05-11",
        "Wire D",
        &format!("{truce}\n\nIndia denied any violation of the truce on Saturday."),
    );
    assert!(conflicts(&a, &d).is_empty(), "{:?}", conflicts(&a, &d));
    // The side blamed denying it does disagree.
    let e = report(
        "e",
        "2025-05-11",
        "Wire E",
        &format!("{truce}\n\nPakistan denied any violation of the truce on Saturday."),
    );
    assert_eq!(
        conflicts(&a, &e),
        [
            "Claim Contradiction: a \"violated\"=violated by Pakistan | e \"violation\"=not violated by Pakistan"
        ]
    );
}

#[test]
fn truce_broken_by_fire_after_it_took_effect_and_said_to_hold() {
    // Fighting told as coming after a truce took effect breaks it; fighting said not to
    // have happened since keeps it.
    let a = report(
        "a",
        "2025-03-04",
        "Wire A",
        "Ukraine accused Russian forces on Monday of shelling villages near Kherson after a ceasefire took effect on Sunday.",
    );
    let b = report(
        "b",
        "2025-03-04",
        "Wire B",
        "Russia agreed to a ceasefire with Ukraine that took effect on Sunday. A Russian spokesman said there had been no attacks since the ceasefire came into force.",
    );
    let found = conflicts(&a, &b);
    assert_eq!(
        found,
        ["Claim Contradiction: a \"shelling\"=violated | b \"attacks\"=not violated"]
    );
    // Fire told before the truce, or fire with no truce before it, breaks nothing.
    let c = report(
        "c",
        "2025-03-04",
        "Wire C",
        "Russian forces shelled villages near Kherson before a ceasefire took effect on Sunday.",
    );
    assert_eq!(kinds(&c, &b), []);
}

#[test]
fn plans_named_by_a_third_country_then_denied_twice() {
    // Who considers more rounds is not a side to them, the denial's event is first named as
    // a "meeting", and the later report denies it twice: still one plan, superseded.
    let a = report(
        "a",
        "2025-10-29",
        "Wire A",
        "The talks between Pakistan and Afghanistan in Istanbul ended on Tuesday. Diplomats said Turkish officials are considering further rounds.",
    );
    let b = report(
        "b",
        "2025-11-08",
        "Wire B",
        "Talks in Istanbul between Pakistan and Afghanistan have broken down, the minister said, with no date set for another meeting between Pakistan and Afghanistan.\n\nThe minister repeated on Saturday that the talks were over. \"There are no plans for another round,\" he said.",
    );
    assert_eq!(
        conflicts(&a, &b),
        ["Claim Superseded: a \"rounds\"=planned | b \"meeting\"=denied | b \"round\"=denied"]
    );
    // Violence is not scheduled: a pledge not to attack and a warning of retaliation are two.
    let c = report(
        "c",
        "2025-10-20",
        "Wire C",
        "Pakistan and Afghanistan pledged to refrain from attacking each other.",
    );
    let d = report(
        "d",
        "2025-10-29",
        "Wire D",
        "Pakistan and Afghanistan ended their talks. Officials said the army would strike back across the border.",
    );
    let timeline = reconstruct(&[c, d]);
    let attacks = timeline
        .events
        .iter()
        .filter(|e| e.kind == chronicle::EventKind::Attack)
        .count();
    assert_eq!(attacks, 2, "{:?}", timeline.events);
}

#[test]
fn who_asked_for_the_truce() {
    let a = report(
        "a",
        "2025-10-16",
        "Wire A",
        "A 48-hour truce between Pakistan and Afghanistan took effect in Kandahar on Wednesday. Pakistan's Foreign Office said the truce had been requested by the Taliban authorities.",
    );
    let b = report(
        "b",
        "2025-10-16",
        "Wire B",
        "A 48-hour truce between Pakistan and Afghanistan took effect in Kandahar on Wednesday. Mr Mujahid said the truce had been agreed at Pakistan's request.",
    );
    let claims: Vec<String> = conflicts(&a, &b)
        .into_iter()
        .filter(|c| c.starts_with("Claim"))
        .collect();
    assert_eq!(
        claims,
        [
            "Claim Contradiction: a \"truce\"=requested by Afghanistan | b \"truce\"=requested by Pakistan"
        ]
    );
}

#[test]
fn date_and_weekday() {
    let a = report(
        "a",
        "2025-10-10",
        "Wire A",
        "Pakistani airstrikes hit targets in Kabul on October 9.",
    );
    let b = report(
        "b",
        "2025-10-10",
        "Wire B",
        "Pakistani airstrikes hit targets in Kabul on October 8.",
    );
    assert_eq!(kinds(&a, &b), [ConflictKind::Date]);
    let c = report(
        "c",
        "2025-10-30",
        "Wire C",
        "The talks in Istanbul broke up late Tuesday (October 29).",
    );
    let d = report(
        "d",
        "2025-10-30",
        "Wire D",
        "Officials said the border was quiet.",
    );
    assert_eq!(
        conflicts(&c, &d),
        ["Date Contradiction: c \"late Tuesday\"=2025-10-28 | c \"October 29\"=2025-10-29"]
    );
}

#[test]
fn time() {
    let a = report(
        "a",
        "2025-10-16",
        "Wire A",
        "The ceasefire in Spin Boldak took effect at 6 p.m. PKT on October 15.",
    );
    let b = report(
        "b",
        "2025-10-16",
        "Wire B",
        "The ceasefire in Spin Boldak took effect at 8 p.m. PKT on October 15.",
    );
    assert_eq!(kinds(&a, &b), [ConflictKind::Time]);
}

#[test]
fn time_without_zones() {
    // Neither report writes a zone: both give the local time where it happened, and the
    // second gives it in a clause of its own.
    let a = report(
        "a",
        "2025-03-05",
        "Wire A",
        "Rebel fighters opened fire on the garrison in Goma at about 9.15 a.m. on Monday.",
    );
    let b = report(
        "b",
        "2025-03-05",
        "Wire B",
        "Rebel troops reached the garrison in Goma at around 7.30 a.m. on Monday, witnesses said, and began shooting soon afterwards.",
    );
    assert_eq!(
        conflicts(&a, &b),
        [
            "Time Contradiction: a \"9.15 a.m. on Monday\"=2025-03-03T09:15 | b \"7.30 a.m. on Monday\"=2025-03-03T07:30"
        ]
    );
    // A time with a zone and one without cannot be compared.
    let c = report(
        "c",
        "2025-03-05",
        "Wire C",
        "Rebel fighters opened fire on the garrison in Goma at 9.15 a.m. GMT on Monday.",
    );
    assert!(conflicts(&b, &c).is_empty(), "{:?}", conflicts(&b, &c));
}

#[test]
fn order() {
    let a = report(
        "a",
        "2025-10-12",
        "Wire A",
        "The explosions in Kabul came after the clashes in Kurram.",
    );
    let b = report(
        "b",
        "2025-10-12",
        "Wire B",
        "The clashes in Kurram came after the explosions in Kabul.",
    );
    assert_eq!(kinds(&a, &b), [ConflictKind::Order]);
}

#[test]
fn who_fired_first() {
    let no_order = |x: &Document, y: &Document| {
        let found = kinds(x, y);
        assert!(
            !found.contains(&ConflictKind::Order),
            "{:?}",
            conflicts(x, y)
        );
    };
    let a = report(
        "a",
        "2025-03-04",
        "Wire A",
        "Russian troops opened fire on Ukrainian positions at dawn on Monday, the Ukrainian army said. Ukrainian units returned fire.",
    );
    let b = report(
        "b",
        "2025-03-05",
        "Wire B",
        "Moscow said Ukrainian soldiers opened fire first on Russian positions at dawn on Monday and that its troops only responded.",
    );
    assert_eq!(
        conflicts(&a, &b),
        ["Order Contradiction: a \"opened fire\"=Russia first | b \"opened fire\"=Ukraine first"]
    );
    // Two accounts that blame the same side agree, whoever reports it.
    let c = report(
        "c",
        "2025-03-05",
        "Wire C",
        "Russian soldiers opened fire on Ukrainian positions at dawn on Monday, Kyiv said.",
    );
    assert!(conflicts(&a, &c).is_empty(), "{:?}", conflicts(&a, &c));
    // One report telling two attacks, each by another side, is no disagreement.
    let d = report(
        "d",
        "2025-03-04",
        "Wire D",
        "Russian troops opened fire on Ukrainian positions at dawn on Monday. Hours later Ukrainian drones attacked Russian positions.",
    );
    no_order(&d, &c);
    // One report names who was fired on, the other only who fired: enough, when the one
    // fired on is the other's attacker.
    let f = report(
        "f",
        "2025-03-04",
        "Wire F",
        "Kyiv accused Russian troops of firing first on Ukrainian positions at dawn on Monday.",
    );
    let g = report(
        "g",
        "2025-03-05",
        "Wire G",
        "Moscow said Ukrainian troops opened fire at dawn on Monday.",
    );
    assert_eq!(
        conflicts(&f, &g),
        ["Order Contradiction: f \"firing first\"=Russia first | g \"opened fire\"=Ukraine first"]
    );
    // Two reports that only name different attackers may each have one wrong: no conflict.
    let h = report(
        "h",
        "2025-03-05",
        "Wire H",
        "Kyiv said Russian troops opened fire at dawn on Monday.",
    );
    no_order(&g, &h);
    // A report telling both directions of one exchange takes no side against another.
    let e = report(
        "e",
        "2025-03-04",
        "Wire E",
        "Russian troops opened fire on Ukrainian positions at dawn on Monday, and Ukrainian \
         units opened fire on Russian positions in return.",
    );
    no_order(&e, &b);
}

#[test]
fn length_of_fighting_a_truce_ended_told_weeks_later() {
    let a = report(
        "a",
        "2025-06-10",
        "Wire A",
        "India and Pakistan agreed a ceasefire on June 9. The truce ended five days of fighting that began on June 4 along the Line of Control.",
    );
    // Two weeks on, the fighting is undated: only the truce it ended places it.
    let b = report(
        "b",
        "2025-06-24",
        "Wire B",
        "The ceasefire between India and Pakistan that took effect on June 9 has held, officials \
         on both sides said, and shops in border towns have reopened.\n\n\
         The truce ended four days of fighting along the Line of Control, in which villages on \
         both sides were shelled and thousands of families fled.\n\n\
         Diplomats said the calm would be tested when farmers return to fields near the \
         frontier later this summer.",
    );
    assert_eq!(
        conflicts(&a, &b),
        ["Duration Contradiction: a \"five days\"=P5D | b \"four days\"=P4D"]
    );
    // Undated fighting that nothing in its report places is not the fighting of weeks before.
    let c = report(
        "c",
        "2025-06-24",
        "Wire C",
        "Villagers recalled four days of fighting along the Line of Control, in which homes on \
         both sides were shelled and thousands of families fled.\n\n\
         Diplomats said the calm would be tested when farmers return to fields near the \
         frontier later this summer.",
    );
    let told = chronicle::extract(&c);
    assert!(
        told.mentions
            .iter()
            .any(|m| m.duration.as_deref() == Some("P4D"))
    );
    assert!(conflicts(&a, &c).is_empty(), "{:?}", conflicts(&a, &c));
    // Talks that ended without an agreement did not end the agreement.
    let d = report(
        "d",
        "2025-06-24",
        "Wire D",
        "The talks in Geneva ended without an agreement on Monday.",
    );
    let extraction = chronicle::extract(&d);
    assert!(
        extraction
            .relations
            .iter()
            .all(|r| r.kind != chronicle::RelationKind::Before)
    );
}

#[test]
fn mediators_named_past_a_clause_and_at_the_meeting_of_an_agreement() {
    // The subject that mediated is named before a clause describing it, and the second
    // report's meeting is dated by the agreement made at it.
    let a = report(
        "a",
        "2025-06-03",
        "Wire A",
        "Russia and Ukraine agreed on Monday to exchange prisoners at talks in Istanbul. \
         Erdogan, who has hosted several rounds between the two countries, mediated the talks, \
         officials said.\n\n\
         The exchange is expected to take place within weeks, according to officials in both \
         capitals.",
    );
    let b = report(
        "b",
        "2025-06-03",
        "Wire B",
        "Russia and Ukraine agreed on Monday to exchange prisoners at a meeting in Istanbul \
         mediated by Turkey and Saudi Arabia, officials said.\n\n\
         The exchange is expected to take place within weeks, according to officials in both \
         capitals.",
    );
    assert_eq!(
        conflicts(&a, &b),
        ["Participants Contradiction: a \"talks\"=Turkey | b \"meeting\"=Saudi Arabia; Turkey"]
    );
    let quoted = &reconstruct(&[a.clone(), b.clone()]).conflicts[0].claims[0];
    assert_eq!(&a.source()[quoted.span.start..quoted.span.end], "Erdogan");
    // The same mediator, however each report names it, is no disagreement.
    let c = report(
        "c",
        "2025-06-03",
        "Wire C",
        "Russia and Ukraine agreed on Monday to exchange prisoners at a meeting in Istanbul \
         mediated by Turkey, officials said.\n\n\
         The exchange is expected to take place within weeks, according to officials in both \
         capitals.",
    );
    assert!(conflicts(&a, &c).is_empty(), "{:?}", conflicts(&a, &c));
    // The day someone spoke of talks is not the day of the talks.
    let d = report(
        "d",
        "2025-06-03",
        "Wire D",
        "Kyiv said on Monday that it would press the demand at talks in Istanbul.",
    );
    let talks: Vec<_> = chronicle::extract(&d)
        .mentions
        .into_iter()
        .filter(|m| m.kind == chronicle::EventKind::Talks)
        .collect();
    assert!(!talks.is_empty());
    assert!(
        talks
            .iter()
            .all(|m| m.when.source != chronicle::TimeSource::Clause),
        "{talks:?}"
    );
}

#[test]
fn one_instant_in_three_zones_is_no_conflict() {
    let a = report(
        "a",
        "2025-10-16",
        "Wire A",
        "The ceasefire in Spin Boldak took effect at 6 p.m. PKT on October 15.",
    );
    let b = report(
        "b",
        "2025-10-16",
        "Wire B",
        "The ceasefire in Spin Boldak took effect at 1:00 p.m. GMT on October 15.",
    );
    let c = report(
        "c",
        "2025-10-16",
        "Wire C",
        "The ceasefire in Spin Boldak took effect at 5.30 PM (Kabul time) on October 15.",
    );
    let timeline = reconstruct(&[a, b, c]);
    assert!(timeline.conflicts.is_empty(), "{:?}", timeline.conflicts);
    let ceasefires: Vec<_> = timeline
        .events
        .iter()
        .filter(|e| e.kind == chronicle::EventKind::Ceasefire)
        .collect();
    assert_eq!(ceasefires.len(), 1, "one event, told three ways");
}

#[test]
fn granularity_and_omissions_are_no_conflict() {
    let a = report(
        "a",
        "2025-10-30",
        "Wire A",
        "The truce in Doha was agreed in October.",
    );
    let b = report(
        "b",
        "2025-10-30",
        "Wire B",
        "The truce in Doha was agreed on October 19.",
    );
    assert!(conflicts(&a, &b).is_empty());
    let c = report(
        "c",
        "2025-10-30",
        "Wire C",
        "The talks in Istanbul, mediated by Qatar, broke up on Tuesday.",
    );
    let d = report(
        "d",
        "2025-10-30",
        "Wire D",
        "The talks in Istanbul broke up on Tuesday.",
    );
    assert!(conflicts(&c, &d).is_empty());
}

#[test]
fn distinct_rounds_stay_distinct() {
    let a = report(
        "a",
        "2025-10-30",
        "Wire A",
        "The talks in Istanbul broke up on Tuesday.",
    );
    let b = report(
        "b",
        "2025-11-08",
        "Wire B",
        "The latest round of talks in Istanbul ended without progress.",
    );
    let timeline = reconstruct(&[a, b]);
    let talks = timeline
        .events
        .iter()
        .filter(|e| e.kind == chronicle::EventKind::Talks)
        .count();
    assert_eq!(
        talks, 2,
        "a round ten days before a report is not its latest round"
    );
}

/// Events of one kind, in one place, told a year apart without a full date: one known only
/// to be before something, one known only to be after something, plans for the next round.
#[test]
fn half_dated_events_a_year_apart_stay_apart() {
    let told = |id: &str, published: &str| {
        report(
            id,
            published,
            "Wire",
            "Fighting flared earlier this month after explosions in Kabul. The Chaman crossing \
             has stayed closed since October 11. Both delegations will hold further rounds of \
             talks.",
        )
    };
    let count = |documents: &[Document], kind: chronicle::EventKind| {
        reconstruct(documents)
            .events
            .iter()
            .filter(|e| e.kind == kind)
            .count()
    };
    let close = [told("a", "2025-10-20"), told("b", "2025-10-22")];
    let apart = [told("a", "2025-10-20"), told("b", "2026-10-22")];
    for kind in [
        chronicle::EventKind::Explosion,
        chronicle::EventKind::BorderClosure,
        chronicle::EventKind::Talks,
    ] {
        assert_eq!(
            count(&close, kind),
            1,
            "{kind:?} two days apart is one event"
        );
        assert_eq!(
            count(&apart, kind),
            2,
            "{kind:?} a year apart is two events"
        );
    }
}

#[test]
fn events_of_two_conflicts_stay_apart() {
    // Same kind, same month, plans with no date: only the actors tell the stories apart.
    let a = report(
        "a",
        "2025-05-12",
        "Wire A",
        "Thailand and Cambodia clashed in May. Thai officials said Thailand blamed Cambodia. Mediators are considering another meeting.",
    );
    let b = report(
        "b",
        "2025-05-12",
        "Wire B",
        "India and Pakistan clashed in May. Indian officials said India blamed Pakistan. Mediators are considering another meeting.",
    );
    let timeline = reconstruct(&[a, b]);
    let mixed: Vec<&str> = timeline
        .events
        .iter()
        .filter(|e| {
            let documents: std::collections::BTreeSet<&str> =
                e.mentions.iter().map(|m| m.document.as_str()).collect();
            documents.len() > 1
        })
        .map(|e| e.label.as_str())
        .collect();
    assert!(mixed.is_empty(), "merged across conflicts: {mixed:?}");
    assert!(
        timeline
            .events
            .iter()
            .any(|e| e.kind == chronicle::EventKind::ArmedClash),
        "the clashes are found at all"
    );
}

fn corpus() -> Vec<Document> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    chronicle::load_all(&[dir]).0
}

#[test]
fn timeline_round_trips_through_serde() {
    let timeline = reconstruct(&corpus());
    let text = serde_json::to_string(&timeline).unwrap();
    let back: Timeline = serde_json::from_str(&text).unwrap();
    assert_eq!(back, timeline);
}

#[test]
fn adding_a_report_equals_reading_it_with_the_others() {
    let mut documents = corpus();
    let last = documents.pop().unwrap();
    let mut timeline = reconstruct(&documents);
    timeline.add(&last);
    documents.push(last);
    assert_eq!(timeline, reconstruct(&documents));
}

/// The worked example of ARCHITECTURE.md's "Past one machine": reports are extracted on
/// several workers (the map step), each worker's partial timeline travels as JSON, and the
/// partial timelines are merged (the reduce step) into exactly the single-machine timeline.
#[test]
fn sharded_timelines_merge_into_the_single_machine_timeline() {
    let documents = corpus();
    let single = reconstruct(&documents);
    let shards = 3;
    let partials: Vec<String> = (0..shards)
        .map(|shard| {
            // A worker sees only the reports hashed to it, by a stable function of the id.
            let mine: Vec<Document> = documents
                .iter()
                .filter(|d| {
                    d.id().as_str().bytes().map(usize::from).sum::<usize>() % shards == shard
                })
                .cloned()
                .collect();
            serde_json::to_string(&reconstruct(&mine)).unwrap()
        })
        .collect();
    let merged = partials
        .iter()
        .map(|json| serde_json::from_str::<Timeline>(json).unwrap())
        .reduce(|a, b| a.merge(&b))
        .unwrap();
    assert_eq!(merged, single);
    assert_eq!(
        chronicle::render::json(&merged),
        chronicle::render::json(&single)
    );
    assert!(
        partials
            .iter()
            .all(|p| p.len() < serde_json::to_string(&single).unwrap().len()),
        "each worker held only part of the work"
    );
}

/// Extraction runs across cores with the default `parallel` feature; one report at a time,
/// in reverse order, must give the same timeline.
#[test]
fn parallel_extraction_gives_the_sequential_timeline() {
    let documents = corpus();
    let parallel = reconstruct(&documents);
    let sources = documents.iter().rev().map(Source::of).collect();
    let reports = documents.iter().rev().map(chronicle::extract).collect();
    let sequential = Timeline::from_reports(sources, reports, &ResolveOptions::default());
    assert_eq!(
        chronicle::render::json(&parallel),
        chronicle::render::json(&sequential)
    );
    assert_eq!(parallel, sequential);
}

/// A directory read a chunk at a time gives the timeline of loading it whole: more reports
/// than one chunk holds, a broken one among them, and a file that is not a report.
#[test]
fn streaming_a_directory_gives_the_timeline_of_loading_it_whole() {
    let dir = std::env::temp_dir().join(format!("chronicle-stream-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut bytes = 0;
    for day in 0..300u32 {
        let text = format!(
            "---\npublished: 2025-{:02}-{:02}\nsource: Wire {}\n---\nTalks opened in Doha on \
             Monday. Shelling hit Chaman on Sunday, killing {} people.\n",
            1 + day % 12,
            1 + day % 28,
            day % 7,
            day % 9 + 2
        );
        bytes += text.len() as u64;
        std::fs::write(dir.join(format!("r{day:03}.txt")), text).unwrap();
    }
    std::fs::write(dir.join("r150-broken.txt"), b"Talks \xff opened").unwrap();
    std::fs::write(dir.join("notes.md"), "not a report").unwrap();

    let mut seen = Vec::new();
    let (streamed, errors) = chronicle::reconstruct_files(
        &[&dir],
        &ExtractOptions::default(),
        &Limits::default(),
        |progress| seen.push(progress),
    );
    let (documents, load_errors) = chronicle::load_all(&[&dir]);
    std::fs::remove_dir_all(&dir).unwrap();

    assert_eq!(streamed, reconstruct(&documents));
    assert_eq!(streamed.documents.len(), 300);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].to_string(), load_errors[0].to_string());
    assert!(errors[0].path().unwrap().ends_with("r150-broken.txt"));
    // Two chunks, each reported, the broken file counted as read.
    assert_eq!(seen.len(), 2);
    let last = seen.last().unwrap();
    assert_eq!((last.reports, last.total, last.bytes), (301, 301, bytes));
    assert!(seen[0].reports < last.reports);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(8))]

    #[test]
    fn any_order_gives_the_same_json(seed in any::<u64>()) {
        let mut documents = corpus();
        let expected = chronicle::render::json(&reconstruct(&documents));
        // A deterministic shuffle from the seed.
        let mut state = seed | 1;
        for i in (1..documents.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            documents.swap(i, (state % (i as u64 + 1)) as usize);
        }
        prop_assert_eq!(chronicle::render::json(&reconstruct(&documents)), expected);
    }

    #[test]
    fn merging_two_halves_gives_the_whole(mask in any::<u64>()) {
        let documents = corpus();
        // Bit i of the mask sends report i left; reports past the 64th go right.
        let left_side = |i: usize| u32::try_from(i).ok().and_then(|i| mask.checked_shr(i)).is_some_and(|m| m & 1 == 1);
        let (left, right): (Vec<_>, Vec<_>) = documents.iter().cloned().enumerate().partition(|(i, _)| left_side(*i));
        let left: Vec<Document> = left.into_iter().map(|(_, d)| d).collect();
        let right: Vec<Document> = right.into_iter().map(|(_, d)| d).collect();
        let merged = reconstruct(&left).merge(&reconstruct(&right));
        prop_assert_eq!(merged, reconstruct(&documents));
    }
}

#[test]
fn a_country_as_the_place_holds_a_town_in_it() {
    let a = report(
        "wire-a",
        "2025-07-25",
        "Border Wire",
        "Thai officials said Cambodian rockets hit homes in Surin on Thursday, July 24.",
    );
    let b = report(
        "wire-b",
        "2025-07-25",
        "Gulf Wire",
        "Cambodian rockets landed inside Thailand on Thursday, July 24, the Thai army said.",
    );
    let timeline = chronicle::reconstruct(&[a, b]);
    let shelling: Vec<_> = timeline
        .events
        .iter()
        .filter(|e| e.kind == chronicle::EventKind::Shelling)
        .collect();
    assert_eq!(shelling.len(), 1, "{shelling:#?}");
    assert_eq!(shelling[0].mentions.len(), 2);
}

#[test]
fn talks_ended_as_said_on_a_later_day_are_the_talks_that_broke_up() {
    // "said on Wednesday" dates the saying: the negotiations that ended are the talks that
    // broke up on Tuesday, one event with its outcome, not a second event on Wednesday.
    let a = report(
        "a",
        "2025-10-29",
        "Wire A",
        "Pakistan's negotiations with Afghanistan in Istanbul have ended without an \
         agreement, Information Minister Attaullah Tarar said on Wednesday. The talks broke \
         up late on Tuesday.",
    );
    let timeline = reconstruct(&[a]);
    let talks: Vec<_> = timeline
        .events
        .iter()
        .filter(|e| e.kind == chronicle::EventKind::Talks)
        .collect();
    assert_eq!(talks.len(), 1, "{talks:#?}");
    assert_eq!(
        talks[0].when.earliest.map(|b| b.to_string()).as_deref(),
        Some("2025-10-28")
    );
    assert!(talks[0].mentions.iter().any(|m| m.outcome.is_some()));
}

#[test]
fn a_meeting_held_as_agreed_in_a_third_country_is_the_meeting_planned() {
    // Where the meeting was agreed is no side at it: the planned meeting and the one held
    // are one event.
    let plan = report(
        "plan",
        "2025-07-28",
        "Wire A",
        "Russia and Ukraine agreed to a ceasefire on Monday after Russian and Ukrainian \
         troops clashed for days. Military commanders from both sides would meet on Tuesday \
         morning.",
    );
    let held = report(
        "held",
        "2025-07-29",
        "Wire B",
        "Russian and Ukrainian troops clashed overnight. Russia and Ukraine blamed each \
         other. Regional commanders from both sides met at 7 a.m. on Tuesday, as agreed in \
         Saudi Arabia.",
    );
    let timeline = reconstruct(&[plan, held]);
    let meetings: Vec<_> = timeline
        .events
        .iter()
        .filter(|e| e.kind == chronicle::EventKind::Talks)
        .collect();
    assert_eq!(meetings.len(), 1, "{meetings:#?}");
    let parties: Vec<&str> = meetings[0]
        .participants
        .iter()
        .map(|p| p.actor.as_str())
        .collect();
    assert_eq!(parties, ["Russia", "Ukraine"]);
    // A country the talks are held with stays a party: "in" names only where.
    let with = report(
        "with",
        "2025-07-29",
        "Wire C",
        "Russia held talks with Ukraine in Istanbul on Tuesday.",
    );
    let timeline = reconstruct(&[with]);
    let parties: Vec<&str> = timeline.events[0]
        .participants
        .iter()
        .map(|p| p.actor.as_str())
        .collect();
    assert_eq!(parties, ["Russia", "Ukraine"]);
}

#[test]
fn a_round_declared_failed_then_the_process_rescued_is_superseded() {
    // Neither report names the round's outcome beside the word "talks": each tells it of
    // "the process". The round is one event although one report dates it by its last day
    // ("four-day talks ... broke up late on Tuesday") and the other by its first.
    let failed = report(
        "failed",
        "2025-10-29",
        "Wire A",
        "The four-day talks between Russia and Ukraine in Istanbul broke up late on Tuesday. \
         Russian officials told reporters that evening that the process had failed.",
    );
    let rescued = report(
        "rescued",
        "2025-10-31",
        "Wire B",
        "The talks between Russia and Ukraine in Istanbul, which opened on Saturday, October \
         25, appeared finished on Tuesday. The process was rescued two days later, when both \
         delegations accepted a joint text.",
    );
    let timeline = reconstruct(&[rescued, failed]);
    let outcome = the_claim_conflict(&timeline);
    assert_eq!(outcome.status, ConflictStatus::Superseded);
    let told: Vec<(&str, &str)> = outcome
        .claims
        .iter()
        .map(|c| (c.text.as_str(), c.value.as_str()))
        .collect();
    assert_eq!(told, [("failed", "failed"), ("rescued", "rescued")]);
    // "The process" before any talks, or after talks only planned, refers to none: no
    // outcome, no conflict.
    let unreferred = report(
        "unreferred",
        "2025-10-31",
        "Wire C",
        "Officials said the process was rescued on Thursday. Russia and Ukraine will meet in \
         Istanbul next week.",
    );
    let failed_again = report(
        "failed-again",
        "2025-10-29",
        "Wire A",
        "The four-day talks between Russia and Ukraine in Istanbul broke up late on Tuesday \
         without an agreement.",
    );
    assert_eq!(
        kinds(&failed_again, &unreferred)
            .iter()
            .filter(|k| **k == ConflictKind::Claim)
            .count(),
        0
    );
}

#[test]
fn an_undated_report_counts_as_written_after_the_days_it_tells_of() {
    // The undated report tells the collapse on October 28: it was written by then at the
    // earliest, before the revival told on October 31, so the account changed.
    let undated = Document::from_text(
        "undated",
        "The negotiations between Russia and Ukraine in Istanbul collapsed on Tuesday, \
         October 28, 2025.",
        Metadata::default(),
    );
    let later = report(
        "later",
        "2025-10-31",
        "Wire B",
        "Mediators revived the negotiations between Russia and Ukraine in Istanbul, which \
         had opened on Tuesday, October 28, 2025.",
    );
    let timeline = reconstruct(&[later, undated]);
    let outcome = the_claim_conflict(&timeline);
    assert_eq!(outcome.status, ConflictStatus::Superseded);
    // An undated report that dates nothing it tells cannot be placed before the other:
    // the accounts contradict each other.
    let placeless = Document::from_text(
        "placeless",
        "The negotiations between Russia and Ukraine in Istanbul collapsed.",
        Metadata::default(),
    );
    let later = report(
        "later",
        "2025-10-31",
        "Wire B",
        "Mediators revived the negotiations between Russia and Ukraine in Istanbul.",
    );
    let timeline = reconstruct(&[later, placeless]);
    let outcome = the_claim_conflict(&timeline);
    assert_eq!(outcome.status, ConflictStatus::Contradiction);
}

#[test]
fn plans_in_an_undated_report_are_those_of_the_days_it_was_written() {
    // "Further rounds" considered, then "no plans for another round": the same plan when the
    // undated report was written ten days later, another when it was written two years on.
    let considering = report(
        "considering",
        "2025-10-29",
        "Wire A",
        "Pakistan and Afghanistan ended four days of talks in Istanbul on Tuesday without a deal. Turkish officials are considering further rounds between Pakistan and Afghanistan.",
    );
    let ruled_out = |date: &str| {
        Document::from_text(
            "ruled-out",
            format!(
                "ISLAMABAD, {date} — Pakistan and Afghanistan ended a third round of talks in Istanbul on Friday. There are no plans for another round, Pakistan's defence minister said."
            ),
            Metadata::default(),
        )
    };
    let soon = ruled_out("Saturday, November 8, 2025");
    assert_eq!(
        conflicts(&considering, &soon),
        ["Claim Superseded: considering \"rounds\"=planned | ruled-out \"round\"=denied"]
    );
    let years_on = ruled_out("Saturday, November 6, 2027");
    assert!(conflicts(&considering, &years_on).is_empty());
}

#[test]
fn talks_told_by_first_and_last_day_merge_only_within_their_length() {
    let talks = |text: &str| {
        let ended = report(
            "ended",
            "2025-10-29",
            "Wire A",
            &format!(
                "The {text} talks between Russia and Ukraine in Istanbul broke up on Tuesday."
            ),
        );
        let opened = report(
            "opened",
            "2025-10-31",
            "Wire B",
            "The talks between Russia and Ukraine in Istanbul opened on Saturday, October 25, \
             2025.",
        );
        reconstruct(&[ended, opened])
            .events
            .iter()
            .filter(|e| e.kind == chronicle::EventKind::Talks)
            .count()
    };
    // Saturday to Tuesday is four days: the four-day talks, told by both ends, are one.
    assert_eq!(talks("four-day"), 1);
    // Two-day talks that ended on Tuesday did not open on Saturday.
    assert_eq!(talks("two-day"), 2);
}

//! chronicle against the hand annotation of its bundled corpus (`corpus/annotations/`):
//! events and conflicts. The floors are what main measures, so a change that loses ground
//! fails here; `cargo run --example evaluate -- --errors` shows what is missed.
//!
//! Each group of stories has its own floors, so that the lower figures of a held-out story
//! cannot hide a loss on the others, and a gain on it shows. Stories A–D are the ones the
//! rules were developed on (story D was first measured held out, then the rules were mended
//! for it). Stories E (Sudan) and F (Azerbaijan–Armenia) were each written after the rules as
//! held-out tests of five reports, and story G (Israel–Hamas) as one of four.

use super::gold;
use std::path::{Path, PathBuf};

/// A group of stories scored together: the report-id prefixes of its reports.
type Group = &'static [&'static str];

/// Stories A–D, the stories the rules were developed on.
const DEVELOPED: Group = &["pakafg-", "thkh-", "indpak-", "isrirn-"];
/// Story E (Sudan, 2023), the first held-out story.
const STORY_E: Group = &["sudan-"];
/// Story F (Azerbaijan–Armenia, 2020), the second held-out story.
const STORY_F: Group = &["karabakh-"];
/// Story G (Israel–Hamas, 2023), the third held-out story.
const STORY_G: Group = &["gaza-"];

fn in_group(group: Group, document: &str) -> bool {
    group.iter().any(|prefix| document.starts_with(prefix))
}

/// The corpus (all reports, whose annotation is read against every one of them), the reports
/// of one group, and the annotation folder.
fn corpus(group: Group) -> (Vec<chronicle::Document>, Vec<chronicle::Document>, PathBuf) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let all = chronicle::load_all(&[&dir]).0;
    let documents = all
        .iter()
        .filter(|d| in_group(group, d.id().as_str()))
        .cloned()
        .collect();
    (all, documents, dir.join("annotations"))
}

#[test]
fn every_report_is_in_exactly_one_group() {
    // A new story must be given a group (and floors), or it would be scored nowhere.
    let (all, _, _) = corpus(DEVELOPED);
    for document in &all {
        let id = document.id().as_str();
        let groups = [DEVELOPED, STORY_E, STORY_F, STORY_G]
            .iter()
            .filter(|group| in_group(group, id))
            .count();
        assert_eq!(groups, 1, "{id} is in {groups} groups");
    }
}

/// Event precision, recall and the share of found mentions with the right time.
fn events(group: Group) -> (f64, f64, f64) {
    let (all, documents, annotations) = corpus(group);
    let mut gold = gold::events(&annotations, &all).unwrap();
    gold.retain(|g| in_group(group, &g.document));
    let extractions: Vec<_> = documents.iter().map(chronicle::extract).collect();
    let score = gold::score_events(&documents, &extractions, &gold);
    (
        score.precision(),
        score.recall(),
        score.when as f64 / score.found as f64,
    )
}

#[test]
fn event_mentions_against_the_annotation() {
    let (precision, recall, time) = events(DEVELOPED);
    assert!(precision >= 0.84, "precision {precision:.3}");
    assert!(recall >= 0.77, "recall {recall:.3}");
    assert!(time >= 0.77, "time right for {time:.3}");
}

#[test]
fn event_mentions_of_story_e() {
    let (precision, recall, time) = events(STORY_E);
    // First measured, before any rule was changed for it: precision 0.868, recall 0.625,
    // time 0.600 (63 of 105 found). The floors are what main measures since.
    assert!(precision >= 0.88, "precision {precision:.3}");
    assert!(recall >= 0.80, "recall {recall:.3}");
    assert!(time >= 0.78, "time right for {time:.3}");
}

#[test]
fn event_mentions_of_story_f() {
    let (precision, recall, time) = events(STORY_F);
    // First measured, before any rule was changed for it: precision 0.958, recall 0.552,
    // time 0.615 (91 of 165 found). That is after one review of the annotation against the
    // first run, which added nine mentions it had left out (before: 0.875, 0.532 and 0.651,
    // 83 of 156). The floors are what main measures since, rounded down. (The second of two
    // coordinated verbs says too, "He calls the decision very painful ... and says it was
    // taken", which the annotation counts as one statement: one mention it does not have.)
    assert!(precision >= 0.96, "precision {precision:.3}");
    assert!(recall >= 0.66, "recall {recall:.3}");
    assert!(time >= 0.73, "time right for {time:.3}");
}

#[test]
fn event_mentions_of_story_g() {
    let (precision, recall, time) = events(STORY_G);
    // First measured, before any rule was changed for it: precision 0.970, recall 0.676,
    // time 0.510 (49 of 96 found). That is after one review of the annotation against the
    // first run, which added three mentions it had left out (before: 0.940, 0.669 and 0.516,
    // 48 of 93). The floors are what main measures since, rounded down: a truce named
    // again starts when the report said it began, a live blog is dated by its masthead,
    // and what is said in the present is said on the report's day.
    assert!(precision >= 0.97, "precision {precision:.3}");
    assert!(recall >= 0.73, "recall {recall:.3}");
    assert!(time >= 0.66, "time right for {time:.3}");
}

/// The conflicts of one group: what was found of `file`'s rows, scored.
fn conflicts(group: Group, file: &str) -> gold::ConflictScore {
    let (all, documents, annotations) = corpus(group);
    let mut annotated = gold::claims(&annotations.join(file), &all).unwrap();
    annotated.retain(|c| in_group(group, &c.document));
    let timeline = chronicle::reconstruct(&documents);
    gold::score_conflicts(&documents, &timeline, &annotated)
}

/// Checks a group's conflicts against its floors: at least `found` of the annotated ones,
/// flagged with at least `precision`, each found with its annotated status.
fn conflict_floors(group: Group, found: usize, precision: f64) {
    let score = conflicts(group, "conflicts.tsv");
    assert!(
        score.found >= found,
        "found {} of {}",
        score.found,
        score.gold
    );
    assert!(
        score.precision() >= precision,
        "precision {:.3}",
        score.precision()
    );
    assert_eq!(
        score.status, score.found,
        "a found conflict has the wrong status"
    );
}

#[test]
fn conflicts_against_the_annotation() {
    // 17 of the 18 of stories A–C are found, and 3 of story D's 7 (D5, who broke the
    // truce, since breaches name who broke them): 20 of 25.
    conflict_floors(DEVELOPED, 20, 0.95);
}

#[test]
fn conflicts_of_story_e() {
    // As first measured: one of the eight (E3, the ceasefire's start), out of three flagged.
    // With running totals compared, E1 (730 against 705) too, and nothing wrongly; with
    // revisions told as such, E2 (863 raised to 958); with an extension's length read after
    // it ("extended on Monday by five days"), E4.
    conflict_floors(STORY_E, 4, 1.0);
}

#[test]
fn conflicts_of_story_f() {
    // As first measured: one of the eleven (F11, who fired first after the Washington
    // truce, added to the annotation on review of the first run), out of two flagged; the
    // other is the look-alike N39. With running totals compared, F4 and F5 too, and N39
    // is no longer flagged; with the Moscow talks merged, F2; with breaches naming who broke
    // the truce, F7.
    conflict_floors(STORY_F, 5, 1.0);
}

#[test]
fn conflicts_of_story_g() {
    // As first measured: none of the eight (G1–G8), and two flagged wrongly. With the
    // extension's length read after it, G3 (48 hours against 72); with a truce's ordinal
    // read, G6 (the first pause of the war against the second). "The war would resume"
    // against "did not change the war's aims" is no longer read as a denial, and the toll
    // of the Hamas attack is a part of the Gaza toll since October 7, not another count.
    conflict_floors(STORY_G, 2, 1.0);
}

/// The look-alikes of one group that are flagged as conflicts, with what was flagged.
fn flagged(group: Group) -> (usize, Vec<String>) {
    let score = conflicts(group, "non_conflicts.tsv");
    let shown = score
        .errors
        .into_iter()
        .filter(|e| !e.starts_with("MISSED"))
        .collect();
    (score.found, shown)
}

#[test]
fn non_conflicts_are_not_flagged() {
    let (found, shown) = flagged(DEVELOPED);
    assert_eq!(found, 0, "{shown:?}");
}

#[test]
fn non_conflicts_of_story_e() {
    // One look-alike of the ten is flagged as first measured: N24, "more than 280" read as
    // 281 or more against "hundreds", which fit each other.
    let (found, shown) = flagged(STORY_E);
    assert!(found <= 1, "{shown:?}");
}

#[test]
fn non_conflicts_of_story_f() {
    // One look-alike of the seventeen (N30–N43) is flagged as first measured: N39, the civilian toll
    // "at least 60" (October 18) against "65" (October 27) taken for a revision, though
    // the later figure fits the earlier one.
    let (found, shown) = flagged(STORY_F);
    assert!(found <= 1, "{shown:?}");
}

#[test]
fn non_conflicts_of_story_g() {
    // None of the ten look-alikes (N44–N49) is flagged as first measured.
    let (found, shown) = flagged(STORY_G);
    assert_eq!(found, 0, "{shown:?}");
}

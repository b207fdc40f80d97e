//! chronicle against the hand annotation of its bundled corpus (`corpus/annotations/`):
//! events and conflicts. The floors are what main measures, so a change that loses ground
//! fails here; `cargo run --example evaluate -- --errors` shows what is missed.
//!
//! Each group of stories has its own floors. Stories A–D are the ones the rules were
//! developed on (story D was first measured held out, then the rules were mended for it).
//! Story E (Sudan, five reports) was written after the rules as a held-out test and is
//! scored apart, so that its lower figures cannot hide a loss on the others, and a gain on it
//! shows.

use super::gold;
use std::path::{Path, PathBuf};

/// The report-id prefix of the held-out story.
const HELD_OUT: &str = "sudan-";

/// The corpus reports of one group (the held-out story, or all the others), with the
/// annotation folder.
fn corpus(held_out: bool) -> (Vec<chronicle::Document>, Vec<chronicle::Document>, PathBuf) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let all = chronicle::load_all(&[&dir]).0;
    let group = all
        .iter()
        .filter(|d| d.id().as_str().starts_with(HELD_OUT) == held_out)
        .cloned()
        .collect();
    (all, group, dir.join("annotations"))
}

fn in_group(documents: &[chronicle::Document], document: &str) -> bool {
    documents.iter().any(|d| d.id().as_str() == document)
}

/// Event precision, recall and the share of found mentions with the right time.
fn events(held_out: bool) -> (f64, f64, f64) {
    let (all, documents, annotations) = corpus(held_out);
    let mut gold = gold::events(&annotations, &all).unwrap();
    gold.retain(|g| in_group(&documents, &g.document));
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
    let (precision, recall, time) = events(false);
    assert!(precision >= 0.84, "precision {precision:.3}");
    assert!(recall >= 0.77, "recall {recall:.3}");
    assert!(time >= 0.76, "time right for {time:.3}");
}

#[test]
fn event_mentions_of_the_held_out_story() {
    let (precision, recall, time) = events(true);
    // First measured, before any rule was changed for it: precision 0.868, recall 0.625,
    // time 0.600 (63 of 105 found). The floors are what main measures since.
    assert!(precision >= 0.88, "precision {precision:.3}");
    assert!(recall >= 0.75, "recall {recall:.3}");
    assert!(time >= 0.63, "time right for {time:.3}");
}

/// The conflicts of one group: what was found of `file`'s rows, scored.
fn conflicts(held_out: bool, file: &str) -> gold::ConflictScore {
    let (all, documents, annotations) = corpus(held_out);
    let mut annotated = gold::claims(&annotations.join(file), &all).unwrap();
    annotated.retain(|c| in_group(&documents, &c.document));
    let timeline = chronicle::reconstruct(&documents);
    gold::score_conflicts(&documents, &timeline, &annotated)
}

#[test]
fn conflicts_against_the_annotation() {
    let score = conflicts(false, "conflicts.tsv");
    assert!(
        score.precision() >= 0.95,
        "precision {:.3}",
        score.precision()
    );
    // 17 of the 18 of stories A–C are found, and 2 of story D's 7 (0.760 = 19 of 25).
    assert!(score.recall() >= 0.76, "recall {:.3}", score.recall());
    assert_eq!(
        score.status, score.found,
        "a found conflict has the wrong status"
    );
}

#[test]
fn conflicts_of_the_held_out_story() {
    let score = conflicts(true, "conflicts.tsv");
    // As first measured: one of the eight (E3, the ceasefire's start), out of three flagged.
    assert!(score.found >= 1, "found {} of {}", score.found, score.gold);
    assert!(
        score.precision() >= 0.33,
        "precision {:.3}",
        score.precision()
    );
    assert_eq!(
        score.status, score.found,
        "a found conflict has the wrong status"
    );
}

/// The look-alikes of one group that are flagged as conflicts, with what was flagged.
fn flagged(held_out: bool) -> (usize, Vec<String>) {
    let score = conflicts(held_out, "non_conflicts.tsv");
    let shown = score
        .errors
        .into_iter()
        .filter(|e| !e.starts_with("MISSED"))
        .collect();
    (score.found, shown)
}

#[test]
fn non_conflicts_are_not_flagged() {
    let (found, shown) = flagged(false);
    assert_eq!(found, 0, "{shown:?}");
}

#[test]
fn non_conflicts_of_the_held_out_story() {
    // One look-alike of the ten is flagged as first measured: N24, "more than 280" read as
    // 281 or more against "hundreds", which fit each other.
    let (found, shown) = flagged(true);
    assert!(found <= 1, "{shown:?}");
}

//! Scores chronicle's events against the hand annotation of the bundled corpus
//! (`corpus/annotations/`): precision and recall of event mentions, and how often their
//! time, place, modality and attribution are right. `--errors` lists every miss; `--only
//! PREFIX` scores only the reports whose id starts with PREFIX (one story, e.g. `isrirn`), so a
//! story written after the rules can be measured on its own.
//!
//! ```text
//! cargo run --example evaluate -- --errors
//! cargo run --example evaluate -- --only isrirn --errors
//! ```

#[path = "../tests/it/gold.rs"]
mod gold;

use std::io::Write;
use std::path::Path;

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().collect();
    let show_errors = args.iter().any(|a| a == "--errors");
    let only = match args.iter().position(|a| a == "--only") {
        Some(at) => Some(
            args.get(at + 1)
                .ok_or("--only needs a report id prefix")?
                .clone(),
        ),
        None => None,
    };
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let (mut documents, errors) = chronicle::load_all(&[&corpus]);
    if let Some(error) = errors.first() {
        return Err(error.to_string());
    }
    // The annotation is read against every report, so a quote that went missing anywhere is
    // still an error; only then are the other stories set aside.
    let mut gold = gold::events(&corpus.join("annotations"), &documents)?;
    let mut annotated = gold::claims(&corpus.join("annotations/conflicts.tsv"), &documents)?;
    let mut look_alikes = gold::claims(&corpus.join("annotations/non_conflicts.tsv"), &documents)?;
    if let Some(prefix) = &only {
        documents.retain(|d| d.id().as_str().starts_with(prefix.as_str()));
        if documents.is_empty() {
            return Err(format!("no report id starts with {prefix:?}"));
        }
        gold.retain(|g| g.document.starts_with(prefix.as_str()));
        annotated.retain(|c| c.document.starts_with(prefix.as_str()));
        look_alikes.retain(|c| c.document.starts_with(prefix.as_str()));
    }
    let extractions: Vec<_> = documents.iter().map(chronicle::extract).collect();
    let score = gold::score_events(&documents, &extractions, &gold);
    let timeline = chronicle::reconstruct(&documents);
    let conflicts = gold::score_conflicts(&documents, &timeline, &annotated);
    // Look-alikes that must not be flagged: any found here is a false conflict.
    let flagged = gold::score_conflicts(&documents, &timeline, &look_alikes);
    match print(
        &mut std::io::stdout().lock(),
        show_errors,
        &score,
        &conflicts,
        &flagged,
    ) {
        // A reader that stops early ("| head") has all it wanted.
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => Err(error.to_string()),
        _ => Ok(()),
    }
}

/// The scores, after every error found when `show_errors` is set.
fn print(
    out: &mut impl Write,
    show_errors: bool,
    score: &gold::EventScore,
    conflicts: &gold::ConflictScore,
    flagged: &gold::ConflictScore,
) -> std::io::Result<()> {
    if show_errors {
        for line in &score.errors {
            writeln!(out, "{line}")?;
        }
    }
    writeln!(
        out,
        "events: gold {}, system {}; precision {:.3}, recall {:.3}, F1 {:.3}",
        score.gold,
        score.system,
        score.precision(),
        score.recall(),
        score.f1()
    )?;
    if show_errors {
        for line in &conflicts.errors {
            writeln!(out, "{line}")?;
        }
        let found = flagged.errors.iter().filter(|e| !e.starts_with("MISSED"));
        for line in found.filter(|e| !e.starts_with("SPURIOUS")) {
            writeln!(out, "FLAGGED {line}")?;
        }
    }
    let of_found = |n: usize| n as f64 / score.found.max(1) as f64;
    writeln!(
        out,
        "of the {} found: time {:.3}, place {:.3}, modality {:.3}, attribution {:.3}",
        score.found,
        of_found(score.when),
        of_found(score.place),
        of_found(score.modality),
        of_found(score.attribution)
    )?;
    writeln!(
        out,
        "of the {} found with sides or mediators annotated: the same sides {:.3}",
        score.sides_annotated,
        score.sides as f64 / score.sides_annotated.max(1) as f64
    )?;
    writeln!(
        out,
        "conflicts: gold {}, system {}; precision {:.3}, recall {:.3}; status right for {} of {} found",
        conflicts.gold,
        conflicts.system,
        conflicts.precision(),
        conflicts.recall(),
        conflicts.status,
        conflicts.found
    )?;
    writeln!(
        out,
        "non-conflicts: {} annotated, {} flagged",
        flagged.gold, flagged.found
    )
}

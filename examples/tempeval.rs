//! TempEval-3 Task A evaluation: tags each TimeML file given only its DCT and tag-free text,
//! and scores the result against the file's own TIMEX3 the way the official toolkit does.
//!
//! ```text
//! cargo run --release --example tempeval -- ../shared/data/te3/tbaq/TimeBank ../shared/data/te3/tbaq/AQUAINT
//! cargo run --release --example tempeval -- DIR --errors      # misses and wrong values too
//! cargo run --release --example tempeval -- DIR --write OUT   # system TimeML for te3score.py
//! ```

use chronicle::tempeval::{Counts, Evaluated, evaluate};
use chronicle::{Document, TagOptions, render};
use clap::Parser;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(about = "Scores chronicle on TempEval-3 TimeML files")]
struct Args {
    /// Directories of gold .tml files; each is scored on its own.
    dirs: Vec<PathBuf>,
    /// Also list every missed, spurious and wrongly valued expression.
    #[arg(long)]
    errors: bool,
    /// Write the system TimeML of each file into this directory (one subdirectory per input).
    #[arg(long)]
    write: Option<PathBuf>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args, &mut std::io::stdout().lock()) {
        Ok(false) => ExitCode::SUCCESS,
        // A reader that stops early ("| head") has all it wanted.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
        Ok(true) => ExitCode::FAILURE,
    }
}

/// Scores each directory and prints what `args` asks for; true when some file failed.
fn run(args: &Args, out: &mut impl Write) -> std::io::Result<bool> {
    let mut failed = false;
    for dir in &args.dirs {
        let (documents, errors) = chronicle::load_all(&[dir]);
        for error in &errors {
            eprintln!("error: {error}");
            failed = true;
        }
        let mut total = Counts::default();
        for document in &documents {
            let evaluated = evaluate(document, &TagOptions::default());
            total += evaluated.comparison.counts;
            if args.errors {
                print_errors(out, document, &evaluated)?;
            }
            if let Some(target) = &args.write {
                if let Err(error) = write_system(target, dir, document) {
                    eprintln!("error: {error}");
                    failed = true;
                }
            }
        }
        writeln!(
            out,
            "{}: {} files; timexes: gold {}, system {}",
            dir.display(),
            documents.len(),
            total.gold,
            total.system
        )?;
        writeln!(out, "{}\n", total.scores())?;
    }
    Ok(failed)
}

fn write_system(out: &Path, dir: &Path, document: &Document) -> std::io::Result<()> {
    let target = out.join(dir.file_name().unwrap_or_default());
    std::fs::create_dir_all(&target)?;
    // Never write system files over the gold ones.
    if std::fs::canonicalize(&target)? == std::fs::canonicalize(dir)? {
        return Err(std::io::Error::other(format!(
            "{} would overwrite the gold files",
            target.display()
        )));
    }
    let name = document
        .path()
        .and_then(Path::file_name)
        .map_or_else(|| PathBuf::from(document.id().as_str()), PathBuf::from);
    let tagging = chronicle::tag(document);
    std::fs::write(
        target.join(name),
        render::timeml(document, &tagging.timexes),
    )
}

fn print_errors(
    out: &mut impl Write,
    document: &Document,
    evaluated: &Evaluated,
) -> std::io::Result<()> {
    let chars: Vec<char> = evaluated.text.chars().collect();
    let context = |start: usize, end: usize| {
        let before: String = chars[start.saturating_sub(40)..start].iter().collect();
        let inside: String = chars[start..end].iter().collect();
        let after: String = chars[end..(end + 30).min(chars.len())].iter().collect();
        format!("{before}[{inside}]{after}").replace('\n', " ")
    };
    let id = document.id();
    let comparison = &evaluated.comparison;
    for &g in &comparison.missed {
        let gold = &evaluated.gold[g];
        writeln!(
            out,
            "MISS {id} {} {} | {}",
            gold.kind,
            gold.value,
            context(gold.start, gold.end)
        )?;
    }
    for &s in &comparison.spurious {
        let system = &evaluated.system[s];
        writeln!(
            out,
            "SPUR {id} {} {} | {}",
            system.kind,
            system.value,
            context(system.start, system.end)
        )?;
    }
    for &(g, s, _) in &comparison.pairs {
        let (gold, system) = (&evaluated.gold[g], &evaluated.system[s]);
        if gold.value != system.value || gold.kind != system.kind {
            let text: String = chars[system.start..system.end].iter().collect();
            writeln!(
                out,
                "VALUE {id} gold {} {} system {} {} ({text}) | {}",
                gold.kind,
                gold.value,
                system.kind,
                system.value,
                context(gold.start, gold.end)
            )?;
        }
    }
    Ok(())
}

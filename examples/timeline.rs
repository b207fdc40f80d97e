//! `timeline`: reads reports and prints what chronicle makes of them.
//!
//! ```text
//! cargo run --example timeline                      # the bundled corpus, as Markdown
//! cargo run --example timeline -- reports/ --format json -o timeline.json
//! cargo run --example timeline -- a.tml b.tml --format timeml -o out/
//! ```

use chronicle::{Document, ExtractOptions, Limits, Metadata, Published, TagOptions, render};
use clap::{Parser, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(about = "Reconstructs a timeline from news reports")]
struct Args {
    /// Report files or directories (their .txt and .tml files); the bundled corpus by default.
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Markdown)]
    format: Format,
    /// The date to anchor reports that have no publication date (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    reference_date: Option<chrono::NaiveDate>,
    /// Where to write: a file, or for `--format timeml` a directory. Standard output by default.
    #[arg(short, long)]
    output: Option<PathBuf>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Markdown,
    Json,
    Timeml,
    Dot,
    Timelinejs,
}

fn parse_date(text: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|e| format!("{text:?} is not YYYY-MM-DD: {e}"))
}

fn main() -> ExitCode {
    let args = Args::parse();
    let paths = if args.paths.is_empty() {
        vec![bundled_corpus()]
    } else {
        args.paths.clone()
    };
    let options = TagOptions {
        reference_date: args.reference_date,
        ..TagOptions::default()
    };
    let (written, errors) = match args.format {
        Format::Timeml => {
            let (documents, errors) = chronicle::load_all(&paths);
            let written = write_timeml(&documents, &options, args.output.as_deref());
            (written, errors)
        }
        Format::Json | Format::Markdown | Format::Dot | Format::Timelinejs => {
            let (timeline, errors) = read_with_progress(&paths, &options);
            let written = match args.format {
                // Streamed: the JSON of a large batch is many times the size of its reports.
                Format::Json => write_json(&timeline, args.output.as_deref()),
                Format::Dot => write_text(&render::dot(&timeline), args.output.as_deref()),
                Format::Timelinejs => {
                    write_text(&render::timelinejs(&timeline), args.output.as_deref())
                }
                _ => write_text(&render::markdown(&timeline), args.output.as_deref()),
            };
            (written, errors)
        }
    };
    for error in &errors {
        eprintln!("error: {error}");
    }
    match written {
        // A reader that stops early ("| head") has all it wanted.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(error) => {
            let target = args.output.as_deref().map_or_else(
                || "standard output".to_string(),
                |p| p.display().to_string(),
            );
            eprintln!("error: writing {target}: {error}");
            return ExitCode::FAILURE;
        }
        Ok(()) => {}
    }
    if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Reads the reports a chunk at a time, their text dropped once extracted, with a progress bar
/// on stderr when it is a terminal (none in a pipe or a log).
fn read_with_progress(
    paths: &[PathBuf],
    options: &TagOptions,
) -> (chronicle::Timeline, Vec<chronicle::Error>) {
    let bar = if std::io::stderr().is_terminal() {
        ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr())
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} reports, {msg} [{elapsed}]")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let extract = ExtractOptions {
        tag: *options,
        ..ExtractOptions::default()
    };
    let read = chronicle::reconstruct_files(paths, &extract, &Limits::default(), |progress| {
        bar.set_length(progress.total as u64);
        bar.set_position(progress.reports as u64);
        bar.set_message(format!("{:.1} MB", progress.bytes as f64 / 1e6));
    });
    bar.finish_and_clear();
    read
}

/// The corpus shipped in the repository, shown relative to the working directory when possible.
fn bundled_corpus() -> PathBuf {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    std::env::current_dir()
        .ok()
        .and_then(|cwd| corpus.strip_prefix(cwd).ok().map(Path::to_path_buf))
        .unwrap_or(corpus)
}

fn write_text(text: &str, output: Option<&Path>) -> std::io::Result<()> {
    match output {
        Some(path) => std::fs::write(path, text),
        None => std::io::stdout().lock().write_all(text.as_bytes()),
    }
}

fn write_json(timeline: &chronicle::Timeline, output: Option<&Path>) -> std::io::Result<()> {
    let mut writer: std::io::BufWriter<Box<dyn Write>> = match output {
        Some(path) => std::io::BufWriter::new(Box::new(std::fs::File::create(path)?)),
        None => std::io::BufWriter::new(Box::new(std::io::stdout().lock())),
    };
    render::write_json(timeline, &mut writer)?;
    // Flushed here rather than on drop, where an error would go unseen.
    writer.flush()
}

/// One `.tml` per report, under the report's file name, in the output directory.
fn write_timeml(
    documents: &[Document],
    options: &TagOptions,
    output: Option<&Path>,
) -> std::io::Result<()> {
    let Some(dir) = output else {
        for document in documents {
            let tagging = chronicle::tag_with(document, options);
            write_text(
                &render::timeml(&with_reference(document, options), &tagging.timexes),
                None,
            )?;
        }
        return Ok(());
    };
    std::fs::create_dir_all(dir)?;
    for document in documents {
        let tagging = chronicle::tag_with(document, options);
        let name = document
            .path()
            .and_then(Path::file_name)
            .map_or_else(|| PathBuf::from(document.id().as_str()), PathBuf::from)
            .with_extension("tml");
        std::fs::write(
            dir.join(name),
            render::timeml(&with_reference(document, options), &tagging.timexes),
        )?;
    }
    Ok(())
}

/// A report without a date is written with the reference date as its DCT, the date it was
/// anchored to.
fn with_reference(document: &Document, options: &TagOptions) -> Document {
    let mut document = document.clone();
    if document.published().is_none() {
        if let Some(date) = options.reference_date {
            let metadata = Metadata {
                published: Some(Published::date(date)),
                ..document.metadata().clone()
            };
            document.set_metadata(metadata);
        }
    }
    document
}

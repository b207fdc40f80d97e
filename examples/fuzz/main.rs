//! `fuzz`: the fuzz targets on stable Rust, driven by inputs that `arbitrary` builds from a
//! seeded pseudo-random stream and the seed corpus, in a bounded loop.
//!
//! ```text
//! cargo run --release --example fuzz -- --target tagger --iterations 100000
//! cargo run --release --example fuzz -- --target all --iterations 20000 --seed 7
//! cargo run --release --example fuzz -- --target timeml --replay finding.bin
//! ```
//!
//! A failed check or a panic is a finding: its input is written to `target/fuzz-findings/`
//! and the run stops with a non-zero status. With nightly and `cargo fuzz`, the same targets
//! run coverage-guided from `fuzz/` (see the README).

mod targets;

use arbitrary::{Arbitrary, Unstructured};
use clap::Parser;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

#[derive(Parser)]
#[command(about = "Runs chronicle's fuzz targets on generated inputs")]
struct Args {
    /// A target (load, timeml, tagger, extract, pipeline) or `all`.
    #[arg(long, default_value = "all")]
    target: String,
    /// Inputs per target.
    #[arg(long, default_value_t = 10_000)]
    iterations: u64,
    /// Seed of the pseudo-random stream; the same seed gives the same inputs.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The largest input generated, in bytes.
    #[arg(long, default_value_t = 4096)]
    max_len: usize,
    /// Runs the target once on this file instead of generating inputs.
    #[arg(long)]
    replay: Option<PathBuf>,
}

/// Words and markup the reports are made of, so that inputs reach deep into the parsers
/// rather than stopping at the first byte.
const VOCABULARY: &[&str] = &[
    "October",
    "Oct.",
    "May",
    "may",
    "march",
    "9",
    "19",
    "25",
    "2025",
    "2021",
    "1990s",
    "'80s",
    "-",
    "\u{2010}",
    "\u{2013}",
    "day",
    "days",
    "week",
    "month",
    "year",
    "quarter",
    "decade",
    "week-long",
    "48-hour",
    "three-day",
    "last",
    "next",
    "this",
    "the",
    "of",
    "on",
    "in",
    "and",
    "or",
    "to",
    "Tuesday",
    "Friday",
    "Sunday",
    "night",
    "morning",
    "late",
    "early",
    "mid-",
    "ago",
    "later",
    "earlier",
    "previous",
    "following",
    "more than",
    "about",
    "nearly",
    "a",
    "third",
    "first",
    "p.m.",
    "a.m.",
    "5.30",
    "1:00",
    "PM",
    "GMT",
    "PKT",
    "(Kabul time)",
    "every",
    "today",
    "yesterday",
    "now",
    "recently",
    "noon",
    "twenty-four",
    "hundred",
    "thousand",
    "2 1/2",
    "12:",
    "0",
    ",",
    ".",
    "!",
    "?",
    ";",
    ":",
    "\"",
    "'",
    "\u{2019}",
    "(",
    ")",
    "$",
    "%",
    "#",
    "U.S.",
    "Gen.",
    "Pakistan",
    "Afghanistan",
    "Kabul",
    "Islamabad",
    "Taliban",
    "army",
    "said",
    "told",
    "according to",
    "officials",
    "attack",
    "attacks",
    "airstrike",
    "airstrikes",
    "shelling",
    "clashes",
    "ceasefire",
    "truce",
    "talks",
    "round",
    "agreement",
    "agreed",
    "killed",
    "wounded",
    "at least",
    "soldiers",
    "civilians",
    "border",
    "closed",
    "reopened",
    "will",
    "would",
    "threatened",
    "denied",
    "no",
    "not",
    "after",
    "before",
    "prompting",
    "in response to",
    "since",
    "until",
    "during",
    "\u{e9}",
    "\u{65e5}\u{672c}",
    "\u{3041}\u{3041}\u{3041}\u{3041}\u{3041}\u{3041}\u{3041}\u{3041}\u{3041}\u{3041}\u{3041}",
    "\u{a0}",
    "&",
    "&amp;",
    "&#233;",
    "&#x41;",
    "&bogus;",
    "<",
    ">",
    "<TEXT>",
    "</TEXT>",
    "<TimeML>",
    "</TimeML>",
    "<DCT>",
    "</DCT>",
    "<DOCID>",
    "</DOCID>",
    "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-10-09\">",
    "</TIMEX3>",
    "<TIMEX3 tid=\"t0\" value=\"2025-10-30\" functionInDocument=\"CREATION_TIME\"/>",
    "<EVENT eid=\"e1\">",
    "</EVENT>",
    "<br/>",
    "<!--",
    "-->",
    "<?xml version=\"1.0\"?>",
    "<![CDATA[",
    "]]>",
    "---\n",
    "title: Talks\n",
    "published: 2025-10-30\n",
    "published: 2025-10-30T14:05:00+05:00\n",
    "source: Frontier Wire\n",
    "\u{feff}",
];

const SEPARATORS: &[&str] = &[
    " ", " ", " ", "\n", "\n\n", ", ", ". ", "-", "\t", "\r\n", "",
];

/// One piece of a generated input.
#[derive(Arbitrary, Debug)]
enum Piece {
    Word(u16),
    Separator(u8),
    Seed {
        which: u16,
        start: u16,
        len: u16,
    },
    Text(String),
    Bytes(Vec<u8>),
    Repeat {
        word: u16,
        separator: u8,
        times: u16,
    },
}

/// A frame most inputs of a target get, so that they pass its first checks: a TimeML
/// skeleton, or front matter.
fn frame(target: &str) -> (&'static str, &'static str) {
    match target {
        "timeml" => (
            "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>F1</DOCID>\n<DCT><TIMEX3 tid=\"t0\" \
             type=\"DATE\" value=\"2025-10-30\" functionInDocument=\"CREATION_TIME\">\
             2025-10-30</TIMEX3></DCT>\n<TEXT>",
            "</TEXT>\n</TimeML>\n",
        ),
        "load" => ("---\ntitle: Talks\npublished: 2025-10-30\n---\n", ""),
        _ => ("", ""),
    }
}

fn generate(u: &mut Unstructured<'_>, target: &str, seeds: &[Vec<u8>], max_len: usize) -> Vec<u8> {
    let (open, close) = frame(target);
    let framed = u.ratio(3, 4).unwrap_or(false);
    let mut out = Vec::new();
    if framed {
        out.extend_from_slice(open.as_bytes());
    }
    while out.len() < max_len && !u.is_empty() {
        let Ok(piece) = Piece::arbitrary(u) else {
            break;
        };
        let pick = |i: u16, len: usize| usize::from(i) % len;
        match piece {
            Piece::Word(i) => {
                out.extend_from_slice(VOCABULARY[pick(i, VOCABULARY.len())].as_bytes())
            }
            Piece::Separator(i) => {
                out.extend_from_slice(SEPARATORS[usize::from(i) % SEPARATORS.len()].as_bytes())
            }
            Piece::Seed { which, start, len } if !seeds.is_empty() => {
                let seed = &seeds[pick(which, seeds.len())];
                let start = usize::from(start) % (seed.len() + 1);
                let end = (start + usize::from(len)).min(seed.len());
                out.extend_from_slice(&seed[start..end]);
            }
            Piece::Seed { .. } => {}
            Piece::Text(text) => out.extend_from_slice(text.as_bytes()),
            Piece::Bytes(bytes) => out.extend_from_slice(&bytes),
            Piece::Repeat {
                word,
                separator,
                times,
            } => {
                let word = VOCABULARY[pick(word, VOCABULARY.len())];
                let separator = SEPARATORS[usize::from(separator) % SEPARATORS.len()];
                for _ in 0..times % 512 {
                    out.extend_from_slice(word.as_bytes());
                    out.extend_from_slice(separator.as_bytes());
                }
            }
        }
    }
    out.truncate(max_len);
    if framed {
        out.extend_from_slice(close.as_bytes());
    }
    out
}

/// SplitMix64: a few lines, and the same stream on every machine.
struct Stream(u64);

impl Stream {
    fn fill(&mut self, buffer: &mut [u8]) {
        for chunk in buffer.chunks_mut(8) {
            self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^= z >> 31;
            chunk.copy_from_slice(&z.to_le_bytes()[..chunk.len()]);
        }
    }
}

fn seeds() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/fuzz/seeds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    files
        .iter()
        .filter_map(|path| std::fs::read(path).ok())
        .collect()
}

fn main() -> ExitCode {
    let args = Args::parse();
    let names: Vec<&str> = if args.target == "all" {
        targets::TARGETS.to_vec()
    } else if targets::TARGETS.contains(&args.target.as_str()) {
        vec![args.target.as_str()]
    } else {
        eprintln!(
            "error: unknown target {:?}; one of {:?} or all",
            args.target,
            targets::TARGETS
        );
        return ExitCode::FAILURE;
    };
    if let Some(path) = &args.replay {
        let data = match std::fs::read(path) {
            Ok(data) => data,
            Err(error) => {
                eprintln!("error: {}: {error}", path.display());
                return ExitCode::FAILURE;
            }
        };
        for name in names {
            targets::run(name, &data);
            println!("{name}: {} bytes, no finding", data.len());
        }
        return ExitCode::SUCCESS;
    }
    let seeds = seeds();
    for name in names {
        if !fuzz(name, &args, &seeds) {
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

/// Runs one target; false after a finding.
fn fuzz(name: &str, args: &Args, seeds: &[Vec<u8>]) -> bool {
    let mut stream = Stream(
        args.seed
            ^ name
                .bytes()
                .fold(0u64, |h, b| h.wrapping_mul(31).wrapping_add(u64::from(b))),
    );
    let mut entropy = vec![0u8; 4096];
    let started = Instant::now();
    // The slowest input is kept to be replayed (`--replay`), as time is what a finding of
    // super-linear work shows.
    let mut slowest = (Duration::ZERO, Vec::new());
    for iteration in 0..args.iterations {
        stream.fill(&mut entropy);
        let data = generate(&mut Unstructured::new(&entropy), name, seeds, args.max_len);
        let began = Instant::now();
        let outcome = std::panic::catch_unwind(|| targets::run(name, &data));
        let took = began.elapsed();
        if took > slowest.0 {
            slowest = (took, data.clone());
        }
        if outcome.is_err() {
            let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-findings");
            let path = dir.join(format!("{name}-{}-{iteration}.bin", args.seed));
            let saved = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, &data));
            match saved {
                Ok(()) => eprintln!("finding: {name}, iteration {iteration}: {}", path.display()),
                Err(error) => {
                    eprintln!("finding: {name}, iteration {iteration}: {error}: {data:?}")
                }
            }
            return false;
        }
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-findings");
    let path = dir.join(format!("{name}-{}-slowest.bin", args.seed));
    let kept = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, &slowest.1));
    println!(
        "{name}: {} inputs in {:.1?}, no finding; slowest {:.1?} ({} bytes{})",
        args.iterations,
        started.elapsed(),
        slowest.0,
        slowest.1.len(),
        match kept {
            Ok(()) => format!(", kept in {}", path.display()),
            Err(error) => format!(", not kept: {error}"),
        }
    );
    true
}

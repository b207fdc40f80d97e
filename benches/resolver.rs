//! Resolver scaling on synthetic reports. Each report tells a few events (kinds, places and
//! days drawn from a fixed-seed generator), and about a third of the events are told again by
//! another report, so merging has work to do. Prints the number of candidate comparisons
//! beside criterion's timings.
//!
//! Two shapes: `resolve` packs 1k to 100k events into one year, so that the same kind, place
//! and day recur ever more often as the count grows (the densest case: at 100k, events of
//! seven reports each); `resolve_steady` spreads 10k to 1M events over as many days as a
//! steady stream of 20 new events a day needs, the shape of a long-running feed.

use chronicle::{
    Bound, DocumentId, EventKind, Extraction, Mention, Modality, Place, ResolveOptions, Span,
    Tagging, TimeSource, When, resolve,
};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

const PLACES: &[&str] = &[
    "Kabul",
    "Doha",
    "Istanbul",
    "Kurram",
    "Chaman",
    "Torkham",
    "Surin",
    "Putrajaya",
];
const KINDS: &[EventKind] = &[
    EventKind::Airstrike,
    EventKind::ArmedClash,
    EventKind::Talks,
    EventKind::Ceasefire,
    EventKind::Explosion,
];

/// xorshift: small, fast, reproducible.
fn next(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

fn mention(document: &DocumentId, at: usize, kind: EventKind, place: &str, day: i64) -> Mention {
    let date = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap() + chrono::Duration::days(day);
    Mention {
        document: document.clone(),
        span: Span::new(at * 10, at * 10 + 5),
        text: kind.as_str().to_string(),
        sentence: Span::new(at * 10, at * 10 + 9),
        kind,
        phase: (kind == EventKind::Ceasefire).then_some(chronicle::Phase::Declared),
        when: When {
            earliest: Some(Bound::Day(date)),
            latest: Some(Bound::Day(date)),
            source: TimeSource::Clause,
            timex: None,
        },
        place: Some(Place {
            name: place.to_string(),
            span: Span::new(at * 10 + 6, at * 10 + 9),
        }),
        participants: Vec::new(),
        attribution: None,
        modality: Modality::Happened,
        round: None,
        duration: None,
        duration_span: None,
        count: None,
        requested_by: None,
        direct: None,
        outcome: None,
        breach: None,
    }
}

/// Reports of five events each, `events` in all, on `days` days.
fn reports(events: usize, days: u64) -> Vec<Extraction> {
    let mut state = 0x9e37_79b9_7f4a_7c15;
    let mut told: Vec<(EventKind, &str, i64)> = Vec::new();
    let mut reports = Vec::new();
    for r in 0..events.div_ceil(5) {
        let document = DocumentId::new(format!("r{r:06}"));
        let mut mentions = Vec::new();
        for at in 0..5 {
            let again = !told.is_empty() && next(&mut state) % 3 == 0;
            let (kind, place, day) = if again {
                told[(next(&mut state) % told.len() as u64) as usize]
            } else {
                let kind = KINDS[(next(&mut state) % KINDS.len() as u64) as usize];
                let place = PLACES[(next(&mut state) % PLACES.len() as u64) as usize];
                let fresh = (kind, place, (next(&mut state) % days) as i64);
                told.push(fresh);
                fresh
            };
            mentions.push(mention(&document, at, kind, place, day));
        }
        reports.push(Extraction {
            document,
            outlet: None,
            published: None,
            tagging: Tagging::default(),
            mentions,
            relations: Vec::new(),
            furniture: Vec::new(),
        });
    }
    reports
}

fn scaling(c: &mut Criterion) {
    run(c, "resolve", &[1_000, 10_000, 100_000], |_| 365);
    run(
        c,
        "resolve_steady",
        &[10_000, 100_000, 1_000_000],
        |events| (events as u64 / 20).max(365),
    );
}

fn run(c: &mut Criterion, name: &str, sizes: &[usize], days: impl Fn(usize) -> u64) {
    let mut group = c.benchmark_group(name);
    group.sample_size(10);
    for &events in sizes {
        let input = reports(events, days(events));
        let resolution = resolve(&input, &ResolveOptions::default());
        eprintln!(
            "{name}/{events}: {} comparisons ({:.1} per event), {} merged events, {} conflicts",
            resolution.comparisons,
            resolution.comparisons as f64 / events as f64,
            resolution.events.len(),
            resolution.conflicts.len()
        );
        group.throughput(Throughput::Elements(events as u64));
        group.bench_with_input(BenchmarkId::from_parameter(events), &input, |b, input| {
            b.iter(|| {
                resolve(black_box(input), &ResolveOptions::default())
                    .events
                    .len()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, scaling);
criterion_main!(benches);

//! End to end (load excluded: extraction, merging, ordering, conflicts) on one and on two
//! cores, in MB/s of report text.
//!
//! The input is the bundled corpus told again eight times, each retelling published a year
//! after the one before, so that relative dates land in other years and the copies are mostly
//! other events rather than one cluster of eight.

use chronicle::{Document, Metadata, Published, reconstruct};
use chrono::Months;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::Path;

const RETELLINGS: u32 = 8;

fn retold() -> Vec<Document> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let (documents, errors) = chronicle::load_all(&[dir]);
    assert!(errors.is_empty(), "{errors:?}");
    (0..RETELLINGS)
        .flat_map(|copy| {
            documents.iter().map(move |document| {
                let published = document.published().map(|p| Published {
                    date: p.date + Months::new(12 * copy),
                    ..p
                });
                let metadata = Metadata {
                    published,
                    ..document.metadata().clone()
                };
                Document::from_text(
                    format!("{}-{copy}", document.id().as_str()),
                    document.text(),
                    metadata,
                )
            })
        })
        .collect()
}

fn pipeline(c: &mut Criterion) {
    let documents = retold();
    let bytes: usize = documents.iter().map(|d| d.text().len()).sum();
    let mut group = c.benchmark_group("pipeline");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("a thread pool");
        group.bench_with_input(
            BenchmarkId::new("cores", threads),
            &documents,
            |b, documents| {
                b.iter(|| pool.install(|| reconstruct(black_box(documents)).events.len()))
            },
        );
    }
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);

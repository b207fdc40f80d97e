//! Event extraction throughput (tagging included) on the bundled corpus, in MB/s.

use chronicle::{Document, extract};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::Path;

fn extraction(c: &mut Criterion) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let (documents, errors): (Vec<Document>, _) = chronicle::load_all(&[dir]);
    assert!(errors.is_empty(), "{errors:?}");
    let bytes: usize = documents.iter().map(|d| d.text().len()).sum();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("corpus", |b| {
        b.iter(|| {
            documents
                .iter()
                .map(|d| extract(black_box(d)).mentions.len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, extraction);
criterion_main!(benches);

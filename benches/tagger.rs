//! Tagger throughput on news text: the TBAQ articles when `../shared` is present (the
//! realistic case), else the bundled corpus. `cargo bench` reports MB/s.

use chronicle::{Document, tag};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::Path;

fn documents() -> (String, Vec<Document>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tbaq = root.join("../shared/data/te3/tbaq");
    let (name, dirs) = if tbaq.is_dir() {
        ("tbaq", vec![tbaq.join("TimeBank"), tbaq.join("AQUAINT")])
    } else {
        ("corpus", vec![root.join("corpus")])
    };
    let (documents, errors) = chronicle::load_all(&dirs);
    assert!(errors.is_empty(), "{errors:?}");
    (name.to_string(), documents)
}

fn tagger(c: &mut Criterion) {
    let (name, documents) = documents();
    let bytes: usize = documents.iter().map(|d| d.text().len()).sum();
    let mut group = c.benchmark_group("tagger");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(format!("tag/{name}"), |b| {
        b.iter(|| {
            documents
                .iter()
                .map(|d| tag(black_box(d)).timexes.len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, tagger);
criterion_main!(benches);

//! The fuzz targets, shared by `cargo run --example fuzz` (stable) and `cargo fuzz` (nightly,
//! `fuzz/`): each takes bytes, runs one boundary of the library on them and checks what must
//! hold whatever the input. A failed check panics, which both drivers report as a finding.

use chronicle::{
    Document, ErrorKind, Metadata, Position, Published, Timeline, extract, reconstruct, render, tag,
};

/// The boundaries fuzzed, by name.
pub const TARGETS: &[&str] = &["load", "timeml", "tagger", "extract", "pipeline"];

/// Runs `target` on `data`.
pub fn run(target: &str, data: &[u8]) {
    match target {
        "load" => load(data),
        "timeml" => timeml(data),
        "tagger" => tagger(data),
        "extract" => extraction(data),
        "pipeline" => pipeline(data),
        _ => panic!("unknown target {target:?}; one of {TARGETS:?}"),
    }
}

/// Report loading from bytes: a document or an error that says where.
fn load(data: &[u8]) {
    match Document::from_bytes("fuzz", data.to_vec()) {
        Ok(document) => check_document(&document),
        Err(error) => match std::str::from_utf8(data) {
            Err(utf8) => {
                assert_eq!(error.kind(), ErrorKind::Encoding);
                assert_eq!(error.position(), Some(Position::Byte(utf8.valid_up_to())));
            }
            Ok(_) => assert_eq!(error.kind(), ErrorKind::FrontMatter, "{error}"),
        },
    }
}

/// TimeML: a document whose text maps back into the file, or an error inside the file.
fn timeml(data: &[u8]) {
    match Document::timeml_from_bytes("fuzz", data.to_vec()) {
        Ok(document) => {
            check_document(&document);
            let written = render::timeml(&document, &tag(&document).timexes);
            let reread = Document::parse_timeml("fuzz", written).expect("output reads back");
            assert_eq!(reread.text(), document.text());
        }
        Err(error) => {
            assert!(
                matches!(
                    error.kind(),
                    ErrorKind::Encoding | ErrorKind::TimeMl | ErrorKind::Limit
                ),
                "{error}"
            );
            if let Some(Position::Byte(offset)) = error.position() {
                assert!(offset <= data.len(), "{error} lies past the end");
            }
        }
    }
}

/// The tagger on text as given, dated and undated.
fn tagger(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    for published in [Published::parse("2025-10-30"), None] {
        let metadata = Metadata {
            published,
            ..Metadata::default()
        };
        check_document(&Document::from_text("fuzz", text.as_ref(), metadata));
    }
}

/// Event extraction: every span on the text, every mention inside its sentence.
fn extraction(data: &[u8]) {
    let document = dated(data);
    let found = extract(&document);
    let source = document.source();
    for mention in &found.mentions {
        let spans = [mention.span, mention.sentence]
            .into_iter()
            .chain(mention.participants.iter().map(|p| p.span))
            .chain(mention.place.iter().map(|p| p.span))
            .chain(mention.attribution.iter().map(|a| a.span))
            .chain(mention.count.iter().map(|c| c.span))
            .chain(mention.duration_span);
        for span in spans {
            assert_on_text(source, span.start, span.end);
        }
        assert!(
            mention.sentence.start <= mention.span.start
                && mention.span.end <= mention.sentence.end,
            "{mention:?} outside its sentence"
        );
        assert_eq!(document.slice(mention.span), mention.text);
    }
    for relation in &found.relations {
        assert!(relation.from < found.mentions.len() && relation.to < found.mentions.len());
    }
}

/// The whole pipeline over up to three reports split at NUL bytes: the same timeline
/// whatever their order, and merging per-shard timelines gives the whole one.
fn pipeline(data: &[u8]) {
    let documents: Vec<Document> = data
        .split(|&b| b == 0)
        .take(3)
        .enumerate()
        .map(|(index, part)| {
            let metadata = Metadata {
                published: Published::parse(&format!("2025-10-{}", 28 + index)),
                source: Some(format!("Outlet {index}")),
                ..Metadata::default()
            };
            Document::from_text(format!("r{index}"), String::from_utf8_lossy(part), metadata)
        })
        .collect();
    let whole = reconstruct(&documents);
    let mut reversed = documents.clone();
    reversed.reverse();
    assert_eq!(reconstruct(&reversed), whole, "order changes the timeline");
    let (first, rest) = documents.split_at(1);
    let merged: Timeline = reconstruct(first).merge(&reconstruct(rest));
    assert_eq!(merged, whole, "merging shards differs from the whole");
    let known = |id: chronicle::EventId| (id.0 as usize) < whole.events.len();
    assert!(
        whole.order.iter().all(|&id| known(id)),
        "order names no event"
    );
    assert!(
        whole.relations.iter().all(|e| known(e.from) && known(e.to)),
        "a relation names no event"
    );
    let _ = (
        render::json(&whole),
        render::markdown(&whole),
        render::timelinejs(&whole),
        render::dot(&whole),
    );
}

fn dated(data: &[u8]) -> Document {
    let metadata = Metadata {
        published: Published::parse("2025-10-30"),
        ..Metadata::default()
    };
    Document::from_text("fuzz", String::from_utf8_lossy(data), metadata)
}

fn assert_on_text(source: &str, start: usize, end: usize) {
    assert!(
        start <= end && end <= source.len(),
        "{start}..{end} outside the text"
    );
    assert!(
        source.is_char_boundary(start) && source.is_char_boundary(end),
        "{start}..{end} splits a character"
    );
}

/// What holds for any document: its text maps into the file, and the tagger's expressions
/// lie on the text, in order, without overlaps, each with a well-ordered interval.
fn check_document(document: &Document) {
    let source = document.source();
    let whole = document.source_span(0..document.text().len());
    assert_on_text(source, whole.start, whole.end);
    let tagging = tag(document);
    let mut previous_end = 0;
    for timex in &tagging.timexes {
        let span = timex.span;
        assert_on_text(source, span.start, span.end);
        assert!(span.start < span.end, "empty expression {timex:?}");
        assert!(span.start >= previous_end, "expressions overlap: {timex:?}");
        previous_end = span.end;
        if !document.is_timeml() {
            assert_eq!(document.slice(span), timex.text);
        }
        if let (Some(earliest), Some(latest)) = (timex.earliest, timex.latest) {
            assert!(
                earliest.date() <= latest.date(),
                "{timex:?} ends before it starts"
            );
        }
    }
    for diagnostic in &tagging.diagnostics {
        assert_on_text(source, diagnostic.span.start, diagnostic.span.end);
    }
}

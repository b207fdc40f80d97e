//! Properties over arbitrary input: no panics, spans that always point at their text.

use chronicle::{Document, render, tag};
use proptest::prelude::*;

/// Text made of the pieces temporal phrases are built from, in any order, so the parsers are
/// driven deep rather than rejected at the first byte.
fn newsy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "October",
        "Oct.",
        "May",
        "may",
        "9",
        "19",
        "2025",
        "2021",
        "-",
        "\u{2010}",
        "\u{2013}",
        "day",
        "days",
        "week-long",
        "48-hour",
        "last",
        "next",
        "the",
        "of",
        "on",
        "Tuesday",
        "night",
        "late",
        "early",
        "mid-",
        "ago",
        "later",
        "earlier this month",
        "more than",
        "a",
        "year",
        "quarter",
        "third",
        "p.m.",
        "5.30",
        "PM",
        "(Kabul time)",
        "GMT",
        "every",
        "and",
        "1990s",
        "'80s",
        ",",
        ".",
        " ",
        "  ",
        "\n",
        "é",
        "日本",
        "\u{a0}",
        "&",
        "<",
        ">",
        "0",
        "12:",
        "noon",
        "Friday,",
        "twenty-four",
        "hundred",
        "2 1/2",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|pieces| pieces.join(" "))
}

fn check_spans(document: &Document) {
    let tagging = tag(document);
    let source = document.source();
    let mut previous_end = 0;
    for timex in &tagging.timexes {
        let span = timex.span;
        assert!(
            span.start < span.end && span.end <= source.len(),
            "{span:?} outside the text"
        );
        assert!(source.is_char_boundary(span.start) && source.is_char_boundary(span.end));
        assert!(span.start >= previous_end, "timexes overlap");
        assert_eq!(&source[span.start..span.end], timex.text);
        previous_end = span.end;
    }
    for diagnostic in &tagging.diagnostics {
        assert!(
            source.is_char_boundary(diagnostic.span.start)
                && source.is_char_boundary(diagnostic.span.end)
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>(), dated in any::<bool>()) {
        let published = if dated { "---\npublished: 2025-10-30\n---\n" } else { "" };
        if let Ok(document) = Document::parse("p", format!("{published}{text}")) {
            check_spans(&document);
        }
    }

    #[test]
    fn newsy_text_keeps_spans_on_the_text(text in newsy()) {
        let document = Document::parse("p", format!("---\npublished: 2025-10-30\n---\n{text}")).unwrap();
        check_spans(&document);
    }

    #[test]
    fn arbitrary_bytes_are_an_error_or_a_document(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let _ = Document::from_bytes("p", bytes.clone());
        let _ = Document::timeml_from_bytes("p", bytes);
    }

    #[test]
    fn arbitrary_markup_never_panics(text in "[<>/&;#a-zA-Z0-9 =\"']{0,80}") {
        if let Ok(document) = Document::parse_timeml("p", format!("<TimeML><TEXT>{text}</TEXT></TimeML>")) {
            check_spans(&document);
        }
    }

    #[test]
    fn timeml_output_reads_back_to_the_same_text(text in newsy()) {
        let document = Document::parse("p", format!("---\npublished: 2025-10-30\n---\n{text}")).unwrap();
        let written = render::timeml(&document, &tag(&document).timexes);
        let reread = Document::parse_timeml("p", written).unwrap();
        prop_assert_eq!(reread.text(), document.text());
        prop_assert_eq!(reread.marked_timexes().len(), tag(&document).timexes.len());
    }
}

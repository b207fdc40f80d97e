//! Reports in: front matter, TimeML, and every kind of bad input.

use chronicle::{Document, ErrorKind, Position, load_all};
use std::path::PathBuf;

/// A scratch directory of this test's own, emptied first.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("chronicle-it-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir is writable");
    dir
}

#[test]
fn front_matter_and_unknown_keys() {
    let source = "---\ntitle: Talks fail\nsource: Frontier Wire\npublished: 2025-10-30T14:05:00+05:00\nurl: https://example.org/a\ndesk: world\n---\nBody.";
    let document = Document::parse("a", source.to_string()).unwrap();
    let metadata = document.metadata();
    assert_eq!(metadata.title.as_deref(), Some("Talks fail"));
    assert_eq!(metadata.source.as_deref(), Some("Frontier Wire"));
    assert_eq!(
        metadata.published.unwrap().to_string(),
        "2025-10-30T14:05:00+05:00"
    );
    assert_eq!(metadata.extra["desk"], "world");
    assert_eq!(document.text(), "Body.");
}

#[test]
fn id_is_the_file_stem_and_spans_index_the_file() {
    let dir = scratch("stem");
    let path = dir.join("frontier-wire.txt");
    std::fs::write(&path, "---\npublished: 2025-10-30\n---\nOn Tuesday.").unwrap();
    let document = Document::load(&path).unwrap();
    assert_eq!(document.id().as_str(), "frontier-wire");
    let timex = &chronicle::tag(&document).timexes[0];
    assert_eq!(
        &std::fs::read_to_string(&path).unwrap()[timex.span.start..timex.span.end],
        "Tuesday"
    );
}

#[test]
fn invalid_utf8_names_file_and_byte() {
    let dir = scratch("utf8");
    let path = dir.join("bad.txt");
    std::fs::write(&path, b"Talks on Tuesday \xff\xfe failed").unwrap();
    let error = Document::load(&path).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Encoding);
    assert_eq!(error.position(), Some(Position::Byte(17)));
    assert_eq!(error.path(), Some(path.as_path()));
    assert!(
        error
            .to_string()
            .contains("bad.txt: byte 17: invalid UTF-8"),
        "{error}"
    );
}

#[test]
fn malformed_front_matter_names_the_line() {
    let unclosed = Document::parse("a", "---\ntitle: x\nBody".to_string()).unwrap_err();
    assert_eq!(unclosed.kind(), ErrorKind::FrontMatter);
    let bad_date = Document::parse(
        "a",
        "---\ntitle: x\npublished: 30/10/2025\n---\n".to_string(),
    )
    .unwrap_err();
    assert_eq!(bad_date.position(), Some(Position::Line(3)));
    assert!(bad_date.to_string().contains("30/10/2025"), "{bad_date}");
}

#[test]
fn malformed_timeml_names_the_offset() {
    let no_text =
        Document::parse_timeml("a", "<TimeML><DOCID>x</DOCID></TimeML>".to_string()).unwrap_err();
    assert_eq!(no_text.kind(), ErrorKind::TimeMl);
    let unclosed = Document::parse_timeml(
        "a",
        "<TimeML><TEXT>On <TIMEX3 tid='t1'>Friday</TEXT></TimeML>".to_string(),
    )
    .unwrap_err();
    assert_eq!(unclosed.position(), Some(Position::Byte(40)));
    let bad_dct = "<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"soon\" functionInDocument=\"CREATION_TIME\"/></DCT><TEXT>x</TEXT></TimeML>";
    assert!(
        Document::parse_timeml("a", bad_dct.to_string())
            .unwrap_err()
            .to_string()
            .contains("\"soon\"")
    );
}

#[test]
fn timeml_keeps_docid_dct_and_text() {
    let source = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>APW1</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-08-07\" functionInDocument=\"CREATION_TIME\">1998-08-07</TIMEX3></DCT>\n<TEXT>Rain &amp; wind <EVENT eid=\"e1\">hit</EVENT> on Friday.</TEXT>\n</TimeML>\n";
    let document = Document::parse_timeml("apw1", source.to_string()).unwrap();
    assert_eq!(document.text(), "Rain & wind hit on Friday.");
    assert_eq!(document.metadata().extra["docid"], "APW1");
    assert_eq!(chronicle::tag(&document).timexes[0].value, "1998-08-07");
}

#[test]
fn one_bad_file_does_not_lose_the_others() {
    let dir = scratch("batch");
    std::fs::write(
        dir.join("a.txt"),
        "---\npublished: 2025-10-30\n---\nOn Tuesday.",
    )
    .unwrap();
    std::fs::write(dir.join("b.txt"), b"\xff").unwrap();
    std::fs::write(dir.join("c.tml"), "<TimeML><TEXT>x</TEXT>").unwrap();
    std::fs::write(dir.join("notes.md"), "not a report").unwrap();
    let (documents, errors) = load_all(&[dir.clone(), dir.join("missing.txt")]);
    let ids: Vec<&str> = documents.iter().map(|d| d.id().as_str()).collect();
    assert_eq!(ids, ["a"]);
    let kinds: Vec<ErrorKind> = errors.iter().map(|e| e.kind()).collect();
    assert_eq!(
        kinds,
        [ErrorKind::Encoding, ErrorKind::TimeMl, ErrorKind::Io]
    );
}

#[test]
fn timeml_output_gives_back_the_input_text() {
    let source = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>X</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-10-30\" functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT>\n<TEXT>AT&amp;T fell <EVENT eid=\"e1\">on</EVENT> Tuesday &amp; rose on Oct. 29.</TEXT>\n</TimeML>\n";
    let document = Document::parse_timeml("x", source.to_string()).unwrap();
    let tagging = chronicle::tag(&document);
    let written = chronicle::render::timeml(&document, &tagging.timexes);
    assert!(written.contains("<TEXT>AT&amp;T fell on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-10-28\">Tuesday</TIMEX3> &amp; rose on <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2025-10-29\">Oct. 29</TIMEX3>.</TEXT>"), "{written}");
    let reread = Document::parse_timeml("x", written).unwrap();
    assert_eq!(reread.text(), document.text());
    assert_eq!(reread.marked_timexes().len(), 2);
}

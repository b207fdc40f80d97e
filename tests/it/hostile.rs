//! Hostile input: every case gives a clear error or a sane result, without a panic and in time
//! linear in its size. Inputs are sized so that a debug build runs them in seconds; the cases
//! that were super-linear before their fix say so.

use crate::report;
use chronicle::{
    Document, ErrorKind, Limits, Position, TagOptions, extract, load_all, load_all_with,
    reconstruct, render, tag, tag_with,
};
use std::path::PathBuf;

/// A scratch directory of this test's own, emptied first.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("chronicle-hostile-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir is writable");
    dir
}

/// Each expression of a report dated 2025-10-30 as `text = value`.
fn found(text: &str) -> Vec<String> {
    tag(&report(text, "2025-10-30"))
        .timexes
        .iter()
        .map(|t| format!("{} = {}", t.text, t.value))
        .collect()
}

/// SplitMix64, for bytes that are random but the same on every run.
fn random_bytes(len: usize, mut state: u64) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(len + 8);
    while bytes.len() < len {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        bytes.extend_from_slice(&(z ^ (z >> 31)).to_le_bytes());
    }
    bytes.truncate(len);
    bytes
}

#[test]
fn megabytes_of_digits_around_dates() {
    let digits = "7".repeat(1 << 20);
    let text = format!("Talks opened on October 9, 2025. {digits} They ended on October 12.");
    assert_eq!(
        found(&text),
        ["October 9, 2025 = 2025-10-09", "October 12 = 2025-10-12"]
    );
    let extraction = extract(&report(&text, "2025-10-30"));
    let talks: Vec<_> = extraction
        .mentions
        .iter()
        .map(|m| (m.text.as_str(), m.when.earliest.map(|b| b.to_string())))
        .collect();
    assert_eq!(talks, [("Talks", Some("2025-10-09".to_string()))]);
    // Digits one by one: each is a possible day, hour or amount, and none is a date.
    let spaced = "7 ".repeat(32 << 10);
    assert_eq!(
        found(&format!("{spaced}on May 1, 2025")),
        ["May 1, 2025 = 2025-05-01"]
    );
}

#[test]
fn a_million_ands_between_dates() {
    let ands = "and ".repeat(1_000_000);
    assert_eq!(
        found(&format!("May 1 {ands}May 2")),
        ["May 1 = 2025-05-01", "May 2 = 2025-05-02"]
    );
    // A range's second day must follow its first closely ("October 18 and 19").
    assert_eq!(
        found(&format!("October 18 {ands}and 19")),
        ["October 18 = 2025-10-18"]
    );
    assert_eq!(
        found("October 18 and 19"),
        ["October 18 = 2025-10-18", "19 = 2025-10-19"]
    );
}

#[test]
fn may_may_repeated_is_never_a_month_until_one_is() {
    let text = format!("{}in May 2025.", "May may May may ".repeat(10_000));
    assert_eq!(found(&text), ["May 2025 = 2025-05"]);
}

#[test]
fn one_line_of_many_words() {
    let mut text = "the crowd waited by the road ".repeat(20_000);
    text.push_str("until the talks on October 9, 2025 ");
    text.push_str(&"while people watched from far away ".repeat(20_000));
    let document = report(&text, "2025-10-30");
    assert_eq!(found(&text), ["October 9, 2025 = 2025-10-09"]);
    let extraction = extract(&document);
    let talks: Vec<_> = extraction
        .mentions
        .iter()
        .map(|m| (m.text.as_str(), m.when.earliest.map(|b| b.to_string())))
        .collect();
    assert_eq!(talks, [("talks", Some("2025-10-09".to_string()))]);
}

#[test]
fn a_sentence_of_event_words_is_read_in_pieces() {
    // Before sentences were cut at 1,024 bytes, 20 KB of this took ten seconds: the mention
    // reader's work grows with the cube of a sentence's length.
    let words = [
        "the", "attack", "in", "Kabul", "on", "Tuesday", "said", "Pakistan", "army",
    ];
    let text = words.repeat(1_000).join(" ");
    let extraction = extract(&report(&text, "2025-10-30"));
    assert!(
        extraction.mentions.len() > 500,
        "{}",
        extraction.mentions.len()
    );
    for mention in &extraction.mentions {
        assert!(
            mention.sentence.end - mention.sentence.start <= 1024,
            "{mention:?}"
        );
    }
    // "Kabul Kabul ...": a place name over and over, no event; quadratic before the cut.
    let places = "Kabul ".repeat(10_000);
    assert!(extract(&report(&places, "2025-10-30")).mentions.is_empty());
}

#[test]
fn runs_of_abbreviation_periods() {
    // Each period looked back over the whole run for an abbreviation: 20 KB took half a
    // second, 200 KB more than a minute.
    for run in ["A.".repeat(50_000), "a.b".repeat(30_000)] {
        let text = format!("{run} Talks ended on October 12.");
        assert_eq!(found(&text), ["October 12 = 2025-10-12"]);
        let extraction = extract(&report(&text, "2025-10-30"));
        assert!(extraction.mentions.len() <= 1, "{:?}", extraction.mentions);
    }
}

#[test]
fn many_trailing_paragraphs_that_look_like_bios() {
    // Each prose paragraph after the story was checked against all the story before it;
    // thousands of them cost time in the square of their number.
    let mut text = String::from(
        "Talks in Kabul ended on Tuesday without agreement, officials said on Friday in the capital.\n",
    );
    for i in 0..5_000 {
        text.push_str(&format!(
            "Then Qa{i} and Qb{i} wrote about something else entirely in a long paragraph.\nshort\n"
        ));
    }
    let extraction = extract(&report(&text, "2025-10-30"));
    assert_eq!(extraction.mentions[0].text, "Talks");
    assert!(!extraction.furniture.is_empty());
}

#[test]
fn a_year_before_a_long_word_of_kana() {
    // Found by reading: the word after a year was cut at byte 32, inside a three-byte kana.
    let kana = "\u{3041}".repeat(11);
    assert_eq!(found(&format!("in 2021 {kana}")), ["2021 = 2021"]);
    assert_eq!(found(&format!("2021 {kana} hours")), ["2021 = 2021"]);
}

#[test]
fn an_article_before_a_no_break_space() {
    // Found by fuzzing (extract, stable driver): "A" then U+00A0 was cut at byte 2, inside
    // the no-break space, when checking for "ab".
    assert_eq!(found("It lasted a\u{a0}week."), ["a\u{a0}week = P1W"]);
    assert_eq!(found("A\u{a0}week-long truce."), ["week-long = P1W"]);
}

#[test]
fn random_bytes_are_an_encoding_error_at_the_first_bad_byte() {
    let bytes = random_bytes(256 << 10, 5);
    let expected = std::str::from_utf8(&bytes).unwrap_err().valid_up_to();
    for result in [
        Document::from_bytes("r", bytes.clone()),
        Document::timeml_from_bytes("r", bytes.clone()),
    ] {
        let error = result.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Encoding);
        assert_eq!(error.position(), Some(Position::Byte(expected)));
    }
    // The same bytes, made valid, are text the tagger and extractor read without a panic.
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let document = report(&text, "2025-10-30");
    let source = document.source();
    for timex in tag(&document).timexes {
        assert_eq!(&source[timex.span.start..timex.span.end], timex.text);
    }
    for mention in extract(&document).mentions {
        assert_eq!(document.slice(mention.span), mention.text);
    }
}

#[test]
fn invalid_utf8_deep_in_a_file_names_its_byte() {
    let dir = scratch("utf8");
    let mut bytes = "On Tuesday. ".repeat(100_000).into_bytes();
    let at = bytes.len();
    bytes.extend_from_slice(b"\xc3 broken");
    let path = dir.join("deep.txt");
    std::fs::write(&path, &bytes).unwrap();
    let error = Document::load(&path).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Encoding);
    assert_eq!(error.position(), Some(Position::Byte(at)));
    assert!(
        error
            .to_string()
            .contains(&format!("deep.txt: byte {at}: invalid UTF-8")),
        "{error}"
    );
    // A character cut off by the end of the file.
    let error = Document::from_bytes("r", "caf\u{e9}".as_bytes()[..4].to_vec()).unwrap_err();
    assert_eq!(error.position(), Some(Position::Byte(3)));
}

#[test]
fn deeply_nested_timeml_is_refused_at_the_element_too_deep() {
    let source = format!("<TimeML><TEXT>{}On May 1.", "<a>".repeat(200_000));
    let error = Document::parse_timeml("t", source).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Limit);
    // <TimeML> and <TEXT> are two; the 999th <a> fills the stack, the next is refused.
    assert_eq!(error.position(), Some(Position::Byte(14 + 3 * 998)));
    assert!(
        error.to_string().contains("nested more than 1000 deep"),
        "{error}"
    );
}

#[test]
fn many_items_under_deep_nesting_take_linear_time() {
    // Text outside <TEXT> under deep nesting looked through the whole stack at every item.
    let source = format!(
        "<TimeML>{}{}{}<TEXT>On May 1, 2025.</TEXT></TimeML>",
        "<a>".repeat(990),
        "x<b/>".repeat(200_000),
        "</a>".repeat(990)
    );
    let document = Document::parse_timeml("t", source).unwrap();
    assert_eq!(document.text(), "On May 1, 2025.");
    assert_eq!(tag(&document).timexes[0].value, "2025-05-01");
}

#[test]
fn unclosed_timeml_tags_name_their_offset() {
    let cases: [(String, usize, &str); 5] = [
        (
            "<TimeML><TEXT>On <TIMEX3 tid='t1'>Friday".into(),
            17,
            "<TIMEX3> is never closed",
        ),
        (
            format!("<TimeML><TEXT>{}", "<TIMEX3 a='1'".repeat(100_000)),
            14,
            "malformed markup",
        ),
        (
            format!("<TimeML><TEXT><!--{}", "-".repeat(1 << 20)),
            14,
            "malformed markup",
        ),
        (
            format!("<TimeML><TEXT>{}", "<".repeat(1 << 20)),
            14,
            "malformed markup",
        ),
        (
            "<TimeML><TEXT>a</TimeML></TEXT>".into(),
            15,
            "</TimeML> closes <TEXT> opened at byte 8",
        ),
    ];
    for (source, offset, message) in cases {
        let error = Document::parse_timeml("t", source).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::TimeMl);
        assert_eq!(error.position(), Some(Position::Byte(offset)), "{error}");
        assert!(error.to_string().contains(message), "{error}");
    }
    let attributes = format!("<TimeML><TEXT><a{}>", " b='c'".repeat(100_000));
    let error = Document::parse_timeml("t", attributes).unwrap_err();
    assert!(error.to_string().contains("<a> is never closed"), "{error}");
}

#[test]
fn an_undated_report_written_as_timeml_reads_back() {
    // Found by fuzzing (timeml): the renderer writes an unknown creation time as
    // `XXXX-XX-XX`, which the reader refused as "not a date".
    let document =
        Document::parse_timeml("t", "<TimeML><TEXT>On Friday.</TEXT></TimeML>".into()).unwrap();
    let written = render::timeml(&document, &tag(&document).timexes);
    assert!(written.contains("value=\"XXXX-XX-XX\""), "{written}");
    let reread = Document::parse_timeml("t", written).unwrap();
    assert_eq!(reread.text(), "On Friday.");
    assert_eq!(reread.published(), None);
    // A creation time that is neither a date nor unknown is still an error.
    let bad = "<TimeML><DCT><TIMEX3 value=\"2025-XX-40\"/></DCT><TEXT>x</TEXT></TimeML>";
    let error = Document::parse_timeml("t", bad.into()).unwrap_err();
    assert!(error.to_string().contains("not a date"), "{error}");
}

#[test]
fn front_matter_that_never_closes() {
    let source = format!("---\n{}", "key: value\n".repeat(100_000));
    let error = Document::parse("r", source).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::FrontMatter);
    assert_eq!(error.position(), Some(Position::Line(1)));
    assert!(error.to_string().contains("no closing ---"), "{error}");
    // The body right after the keys, with no fence between: the first line that is no key.
    let source = format!("---\n{}On Tuesday.", "key: value\n".repeat(100_000));
    let error = Document::parse("r", source).unwrap_err();
    assert_eq!(error.position(), Some(Position::Line(100_002)));
    assert!(
        error.to_string().contains("expected `key: value`"),
        "{error}"
    );
    let error = Document::parse("r", format!("---\n{}", "x".repeat(1 << 20))).unwrap_err();
    assert_eq!(error.position(), Some(Position::Line(2)));
    // A fence alone is a block that is never closed, too.
    let error = Document::parse("r", "---\n".to_string()).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::FrontMatter);
}

#[test]
fn empty_files_are_empty_reports_or_timeml_without_text() {
    let dir = scratch("empty");
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("empty.tml"), "").unwrap();
    let document = Document::load(dir.join("empty.txt")).unwrap();
    assert_eq!(document.text(), "");
    assert!(tag(&document).timexes.is_empty());
    assert!(extract(&document).mentions.is_empty());
    assert!(reconstruct(&[document]).events.is_empty());
    let error = Document::load(dir.join("empty.tml")).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::TimeMl);
    assert!(
        error.to_string().ends_with("empty.tml: no <TEXT> element"),
        "{error}"
    );
}

#[test]
fn missing_files_are_io_errors_naming_them() {
    let dir = scratch("missing");
    let error = Document::load(dir.join("gone.txt")).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Io);
    assert_eq!(error.path(), Some(dir.join("gone.txt").as_path()));
    let (documents, errors) = load_all(&[dir.join("gone"), dir.join("gone.tml")]);
    assert!(documents.is_empty());
    assert_eq!(errors.len(), 2);
    assert!(
        errors
            .iter()
            .all(|e| e.kind() == ErrorKind::Io && e.path().is_some())
    );
}

#[test]
fn a_batch_with_broken_reports_returns_the_others() {
    let dir = scratch("batch");
    std::fs::write(
        dir.join("a.txt"),
        "---\npublished: 2025-10-30\n---\nTalks on Tuesday.",
    )
    .unwrap();
    std::fs::write(dir.join("b.txt"), b"Talks \xff on Tuesday.").unwrap();
    std::fs::write(
        dir.join("c.tml"),
        "<TimeML><TEXT>Talks on May 1, 2025.</TEXT></TimeML>",
    )
    .unwrap();
    std::fs::write(dir.join("d.txt"), "---\ntitle: never closed\n").unwrap();
    std::fs::write(dir.join("e.tml"), "<TimeML><TEXT>On <TIMEX3>Friday</TEXT>").unwrap();
    let (documents, errors) = load_all(&[&dir]);
    let ids: Vec<&str> = documents.iter().map(|d| d.id().as_str()).collect();
    assert_eq!(ids, ["a", "c"]);
    let failed: Vec<(String, ErrorKind)> = errors
        .iter()
        .map(|e| {
            let name = e
                .path()
                .and_then(|p| p.file_name())
                .unwrap()
                .to_string_lossy();
            (name.into_owned(), e.kind())
        })
        .collect();
    assert_eq!(
        failed,
        [
            ("b.txt".to_string(), ErrorKind::Encoding),
            ("d.txt".to_string(), ErrorKind::FrontMatter),
            ("e.tml".to_string(), ErrorKind::TimeMl),
        ]
    );
    let timeline = reconstruct(&documents);
    assert_eq!(timeline.documents.len(), 2);
    assert_eq!(timeline.timexes.len(), 2);
}

#[test]
fn a_report_over_the_size_limit_is_refused_with_its_name() {
    let dir = scratch("size");
    let path = dir.join("big.txt");
    std::fs::write(&path, "On Tuesday. ".repeat(1_000)).unwrap();
    let limits = Limits {
        max_report_bytes: 1_000,
        ..Limits::default()
    };
    let error = Document::load_with(&path, &limits).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Limit);
    assert_eq!(error.path(), Some(path.as_path()));
    assert!(
        error.to_string().ends_with(
            "big.txt: the report of 12000 bytes is over the limit of 1000 bytes per report"
        ),
        "{error}"
    );
    assert!(Document::load(&path).is_ok());
    assert_eq!(
        Limits::default().max_report_bytes,
        chronicle::MAX_DOCUMENT_BYTES
    );
}

#[cfg(unix)]
#[test]
fn a_file_that_never_ends_is_cut_at_the_limit() {
    // /dev/zero says it is empty and never ends: only the bytes read count.
    let limits = Limits {
        max_report_bytes: 1 << 20,
        ..Limits::default()
    };
    let error = Document::load_with("/dev/zero", &limits).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Limit);
    assert!(
        error
            .to_string()
            .ends_with("the report is over the limit of 1048576 bytes per report"),
        "{error}"
    );
}

#[test]
fn a_batch_over_the_report_limit_reads_the_first_and_names_the_rest() {
    let dir = scratch("count");
    for name in ["a", "b", "c", "d", "e"] {
        std::fs::write(dir.join(format!("{name}.txt")), "On Tuesday.").unwrap();
    }
    let limits = Limits {
        max_reports: 2,
        ..Limits::default()
    };
    let (documents, errors) = load_all_with(&[&dir], &limits);
    let ids: Vec<&str> = documents.iter().map(|d| d.id().as_str()).collect();
    assert_eq!(ids, ["a", "b"]);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].kind(), ErrorKind::Limit);
    assert_eq!(errors[0].path(), Some(dir.join("c.txt").as_path()));
    assert!(
        errors[0].to_string().ends_with(
            "more than the limit of 2 reports per batch: this report and 2 after it were not read"
        ),
        "{}",
        errors[0]
    );
}

#[test]
fn the_expression_limit_bounds_what_the_tagger_reads() {
    let text = "It lasted more than eight hours.";
    assert_eq!(found(text), ["more than eight hours = PT8H"]);
    let options = TagOptions {
        limits: Limits {
            max_expression_bytes: 12,
            ..Limits::default()
        },
        ..TagOptions::default()
    };
    let narrow: Vec<String> = tag_with(&report(text, "2025-10-30"), &options)
        .timexes
        .iter()
        .map(|t| t.text.clone())
        .collect();
    assert_eq!(narrow, ["eight hours"]);
}

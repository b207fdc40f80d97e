//! TimeML: a report's text with TIMEX3 tags inserted, as TempEval-3 systems write it.

use crate::document::Document;
use crate::time::Timex;
use std::fmt::Write;

/// One report as TimeML: its DCT (tid `t0`) and its text, unchanged — character references as
/// written in a TimeML input — with a TIMEX3 (tids `t1`, `t2`, ...) around each expression.
///
/// `timexes` must be the report's own, in text order (as [`tag`](crate::tag) gives them).
pub fn timeml(document: &Document, timexes: &[Timex]) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" ?>\n");
    out.push_str("<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n\n");
    let docid = document
        .metadata()
        .extra
        .get("docid")
        .map_or(document.id().as_str(), String::as_str);
    let _ = writeln!(out, "<DOCID>{}</DOCID>\n", escape(docid));
    let dct = document.published().map_or_else(
        || "XXXX-XX-XX".to_string(),
        |p| p.date.format("%Y-%m-%d").to_string(),
    );
    let _ = writeln!(
        out,
        "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{dct}\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">{dct}</TIMEX3></DCT>\n"
    );
    out.push_str("<TEXT>");
    write_text(&mut out, document, timexes);
    out.push_str("</TEXT>\n\n</TimeML>\n");
    out
}

/// The text, run by run, with each tag written at its source offset. A tag that falls
/// between two runs (where the source had a tag of its own) is written before the next run,
/// closing tags first.
fn write_text(out: &mut String, document: &Document, timexes: &[Timex]) {
    let source = document.source();
    let escaping = !document.is_timeml();
    let mut tags: Vec<(usize, bool, usize)> = timexes
        .iter()
        .enumerate()
        .flat_map(|(index, t)| [(t.span.start, true, index), (t.span.end, false, index)])
        .collect();
    tags.sort_by_key(|&(at, opens, index)| (at, opens, index));
    let mut next = 0;
    for run in document.source_runs() {
        let mut at = run.start;
        loop {
            while let Some(&(position, opens, index)) = tags.get(next) {
                if position > at {
                    break;
                }
                write_tag(out, &timexes[index], index, opens);
                next += 1;
            }
            let stop = tags
                .get(next)
                .map_or(run.end, |&(position, ..)| position.min(run.end));
            let piece = &source[at..stop];
            if escaping {
                out.push_str(&escape(piece));
            } else {
                out.push_str(piece);
            }
            at = stop;
            if at >= run.end {
                break;
            }
        }
    }
    for &(_, opens, index) in &tags[next..] {
        write_tag(out, &timexes[index], index, opens);
    }
}

fn write_tag(out: &mut String, timex: &Timex, index: usize, opens: bool) {
    if !opens {
        out.push_str("</TIMEX3>");
        return;
    }
    let _ = write!(
        out,
        "<TIMEX3 tid=\"t{}\" type=\"{}\" value=\"{}\"",
        index + 1,
        timex.kind,
        escape(&timex.value)
    );
    if let Some(modifier) = timex.modifier {
        let _ = write!(out, " mod=\"{modifier}\"");
    }
    out.push('>');
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

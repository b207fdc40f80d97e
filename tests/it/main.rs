//! chronicle's integration tests: one binary, one module per concern.

mod annotated;
mod documents;
mod events;
mod gold;
mod hostile;
mod loading;
mod negatives;
mod phrases;
mod properties;
mod resolver;
mod tempeval;

use chronicle::{Document, Metadata, Published, TagOptions, Timex, tag_with};

/// A report dated `published` (YYYY-MM-DD, or "" for none) holding `text`.
pub fn report(text: &str, published: &str) -> Document {
    let published =
        (!published.is_empty()).then(|| Published::parse(published).expect("test dates are valid"));
    Document::from_text(
        "test",
        text,
        Metadata {
            published,
            ..Metadata::default()
        },
    )
}

/// The one place the tests touch the tagging API: every expression of `text` as a line
/// `text | TYPE value [mod] | earliest .. latest`, then diagnostics as `! kind: message`.
pub fn check(text: &str, published: &str) -> String {
    check_with(text, published, &TagOptions::default())
}

/// [`check`] with options.
pub fn check_with(text: &str, published: &str, options: &TagOptions) -> String {
    let tagging = tag_with(&report(text, published), options);
    let mut lines: Vec<String> = tagging.timexes.iter().map(line).collect();
    lines.extend(
        tagging
            .diagnostics
            .iter()
            .map(|d| format!("! {:?}: {}", d.kind, d.message)),
    );
    lines.join("\n")
}

fn line(timex: &Timex) -> String {
    let modifier = timex.modifier.map(|m| format!(" {m}")).unwrap_or_default();
    let bound = |b: Option<chronicle::Bound>| b.map_or_else(|| "-".to_string(), |b| b.to_string());
    let interval = match (timex.earliest, timex.latest) {
        (None, None) => String::new(),
        (earliest, latest) => format!(" | {} .. {}", bound(earliest), bound(latest)),
    };
    format!(
        "{} | {} {}{modifier}{interval}",
        timex.text, timex.kind, timex.value
    )
}

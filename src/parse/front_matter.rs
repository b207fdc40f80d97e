//! Front matter: the `key: value` block that may open a plain-text report.
//!
//! ```text
//! ---
//! title: Pakistan says Istanbul talks have failed
//! source: Frontier Wire
//! published: 2025-10-30
//! ---
//! ```

use nom::IResult;
use nom::Parser;
use nom::bytes::complete::{take_while, take_while1};
use nom::character::complete::{char, space0};
use nom::sequence::{preceded, terminated};

/// One `key: value` line, with its 1-based line number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry<'a> {
    pub key: &'a str,
    pub value: &'a str,
    pub line: usize,
}

/// The parsed block and where the body starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FrontMatter<'a> {
    pub entries: Vec<Entry<'a>>,
    /// Byte offset of the first byte after the closing `---` line.
    pub body_start: usize,
}

/// Why a block could not be read, at a 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FrontMatterError {
    pub line: usize,
    pub message: String,
}

/// Reads the front matter at the start of `source`, if it opens with a `---` line.
///
/// Returns `Ok(None)` when there is none: the whole file is the body.
pub(crate) fn front_matter(source: &str) -> Result<Option<FrontMatter<'_>>, FrontMatterError> {
    let source_without_bom = source.strip_prefix('\u{feff}').unwrap_or(source);
    let bom = source.len() - source_without_bom.len();
    let mut lines = lines_with_offsets(source_without_bom);
    match lines.next() {
        Some((_, line)) if is_fence(line) => {}
        _ => return Ok(None),
    }
    let mut entries = Vec::new();
    for (number, (offset, line)) in lines.enumerate() {
        let number = number + 2;
        if is_fence(line) {
            return Ok(Some(FrontMatter {
                entries,
                body_start: bom
                    + offset
                    + line.len()
                    + newline_len(source_without_bom, offset + line.len()),
            }));
        }
        let content = line.trim_end_matches('\r');
        if content.trim().is_empty() || content.trim_start().starts_with('#') {
            continue;
        }
        match key_value(content) {
            Ok((_, (key, value))) => entries.push(Entry {
                key,
                value: unquote(value.trim()),
                line: number,
            }),
            Err(_) => {
                return Err(FrontMatterError {
                    line: number,
                    message: format!("front matter: expected `key: value`, found {content:?}"),
                });
            }
        }
    }
    Err(FrontMatterError {
        line: 1,
        message: "front matter: the opening --- has no closing ---".to_string(),
    })
}

fn lines_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut offset = 0;
    text.split('\n').map(move |line| {
        let start = offset;
        offset += line.len() + 1;
        (start, line)
    })
}

fn newline_len(text: &str, at: usize) -> usize {
    usize::from(text[at..].starts_with('\n'))
}

fn is_fence(line: &str) -> bool {
    line.trim_end() == "---"
}

/// `published: 2025-10-30` or `source : Frontier Wire` (key: letters, digits, `_`, `-`).
fn key_value(line: &str) -> IResult<&str, (&str, &str)> {
    (
        terminated(
            preceded(
                space0,
                take_while1(|c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-'),
            ),
            (space0, char(':')),
        ),
        take_while(|_| true),
    )
        .parse(line)
}

/// `"a: b"` and `'a: b'` lose their quotes; anything else is kept as written.
fn unquote(value: &str) -> &str {
    for quote in ['"', '\''] {
        if value.len() >= 2 && value.starts_with(quote) && value.ends_with(quote) {
            return &value[1..value.len() - 1];
        }
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_entries_and_body_start() {
        let source = "---\ntitle: \"Talks: failed\"\npublished: 2025-10-30\n---\nBody";
        let block = front_matter(source).unwrap().unwrap();
        assert_eq!(block.entries[0].value, "Talks: failed");
        assert_eq!(block.entries[1].key, "published");
        assert_eq!(block.entries[1].line, 3);
        assert_eq!(&source[block.body_start..], "Body");
    }

    #[test]
    fn no_fence_means_no_front_matter() {
        assert_eq!(front_matter("Thursday, January 15, 2026\n").unwrap(), None);
    }

    #[test]
    fn errors_name_the_line() {
        let error = front_matter("---\ntitle: ok\nno colon here\n---\n").unwrap_err();
        assert_eq!(error.line, 3);
        assert_eq!(front_matter("---\ntitle: x\n").unwrap_err().line, 1);
    }
}

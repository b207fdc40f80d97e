//! A small XML scanner for TimeML: tags, character data and character references.
//!
//! TimeML documents are simple XML (no DTD internals, no namespaces that matter), so a full
//! XML parser buys nothing here, while a scanner of our own gives byte offsets into the file as
//! read for every piece of text, which the spans of the whole crate depend on. The scanner is
//! an iterator: one item per call, no recursion, nesting is tracked by the caller.

use nom::IResult;
use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_till, take_until, take_while, take_while1};
use nom::character::complete::{char, multispace0, multispace1};
use nom::combinator::recognize;
use nom::multi::many0;
use nom::sequence::{delimited, preceded};

/// One piece of a markup document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Item<'a> {
    /// `<NAME a="1">` (or `<NAME/>`, with `empty` set).
    Start {
        name: &'a str,
        attributes: Vec<(&'a str, &'a str)>,
        empty: bool,
    },
    /// `</NAME>`.
    End { name: &'a str },
    /// Character data without markup; may hold character references, see [`decode`].
    Text(&'a str),
    /// A comment, processing instruction, CDATA section or doctype: nothing the text needs.
    Other,
}

/// A piece of markup that cannot be read, at a byte offset of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MarkupError {
    pub offset: usize,
    pub message: String,
}

/// Scans `source` piece by piece; each item comes with its byte offset.
pub(crate) fn items(source: &str) -> Items<'_> {
    Items {
        source,
        rest: source,
    }
}

/// The iterator returned by [`items`].
pub(crate) struct Items<'a> {
    source: &'a str,
    rest: &'a str,
}

impl<'a> Iterator for Items<'a> {
    type Item = Result<(usize, Item<'a>), MarkupError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.rest.is_empty() {
            return None;
        }
        let offset = self.source.len() - self.rest.len();
        let parsed = if self.rest.starts_with('<') {
            tag_item(self.rest)
        } else {
            text_item(self.rest)
        };
        match parsed {
            Ok((rest, item)) => {
                self.rest = rest;
                Some(Ok((offset, item)))
            }
            Err(_) => {
                self.rest = "";
                Some(Err(MarkupError {
                    offset,
                    message: format!("malformed markup: {}", preview(&self.source[offset..])),
                }))
            }
        }
    }
}

fn preview(text: &str) -> String {
    let end = text
        .char_indices()
        .nth(30)
        .map_or(text.len(), |(index, _)| index);
    format!("{:?}", &text[..end])
}

/// Character data up to the next `<`: `Friday &amp; Saturday`.
fn text_item(input: &str) -> IResult<&str, Item<'_>> {
    take_till(|c| c == '<').map(Item::Text).parse(input)
}

/// Any markup starting with `<`: `<TEXT>`, `</TIMEX3>`, `<br/>`, `<!-- c -->`, `<?xml ...?>`.
fn tag_item(input: &str) -> IResult<&str, Item<'_>> {
    alt((comment, instruction, cdata, doctype, end_tag, start_tag)).parse(input)
}

/// `<!-- anything -->`
fn comment(input: &str) -> IResult<&str, Item<'_>> {
    delimited(tag("<!--"), take_until("-->"), tag("-->"))
        .map(|_| Item::Other)
        .parse(input)
}

/// `<?xml version="1.0" ?>`
fn instruction(input: &str) -> IResult<&str, Item<'_>> {
    delimited(tag("<?"), take_until("?>"), tag("?>"))
        .map(|_| Item::Other)
        .parse(input)
}

/// `<![CDATA[ ... ]]>`; TimeML corpora do not use it inside text, so it is skipped.
fn cdata(input: &str) -> IResult<&str, Item<'_>> {
    delimited(tag("<![CDATA["), take_until("]]>"), tag("]]>"))
        .map(|_| Item::Other)
        .parse(input)
}

/// `<!DOCTYPE TimeML SYSTEM "TimeML.dtd">` (no internal subset).
fn doctype(input: &str) -> IResult<&str, Item<'_>> {
    delimited(tag("<!"), take_till(|c| c == '>' || c == '<'), char('>'))
        .map(|_| Item::Other)
        .parse(input)
}

/// `</TIMEX3>`
fn end_tag(input: &str) -> IResult<&str, Item<'_>> {
    delimited(tag("</"), name, preceded(multispace0, char('>')))
        .map(|name| Item::End { name })
        .parse(input)
}

/// `<TIMEX3 tid="t1" type='DATE'>` or `<br/>`
fn start_tag(input: &str) -> IResult<&str, Item<'_>> {
    let (rest, (name, attributes, _, close)) = preceded(
        char('<'),
        (
            name,
            many0(attribute),
            multispace0,
            alt((tag("/>"), tag(">"))),
        ),
    )
    .parse(input)?;
    let empty = close == "/>";
    Ok((
        rest,
        Item::Start {
            name,
            attributes,
            empty,
        },
    ))
}

/// `tid="t1"` or `type = 'DATE'`, after at least one space.
fn attribute(input: &str) -> IResult<&str, (&str, &str)> {
    let quoted = alt((
        delimited(char('"'), take_till(|c| c == '"'), char('"')),
        delimited(char('\''), take_till(|c| c == '\''), char('\'')),
    ));
    (
        preceded(multispace1, name),
        preceded((multispace0, char('='), multispace0), quoted),
    )
        .parse(input)
}

/// An XML name: `TIMEX3`, `xsi:noNamespaceSchemaLocation`.
fn name(input: &str) -> IResult<&str, &str> {
    recognize((
        take_while1(|c: char| c.is_alphabetic() || c == '_' || c == ':'),
        take_while(|c: char| c.is_alphanumeric() || matches!(c, '_' | ':' | '-' | '.')),
    ))
    .parse(input)
}

/// One piece of decoded character data: the text and how many source bytes it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Piece<'a> {
    /// Text copied as is.
    Verbatim(&'a str),
    /// A character reference (`&amp;`, `&#233;`) of `len` source bytes, decoded.
    Reference { decoded: char, len: usize },
}

/// Splits character data into verbatim runs and decoded references.
///
/// `Friday &amp; Saturday` gives `Friday `, `&` (5 bytes), ` Saturday`. An `&` that starts no
/// known reference is an error at its offset within `text`.
pub(crate) fn decode(text: &str) -> Result<Vec<Piece<'_>>, MarkupError> {
    let mut pieces = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let offset = text.len() - rest.len();
        if rest.starts_with('&') {
            match reference(rest) {
                Ok((after, decoded)) => {
                    pieces.push(Piece::Reference {
                        decoded,
                        len: rest.len() - after.len(),
                    });
                    rest = after;
                }
                Err(_) => {
                    return Err(MarkupError {
                        offset,
                        message: format!("unknown character reference: {}", preview(rest)),
                    });
                }
            }
        } else {
            let end = rest.find('&').unwrap_or(rest.len());
            pieces.push(Piece::Verbatim(&rest[..end]));
            rest = &rest[end..];
        }
    }
    Ok(pieces)
}

/// `&amp;` `&lt;` `&gt;` `&quot;` `&apos;` `&#233;` `&#xE9;`
fn reference(input: &str) -> IResult<&str, char> {
    let named = alt((
        tag("amp").map(|_| Some('&')),
        tag("lt").map(|_| Some('<')),
        tag("gt").map(|_| Some('>')),
        tag("quot").map(|_| Some('"')),
        tag("apos").map(|_| Some('\'')),
    ));
    let hex = preceded(
        alt((tag("#x"), tag("#X"))),
        take_while1(|c: char| c.is_ascii_hexdigit()),
    )
    .map(|digits| {
        u32::from_str_radix(digits, 16)
            .ok()
            .and_then(char::from_u32)
    });
    let decimal = preceded(char('#'), take_while1(|c: char| c.is_ascii_digit()))
        .map(|digits: &str| digits.parse::<u32>().ok().and_then(char::from_u32));
    let (rest, decoded) =
        delimited(char('&'), alt((named, hex, decimal)), char(';')).parse(input)?;
    match decoded {
        Some(c) => Ok((rest, c)),
        None => Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Char,
        ))),
    }
}

/// The value of attribute `name`, if the tag has it.
pub(crate) fn attribute_value<'a>(
    attributes: &[(&'a str, &'a str)],
    name: &str,
) -> Option<&'a str> {
    attributes
        .iter()
        .find(|(key, _)| *key == name)
        .map(|(_, value)| *value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(source: &str) -> Vec<(usize, Item<'_>)> {
        items(source).map(|item| item.unwrap()).collect()
    }

    #[test]
    fn scans_tags_text_and_attributes() {
        let items = all(
            r#"<?xml version="1.0" ?><TEXT>On <TIMEX3 tid="t1" type='DATE'>Friday</TIMEX3>.<br/></TEXT>"#,
        );
        assert_eq!(items[0], (0, Item::Other));
        assert_eq!(
            items[3],
            (
                31,
                Item::Start {
                    name: "TIMEX3",
                    attributes: vec![("tid", "t1"), ("type", "DATE")],
                    empty: false
                }
            )
        );
        assert_eq!(items[4], (60, Item::Text("Friday")));
        assert_eq!(items[5], (66, Item::End { name: "TIMEX3" }));
        assert!(matches!(items[7].1, Item::Start { empty: true, .. }));
    }

    #[test]
    fn unclosed_tag_is_an_error_at_its_offset() {
        let errors: Vec<_> = items("ok <TEXT oops").filter_map(Result::err).collect();
        assert_eq!(errors[0].offset, 3);
    }

    #[test]
    fn decodes_references() {
        let pieces = decode("A &amp; B &#233;&#x41;").unwrap();
        assert_eq!(
            pieces,
            vec![
                Piece::Verbatim("A "),
                Piece::Reference {
                    decoded: '&',
                    len: 5
                },
                Piece::Verbatim(" B "),
                Piece::Reference {
                    decoded: 'é',
                    len: 6
                },
                Piece::Reference {
                    decoded: 'A',
                    len: 6
                },
            ]
        );
        assert_eq!(decode("fish & chips").unwrap_err().offset, 5);
    }
}

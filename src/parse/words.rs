//! Word-level building blocks shared by the temporal parsers: keywords, lexicon lookups,
//! numbers written in digits or words, and the separators between them.

use super::lexicon::{NumberKind, Phrase, Sense, lexicon};
use crate::time::expr::Amount;
use nom::IResult;
use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while_m_n, take_while1};
use nom::character::complete::{char, satisfy};
use nom::combinator::{map_opt, not, opt, peek, recognize, verify};
use nom::sequence::{preceded, terminated};
use std::cell::Cell;

pub(crate) type Res<'a, T> = IResult<&'a str, T>;

/// The longest word the lexicon holds; longer words are looked up as nothing.
pub(crate) const LONGEST_WORD: usize = 16;

/// True for characters that continue a word.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Succeeds, consuming nothing, when no word character follows.
pub(crate) fn boundary(input: &str) -> Res<'_, ()> {
    not(peek(satisfy(is_word_char))).parse(input)
}

/// One or more spaces within a phrase (a line break counts; a blank line does not).
pub(crate) fn sp(input: &str) -> Res<'_, &str> {
    verify(
        take_while1(|c: char| c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u{a0}'),
        |gap: &str| gap.len() <= 4 && gap.matches('\n').count() <= 1,
    )
    .parse(input)
}

/// A keyword, any case, ending at a word boundary: `kw("ago")` accepts "ago", "Ago".
///
/// Keywords are ASCII, so the comparison is on bytes: nom's `tag_no_case` lowercases through
/// Unicode tables, which made it the scanner's hottest function.
pub(crate) fn kw<'a>(
    word: &'static str,
) -> impl Parser<&'a str, Output = &'a str, Error = nom::error::Error<&'a str>> {
    move |input: &'a str| {
        let len = word.len();
        let matches = input.len() >= len
            && input.as_bytes()[..len].eq_ignore_ascii_case(word.as_bytes())
            && input.is_char_boundary(len);
        if matches {
            let (found, rest) = input.split_at(len);
            if rest.chars().next().is_none_or(|c| !is_word_char(c)) {
                return Ok((rest, found));
            }
        }
        Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Tag,
        )))
    }
}

/// A keyword preceded by spaces: `then("ago")` accepts " ago".
pub(crate) fn then<'a>(
    word: &'static str,
) -> impl Parser<&'a str, Output = &'a str, Error = nom::error::Error<&'a str>> {
    preceded(sp, kw(word))
}

/// A hyphen, as typed or as Unicode writes it: "-", "‐" (U+2010), "‑" (U+2011).
pub(crate) fn hyphen(input: &str) -> Res<'_, char> {
    satisfy(|c| matches!(c, '-' | '\u{2010}' | '\u{2011}')).parse(input)
}

/// A range dash: a hyphen or an en dash, optionally spaced ("25-30", "25 – 30").
pub(crate) fn dash(input: &str) -> Res<'_, &str> {
    recognize((
        opt(char(' ')),
        alt((hyphen, char('\u{2013}'))),
        opt(char(' ')),
    ))
    .parse(input)
}

/// A word looked up by [`lex`]: where its input started and how long that input was (the
/// key), the word's length and its senses.
#[derive(Clone, Copy)]
struct Looked {
    input: (usize, usize),
    word: usize,
    senses: &'static [Sense],
}

const RECENT: usize = 8;

thread_local! {
    /// The words [`lex`] looked up last, by where they start: the parsers tried at one
    /// position read the same few words many times over (each number parser reads "twenty"
    /// again), and a lookup hashes the word.
    static LOOKED: [Cell<Looked>; RECENT] = const {
        [const {
            Cell::new(Looked {
                input: (0, 0),
                word: 0,
                senses: &[],
            })
        }; RECENT]
    };
}

/// A run of letters, looked up in lowercase: the word and its senses (possibly none).
pub(crate) fn lex(input: &str) -> Res<'_, (&str, &'static [Sense])> {
    let key = (input.as_ptr() as usize, input.len());
    let slot = key.0 % RECENT;
    let recent = LOOKED.with(|looked| looked[slot].get());
    if recent.input == key && recent.word > 0 {
        let (word, rest) = input.split_at(recent.word);
        return Ok((rest, (word, recent.senses)));
    }
    let found = lex_anew(input)?;
    let (rest, (word, senses)) = found;
    LOOKED.with(|looked| {
        looked[slot].set(Looked {
            input: key,
            word: word.len(),
            senses,
        })
    });
    Ok((rest, (word, senses)))
}

fn lex_anew(input: &str) -> Res<'_, (&str, &'static [Sense])> {
    // Most words are ASCII: their end is found on bytes, without decoding characters.
    let bytes = input.as_bytes();
    let letters = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let (rest, word) = match bytes.get(letters) {
        Some(next) if letters > 0 && next.is_ascii() && !next.is_ascii_digit() => {
            let (word, rest) = input.split_at(letters);
            (rest, word)
        }
        None if letters > 0 => ("", input),
        _ => terminated(take_while1(char::is_alphabetic), boundary).parse(input)?,
    };
    Ok((rest, (word, senses(word))))
}

/// The senses of a word in any case.
pub(crate) fn senses(word: &str) -> &'static [Sense] {
    let mut buffer = [0u8; LONGEST_WORD];
    match lowercase(word, &mut buffer) {
        Some(lower) => lexicon().word(lower),
        None => &[],
    }
}

/// `word` in ASCII lowercase: itself when it has no capital, else a copy in `buffer`; `None`
/// when it is too long or not ASCII.
pub(crate) fn lowercase<'b>(word: &'b str, buffer: &'b mut [u8; LONGEST_WORD]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > LONGEST_WORD || !word.is_ascii() {
        return None;
    }
    if !bytes.iter().any(u8::is_ascii_uppercase) {
        return Some(word);
    }
    for (slot, byte) in buffer.iter_mut().zip(bytes) {
        *slot = byte.to_ascii_lowercase();
    }
    std::str::from_utf8(&buffer[..bytes.len()]).ok()
}

/// A word with a sense picked by `pick`: `sense(|s| match s { Sense::Season(x) => Some(*x), _ => None })`.
pub(crate) fn sense<'a, T>(
    pick: impl Fn(&Sense) -> Option<T>,
) -> impl Parser<&'a str, Output = T, Error = nom::error::Error<&'a str>> {
    map_opt(lex, move |(_, senses)| senses.iter().find_map(&pick))
}

/// A multi-word lexicon entry whose sense `pick` accepts, longest first:
/// "in the near future", "more than", "at least".
pub(crate) fn phrase<'a, T>(
    pick: impl Fn(&Sense) -> Option<T>,
) -> impl Parser<&'a str, Output = T, Error = nom::error::Error<&'a str>> {
    move |input: &'a str| {
        let (after_first, (_, _)) = lex(input)?;
        let first = &input[..input.len() - after_first.len()];
        let mut buffer = [0u8; LONGEST_WORD];
        let phrases: &[Phrase] = match lowercase(first, &mut buffer) {
            Some(lower) => lexicon().phrases(lower),
            None => &[],
        };
        for candidate in phrases {
            let Some(value) = pick(&candidate.sense) else {
                continue;
            };
            let mut rest = after_first;
            let mut matched = true;
            for word in &candidate.rest {
                match then(word).parse(rest) {
                    Ok((after, _)) => rest = after,
                    Err(_) => {
                        matched = false;
                        break;
                    }
                }
            }
            if matched {
                return Ok((rest, value));
            }
        }
        Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Tag,
        )))
    }
}

/// A number in digits, 1 to 6 of them, not part of a longer number: "48", "2021".
pub(crate) fn digits(input: &str) -> Res<'_, u32> {
    map_opt(
        terminated(
            take_while_m_n(1, 6, |c: char| c.is_ascii_digit()),
            not(peek(satisfy(|c: char| c.is_ascii_digit()))),
        ),
        |d: &str| d.parse().ok(),
    )
    .parse(input)
}

/// A cardinal in words up to 999: "four", "twenty-four", "twenty four", "one hundred",
/// "a hundred and twenty".
pub(crate) fn number_words(input: &str) -> Res<'_, u32> {
    let small = |input| {
        let (rest, value) = sense(|s| match s {
            Sense::Number {
                value,
                kind: NumberKind::Cardinal,
            } => Some(*value),
            _ => None,
        })
        .parse(input)?;
        Ok((rest, value))
    };
    let tens = |input| {
        let (rest, tens) = sense(|s| match s {
            Sense::Number {
                value,
                kind: NumberKind::Tens,
            } => Some(*value),
            _ => None,
        })
        .parse(input)?;
        let (rest, units) = opt(preceded(
            alt((recognize(hyphen), sp)),
            verify(small, |v| *v < 10),
        ))
        .parse(rest)?;
        Ok((rest, tens + units.unwrap_or(0)))
    };
    let below_hundred = |input| alt((tens, small)).parse(input);
    let hundred = |input| {
        sense(|s| {
            matches!(
                s,
                Sense::Number {
                    kind: NumberKind::Hundred,
                    ..
                }
            )
            .then_some(100)
        })
        .parse(input)
    };
    // "a hundred" counts; "a" alone is left to `article`.
    let (rest, first) = alt((
        terminated(kw("a"), peek(preceded(sp, hundred))).map(|_| 1),
        below_hundred,
    ))
    .parse(input)?;
    if let Ok((rest, _)) = preceded(sp, hundred).parse(rest) {
        let (rest, tail) = opt(preceded(
            (sp, opt(terminated(kw("and"), sp))),
            below_hundred,
        ))
        .parse(rest)?;
        return Ok((rest, first * 100 + tail.unwrap_or(0)));
    }
    Ok((rest, first))
}

/// "a" or "an" meaning one: "a year ago", "an hour".
pub(crate) fn article(input: &str) -> Res<'_, u32> {
    alt((kw("a"), kw("an"), kw("one"))).map(|_| 1).parse(input)
}

/// An amount of units: "four", "48", "2 1/2", "two and a half", "1.5", "a", "several",
/// "a few", "a couple of".
pub(crate) fn amount(input: &str) -> Res<'_, Amount> {
    let whole = alt((digits, number_words));
    let halves = alt((
        recognize((sp, kw("and"), sp, kw("a"), sp, kw("half"))),
        recognize((sp, tag("1/2"))),
        tag("\u{bd}"),
        tag(".5"),
    ));
    let counted = (whole, opt(halves)).map(|(whole, half)| Amount::Count {
        whole,
        half: half.is_some(),
    });
    let vague = preceded(
        opt(terminated(kw("a"), sp)),
        terminated(
            sense(|s| {
                matches!(
                    s,
                    Sense::Number {
                        kind: NumberKind::Vague,
                        ..
                    }
                )
                .then_some(())
            }),
            opt(preceded(sp, kw("of"))),
        ),
    );
    let couple = (kw("a"), sp, kw("couple"), opt(preceded(sp, kw("of")))).map(|_| Amount::count(2));
    alt((
        couple,
        vague.map(|_| Amount::Vague),
        counted,
        article.map(Amount::count),
    ))
    .parse(input)
}

/// An ordinal: "third", "3rd", "21st", "twenty-first".
pub(crate) fn ordinal(input: &str) -> Res<'_, u32> {
    let in_digits = terminated(
        digits,
        alt((
            tag_no_case("st"),
            tag_no_case("nd"),
            tag_no_case("rd"),
            tag_no_case("th"),
        )),
    );
    let word = |input| {
        sense(|s| match s {
            Sense::Number {
                value,
                kind: NumberKind::Ordinal,
            } => Some(*value),
            _ => None,
        })
        .parse(input)
    };
    let compound = (
        sense(|s| match s {
            Sense::Number {
                value,
                kind: NumberKind::Tens,
            } => Some(*value),
            _ => None,
        }),
        alt((recognize(hyphen), sp)),
        verify(word, |v| *v < 10),
    )
        .map(|(tens, _, units)| tens + units);
    alt((terminated(in_digits, boundary), compound, word)).parse(input)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_words() {
        assert_eq!(number_words("twenty-four hours"), Ok((" hours", 24)));
        assert_eq!(number_words("twenty four"), Ok(("", 24)));
        assert_eq!(number_words("one hundred and ten days"), Ok((" days", 110)));
        assert!(number_words("a day").is_err());
        assert_eq!(number_words("a hundred years"), Ok((" years", 100)));
    }

    #[test]
    fn amounts() {
        assert_eq!(
            amount("2 1/2 years"),
            Ok((
                " years",
                Amount::Count {
                    whole: 2,
                    half: true
                }
            ))
        );
        assert_eq!(
            amount("two and a half"),
            Ok((
                "",
                Amount::Count {
                    whole: 2,
                    half: true
                }
            ))
        );
        assert_eq!(amount("several days"), Ok((" days", Amount::Vague)));
        assert_eq!(amount("a few days"), Ok((" days", Amount::Vague)));
        assert_eq!(
            amount("a couple of weeks"),
            Ok((" weeks", Amount::count(2)))
        );
        assert_eq!(amount("a year"), Ok((" year", Amount::count(1))));
    }

    #[test]
    fn ordinals() {
        assert_eq!(ordinal("third round"), Ok((" round", 3)));
        assert_eq!(ordinal("21st century"), Ok((" century", 21)));
        assert_eq!(ordinal("twenty-first"), Ok(("", 21)));
    }

    #[test]
    fn phrases_longest_first() {
        let mut reference = phrase(|s| match s {
            Sense::Reference(reference) => Some(*reference),
            _ => None,
        });
        assert!(
            reference
                .parse("the near future.")
                .is_ok_and(|(rest, _)| rest == ".")
        );
        assert!(reference.parse("the nearby").is_err());
    }
}

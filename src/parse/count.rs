//! Counts of people and things, as ranges: "23", "at least 12", "more than 200", "dozens",
//! "1,500", "twenty-three", "nearly 50", "hundreds".

use super::lexicon::{Phrase, Sense};
use super::words::{Res, kw, number_words, phrase, sense, sp};
use crate::time::Modifier;
use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{take_while_m_n, take_while1};
use nom::character::complete::char;
use nom::combinator::{not, opt, peek, recognize, verify};
use nom::multi::many0;
use nom::sequence::{preceded, terminated};

/// A count as an inclusive range; `None` is unbounded on that side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Count {
    pub low: Option<u64>,
    pub high: Option<u64>,
}

/// "1,500", "23", "1.7 million", "2 million".
fn figure(input: &str) -> Res<'_, u64> {
    let grouped = recognize((
        take_while_m_n(1, 3, |c: char| c.is_ascii_digit()),
        many0((
            char(','),
            take_while_m_n(3, 3, |c: char| c.is_ascii_digit()),
        )),
    ));
    let plain = take_while1(|c: char| c.is_ascii_digit());
    let (rest, digits) = terminated(
        alt((grouped, plain)),
        not(peek(take_while_m_n(1, 1, |c: char| c.is_ascii_digit()))),
    )
    .parse(input)?;
    let (rest, fraction) = opt(preceded(
        char('.'),
        take_while1(|c: char| c.is_ascii_digit()),
    ))
    .parse(rest)?;
    let (rest, scale) = opt(preceded(
        sp,
        alt((
            kw("million").map(|_| 1_000_000u64),
            kw("billion").map(|_| 1_000_000_000),
            kw("thousand").map(|_| 1_000),
        )),
    ))
    .parse(rest)?;
    let whole: u64 = digits.replace(',', "").parse().unwrap_or(u64::MAX);
    let scale = scale.unwrap_or(1);
    let value = match fraction {
        Some(fraction) if scale > 1 => {
            let tenths: f64 = format!("0.{fraction}").parse().unwrap_or(0.0);
            whole
                .saturating_mul(scale)
                .saturating_add((tenths * scale as f64) as u64)
        }
        _ => whole.saturating_mul(scale),
    };
    Ok((rest, value))
}

/// "dozens" (24–99), "scores" (40–99), "hundreds" (200–999), "thousands" (2,000–9,999).
fn vague(input: &str) -> Res<'_, Count> {
    let (rest, (low, high)) = alt((
        kw("dozens").map(|_| (24, 99)),
        kw("scores").map(|_| (40, 99)),
        kw("hundreds").map(|_| (200, 999)),
        kw("thousands").map(|_| (2_000, 9_999)),
    ))
    .parse(input)?;
    let (rest, _) = opt(preceded(sp, kw("of"))).parse(rest)?;
    Ok((
        rest,
        Count {
            low: Some(low),
            high: Some(high),
        },
    ))
}

/// A count given as a range: "between 600 and 800" (600–800), "between two and five".
fn between(input: &str) -> Res<'_, Count> {
    let number = |input| alt((figure, number_words.map(u64::from))).parse(input);
    let (rest, (_, low, _, high)) = verify(
        (
            terminated(kw("between"), sp),
            number,
            (sp, kw("and"), sp),
            number,
        ),
        |(_, low, _, high)| low < high,
    )
    .parse(input)?;
    Ok((
        rest,
        Count {
            low: Some(low),
            high: Some(high),
        },
    ))
}

/// A count with its qualifier: "at least 12" (12–), "more than 200" (201–), "nearly 50"
/// (–49), "up to 30" (–30), "about 40" (36–44), "23" (23–23).
pub(crate) fn count(input: &str) -> Res<'_, Count> {
    // Extraction tries a count at every word; most words open none, which their first
    // letter or a single lookup tells before the parsers below run.
    if !input.starts_with(|c: char| c.is_ascii_digit()) && !may_open_count(input) {
        return super::calendar::fail(input);
    }
    let modifier = |input| {
        let pick = |s: &Sense| match s {
            Sense::Modifier(modifier) => Some(*modifier),
            _ => None,
        };
        terminated(alt((phrase(pick), sense(pick))), sp).parse(input)
    };
    if let Ok(result) = vague(input) {
        return Ok(result);
    }
    if let Ok(result) = between(input) {
        return Ok(result);
    }
    let words = verify(number_words, |n| *n > 1);
    let (rest, (modifier, value)) =
        (opt(modifier), alt((figure, words.map(u64::from)))).parse(input)?;
    let exact = Count {
        low: Some(value),
        high: Some(value),
    };
    let count = match modifier {
        None => exact,
        Some(Modifier::MoreThan) => Count {
            low: value.checked_add(1),
            high: None,
        },
        Some(Modifier::EqualOrMore) => Count {
            low: Some(value),
            high: None,
        },
        Some(Modifier::LessThan) => Count {
            low: None,
            high: value.checked_sub(1),
        },
        Some(Modifier::EqualOrLess) => Count {
            low: None,
            high: Some(value),
        },
        Some(Modifier::Approx) => Count {
            low: Some(value - value / 10),
            high: Some(value + value / 10),
        },
        Some(_) => exact,
    };
    Ok((rest, count))
}

/// The words that open a count by themselves, not through the lists: vague amounts and
/// ranges.
pub(super) const OPENERS: [&str; 5] = ["dozens", "scores", "hundreds", "thousands", "between"];

/// Whether the first word of `input` can open a count: a number word ("twenty", "a"
/// hundred), a qualifier or the first word of one ("nearly", "at least"), or a vague amount.
/// Not the first word of another multi-word entry: "the", a tenth of the words extraction
/// tries, opens "the near future" but no count.
fn may_open_count(input: &str) -> bool {
    // A word of ASCII letters, as nearly all are, is first told by its shape.
    let bytes = input.as_bytes();
    let letters = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let plain = bytes
        .get(letters)
        .is_none_or(|next| next.is_ascii() && !next.is_ascii_digit());
    if letters > 0 && plain && !super::lexicon::lexicon().may_open_count(&bytes[..letters]) {
        return false;
    }
    let Ok((_, (word, senses))) = super::words::lex(input) else {
        return false;
    };
    if senses
        .iter()
        .any(|s| matches!(s, Sense::Number { .. } | Sense::Modifier(_)))
    {
        return true;
    }
    let mut buffer = [0u8; super::words::LONGEST_WORD];
    super::words::lowercase(word, &mut buffer).is_some_and(|lower| {
        OPENERS.iter().any(|word| lower == word.as_bytes())
            || super::lexicon::lexicon()
                .phrases(lower)
                .iter()
                .any(Phrase::qualifies)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(input: &str) -> Option<(Option<u64>, Option<u64>)> {
        count(input).ok().map(|(_, c)| (c.low, c.high))
    }

    #[test]
    fn counts_as_ranges() {
        assert_eq!(read("23 soldiers"), Some((Some(23), Some(23))));
        assert_eq!(read("at least 12 civilians"), Some((Some(12), None)));
        assert_eq!(read("more than 200"), Some((Some(201), None)));
        assert_eq!(read("nearly 50"), Some((None, Some(49))));
        assert_eq!(read("1,500 families"), Some((Some(1500), Some(1500))));
        assert_eq!(
            read("1.7 million"),
            Some((Some(1_700_000), Some(1_700_000)))
        );
        assert_eq!(read("dozens of people"), Some((Some(24), Some(99))));
        assert_eq!(read("twenty-three"), Some((Some(23), Some(23))));
        assert_eq!(read("the"), None);
        assert_eq!(read("soldiers were"), None);
        assert_eq!(read("a hundred people"), Some((Some(100), Some(100))));
        assert_eq!(read("Hundreds of"), Some((Some(200), Some(999))));
        assert_eq!(read("up to 30"), Some((None, Some(30))));
        assert_eq!(read("between 600 and 800"), Some((Some(600), Some(800))));
        assert_eq!(read("between two and five"), Some((Some(2), Some(5))));
        assert_eq!(read("between 800 and 600"), None);
        assert_eq!(read("between the two"), None);
    }
}

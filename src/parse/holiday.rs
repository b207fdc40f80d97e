//! Holidays named by the lists in `lexicon/time/holidays.tsv`: "Christmas", "New Year's Day",
//! "the Fourth of July", "Easter Sunday", "Thanksgiving", with the year they fall in.

use super::calendar::{fail, year_ref_after, year_ref_before};
use super::lexicon::{Sense, lexicon};
use super::words::{LONGEST_WORD, Res, kw, lex, lowercase, sp};
use crate::time::expr::{Expr, Holiday, Reading, YearRef};
use nom::Parser;
use nom::branch::alt;
use nom::combinator::opt;
use nom::sequence::terminated;

/// "Christmas", "Christmas Eve 1997", "New Year's Day", "New Year’s Eve", "the Fourth of
/// July", "last Easter", "this Thanksgiving", "Good Friday", "Memorial Day of 1996",
/// "Christmas last year".
pub(crate) fn holiday(input: &str) -> Res<'_, Reading> {
    let (rest, before) = opt(alt((
        terminated(kw("the"), sp).map(|_| None),
        year_ref_before.map(Some),
    )))
    .parse(input)?;
    let (rest, holiday) = name(rest)?;
    let (rest, after) = year_ref_after(rest)?;
    let year = match (before.flatten(), after) {
        (_, YearRef::Explicit(year)) => YearRef::Explicit(year),
        (Some(year), _) => year,
        (None, after) => after,
    };
    Ok((rest, Expr::Holiday { holiday, year }.into()))
}

/// A holiday's name, its longest entry first.
fn name(input: &str) -> Res<'_, Holiday> {
    let (after_first, (first, senses)) = lex(input)?;
    let mut buffer = [0u8; LONGEST_WORD];
    if let Some(lower) = lowercase(first, &mut buffer) {
        for phrase in lexicon().phrases(lower) {
            let Sense::Holiday(holiday) = phrase.sense else {
                continue;
            };
            if let Some(rest) = words_apart(after_first, &phrase.rest) {
                return Ok((rest, holiday));
            }
        }
    }
    match senses.iter().find_map(|sense| match sense {
        Sense::Holiday(holiday) => Some(*holiday),
        _ => None,
    }) {
        Some(holiday) => Ok((after_first, holiday)),
        None => fail(input),
    }
}

/// `words` in order, each after a space, an apostrophe or a hyphen ("Year's", "Year’s",
/// "New Year's"): what is left after them.
fn words_apart<'a>(input: &'a str, words: &[&'static str]) -> Option<&'a str> {
    let mut rest = input;
    for word in words {
        let (after, _) = kw(word).parse(&rest[gap(rest)?..]).ok()?;
        rest = after;
    }
    Some(rest)
}

/// The length of the gap between two words of a name: one to four bytes of spaces,
/// apostrophes (straight or curly) and hyphens.
fn gap(input: &str) -> Option<usize> {
    let bytes = input.as_bytes();
    let mut end = 0;
    while end < 4 {
        match bytes.get(end..) {
            Some([b' ' | b'\'' | b'-', ..]) => end += 1,
            // U+2019 RIGHT SINGLE QUOTATION MARK
            Some([0xe2, 0x80, 0x99, ..]) => end += 3,
            _ => break,
        }
    }
    (end > 0).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(input: &str) -> Option<(Expr, usize)> {
        holiday(input)
            .ok()
            .map(|(rest, reading)| (reading.expr, input.len() - rest.len()))
    }

    fn on(code: &str, year: YearRef) -> Expr {
        Expr::Holiday {
            holiday: Holiday::from_code(code).unwrap_or(Holiday::Easter(0)),
            year,
        }
    }

    #[test]
    fn names_and_years() {
        assert_eq!(
            read("Christmas."),
            Some((on("12-25", YearRef::Implicit), 9))
        );
        assert_eq!(
            read("New Year's Day, the"),
            Some((on("01-01", YearRef::Implicit), 14))
        );
        assert_eq!(
            read("new year\u{2019}s eve"),
            Some((on("12-31", YearRef::Implicit), 16))
        );
        assert_eq!(
            read("the Fourth of July parade"),
            Some((on("07-04", YearRef::Implicit), 18))
        );
        assert_eq!(
            read("Christmas Eve 1997"),
            Some((on("12-24", YearRef::Explicit(1997)), 18))
        );
        assert_eq!(read("last Easter"), Some((on("easter", YearRef::Last), 11)));
        assert_eq!(
            read("Thanksgiving Day"),
            Some((on("11 4 4", YearRef::Implicit), 16))
        );
        assert_eq!(read("New York"), None);
        assert_eq!(read("the fourth quarter"), None);
    }
}

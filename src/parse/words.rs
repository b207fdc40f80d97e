//! Word-level building blocks shared by the temporal parsers: keywords, lexicon lookups,
//! numbers written in digits or words, and the separators between them.

use super::lexicon::{NumberKind, Phrase, Sense, lexicon};
use super::{Memo, memo, memoized, pack_lowercase};
use crate::time::expr::Amount;
use nom::IResult;
use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1};
use nom::character::complete::char;
use nom::combinator::{map_opt, opt, peek, recognize, verify};
use nom::sequence::{preceded, terminated};
use std::cell::Cell;
use std::thread::LocalKey;

pub(crate) type Res<'a, T> = IResult<&'a str, T>;

/// The longest word the lexicon holds; longer words are looked up as nothing.
pub(crate) const LONGEST_WORD: usize = 16;

/// True for characters that continue a word.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Succeeds, consuming nothing, when no word character follows.
pub(crate) fn boundary(input: &str) -> Res<'_, ()> {
    // The parsers check a boundary after nearly every word: ASCII is decided on its byte.
    let word_follows = match input.as_bytes().first() {
        None => false,
        Some(byte) if byte.is_ascii() => byte.is_ascii_alphanumeric(),
        Some(_) => input.chars().next().is_some_and(is_word_char),
    };
    if word_follows {
        return failure(input, nom::error::ErrorKind::Not);
    }
    Ok((input, ()))
}

/// One or more spaces within a phrase (a line break counts; a blank line does not): at
/// most four bytes of spaces, tabs, line ends and no-break spaces, one line break at most.
pub(crate) fn sp(input: &str) -> Res<'_, &str> {
    let bytes = input.as_bytes();
    // The parsers call this between nearly all words: most tries find a word, not a space,
    // and most spaces are one plain space before a word.
    match bytes {
        [b' ' | b'\t' | b'\r' | b'\n' | 0xc2, ..] => {}
        _ => return failure(input, nom::error::ErrorKind::TakeWhile1),
    }
    if let [b' ', next, ..] = bytes {
        if next.is_ascii_alphanumeric() {
            let (gap, rest) = input.split_at(1);
            return Ok((rest, gap));
        }
    }
    let mut end = 0;
    let mut breaks = 0;
    loop {
        match bytes.get(end..) {
            Some([b' ' | b'\t' | b'\r', ..]) => end += 1,
            Some([b'\n', ..]) => {
                breaks += 1;
                end += 1;
            }
            // U+00A0 NO-BREAK SPACE
            Some([0xc2, 0xa0, ..]) => end += 2,
            _ => break,
        }
    }
    if end == 0 || end > 4 || breaks > 1 {
        return failure(input, nom::error::ErrorKind::TakeWhile1);
    }
    let (gap, rest) = input.split_at(end);
    Ok((rest, gap))
}

/// A parser's plain failure at `input`.
pub(crate) fn failure<T>(input: &str, kind: nom::error::ErrorKind) -> Res<'_, T> {
    Err(nom::Err::Error(nom::error::Error::new(input, kind)))
}

/// A keyword, any case, ending at a word boundary: `kw("ago")` accepts "ago", "Ago".
///
/// Keywords are ASCII, so the comparison is on bytes: nom's `tag_no_case` lowercases through
/// Unicode tables, which made it the scanner's hottest function.
pub(crate) fn kw<'a>(
    word: &'static str,
) -> impl Parser<&'a str, Output = &'a str, Error = nom::error::Error<&'a str>> {
    move |input: &'a str| {
        let (rest, found) = ascii_no_case(word).parse(input)?;
        boundary(rest)?;
        Ok((rest, found))
    }
}

/// ASCII text in any case, as `tag_no_case` reads it but on bytes: `ascii_no_case("p.m.")`
/// accepts "P.M.". (nom's `tag_no_case` lowercases through Unicode tables.)
pub(crate) fn ascii_no_case<'a>(
    word: &'static str,
) -> impl Parser<&'a str, Output = &'a str, Error = nom::error::Error<&'a str>> {
    move |input: &'a str| {
        let (bytes, want) = (input.as_bytes(), word.as_bytes());
        // Most tries fail on the first byte, and most matches are written as the keyword is:
        // two bytes equal in any case differ at most in the case bit (0x20), which turns
        // most tries away before anything is lowercased.
        let same = |(have, want): (&u8, &u8)| {
            have == want || (have ^ want) == 0x20 && have.eq_ignore_ascii_case(want)
        };
        let matches = bytes.len() >= want.len()
            && want
                .first()
                .is_none_or(|first| (bytes[0] ^ first) & !0x20 == 0)
            && bytes[..want.len()].iter().zip(want).all(same)
            && input.is_char_boundary(want.len());
        if !matches {
            return failure(input, nom::error::ErrorKind::Tag);
        }
        let (found, rest) = input.split_at(want.len());
        Ok((rest, found))
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
    match input.as_bytes() {
        [b'-', ..] => Ok((&input[1..], '-')),
        [0xe2, 0x80, 0x90, ..] => Ok((&input[3..], '\u{2010}')),
        [0xe2, 0x80, 0x91, ..] => Ok((&input[3..], '\u{2011}')),
        _ => failure(input, nom::error::ErrorKind::Satisfy),
    }
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

/// A word [`lex`] looked up during one scan: where its input started and how long that
/// input was (the key), the word's length and its senses.
#[derive(Clone, Copy)]
struct Looked {
    scan: u64,
    input: (usize, usize),
    word: usize,
    senses: &'static [Sense],
}

pub(crate) const RECENT: usize = 8;

thread_local! {
    /// The words [`lex`] looked up last in the running scan, each in a slot chosen by where
    /// it starts: the parsers tried at one position read the same few words many times over
    /// (each number parser reads "twenty" again), and a lookup lowercases and hashes the word.
    static LOOKED: [Cell<Looked>; RECENT] = const {
        [const {
            Cell::new(Looked {
                scan: 0,
                input: (0, 0),
                word: 0,
                senses: &[],
            })
        }; RECENT]
    };
    /// The running scan (its number, 0 outside one) and the addresses of the text it reads.
    /// A place in that text names the same word only while the scan borrows it, so words are
    /// remembered only there and only then.
    static SCAN: Cell<Scan> = const { Cell::new(Scan { number: 0, text: (0, 0) }) };
    static SCANS: Cell<u64> = const { Cell::new(0) };
}

/// A parse [`remembered`] during one scan: where its input started and how long that input
/// was (the key), and what it read there: the length and the value, or `None` for a failure.
#[derive(Clone, Copy)]
pub(crate) struct Kept<T> {
    scan: u64,
    input: (usize, usize),
    read: Option<(usize, T)>,
}

impl<T> Kept<T> {
    /// A slot that holds nothing yet.
    pub(crate) const EMPTY: Kept<T> = Kept {
        scan: 0,
        input: (0, 0),
        read: None,
    };
}

/// The slots a parser's [`remembered`] readings are kept in, one per place modulo its size.
pub(crate) type Kept8<T> = [Cell<Kept<T>>; RECENT];

thread_local! {
    /// The numbers in words [`number_words`] read last in the running scan, by where they
    /// start: at one position the year, decade, amount and duration parsers each read the
    /// same number again.
    static NUMBERS: Kept8<u32> = const { [const { Cell::new(Kept::EMPTY) }; RECENT] };
    /// The amounts [`amount`] read last in the running scan: `shifted`, `amount_of_units`
    /// and the parsers built on them each read the amount at one position.
    static AMOUNTS: Kept8<Amount> = const { [const { Cell::new(Kept::EMPTY) }; RECENT] };
}

/// Where a reading of `input` is kept during the running scan.
struct Place {
    /// The running scan's number.
    scan: u64,
    /// Where the input starts and how long it is.
    key: (usize, usize),
    /// The slot the reading goes in.
    slot: usize,
}

/// The place of `input` in the running scan; `None` outside a scan or outside its text,
/// where an address may stand for other words.
#[inline]
fn place_in_scan(input: &str) -> Option<Place> {
    let running = SCAN.with(Cell::get);
    let key = (input.as_ptr() as usize, input.len());
    let (start, end) = running.text;
    (running.number != 0 && key.0 >= start && key.0 < end).then_some(Place {
        scan: running.number,
        key,
        slot: key.0 % RECENT,
    })
}

/// Runs `parse` on `input`, or answers as it did when it last ran there in the running scan
/// (the same text, kept in `slots`, as [`lex`] keeps words).
pub(crate) fn remembered<'a, T: Copy + 'static>(
    slots: &'static LocalKey<Kept8<T>>,
    input: &'a str,
    parse: impl FnOnce(&'a str) -> Res<'a, T>,
) -> Res<'a, T> {
    let Some(Place { scan, key, slot }) = place_in_scan(input) else {
        return parse(input);
    };
    let kept = slots.with(|slots| slots[slot].get());
    if kept.scan == scan && kept.input == key {
        return match kept.read {
            Some((len, value)) => Ok((&input[len..], value)),
            None => failure(input, nom::error::ErrorKind::Alt),
        };
    }
    let parsed = parse(input);
    let read = match &parsed {
        Ok((rest, value)) => Some((input.len() - rest.len(), *value)),
        Err(nom::Err::Error(_)) => None,
        Err(_) => return parsed,
    };
    slots.with(|slots| {
        slots[slot].set(Kept {
            scan,
            input: key,
            read,
        })
    });
    parsed
}

#[derive(Clone, Copy)]
struct Scan {
    number: u64,
    text: (usize, usize),
}

/// Runs `scan` with [`lex`] remembering the words it looks up in `text`, which the scan
/// borrows throughout, so an address in it is the same word until the scan returns.
pub(crate) fn remembering<T>(text: &str, scan: impl FnOnce() -> T) -> T {
    struct Ends(Scan);
    impl Drop for Ends {
        fn drop(&mut self) {
            SCAN.with(|running| running.set(self.0));
        }
    }
    let number = SCANS.with(|scans| {
        scans.set(scans.get() + 1);
        scans.get()
    });
    let start = text.as_ptr() as usize;
    let this = Scan {
        number,
        text: (start, start + text.len()),
    };
    let _ends = Ends(SCAN.with(|running| running.replace(this)));
    scan()
}

/// A run of letters, looked up in lowercase: the word and its senses (possibly none).
pub(crate) fn lex(input: &str) -> Res<'_, (&str, &'static [Sense])> {
    let Some(Place { scan, key, slot }) = place_in_scan(input) else {
        return lex_anew(input);
    };
    let recent = LOOKED.with(|looked| looked[slot].get());
    if recent.scan == scan && recent.input == key {
        let (word, rest) = input.split_at(recent.word);
        return Ok((rest, (word, recent.senses)));
    }
    let (rest, (word, senses)) = lex_anew(input)?;
    LOOKED.with(|looked| {
        looked[slot].set(Looked {
            scan,
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
    Ok((rest, (word, senses_at(input, word.len()))))
}

thread_local! {
    /// The senses of the short words looked up last on this thread: the parsers look up the
    /// words around each lead, and news repeats them.
    static SENSES: Memo<&'static [Sense]> = memo(&[]);
}

/// The senses of a word in any case.
pub(crate) fn senses(word: &str) -> &'static [Sense] {
    senses_at(word, word.len())
}

/// The senses of the first `len` bytes of `input`, a word in any case.
fn senses_at(input: &str, len: usize) -> &'static [Sense] {
    if let Some(key) = pack_lowercase(input.as_bytes(), 0, len) {
        return memoized(&SENSES, key, || lexicon().word(&key.to_le_bytes()[..len]));
    }
    let word = &input[..len];
    let mut buffer = [0u8; LONGEST_WORD];
    match lowercase(word, &mut buffer) {
        Some(lower) => lexicon().word(lower),
        None => &[],
    }
}

/// The bytes of `word` in ASCII lowercase, copied into `buffer`; `None` when it is too long
/// or not ASCII. The lists are looked up by these bytes: a copy is not checked again as UTF-8.
///
/// The scanner lowercases every word that may lead and the word after many of them, so the
/// copy, the case and the test for ASCII are one pass over the bytes.
pub(crate) fn lowercase<'b>(word: &str, buffer: &'b mut [u8; LONGEST_WORD]) -> Option<&'b [u8]> {
    let bytes = word.as_bytes();
    if bytes.len() > LONGEST_WORD {
        return None;
    }
    let mut high = 0;
    for (slot, &byte) in buffer.iter_mut().zip(bytes) {
        high |= byte;
        *slot = byte.to_ascii_lowercase();
    }
    high.is_ascii().then_some(&buffer[..bytes.len()])
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
    let count = input.bytes().take_while(u8::is_ascii_digit).take(7).count();
    if !(1..=6).contains(&count) {
        return failure(input, nom::error::ErrorKind::TakeWhileMN);
    }
    let (number, rest) = input.split_at(count);
    let value = number
        .bytes()
        .fold(0, |value, digit| value * 10 + u32::from(digit - b'0'));
    Ok((rest, value))
}

/// A number in digits grouped in thousands by commas, up to 999,999: "1,200", "45,000".
pub(crate) fn grouped_digits(input: &str) -> Res<'_, u32> {
    let bytes = input.as_bytes();
    let lead = bytes
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .take(4)
        .count();
    let group = bytes.get(lead..lead + 4);
    let grouped = (1..=3).contains(&lead)
        && group.is_some_and(|g| g[0] == b',' && g[1..].iter().all(u8::is_ascii_digit))
        && !bytes
            .get(lead + 4)
            .is_some_and(|b| b.is_ascii_digit() || *b == b',');
    if !grouped {
        return failure(input, nom::error::ErrorKind::TakeWhileMN);
    }
    let value = bytes[..lead + 4]
        .iter()
        .filter(|b| b.is_ascii_digit())
        .fold(0, |value, digit| value * 10 + u32::from(digit - b'0'));
    Ok((&input[lead + 4..], value))
}

/// A cardinal in words up to 999: "four", "twenty-four", "twenty four", "one hundred",
/// "a hundred and twenty".
pub(crate) fn number_words(input: &str) -> Res<'_, u32> {
    remembered(&NUMBERS, input, read_number_words)
}

fn read_number_words(input: &str) -> Res<'_, u32> {
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

/// A number in words below a hundred: "twenty-four", "twenty four", "nine". The word is
/// looked up once for tens and for a cardinal, where each was a lookup of its own: every
/// amount and year in words is read through here.
fn below_hundred(input: &str) -> Res<'_, u32> {
    let (rest, (_, senses)) = lex(input)?;
    let number = |wanted: NumberKind| {
        senses.iter().find_map(|s| match s {
            Sense::Number { value, kind } if *kind == wanted => Some(*value),
            _ => None,
        })
    };
    if let Some(tens) = number(NumberKind::Tens) {
        let (rest, units) = opt(preceded(
            alt((recognize(hyphen), sp)),
            verify(cardinal, |v| *v < 10),
        ))
        .parse(rest)?;
        return Ok((rest, tens + units.unwrap_or(0)));
    }
    match number(NumberKind::Cardinal) {
        Some(value) => Ok((rest, value)),
        None => failure(input, nom::error::ErrorKind::MapOpt),
    }
}

/// A cardinal in one word: "four", "twelve".
fn cardinal(input: &str) -> Res<'_, u32> {
    sense(|s| match s {
        Sense::Number {
            value,
            kind: NumberKind::Cardinal,
        } => Some(*value),
        _ => None,
    })
    .parse(input)
}

/// "a" or "an" meaning one: "a year ago", "an hour".
pub(crate) fn article(input: &str) -> Res<'_, u32> {
    alt((kw("a"), kw("an"), kw("one"))).map(|_| 1).parse(input)
}

/// An amount of units: "four", "48", "2 1/2", "two and a half", "1.5", "two thousand", "a",
/// "several", "a few", "a couple of".
pub(crate) fn amount(input: &str) -> Res<'_, Amount> {
    remembered(&AMOUNTS, input, read_amount)
}

fn read_amount(input: &str) -> Res<'_, Amount> {
    // "two thousand years": a count of thousands, not the year 2000.
    let whole = (
        alt((grouped_digits, digits, number_words)),
        opt(preceded(sp, kw("thousand"))),
    )
        .map(|(whole, thousand)| match thousand {
            Some(_) => whole.saturating_mul(1000),
            None => whole,
        });
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
    // "a couple of weeks", and "the past couple of weeks" without the article: two.
    let couple = (
        opt(terminated(kw("a"), sp)),
        kw("couple"),
        opt(preceded(sp, kw("of"))),
    )
        .map(|_| Amount::count(2));
    alt((
        couple,
        vague.map(|_| Amount::Vague),
        counted,
        article.map(Amount::count),
    ))
    .parse(input)
}

/// The suffix of an ordinal in digits, any case: the "st" of "21st", "th" of "9TH".
pub(crate) fn ordinal_suffix(input: &str) -> Res<'_, &str> {
    alt((
        ascii_no_case("st"),
        ascii_no_case("nd"),
        ascii_no_case("rd"),
        ascii_no_case("th"),
    ))
    .parse(input)
}

/// An ordinal: "third", "3rd", "21st", "twenty-first".
pub(crate) fn ordinal(input: &str) -> Res<'_, u32> {
    let in_digits = terminated(digits, ordinal_suffix);
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
    fn separators_and_digits_on_bytes() {
        assert_eq!(sp("  x"), Ok(("x", "  ")));
        assert_eq!(sp("\u{a0}x"), Ok(("x", "\u{a0}")));
        assert!(
            sp("     x").is_err(),
            "five spaces are no gap within a phrase"
        );
        assert!(sp("\n\nx").is_err(), "a blank line ends a phrase");
        assert!(sp("x").is_err());
        assert_eq!(hyphen("\u{2010}day"), Ok(("day", '\u{2010}')));
        assert!(
            hyphen("\u{2013}day").is_err(),
            "an en dash is a range, not a hyphen"
        );
        assert_eq!(digits("48-hour"), Ok(("-hour", 48)));
        assert!(digits("1234567").is_err());
        assert!(boundary("\u{e9}t\u{e9}").is_err());
        assert!(boundary("\u{2019}s").is_ok());
        assert_eq!(
            ascii_no_case("p.m.").parse("P.M. GMT"),
            Ok((" GMT", "P.M."))
        );
        assert!(ascii_no_case("pm").parse("p\u{e9}").is_err());
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

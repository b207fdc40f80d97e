//! Every parser of the crate, behind one boundary: front matter, TimeML markup, and the
//! temporal phrases. nom's types never leave this folder; callers get plain data.
//!
//! The temporal scanner walks the text word by word and tries the phrase parsers only where a
//! digit or a word of the temporal lexicon starts, so time is spent only where a date can be.

mod calendar;
mod clock;
mod count;
mod extent;
pub(crate) mod front_matter;
mod holiday;
mod lexicon;
pub(crate) mod markup;
mod relative;
mod words;

use crate::time::Modifier;
use crate::time::expr::{Expr, Guard, Portion, Reading, YearPart, YearRef};
use lexicon::{Leads, NumberKind, Sense, Tense, WordLeads, lexicon};
use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::combinator::opt;
use nom::sequence::{preceded, terminated};
use std::cell::Cell;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;
use std::thread::LocalKey;
use words::{Res, ascii_no_case, hyphen, kw, phrase, sense, sp};

pub(crate) use lexicon::Tense as WordTense;
pub(crate) use words::{LONGEST_WORD, lowercase};

/// The parsers of counts and ordinals never look further than this from where they start,
/// as the tagger's parsers never look past its window, so a pathological input (a megabyte
/// of spaces after "more than") costs a bounded amount of work per position.
const WINDOW: usize = crate::limits::MAX_EXPRESSION_BYTES;

/// A temporal phrase found in a text: its byte range and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub range: Range<usize>,
    pub reading: Reading,
}

/// Finds every temporal phrase in `text`, in order, without overlaps, reading at most
/// `window` bytes from where each may start.
#[cfg(test)]
pub(crate) fn scan(text: &str, window: usize) -> Vec<Found> {
    let mut found = Vec::new();
    scan_into(text, window, &mut found);
    found
}

/// [`scan`] into `found`, emptied first: the tagger keeps one list per thread for the
/// phrases of each report.
pub(crate) fn scan_into(text: &str, window: usize, found: &mut Vec<Found>) {
    found.clear();
    // Room for a phrase every 64 bytes, where news has one every 150 or so: grown from
    // nothing, the list of a report was copied five or six times over.
    found.reserve(text.len() / 64 + 1);
    words::remembering(text, || scan_words(text, window, found));
}

fn scan_words(text: &str, window: usize, found: &mut Vec<Found>) {
    let bytes = text.as_bytes();
    let lexicon = lexicon();
    // The readings at one word, in a buffer kept for the whole scan.
    let mut readings = Vec::new();
    // The word after the last lead, when leads_at read it.
    let mut peeked: Option<Peeked> = None;
    let mut at = 0;
    while at < bytes.len() {
        let (start, end, looked_up) = match peeked.take().filter(|peeked| peeked.from == at) {
            Some(peeked) => (peeked.start, peeked.end, peeked.leads),
            None => {
                let Some((start, end)) = next_word(text, at) else {
                    break;
                };
                (start, end, None)
            }
        };
        at = end;
        // Most words lead nothing, which their shape tells on their bytes, or the lookup
        // made when they followed a lead; a fiscal year ("FY2025") is in no list, but has
        // a lead's shape.
        if looked_up.is_some_and(|lead| lead.single.is_empty() && lead.phrase.is_empty())
            && !fiscal_year_word(&bytes[start..end])
            || !bytes[start].is_ascii_digit() && !lexicon.may_lead(&bytes[start..end])
        {
            continue;
        }
        let word = &text[start..end];
        let leads = leads_at(text, word, end, &mut peeked);
        if leads.is_empty() {
            continue;
        }
        // "the '90s": a phrase may start at an apostrophe before digits.
        let start = if start > 0
            && word.as_bytes()[0].is_ascii_digit()
            && matches!(bytes[start - 1], b'\'')
        {
            start - 1
        } else {
            start
        };
        let input = &text[start..floor_char_boundary(text, start.saturating_add(window))];
        expression(input, leads, &mut readings);
        let Some(first) = readings
            .iter()
            .position(|(len, reading)| accepted(text, start, start + len, reading))
        else {
            continue;
        };
        let (len, reading) = readings.swap_remove(first);
        let end = start + len;
        let range_end = range_tail(text, end, &reading, window);
        found.push(Found {
            range: start..end,
            reading,
        });
        at = end;
        if let Some(tail) = range_tail_found(range_end, found) {
            at = tail;
        }
    }
}

/// "FY2025", "FY99": a fiscal year written as one word, which no list holds.
fn fiscal_year_word(word: &[u8]) -> bool {
    matches!(word, [b'F', b'Y', digits @ ..]
        if matches!(digits.len(), 2 | 4) && digits.iter().all(u8::is_ascii_digit))
}

/// What phrases the word `word` (ending at `end`), a digit or a word of a lead's shape
/// ([`Lexicon::may_lead`](lexicon::Lexicon::may_lead)), can open: nothing for most. Some
/// kinds count only when the next word can continue them: "the", "last" and the like before a
/// time word ("the third quarter", but not "the company"), "a" and "an" before an amount or
/// unit ("a week", not "a range": the article is a tenth of all words in news), a modifier or
/// number before an amount ("about two hours", not "about the talks"), a multi-word entry's
/// first word before its second ("more than").
///
/// The word after, when it is read, is left in `peeked` for the scanner to move on to.
fn leads_at(text: &str, word: &str, end: usize, peeked: &mut Option<Peeked>) -> Leads {
    const CONDITIONAL: Leads = Leads::WEAK
        .or(Leads::ARTICLE)
        .or(Leads::POSSESSIVE)
        .or(Leads::INDEFINITE)
        .or(Leads::SHIFTER)
        .or(Leads::DEMONSTRATIVE)
        .or(Leads::MODIFIER)
        .or(Leads::NUMBER)
        .or(Leads::DECADE);
    if word.as_bytes()[0].is_ascii_digit() {
        return digit_leads(text, word, end);
    }
    if fiscal_year_word(word.as_bytes()) {
        return Leads::YEAR_WORD;
    }
    let lexicon = lexicon();
    let mut buffer = [0u8; words::LONGEST_WORD];
    let Some((lower, lead)) = leads_of(text, end - word.len(), end, &mut buffer) else {
        return Leads::NONE;
    };
    let unconditional = lead.single.without(CONDITIONAL);
    if !lead.single.meets(CONDITIONAL) && lead.phrase.is_empty() {
        return unconditional;
    }
    let Some((next_start, next_end)) = next_word(text, end) else {
        return unconditional;
    };
    let peeked = peeked.insert(Peeked {
        from: end,
        start: next_start,
        end: next_end,
        leads: None,
    });
    let gap = &text[end..next_start];
    if gap.len() > 4
        || !gap
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '\'' | '\u{2019}' | '-' | '\u{2010}'))
    {
        return unconditional;
    }
    let next = &text[next_start..next_end];
    if next.as_bytes()[0].is_ascii_digit() {
        return lead.single;
    }
    let mut next_buffer = [0u8; words::LONGEST_WORD];
    let Some((next, next_lead)) = leads_of(text, next_start, next_end, &mut next_buffer) else {
        return unconditional;
    };
    let mut leads = unconditional;
    if lexicon.continues(lower, next) {
        leads = leads.or(lead.phrase).or(lead.single);
    }
    // "the" and "a" do not continue a phrase ("that the", "last a"); "last", "third", "week"
    // do, and after a modifier so does "a" ("over a week").
    peeked.leads = Some(next_lead);
    let next_lead = next_lead.single;
    let continues = !next_lead
        .without(
            Leads::ARTICLE
                .or(Leads::POSSESSIVE)
                .or(Leads::INDEFINITE)
                .or(Leads::WEAK),
        )
        .is_empty()
        || lead.single.meets(Leads::MODIFIER) && next_lead.meets(Leads::INDEFINITE);
    let number_joint = lead.single.meets(Leads::NUMBER)
        && matches!(next, b"and" | b"thousand" | b"of" | b"more" | b"times");
    if continues || number_joint {
        leads = leads.or(lead.single);
    }
    leads
}

/// A word found after a lead (by [`next_word`] from `from`), with what it leads when
/// [`leads_at`] looked it up: the scanner moves on to it without finding and looking it up
/// again. About half the leads read the word after them, mostly "the" and "a".
struct Peeked {
    from: usize,
    start: usize,
    end: usize,
    leads: Option<WordLeads>,
}

/// How many words a [`Memo`] keeps: 16 KB a thread for the leads of the scanner's words,
/// where a report's words of a lead's shape are some hundreds.
const MEMO_SLOTS: usize = 1024;

/// What the words looked up last on a thread give, by their bytes in lowercase
/// ([`pack_lowercase`]), each in a slot chosen by its bytes: the lists never change, so
/// neither does what a word gives. Allocated on a thread's first use, so that threads that
/// never tag pay nothing.
pub(crate) type Memo<T> = Box<[Cell<(u64, T)>; MEMO_SLOTS]>;

/// A memo that keeps no word yet: each slot holds `empty` under key 0, which no word packs to.
pub(crate) fn memo<T: Copy>(empty: T) -> Memo<T> {
    Box::new(std::array::from_fn(|_| Cell::new((0, empty))))
}

thread_local! {
    /// What a short word leads: news repeats the words of a lead's shape ("the", "a", "at",
    /// "more") hundreds of times, and each was lowercased byte by byte and looked up again.
    static LEADS_MEMO: Memo<WordLeads> = memo(WordLeads::NONE);
}

/// What `memo` keeps for the word packed as `key`, worked out by `find` when it keeps
/// another word in its slot.
pub(crate) fn memoized<T: Copy + 'static>(
    memo: &'static LocalKey<Memo<T>>,
    key: u64,
    find: impl FnOnce() -> T,
) -> T {
    // Fibonacci hashing: the top bits of the product pick the slot.
    let slot = (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - MEMO_SLOTS.ilog2())) as usize;
    memo.with(|memo| match memo[slot].get() {
        (kept, value) if kept == key => value,
        _ => {
            let value = find();
            memo[slot].set((key, value));
            value
        }
    })
}

/// The word at `start..end` of `text` in lowercase (in `buffer`) and what it leads; `None`
/// when it is not ASCII or too long for the lists.
fn leads_of<'b>(
    text: &str,
    start: usize,
    end: usize,
    buffer: &'b mut [u8; words::LONGEST_WORD],
) -> Option<(&'b [u8], WordLeads)> {
    let Some(key) = pack_lowercase(text.as_bytes(), start, end) else {
        let lower = words::lowercase(&text[start..end], buffer)?;
        return Some((lower, lexicon().leads(lower)));
    };
    buffer[..8].copy_from_slice(&key.to_le_bytes());
    let lower = &buffer[..end - start];
    Some((lower, memoized(&LEADS_MEMO, key, || lexicon().leads(lower))))
}

/// The word at `start..end` of `bytes`, one to eight ASCII bytes, in lowercase, packed
/// little-endian into a machine word with zeros after it: read and lowercased at once (the
/// bytes after the word are masked off; near the end of `bytes` it is copied first). A
/// word's bytes are never zero, so no two words pack alike and none packs to zero.
pub(crate) fn pack_lowercase(bytes: &[u8], start: usize, end: usize) -> Option<u64> {
    let word = bytes.get(start..end)?;
    let chunk = match bytes[start..].first_chunk::<8>() {
        Some(chunk) => *chunk,
        None => {
            let mut chunk = [0u8; 8];
            chunk.get_mut(..word.len())?.copy_from_slice(word);
            chunk
        }
    };
    packed_lowercase(u64::from_le_bytes(chunk), word.len())
}

/// The first `len` bytes of `chunk` (one to eight), when all are ASCII and none is zero, in
/// lowercase with zeros after them.
fn packed_lowercase(chunk: u64, len: usize) -> Option<u64> {
    if !(1..=8).contains(&len) {
        return None;
    }
    let mask = u64::MAX >> (8 * (8 - len));
    let word = chunk & mask;
    if word & HIGH != 0 || at_least(word, 1) != HIGH & mask {
        return None;
    }
    let upper = at_least(word, b'A') & at_most(word, b'Z');
    // The high bit of an upper-case byte, moved to its case bit (0x20).
    Some(word | (upper >> 2))
}

/// One in each byte of a machine word.
const ONES: u64 = u64::from_le_bytes([1; 8]);
/// The high bit of each byte.
const HIGH: u64 = ONES * 0x80;

/// For each byte of `bytes` below 0x80, its high bit set where it is at least `low`; no byte
/// borrows from the next.
const fn at_least(bytes: u64, low: u8) -> u64 {
    ((bytes | HIGH) - ONES * low as u64) & HIGH
}

/// For each byte of `bytes` below 0x80, its high bit set where it is at most `high`.
const fn at_most(bytes: u64, high: u8) -> u64 {
    (ONES * (0x80 | high) as u64 - bytes) & HIGH
}

/// What a word of digits can open, by its shape: "2025" or "1990s" a year or decade, "9" or
/// "48" a day, clock time or amount, "20th" an ordinal. The tail of a larger number
/// ("000" in "1,000", "5" in "2.5") or an amount of money opens nothing.
fn digit_leads(text: &str, word: &str, end: usize) -> Leads {
    let start = end - word.len();
    let before = &text.as_bytes()[..start];
    let in_number = before.len() >= 2
        && matches!(before[before.len() - 1], b',' | b'.')
        && before[before.len() - 2].is_ascii_digit();
    if in_number
        || before.last().is_some_and(|b| matches!(b, b'$' | b'#'))
        || text[..start].ends_with(['£', '€'])
    {
        return Leads::NONE;
    }
    let shape = digit_shape(word);
    if shape == Leads::SMALL_DIGITS
        && word.bytes().all(|b| b.is_ascii_digit())
        && !counts_time(text, end)
    {
        return Leads::NONE;
    }
    shape.or(Leads::DIGIT)
}

/// What a word of digits can open by its shape alone: "2025" or "1990s" a year or decade,
/// "9" or "48" a day, clock time or amount, "20th" an ordinal, "6pm" a clock time.
fn digit_shape(word: &str) -> Leads {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = &word[digits..];
    let is = |ending: &str| suffix.eq_ignore_ascii_case(ending);
    match digits {
        4 if suffix.is_empty() || is("s") => Leads::YEAR_DIGITS,
        2 if is("s") => Leads::YEAR_DIGITS,
        1..=3 if suffix.is_empty() => Leads::SMALL_DIGITS,
        1..=3 if is("st") || is("nd") || is("rd") || is("th") => Leads::ORDINAL_DIGITS,
        // "6pm", "10am": a clock time written as one word.
        1..=2 if is("am") || is("pm") => Leads::SMALL_DIGITS,
        _ => Leads::NONE,
    }
}

/// Every kind of phrase the first word of `input` can open, whatever follows it: for a
/// phrase after a position modifier ("early", "the end of"), where the scanner's checks of
/// the next word were not made.
fn word_leads(input: &str) -> Leads {
    let Some((0, end)) = next_word(input, 0) else {
        return Leads::ALL;
    };
    let word = &input[..end];
    if word.as_bytes()[0].is_ascii_digit() {
        return digit_shape(word).or(Leads::DIGIT);
    }
    let mut buffer = [0u8; words::LONGEST_WORD];
    match words::lowercase(word, &mut buffer) {
        Some(lower) => {
            let lead = lexicon().leads(lower);
            lead.single.or(lead.phrase)
        }
        None => Leads::ALL,
    }
}

/// Whether what follows a small number (ending at `end`) can make it part of a time: a
/// clock's or a date's punctuation ("7:15", "5.30 pm", "10/19/2025"), or a word that can
/// follow one ("48-hour", "9 October", "10 a.m.", "two or three days"), not "23 soldiers",
/// "1 million" or "50 percent", which are most of the numbers in news.
fn counts_time(text: &str, end: usize) -> bool {
    let after = &text.as_bytes()[end..];
    let gap = after
        .iter()
        .take_while(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'-'))
        .count();
    let Some(&next) = after.get(gap) else {
        return false;
    };
    if gap == 0 && next != b'-' {
        // "7:15", "10/19/2025", "5.30 pm", "1.5 years"; not "3,000" or "1.9" million.
        let then = after.get(1).copied().unwrap_or(b' ');
        return match next {
            b':' | b'/' => true,
            // "1,200 years": a number grouped in thousands counts a time as its last group
            // would; "3,000 soldiers" and "1,000,000" do not.
            b',' => {
                after.len() > 4
                    && after[1..4].iter().all(u8::is_ascii_digit)
                    && !after[4].is_ascii_digit()
                    && after[4] != b','
                    && after[4] != b'.'
                    && counts_time(text, end + 4)
            }
            b'.' => {
                then.is_ascii_digit()
                    && (then == b'5' || after.get(2).is_some_and(u8::is_ascii_digit))
            }
            _ => next >= 0x80,
        };
    }
    if gap > 4 {
        return false;
    }
    if next.is_ascii_digit() || next >= 0x80 {
        return true;
    }
    let Some((start, word_end)) = next_word(text, end + gap) else {
        return false;
    };
    if start != end + gap {
        return true;
    }
    let mut buffer = [0u8; words::LONGEST_WORD];
    let Some(word) = words::lowercase(&text[start..word_end], &mut buffer) else {
        return true;
    };
    matches!(
        word,
        b"a" | b"p" | b"am" | b"pm" | b"o" | b"of" | b"and" | b"or" | b"to" | b"more" | b"times"
    ) || !lexicon().leads(word).single.is_empty()
        || !lexicon().word(word).is_empty()
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    if index >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// What a byte is to the word scanner: 0 for ASCII that is no part of a word, 1 for an
/// ASCII letter or digit, 2 for a byte of a longer character, which is decoded to decide.
const WORD_BYTES: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = if byte >= 0x80 {
            2
        } else if (byte as u8).is_ascii_alphanumeric() {
            1
        } else {
            0
        };
        byte += 1;
    }
    table
};

/// The next word (a run of letters and digits) at or after `at`.
///
/// Every byte of a text passes through here: a word of ASCII between ASCII separators, most
/// of them, is found inline on the byte table; a longer character sends the search to
/// [`next_word_decoding`].
#[inline(always)]
fn next_word(text: &str, at: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut start = at;
    // Most words follow one space after the word before.
    let spaced =
        at + 1 < bytes.len() && bytes[at] == b' ' && WORD_BYTES[usize::from(bytes[at + 1])] == 1;
    if spaced {
        start += 1;
    } else {
        while start < bytes.len() && WORD_BYTES[usize::from(bytes[start])] == 0 {
            start += 1;
        }
        if start >= bytes.len() {
            return None;
        }
        if WORD_BYTES[usize::from(bytes[start])] != 1 {
            return next_word_decoding(text, start);
        }
    }
    let end = ascii_run_end(bytes, start + 1);
    if end < bytes.len() && WORD_BYTES[usize::from(bytes[end])] != 0 {
        return next_word_decoding(text, start);
    }
    Some((start, end))
}

/// Where the run of ASCII letters and digits from `at` ends: eight bytes at a time, each
/// byte's ranges tested by arithmetic on the whole word (SWAR), where the bytes of every word
/// of a text were looked up one by one. The last few bytes of a text go one by one.
#[inline]
fn ascii_run_end(bytes: &[u8], mut at: usize) -> usize {
    while let Some(Ok(chunk)) = bytes.get(at..at + 8).map(<[u8; 8]>::try_from) {
        let chunk = u64::from_le_bytes(chunk);
        let ascii = chunk & !HIGH;
        let folded = ascii | (ONES * 0x20);
        let digit = at_least(ascii, b'0') & at_most(ascii, b'9');
        let letter = at_least(folded, b'a') & at_most(folded, b'z');
        // A byte of a longer character ends the run too, whatever its low bits look like.
        let stop = (!(digit | letter) | chunk) & HIGH;
        if stop != 0 {
            return at + (stop.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    while at < bytes.len() && WORD_BYTES[usize::from(bytes[at])] == 1 {
        at += 1;
    }
    at
}

/// [`next_word`] where a byte of a longer character is on the way.
#[inline(never)]
fn next_word_decoding(text: &str, at: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut start = at;
    loop {
        match WORD_BYTES[usize::from(*bytes.get(start)?)] {
            0 => start += 1,
            1 => break,
            _ => {
                let c = text[start..].chars().next()?;
                if c.is_alphanumeric() {
                    break;
                }
                start += c.len_utf8();
            }
        }
    }
    let mut end = start;
    while let Some(&byte) = bytes.get(end) {
        match WORD_BYTES[usize::from(byte)] {
            0 => break,
            1 => end += 1,
            _ => {
                let c = text[end..].chars().next()?;
                if !c.is_alphanumeric() {
                    break;
                }
                end += c.len_utf8();
            }
        }
    }
    Some((start, end))
}

/// Every reading of a phrase at the start of `input`, longest first (for equal lengths, in
/// the parsers' order), with an optional modifier before it, in `readings` (emptied first).
/// The scanner takes the first one its context checks accept.
// Kept out of the scanner's loop, as `range_tail` is: inlined, it made the loop that runs at
// every word 1% dearer.
#[inline(never)]
fn expression(input: &str, leads: Leads, readings: &mut Vec<(usize, Reading)>) {
    readings.clear();
    core(input, leads, readings);
    // "more than eight hours", but not "over the past two months": the modifier must stand
    // right before the amount.
    let before_amount = |rest: &str| kw("the").parse(rest).is_err();
    let quantity = if leads.meets(Leads::MODIFIER) {
        quantity_modifier(input).ok()
    } else {
        None
    };
    if let Some((rest, modifier)) = quantity.filter(|(rest, _)| before_amount(rest)) {
        let skipped = input.len() - rest.len();
        let over = input
            .as_bytes()
            .get(..5)
            .is_some_and(|word| word.eq_ignore_ascii_case(b"over "));
        let from = readings.len();
        core(rest, Leads::COUNTED, readings);
        keep_from(readings, from, |(len, reading)| {
            *len += skipped;
            reading.modifier = Some(modifier);
            if over {
                reading.guard = Guard::NotAfterLength;
            }
            counts_something(&reading.expr)
        });
    }
    let position = if may_open_position(input, leads) {
        position_modifier(input).ok()
    } else {
        None
    };
    if let Some((rest, position)) = position {
        let skipped = input.len() - rest.len();
        let from = readings.len();
        core(rest, word_leads(rest), readings);
        if position.only == Only::Eras {
            // "the early 80s": read here, as the decade parser reads "80s" only after "the".
            if let Ok((after, reading)) = calendar::tens_decade(rest) {
                readings.push((rest.len() - after.len(), reading));
            }
        }
        keep_from(readings, from, |(len, reading)| {
            *len += skipped;
            let placed = match position.only {
                Only::Eras => matches!(reading.expr, Expr::Decade(_) | Expr::Century(_)),
                Only::Days => is_day(&reading.expr),
                Only::Placed => is_placed(&reading.expr) && reading.portion.is_none(),
            };
            reading.modifier = Some(position.modifier);
            reading.portion = position.half;
            // "the late Easter", "the early Tuesday flight": after an article, "late" before
            // a day is a word about the day, not a part of it.
            let day = is_day(&reading.expr) && !matches!(reading.expr, Expr::Day(_));
            // "early May" is a time whatever the word before; "highs in the mid-80s" are
            // still degrees.
            reading.guard = if position.adjective && day {
                Guard::Undetermined
            } else if reading.guard == Guard::NotDegrees {
                Guard::NotDegrees
            } else {
                Guard::None
            };
            placed
        });
    }
    readings.sort_by_key(|(len, _)| std::cmp::Reverse(*len));
}

/// Keeps, of `readings` from `from` on, those `keep` accepts, as it changes them: the
/// readings after a modifier are read into the list of the word's own, in their order,
/// where each modifier's were a list allocated for them.
fn keep_from(
    readings: &mut Vec<(usize, Reading)>,
    from: usize,
    mut keep: impl FnMut(&mut (usize, Reading)) -> bool,
) {
    let mut at = 0;
    readings.retain_mut(|reading| {
        at += 1;
        at <= from || keep(reading)
    });
}

/// Amount phrases a quantity modifier can apply to: "more than eight hours", "nearly four years ago".
fn counts_something(expr: &Expr) -> bool {
    matches!(expr, Expr::Duration { .. } | Expr::Shifted { .. })
}

/// Phrases placed on the calendar that "early", "late", "mid-" or "the end of" can narrow.
fn is_placed(expr: &Expr) -> bool {
    !matches!(
        expr,
        Expr::Duration { .. } | Expr::Set(_) | Expr::Reference(_) | Expr::Time { .. }
    )
}

/// "more than", "nearly", "about", "at least" and the like.
fn quantity_modifier(input: &str) -> Res<'_, Modifier> {
    let pick = |s: &Sense| match s {
        Sense::Modifier(modifier) => Some(*modifier),
        _ => None,
    };
    terminated(alt((phrase(pick), sense(pick))), sp).parse(input)
}

/// Whether [`position_modifier`] can read anything at `input`, the start of a word that
/// leads `leads`: a position word ("early", "end"), or an article before one of the nouns it
/// reads ("the end of", "a close of"). Every "the" and "a" before a time word comes here, and
/// nearly none opens a position, which two words tell more cheaply than the parser does.
fn may_open_position(input: &str, leads: Leads) -> bool {
    if leads.meets(Leads::POSITION) {
        return true;
    }
    if !leads.meets(Leads::ARTICLE.or(Leads::INDEFINITE)) {
        return false;
    }
    let Some((_, article_end)) = next_word(input, 0) else {
        return false;
    };
    let Some((start, end)) = next_word(input, article_end) else {
        return false;
    };
    let mut buffer = [0u8; words::LONGEST_WORD];
    let Some(noun) = lowercase(&input[start..end], &mut buffer) else {
        return false;
    };
    match noun {
        b"end" | b"close" | b"beginning" | b"start" | b"dawn" | b"middle" | b"early" | b"late"
        | b"mid" => true,
        // "the first half of": "the first" and "the last" are common, and open a position
        // only before "half".
        b"first" | b"second" | b"latter" | b"last" => next_word(input, end)
            .is_some_and(|(from, to)| input[from..to].eq_ignore_ascii_case("half")),
        _ => false,
    }
}

/// "early", "late", "earlier", "later" ("later that year", "later yesterday"), "mid-", "the
/// end of", "the beginning of", "the middle of"; "by the end of" is read from "the end of".
/// "the first half of", "the second half of", "the latter half of" keep a half of what
/// follows ("the second half of the month", "the first half of the 1990s"), told as its
/// start or end: TIMEX3 has no mod for a half. "the early 1990s", "the mid-1980s", "the late
/// 19th century": an era takes its article, which "the late Easter" (a late one) must not.
fn position_modifier(input: &str) -> Res<'_, Position> {
    let the = |input| opt(terminated(alt((kw("the"), kw("an"), kw("a"))), sp)).parse(input);
    let of = |input| (sp, kw("of"), sp).parse(input);
    let whole = |modifier| Position {
        modifier,
        half: None,
        only: Only::Placed,
        adjective: false,
    };
    let adjective = |input| {
        alt((
            terminated(alt((kw("early"), kw("earlier"))), sp).map(|_| Modifier::Start),
            terminated(alt((kw("late"), kw("later"))), sp).map(|_| Modifier::End),
            terminated(ascii_no_case("mid"), alt((hyphen.map(|_| ""), sp))).map(|_| Modifier::Mid),
        ))
        .parse(input)
    };
    alt((
        adjective.map(|modifier| Position {
            adjective: true,
            ..whole(modifier)
        }),
        // "the early hours of Saturday": the start of a day.
        preceded((kw("the"), sp), (adjective, opt((kw("hours"), of)))).map(|(modifier, hours)| {
            Position {
                only: if hours.is_some() {
                    Only::Days
                } else {
                    Only::Eras
                },
                ..whole(modifier)
            }
        }),
        preceded(the, terminated(alt((kw("end"), kw("close"))), of)).map(|_| whole(Modifier::End)),
        preceded(
            the,
            terminated(alt((kw("beginning"), kw("start"), kw("dawn"))), of),
        )
        .map(|_| whole(Modifier::Start)),
        preceded(the, terminated(kw("middle"), of)).map(|_| whole(Modifier::Mid)),
        preceded(
            (kw("the"), sp),
            terminated(
                alt((kw("first"), kw("second"), kw("latter"), kw("last"))),
                sp,
            ),
        )
        .and(terminated(kw("half"), of))
        .map(|(which, _)| {
            let first = which.eq_ignore_ascii_case("first");
            Position {
                modifier: if first {
                    Modifier::Start
                } else {
                    Modifier::End
                },
                half: Some(if first {
                    Portion::FirstHalf
                } else {
                    Portion::SecondHalf
                }),
                only: Only::Placed,
                adjective: false,
            }
        }),
    ))
    .parse(input)
}

/// What [`position_modifier`] read: the mod it gives, the half it keeps, what may follow,
/// and whether it was a word before the phrase ("early", "late", "mid-") rather than a noun
/// phrase ("the end of").
#[derive(Debug, Clone, Copy)]
struct Position {
    modifier: Modifier,
    half: Option<Portion>,
    only: Only,
    adjective: bool,
}

/// What a position can narrow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Only {
    /// Any phrase placed on the calendar ([`is_placed`]): "late March", "the end of 2024".
    Placed,
    /// A decade or century: "the early 1990s", "the late 19th century".
    Eras,
    /// A day: "the early hours of Saturday".
    Days,
}

/// A phrase that names one day: "Tuesday", "October 9", "Christmas", "yesterday".
fn is_day(expr: &Expr) -> bool {
    matches!(
        expr,
        Expr::Holiday { .. }
            | Expr::Weekday { .. }
            | Expr::Date { day: Some(_), .. }
            | Expr::Day(_)
    )
}

/// Each phrase parser with the kinds of word it can start with.
const PARSERS: &[(Run, Leads)] = {
    use Leads as L;
    &[
        (Run::Day(0), L::WEEKDAY),
        (Run::Day(1), L::MONTH),
        (
            Run::ArticleDay(2, &after(L::DIGIT, &[])),
            L::SMALL_DIGITS.or(L::ORDINAL_DIGITS).or(L::ARTICLE),
        ),
        (
            Run::Plain(calendar::day_range_start),
            L::SMALL_DIGITS.or(L::ORDINAL_DIGITS),
        ),
        (Run::Plain(calendar::month_year), L::MONTH),
        (Run::Day(3), L::YEAR_DIGITS),
        (Run::Plain(calendar::slash_date), L::SMALL_DIGITS),
        (Run::Plain(calendar::month_alone), L::MONTH),
        // Not after a year in digits: "1989 April" has a written year, which the parser
        // turns away.
        (
            Run::Plain(calendar::relative_month),
            L::SHIFTER.or(L::MONTH),
        ),
        (Run::Plain(calendar::bare_year), L::YEAR_DIGITS),
        (
            Run::Article(calendar::named_year, &after(L::NONE, &["year"])),
            L::YEAR_WORD.or(L::ARTICLE).or(L::NUMBER).or(L::UNIT),
        ),
        (
            Run::Article(calendar::decade, &after(L::DECADE.or(L::DIGIT), &[])),
            L::ARTICLE.or(L::YEAR_DIGITS).or(L::DECADE),
        ),
        (
            Run::Article(calendar::century, &after(L::NUMBER.or(L::DIGIT), &[])),
            L::ARTICLE.or(L::ORDINAL_DIGITS).or(L::NUMBER),
        ),
        (
            Run::Article(
                calendar::year_part,
                &after(
                    L::NUMBER.or(L::DIGIT),
                    &[
                        "last", "latter", "final", "first", "opening", "this", "next", "past",
                        "coming", "fiscal", "q*",
                    ],
                ),
            ),
            L::ARTICLE
                .or(L::POSSESSIVE)
                .or(L::NUMBER)
                .or(L::ORDINAL_DIGITS)
                .or(L::YEAR_DIGITS)
                .or(L::SHIFTER)
                .or(L::YEAR_WORD),
        ),
        (
            Run::Article(
                calendar::season,
                &after(L::SEASON, &["following", "previous", "preceding"]),
            ),
            L::ARTICLE
                .or(L::SEASON)
                .or(L::SHIFTER)
                .or(L::YEAR_DIGITS)
                .or(L::DEMONSTRATIVE),
        ),
        (
            Run::Article(holiday::holiday, &after(L::HOLIDAY, &[])),
            L::ARTICLE.or(L::HOLIDAY).or(L::SHIFTER),
        ),
        (
            Run::ArticleDay(4, &after(L::NONE, &["day"])),
            L::DEICTIC.or(L::ARTICLE),
        ),
        (
            Run::Plain(relative::day_with_part),
            L::DEICTIC.or(L::SHIFTER).or(L::WEEKDAY),
        ),
        (
            Run::ArticleDay(5, &after(L::NONE, &["previous", "preceding", "following"])),
            L::WEEKDAY.or(L::SHIFTER).or(L::ARTICLE),
        ),
        (
            Run::Article(
                relative::speech_period,
                &after(
                    L::NONE,
                    &["current", "coming", "past", "last", "latest", "next"],
                ),
            ),
            L::SHIFTER.or(L::ARTICLE),
        ),
        (
            Run::Article(
                relative::narrative_period,
                &after(
                    L::UNIT,
                    &[
                        "previous",
                        "preceding",
                        "prior",
                        "following",
                        "next",
                        "same",
                    ],
                ),
            ),
            L::ARTICLE.or(L::SHIFTER).or(L::DEMONSTRATIVE),
        ),
        (
            Run::Plain(relative::shifted),
            L::NUMBER
                .or(L::SMALL_DIGITS)
                .or(L::INDEFINITE)
                .or(L::COUNTED),
        ),
        (
            Run::Plain(relative::year_ago_adjective),
            L::YEAR_WORD.or(L::UNIT),
        ),
        (Run::Plain(relative::portion), L::POSITION),
        (
            Run::Article(relative::the_weekend, &after(L::NONE, &["weekend"])),
            L::ARTICLE,
        ),
        (
            Run::Article(
                relative::reported_quarter,
                &after(
                    L::DIGIT,
                    &[
                        "comparable",
                        "corresponding",
                        "same",
                        "year",
                        "latest",
                        "fiscal",
                        "quarter",
                        "period",
                    ],
                ),
            ),
            L::ARTICLE,
        ),
        (
            Run::Article(
                relative::the_period,
                &after(
                    L::NONE,
                    &[
                        "full", "fiscal", "whole", "entire", "year", "month", "week", "decade",
                        "century",
                    ],
                ),
            ),
            L::ARTICLE,
        ),
        (
            Run::Article(relative::week_of, &after(L::NONE, &["week"])),
            L::ARTICLE,
        ),
        (
            Run::Article(
                calendar::week_of_month,
                &after(
                    L::NONE,
                    &["first", "second", "third", "fourth", "last", "final"],
                ),
            ),
            L::ARTICLE,
        ),
        (
            Run::Article(calendar::day_alone, &after(L::DIGIT, &[])),
            L::ARTICLE,
        ),
        (
            Run::Article(relative::year_end, &after(L::NONE, &["year"])),
            L::ARTICLE.or(L::YEAR_WORD).or(L::UNIT),
        ),
        (
            Run::Article(
                relative::story_day_part,
                &after(L::DAY_PART, &["next", "following", "previous", "preceding"]),
            ),
            L::ARTICLE
                .or(L::DEICTIC)
                .or(L::POSITION)
                .or(L::SHIFTER)
                .or(L::DEMONSTRATIVE),
        ),
        (
            Run::Clock,
            L::SMALL_DIGITS
                .or(L::YEAR_DIGITS)
                .or(L::DEICTIC)
                .or(L::WEEKDAY)
                .or(L::MONTH)
                .or(L::SHIFTER),
        ),
        // Before the amounts of the same length: "will one day" is a future time, where the
        // scanner accepts it; elsewhere "one day" is an amount.
        (Run::Plain(extent::one_day), L::NUMBER),
        (
            Run::Plain(extent::adjectival),
            L::SMALL_DIGITS.or(L::NUMBER).or(L::COUNTED),
        ),
        (Run::Plain(extent::unit_long), L::UNIT.or(L::YEAR_WORD)),
        (
            Run::Plain(extent::amount_of_units),
            L::SMALL_DIGITS
                .or(L::NUMBER)
                .or(L::INDEFINITE)
                .or(L::COUNTED),
        ),
        (
            Run::Plain(extent::added_stretch),
            L::INDEFINITE.or(L::COUNTED),
        ),
        (Run::Plain(extent::half_unit), L::EVERY),
        (
            Run::Article(
                extent::framed,
                &after(
                    L::NUMBER.or(L::DIGIT),
                    &[
                        "a",
                        "an",
                        "one",
                        "past",
                        "last",
                        "next",
                        "first",
                        "coming",
                        "previous",
                        "following",
                        "final",
                        "latest",
                        "remaining",
                        "initial",
                    ],
                ),
            ),
            L::ARTICLE,
        ),
        (
            Run::Article(
                extent::framed_plural,
                &after(L::NONE, &["past", "last", "coming", "next"]),
            ),
            L::ARTICLE,
        ),
        (
            Run::Article(
                extent::vague_stretch,
                &after(L::UNIT, &["recent", "past", "coming"]),
            ),
            L::SHIFTER.or(L::ARTICLE).or(L::UNIT).or(L::REFERENCE),
        ),
        (
            Run::Plain(extent::set),
            L::EVERY.or(L::NUMBER).or(L::SMALL_DIGITS),
        ),
        (
            Run::Article(extent::reference, &After::PHRASES),
            L::REFERENCE.or(L::ARTICLE),
        ),
    ]
};

/// For each kind of word, the parsers (bits by their place in [`PARSERS`]) it can open: a
/// word is of one or two kinds, and opens a few of the many parsers.
const OPENED: [u64; 32] = by_kind(kinds_of_parsers(false));

/// For each kind of word, the article parsers that read one after "the" ([`After::kinds`]).
const AFTER_KINDS: [u64; 32] = by_kind(kinds_of_parsers(true));

/// The parsers that read after "the" only what their [`After`] allows.
const ARTICLE_RUNS: u64 = after_runs(false);

/// The parsers that read after "the" the second word of a lexicon phrase ([`After::PHRASES`]).
const PHRASE_RUNS: u64 = after_runs(true);

/// The kinds of word each parser starts with, or with `after`, those an article parser reads
/// after "the" (none for the other parsers).
const fn kinds_of_parsers(after: bool) -> [u32; 64] {
    assert!(PARSERS.len() <= 64);
    let mut kinds = [0u32; 64];
    let mut parser = 0;
    while parser < PARSERS.len() {
        kinds[parser] = match (&PARSERS[parser], after) {
            ((_, starts), false) => starts.bits(),
            ((Run::Article(_, read) | Run::ArticleDay(_, read), _), true) => read.kinds.bits(),
            (_, true) => 0,
        };
        parser += 1;
    }
    kinds
}

/// For each kind of word, the parsers (bits by their place) whose `kinds` include it.
const fn by_kind(kinds: [u32; 64]) -> [u64; 32] {
    let mut table = [0u64; 32];
    let mut parser = 0;
    while parser < kinds.len() {
        let mut kind = 0;
        while kind < 32 {
            if kinds[parser] & (1 << kind) != 0 {
                table[kind] |= 1 << parser;
            }
            kind += 1;
        }
        parser += 1;
    }
    table
}

/// The article parsers, or with `phrases` those of them that read a phrase's second word.
const fn after_runs(phrases: bool) -> u64 {
    let mut runs = 0u64;
    let mut parser = 0;
    while parser < PARSERS.len() {
        if let Run::Article(_, read) | Run::ArticleDay(_, read) = &PARSERS[parser].0 {
            if !phrases || read.phrases {
                runs |= 1 << parser;
            }
        }
        parser += 1;
    }
    runs
}

/// The parsers (bits) that the kinds in `leads` open, or read after "the", by `table`.
fn runs_of(table: &[u64; 32], leads: Leads) -> u64 {
    let mut runs = 0u64;
    let mut kinds = leads.bits();
    while kinds != 0 {
        runs |= table[kinds.trailing_zeros() as usize];
        kinds &= kinds - 1;
    }
    runs
}

/// The words the article parsers name after "the" ([`After::words`]), each with the parsers
/// that name it, and the prefixes ("q*") with theirs: the word after "the" is looked up once,
/// where each parser compared it with each of its words.
struct AfterWords {
    words: HashMap<&'static [u8], u64>,
    prefixes: Vec<(&'static [u8], u64)>,
}

impl AfterWords {
    fn get() -> &'static AfterWords {
        static WORDS: OnceLock<AfterWords> = OnceLock::new();
        WORDS.get_or_init(|| {
            let mut table = AfterWords {
                words: HashMap::new(),
                prefixes: Vec::new(),
            };
            for (parser, (run, _)) in PARSERS.iter().enumerate() {
                let (Run::Article(_, read) | Run::ArticleDay(_, read)) = run else {
                    continue;
                };
                for word in read.words {
                    match word.strip_suffix('*') {
                        Some(prefix) => table.prefixes.push((prefix.as_bytes(), 1 << parser)),
                        None => *table.words.entry(word.as_bytes()).or_default() |= 1 << parser,
                    }
                }
            }
            table
        })
    }

    /// The article parsers that read `lower` after "the" as one of their words.
    fn runs(&self, lower: &[u8]) -> u64 {
        let prefixed = self
            .prefixes
            .iter()
            .filter(|(prefix, _)| lower.starts_with(prefix))
            .fold(0, |runs, (_, parser)| runs | parser);
        self.words.get(lower).copied().unwrap_or(0) | prefixed
    }
}

/// Every reading the phrase parsers give at the start of `input`, added to `readings`.
fn core(input: &str, leads: Leads, readings: &mut Vec<(usize, Reading)>) {
    let mut runs = runs_of(&OPENED, leads);
    if let Some(next) = AfterThe::read(input, leads) {
        runs &= !ARTICLE_RUNS | next.runs;
    }
    // The day the first of the parsers a clock time's day can open with read here, once:
    // they run in the order of [`clock::CLOCK_DAYS`], which the clock time tries them in.
    let mut day: Option<(&str, Expr)> = None;
    // In the list's order, which the clock-time parser and the order of equal readings need.
    while runs != 0 {
        let (parser, _) = &PARSERS[runs.trailing_zeros() as usize];
        runs &= runs - 1;
        let parsed = match parser {
            Run::Plain(parse) | Run::Article(parse, _) => parse(input),
            Run::Day(order) | Run::ArticleDay(order, _) => {
                let parsed = clock::CLOCK_DAYS[*order](input);
                if day.is_none() {
                    day = parsed
                        .as_ref()
                        .ok()
                        .map(|(rest, r)| (*rest, r.expr.clone()));
                }
                parsed
            }
            Run::Clock => {
                // "Friday at 5 pm": the first day parser that read a day, in their order; one
                // this word cannot open did not run and reads none.
                clock::time_after(input, day.take())
            }
        };
        if let Ok((rest, reading)) = parsed {
            let len = input.len() - rest.len();
            if len > 0 {
                readings.push((len, reading));
            }
        }
    }
}

/// How [`core`] runs a phrase parser: most on their own; the day parsers a clock time can
/// follow ("Friday at 5 pm") keep what they read for the clock-time parser after them.
enum Run {
    Plain(fn(&str) -> Res<'_, Reading>),
    /// A parser that reads, after "the", only a word of these kinds or one of these words.
    Article(fn(&str) -> Res<'_, Reading>, &'static After),
    /// The parser at this index of [`clock::CLOCK_DAYS`].
    Day(usize),
    /// A day parser that reads, after "the", only what [`Run::Article`] says.
    ArticleDay(usize, &'static After),
    Clock,
}

/// What a phrase parser can read after "the": a word of one of `kinds` (the lexicon's leads,
/// [`Leads::DIGIT`] for a number), one of `words` ("q*": any word starting with "q"), or,
/// with `phrases`, the second word of a lexicon phrase opening with "the" ("the near future").
struct After {
    kinds: Leads,
    words: &'static [&'static str],
    phrases: bool,
}

/// A parser that reads after "the" a word of one of `kinds` or one of `words`.
const fn after(kinds: Leads, words: &'static [&'static str]) -> After {
    After {
        kinds,
        words,
        phrases: false,
    }
}

impl After {
    /// A parser that reads after "the" only the second word of one of its phrases.
    const PHRASES: After = After {
        kinds: Leads::NONE,
        words: &[],
        phrases: true,
    };
}

/// The word after "the" at the start of a phrase, as the parsers that open with the article
/// read it: a third of all parser runs are at "the", and most of the parsers tried there
/// need another next word ("the third quarter" is no weekend, season or past week).
struct AfterThe {
    buffer: [u8; words::LONGEST_WORD],
    len: usize,
    kinds: Leads,
    continues: bool,
    /// The article parsers that read this word after "the" (bits by their place in
    /// [`PARSERS`]).
    runs: u64,
}

impl AfterThe {
    /// The word after "the" and the spaces a phrase allows, when `input` opens so and the
    /// word is ASCII and short enough to look up; `None` (every parser runs) otherwise, or
    /// when the lists give "the" a meaning of its own.
    fn read(input: &str, leads: Leads) -> Option<AfterThe> {
        if !leads.meets(Leads::ARTICLE) {
            return None;
        }
        let (rest, _) = (kw("the"), sp).parse(input).ok()?;
        let lexicon = lexicon();
        if !lexicon.word("the").is_empty() {
            return None;
        }
        let bytes = rest.as_bytes();
        let len = bytes
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if len == 0 || len > words::LONGEST_WORD || bytes.get(len).is_some_and(|b| !b.is_ascii()) {
            return None;
        }
        let mut buffer = [0u8; words::LONGEST_WORD];
        for (slot, byte) in buffer.iter_mut().zip(&bytes[..len]) {
            *slot = byte.to_ascii_lowercase();
        }
        let mut next = AfterThe {
            buffer,
            len,
            kinds: Leads::NONE,
            continues: false,
            runs: 0,
        };
        if bytes[0].is_ascii_digit() {
            next.kinds = Leads::DIGIT;
        } else {
            let lead = lexicon.leads(next.lower());
            next.kinds = lead.single.or(lead.phrase);
            next.continues = lexicon.continues("the", next.lower());
        }
        next.runs = runs_of(&AFTER_KINDS, next.kinds)
            | if next.continues { PHRASE_RUNS } else { 0 }
            | AfterWords::get().runs(next.lower());
        Some(next)
    }

    /// The word in lowercase, as the lists are looked up: bytes, not checked again as UTF-8.
    fn lower(&self) -> &[u8] {
        &self.buffer[..self.len]
    }
}

/// The word before `at`, lowercased, if it is ASCII and short.
fn word_before(text: &str, at: usize) -> Option<String> {
    word_before_from(text, at).map(|(_, word)| word)
}

/// [`word_before`], with where it starts: "as" in "as soon as June" is read, then the word
/// before it.
fn word_before_from(text: &str, at: usize) -> Option<(usize, String)> {
    let before = text[..at].trim_end_matches([' ', '\t', '\n', '\r', '(', '"', '\u{a0}']);
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '$' || *c == '%')
        .last()
        .map(|(i, _)| i)?;
    let word = &before[start..];
    (word.len() <= 16).then(|| (start, word.to_ascii_lowercase()))
}

/// The word after `at` as written, cut to its first 32 bytes (on a character boundary: a
/// word of kana or CJK ideographs has no boundary at byte 32).
fn word_after(text: &str, at: usize) -> &str {
    const LONGEST: usize = 32;
    let after = text[at..].trim_start_matches([' ', '\t', '\u{a0}']);
    let end = after
        .char_indices()
        .find(|(i, c)| *i >= LONGEST || !(c.is_alphanumeric() || *c == '\'' || *c == '%'))
        .map_or(after.len(), |(i, _)| i);
    &after[..floor_char_boundary(after, end.min(LONGEST))]
}

/// The scanner's checks of what lies around a phrase.
fn accepted(text: &str, start: usize, end: usize, reading: &Reading) -> bool {
    if may_end_a_name(&reading.expr) && in_name(text, start, end) {
        return false;
    }
    // "the Summer Olympics", "the Spring Offensive": a season in capitals before a name.
    let season = matches!(
        reading.expr,
        Expr::YearPart {
            part: YearPart::Season(_),
            year: YearRef::Implicit
        }
    );
    if season && capitalized_last(&text[start..end]) && capitalized_next(text, end) {
        return false;
    }
    match reading.guard {
        Guard::None => true,
        Guard::AmbiguousWord => match word_before_from(text, start) {
            // "as soon as June", "as early as May": a limit set in time.
            Some((as_at, w)) if w == "as" => word_before(text, as_at)
                .is_some_and(|w| matches!(w.as_str(), "soon" | "early" | "late" | "recently")),
            Some((_, w)) => introduces_time(&w),
            None => false,
        },
        Guard::BareYear => is_year_in_context(text, start, end),
        Guard::Rate => !is_rate(text, start),
        Guard::Connective => {
            let next = word_after(text, end).to_ascii_lowercase();
            word_before(text, start).as_deref() != Some("as")
                && !matches!(
                    next.as_str(),
                    "after" | "before" | "as" | "thereafter" | "afterward" | "afterwards"
                )
        }
        Guard::AfterModal => word_before(text, start).is_some_and(|w| {
            matches!(
                w.as_str(),
                "will" | "would" | "could" | "may" | "might" | "can" | "shall" | "should"
            )
        }),
        Guard::Undetermined => !word_before(text, start).is_some_and(|w| {
            matches!(
                w.as_str(),
                "the" | "a" | "its" | "his" | "her" | "their" | "our" | "my" | "your" | "this"
            )
        }),
        Guard::NotToThe => match word_before_from(text, start) {
            Some((to_at, w)) if w == "to" => !ends_with_length(text, to_at),
            _ => true,
        },
        Guard::NotAfterLength => !ends_with_length(text, start),
        Guard::NotDegrees => !after_degrees(text, start),
        Guard::BareUnit => word_before(text, start).is_some_and(|w| {
            matches!(
                w.as_str(),
                "for" | "in" | "within" | "over" | "after" | "took" | "takes" | "take"
            )
        }),
    }
}

/// Whether one of the four words before `start` measures heat or play, which "in the 80s"
/// then counts: "temperatures were in the 80s", "highs in the 90s", "shot in the 60s".
fn after_degrees(text: &str, start: usize) -> bool {
    let mut at = start;
    (0..4).any(|_| {
        let Some((from, word)) = word_before_from(text, at) else {
            return false;
        };
        at = from;
        matches!(
            word.trim_end_matches('s'),
            "temperature"
                | "high"
                | "low"
                | "degree"
                | "reading"
                | "mercury"
                | "fahrenheit"
                | "celsius"
                | "shot"
                | "shoot"
                | "score"
                | "scored"
                | "golfer"
                | "age"
                | "aged"
        )
    })
}

/// Whether a capitalized word that does not open its sentence, and names no time, stands
/// right before `start`: "Orion 1980", "Windows 2000", "Euro 2012" are names.
fn follows_name(text: &str, start: usize) -> bool {
    let Some(before) = text[..start].strip_suffix(' ') else {
        return false;
    };
    // A name's word is short: a longer run of letters is read no further back than this.
    let from = floor_char_boundary(before, before.len().saturating_sub(words::LONGEST_WORD));
    let word_start = before[from..]
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(from, |(at, c)| from + at + c.len_utf8());
    let word = &before[word_start..];
    if word_start == from && from > 0 {
        return false;
    }
    let opens_sentence = before[..word_start]
        .trim_end_matches(' ')
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | '"' | '\u{201C}' | '\n' | '('));
    word.len() > 1
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && !opens_sentence
        && words::senses(&word.to_ascii_lowercase()).is_empty()
}

/// Whether the last word of `phrase` is capitalized.
fn capitalized_last(phrase: &str) -> bool {
    phrase
        .rsplit(' ')
        .next()
        .is_some_and(|word| word.starts_with(|c: char| c.is_ascii_uppercase()))
}

/// Whether a capitalized word follows `end` after one space.
fn capitalized_next(text: &str, end: usize) -> bool {
    text[end..]
        .strip_prefix(' ')
        .is_some_and(|after| after.starts_with(|c: char| c.is_ascii_uppercase()))
}

/// Phrases that end names when capitalized after a capitalized word: those of the day or week
/// a report is written in ("USA Today", ABC's "This Week") and seasons of no year written
/// ("the Arab Spring", "the Prague Spring").
fn may_end_a_name(expr: &Expr) -> bool {
    match expr {
        Expr::Day(_) => true,
        Expr::Period { offset: 0, .. } => true,
        Expr::PartOfDay { day, .. } => matches!(**day, Expr::Day(_)),
        Expr::YearPart {
            part: YearPart::Season(_),
            year: YearRef::Implicit,
        } => true,
        _ => false,
    }
}

/// Whether a phrase written in capitals ("Today", "This Week") is part of a name, as the
/// capitalized word before it tells: "USA Today", "NBC's Today show", ABC's "This Week", "the
/// Arab Spring". A capital after a sentence's end, a colon or a quotation opening a sentence
/// is no name, nor is a preposition that opens one ("In Spring, rains came").
fn in_name(text: &str, start: usize, end: usize) -> bool {
    let titled = text[start..end]
        .split(' ')
        .all(|word| word.starts_with(|c: char| c.is_ascii_uppercase()));
    if !titled {
        return false;
    }
    // A name's word and the marks after it are short: read no further back than this.
    let from = floor_char_boundary(text, start.saturating_sub(2 * words::LONGEST_WORD));
    let before = text[from..start].trim_end_matches([' ', '"', '\u{201C}']);
    let last = match before.rsplit_once(' ') {
        Some((_, last)) => last,
        // The text's first word, or a run too long to be a name's.
        None if from == 0 => before,
        None => return false,
    };
    let name = last.strip_suffix("'s").unwrap_or(last);
    const OPENERS: [&str; 8] = ["In", "By", "On", "At", "For", "During", "Since", "Until"];
    name.len() > 1
        && !OPENERS.contains(&name)
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
        && !name.ends_with('.')
}

/// Whether the word before `at` is a unit of a length of time: "years" in "two years to the
/// day", "hours" in "nine hours over two days".
fn ends_with_length(text: &str, at: usize) -> bool {
    word_before(text, at).is_some_and(|w| {
        matches!(
            w.trim_end_matches('s'),
            "minute" | "hour" | "day" | "week" | "month" | "year" | "decade"
        )
    })
}

/// "four flights a week", "$35 a night", "358,000 a month": the article follows an amount.
fn is_rate(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    let last = before.chars().next_back();
    if last.is_some_and(|c| c.is_ascii_digit() || c == '%') {
        return true;
    }
    match word_before(text, start) {
        Some(word) => {
            let numbers = [
                "million", "billion", "thousand", "hundred", "times", "once", "twice", "percent",
                "cents", "dollars",
            ];
            numbers.contains(&word.as_str())
                || word.len() > 3
                    && word.ends_with('s')
                    && !word.ends_with("ss")
                    && !matches!(
                        word.as_str(),
                        "days"
                            | "years"
                            | "weeks"
                            | "months"
                            | "hours"
                            | "was"
                            | "has"
                            | "this"
                            | "its"
                            | "his"
                            | "thus"
                            | "plus"
                            | "less"
                    )
        }
        None => false,
    }
}

fn introduces_time(word: &str) -> bool {
    words::senses(word)
        .iter()
        .any(|s| matches!(s, Sense::Introducer))
}

/// A bare four-digit number reads as a year unless its surroundings make it a count, an
/// amount or part of a longer number: "2000 troops", "about 1500", "$2021", "051-2021-3344".
/// Whether the four digits at `start..end` begin or end a span of years: "the 1980-88 war",
/// "in 2014–15", "from 1990-1995". The other end must be a later year within fifty, written
/// with two or four digits and nothing more, so that "051-2021-3344" and "2021-3344" stay
/// numbers.
/// "between 2019 and 2021", "from 1990 to 1995": a later year joined to a year by a word of
/// a span is the span's end, whatever follows it ("and 2021 exports fell").
fn after_year_and(text: &str, start: usize, end: usize) -> bool {
    let Ok(this) = text[start..end].parse::<i32>() else {
        return false;
    };
    let Some((joint_at, joint)) = word_before_from(text, start) else {
        return false;
    };
    let first = word_before(text, joint_at)
        .filter(|w| w.len() == 4)
        .and_then(|w| w.parse::<i32>().ok());
    matches!(joint.as_str(), "and" | "to" | "through" | "until" | "till")
        && first.is_some_and(|first| first < this && this <= first + 50)
}

fn in_year_range(text: &str, start: usize, end: usize) -> bool {
    let year = |digits: &str| digits.parse::<i32>().ok();
    let Some(this) = year(&text[start..end]) else {
        return false;
    };
    let digits_at = |from: usize| text[from..].bytes().take_while(u8::is_ascii_digit).count();
    let dash = |c: char| matches!(c, '-' | '\u{2013}');
    let later = |first: i32, second: i32| first < second && second <= first + 50;
    // "1980-88", "1990-1995": a later year after the dash, then no more digits or dashes.
    let ends_after = text[end..]
        .chars()
        .next()
        .filter(|c| dash(*c))
        .is_some_and(|c| {
            let from = end + c.len_utf8();
            let count = digits_at(from);
            let after = text[from + count..].chars().next();
            let clean = !after.is_some_and(|a| a.is_ascii_digit() || dash(a));
            let second = match count {
                2 => year(&text[from..from + 2]).map(|yy| this - this % 100 + yy),
                4 => year(&text[from..from + 4]),
                _ => None,
            };
            clean && second.is_some_and(|second| later(this, second))
        });
    // "1990-1995" read from its end: four digits before the dash, with nothing before them.
    let starts_before = text[..start]
        .chars()
        .next_back()
        .filter(|c| dash(*c))
        .is_some_and(|c| {
            let to = start - c.len_utf8();
            let count = text[..to]
                .bytes()
                .rev()
                .take_while(u8::is_ascii_digit)
                .count();
            let before = text[..to - count].chars().next_back();
            let clean = !before.is_some_and(|b| b.is_ascii_digit() || dash(b));
            count == 4 && clean && year(&text[to - 4..to]).is_some_and(|first| later(first, this))
        });
    ends_after || starts_before
}

fn is_year_in_context(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let digit_across = |c: Option<char>, beyond: Option<char>| {
        matches!(c, Some('-' | '/' | '.' | ':' | '+' | ','))
            && beyond.is_some_and(|b| b.is_ascii_digit())
    };
    let before2 = text[..start].chars().rev().nth(1);
    let after2 = text[end..].chars().nth(1);
    let range = in_year_range(text, start, end) || after_year_and(text, start, end);
    if (digit_across(before, before2) || digit_across(after, after2)) && !range {
        return false;
    }
    if matches!(before, Some('$' | '£' | '€' | '#' | '+')) || matches!(after, Some('%')) {
        return false;
    }
    if follows_name(text, start) {
        return false;
    }
    let previous = word_before(text, start);
    if previous
        .as_deref()
        .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
        && !range
    {
        return false;
    }
    let next = word_after(text, end);
    if next.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
        return false;
    }
    if previous.as_deref().is_some_and(|w| {
        words::senses(w)
            .iter()
            .any(|s| matches!(s, Sense::Modifier(_)))
            || matches!(w, "than" | "only" | "just" | "all" | "number" | "no")
    }) {
        return false;
    }
    // "in 2021" is a year whatever follows; "and 1500 families" is not made one by "and".
    let introduced = previous
        .as_deref()
        .is_some_and(|w| introduces_time(w) && !matches!(w, "and" | "or"));
    let counted = next.len() > 2
        && next.starts_with(|c: char| c.is_lowercase())
        && next.ends_with('s')
        && !next.ends_with("'s")
        || matches!(
            next,
            "percent" | "per" | "people" | "men" | "women" | "children" | "police" | "staff"
        );
    // "the 1990-1995 talks": the end of a span of years is no count of what follows.
    introduced || range || !counted
}

/// For a day-of-month date, the second day of a written range ("October 18 and 19",
/// "Oct 25-30"): its range in the text and the year if one follows it.
// Kept out of the scanner's loop: inlined there, it cost the loop 3% more instructions over
// TBAQ (callgrind), where it runs once per phrase found.
#[inline(never)]
fn range_tail(
    text: &str,
    end: usize,
    reading: &Reading,
    window: usize,
) -> Option<(Range<usize>, Reading)> {
    let Expr::Date {
        year,
        month: Some(month),
        day: Some(_),
        weekday: None,
    } = reading.expr
    else {
        return None;
    };
    let rest = &text[end..floor_char_boundary(text, end.saturating_add(window))];
    let (after, (skipped, day)) = calendar::range_end(rest).ok()?;
    let tail_start = end + skipped;
    let mut tail_end = end + (rest.len() - after.len());
    let mut year = year;
    if year.is_none() {
        if let Ok((after_year, written)) =
            preceded(alt((preceded(tag(","), sp), sp)), calendar::year_number).parse(after)
        {
            year = Some(written);
            tail_end = end + (rest.len() - after_year.len());
        }
    }
    chrono::NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day)?;
    let expr = Expr::Date {
        year,
        month: Some(month),
        day: Some(day),
        weekday: None,
    };
    Some((tail_start..tail_end, expr.into()))
}

/// Adds a range's second day after the first, giving the first the range's year when only
/// the second day wrote it ("October 18 and 19, 2025").
fn range_tail_found(
    tail: Option<(Range<usize>, Reading)>,
    found: &mut Vec<Found>,
) -> Option<usize> {
    let (range, reading) = tail?;
    if let (
        Some(first),
        Expr::Date {
            year: Some(year), ..
        },
    ) = (found.last_mut(), &reading.expr)
    {
        if let Expr::Date {
            year: first_year @ None,
            ..
        } = &mut first.reading.expr
        {
            *first_year = Some(*year);
        }
    }
    let end = range.end;
    found.push(Found { range, reading });
    Some(end)
}

pub(crate) use count::Count;

/// A count at the start of `input` ("at least 12 civilians"): its length in bytes and range.
pub(crate) fn count_at(input: &str) -> Option<(usize, Count)> {
    let window = &input[..floor_char_boundary(input, WINDOW)];
    count::count(window)
        .ok()
        .map(|(rest, count)| (window.len() - rest.len(), count))
}

/// An ordinal at the start of `input` ("third", "3rd", "twenty-first"): its length and value.
pub(crate) fn ordinal_at(input: &str) -> Option<(usize, u32)> {
    // Extraction asks at words around every truce; a word opens an ordinal only as one
    // ("third") or as tens ("twenty-first"), which one lookup tells, where the parser looked
    // the word up twice, outside a scan that remembers it.
    let window = &input[..floor_char_boundary(input, WINDOW)];
    if !window.starts_with(|c: char| c.is_ascii_digit()) {
        let (_, (_, senses)) = words::lex(window).ok()?;
        let opens = senses.iter().any(|s| {
            matches!(
                s,
                Sense::Number {
                    kind: NumberKind::Ordinal | NumberKind::Tens,
                    ..
                }
            )
        });
        if !opens {
            return None;
        }
    }
    words::ordinal(window)
        .ok()
        .map(|(rest, n)| (window.len() - rest.len(), n))
}

/// The tense a word, in ASCII lowercase, signals, if it is in the tense list.
pub(crate) fn word_tense(lower: &[u8]) -> Option<Tense> {
    if lower.len() > words::LONGEST_WORD || !lower.is_ascii() {
        return None;
    }
    lexicon().word(lower).iter().find_map(|s| match s {
        Sense::Tense(tense) => Some(*tense),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases(text: &str) -> Vec<&str> {
        scan(text, WINDOW)
            .into_iter()
            .map(|f| &text[f.range])
            .collect()
    }

    #[test]
    fn runs_of_ascii_end_where_the_byte_table_ends_them() {
        for byte in 0..=255u8 {
            for place in 0..20 {
                let mut bytes = *b"aZ09zAm5Qq1xYb7Kk0z9";
                bytes[place] = byte;
                let by_table = (0..)
                    .find(|&at| {
                        bytes
                            .get(at)
                            .is_none_or(|b| WORD_BYTES[usize::from(*b)] != 1)
                    })
                    .unwrap_or(0);
                assert_eq!(ascii_run_end(&bytes, 0), by_table, "{byte:#x} at {place}");
            }
        }
    }

    #[test]
    fn short_words_pack_in_lowercase() {
        let text = b"The AT a Sept2025 xxxxxxxxx";
        assert_eq!(
            pack_lowercase(text, 0, 3),
            Some(u64::from_le_bytes(*b"the\0\0\0\0\0"))
        );
        assert_eq!(
            pack_lowercase(text, 4, 6),
            Some(u64::from_le_bytes(*b"at\0\0\0\0\0\0"))
        );
        assert_eq!(
            pack_lowercase(text, 9, 17),
            Some(u64::from_le_bytes(*b"sept2025"))
        );
        assert_eq!(pack_lowercase(text, 18, 27), None, "nine bytes");
        assert_eq!(
            pack_lowercase(text, 24, 27),
            Some(u64::from_le_bytes(*b"xxx\0\0\0\0\0")),
            "fewer than eight bytes left"
        );
        assert_eq!(pack_lowercase("caf\u{e9} au lait".as_bytes(), 0, 5), None);
        assert_eq!(pack_lowercase(b"a\0b ccccccc", 0, 3), None);
        for byte in 1..0x80u8 {
            let bytes = [byte, b' ', b' ', b' ', b' ', b' ', b' ', b' '];
            let lowered = pack_lowercase(&bytes, 0, 1).map(|word| word as u8);
            assert_eq!(lowered, Some(byte.to_ascii_lowercase()), "{byte:#x}");
        }
    }

    #[test]
    fn finds_phrases_in_text() {
        assert_eq!(
            phrases(
                "The four-day talks in Istanbul ended on Tuesday, after a 48-hour ceasefire on October 19."
            ),
            vec!["four-day", "Tuesday", "48-hour", "October 19"]
        );
    }

    #[test]
    fn modifiers_join_their_phrase() {
        assert_eq!(
            phrases("It lasted more than eight hours."),
            vec!["more than eight hours"]
        );
        assert_eq!(
            phrases("Talks resume in early November."),
            vec!["early November"]
        );
        assert_eq!(phrases("They met over the weekend."), vec!["the weekend"]);
    }

    #[test]
    fn ranges_give_two_dates() {
        assert_eq!(
            phrases("Talks on October 18 and 19, 2025 in Doha"),
            vec!["October 18", "19, 2025"]
        );
        assert_eq!(phrases("from Oct 25-30."), vec!["Oct 25", "30"]);
        assert_eq!(
            phrases("on 15 and 16 October, from 25-30 October 2025, 18th to 20th Oct"),
            vec![
                "15",
                "16 October",
                "25",
                "30 October 2025",
                "18th",
                "20th Oct"
            ]
        );
        let found = scan("from 25-30 October 2025", WINDOW);
        assert!(matches!(
            found[0].reading.expr,
            Expr::Date {
                year: Some(2025),
                month: Some(10),
                day: Some(25),
                ..
            }
        ));
        assert!(phrases("between 5 and 6 people, 20-30 percent").is_empty());
    }

    #[test]
    fn words_are_found_as_by_characters() {
        // What next_word must agree with: runs of alphanumeric characters.
        fn by_characters(text: &str, at: usize) -> Option<(usize, usize)> {
            let (start, _) = text[at..]
                .char_indices()
                .find(|(_, c)| c.is_alphanumeric())?;
            let start = at + start;
            let end = text[start..]
                .char_indices()
                .find(|(_, c)| !c.is_alphanumeric())
                .map_or(text.len(), |(i, _)| start + i);
            Some((start, end))
        }
        let pieces = [
            "a",
            "Z",
            "0",
            "9",
            " ",
            "-",
            "@",
            "[",
            "`",
            "{",
            "/",
            ":",
            "\u{e9}",
            "\u{2010}",
            "\u{a0}",
            "\u{4e2d}",
            "\u{1d7d8}",
            "\u{2019}",
            "\n",
            "\u{7f}",
        ];
        for seed in 0..400u32 {
            let mut text = String::new();
            let mut state = seed.wrapping_mul(2_654_435_761).wrapping_add(1);
            for _ in 0..(seed % 40) {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                text.push_str(pieces[state as usize % pieces.len()]);
            }
            for at in (0..=text.len()).filter(|&at| text.is_char_boundary(at)) {
                assert_eq!(
                    next_word(&text, at),
                    by_characters(&text, at),
                    "{text:?} at {at}"
                );
            }
        }
    }

    #[test]
    fn phrases_after_the_are_read_by_every_parser_that_can() {
        // One phrase for each way a parser reads the word after "the"; the parsers that
        // cannot read that word are not tried.
        let whole = [
            "the year 2000",
            "the 1990s",
            "the nineties",
            "the twentieth century",
            "the 20th century",
            "the third quarter",
            "the Q3 2025",
            "the fiscal third quarter",
            "the 1989 third quarter",
            "the summer of 2019",
            "the past week",
            "the coming year",
            "the current quarter",
            "the previous day",
            "the same day",
            "the day before",
            "the weekend",
            "the comparable period last year",
            "the year-ago quarter",
            "the 1988 quarter",
            "the latest quarter",
            "the full year",
            "the week of March 6",
            "the year's end",
            "the next morning",
            "the morning",
            "the past two months",
            "the first nine months",
            "the past months",
            "the weeks ahead",
            "the past",
            "the near future",
            "the day before yesterday",
            "the previous Friday",
            "the following Monday",
        ];
        let missed: Vec<_> = whole
            .iter()
            .filter(|phrase| {
                phrases(&format!("It was {phrase}, officials said.")) != vec![**phrase]
            })
            .collect();
        assert!(missed.is_empty(), "{missed:?}");
        // The scanner tries "the" only before a word that leads a phrase; after "the end of"
        // every parser that can open with the next word is tried.
        assert_eq!(
            phrases(
                "at the end of the latter half of 1990, the end of the final two quarters of \
                 1991, the end of the opening two quarters of 2024, the end of the Q03; on the \
                 11th, when"
            ),
            vec![
                "the end of the latter half of 1990",
                "the end of the final two quarters of 1991",
                "the end of the opening two quarters of 2024",
                "the end of the Q03",
                "the 11th"
            ]
        );
        let the = |input: &str| AfterThe::read(input, Leads::ARTICLE);
        assert!(the("the '90s").is_none() && the("their third quarter").is_none());
        assert!(the("the 1990s").is_some_and(|next| next.kinds == Leads::DIGIT));
        assert!(the("the Nineties").is_some_and(|next| next.kinds.meets(Leads::DECADE)));
        assert!(the("the two sides").is_some_and(|next| !next.kinds.meets(Leads::DECADE)));
        assert!(
            the("The Near future").is_some_and(|next| next.continues && next.lower() == b"near")
        );
    }

    #[test]
    fn positions_are_tried_wherever_the_parser_reads_one() {
        for input in [
            "the end of 2025",
            "The Close of trading",
            "a beginning of May",
            "an\u{a0}start of it",
            "the  dawn of the 1990s",
            "the\nmiddle of March",
            "early 2020",
            "Late May",
            "mid-May",
            "end of June",
            "the first half of March",
            "The latter half of it",
            "the mid-1990s",
            "the late 19th century",
        ] {
            let leads = word_leads(input);
            assert!(position_modifier(input).is_ok(), "{input}");
            assert!(may_open_position(input, leads), "{input}");
        }
        // An article before any other word is not tried: nearly every one the scanner meets.
        for input in ["the first time", "the last word"] {
            assert!(position_modifier(input).is_err(), "{input}");
        }
        for input in ["the endgame", "the third quarter", "a week"] {
            let leads = word_leads(input);
            assert!(position_modifier(input).is_err(), "{input}");
            assert!(!may_open_position(input, leads), "{input}");
        }
    }

    #[test]
    fn quantity_modifiers_qualify_amounts_only() {
        // One phrase for each parser run after a quantity modifier; a date, a clock time or
        // a year part after one is found without it.
        assert_eq!(
            phrases(
                "more than eight hours, nearly four years ago, about 48-hour talks, at least \
                 another two weeks; nearly 5 p.m., at least 12 October, about the third quarter"
            ),
            vec![
                "more than eight hours",
                "nearly four years ago",
                "about 48-hour",
                "at least another two weeks",
                "5 p.m.",
                "12 October",
                "the third quarter"
            ]
        );
    }

    #[test]
    fn numbers_of_things_are_not_tried() {
        assert!(phrases("23 soldiers, 1 million people, 50 percent, 12 (or 13)").is_empty());
        assert!(!counts_time("23 soldiers", 2));
        assert!(counts_time("7:15 p.m.", 1));
        assert!(counts_time("9 October", 1));
        assert_eq!(
            phrases("At 10 a.m., 48-hour talks; 2 1/2 years; 9 October; two or three days"),
            vec![
                "10 a.m.",
                "48-hour",
                "2 1/2 years",
                "9 October",
                "three days"
            ]
        );
    }

    #[test]
    fn words_remembered_in_one_text_are_not_read_in_the_next() {
        // The same allocation, the same length, other words: what the scan of the first text
        // remembered by address must not answer for the second.
        let mut text = String::from("due in March 2020.");
        let first: Vec<String> = phrases(&text).into_iter().map(String::from).collect();
        text.clear();
        text.push_str("due on Friday, 9th");
        assert_eq!(first, vec!["March 2020"]);
        assert_eq!(phrases(&text), vec!["Friday"]);
    }

    #[test]
    fn thousands_of_years_are_an_amount() {
        let found = scan("secrets kept for more than two thousand years", WINDOW);
        assert_eq!(found.len(), 1);
        assert!(matches!(
            found[0].reading.expr,
            Expr::Duration {
                amount: crate::time::expr::Amount::Count {
                    whole: 2000,
                    half: false
                },
                ..
            }
        ));
        assert_eq!(
            phrases("in two thousand and one"),
            vec!["two thousand and one"]
        );
    }

    #[test]
    fn one_day_after_a_modal_is_some_future_day() {
        let future = scan("Islam will one day be the second religion", WINDOW);
        assert_eq!(
            future[0].reading.expr,
            Expr::Reference(crate::time::expr::Reference::Future)
        );
        let amount = scan("The visit lasted one day.", WINDOW);
        assert!(matches!(amount[0].reading.expr, Expr::Duration { .. }));
    }

    #[test]
    fn stretches_added_to_others() {
        assert_eq!(
            phrases(
                "extended for another 48 hours, another week, a further six months, an \
                 additional year; two more weeks; 20 more years"
            ),
            vec![
                "another 48 hours",
                "another week",
                "a further six months",
                "an additional year",
                "two more weeks",
                "20 more years"
            ]
        );
        assert!(phrases("They blamed one another for another round of further talks.").is_empty());
    }

    #[test]
    fn months_recur() {
        let found = scan("Orangemen march each July; every may be late.", WINDOW);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].reading.expr, Expr::Set("XXXX-07".to_string()));
    }

    #[test]
    fn negatives() {
        assert!(phrases("Crossings may shut again, said Rebecca May.").is_empty());
        assert!(phrases("Protesters plan to march to the border.").is_empty());
        assert!(phrases("Call +92 51 9204 2021 or 051-2021-3344.").is_empty());
        assert!(phrases("Some 2000 troops and about 1500 families.").is_empty());
        assert_eq!(phrases("since 2021 and in May"), vec!["2021", "May"]);
    }
}

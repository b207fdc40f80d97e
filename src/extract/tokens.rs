//! Tokens, sentences and clauses of a report's text, with byte offsets into that text.

use super::lexicon::{NO_NUMBER, NOTED_BIT, Vocabulary, key_in};
use std::borrow::Cow;
use std::ops::Range;

/// A word, number or punctuation mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// What the tokenizer saw of the token, as bits beside those of the lists (see
    /// [`Words::starts`]): [`HYPHEN_BIT`] and [`CAPITAL_BIT`]. Kept as the bits they are
    /// read with, so that reading a sentence's words adds them by one operation.
    pub marks: u16,
}

/// The bit, beside those of the lists a word starts phrases of (see [`Words::starts`]), of
/// a token whose parts a hyphen joins ("Turkey-mediated", "48-hour"): the names inside it
/// are looked for, as the tokenizer has seen it and nearly no word has one. The words a
/// reader asks about are found among the others by one test of their bits.
pub(crate) const HYPHEN_BIT: u16 = 1 << 13;

/// The bit of a word that starts with a capital letter, as [`Token::is_capitalized`] tells
/// it of the text the token was cut from: seen by the tokenizer at the word's first
/// character (see [`HYPHEN_BIT`]).
pub(crate) const CAPITAL_BIT: u16 = 1 << 14;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters, possibly with inner hyphens, apostrophes or periods ("cross-border", "U.S.").
    Word,
    /// Digits, possibly with inner commas or periods ("1,500", "2.5").
    Number,
    /// Any other single character that is not a space.
    Punct,
}

impl Token {
    /// Whether a hyphen joins the word's parts (see [`HYPHEN_BIT`]).
    pub(crate) fn hyphenated(&self) -> bool {
        self.marks & HYPHEN_BIT != 0
    }

    /// The token's text.
    pub(crate) fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// The token in ASCII lowercase (borrowed when it already is, as in a report's lowered
    /// text). Only ASCII letters fold, as in the lowered text the word lists are matched
    /// against: lookups and this agree byte for byte.
    pub(crate) fn lower<'t>(&self, text: &'t str) -> Cow<'t, str> {
        let word = self.text(text);
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(word.to_ascii_lowercase())
        } else {
            Cow::Borrowed(word)
        }
    }

    /// True for a word that starts with a capital letter. Always inlined: asked of most words
    /// of a sentence once a person is named, where a call cost as much as the test.
    #[inline(always)]
    pub(crate) fn is_capitalized(&self, text: &str) -> bool {
        if self.kind != TokenKind::Word {
            return false;
        }
        // Nearly every word opens with an ASCII letter, which needs no decoding.
        match text.as_bytes().get(self.start) {
            Some(byte) if byte.is_ascii() => byte.is_ascii_uppercase(),
            _ => self.text(text).starts_with(char::is_uppercase),
        }
    }

    /// True for the punctuation mark `c`.
    pub(crate) fn is(&self, text: &str, c: char) -> bool {
        self.kind == TokenKind::Punct && self.text(text).starts_with(c)
    }
}

/// The words of a sentence as the word lists look them up: each token in lowercase, with its
/// number in the lists' vocabulary, found once. A sentence is looked up in a dozen lists at
/// every token; lowering and hashing each word once per list made those lookups a third of
/// extraction, and hashing it once and probing each list with the hash still a tenth.
#[derive(Debug, Clone, Default)]
pub(crate) struct Words<'t> {
    /// Each word with its number ([`NO_NUMBER`] for none) and the lists it starts phrases
    /// of, side by side: a word and its number are read together, and one list is filled by
    /// one push per word. The number is kept bare rather than as an `Option`, which would
    /// take a third more memory for every word of the sentence.
    words: Vec<(&'t str, u32, u16)>,
}

impl<'t> Words<'t> {
    /// The words of `tokens` read from `lower`, a text in ASCII lowercase with the same byte
    /// offsets as the text the tokens were cut from.
    pub(crate) fn new(lower: &'t str, tokens: &[Token], vocabulary: &Vocabulary) -> Words<'t> {
        let mut words = Words::default();
        words.read(lower, tokens, vocabulary);
        words
    }

    /// No words, with the memory of these, for a text of another lifetime: the next
    /// report's.
    pub(crate) fn emptied<'u>(self) -> Words<'u> {
        Words {
            words: super::emptied(self.words),
        }
    }

    /// Reads the words of other `tokens` (see [`Words::new`]), keeping the memory: a
    /// report's sentences are read one after another into the same buffer.
    pub(crate) fn read(&mut self, lower: &'t str, tokens: &[Token], vocabulary: &Vocabulary) {
        self.words.clear();
        // One walk: each word is numbered as it is cut, while its bytes are at hand. Extended
        // from the tokens, one entry each, the list is written without a test of its room
        // at every word.
        self.words.extend(tokens.iter().map(|t| {
            let word = lower.get(t.start..t.end).unwrap_or("");
            let (id, starts) = match word.as_bytes() {
                &[byte] => vocabulary.number_and_lists_of_byte(byte),
                _ => vocabulary.number_and_lists(word, key_in(lower, t.start, word)),
            };
            (word, id, starts | t.marks)
        }));
    }

    /// Word `i` in lowercase; empty past the end.
    pub(crate) fn get(&self, i: usize) -> &'t str {
        self.words.get(i).map_or("", |&(word, _, _)| word)
    }

    /// The number of word `i` in the vocabulary; none for a word no list has, or past the end.
    pub(crate) fn id(&self, i: usize) -> Option<u32> {
        self.words
            .get(i)
            .and_then(|&(_, id, _)| (id != NO_NUMBER).then_some(id))
    }

    /// The lists that have a phrase starting with word `i`, one bit each (see
    /// [`Vocabulary::starts`]); none past the end.
    pub(crate) fn starts(&self, i: usize) -> u16 {
        self.words.get(i).map_or(0, |&(_, _, starts)| starts)
    }

    /// The first word from `from` on that starts a phrase of one of `lists` (one bit each, as
    /// [`Words::starts`] gives them), or the number of words when none does: a walk over a
    /// sentence for the few words that start a list's phrase passes the others by their
    /// bits in one tight loop, where a test of each word's own bounds and bits took three
    /// times the instructions.
    pub(crate) fn next_starting(&self, from: usize, lists: u16) -> usize {
        self.words
            .get(from..)
            .and_then(|rest| rest.iter().position(|&(_, _, starts)| starts & lists != 0))
            .map_or(self.words.len(), |i| from + i)
    }

    /// The words, by index, that start a phrase of one of `lists` (see
    /// [`Words::next_starting`]).
    pub(crate) fn starting(&self, lists: u16) -> impl Iterator<Item = usize> + '_ {
        self.words
            .iter()
            .enumerate()
            .filter(move |(_, (_, _, starts))| starts & lists != 0)
            .map(|(i, _)| i)
    }

    /// Whether word `i` is one of the words that name someone or somewhere by what they are
    /// ("he", "the army", "the city"; see [`NOTED_BIT`]).
    pub(crate) fn noted(&self, i: usize) -> bool {
        self.starts(i) & NOTED_BIT != 0
    }
}

/// A few words, told by one probe of a small table: for a test made at every word of a
/// sentence. A `match` on the word first jumps by its length through a table, a jump the
/// processor mispredicts at nearly every word, as lengths follow no pattern; here the word's
/// length and first and last bytes pick the one word it can be, compared only when the
/// lengths agree.
#[derive(Debug)]
pub(crate) struct WordSet {
    slots: [&'static str; WORD_SET_SLOTS],
    /// Picks the hash of the slots: the first that gives each word a slot of its own.
    seed: u64,
}

const WORD_SET_SLOTS: usize = 64;

/// How many hashes a set's words are tried with before the build gives up: words of the
/// same length with the same first and last bytes share a slot under every hash.
const WORD_SET_SEEDS: u64 = 1_000;

impl WordSet {
    /// The set of `words` (a few dozen at most, no two of the same length with the same
    /// first and last bytes; else the build fails).
    pub(crate) const fn new(words: &[&'static str]) -> WordSet {
        let mut seed = 0;
        while seed < WORD_SET_SEEDS {
            if let Some(slots) = word_slots(words, seed) {
                return WordSet { slots, seed };
            }
            seed += 1;
        }
        panic!("no hash gives each word of the set a slot of its own")
    }

    /// Whether `word` is one of the set.
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        let candidate = self.slots[word_slot(word.as_bytes(), self.seed)];
        candidate.len() == word.len() && !word.is_empty() && candidate == word
    }
}

/// The slots of `words` by the hash of `seed`, if no two share one.
const fn word_slots(words: &[&'static str], seed: u64) -> Option<[&'static str; WORD_SET_SLOTS]> {
    let mut slots = [""; WORD_SET_SLOTS];
    let mut i = 0;
    while i < words.len() {
        let at = word_slot(words[i].as_bytes(), seed);
        if !slots[at].is_empty() {
            return None;
        }
        slots[at] = words[i];
        i += 1;
    }
    Some(slots)
}

/// The slot of a word in a [`WordSet`] by the hash of `seed`.
#[inline]
const fn word_slot(word: &[u8], seed: u64) -> usize {
    let key = match word.len() {
        0 => 0,
        len => len as u64 | (word[0] as u64) << 16 | (word[len - 1] as u64) << 24,
    };
    // An odd multiplier for every seed, differing from the others in its high bits too.
    let multiplier =
        0x9e37_79b9_7f4a_7c15u64.wrapping_add(seed.wrapping_mul(0xbf58_476d_1ce4_e5b9)) | 1;
    (key.wrapping_mul(multiplier) >> (64 - WORD_SET_SLOTS.trailing_zeros())) as usize
}

/// Whether each byte is an ASCII letter or digit: one load per byte of a word, where the
/// test by ranges took three comparisons.
const ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = (byte as u8).is_ascii_alphanumeric();
        byte += 1;
    }
    table
};

/// How many ASCII letters and digits open `bytes`. Eight bytes are tested at a time, without a
/// branch per byte: a loop that stopped at the first other byte mispredicted its end at
/// nearly every word, as word lengths follow no pattern.
fn alphanumeric_run(bytes: &[u8]) -> usize {
    let mut run = 0;
    for chunk in bytes.chunks_exact(8) {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let others = !alphanumeric_bytes(word) & HIGH_BITS;
        if others != 0 {
            return run + (others.trailing_zeros() / 8) as usize;
        }
        run += 8;
    }
    run + bytes[run..]
        .iter()
        .take_while(|&&b| ASCII_ALPHANUMERIC[usize::from(b)])
        .count()
}

/// The high bit of each byte.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `word` set where that byte is an ASCII letter or digit.
fn alphanumeric_bytes(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // Each byte's low seven bits, so that no sum below carries into the next byte.
    let low = word & !HIGH_BITS;
    // The high bit of each byte of `x + 0x80 - lo`: set where `x >= lo`.
    let at_least = |x: u64, lo: u8| x + ONES * u64::from(0x80 - lo);
    let in_range = |x: u64, lo: u8, hi: u8| at_least(x, lo) & !at_least(x, hi + 1);
    // Letters, either case: 0x20 makes a capital small.
    let letters = in_range(low | (ONES * 0x20), b'a', b'z');
    let digits = in_range(low, b'0', b'9');
    // A byte of a longer character is none.
    (letters | digits) & !word & HIGH_BITS
}

fn joins_word(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\'' | '\u{2019}' | '.')
}

/// Splits `text[range]` into tokens. "Pakistan's" is one word; "U.S." one word; "1,500" one
/// number; a hyphen between letters joins ("cross-border"), between spaces stands alone.
pub(crate) fn tokenize(text: &str, range: Range<usize>) -> Vec<Token> {
    let mut tokens = Vec::new();
    tokenize_into(text, range, &mut tokens);
    tokens
}

/// Splits `text[range]` into `tokens`, replacing what they held (see [`tokenize`]): the
/// sentences of a report are cut one after another into the same buffer.
pub(crate) fn tokenize_into(text: &str, range: Range<usize>, tokens: &mut Vec<Token>) {
    let slice = &text[range.clone()];
    tokens.clear();
    // A token with its space takes five or six bytes of news prose: room for a quarter of
    // the length spares most sentences a second allocation.
    tokens.reserve(slice.len() / 4 + 1);
    let bytes = slice.as_bytes();
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        // Most tokens end at a space, the only character between most of them.
        if byte == b' ' {
            i += 1;
            continue;
        }
        let start = range.start + i;
        // Nearly every character of English news is ASCII, whose class its byte tells by one
        // load, where the tests of a character took a dozen instructions at every token.
        let (alphanumeric, len, capitalized) = if byte.is_ascii() {
            // The ASCII characters `char::is_whitespace` takes, the space aside.
            if matches!(byte, b'\t'..=b'\r') {
                i += 1;
                continue;
            }
            (
                ASCII_ALPHANUMERIC[usize::from(byte)],
                1,
                byte.is_ascii_uppercase(),
            )
        } else {
            let Some(c) = char_at(slice, i) else {
                break;
            };
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
            (c.is_alphanumeric(), c.len_utf8(), c.is_uppercase())
        };
        i += len;
        if alphanumeric {
            let mut number = byte.is_ascii_digit();
            // A word that opens with a capital opens with no digit: it is no number.
            let mut marks = u16::from(capitalized) * CAPITAL_BIT;
            let mut end;
            loop {
                // Most of a word is ASCII letters and digits: they are taken eight at a time.
                i += alphanumeric_run(&bytes[i..]);
                end = range.start + i;
                // Most words end at a space, or at an ASCII mark that joins nothing (all but
                // hyphens, apostrophes, periods and commas): told by the byte.
                match bytes.get(i) {
                    None => break,
                    // The space is passed by here, not by another turn of the outer loop.
                    Some(b' ') => {
                        i += 1;
                        break;
                    }
                    Some(&b) if b.is_ascii() && !matches!(b, b'-' | b'\'' | b'.' | b',') => break,
                    _ => {}
                }
                let Some(d) = char_at(slice, i) else {
                    break;
                };
                let after = i + d.len_utf8();
                if d.is_alphanumeric() {
                    i = after;
                    continue;
                }
                // An inner joiner continues the token only when a letter or digit follows it;
                // a period joins letters only when the token already holds one ("U.S.").
                let next = char_at(slice, after);
                let joins =
                    if number && joins_word(d) && d != '.' && next.is_some_and(char::is_alphabetic)
                    {
                        // "48-hour", "F-16": a number joined to a word is a word.
                        number = false;
                        true
                    } else if number {
                        matches!(d, ',' | '.') && next.is_some_and(|n| n.is_ascii_digit())
                    } else if d == '.' {
                        next.is_some_and(char::is_alphabetic)
                            && text[start..end].chars().all(char::is_uppercase)
                            || next.is_none_or(|n| !n.is_alphanumeric())
                                && text[start..end].contains('.')
                    } else if matches!(d, '\'' | '\u{2019}') {
                        // "Pakistan's" splits off its possessive; "d'etat" and "O'Smach" stay whole.
                        let after = &slice[after..];
                        let possessive = after.starts_with(['s', 'S'])
                            && after[1..]
                                .chars()
                                .next()
                                .is_none_or(|n| !n.is_alphanumeric());
                        !possessive && next.is_some_and(char::is_alphanumeric)
                    } else {
                        joins_word(d) && next.is_some_and(char::is_alphanumeric)
                    };
                if !joins {
                    break;
                }
                if matches!(d, '-' | '\u{2010}') {
                    marks |= HYPHEN_BIT;
                }
                i = after;
            }
            let kind = if number {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            tokens.push(Token {
                start,
                end,
                kind,
                marks,
            });
        } else {
            tokens.push(Token {
                start,
                end: start + len,
                kind: TokenKind::Punct,
                marks: 0,
            });
        }
    }
}

/// The character at byte `i` of `text`, a character boundary; ASCII without decoding, as
/// nearly every byte of English news is.
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&byte) if byte.is_ascii() => Some(char::from(byte)),
        Some(_) => text[i..].chars().next(),
        None => None,
    }
}

/// Past this length a sentence is a list, a table or hostile input. Reading it whole would cost
/// the mention reader time in the cube of its length, so it is read in pieces cut at a clause
/// or word boundary. Of the 3,900 sentences of TimeBank and AQUAINT, one is longer.
const MAX_SENTENCE_BYTES: usize = 1024;

/// Splits a block of prose into sentences: at `.`, `!` or `?` (with any closing quotes) before
/// a space and a capital, digit or quote — not after an abbreviation ("Gen.", "U.S.", "Oct.").
/// A sentence longer than [`MAX_SENTENCE_BYTES`] comes in pieces, never cut inside one of the
/// `whole` ranges (temporal expressions, in text order).
#[cfg(test)]
pub(crate) fn sentences(
    text: &str,
    block: Range<usize>,
    whole: &[Range<usize>],
) -> Vec<Range<usize>> {
    let mut sentences = Vec::new();
    sentences_into(text, block, whole, &mut sentences);
    sentences
}

/// Splits a block of prose into `sentences`, replacing what they held (see [`sentences`]):
/// the blocks of a report are split one after another into the same buffer.
pub(crate) fn sentences_into(
    text: &str,
    block: Range<usize>,
    whole: &[Range<usize>],
    sentences: &mut Vec<Range<usize>>,
) {
    sentences.clear();
    let mut start = block.start;
    let bytes = text.as_bytes();
    let mut at = block.start;
    while at < block.end {
        // The marks are ASCII, never part of another character: the search can skip from one
        // to the next by bytes.
        let Some(mark) = next_mark(&bytes[at..block.end]) else {
            break;
        };
        at += mark;
        let b = bytes[at];
        if !(b == b'.' && is_abbreviation(&text[start..at])) {
            let mut end = at + 1;
            while end < block.end
                && matches!(
                    text[end..].chars().next(),
                    Some('"' | '\'' | '\u{201d}' | '\u{2019}' | ')')
                )
            {
                end += text[end..].chars().next().map_or(1, char::len_utf8);
            }
            let rest = &text[end..block.end];
            let next = rest.trim_start();
            let spaced = rest.len() > next.len();
            let opens = next.chars().next().is_none_or(|c| {
                c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '\u{201c}' | '\'' | '(')
            });
            if spaced && opens || next.is_empty() {
                sentences.push(trim(text, start..end));
                start = end;
                at = end;
                continue;
            }
        }
        at += 1;
    }
    if !text[start..block.end].trim().is_empty() {
        sentences.push(trim(text, start..block.end));
    }
    if sentences.iter().any(|s| s.len() > MAX_SENTENCE_BYTES) {
        *sentences = std::mem::take(sentences)
            .into_iter()
            .flat_map(|sentence| pieces(text, sentence, whole))
            .collect();
    }
    sentences.retain(|s| !s.is_empty());
}

/// Where the first `.`, `!` or `?` of `bytes` is: found by a vectorized search, as the
/// marks come a hundred bytes or more apart, where a test of eight bytes at a time cost
/// two instructions a byte.
fn next_mark(bytes: &[u8]) -> Option<usize> {
    memchr::memchr3(b'.', b'!', b'?', bytes)
}

/// Cuts a sentence into pieces of at most [`MAX_SENTENCE_BYTES`]: after the last comma or
/// semicolon in the second half of each piece, else before its last space, else anywhere;
/// but not inside a `whole` range while another cut will do.
fn pieces(text: &str, sentence: Range<usize>, whole: &[Range<usize>]) -> Vec<Range<usize>> {
    let inside = |at: usize| {
        let next = whole.partition_point(|r| r.end <= at);
        whole.get(next).is_some_and(|r| r.start < at)
    };
    let mut pieces = Vec::new();
    let mut start = sentence.start;
    while sentence.end - start > MAX_SENTENCE_BYTES {
        let mut end = start + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let window = &text[start..end];
        let half = window.len() / 2;
        let half = (half..window.len())
            .find(|&i| window.is_char_boundary(i))
            .unwrap_or(window.len());
        let second = &window[half..];
        let cut = second
            .rmatch_indices([',', ';'])
            .map(|(i, _)| half + i + 1)
            .chain(
                second
                    .rmatch_indices(char::is_whitespace)
                    .map(|(i, _)| half + i),
            )
            .find(|&cut| !inside(start + cut))
            .unwrap_or(window.len());
        pieces.push(trim(text, start..start + cut));
        start += cut;
    }
    pieces.push(trim(text, start..sentence.end));
    pieces
}

fn trim(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.end - (slice.len() - slice.trim_end().len());
    start..end.max(start)
}

/// Where the word before a period starts: the run of letters, digits and periods that ends
/// `before`, of at most 64 characters. Only the end of a long run is read: "A.A.A.A..."
/// would otherwise be read again at every period.
fn abbreviation_start(before: &str) -> usize {
    const LONGEST: usize = 64;
    // Nearly every word before a period is ASCII: its bytes are its characters, read back
    // without decoding.
    let bytes = before.as_bytes();
    let mut start = bytes.len();
    while start > 0 && bytes.len() - start < LONGEST {
        match bytes[start - 1] {
            byte if byte.is_ascii_alphanumeric() || byte == b'.' => start -= 1,
            byte if byte.is_ascii() => return start,
            // A character past ASCII may be a letter: the run is read by characters.
            _ => {
                return before
                    .char_indices()
                    .rev()
                    .take_while(|(_, c)| c.is_alphanumeric() || *c == '.')
                    .take(LONGEST)
                    .last()
                    .map_or(before.len(), |(i, _)| i);
            }
        }
    }
    start
}

/// Defines [`ABBREVIATIONS`], the abbreviations known by name, and [`named_abbreviation`],
/// which tells them by a match rather than a search through the list: the word's length
/// sorts out most candidates before any is compared (every period is asked about). One list
/// for both, so that the longest of them (see [`LONGEST_ABBREVIATION`]) is the longest the
/// match knows.
macro_rules! abbreviations {
    ($($word:literal)|+) => {
        /// Titles, months, days and company words written with a period: "Gen.", "Oct.".
        const ABBREVIATIONS: &[&str] = &[$($word),+];

        /// Whether `word` is one of [`ABBREVIATIONS`].
        fn named_abbreviation(word: &str) -> bool {
            matches!(word, $($word)|+)
        }
    };
}

abbreviations!(
    "Mr" | "Mrs"
        | "Ms"
        | "Dr"
        | "Gen"
        | "Lt"
        | "Col"
        | "Maj"
        | "Capt"
        | "Sgt"
        | "Gov"
        | "Sen"
        | "Rep"
        | "St"
        | "Jr"
        | "Sr"
        | "No"
        | "Jan"
        | "Feb"
        | "Mar"
        | "Apr"
        | "Jun"
        | "Jul"
        | "Aug"
        | "Sep"
        | "Sept"
        | "Oct"
        | "Nov"
        | "Dec"
        | "Mon"
        | "Tue"
        | "Tues"
        | "Wed"
        | "Thu"
        | "Thurs"
        | "Fri"
        | "Sat"
        | "Sun"
        | "vs"
        | "approx"
        | "Inc"
        | "Co"
        | "Corp"
        | "Ltd"
        | "Prof"
        | "Brig"
        | "Adm"
        | "Cmdr"
);

/// The length of the longest of [`ABBREVIATIONS`].
const LONGEST_ABBREVIATION: usize = {
    let mut longest = 0;
    let mut i = 0;
    while i < ABBREVIATIONS.len() {
        if ABBREVIATIONS[i].len() > longest {
            longest = ABBREVIATIONS[i].len();
        }
        i += 1;
    }
    longest
};

/// The text before a period ends in an abbreviation: a title or month ("Gen", "Oct", "Mr"),
/// a single letter ("J", "U.S"), or a run of capitals and periods.
fn is_abbreviation(before: &str) -> bool {
    let word = &before[abbreviation_start(before)..];
    // A word of ASCII letters, digits and periods longer than any abbreviation known by name
    // is one only by its periods: one letter and no digit would leave only periods beside
    // it. Most words before a period are such, and are not read letter by letter.
    if word.len() > LONGEST_ABBREVIATION && word.is_ascii() {
        return word.contains('.');
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    // A decade ("the 1990s.") ends a sentence though it ends in a single letter.
    let digits = word.bytes().any(|b| b.is_ascii_digit());
    if word.contains('.') || letters == 1 && !digits {
        return true;
    }
    named_abbreviation(word)
}

/// Where a sentence's clauses end: at `,` `;` `:` dashes and quotation marks (a parenthesis
/// is an aside within its clause). Found once per sentence: the clause of a token is asked
/// for every event, place and date in it, and walking the sentence each time cost more than
/// the rest of reading the clause.
#[derive(Debug, Clone, Default)]
pub(crate) struct Clauses {
    /// The boundary tokens, in order.
    boundaries: Vec<usize>,
    tokens: usize,
}

impl Clauses {
    /// The clauses of `tokens`, cut from `text`.
    #[cfg(test)]
    pub(crate) fn new(text: &str, tokens: &[Token]) -> Clauses {
        let mut clauses = Clauses::default();
        clauses.read(text, tokens);
        clauses
    }

    /// Reads the clauses of other `tokens`, keeping the memory (see [`Clauses::new`]).
    pub(crate) fn read(&mut self, text: &str, tokens: &[Token]) {
        self.boundaries.clear();
        for (i, t) in tokens.iter().enumerate() {
            if t.kind != TokenKind::Punct {
                continue;
            }
            // A mark is one character: an ASCII one is told by its byte; the dashes and
            // curly quotes all start with 0xE2.
            let boundary = match text.as_bytes().get(t.start) {
                Some(b',' | b';' | b':' | b'"') => true,
                Some(0xe2) => matches!(
                    t.text(text),
                    "\u{2014}" | "\u{2013}" | "\u{201c}" | "\u{201d}"
                ),
                _ => false,
            };
            if boundary {
                self.boundaries.push(i);
            }
        }
        self.tokens = tokens.len();
    }

    /// The tokens of the clause that holds token `at`, boundaries left out.
    pub(crate) fn of(&self, at: usize) -> Range<usize> {
        let next = self.boundaries.partition_point(|&b| b < at);
        let start = next
            .checked_sub(1)
            .map_or(0, |previous| self.boundaries[previous] + 1);
        let end = self.boundaries.get(next).copied().unwrap_or(self.tokens);
        start..end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, 0..text.len())
            .iter()
            .map(|t| t.text(text))
            .collect()
    }

    #[test]
    fn tokens_keep_compounds_and_abbreviations() {
        assert_eq!(
            words("U.S. cross-border raids, 1,500 dead."),
            ["U.S.", "cross-border", "raids", ",", "1,500", "dead", "."]
        );
        assert_eq!(
            words("Pakistan's talks - over"),
            ["Pakistan", "'", "s", "talks", "-", "over"]
        );
        assert_eq!(words("three\u{2010}day"), ["three\u{2010}day"]);
    }

    #[test]
    fn capitals_and_hyphens_are_read_with_the_bits() {
        let text = "Über élan U.S. 48-hour Turkey-mediated 'Quote' \u{201c}Said 9 a É-b ß \u{130}x";
        let lower = text.to_ascii_lowercase();
        let tokens = tokenize(text, 0..text.len());
        let words = Words::new(&lower, &tokens, &Vocabulary::default());
        for (i, token) in tokens.iter().enumerate() {
            let bits = words.starts(i);
            assert_eq!(
                bits & CAPITAL_BIT != 0,
                token.is_capitalized(text),
                "{:?}",
                token.text(text)
            );
            assert_eq!(
                bits & HYPHEN_BIT != 0,
                token.hyphenated(),
                "{:?}",
                token.text(text)
            );
        }
        assert!(
            tokens.iter().any(|t| t.marks & CAPITAL_BIT != 0)
                && tokens.iter().any(Token::hyphenated)
        );
    }

    #[test]
    fn runs_of_letters_and_digits_end_where_bytes_say() {
        let text = "abcXYZ09 défg-hij.klmnopqrstu0123456789{}[]@`/:\x7f\u{80}\u{ff}z";
        let bytes = text.as_bytes();
        for start in 0..bytes.len() {
            for end in start..=bytes.len() {
                let part = &bytes[start..end];
                let expected = part
                    .iter()
                    .take_while(|b| b.is_ascii_alphanumeric())
                    .count();
                assert_eq!(alphanumeric_run(part), expected, "{start}..{end}");
            }
        }
        // Every byte, alone and among letters.
        for byte in 0..=255u8 {
            let run = [b'a', b'b', byte, b'c', b'd', b'e', b'f', b'g', b'h'];
            let expected = if byte.is_ascii_alphanumeric() { 9 } else { 2 };
            assert_eq!(alphanumeric_run(&run), expected, "{byte}");
        }
    }

    #[test]
    fn a_word_set_holds_its_words_and_no_other() {
        static SET: WordSet = WordSet::new(&["in", "at", "near", "inside", "into", "a", "off"]);
        for word in ["in", "at", "near", "inside", "into", "a", "off"] {
            assert!(SET.contains(word), "{word}");
        }
        for word in [
            "", "i", "n", "on", "ion", "nearly", "insider", "intro", "of", "b", "ab",
        ] {
            assert!(!SET.contains(word), "{word}");
        }
    }

    #[test]
    fn marks_are_found_where_a_byte_search_finds_them() {
        let text = "A\u{2026}\u{1f600} few words, then a mark! And more cross-border words \u{2014} here? The end.";
        for start in 0..text.len() {
            for end in start..=text.len() {
                let bytes = &text.as_bytes()[start..end];
                let expected = bytes.iter().position(|b| matches!(b, b'.' | b'!' | b'?'));
                assert_eq!(next_mark(bytes), expected, "{start}..{end}");
            }
        }
        // Bytes next to the marks in value, and bytes above 0x80, are no marks.
        let near: Vec<u8> = (0u8..=255)
            .filter(|b| !matches!(b, b'.' | b'!' | b'?'))
            .collect();
        assert_eq!(next_mark(&near), None);
    }

    #[test]
    fn abbreviations_start_where_characters_say() {
        let by_characters = |before: &str| {
            before
                .char_indices()
                .rev()
                .take_while(|(_, c)| c.is_alphanumeric() || *c == '.')
                .take(64)
                .last()
                .map_or(before.len(), |(i, _)| i)
        };
        let long = "A.".repeat(40);
        for before in [
            "",
            "Gen",
            "said Gen",
            "the U.S",
            "in Zürich",
            "café Mr",
            "x\u{e9}t\u{e9}",
            "a \u{2014}B",
            "(Oct",
            long.as_str(),
            &format!("word {long}"),
            &format!("\u{e9}{long}"),
        ] {
            assert_eq!(
                abbreviation_start(before),
                by_characters(before),
                "{before:?}"
            );
        }
    }

    #[test]
    fn long_words_before_a_period_are_abbreviations_only_by_their_periods() {
        assert_eq!(LONGEST_ABBREVIATION, 6);
        for word in ABBREVIATIONS {
            assert!(is_abbreviation(&format!("said the {word}")), "{word}");
        }
        // Past the longest name, only a period inside makes one; below it, the names, a
        // single letter and runs with periods do, and a decade does not.
        for (before, abbreviation) in [
            ("the ceasefire", false),
            ("in 2025", false),
            ("the 1990s", false),
            ("A.B.C.D.E.F.G", true),
            ("12345678a", false),
            ("u.s.army", true),
            ("Thurs", true),
            ("talks", false),
            ("J", true),
            ("caf\u{e9}s", false),
            ("\u{e9}\u{b2}\u{b2}\u{b2}", true),
        ] {
            assert_eq!(is_abbreviation(before), abbreviation, "{before:?}");
        }
    }

    #[test]
    fn sentences_skip_abbreviations() {
        let text = "Gen. Asif spoke on Oct. 19 in the U.S. capital. The talks failed! \"We tried.\" Then 23 died. As in the 1990s. It ended.";
        let found: Vec<&str> = sentences(text, 0..text.len(), &[])
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(
            found,
            [
                "Gen. Asif spoke on Oct. 19 in the U.S. capital.",
                "The talks failed!",
                "\"We tried.\"",
                "Then 23 died.",
                "As in the 1990s.",
                "It ended."
            ]
        );
    }

    #[test]
    fn long_sentences_come_in_pieces_cut_outside_dates() {
        // The comma of the date is the last before byte 1,024: the cut would fall there.
        let text = format!("{}talks on October 9, 2025 ended", "word ".repeat(200));
        let unguarded = sentences(&text, 0..text.len(), &[]);
        assert_eq!(&text[unguarded[1].clone()], "2025 ended");
        let date = text.find("October").unwrap();
        let range = date..date + "October 9, 2025".len();
        let whole = std::slice::from_ref(&range);
        let found = sentences(&text, 0..text.len(), whole);
        assert!(found.len() > 1);
        assert!(found.iter().all(|s| s.len() <= MAX_SENTENCE_BYTES));
        assert!(
            found
                .iter()
                .any(|s| s.start <= whole[0].start && whole[0].end <= s.end)
        );
        assert_eq!(found.last().map(|s| s.end), Some(text.len()));
    }

    #[test]
    fn clauses_end_at_commas() {
        let text = "The first, a 48-hour ceasefire, collapsed";
        let tokens = tokenize(text, 0..text.len());
        let clauses = Clauses::new(text, &tokens);
        let words: Vec<&str> = tokens[clauses.of(5)].iter().map(|t| t.text(text)).collect();
        assert_eq!(words, ["a", "48-hour", "ceasefire"]);
        // A boundary ends the clause before it; the first and last clauses reach the ends.
        assert_eq!(clauses.of(0), 0..2);
        assert_eq!(clauses.of(2), 0..2);
        assert_eq!(clauses.of(6), 3..6);
        assert_eq!(clauses.of(7), 7..8);
        assert_eq!(clauses.of(8), 7..8);
        // Each clause is the one the tokens' own boundaries give, for every token.
        let text = "He said: \u{201c}Talks \u{2014} if any \u{2013} failed\u{201d}; then, \"quiet\", and fire.";
        let tokens = tokenize(text, 0..text.len());
        let clauses = Clauses::new(text, &tokens);
        // The walk the clauses replace: back and forth from the token to a boundary mark.
        let boundary = |i: &usize| {
            matches!(
                tokens[*i].text(text),
                "," | ";" | ":" | "\u{2014}" | "\u{2013}" | "\"" | "\u{201c}" | "\u{201d}"
            )
        };
        for at in 0..=tokens.len() {
            let start = (0..at).rev().find(boundary).map_or(0, |i| i + 1);
            let end = (at..tokens.len()).find(boundary).unwrap_or(tokens.len());
            assert_eq!(clauses.of(at), start..end, "{at}");
        }
        assert_eq!(clauses.boundaries.len(), 10);
    }
}

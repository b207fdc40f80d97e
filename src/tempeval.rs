//! TempEval-3 Task A scoring of TIMEX3 annotations (extraction and normalisation).
//!
//! This is a port of the counting done by the project's reference scorer, `te3score.py`, which
//! itself mirrors the official TempEval-3 toolkit figure for figure. It works on already extracted
//! data: the plain text of a document's `<TEXT>` (tags removed, character references decoded)
//! and the gold and system TIMEX3 annotations as **character** offsets into it (Unicode scalar
//! values, the way Python indexes a `str`; not bytes).
//!
//! What is counted, per document:
//! * strict match: a gold and a system annotation with identical spans;
//! * relaxed match: overlapping annotations, paired one-to-one the way the toolkit does it, on
//!   the toolkit's tokens rather than on characters (see [`compare`]);
//! * value and type matches: relaxed pairs whose `value` / `kind` strings are equal.
//!
//! [`Counts`] add up over documents with `+=`, and [`Counts::scores`] turns the micro-averaged
//! totals into the official measures; [`Scores`] prints the same table as the reference script.

use std::fmt;
use std::ops::AddAssign;

/// One TIMEX3 of a gold or system annotation, by character offsets into the plain text.
///
/// `start..end` is a half-open range of character (not byte) positions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Annotation {
    /// Character offset of the first character inside the tag.
    pub start: usize,
    /// Character offset just past the last character inside the tag.
    pub end: usize,
    /// The TIMEX3 `type` attribute (`DATE`, `TIME`, `DURATION`, `SET`); `""` when missing.
    pub kind: String,
    /// The TIMEX3 `value` attribute; `""` when missing.
    pub value: String,
}

/// Counts for one or more documents; `+=` adds them up.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Gold annotations scored (blank ones and ones the toolkit drops are not counted).
    pub gold: usize,
    /// System annotations scored (same exclusions as for gold).
    pub system: usize,
    /// Relaxed pairs whose spans are identical.
    pub strict: usize,
    /// Relaxed (overlap) pairs, made one-to-one.
    pub relaxed: usize,
    /// Relaxed pairs with the same `value`.
    pub value: usize,
    /// Relaxed pairs with the same `kind` (TIMEX3 type).
    pub kind: usize,
}

impl AddAssign for Counts {
    fn add_assign(&mut self, other: Counts) {
        self.gold += other.gold;
        self.system += other.system;
        self.strict += other.strict;
        self.relaxed += other.relaxed;
        self.value += other.value;
        self.kind += other.kind;
    }
}

/// The comparison of one document: counts plus what error analysis needs.
///
/// Every list is in text order (the order in which the annotations are processed: sorted by
/// `(start, end)`, ties kept in the order given). Annotations that are not scored at all because
/// they are blank, empty or inverted appear in none of the lists.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Comparison {
    /// The document's counts.
    pub counts: Counts,
    /// (gold index, system index, strict) for every relaxed pair, indexes into the slices given.
    pub pairs: Vec<(usize, usize, bool)>,
    /// Gold annotations scored but not paired (indexes into the gold slice).
    pub missed: Vec<usize>,
    /// System annotations scored but not paired (indexes into the system slice).
    pub spurious: Vec<usize>,
    /// Gold annotations the toolkit drops because they begin in the same token as the next one.
    pub dropped_gold: Vec<usize>,
    /// System annotations the toolkit drops because they begin in the same token as the next one.
    pub dropped_system: Vec<usize>,
}

/// Compare one document: `text` is the plain text; annotations in any order.
///
/// The annotations are sorted by `(start, end)` (a stable sort, so ties keep the order given,
/// as the script keeps document order). Then, as the official toolkit does:
/// * an annotation whose content is blank (whitespace only, by Python's `str.isspace`, which
///   adds U+001C..U+001F to Unicode's `White_Space`) is not scored;
/// * each annotation is seen as a run of tokens of the toolkit's tokenizer: the token holding
///   its first non-blank character up to the one holding its last, except that a token the
///   closing tag cuts in two is left out (`recent days` before `.` covers only `recent`, since
///   `days.` is one token) unless it is also the first token;
/// * of several annotations that begin in the same token only the last is scored, and it covers
///   that token alone; the others are reported in `dropped_gold` / `dropped_system`;
/// * gold and system annotations are paired one-to-one, greedily in text order of their first
///   tokens, gold before system on the same token: an annotation whose first token lies within
///   the latest annotation of the other side, while that one is still unpaired, is paired with
///   it. So gold "Sunday morning" against system "Sunday" + "morning" is one relaxed match and
///   one spurious annotation;
/// * a pair is strict when the two spans, as given (blank edges included, `end` clamped), are
///   identical.
///
/// Offsets a caller gets wrong never panic: an `end` beyond the text is clamped to the text's
/// length, and an annotation that is then empty or inverted (`start >= end`) covers nothing and
/// is not scored, exactly like a blank one.
#[must_use]
pub fn compare(text: &str, gold: &[Annotation], system: &[Annotation]) -> Comparison {
    let chars: Vec<char> = text.chars().collect();
    let tokens = tokenize(&chars);
    let token_of = token_index(chars.len(), &tokens);
    let (gold_kept, dropped_gold) = token_view(&chars, &tokens, &token_of, gold);
    let (system_kept, dropped_system) = token_view(&chars, &tokens, &token_of, system);

    let partner = pair(&gold_kept, &system_kept);
    let mut counts = Counts {
        gold: gold_kept.len(),
        system: system_kept.len(),
        ..Counts::default()
    };
    let mut pairs = Vec::new();
    let mut missed = Vec::new();
    let mut system_paired = vec![false; system_kept.len()];
    for (g, found) in gold_kept.iter().zip(&partner) {
        let Some(s_pos) = *found else {
            missed.push(g.index);
            continue;
        };
        system_paired[s_pos] = true;
        let s = &system_kept[s_pos];
        let (gold_ann, system_ann) = (&gold[g.index], &system[s.index]);
        // Strict compares the spans as given (blank edges included), like the script.
        let strict = (g.start, g.end) == (s.start, s.end);
        counts.relaxed += 1;
        counts.strict += usize::from(strict);
        counts.value += usize::from(gold_ann.value == system_ann.value);
        counts.kind += usize::from(gold_ann.kind == system_ann.kind);
        pairs.push((g.index, s.index, strict));
    }
    let spurious = system_kept
        .iter()
        .zip(&system_paired)
        .filter(|(_, paired)| !**paired)
        .map(|(s, _)| s.index)
        .collect();
    Comparison {
        counts,
        pairs,
        missed,
        spurious,
        dropped_gold,
        dropped_system,
    }
}

/// Precision/recall/F1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prf {
    /// Matches over system annotations (0 when there are none).
    pub precision: f64,
    /// Matches over gold annotations (0 when there are none).
    pub recall: f64,
    /// Harmonic mean of precision and recall (see [`Counts::scores`] for the empty case).
    pub f1: f64,
}

/// The TempEval-3 measures.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scores {
    /// Strict (identical span) precision, recall and F1.
    pub strict: Prf,
    /// Relaxed (overlap) precision, recall and F1.
    pub relaxed: Prf,
    /// Value F1: share of relaxed matches with the right value, times relaxed F1.
    pub value_f1: f64,
    /// Type F1: share of relaxed matches with the right type, times relaxed F1.
    pub type_f1: f64,
    /// Share of relaxed matches with the right value (0 when there are none).
    pub value_accuracy: f64,
    /// Share of relaxed matches with the right type (0 when there are none).
    pub type_accuracy: f64,
}

impl Counts {
    /// The official measures for these counts.
    ///
    /// The floating-point operations are done in the same order as the official formulas, so the
    /// results are bit-for-bit those of the reference script. When there is no annotation on
    /// either side every F1 is 1 (the official convention), while precision and recall stay 0.
    #[must_use]
    pub fn scores(&self) -> Scores {
        let strict_p = ratio(self.strict, self.system);
        let strict_r = ratio(self.strict, self.gold);
        let relaxed_p = ratio(self.relaxed, self.system);
        let relaxed_r = ratio(self.relaxed, self.gold);
        let (strict_f1, relaxed_f1, value_f1, type_f1) = if self.gold == 0 && self.system == 0 {
            (1.0, 1.0, 1.0, 1.0)
        } else {
            let relaxed_f1 = f1(relaxed_p, relaxed_r);
            (
                f1(strict_p, strict_r),
                relaxed_f1,
                ratio(self.value, self.relaxed) * relaxed_f1,
                ratio(self.kind, self.relaxed) * relaxed_f1,
            )
        };
        Scores {
            strict: Prf {
                precision: strict_p,
                recall: strict_r,
                f1: strict_f1,
            },
            relaxed: Prf {
                precision: relaxed_p,
                recall: relaxed_r,
                f1: relaxed_f1,
            },
            value_f1,
            type_f1,
            value_accuracy: ratio(self.value, self.relaxed),
            type_accuracy: ratio(self.kind, self.relaxed),
        }
    }
}

/// `part / whole` as a float, 0 when `whole` is 0.
fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// F1 as `2 * p * r / (p + r)`, evaluated left to right like the official formula.
fn f1(precision: f64, recall: f64) -> f64 {
    let sum = precision + recall;
    if sum == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / sum
    }
}

impl fmt::Display for Scores {
    /// The F1/P/R table and the attribute F1 rows of the reference report, five lines with no
    /// final newline, percentages with two decimals.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{:<15} {:>7} {:>7} {:>7}", "", "F1", "P", "R")?;
        for (name, row) in [
            ("Strict match", &self.strict),
            ("Relaxed match", &self.relaxed),
        ] {
            writeln!(
                f,
                "{:<15} {:>7} {:>7} {:>7}",
                name,
                percent(row.f1),
                percent(row.precision),
                percent(row.recall)
            )?;
        }
        writeln!(f, "{:<15} {:>7} {:>7}", "Attribute F1", "Value", "Type")?;
        write!(
            f,
            "{:<15} {:>7} {:>7}",
            "",
            percent(self.value_f1),
            percent(self.type_f1)
        )
    }
}

/// A fraction as a percentage with two decimals, rounded half away from zero.
///
/// The rounding is decided on the exact binary value of `fraction * 100`, as Python's `Decimal`
/// does: 0.12125 gives 12.125 exactly and so "12.13", while 0.841 gives 84.0999... and "84.10".
fn percent(fraction: f64) -> String {
    let scaled = fraction * 100.0;
    if !scaled.is_finite() {
        return scaled.to_string();
    }
    // 1100 decimals is more than the longest exact expansion of an f64 (1074 digits), so this
    // prints the value exactly and the digits below can be trusted without double rounding.
    let exact = format!("{:.1100}", scaled.abs());
    let (whole, decimals) = exact.split_once('.').unwrap_or((&exact, ""));
    let mut digits: Vec<u8> = whole.bytes().chain(decimals.bytes().take(2)).collect();
    if decimals.as_bytes().get(2).is_some_and(|&d| d >= b'5') {
        round_up(&mut digits);
    }
    let split = digits.len().saturating_sub(2);
    let sign = if scaled.is_sign_negative() { "-" } else { "" };
    let (head, tail) = digits.split_at(split);
    format!(
        "{sign}{}.{}",
        String::from_utf8_lossy(head),
        String::from_utf8_lossy(tail)
    )
}

/// Add one to a string of ASCII decimal digits, growing it on a carry out of the first digit.
fn round_up(digits: &mut Vec<u8>) {
    for digit in digits.iter_mut().rev() {
        if *digit == b'9' {
            *digit = b'0';
        } else {
            *digit += 1;
            return;
        }
    }
    digits.insert(0, b'1');
}

// ---------------------------------------------------------------------------------------------
// Tokenizer
//
// The toolkit pairs timexes on tokens, not characters: its id normaliser runs TreeTagger's
// English tokenizer and then splits words holding exactly one hyphen. Where a tag boundary falls
// inside a token decides which tokens a timex covers, so pairing needs the same boundaries. The
// rules below restate the reference script's regular expressions by hand, over chars.
// ---------------------------------------------------------------------------------------------

/// Whitespace as Python's `str.isspace` (and `\s` in its regexes) sees it: Unicode `White_Space`
/// plus the four information separators U+001C..U+001F, which Rust does not count.
fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Windows-1252 punctuation code points that reach the tokenizer as C1 control characters.
const CP1252_MARKS: [char; 13] = [
    '\u{82}', '\u{84}', '\u{86}', '\u{87}', '\u{8b}', '\u{91}', '\u{92}', '\u{93}', '\u{94}',
    '\u{95}', '\u{96}', '\u{97}', '\u{9b}',
];

/// Characters the tokenizer cuts off the front of a word, one at a time.
fn cuts_leading(c: char) -> bool {
    matches!(
        c,
        '[' | '{' | '(' | '\u{b4}' | '`' | '"' | '\u{bb}' | '\u{ab}'
    ) || CP1252_MARKS.contains(&c)
}

/// Characters the tokenizer cuts off the end of a word, one at a time.
fn cuts_trailing(c: char) -> bool {
    matches!(
        c,
        ']' | '}'
            | '\''
            | '`'
            | '"'
            | ')'
            | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '%'
            | '\u{bb}'
            | '\u{ab}'
            | '\u{85}'
            | '\u{89}'
    ) || CP1252_MARKS.contains(&c)
}

/// Abbreviations that can border a temporal expression and keep their period.
const KEPT_WHOLE: [&str; 10] = [
    "days.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "a.m.", "p.m.",
];

/// Contractions split off the end of a word (only when something precedes them).
const CLITICS: [&str; 8] = ["'s", "'re", "'ve", "'d", "'m", "'em", "'ll", "n't"];

/// Whether `word` is one of the abbreviations kept whole.
fn is_kept_whole(word: &[char]) -> bool {
    KEPT_WHOLE
        .iter()
        .any(|kept| kept.chars().eq(word.iter().copied()))
}

/// A letter for the letter-period rule: ASCII letters and U+00C0..U+00FF.
fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{c0}'..='\u{ff}').contains(&c)
}

/// Whether `word` is one or more letter-period pairs ("a.m.", "U.S."), which stay one token.
fn is_letter_dots(word: &[char]) -> bool {
    let mut pairs = word.chunks_exact(2);
    !word.is_empty()
        && pairs.remainder().is_empty()
        && pairs.all(|pair| is_latin_letter(pair[0]) && pair[1] == '.')
}

/// Whether `word` ends with `suffix`.
fn ends_with(word: &[char], suffix: &str) -> bool {
    let count = suffix.chars().count();
    word.len() >= count
        && word[word.len() - count..]
            .iter()
            .copied()
            .eq(suffix.chars())
}

/// Length of the clitic ending `word`, if any; the clitic must not be the whole word.
/// (At most one clitic can end a given word, so the order of `CLITICS` does not matter.)
fn clitic_len(word: &[char]) -> Option<usize> {
    CLITICS
        .iter()
        .map(|clitic| (clitic, clitic.chars().count()))
        .find(|&(clitic, len)| word.len() > len && ends_with(word, clitic))
        .map(|(_, len)| len)
}

/// Appends to `pieces` the lengths of the tokens one whitespace-free word is cut into.
fn word_pieces(word: &[char], pieces: &mut Vec<usize>) {
    // The word shrinks to word[lo..hi]; cut-off tail pieces are collected innermost last and
    // appended reversed at the end.
    let (mut lo, mut hi) = (0, word.len());
    let mut tail = Vec::new();
    // Peel punctuation off both ends, leading first, until an abbreviation is left.
    loop {
        let rest = &word[lo..hi];
        let n = rest.len();
        if n < 2 || is_kept_whole(rest) {
            break;
        }
        if cuts_leading(rest[0]) {
            pieces.push(1);
            lo += 1;
        } else if cuts_trailing(rest[n - 1]) {
            tail.push(1);
            hi -= 1;
        } else if rest[n - 1] == '.' && cuts_trailing(rest[n - 2]) {
            // A mark and its period, as in `").`: two tokens.
            tail.extend([1, 1]);
            hi -= 2;
        } else {
            break;
        }
    }
    if lo < hi {
        core_pieces(&word[lo..hi], pieces, &mut tail);
    }
    pieces.extend(tail.iter().rev());
}

/// Cuts what is left of a word after its punctuation: a final period, clitics, one hyphen.
/// The core pieces go to `pieces`, what is cut off its end to `tail` (innermost last).
fn core_pieces(word: &[char], pieces: &mut Vec<usize>, tail: &mut Vec<usize>) {
    let mut len = word.len();
    if !is_kept_whole(word) && !is_letter_dots(word) {
        if len > 1 && word[len - 1] == '.' && word != ['.', '.', '.'] {
            len -= 1;
            tail.push(1);
        }
        if !is_kept_whole(&word[..len]) {
            while let Some(clitic) = clitic_len(&word[..len]) {
                len -= clitic;
                tail.push(clitic);
            }
        }
    }
    let core = &word[..len];
    let hyphens: Vec<usize> = core
        .iter()
        .enumerate()
        .filter(|&(_, &c)| c == '-')
        .map(|(i, _)| i)
        .take(2)
        .collect();
    match hyphens[..] {
        // Exactly one hyphen, inside the word: "3-day" is "3", "-", "day".
        [at] if at > 0 && at + 1 < len => pieces.extend([at, 1, len - at - 1]),
        _ => pieces.push(len),
    }
}

/// Start positions of the non-overlapping matches of a fixed-length pattern, found left to right
/// the way a regex scan finds them (after a match, the search resumes at its end).
fn fixed_matches(chars: &[char], width: usize, is_match: impl Fn(&[char]) -> bool) -> Vec<usize> {
    let mut found = Vec::new();
    let mut at = 0;
    while at + width <= chars.len() {
        if is_match(&chars[at..at + width]) {
            found.push(at);
            at += width;
        } else {
            at += 1;
        }
    }
    found
}

/// Sorted, deduplicated positions inside words where the tokenizer inserts a space.
fn split_marks(chars: &[char]) -> Vec<usize> {
    let mut marks = Vec::new();
    // Both ends of every "...".
    for at in fixed_matches(chars, 3, |w| w == ['.', '.', '.']) {
        marks.extend([at, at + 3]);
    }
    // "a;b" -> "a; b" (also ! ? /).
    let semicolon = fixed_matches(chars, 2, |w| {
        matches!(w[0], ';' | '!' | '?' | '/') && w[1] != ' '
    });
    marks.extend(semicolon.iter().map(|at| at + 1));
    // "a,b" -> "a, b", but not "1,000" nor ",.".
    let comma = fixed_matches(chars, 2, |w| {
        w[0] == ',' && !matches!(w[1], ' ' | '0'..='9' | '.')
    });
    marks.extend(comma.iter().map(|at| at + 1));
    // "end.The" -> "end. The": two letters, a period or colon, a capital.
    let sentence = fixed_matches(chars, 4, |w| {
        is_latin_letter(w[0])
            && is_latin_letter(w[1])
            && matches!(w[2], '.' | ':')
            && (w[3].is_ascii_uppercase() || ('\u{c0}'..='\u{dd}').contains(&w[3]))
    });
    marks.extend(sentence.iter().map(|at| at + 3));
    marks.sort_unstable();
    marks.dedup();
    marks
}

/// `(start, end)` character spans of every token of the text, in order.
///
/// Tokens cover every non-blank character and nothing else.
fn tokenize(chars: &[char]) -> Vec<(usize, usize)> {
    let marks = split_marks(chars);
    let mut spans = Vec::new();
    let mut pieces = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        if is_space(chars[at]) {
            at += 1;
            continue;
        }
        let start = at;
        while at < chars.len() && !is_space(chars[at]) {
            at += 1;
        }
        let end = at;
        // Marks strictly inside the word cut it into segments, each tokenized on its own.
        let first_cut = marks.partition_point(|&m| m <= start);
        let last_cut = marks.partition_point(|&m| m < end);
        let cuts = marks.get(first_cut..last_cut).unwrap_or(&[]);
        let bounds = std::iter::once(start).chain(cuts.iter().copied());
        let ends = cuts.iter().copied().chain(std::iter::once(end));
        for (left, right) in bounds.zip(ends) {
            pieces.clear();
            word_pieces(&chars[left..right], &mut pieces);
            let mut position = left;
            for &length in &pieces {
                spans.push((position, position + length));
                position += length;
            }
        }
    }
    spans
}

/// For every character position, the index of the token holding it (`None` on whitespace).
fn token_index(len: usize, tokens: &[(usize, usize)]) -> Vec<Option<usize>> {
    let mut token_of = vec![None; len];
    for (index, &(start, end)) in tokens.iter().enumerate() {
        for slot in token_of.iter_mut().take(end).skip(start) {
            *slot = Some(index);
        }
    }
    token_of
}

// ---------------------------------------------------------------------------------------------
// Token view and pairing
// ---------------------------------------------------------------------------------------------

/// A scored annotation as the toolkit sees it.
#[derive(Debug, Clone, Copy)]
struct Viewed {
    /// Index into the caller's slice.
    index: usize,
    /// Span as given (end clamped), for the strict comparison.
    start: usize,
    end: usize,
    /// First and last token covered.
    first: usize,
    last: usize,
}

/// The annotations the toolkit keeps, with their tokens, and the indexes of those it drops
/// because they begin in the same token as the next one. Blank, empty and inverted annotations
/// are in neither list.
fn token_view(
    chars: &[char],
    tokens: &[(usize, usize)],
    token_of: &[Option<usize>],
    annotations: &[Annotation],
) -> (Vec<Viewed>, Vec<usize>) {
    let mut scored: Vec<(usize, usize, usize)> = annotations
        .iter()
        .enumerate()
        .map(|(index, a)| (index, a.start, a.end.min(chars.len())))
        .filter(|&(_, start, end)| start < end && !chars[start..end].iter().all(|&c| is_space(c)))
        .collect();
    // Stable: annotations with the same span keep the caller's order, as the script keeps
    // document order, and that decides which of them is dropped.
    scored.sort_by_key(|&(_, start, end)| (start, end));

    let mut kept: Vec<Viewed> = Vec::with_capacity(scored.len());
    let mut dropped = Vec::new();
    for (index, start, end) in scored {
        let (core_start, core_end) = trim_blank_edges(chars, start, end);
        // The core begins and ends on non-blank characters, which always lie in a token; the
        // `else` cannot happen but keeps this free of panics.
        let (Some(&Some(first)), Some(&Some(mut last))) =
            (token_of.get(core_start), token_of.get(core_end - 1))
        else {
            continue;
        };
        // A closing tag inside a token drops that token, unless it is also the first one.
        if tokens[last].1 > core_end && last > first {
            last -= 1;
        }
        // The toolkit labels each token once: a timex beginning in the same token as the
        // previous one replaces it, and then covers that token alone.
        if kept.last().is_some_and(|previous| previous.first == first) {
            if let Some(previous) = kept.pop() {
                dropped.push(previous.index);
            }
            last = first;
        }
        kept.push(Viewed {
            index,
            start,
            end,
            first,
            last,
        });
    }
    (kept, dropped)
}

/// The span without blank edges: whitespace alone never makes two timexes overlap.
/// The span must hold a non-blank character.
fn trim_blank_edges(chars: &[char], start: usize, end: usize) -> (usize, usize) {
    let content = &chars[start..end];
    let lead = content.iter().take_while(|&&c| is_space(c)).count();
    let trail = content.iter().rev().take_while(|&&c| is_space(c)).count();
    (start + lead, end - trail)
}

/// One-to-one relaxed pairs: for every kept gold timex, the position of its system partner in
/// `system`, if any.
///
/// This is how the toolkit's id normaliser gives a system timex the id of a gold one: walk the
/// first tokens of all timexes in text order, gold before system on the same token; a timex
/// whose first token lies within the latest timex of the other side, while that one is still
/// unpaired, is paired with it. So gold "Sunday morning" against system "Sunday" + "morning"
/// makes one pair and leaves "morning" spurious.
fn pair(gold: &[Viewed], system: &[Viewed]) -> Vec<Option<usize>> {
    const GOLD: usize = 0;
    const SYSTEM: usize = 1;
    let sides = [gold, system];
    let mut starts: Vec<(usize, usize, usize)> = gold
        .iter()
        .enumerate()
        .map(|(i, v)| (v.first, GOLD, i))
        .chain(system.iter().enumerate().map(|(i, v)| (v.first, SYSTEM, i)))
        .collect();
    starts.sort_unstable();

    let mut partner = [vec![None; gold.len()], vec![None; system.len()]];
    let mut latest: [Option<usize>; 2] = [None, None];
    for (position, side, index) in starts {
        let other = 1 - side;
        if let Some(candidate) = latest[other] {
            let open = &sides[other][candidate];
            if partner[other][candidate].is_none()
                && open.first <= position
                && position <= open.last
            {
                partner[side][index] = Some(candidate);
                partner[other][candidate] = Some(index);
            }
        }
        latest[side] = Some(index);
    }
    let [gold_partner, _] = partner;
    gold_partner
}

/// A TimeML document tagged by chronicle and compared with the TIMEX3 it already holds.
#[derive(Debug, Clone)]
pub struct Evaluated {
    /// The plain text of `<TEXT>`, which the offsets index by character.
    pub text: String,
    /// The TIMEX3 of the input (`type` and `value` as written).
    pub gold: Vec<Annotation>,
    /// chronicle's expressions.
    pub system: Vec<Annotation>,
    /// How the two compare.
    pub comparison: Comparison,
}

/// Tags a TimeML document given only its DCT and tag-free text (what a TempEval-3 system is
/// given) and scores the result against the TIMEX3 already marked in it.
pub fn evaluate(document: &crate::Document, options: &crate::TagOptions) -> Evaluated {
    let text = document.text();
    let mut char_at = vec![0usize; text.len() + 1];
    let mut count = 0;
    for (index, c) in text.char_indices() {
        for slot in &mut char_at[index..index + c.len_utf8()] {
            *slot = count;
        }
        count += 1;
    }
    char_at[text.len()] = count;
    let annotation = |span: crate::Span, kind: String, value: String| {
        let range = document.text_range(span)?;
        Some(Annotation {
            start: char_at[range.start],
            end: char_at[range.end],
            kind,
            value,
        })
    };
    let gold: Vec<Annotation> = document
        .marked_timexes()
        .iter()
        .filter_map(|timex| {
            let attribute = |name: &str| timex.attributes.get(name).cloned().unwrap_or_default();
            annotation(timex.span, attribute("type"), attribute("value"))
        })
        .collect();
    let system: Vec<Annotation> = crate::tag_with(document, options)
        .timexes
        .into_iter()
        .filter_map(|timex| annotation(timex.span, timex.kind.to_string(), timex.value))
        .collect();
    let comparison = compare(text, &gold, &system);
    Evaluated {
        text: text.to_string(),
        gold,
        system,
        comparison,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokens of `text` as strings.
    fn tokens(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        tokenize(&chars)
            .into_iter()
            .map(|(s, e)| chars[s..e].iter().collect())
            .collect()
    }

    fn ann(text: &str, phrase: &str, value: &str) -> Annotation {
        let byte = text.find(phrase).expect("phrase in text");
        let start = text[..byte].chars().count();
        Annotation {
            start,
            end: start + phrase.chars().count(),
            kind: "DATE".into(),
            value: value.into(),
        }
    }

    #[test]
    fn tokenizer_abbreviations_keep_their_period() {
        assert_eq!(tokens("recent days."), ["recent", "days."]);
        assert_eq!(tokens("Oct. 19"), ["Oct.", "19"]);
        assert_eq!(tokens("9 a.m."), ["9", "a.m."]);
        assert_eq!(tokens("the U.S."), ["the", "U.S."]);
        assert_eq!(tokens("the U.S.,"), ["the", "U.S.", ","]);
        assert_eq!(tokens("(Oct.)"), ["(", "Oct.", ")"]);
        assert_eq!(tokens("days.."), ["days.", "."]);
        assert_eq!(tokens("weeks."), ["weeks", "."]);
    }

    #[test]
    fn tokenizer_hyphens() {
        assert_eq!(tokens("3-day"), ["3", "-", "day"]);
        assert_eq!(tokens("mid-1990s"), ["mid", "-", "1990s"]);
        assert_eq!(tokens("1998-01-08"), ["1998-01-08"]);
        assert_eq!(tokens("-5"), ["-5"]);
        assert_eq!(tokens("pre-"), ["pre-"]);
    }

    #[test]
    fn tokenizer_clitics() {
        assert_eq!(tokens("it's"), ["it", "'s"]);
        assert_eq!(tokens("don't"), ["do", "n't"]);
        assert_eq!(tokens("they'll've"), ["they", "'ll", "'ve"]);
        assert_eq!(tokens("'s n't"), ["'s", "n't"]);
        assert_eq!(tokens("years'"), ["years", "'"]);
    }

    #[test]
    fn tokenizer_punctuation() {
        assert_eq!(tokens("(Friday)"), ["(", "Friday", ")"]);
        assert_eq!(tokens("\"Sunday\""), ["\"", "Sunday", "\""]);
        assert_eq!(tokens("end.The"), ["end", ".", "The"]);
        assert_eq!(tokens("a,b"), ["a", ",", "b"]);
        assert_eq!(tokens("1,000"), ["1,000"]);
        assert_eq!(tokens("..."), ["..."]);
        assert_eq!(tokens("wait...what"), ["wait", "...", "what"]);
        assert_eq!(tokens("1998)."), ["1998", ")", "."]);
        assert_eq!(tokens(")."), [")", "."]);
        // Only the first of ";b/c" is split: the scan resumes after "b", as a regex scan does.
        assert_eq!(tokens("a;b/c"), ["a", ";", "b/", "c"]);
        assert_eq!(tokens("50%"), ["50", "%"]);
    }

    #[test]
    fn tokenizer_counts_characters_not_bytes() {
        let chars: Vec<char> = "é, día".chars().collect();
        assert_eq!(tokenize(&chars), [(0, 1), (1, 2), (3, 6)]);
    }

    #[test]
    fn whitespace_is_pythons() {
        // str.isspace() in Python 3.11, every code point.
        let python: Vec<u32> = vec![
            0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000,
            0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028,
            0x2029, 0x202f, 0x205f, 0x3000,
        ];
        let ours: Vec<u32> = (0..=0x10ffff_u32)
            .filter_map(char::from_u32)
            .filter(|&c| is_space(c))
            .map(u32::from)
            .collect();
        assert_eq!(ours, python);
    }

    #[test]
    fn split_timex_pairs_once() {
        let text = "on Sunday morning.";
        let gold = [ann(text, "Sunday morning", "1998-01-11TMO")];
        let system = [
            ann(text, "morning", "TMO"),
            ann(text, "Sunday", "1998-01-11TMO"),
        ];
        let result = compare(text, &gold, &system);
        assert_eq!(result.pairs, [(0, 1, false)]);
        assert_eq!(result.spurious, [0]);
        assert!(result.missed.is_empty());
        let expected = Counts {
            gold: 1,
            system: 2,
            strict: 0,
            relaxed: 1,
            value: 1,
            kind: 1,
        };
        assert_eq!(result.counts, expected);
    }

    #[test]
    fn closing_tag_inside_a_token_drops_it() {
        // "days." is one token, so gold "recent days" covers only "recent".
        let text = "in recent days.";
        let gold = [ann(text, "recent days", "PAST_REF")];
        let system = [ann(text, "days", "PAST_REF")];
        let result = compare(text, &gold, &system);
        assert!(result.pairs.is_empty());
        assert_eq!((result.missed.len(), result.spurious.len()), (1, 1));
    }

    #[test]
    fn same_first_token_keeps_the_last() {
        let text = "from 1998-1999 on";
        let at = |s, e| Annotation {
            start: s,
            end: e,
            kind: "DATE".into(),
            value: format!("{s}"),
        };
        // "1998" and "1999" begin in different tokens; two tags in "1998" do not.
        let system = [at(5, 7), at(7, 9), at(10, 14)];
        let result = compare(text, &[at(5, 14)], &system);
        assert_eq!(result.dropped_system, [0]);
        assert_eq!(result.pairs, [(0, 1, false)]);
        assert_eq!(result.spurious, [2]);
        assert_eq!(result.counts.system, 2);
    }

    #[test]
    fn blank_and_bad_offsets_are_not_scored() {
        let text = "today";
        let bad = |start, end| Annotation {
            start,
            end,
            kind: String::new(),
            value: String::new(),
        };
        let system = [bad(3, 1), bad(9, 20), bad(0, 0), bad(2, 400)];
        let result = compare(text, &[bad(0, 5)], &system);
        // Only (2, 400), clamped to (2, 5), is scored; it overlaps the gold span.
        assert_eq!(result.counts.system, 1);
        assert_eq!(result.pairs, [(0, 3, false)]);
        let blank = compare("a  b", &[bad(1, 3)], &[]);
        assert_eq!(blank.counts, Counts::default());
        assert!(blank.missed.is_empty());
    }

    #[test]
    fn blank_edges_do_not_overlap_but_count_for_strict() {
        let text = "on Monday  Tuesday";
        let span = |start, end| Annotation {
            start,
            end,
            kind: "DATE".into(),
            value: "X".into(),
        };
        // System "Monday  " ends in blanks: relaxed with gold "Monday", not strict.
        let result = compare(text, &[span(3, 9), span(11, 18)], &[span(3, 11)]);
        assert_eq!(result.pairs, [(0, 0, false)]);
        assert_eq!(result.missed, [1]);
    }

    #[test]
    fn scores_follow_the_official_formulas() {
        let counts = Counts {
            gold: 10,
            system: 8,
            strict: 6,
            relaxed: 7,
            value: 5,
            kind: 6,
        };
        let s = counts.scores();
        assert_eq!(s.relaxed.precision, 7.0 / 8.0);
        assert_eq!(s.relaxed.recall, 7.0 / 10.0);
        let f = 2.0 * (7.0 / 8.0) * (7.0 / 10.0) / (7.0 / 8.0 + 7.0 / 10.0);
        assert_eq!(s.relaxed.f1, f);
        assert_eq!(s.value_f1, 5.0 / 7.0 * f);
        let empty = Counts::default().scores();
        assert_eq!((empty.strict.f1, empty.value_f1), (1.0, 1.0));
        assert_eq!(empty.strict.precision, 0.0);
        let none = Counts {
            gold: 3,
            ..Counts::default()
        };
        assert_eq!(none.scores().relaxed.f1, 0.0);
    }

    #[test]
    fn percent_rounds_the_exact_value_half_up() {
        // Expected strings from Python's Decimal(x * 100).quantize(..., ROUND_HALF_UP).
        let cases = [
            (0.0, "0.00"),
            (1.0, "100.00"),
            (0.12125, "12.13"),
            (0.00125, "0.13"),
            (0.00005, "0.01"),
            (0.841, "84.10"),
            (2.0 / 3.0, "66.67"),
            (1.0 / 3.0, "33.33"),
            (0.99995, "100.00"),
            (0.999949999, "99.99"),
            (-0.0, "-0.00"),
            (1e-300, "0.00"),
            (0.123449999999, "12.34"),
            (0.0001249999, "0.01"),
        ];
        for (x, expected) in cases {
            assert_eq!(percent(x), expected, "{x}");
        }
    }

    #[test]
    fn display_matches_the_report_table() {
        let counts = Counts {
            gold: 4,
            system: 3,
            strict: 2,
            relaxed: 3,
            value: 2,
            kind: 3,
        };
        let expected = "                     F1       P       R\n\
                        Strict match      57.14   66.67   50.00\n\
                        Relaxed match     85.71  100.00   75.00\n\
                        Attribute F1      Value    Type\n\
                        \x20                 57.14   85.71";
        assert_eq!(counts.scores().to_string(), expected);
    }

    /// A small xorshift generator (the crate has no `rand`): a number below `bound`.
    fn below(state: &mut u64, bound: usize) -> usize {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        (*state % bound as u64) as usize
    }

    fn random_annotations(state: &mut u64) -> Vec<Annotation> {
        let count = below(state, 6);
        (0..count)
            .map(|_| Annotation {
                start: below(state, 40),
                end: below(state, 40),
                kind: ["DATE", "TIME"][below(state, 2)].into(),
                value: ["1", "2"][below(state, 2)].into(),
            })
            .collect()
    }

    #[test]
    fn random_input_never_panics_and_stays_consistent() {
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let alphabet: Vec<char> = "ab1 .,;'\"()-é\u{85}\u{a0}\u{1c}\nOcts:".chars().collect();
        for _ in 0..3000 {
            let length = below(&mut state, 30);
            let text: String = (0..length)
                .map(|_| alphabet[below(&mut state, alphabet.len())])
                .collect();
            let gold = random_annotations(&mut state);
            let system = random_annotations(&mut state);
            let r = compare(&text, &gold, &system);
            let c = r.counts;
            assert_eq!(c.relaxed, r.pairs.len());
            assert_eq!(c.gold, r.missed.len() + c.relaxed);
            assert_eq!(c.system, r.spurious.len() + c.relaxed);
            assert!(c.strict <= c.relaxed && c.value <= c.relaxed && c.kind <= c.relaxed);
            assert!(c.gold + r.dropped_gold.len() <= gold.len());
            assert!(c.system + r.dropped_system.len() <= system.len());
            let _ = c.scores().to_string();
        }
    }

    #[test]
    fn counts_add_up() {
        let mut total = Counts::default();
        let one = Counts {
            gold: 1,
            system: 2,
            strict: 3,
            relaxed: 4,
            value: 5,
            kind: 6,
        };
        total += one;
        total += one;
        assert_eq!(total.kind, 12);
        assert_eq!(total.gold, 2);
    }
}

//! The temporal word lists of `lexicon/time/`, embedded at build time and read once.
//!
//! Lookups go through lowercase ASCII words; a word with other characters is in no list.

use super::words::LONGEST_WORD;
use crate::time::Modifier;
use crate::time::expr::{DayPart, Holiday, Reference, Season, Summer, Unit, Zone};
use chrono::Weekday;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::sync::OnceLock;

/// What a word can mean.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Sense {
    Month {
        month: u32,
        ambiguous: bool,
        abbreviation: bool,
    },
    Weekday {
        day: Weekday,
        abbreviation: bool,
    },
    Number {
        value: u32,
        kind: NumberKind,
    },
    Unit {
        unit: Unit,
        multiplier: u32,
    },
    DayPart(DayPart),
    Season(Season),
    Holiday(Holiday),
    Zone {
        zone: Zone,
        place: bool,
    },
    Reference(Reference),
    Modifier(Modifier),
    Tense(Tense),
    /// A word that introduces a time: "in", "since", "early", "last".
    Introducer,
}

/// Kinds of number words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumberKind {
    Article,
    Cardinal,
    Tens,
    Hundred,
    Ordinal,
    Vague,
    /// "nineties": the decade of the 1900s it names, as a year offset (90).
    Decade,
}

/// Which way a tense word points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    /// A present-tense verb of a timetable ("talks resume on Thursday", "the truce expires
    /// Saturday"): forward, unless an auxiliary before it says otherwise ("did not resume").
    Scheduled,
}

/// A multi-word entry: its words after the first, and its meaning.
#[derive(Debug, Clone)]
pub(crate) struct Phrase {
    pub rest: Vec<&'static str>,
    pub sense: Sense,
}

impl Phrase {
    /// Whether the entry qualifies an amount ("more than", "at least").
    pub(crate) fn qualifies(&self) -> bool {
        matches!(self.sense, Sense::Modifier(_))
    }
}

/// All temporal word lists.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    words: HashMap<Key, Vec<Sense>, KeyHash>,
    phrases: HashMap<Key, Vec<Phrase>, KeyHash>,
    leads: HashMap<Key, WordLeads, KeyHash>,
    /// The shapes of the words in `leads`: most words of a text are told apart from them by
    /// length and first and last letter, without hashing.
    lead_shapes: Shapes,
    /// The shapes of the second words of `phrases`: the scanner looks up many words no
    /// list holds.
    second_shapes: Shapes,
    /// The shapes of the words that may open a count (see [`Lexicon::may_open_count`]).
    count_shapes: Shapes,
    /// `words` and `leads` again, ordered by shape, for the words that have one.
    words_by_shape: ByShape<Vec<Sense>>,
    leads_by_shape: ByShape<WordLeads>,
}

/// The entries of a table ordered by the shape of their word, those of one shape side by
/// side: a word with a shape is compared with the one or two entries of its shape, without
/// being copied into a key and hashed.
#[derive(Debug)]
struct ByShape<V> {
    /// Where the entries of each shape start in `entries`, and after the last, where they end.
    starts: Vec<u32>,
    entries: Vec<(Key, V)>,
}

impl<V> Default for ByShape<V> {
    fn default() -> Self {
        ByShape {
            starts: Vec::new(),
            entries: Vec::new(),
        }
    }
}

impl<V: Clone> ByShape<V> {
    /// The entries of `table` whose words have a shape.
    fn of(table: &HashMap<Key, V, KeyHash>) -> ByShape<V> {
        let mut entries: Vec<(usize, Key, V)> = table
            .iter()
            .filter_map(|(key, value)| {
                Shapes::index(key.as_bytes()).map(|index| (index, *key, value.clone()))
            })
            .collect();
        entries.sort_by_key(|(index, key, _)| (*index, key.bytes));
        let mut starts = Vec::with_capacity(Shapes::SLOTS + 1);
        let mut next = 0;
        for index in 0..=Shapes::SLOTS {
            while entries.get(next).is_some_and(|(at, _, _)| *at < index) {
                next += 1;
            }
            starts.push(u32::try_from(next).unwrap_or(u32::MAX));
        }
        let entries = entries
            .into_iter()
            .map(|(_, key, value)| (key, value))
            .collect();
        ByShape { starts, entries }
    }

    /// The value of `word`, whose shape is at `index`.
    fn get(&self, index: usize, word: &[u8]) -> Option<&V> {
        let (Some(&start), Some(&end)) = (self.starts.get(index), self.starts.get(index + 1))
        else {
            return None;
        };
        self.entries
            .get(start as usize..end as usize)?
            .iter()
            // Of one length, as of one shape: compared byte by byte, inline.
            .find(|(key, _)| key.bytes.iter().zip(word).all(|(a, b)| a == b))
            .map(|(_, value)| value)
    }
}

/// A word as the lists' tables key it: its bytes, at most [`LONGEST_WORD`] of them, padded
/// to a fixed size, and its length. The scanner looks up a word at every trigger and the
/// parsers many more: a key is hashed and compared as two machine words, where a string key
/// was hashed a byte at a time and compared with `memcmp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Key {
    bytes: [u8; LONGEST_WORD],
    len: u8,
}

impl Key {
    /// The key of `word`; `None` when it is longer than any word of the lists.
    fn of(word: &[u8]) -> Option<Key> {
        let mut bytes = [0u8; LONGEST_WORD];
        bytes.get_mut(..word.len())?.copy_from_slice(word);
        let len = u8::try_from(word.len()).ok()?;
        Some(Key { bytes, len })
    }

    fn as_bytes(&self) -> &[u8] {
        &self.bytes[..usize::from(self.len)]
    }

    #[cfg(test)]
    fn as_str(&self) -> &str {
        std::str::from_utf8(self.as_bytes()).unwrap_or("")
    }
}

impl Hash for Key {
    fn hash<H: Hasher>(&self, state: &mut H) {
        let packed = u128::from_le_bytes(self.bytes);
        let (low, high) = (packed as u64, (packed >> 64) as u64);
        state.write_u64(low ^ high.rotate_left(29) ^ u64::from(self.len));
    }
}

/// Hashes a [`Key`] with one multiplication (Fibonacci hashing), its high bits folded into
/// the low ones that pick the table's bucket. The lists are fixed at build time, so there is
/// no untrusted key to flood the table with.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 32)
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = (self.0 ^ value).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.write_u64(u64::from(byte));
        }
    }
}

type KeyHash = BuildHasherDefault<KeyHasher>;

/// A set of word shapes: (length, first character, last character), for ASCII letters and
/// digits in any case.
#[derive(Debug)]
struct Shapes(Vec<u64>);

impl Default for Shapes {
    fn default() -> Self {
        Shapes(vec![0; Shapes::SLOTS.div_ceil(64)])
    }
}

impl Shapes {
    /// How many shapes there are: every length up to [`LONGEST_WORD`] by 36 first and 36
    /// last characters.
    const SLOTS: usize = LONGEST_WORD * 36 * 36;

    /// Each byte's place among the 36 letters (any case) and digits of a shape; 36 for a
    /// byte that is neither. Every word of a text is told apart here, so the place is read
    /// from a table rather than worked out by ranges.
    const CLASS: [u8; 256] = {
        let mut table = [36u8; 256];
        let mut byte = 0;
        while byte < 26 {
            table[b'a' as usize + byte] = byte as u8;
            table[b'A' as usize + byte] = byte as u8;
            byte += 1;
        }
        let mut digit = 0;
        while digit < 10 {
            table[b'0' as usize + digit] = 26 + digit as u8;
            digit += 1;
        }
        table
    };

    fn index(word: &[u8]) -> Option<usize> {
        let (&first, &last) = (word.first()?, word.last()?);
        let first = usize::from(Self::CLASS[usize::from(first)]);
        let last = usize::from(Self::CLASS[usize::from(last)]);
        if word.len() > LONGEST_WORD || first == 36 || last == 36 {
            return None;
        }
        Some(((word.len() - 1) * 36 + first) * 36 + last)
    }

    fn insert(&mut self, word: &[u8]) {
        if let Some(index) = Self::index(word) {
            self.0[index / 64] |= 1 << (index % 64);
        }
    }

    fn may_hold(&self, word: &[u8]) -> bool {
        Self::index(word).is_some_and(|index| self.0[index / 64] & (1 << (index % 64)) != 0)
    }

    /// Like [`Shapes::may_hold`], but true for a word that has no shape ("'ll", a word over
    /// [`LONGEST_WORD`] bytes), which only a lookup can tell.
    fn may_hold_unshaped(&self, word: &[u8]) -> bool {
        Self::index(word).is_none_or(|index| self.0[index / 64] & (1 << (index % 64)) != 0)
    }
}

/// What a word leads: as a word of its own, and as the first word of a multi-word entry
/// (which counts only when the entry's second word follows).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct WordLeads {
    pub single: Leads,
    pub phrase: Leads,
}

impl WordLeads {
    /// A word that leads nothing.
    pub const NONE: WordLeads = WordLeads {
        single: Leads::NONE,
        phrase: Leads::NONE,
    };
}

/// What kinds of phrase a word can open. The scanner runs only the parsers whose first word
/// can be of one of these kinds, which keeps the work at a trigger word small.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Leads(u32);

impl Leads {
    pub const NONE: Leads = Leads(0);
    pub const DIGIT: Leads = Leads(1);
    pub const MONTH: Leads = Leads(1 << 1);
    pub const WEEKDAY: Leads = Leads(1 << 2);
    pub const NUMBER: Leads = Leads(1 << 3);
    pub const UNIT: Leads = Leads(1 << 4);
    pub const DAY_PART: Leads = Leads(1 << 5);
    pub const SEASON: Leads = Leads(1 << 6);
    pub const REFERENCE: Leads = Leads(1 << 7);
    pub const MODIFIER: Leads = Leads(1 << 8);
    /// "the", "a", "its", "this", "last": frequent words that open a phrase only before a
    /// word that can continue one ("the third quarter", "last week").
    pub const WEAK: Leads = Leads(1 << 9);
    /// "last", "next", "this", "past", "coming", "previous", "same", "latest".
    pub const SHIFTER: Leads = Leads(1 << 10);
    /// "early", "late", "mid", "end", "beginning", "earlier", "later".
    pub const POSITION: Leads = Leads(1 << 11);
    /// "every", "each", "once", "twice", "half".
    pub const EVERY: Leads = Leads(1 << 12);
    /// "today", "yesterday", "tonight", "noon", "midnight", "overnight".
    pub const DEICTIC: Leads = Leads(1 << 13);
    /// "year", "fiscal", "FY", "Q3", "weeklong".
    pub const YEAR_WORD: Leads = Leads(1 << 14);
    /// "the".
    pub const ARTICLE: Leads = Leads(1 << 15);
    /// "a", "an".
    pub const INDEFINITE: Leads = Leads(1 << 16);
    /// Four digits, perhaps with "s": "2025", "1990s", and "'90s".
    pub const YEAR_DIGITS: Leads = Leads(1 << 17);
    /// One to three digits: "9", "48", "5:30".
    pub const SMALL_DIGITS: Leads = Leads(1 << 18);
    /// Digits with an ordinal suffix: "3rd", "20th".
    pub const ORDINAL_DIGITS: Leads = Leads(1 << 19);
    /// No kind of word: marks the parsers that can read an amount a quantity modifier
    /// qualifies ("more than eight hours", "nearly four years ago"), the only ones worth
    /// running after "more than".
    pub const COUNTED: Leads = Leads(1 << 20);
    /// "its", "their": only a year part follows them ("its third quarter"), where "the"
    /// opens many phrases.
    pub const POSSESSIVE: Leads = Leads(1 << 21);
    /// "that": only the story's day, or a part of it, follows it ("that day", "that evening").
    pub const DEMONSTRATIVE: Leads = Leads(1 << 22);
    /// "nineties", "eighties": a decade in words, which is also a number; only the decade
    /// parser reads one after "the" ("the nineties"), where "the" opens many.
    pub const DECADE: Leads = Leads(1 << 23);
    /// "Christmas", "Easter", "Thanksgiving", and the first words of "New Year's Day",
    /// "Fourth of July" before their second.
    pub const HOLIDAY: Leads = Leads(1 << 24);

    /// Every kind.
    pub const ALL: Leads = Leads(u32::MAX);

    pub const fn or(self, other: Leads) -> Leads {
        Leads(self.0 | other.0)
    }

    /// The kinds as bits, one per kind.
    pub const fn bits(self) -> u32 {
        self.0
    }

    pub const fn without(self, other: Leads) -> Leads {
        Leads(self.0 & !other.0)
    }

    pub fn meets(self, other: Leads) -> bool {
        self.0 & other.0 != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// Words the grammar itself starts phrases with, beside the lexicon's own words: "the third
/// quarter", "every Friday", "mid-November", "the end of 1990", "last week".
const OPENERS: &[(&str, Leads)] = &[
    ("the", Leads::ARTICLE.or(Leads::WEAK)),
    ("its", Leads::POSSESSIVE.or(Leads::WEAK)),
    ("their", Leads::POSSESSIVE.or(Leads::WEAK)),
    ("a", Leads::INDEFINITE.or(Leads::WEAK)),
    ("an", Leads::INDEFINITE.or(Leads::WEAK)),
    ("this", Leads::SHIFTER.or(Leads::WEAK)),
    ("that", Leads::DEMONSTRATIVE.or(Leads::WEAK)),
    ("last", Leads::SHIFTER.or(Leads::WEAK)),
    ("next", Leads::SHIFTER.or(Leads::WEAK)),
    ("past", Leads::SHIFTER.or(Leads::WEAK)),
    ("coming", Leads::SHIFTER.or(Leads::WEAK)),
    ("current", Leads::SHIFTER.or(Leads::WEAK)),
    ("previous", Leads::SHIFTER.or(Leads::WEAK)),
    ("preceding", Leads::SHIFTER.or(Leads::WEAK)),
    ("prior", Leads::SHIFTER.or(Leads::WEAK)),
    ("following", Leads::SHIFTER.or(Leads::WEAK)),
    ("same", Leads::SHIFTER.or(Leads::WEAK)),
    // "the latter half of 1989", "the latter half of the 1990s", "the final quarter of
    // 2012": a position, after "the".
    ("latter", Leads::POSITION.or(Leads::WEAK)),
    ("final", Leads::POSITION.or(Leads::WEAK)),
    ("latest", Leads::SHIFTER.or(Leads::WEAK)),
    ("comparable", Leads::SHIFTER.or(Leads::WEAK)),
    ("corresponding", Leads::SHIFTER.or(Leads::WEAK)),
    ("recent", Leads::SHIFTER),
    // "the full year", "the whole month": only before a unit.
    ("full", Leads::SHIFTER.or(Leads::WEAK)),
    ("whole", Leads::SHIFTER.or(Leads::WEAK)),
    ("entire", Leads::SHIFTER.or(Leads::WEAK)),
    // "another two weeks", "a further six months", "an additional year".
    ("another", Leads::INDEFINITE.or(Leads::WEAK)),
    ("additional", Leads::SHIFTER.or(Leads::WEAK)),
    ("further", Leads::SHIFTER.or(Leads::WEAK)),
    ("extra", Leads::SHIFTER.or(Leads::WEAK)),
    ("every", Leads::EVERY),
    ("each", Leads::EVERY),
    ("half", Leads::EVERY),
    ("once", Leads::EVERY),
    ("twice", Leads::EVERY),
    ("thrice", Leads::EVERY),
    ("mid", Leads::POSITION),
    ("early", Leads::POSITION),
    ("late", Leads::POSITION),
    ("earlier", Leads::POSITION),
    ("later", Leads::POSITION),
    ("end", Leads::POSITION),
    ("close", Leads::POSITION.or(Leads::WEAK)),
    ("beginning", Leads::POSITION),
    ("start", Leads::POSITION.or(Leads::WEAK)),
    ("middle", Leads::POSITION),
    ("dawn", Leads::POSITION.or(Leads::WEAK)),
    ("noon", Leads::DEICTIC),
    ("midnight", Leads::DEICTIC),
    ("midday", Leads::DEICTIC),
    ("today", Leads::DEICTIC),
    ("tonight", Leads::DEICTIC),
    ("yesterday", Leads::DEICTIC),
    ("tomorrow", Leads::DEICTIC),
    ("overnight", Leads::DEICTIC),
    ("year", Leads::YEAR_WORD),
    ("fiscal", Leads::YEAR_WORD),
    ("fy", Leads::YEAR_WORD),
    ("q1", Leads::YEAR_WORD),
    ("q2", Leads::YEAR_WORD),
    ("q3", Leads::YEAR_WORD),
    ("q4", Leads::YEAR_WORD),
    ("h1", Leads::YEAR_WORD),
    ("h2", Leads::YEAR_WORD),
    ("weeklong", Leads::YEAR_WORD),
    ("monthlong", Leads::YEAR_WORD),
    ("yearlong", Leads::YEAR_WORD),
    ("daylong", Leads::YEAR_WORD),
];

/// The lexicon, built on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(build)
}

impl Lexicon {
    /// The senses of one lowercase word.
    pub(crate) fn word(&self, word: impl AsRef<[u8]>) -> &[Sense] {
        let word = word.as_ref();
        if let Some(index) = Shapes::index(word) {
            return self
                .words_by_shape
                .get(index, word)
                .map_or(&[], Vec::as_slice);
        }
        Key::of(word)
            .and_then(|key| self.words.get(&key))
            .map_or(&[], Vec::as_slice)
    }

    /// Multi-word entries starting with this lowercase word, longest first.
    pub(crate) fn phrases(&self, first: impl AsRef<[u8]>) -> &[Phrase] {
        Key::of(first.as_ref())
            .and_then(|key| self.phrases.get(&key))
            .map_or(&[], Vec::as_slice)
    }

    /// The kinds of phrase this lowercase word can open; empty for most words, where the
    /// scanner does not try the parsers at all.
    pub(crate) fn leads(&self, word: impl AsRef<[u8]>) -> WordLeads {
        let word = word.as_ref();
        if let Some(index) = Shapes::index(word) {
            return self
                .leads_by_shape
                .get(index, word)
                .copied()
                .unwrap_or_default();
        }
        Key::of(word)
            .and_then(|key| self.leads.get(&key))
            .copied()
            .unwrap_or_default()
    }

    /// False for a word, in any case, that certainly leads nothing: a quick test before
    /// [`Lexicon::leads`] for every word of a text.
    pub(crate) fn may_lead(&self, word: &[u8]) -> bool {
        self.lead_shapes.may_hold(word)
    }

    /// False for a word of ASCII letters, in any case, that certainly opens no count: not a
    /// number, a qualifier, the first word of a multi-word entry or a vague amount. Extraction
    /// tries a count at every word of a casualty's clause, and most are told apart here by
    /// length and first and last letter, without being lowercased and looked up.
    pub(crate) fn may_open_count(&self, word: &[u8]) -> bool {
        self.count_shapes.may_hold(word)
    }

    /// True when `second` follows `first` in some multi-word entry ("the" "near").
    pub(crate) fn continues(&self, first: impl AsRef<[u8]>, second: impl AsRef<[u8]>) -> bool {
        let second = second.as_ref();
        if !self.second_shapes.may_hold_unshaped(second) {
            return false;
        }
        self.phrases(first)
            .iter()
            .any(|p| p.rest.first().is_some_and(|word| word.as_bytes() == second))
    }

    fn collect_leads(&mut self) {
        let mut leads: HashMap<Key, WordLeads, KeyHash> = HashMap::default();
        for (word, lead) in OPENERS {
            let Some(key) = Key::of(word.as_bytes()) else {
                continue;
            };
            let entry = leads.entry(key).or_default();
            entry.single = entry.single.or(*lead);
        }
        for (word, senses) in &self.words {
            for sense in senses {
                let lead = match sense {
                    Sense::Month { .. } => Leads::MONTH,
                    Sense::Weekday { .. } => Leads::WEEKDAY,
                    // "a" and "an" open phrases only before a unit or amount word: they lead
                    // as articles, which the scanner checks against the next word.
                    Sense::Number {
                        kind: NumberKind::Article,
                        ..
                    } => Leads::NONE,
                    Sense::Number {
                        kind: NumberKind::Decade,
                        ..
                    } => Leads::NUMBER.or(Leads::DECADE),
                    Sense::Number { .. } => Leads::NUMBER,
                    Sense::Unit { .. } => Leads::UNIT,
                    Sense::DayPart(_) => Leads::DAY_PART,
                    Sense::Season(_) => Leads::SEASON,
                    Sense::Holiday(_) => Leads::HOLIDAY,
                    Sense::Reference(_) => Leads::REFERENCE,
                    Sense::Modifier(_) => Leads::MODIFIER,
                    Sense::Zone { .. } | Sense::Tense(_) | Sense::Introducer => Leads::NONE,
                };
                let entry = leads.entry(*word).or_default();
                entry.single = entry.single.or(lead);
            }
        }
        for (word, phrases) in &self.phrases {
            let lead = phrases
                .iter()
                .fold(Leads::NONE, |lead, phrase| match phrase.sense {
                    Sense::Reference(_) => lead.or(Leads::REFERENCE),
                    Sense::Modifier(_) => lead.or(Leads::MODIFIER),
                    Sense::Holiday(_) => lead.or(Leads::HOLIDAY),
                    _ => lead,
                });
            let entry = leads.entry(*word).or_default();
            entry.phrase = entry.phrase.or(lead);
        }
        leads.retain(|_, lead| !lead.single.is_empty() || !lead.phrase.is_empty());
        for word in leads.keys() {
            self.lead_shapes.insert(word.as_bytes());
        }
        // "FY25", "FY2025": a fiscal year in one word, in no list, has the shape of one.
        for last in b'0'..=b'9' {
            self.lead_shapes.insert(&[b'f', b'y', b'0', last]);
            self.lead_shapes
                .insert(&[b'f', b'y', b'2', b'0', b'0', last]);
        }
        self.leads = leads;
        self.leads_by_shape = ByShape::of(&self.leads);
        self.words_by_shape = ByShape::of(&self.words);
        for phrase in self.phrases.values().flatten() {
            if let Some(second) = phrase.rest.first() {
                self.second_shapes.insert(second.as_bytes());
            }
        }
        self.collect_count_openers();
    }

    /// The shapes of every word the count parser may start with: what it looks up in the
    /// lists, and the words it reads itself.
    fn collect_count_openers(&mut self) {
        for (word, senses) in &self.words {
            if senses
                .iter()
                .any(|s| matches!(s, Sense::Number { .. } | Sense::Modifier(_)))
            {
                self.count_shapes.insert(word.as_bytes());
            }
        }
        // Of the multi-word entries, the count parser reads only qualifiers ("at least"):
        // "the", first word of many entries ("the near future"), opens no count.
        for (word, phrases) in &self.phrases {
            if phrases.iter().any(Phrase::qualifies) {
                self.count_shapes.insert(word.as_bytes());
            }
        }
        for word in super::count::OPENERS {
            self.count_shapes.insert(word.as_bytes());
        }
    }

    /// Adds an entry of a list. A first word longer than [`LONGEST_WORD`] could never be
    /// looked up, and is left out.
    fn add(&mut self, entry: &'static str, sense: Sense) {
        self.add_words(entry.split(' '), sense);
    }

    /// Adds an entry given as its words.
    fn add_words(&mut self, mut words: impl Iterator<Item = &'static str>, sense: Sense) {
        let Some(first) = words.next() else {
            return;
        };
        let rest: Vec<&'static str> = words.collect();
        let Some(first) = Key::of(first.as_bytes()) else {
            return;
        };
        if rest.is_empty() {
            self.words.entry(first).or_default().push(sense);
        } else {
            let phrases = self.phrases.entry(first).or_default();
            phrases.push(Phrase { rest, sense });
            phrases.sort_by_key(|phrase| std::cmp::Reverse(phrase.rest.len()));
        }
    }
}

/// Lines of a list: tab-separated columns, `#` comments and blank lines skipped.
fn rows(list: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    list.lines()
        .map(str::trim_end)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| line.split('\t').collect())
}

fn flag(row: &[&str], name: &str) -> bool {
    row.iter().skip(2).any(|column| *column == name)
}

fn weekday(number: u32) -> Weekday {
    match number {
        1 => Weekday::Mon,
        2 => Weekday::Tue,
        3 => Weekday::Wed,
        4 => Weekday::Thu,
        5 => Weekday::Fri,
        6 => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

/// `+04:30` as seconds east of UTC.
fn offset_seconds(text: &str) -> Option<i32> {
    let (sign, rest) = match text.as_bytes().first()? {
        b'+' => (1, &text[1..]),
        b'-' => (-1, &text[1..]),
        _ => return None,
    };
    let (hours, minutes) = rest.split_once(':')?;
    Some(sign * (hours.parse::<i32>().ok()? * 3600 + minutes.parse::<i32>().ok()? * 60))
}

fn number(column: Option<&&str>) -> u32 {
    column.and_then(|c| c.parse().ok()).unwrap_or(0)
}

/// Builds the lexicon from the embedded lists. The lists are part of the crate and covered by
/// tests, so an entry that does not read is a bug in the list; it is skipped, never a panic.
fn build() -> Lexicon {
    let mut lexicon = Lexicon::default();
    for row in rows(include_str!("../../lexicon/time/months.tsv")) {
        let sense = Sense::Month {
            month: number(row.get(1)),
            ambiguous: flag(&row, "ambiguous"),
            abbreviation: flag(&row, "abbreviation"),
        };
        lexicon.add(row[0], sense);
    }
    for row in rows(include_str!("../../lexicon/time/weekdays.tsv")) {
        let sense = Sense::Weekday {
            day: weekday(number(row.get(1))),
            abbreviation: flag(&row, "abbreviation"),
        };
        lexicon.add(row[0], sense);
    }
    for row in rows(include_str!("../../lexicon/time/numbers.tsv")) {
        let kind = match row.get(2).copied() {
            Some("article") => NumberKind::Article,
            Some("tens") => NumberKind::Tens,
            Some("hundred") => NumberKind::Hundred,
            Some("ordinal") => NumberKind::Ordinal,
            Some("vague") => NumberKind::Vague,
            Some("decade") => NumberKind::Decade,
            _ => NumberKind::Cardinal,
        };
        let value = number(row.get(1));
        lexicon.add(row[0], Sense::Number { value, kind });
    }
    for row in rows(include_str!("../../lexicon/time/units.tsv")) {
        if let Some(unit) = row.get(1).and_then(|code| Unit::from_code(code)) {
            let multiplier = number(row.get(2)).max(1);
            lexicon.add(row[0], Sense::Unit { unit, multiplier });
        }
    }
    for row in rows(include_str!("../../lexicon/time/day_parts.tsv")) {
        if let Some(part) = row.get(1).and_then(|code| DayPart::from_code(code)) {
            lexicon.add(row[0], Sense::DayPart(part));
        }
    }
    for row in rows(include_str!("../../lexicon/time/seasons.tsv")) {
        if let Some(season) = row.get(1).and_then(|code| Season::from_code(code)) {
            lexicon.add(row[0], Sense::Season(season));
        }
    }
    // A name's words as the scanner reads them, apart at apostrophes too: "new year's day" is
    // "new", "year", "s", "day".
    for row in rows(include_str!("../../lexicon/time/holidays.tsv")) {
        if let Some(holiday) = row.get(1).and_then(|code| Holiday::from_code(code)) {
            let words = row[0].split([' ', '\'']).filter(|word| !word.is_empty());
            lexicon.add_words(words, Sense::Holiday(holiday));
        }
    }
    for row in rows(include_str!("../../lexicon/time/zones.tsv")) {
        if let Some(offset) = row.get(1).and_then(|text| offset_seconds(text)) {
            let place = flag(&row, "place");
            let summer = row
                .iter()
                .skip(2)
                .find_map(|column| Summer::from_code(column));
            lexicon.add(
                row[0],
                Sense::Zone {
                    zone: Zone { offset, summer },
                    place,
                },
            );
        }
    }
    for row in rows(include_str!("../../lexicon/time/references.tsv")) {
        let reference = match row.get(1).copied() {
            Some("PAST_REF") => Reference::Past,
            Some("FUTURE_REF") => Reference::Future,
            _ => Reference::Present,
        };
        lexicon.add(row[0], Sense::Reference(reference));
    }
    for row in rows(include_str!("../../lexicon/time/modifiers.tsv")) {
        if let Some(modifier) = row.get(1).and_then(|code| Modifier::from_code(code)) {
            lexicon.add(row[0], Sense::Modifier(modifier));
        }
    }
    for row in rows(include_str!("../../lexicon/time/tense.tsv")) {
        let tense = match row.get(1).copied() {
            Some("future") => Tense::Future,
            Some("scheduled") => Tense::Scheduled,
            _ => Tense::Past,
        };
        lexicon.add(row[0], Sense::Tense(tense));
    }
    for row in rows(include_str!("../../lexicon/time/anchors.tsv")) {
        lexicon.add(row[0], Sense::Introducer);
    }
    lexicon.collect_leads();
    lexicon
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shape_test_turns_away_no_lead_word() {
        let lexicon = lexicon();
        for word in lexicon.leads.keys().map(Key::as_str) {
            assert!(lexicon.may_lead(word.as_bytes()), "{word}");
            assert!(
                lexicon.may_lead(word.to_ascii_uppercase().as_bytes()),
                "{word}"
            );
        }
        for (word, senses) in &lexicon.words {
            let word = word.as_str();
            assert_eq!(lexicon.word(word), senses.as_slice(), "{word}");
        }
        for (first, phrases) in &lexicon.phrases {
            let first = first.as_str();
            for phrase in phrases {
                assert!(
                    lexicon.continues(first, phrase.rest[0]),
                    "{first} {:?}",
                    phrase.rest
                );
            }
        }
        assert_eq!(lexicon.word("'ll"), [Sense::Tense(Tense::Future)]);
        assert!(lexicon.word("ceasefire").is_empty() && !lexicon.continues("the", "company"));
        let turned_away = ["soldiers", "government", "said", "Kabul", "ceasefire"]
            .iter()
            .filter(|word| !lexicon.may_lead(word.as_bytes()))
            .count();
        assert!(turned_away >= 4, "{turned_away}");
    }

    #[test]
    fn every_list_is_read() {
        let lexicon = lexicon();
        assert!(matches!(
            lexicon.word("october")[0],
            Sense::Month {
                month: 10,
                ambiguous: false,
                ..
            }
        ));
        assert!(matches!(
            lexicon.word("may")[0],
            Sense::Month {
                month: 5,
                ambiguous: true,
                ..
            }
        ));
        assert!(matches!(
            lexicon.word("tues")[0],
            Sense::Weekday {
                day: Weekday::Tue,
                abbreviation: true
            }
        ));
        assert!(lexicon.word("twenty").contains(&Sense::Number {
            value: 20,
            kind: NumberKind::Tens
        }));
        assert!(lexicon.word("fortnight").contains(&Sense::Unit {
            unit: Unit::Week,
            multiplier: 2
        }));
        assert!(lexicon.word("kabul").contains(&Sense::Zone {
            zone: Zone::fixed(16_200),
            place: true
        }));
        assert!(lexicon.word("israel").contains(&Sense::Zone {
            zone: Zone {
                offset: 7_200,
                summer: Some(Summer::Israel)
            },
            place: true
        }));
        assert_eq!(
            lexicon.phrases("as")[0].rest,
            vec!["soon", "as", "possible"]
        );
        assert!(lexicon.word("more").is_empty());
        assert_eq!(
            lexicon.phrases("more")[0].sense,
            Sense::Modifier(Modifier::MoreThan)
        );
    }
}

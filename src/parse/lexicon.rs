//! The temporal word lists of `lexicon/time/`, embedded at build time and read once.
//!
//! Lookups go through lowercase ASCII words; a word with other characters is in no list.

use crate::time::Modifier;
use crate::time::expr::{DayPart, Reference, Season, Unit};
use chrono::Weekday;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// What a word can mean.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Sense {
    Month { month: u32, ambiguous: bool, abbreviation: bool },
    Weekday { day: Weekday, abbreviation: bool },
    Number { value: u32, kind: NumberKind },
    Unit { unit: Unit, multiplier: u32 },
    DayPart(DayPart),
    Season(Season),
    Zone { offset: i32, place: bool },
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
}

/// A multi-word entry: its words after the first, and its meaning.
#[derive(Debug, Clone)]
pub(crate) struct Phrase {
    pub rest: Vec<&'static str>,
    pub sense: Sense,
}

/// All temporal word lists.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    words: HashMap<&'static str, Vec<Sense>, Fnv>,
    phrases: HashMap<&'static str, Vec<Phrase>, Fnv>,
    triggers: HashSet<&'static str, Fnv>,
}

/// Words the grammar itself starts phrases with ("the third quarter", "every Friday",
/// "mid-November", "the end of 1990"); with the lexicon's own words they are where the scanner
/// tries the parsers.
const OPENERS: &[&str] = &[
    "the", "its", "their", "this", "that", "last", "next", "past", "coming", "every", "each",
    "half", "once", "twice", "thrice", "mid", "fiscal", "early", "late", "end", "beginning",
    "start", "middle", "year", "noon", "midnight", "midday", "today", "tonight", "yesterday",
    "tomorrow", "earlier", "later", "daily", "weekly", "monthly", "quarterly", "annually",
    "yearly", "hourly", "nightly", "weeklong", "monthlong", "yearlong", "daylong", "current",
    "previous", "following", "same", "fy", "q1", "q2", "q3", "q4",
];

/// FNV-1a: the keys are short ASCII words, where it is several times faster than SipHash, and
/// the lists are fixed at build time, so there is no untrusted key to flood the table with.
#[derive(Default)]
pub(crate) struct FnvHasher(u64);

impl Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &byte in bytes {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

type Fnv = BuildHasherDefault<FnvHasher>;

/// The lexicon, built on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(build)
}

impl Lexicon {
    /// The senses of one lowercase word.
    pub(crate) fn word(&self, word: &str) -> &[Sense] {
        self.words.get(word).map_or(&[], Vec::as_slice)
    }

    /// Multi-word entries starting with this lowercase word, longest first.
    pub(crate) fn phrases(&self, first: &str) -> &[Phrase] {
        self.phrases.get(first).map_or(&[], Vec::as_slice)
    }

    /// True when a phrase can start with this lowercase word: the scanner tries the parsers
    /// only there (and at digits).
    pub(crate) fn is_trigger(&self, word: &str) -> bool {
        self.triggers.contains(word)
    }

    fn collect_triggers(&mut self) {
        let mut triggers: HashSet<&'static str, Fnv> = OPENERS.iter().copied().collect();
        for (word, senses) in &self.words {
            if senses.iter().any(|s| !matches!(s, Sense::Tense(_) | Sense::Introducer)) {
                triggers.insert(word);
            }
        }
        triggers.extend(self.phrases.keys().copied());
        self.triggers = triggers;
    }

    fn add(&mut self, entry: &'static str, sense: Sense) {
        let mut words = entry.split(' ');
        let first = words.next().unwrap_or(entry);
        let rest: Vec<&'static str> = words.collect();
        if rest.is_empty() {
            self.words.entry(first).or_default().push(sense);
        } else {
            let phrases = self.phrases.entry(first).or_default();
            phrases.push(Phrase { rest, sense });
            phrases.sort_by(|a, b| b.rest.len().cmp(&a.rest.len()));
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
    for row in rows(include_str!("../../lexicon/time/zones.tsv")) {
        if let Some(offset) = row.get(1).and_then(|text| offset_seconds(text)) {
            let place = flag(&row, "place");
            lexicon.add(row[0], Sense::Zone { offset, place });
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
        let tense = if row.get(1) == Some(&"future") { Tense::Future } else { Tense::Past };
        lexicon.add(row[0], Sense::Tense(tense));
    }
    for row in rows(include_str!("../../lexicon/time/anchors.tsv")) {
        lexicon.add(row[0], Sense::Introducer);
    }
    lexicon.collect_triggers();
    lexicon
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_read() {
        let lexicon = lexicon();
        assert!(matches!(lexicon.word("october")[0], Sense::Month { month: 10, ambiguous: false, .. }));
        assert!(matches!(lexicon.word("may")[0], Sense::Month { month: 5, ambiguous: true, .. }));
        assert!(matches!(lexicon.word("tues")[0], Sense::Weekday { day: Weekday::Tue, abbreviation: true }));
        assert!(lexicon.word("twenty").contains(&Sense::Number { value: 20, kind: NumberKind::Tens }));
        assert!(lexicon.word("fortnight").contains(&Sense::Unit { unit: Unit::Week, multiplier: 2 }));
        assert!(lexicon.word("kabul").contains(&Sense::Zone { offset: 16_200, place: true }));
        assert_eq!(lexicon.phrases("as")[0].rest, vec!["soon", "as", "possible"]);
        assert!(lexicon.word("more").is_empty());
        assert_eq!(lexicon.phrases("more")[0].sense, Sense::Modifier(Modifier::MoreThan));
    }
}

//! The event word lists of `lexicon/events/`: triggers, actors, places and cue words, matched
//! over tokens, longest phrase first. Users extend them with their own lists in the same
//! tab-separated format.

use super::tokens::{Words, tokenize};
use super::{EventKind, Modality, Name, Outcome, Phase};
use crate::error::{Error, ErrorKind, Position};
use std::borrow::Cow;

/// Every word of every list, numbered: a sentence's words are numbered once (see [`Words`]),
/// and each list then finds the phrases a word starts by its number, without hashing the word
/// again. A word no list has gets no number and is looked up nowhere.
///
/// The words sit in an open-addressed table of their own: every token of every sentence is
/// looked up, and a hash read eight bytes at a time with a probe of one array costs a fraction
/// of a general hash map's lookup.
#[derive(Debug, Clone, Default)]
pub(crate) struct Vocabulary {
    /// The words, by number.
    words: Vec<Box<str>>,
    /// For each word by its number, the lists that have a phrase it starts, one bit per list
    /// (see [`PhraseTable::new`]). A sentence's words are each asked of a dozen lists; the
    /// bits, found with the word's number, turn most of those lookups away without a look
    /// into each list's own table.
    starts: Vec<u16>,
    /// Each word at the first slot from its hash on that is not taken by another, [`EMPTY`]
    /// where none is. At most a quarter full (see [`SLOTS_PER_WORD`]).
    slots: Vec<Slot>,
    /// How far a hash is shifted right to give a slot: 64 less the slots' bits.
    shift: u32,
    /// The entry of each word of one byte, by the byte (none where no list has it; empty
    /// for a vocabulary without words): marks and one-letter words are a sixth of a
    /// sentence's tokens, and are read by one load rather than hashed and probed for.
    bytes: Vec<u64>,
}

/// A word in the [`Vocabulary`]'s table: its number (low 32 bits of `entry`), its lists' bits
/// (the next 16) and its length (the high 16, at most `u16::MAX`), beside its first eight
/// bytes (see [`key`]). A word of up to eight bytes is told from every other by the
/// slot alone: a lookup reads no more memory than the one slot, where a comparison with the
/// word itself cost two more reads, each a cache miss as often as not.
#[derive(Debug, Clone, Copy)]
struct Slot {
    entry: u64,
    head: u64,
}

/// At least this many slots for each word of a [`Vocabulary`]: nearly half the words of a
/// text are in no list, and the search for one runs on to an empty slot, past the words whose
/// hashes fell before it. A table half full made that search read two slots or three on
/// average, and a quarter full reads one or two, in a table of 128 KiB for the shipped lists
/// (2,000 words), which stays in the second-level cache.
const SLOTS_PER_WORD: usize = 4;

/// The number of a word no list has, as [`Vocabulary::number_and_lists`] gives it: the
/// number of an empty slot's entry, as no word has the last number (see
/// [`Vocabulary::number`]).
pub(crate) const NO_NUMBER: u32 = u32::MAX;

/// A slot without a word: no word has the last number (see [`Vocabulary::number`]). Its
/// entry starts no list's phrases, so that a word no list has reads its number and bits
/// from the entry its search ends at, found or not, without a branch on which.
const EMPTY: Slot = Slot {
    entry: 0xffff << 48 | NO_NUMBER as u64,
    head: 0,
};

impl Vocabulary {
    /// The number of a word in ASCII lowercase, if a list has it.
    #[inline]
    pub(crate) fn id(&self, word: &str) -> Option<u32> {
        self.id_and_lists(word).map(|(id, _)| id)
    }

    /// The number of a word in ASCII lowercase, if a list has it, and the lists that have a
    /// phrase it starts (see [`Vocabulary::starts`]).
    #[inline]
    pub(crate) fn id_and_lists(&self, word: &str) -> Option<(u32, u16)> {
        let (id, lists) = self.number_and_lists(word, key(word));
        (id != NO_NUMBER).then_some((id, lists))
    }

    /// [`Vocabulary::id_and_lists`] of a word whose [`key`] is known, [`NO_NUMBER`] and no
    /// lists for a word no list has: read without a branch on whether the word is found,
    /// which follows no pattern from one word of a text to the next.
    #[inline]
    pub(crate) fn number_and_lists(&self, word: &str, key: (u64, u64)) -> (u32, u16) {
        let entry = self
            .probe(word, key)
            .map_or(EMPTY.entry, |(_, entry)| entry);
        (entry as u32, (entry >> 32) as u16)
    }

    /// [`Vocabulary::number_and_lists`] of the word of the one byte `byte`.
    #[inline]
    pub(crate) fn number_and_lists_of_byte(&self, byte: u8) -> (u32, u16) {
        let entry = self
            .bytes
            .get(usize::from(byte))
            .copied()
            .unwrap_or(EMPTY.entry);
        (entry as u32, (entry >> 32) as u16)
    }

    /// The slot that holds `word`, whose hash and head are `key`, if a list has it.
    fn find(&self, word: &str, key: (u64, u64)) -> Option<usize> {
        self.probe(word, key)
            .filter(|&(_, entry)| entry != EMPTY.entry)
            .map(|(at, _)| at)
    }

    /// Where the search for `word`, whose hash and head are `key`, ends, and the entry
    /// there: at the slot that holds it, or at the empty slot after the words of its hash;
    /// none in a table without slots. Always inlined: it runs at every token of every sentence, and as a call of its
    /// own (which `#[inline]` left it) its entry and exit cost a third of the search.
    #[inline(always)]
    fn probe(&self, word: &str, (hash, head): (u64, u64)) -> Option<(usize, u64)> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut at = (hash >> self.shift) as usize;
        let length = length_bits(word);
        loop {
            let slot = self.slots[at];
            // One branch for both ends of the search, a word found or an empty slot: most
            // searches end at their first slot, one way or the other, and which way follows
            // no pattern. Past eight bytes the rest of the word is compared too.
            let empty = slot.entry == EMPTY.entry;
            let same = (slot.entry >> 48 == length) & (slot.head == head);
            if (empty | same)
                && (empty | (word.len() <= 8) || *self.words[slot.entry as u32 as usize] == *word)
            {
                return Some((at, slot.entry));
            }
            at = (at + 1) & mask;
        }
    }

    /// The number of a word, numbering it if it is new.
    fn number(&mut self, word: &str) -> u32 {
        let key = key(word);
        if let Some(at) = self.find(word, key) {
            return self.slots[at].entry as u32;
        }
        // Memory runs out long before four billion words (the last number marks a slot
        // without one).
        let id = u32::try_from(self.words.len()).map_or(u32::MAX - 1, |id| id.min(u32::MAX - 1));
        self.words.push(word.into());
        self.starts.push(0);
        if self.words.len() * SLOTS_PER_WORD > self.slots.len() {
            let bits = (self.words.len() * SLOTS_PER_WORD)
                .next_power_of_two()
                .max(64)
                .trailing_zeros();
            self.slots = vec![EMPTY; 1 << bits];
            self.shift = 64 - bits;
            for id in 0..=id {
                self.place(id);
            }
        } else {
            self.place(id);
        }
        id
    }

    /// Notes that word `id` starts a phrase of the lists of `bits`.
    fn mark(&mut self, id: u32, bits: u16) {
        let Some(starts) = self.starts.get_mut(id as usize) else {
            return;
        };
        *starts |= bits;
        let word = &self.words[id as usize];
        if let Some(at) = self.find(word, key(word)) {
            self.slots[at].entry |= u64::from(bits) << 32;
        }
        if let &[byte] = word.as_bytes() {
            if let Some(entry) = self.bytes.get_mut(usize::from(byte)) {
                *entry |= u64::from(bits) << 32;
            }
        }
    }

    /// Puts word `id` at the first free slot from its hash on.
    fn place(&mut self, id: u32) {
        let word = &self.words[id as usize];
        let (hash, head) = key(word);
        let entry = length_bits(word) << 48 | u64::from(self.starts[id as usize]) << 32;
        let mask = self.slots.len() - 1;
        let mut at = (hash >> self.shift) as usize;
        while self.slots[at].entry != EMPTY.entry {
            at = (at + 1) & mask;
        }
        self.slots[at] = Slot {
            entry: entry | u64::from(id),
            head,
        };
        if let &[byte] = word.as_bytes() {
            // Room for every byte a word of one can be: an ASCII character.
            if self.bytes.is_empty() {
                self.bytes = vec![EMPTY.entry; 128];
            }
            if let Some(slot) = self.bytes.get_mut(usize::from(byte)) {
                *slot = entry | u64::from(id);
            }
        }
    }
}

/// The length of `word` as a slot keeps it, in its low 16 bits.
fn length_bits(word: &str) -> u64 {
    word.len().min(usize::from(u16::MAX)) as u64
}

/// A hash of a word, whose high bits pick the slot, and the word's first eight bytes (all of
/// a shorter one, zero after it), which with its length tell it from any other word of
/// eight bytes or fewer.
fn key(word: &str) -> (u64, u64) {
    let bytes = word.as_bytes();
    let mut eight = [0u8; 8];
    let head = bytes.len().min(8);
    eight[..head].copy_from_slice(&bytes[..head]);
    key_with_head(bytes, u64::from_le_bytes(eight))
}

/// The [`key`] of `word`, which stands at `start` of `text`, read from the text: a word of
/// eight bytes or fewer is read by one load of eight bytes and a mask, with no branch on its
/// length (words' lengths follow no pattern, and a branch on them is mispredicted as often as
/// not). The word is given as its caller cut it, so that its bounds are not tested again.
#[inline]
pub(crate) fn key_in(text: &str, start: usize, word: &str) -> (u64, u64) {
    let bytes = word.as_bytes();
    match text
        .as_bytes()
        .get(start..)
        .and_then(<[u8]>::first_chunk::<8>)
    {
        Some(eight) if !bytes.is_empty() => {
            // The bytes past a shorter word are masked off.
            let mask = u64::MAX >> (64 - 8 * bytes.len().min(8));
            key_with_head(bytes, u64::from_le_bytes(*eight) & mask)
        }
        _ => key(word),
    }
}

/// The [`key`] of a word whose first eight bytes are `head`: the bytes past them are read
/// eight at a time, and the few left over with the word's last eight, read at once (some of
/// them again): a copy of a length known only there cost a call for every long word.
#[inline]
fn key_with_head(bytes: &[u8], head: u64) -> (u64, u64) {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mix = |hash: u64, eight: u64| (hash.rotate_left(23) ^ eight).wrapping_mul(K);
    let mut hash = (head ^ bytes.len() as u64).wrapping_mul(K);
    // Most words are no longer than eight bytes: they are hashed by their head alone.
    if let Some(rest) = bytes.get(8..).filter(|rest| !rest.is_empty()) {
        let mut chunks = rest.chunks_exact(8);
        for chunk in &mut chunks {
            hash = mix(
                hash,
                u64::from_le_bytes(chunk.try_into().unwrap_or_default()),
            );
        }
        if let Some(last) = bytes
            .last_chunk::<8>()
            .filter(|_| !chunks.remainder().is_empty())
        {
            hash = mix(hash, u64::from_le_bytes(*last));
        }
    }
    (hash.rotate_left(29).wrapping_mul(K), head)
}

/// The hashing of a map of the lists keyed by a name (see `EventLexicon::place_types`).
pub(crate) type NameHashing = std::hash::BuildHasherDefault<NameHasher>;

/// A hash of the names in a map of the lists: a rotation, an exclusive or and a multiply for
/// every eight bytes, where the standard hasher, built to withstand keys chosen to collide,
/// took a hundred instructions for a short name. A report chooses no key of these maps, which
/// hold the lists' names: a name it gives is only looked up.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct NameHasher(u64);

impl NameHasher {
    fn add(&mut self, word: u64) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
    }
}

impl std::hash::Hasher for NameHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        }
        let rest = chunks
            .remainder()
            .iter()
            .fold(0, |word, &byte| word << 8 | u64::from(byte));
        self.add(rest);
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn write_usize(&mut self, value: usize) {
        self.add(value as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Phrases of one or more words, looked up by the number of their first word in the
/// [`Vocabulary`].
#[derive(Debug, Clone)]
pub(crate) struct PhraseTable<T> {
    /// For each word by its number, where in `groups` the phrases it starts are.
    first: Vec<Option<u32>>,
    /// Phrases with the same first word, longest first.
    groups: Vec<Vec<Entry<T>>>,
    /// The list's own bit among the lists a word starts phrases of (see
    /// [`Vocabulary::starts`]).
    list: u16,
}

#[derive(Debug, Clone)]
struct Entry<T> {
    /// The number of the second word ([`NO_NUMBER`] for a phrase of one word), kept beside
    /// the value: most phrases that share a first word differ there, and are turned away
    /// without a read of the words after it, which lie elsewhere in memory.
    second: u32,
    /// The numbers of the words after the first.
    rest: Vec<u32>,
    value: T,
}

impl<T> PhraseTable<T> {
    /// An empty list, the `list`th of those that share a vocabulary: each has a number of its
    /// own, below 16.
    fn new(list: u32) -> Self {
        PhraseTable {
            first: Vec::new(),
            groups: Vec::new(),
            list: 1 << list,
        }
    }
}

impl<T: Clone> PhraseTable<T> {
    /// Reads a list of phrases and the code of their value (`phrase<TAB>code`); `what` names
    /// the value in the error for a code `from_code` does not know.
    fn read_codes(
        &mut self,
        vocabulary: &mut Vocabulary,
        list: &str,
        what: &str,
        from_code: impl Fn(&str) -> Option<T>,
    ) -> Result<(), Error> {
        let mut rows = rows(list);
        while let Some((line, row)) = rows.next() {
            let value = row
                .get(1)
                .and_then(|code| from_code(code))
                .ok_or_else(|| bad_row(line, format!("unknown {what} in {row:?}")))?;
            self.insert(vocabulary, row[0], value);
        }
        Ok(())
    }

    /// The value of exactly this phrase, if present.
    fn get(&self, vocabulary: &Vocabulary, phrase: &str) -> Option<&T> {
        let ids = phrase_ids(phrase, |w| vocabulary.id(w))?;
        let (first, rest) = ids.split_first()?;
        let group = (*self.first.get(*first as usize)?)?;
        self.groups[group as usize]
            .iter()
            .find(|e| e.rest == rest)
            .map(|e| &e.value)
    }

    fn insert(&mut self, vocabulary: &mut Vocabulary, phrase: &str, value: T) {
        let ids = phrase_ids(phrase, |w| Some(vocabulary.number(w))).unwrap_or_default();
        let Some((&first, rest)) = ids.split_first() else {
            return;
        };
        vocabulary.mark(first, self.list);
        let first = first as usize;
        if self.first.len() <= first {
            self.first.resize(first + 1, None);
        }
        let group = *self.first[first].get_or_insert_with(|| {
            self.groups.push(Vec::new());
            (self.groups.len() - 1) as u32
        });
        let entries = &mut self.groups[group as usize];
        entries.retain(|e| e.rest != rest);
        entries.push(Entry {
            second: rest.first().copied().unwrap_or(NO_NUMBER),
            rest: rest.to_vec(),
            value,
        });
        entries.sort_by_key(|e| std::cmp::Reverse(e.rest.len()));
    }

    /// The list's own bit among those a word starts phrases of (see [`Words::starts`]):
    /// whether a word starts a phrase of any of a few lists is one test against their bits.
    pub(crate) fn bit(&self) -> u16 {
        self.list
    }

    /// The longest phrase starting at word `at`: its length in words and its value.
    #[inline]
    pub(crate) fn longest(&self, words: &Words<'_>, at: usize) -> Option<(usize, &T)> {
        // Asked at nearly every word, and answered no for most by the word's bits alone:
        // only that test is inlined.
        if words.starts(at) & self.list == 0 {
            return None;
        }
        self.longest_listed(words, at)
    }

    /// [`PhraseTable::longest`] for a word that starts a phrase of this list.
    #[inline(never)]
    fn longest_listed(&self, words: &Words<'_>, at: usize) -> Option<(usize, &T)> {
        let group = (*self.first.get(words.id(at)? as usize)?)?;
        // The word after is read once for all the phrases: most of a word's phrases differ
        // there, and are turned away by one comparison each.
        let next = words.id(at + 1).unwrap_or(NO_NUMBER);
        self.groups[group as usize].iter().find_map(|e| {
            let matched = match e.rest.split_first() {
                None => true,
                Some((_, rest)) => {
                    e.second == next
                        && rest
                            .iter()
                            .enumerate()
                            .all(|(i, &word)| words.id(at + 2 + i) == Some(word))
                }
            };
            matched.then_some((e.rest.len() + 1, &e.value))
        })
    }

    /// The longest phrase starting `text`, a word or name as written (any case).
    pub(crate) fn longest_in(&self, vocabulary: &Vocabulary, text: &str) -> Option<(usize, &T)> {
        // Tokens are cut from the text as written ("U.S." is one word only in capitals).
        let tokens = tokenize(text, 0..text.len());
        let lower = text.to_ascii_lowercase();
        self.longest(&Words::new(&lower, &tokens, vocabulary), 0)
    }
}

/// The numbers `number` gives the words of a phrase, split the way the tokenizer splits
/// text, in lowercase; none if it gives none for a word. The words are read in place from
/// the phrase in lowercase: a copy of each word cost more than the rest of reading the lists.
fn phrase_ids(phrase: &str, number: impl FnMut(&str) -> Option<u32>) -> Option<Vec<u32>> {
    let lower = if phrase.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(phrase.to_ascii_lowercase())
    } else {
        Cow::Borrowed(phrase)
    };
    // Nearly every phrase is ASCII letters and digits between single spaces, which the
    // tokenizer splits at the spaces and nowhere else: such a phrase is split without it.
    if phrase
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b' ')
    {
        return split_at_byte(&lower, b' ')
            .filter(|w| !w.is_empty())
            .map(number)
            .collect();
    }
    tokenize(phrase, 0..phrase.len())
        .iter()
        .map(|t| lower.get(t.start..t.end).unwrap_or(""))
        .map(number)
        .collect()
}

/// What a trigger needs from its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Needs {
    Nothing,
    /// A border, crossing or frontier in the sentence.
    Border,
    /// A number of people beside it.
    Figure,
    /// A speaker in the clause.
    Speaker,
    /// Talks in the sentence or paragraph ("round", "session").
    Talk,
    /// Fighting in the sentence ("pause", "exchanges").
    Conflict,
    /// A ceasefire named earlier in the report, and none in the sentence ("Pakistan had
    /// violated the understanding", "Cambodia denied any violation").
    Truce,
    /// As `Truce`, for a verb whose subject is what lapses: only when that subject stands for
    /// the ceasefire ("it collapsed", "the pause, which took effect on Monday, broke down"),
    /// not for a building or a government that collapsed.
    Lapse,
    /// Ground taken right after the verb: a named place or a word of ground ("took Goma",
    /// "seized the airport", "captured two villages"), not people or things ("captured
    /// soldiers", "seized power", "took part").
    Ground,
}

impl Needs {
    /// Whether the trigger stands for a ceasefire named elsewhere.
    pub(crate) fn is_truce(self) -> bool {
        matches!(self, Needs::Truce | Needs::Lapse)
    }
}

/// What a context word says about its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    Border,
    Talk,
    People,
    Mediation,
    /// Credits whoever is named before it with bringing an event about ("its role in
    /// bringing about the truce"): a mediator.
    Credit,
    /// Says an event was reached without a mediator ("directly between the two militaries").
    Direct,
    Conflict,
    Air,
    /// A missile: an attack by one is missile fire ("Iranian missiles struck"), coded with
    /// shelling as ACLED codes missile attacks.
    Missile,
    /// A verb whose object an event noun before it struck: the place ("explosions shook
    /// Kabul").
    Impact,
}

/// How a joining word relates the events around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Joint {
    After,
    Before,
    Causes,
    CausedBy,
    /// A truce or agreement put an end to the fighting that follows the word.
    Ends,
}

/// One trigger entry.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Trigger {
    pub kind: EventKind,
    pub verb: bool,
    pub needs: Needs,
}

/// Kinds of actor names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ActorType {
    Country,
    Adjective,
    Capital,
    Government,
    Group,
    Person,
    Organization,
}

/// One actor entry: the canonical actor, what the name is, and for people their side.
#[derive(Debug, Clone)]
pub(crate) struct ActorName {
    pub actor: Name,
    pub kind: ActorType,
    pub affiliation: Option<Name>,
}

/// The event lexicon: everything the extractor looks words up in.
///
/// [`EventLexicon::default`] holds the lists shipped in `lexicon/events/`; the `add_*`
/// methods read more entries in the same tab-separated format.
#[derive(Debug, Clone)]
pub struct EventLexicon {
    /// The words of all the lists below.
    pub(crate) vocabulary: Vocabulary,
    pub(crate) triggers: PhraseTable<Trigger>,
    pub(crate) actors: PhraseTable<ActorName>,
    /// Each country's capital, as the actor list names it ("Qatar" → "Doha").
    pub(crate) capitals: std::collections::BTreeMap<String, String>,
    /// The army of each state whose army news names as a faction of a civil war ("Sudan" →
    /// the Sudanese Armed Forces).
    pub(crate) armies: std::collections::BTreeMap<String, ActorName>,
    pub(crate) places: PhraseTable<String>,
    /// What kind of place each canonical place is ("district", "city"), when its row says.
    /// Hashed rather than ordered: every place a sentence names is looked up, only looked
    /// up, and a lookup in an ordered map compared the name with a dozen others.
    pub(crate) place_types: std::collections::HashMap<String, String, NameHashing>,
    pub(crate) phases: PhraseTable<Phase>,
    pub(crate) outcomes: PhraseTable<Outcome>,
    pub(crate) modality: PhraseTable<Modality>,
    /// Verbs that call an event off (negated) or put it off (planned).
    pub(crate) undoing: PhraseTable<Modality>,
    /// Reporting verbs; `true` for one that reports only a toll it puts or raises.
    pub(crate) reporting: PhraseTable<bool>,
    /// Context words, each with every category it belongs to.
    pub(crate) cues: PhraseTable<Vec<Cue>>,
    pub(crate) joints: PhraseTable<Joint>,
    /// Source nouns: true for official ones.
    pub(crate) sources: PhraseTable<bool>,
}

impl Default for EventLexicon {
    fn default() -> Self {
        let mut lexicon = EventLexicon {
            vocabulary: Vocabulary::default(),
            triggers: PhraseTable::new(0),
            actors: PhraseTable::new(1),
            capitals: std::collections::BTreeMap::new(),
            armies: std::collections::BTreeMap::new(),
            places: PhraseTable::new(2),
            place_types: std::collections::HashMap::default(),
            phases: PhraseTable::new(3),
            outcomes: PhraseTable::new(4),
            modality: PhraseTable::new(5),
            undoing: PhraseTable::new(11),
            reporting: PhraseTable::new(6),
            cues: PhraseTable::new(7),
            joints: PhraseTable::new(8),
            sources: PhraseTable::new(9),
        };
        // The shipped lists are tested to read; a failure here would be a bug in a list.
        let shipped = [
            lexicon.add_triggers(include_str!("../../lexicon/events/triggers.tsv")),
            lexicon.add_actors(include_str!("../../lexicon/events/actors.tsv")),
            lexicon.add_places(include_str!("../../lexicon/events/places.tsv")),
            lexicon.read_phases(include_str!("../../lexicon/events/phases.tsv")),
            lexicon.read_outcomes(include_str!("../../lexicon/events/outcomes.tsv")),
            lexicon.read_modality(include_str!("../../lexicon/events/modality.tsv")),
            lexicon.read_undoing(include_str!("../../lexicon/events/undoing.tsv")),
            lexicon.read_reporting(include_str!("../../lexicon/events/attribution.tsv")),
            lexicon.read_cues(include_str!("../../lexicon/events/cues.tsv")),
            lexicon.read_joints(include_str!("../../lexicon/events/relations.tsv")),
            lexicon.read_sources(include_str!("../../lexicon/events/sources.tsv")),
        ];
        debug_assert!(shipped.iter().all(Result::is_ok), "{shipped:?}");
        for word in NOTED {
            let id = lexicon.vocabulary.number(word);
            lexicon.vocabulary.mark(id, NOTED_BIT);
        }
        for word in MARKING {
            let id = lexicon.vocabulary.number(word);
            lexicon.vocabulary.mark(id, MARKING_BIT);
        }
        for word in SUBORDINATORS.iter().chain(&PARTS) {
            let id = lexicon.vocabulary.number(word);
            lexicon.vocabulary.mark(id, DECIDING_BIT);
        }
        lexicon
    }
}

/// Words that name someone or somewhere by what they are, when no list names them: a
/// pronoun for a speaker, "army" or "military" for the army, "capital" for a capital, a kind
/// of settlement for a place. The reader of a sentence asks about every word no list names
/// whether it is one; marked in the vocabulary beside the lists' bits, a word is told by the
/// bits it was read with (see [`Words::noted`]), where a search of a set of its own cost a
/// dozen instructions at every word.
const NOTED: [&str; 11] = [
    "he", "she", "army", "military", "capital", "city", "town", "village", "district", "province",
    "region",
];

/// The bit of the [`NOTED`] words among those of the lists a word starts phrases of (see
/// [`Vocabulary::starts`]): the lists take the bits below it.
pub(crate) const NOTED_BIT: u16 = 1 << 10;

/// Words that relate what stands on either side of them: words of order ("after", "before")
/// and "and", which joins a second predicate to a subject. A sentence whose dates and
/// places are weighed against its events is indexed by them (see `Marks` in the mention
/// reader), and the bits a word was read with turn nearly every word away there.
const MARKING: [&str; 6] = ["after", "following", "before", "amid", "despite", "and"];

/// The bit of the [`MARKING`] words among those of the lists a word starts phrases of.
pub(crate) const MARKING_BIT: u16 = 1 << 12;

/// Words that open another event's clause ("no attacks since the ceasefire came into
/// force"): the modality of an event is looked for before its trigger up to the nearest.
pub(crate) const SUBORDINATORS: [&str; 12] = [
    "that", "whether", "which", "who", "because", "while", "but", "and", "since", "after",
    "before", "until",
];

/// Words that name a part in an event rather than the event ("denied any involvement in the
/// drone strike", "denied responsibility for the attack").
pub(crate) const PARTS: [&str; 5] = ["involvement", "responsibility", "role", "part", "hand"];

/// The bit of the [`SUBORDINATORS`] and [`PARTS`]: the words before a trigger that may decide
/// its modality are those and the words that start a modal phrase, and the others are
/// turned away by their bits (see `Reader::modality`).
pub(crate) const DECIDING_BIT: u16 = 1 << 15;

/// The rows of a list with their 1-based line numbers.
fn rows(list: &str) -> Rows<'_> {
    Rows {
        lines: list.lines().enumerate(),
        row: Vec::new(),
    }
}

/// The rows of a list, each read into the same buffer: a list has a thousand rows, and a
/// buffer of its own for each cost more than reading its fields.
struct Rows<'l> {
    lines: std::iter::Enumerate<std::str::Lines<'l>>,
    row: Vec<&'l str>,
}

impl<'l> Rows<'l> {
    /// The next row that is neither empty nor a comment, with its 1-based line number.
    fn next(&mut self) -> Option<(usize, &[&'l str])> {
        for (index, line) in self.lines.by_ref() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            self.row.clear();
            self.row.extend(fields(line).map(str::trim));
            return Some((index + 1, &self.row));
        }
        None
    }
}

/// The tab-separated fields of a line.
fn fields(line: &str) -> impl Iterator<Item = &str> {
    split_at_byte(line, b'\t')
}

/// The pieces of `text` between the ASCII bytes `at`, which are never part of another
/// character: a walk over the bytes finds them, where a search per piece cost more than the
/// piece (fields and words are a few bytes long).
fn split_at_byte(text: &str, at: u8) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let field = rest?;
        match field.bytes().position(|b| b == at) {
            Some(tab) => {
                rest = Some(&field[tab + 1..]);
                Some(&field[..tab])
            }
            None => {
                rest = None;
                Some(field)
            }
        }
    })
}

fn bad_row(line: usize, message: String) -> Error {
    Error::at(ErrorKind::Lexicon, Position::Line(line), message)
}

impl EventLexicon {
    /// Reads trigger rows: `phrase<TAB>kind[<TAB>noun|verb][<TAB>needs=border|figure|speaker|talk|conflict|truce]`.
    ///
    /// # Errors
    /// A row with an unknown kind or flag; the error gives its line.
    pub fn add_triggers(&mut self, list: &str) -> Result<(), Error> {
        let mut rows = rows(list);
        while let Some((line, row)) = rows.next() {
            let kind = row
                .get(1)
                .and_then(|k| EventKind::from_code(k))
                .ok_or_else(|| bad_row(line, format!("unknown event kind in {row:?}")))?;
            let mut trigger = Trigger {
                kind,
                verb: false,
                needs: Needs::Nothing,
            };
            for flag in &row[2..] {
                match *flag {
                    "noun" => trigger.verb = false,
                    "verb" => trigger.verb = true,
                    "needs=border" => trigger.needs = Needs::Border,
                    "needs=figure" => trigger.needs = Needs::Figure,
                    "needs=speaker" => trigger.needs = Needs::Speaker,
                    "needs=talk" => trigger.needs = Needs::Talk,
                    "needs=conflict" => trigger.needs = Needs::Conflict,
                    "needs=truce" => trigger.needs = Needs::Truce,
                    "needs=lapse" => trigger.needs = Needs::Lapse,
                    "needs=ground" => trigger.needs = Needs::Ground,
                    other => return Err(bad_row(line, format!("unknown trigger flag {other:?}"))),
                }
            }
            self.triggers.insert(&mut self.vocabulary, row[0], trigger);
        }
        Ok(())
    }

    /// Reads actor rows: `alias<TAB>actor<TAB>type[<TAB>affiliation[<TAB>state]]`, types
    /// `country`, `adjective`, `capital`, `government`, `group`, `person`, `organization`;
    /// `state` names the state whose army a civil-war faction is.
    ///
    /// # Errors
    /// A row without an actor or with an unknown type; the error gives its line.
    pub fn add_actors(&mut self, list: &str) -> Result<(), Error> {
        let mut rows = rows(list);
        while let Some((line, row)) = rows.next() {
            let (Some(actor), Some(kind)) = (row.get(1), row.get(2)) else {
                return Err(bad_row(
                    line,
                    format!("expected alias, actor and type: {row:?}"),
                ));
            };
            let kind = match *kind {
                "country" => ActorType::Country,
                "adjective" => ActorType::Adjective,
                "capital" => ActorType::Capital,
                "government" => ActorType::Government,
                "group" => ActorType::Group,
                "person" => ActorType::Person,
                "organization" | "media" => ActorType::Organization,
                other => return Err(bad_row(line, format!("unknown actor type {other:?}"))),
            };
            let affiliation = row.get(3).filter(|a| !a.is_empty()).map(|a| Name::from(*a));
            if kind == ActorType::Capital {
                self.capitals
                    .entry(actor.to_string())
                    .or_insert_with(|| row[0].to_string());
            }
            let name = ActorName {
                actor: Name::from(*actor),
                kind,
                affiliation,
            };
            if let Some(state) = row.get(4).filter(|s| !s.is_empty()) {
                self.armies.insert(state.to_string(), name.clone());
            }
            self.actors.insert(&mut self.vocabulary, row[0], name);
        }
        Ok(())
    }

    /// Reads place rows: `name<TAB>canonical name[<TAB>type]`.
    ///
    /// # Errors
    /// A row without a canonical name; the error gives its line.
    pub fn add_places(&mut self, list: &str) -> Result<(), Error> {
        let mut rows = rows(list);
        while let Some((line, row)) = rows.next() {
            let place = row
                .get(1)
                .ok_or_else(|| bad_row(line, format!("expected name and place: {row:?}")))?;
            self.places
                .insert(&mut self.vocabulary, row[0], place.to_string());
            if let Some(kind) = row.get(2) {
                self.place_types
                    .insert(place.to_string(), kind.to_ascii_lowercase());
            }
        }
        Ok(())
    }

    fn read_outcomes(&mut self, list: &str) -> Result<(), Error> {
        self.outcomes
            .read_codes(&mut self.vocabulary, list, "outcome", Outcome::from_code)
    }

    fn read_phases(&mut self, list: &str) -> Result<(), Error> {
        self.phases
            .read_codes(&mut self.vocabulary, list, "phase", Phase::from_code)
    }

    fn read_modality(&mut self, list: &str) -> Result<(), Error> {
        let mut rows = rows(list);
        while let Some((line, row)) = rows.next() {
            let modality = row
                .get(1)
                .and_then(|m| Modality::from_code(m))
                .ok_or_else(|| bad_row(line, format!("unknown modality in {row:?}")))?;
            self.modality.insert(&mut self.vocabulary, row[0], modality);
        }
        Ok(())
    }

    fn read_undoing(&mut self, list: &str) -> Result<(), Error> {
        self.undoing
            .read_codes(&mut self.vocabulary, list, "modality", Modality::from_code)
    }

    fn read_cues(&mut self, list: &str) -> Result<(), Error> {
        let mut rows = rows(list);
        while let Some((line, row)) = rows.next() {
            let cue = match row.get(1).copied() {
                Some("border") => Cue::Border,
                Some("talk") => Cue::Talk,
                Some("people") => Cue::People,
                Some("mediation") => Cue::Mediation,
                Some("credit") => Cue::Credit,
                Some("direct") => Cue::Direct,
                Some("conflict") => Cue::Conflict,
                Some("air") => Cue::Air,
                Some("missile") => Cue::Missile,
                Some("impact") => Cue::Impact,
                other => return Err(bad_row(line, format!("unknown cue category {other:?}"))),
            };
            let mut cues = self
                .cues
                .get(&self.vocabulary, row[0])
                .cloned()
                .unwrap_or_default();
            if !cues.contains(&cue) {
                cues.push(cue);
            }
            self.cues.insert(&mut self.vocabulary, row[0], cues);
        }
        Ok(())
    }

    fn read_joints(&mut self, list: &str) -> Result<(), Error> {
        let mut rows = rows(list);
        while let Some((line, row)) = rows.next() {
            let joint = match row.get(1).copied() {
                Some("after") => Joint::After,
                Some("before") => Joint::Before,
                Some("causes") => Joint::Causes,
                Some("caused-by") => Joint::CausedBy,
                Some("ends") => Joint::Ends,
                other => return Err(bad_row(line, format!("unknown relation {other:?}"))),
            };
            self.joints.insert(&mut self.vocabulary, row[0], joint);
        }
        Ok(())
    }

    fn read_sources(&mut self, list: &str) -> Result<(), Error> {
        let mut rows = rows(list);
        while let Some((line, row)) = rows.next() {
            let official = match row.get(1).copied() {
                Some("official") => true,
                Some("other") => false,
                other => return Err(bad_row(line, format!("unknown source kind {other:?}"))),
            };
            self.sources.insert(&mut self.vocabulary, row[0], official);
        }
        Ok(())
    }

    fn read_reporting(&mut self, list: &str) -> Result<(), Error> {
        let mut rows = rows(list);
        while let Some((line, row)) = rows.next() {
            let tally = match row.get(1).copied() {
                None => false,
                Some("tally") => true,
                Some(other) => return Err(bad_row(line, format!("unknown verb kind {other:?}"))),
            };
            self.reporting.insert(&mut self.vocabulary, row[0], tally);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_lists_read() {
        let mut lexicon = EventLexicon::default();
        assert!(
            lexicon
                .add_triggers(include_str!("../../lexicon/events/triggers.tsv"))
                .is_ok()
        );
        assert!(
            lexicon
                .add_actors(include_str!("../../lexicon/events/actors.tsv"))
                .is_ok()
        );
        assert!(
            lexicon
                .add_places(include_str!("../../lexicon/events/places.tsv"))
                .is_ok()
        );
        assert!(
            lexicon
                .read_phases(include_str!("../../lexicon/events/phases.tsv"))
                .is_ok()
        );
        assert!(
            lexicon
                .read_outcomes(include_str!("../../lexicon/events/outcomes.tsv"))
                .is_ok()
        );
        assert!(
            lexicon
                .read_modality(include_str!("../../lexicon/events/modality.tsv"))
                .is_ok()
        );
        assert!(
            lexicon
                .read_undoing(include_str!("../../lexicon/events/undoing.tsv"))
                .is_ok()
        );
        assert!(
            lexicon
                .read_cues(include_str!("../../lexicon/events/cues.tsv"))
                .is_ok()
        );
        assert!(
            lexicon
                .read_joints(include_str!("../../lexicon/events/relations.tsv"))
                .is_ok()
        );
    }

    #[test]
    fn plain_phrases_split_as_the_tokenizer_splits_them() {
        let split = |phrase: &str| {
            let mut words = Vec::new();
            phrase_ids(phrase, |w| {
                words.push(w.to_string());
                Some(0)
            });
            words
        };
        for phrase in [
            "Vikram Misri",
            "  two  spaces ",
            "F16 48hour",
            "",
            "U.S. forces",
            "al-Qaeda's",
        ] {
            let lower = phrase.to_ascii_lowercase();
            let tokens: Vec<String> = tokenize(phrase, 0..phrase.len())
                .iter()
                .map(|t| lower[t.start..t.end].to_string())
                .collect();
            assert_eq!(split(phrase), tokens, "{phrase:?}");
        }
    }

    #[test]
    fn every_word_keeps_its_number() {
        let lexicon = EventLexicon::default();
        let vocabulary = &lexicon.vocabulary;
        assert!(vocabulary.words.len() > 100);
        for (id, word) in vocabulary.words.iter().enumerate() {
            assert_eq!(vocabulary.id(word), Some(id as u32), "{word}");
        }
        assert_eq!(vocabulary.id("unheard-of-word"), None);
        assert_eq!(Vocabulary::default().id("talks"), None);
    }

    /// The words of `text` whose bits `told` reads as set.
    fn told_by_bits(text: &str, told: impl Fn(&Words<'_>, usize) -> bool) -> Vec<String> {
        let lexicon = EventLexicon::default();
        let tokens = tokenize(text, 0..text.len());
        let words = Words::new(text, &tokens, &lexicon.vocabulary);
        (0..=tokens.len())
            .filter(|&i| told(&words, i))
            .map(|i| words.get(i).to_string())
            .collect()
    }

    #[test]
    fn marking_words_are_told_by_the_bits_they_are_read_with() {
        let text = "talks resumed after the truce and were held before dawn despite it";
        let marking = told_by_bits(text, |words, i| words.starts(i) & MARKING_BIT != 0);
        assert_eq!(marking, ["after", "and", "before", "despite"]);
    }

    #[test]
    fn a_word_of_one_byte_is_read_as_hashed() {
        let lexicon = EventLexicon::default();
        let vocabulary = &lexicon.vocabulary;
        for byte in 0..128u8 {
            let word = char::from(byte).to_string();
            assert_eq!(
                vocabulary.number_and_lists_of_byte(byte),
                vocabulary.number_and_lists(&word, key(&word)),
                "{word:?}"
            );
        }
        assert!((0..128u8).any(|byte| vocabulary.number_and_lists_of_byte(byte).0 != NO_NUMBER));
        assert_eq!(
            Vocabulary::default().number_and_lists_of_byte(b','),
            (NO_NUMBER, 0)
        );
    }

    #[test]
    fn noted_words_are_told_by_the_bits_they_are_read_with() {
        let lexicon = EventLexicon::default();
        let text = "he said the army took the city near Kabul , she added";
        let noted = told_by_bits(text, |words, i| words.noted(i));
        assert_eq!(noted, ["he", "army", "city", "she"]);
        assert!(
            NOTED
                .iter()
                .all(|word| lexicon.vocabulary.id(word).is_some())
        );
    }

    #[test]
    fn a_word_read_in_its_text_has_the_key_it_has_alone() {
        let text = "ceasefire talks in Doha, 48-hour truce: a b abcdefgh abcdefghijklmnopq";
        for start in 0..text.len() {
            for end in start..=text.len() {
                let word = &text[start..end];
                assert_eq!(key_in(text, start, word), key(word), "{word:?}");
            }
        }
    }

    #[test]
    fn words_are_told_apart_by_all_their_bytes() {
        // Words that share their first bytes, or are prefixes of each other, across the
        // eight bytes a slot keeps and the lengths the hash packs differently.
        let words = [
            "",
            "a",
            "ab",
            "abc",
            "abcd",
            "abcde",
            "abcdefg",
            "abcdefgh",
            "abcdefghi",
            "abcdefghij",
            "abcdefgh-x",
            "abcdefgh-y",
            "bbcd",
            "abce",
            "ceasefire",
            "ceasefires",
        ];
        let mut vocabulary = Vocabulary::default();
        let ids: Vec<u32> = words.iter().map(|w| vocabulary.number(w)).collect();
        for (word, id) in words.iter().zip(&ids) {
            assert_eq!(vocabulary.id(word), Some(*id), "{word}");
            assert_eq!(vocabulary.number(word), *id, "{word}");
        }
        for other in [
            "abcdefghk",
            "abcdefgh-z",
            "abcf",
            "ceasefired",
            "b",
            "abcdef",
        ] {
            assert_eq!(vocabulary.id(other), None, "{other}");
        }
        vocabulary.mark(ids[8], 0b101);
        assert_eq!(vocabulary.id_and_lists("abcdefghi"), Some((ids[8], 0b101)));
        assert_eq!(vocabulary.id_and_lists("abcdefghij"), Some((ids[9], 0)));
    }

    #[test]
    fn longest_phrase_wins_and_users_extend() {
        let mut lexicon = EventLexicon::default();
        let text = "Thai air strikes hit Surin";
        let tokens = tokenize(text, 0..text.len());
        let lower = text.to_ascii_lowercase();
        let words = Words::new(&lower, &tokens, &lexicon.vocabulary);
        let (len, trigger) = lexicon.triggers.longest(&words, 1).unwrap();
        assert_eq!((len, trigger.kind), (2, EventKind::Airstrike));
        assert!(lexicon.actors.longest(&words, 4).is_none());
        lexicon
            .add_actors("Surin\tSurin province\tgovernment\n")
            .unwrap();
        // Words are numbered by the lists they are read against.
        let words = Words::new(&lower, &tokens, &lexicon.vocabulary);
        assert_eq!(
            lexicon.actors.longest(&words, 4).unwrap().1.actor,
            "Surin province"
        );
        let error = lexicon.add_actors("X\tY\tplanet\n").unwrap_err();
        assert_eq!(error.position(), Some(Position::Line(1)));
    }

    #[test]
    fn a_reporting_verb_is_plain_or_gives_a_tally() {
        let mut lexicon = EventLexicon::default();
        lexicon.read_reporting("said\nputs\ttally\n").unwrap();
        let text = "he said she puts";
        let tokens = tokenize(text, 0..text.len());
        let words = Words::new(text, &tokens, &lexicon.vocabulary);
        assert_eq!(
            lexicon.reporting.longest(&words, 1).map(|(_, t)| *t),
            Some(false)
        );
        assert_eq!(
            lexicon.reporting.longest(&words, 3).map(|(_, t)| *t),
            Some(true)
        );
        let error = lexicon.read_reporting("said\nputs\tloud\n").unwrap_err();
        assert_eq!(error.position(), Some(Position::Line(2)));
    }
}

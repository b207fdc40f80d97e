//! Reading one sentence: its triggers, and for each the event's time, place, actors,
//! attribution, modality and figures.

use super::lexicon::{
    ActorName, ActorType, Cue, DECIDING_BIT, EventLexicon, Joint, MARKING_BIT, Needs, PARTS,
    SUBORDINATORS, Trigger,
};
use super::tokens::{Clauses, Token, TokenKind, WordSet, Words, tokenize_into};
use super::{
    Attribution, Count, EventKind, Mention, Modality, Name, Outcome, Participant, Phase, Place,
    Quote, Role, TimeSource, Told, When, emptied,
};
use crate::document::Document;
use crate::parse;
use crate::time::{Bound, Tagging, Timex, TimexType};
use chrono::NaiveDate;
use std::borrow::Cow;
use std::cell::{Cell, OnceCell, RefCell};
use std::ops::Range;

mod dyad;
mod figures;

pub(super) use dyad::losses_of_strikes;
mod names;
mod sources;
mod when;

/// A name of an actor in a sentence.
#[derive(Debug, Clone)]
struct ActorHit<'t> {
    /// Token index of its first token, and one past its last.
    tokens: Range<usize>,
    /// Byte range in the text (inside a hyphenated token for "Turkey-mediated").
    bytes: Range<usize>,
    /// The lexicon's entry, borrowed: a sentence names a dozen actors, and copying each
    /// entry's strings cost more than reading the sentence's words.
    name: &'t ActorName,
    /// Read as the place, not the government ("explosions in Kabul").
    as_place: bool,
}

/// A name of a place in a sentence.
#[derive(Debug, Clone)]
struct PlaceHit<'t> {
    tokens: Range<usize>,
    bytes: Range<usize>,
    /// The canonical name: the gazetteer's, borrowed, unless it had to be made ("eastern
    /// Afghanistan") or remembered from an earlier sentence.
    place: Cow<'t, str>,
    /// After "in", "at", "near", "along", ...
    located: bool,
}

/// A reporting clause: "Tarar wrote", "according to a Pakistani security source".
#[derive(Debug, Clone)]
pub(super) struct Report {
    /// The reporting verb's token, if the report has one.
    verb: Option<usize>,
    source: Range<usize>,
    actor: Option<Name>,
    /// Said by the report's two sides at once: "each side accused the other", "both
    /// governments said".
    both: bool,
}

/// Everything known about one sentence while its mentions are built.
struct Sentence<'t> {
    text: &'t str,
    /// The text in ASCII lowercase, byte for byte the same offsets: lookups read words here.
    lower: &'t str,
    range: Range<usize>,
    tokens: &'t [Token],
    /// The tokens as the word lists look them up.
    words: &'t Words<'t>,
    /// The word lists, which the names found point into.
    lexicon: &'t EventLexicon,
    actors: Vec<ActorHit<'t>>,
    places: Vec<PlaceHit<'t>>,
    reports: Vec<Report>,
    cues: Vec<(usize, Cue)>,
    /// The token spans of every trigger kept in the sentence.
    triggers: Vec<(Range<usize>, EventKind)>,
    /// The count read at each token, once read (see `count_at`).
    counts: RefCell<Vec<Option<CountAt>>>,
    clauses: Clauses,
    /// Where words of order and joined predicates are, once asked (see `marks`).
    marks: OnceCell<Marks>,
    /// The lists of an earlier sentence's marks, emptied, for this one's when asked.
    spare_marks: Cell<Marks>,
    /// The expressions of the report (by their index in `Reader::all`) that overlap the
    /// sentence: a few at most, where its words are asked about one by one.
    timexes: Range<usize>,
    /// The dates of the report (by their index in `Reader::timexes`) that start in the
    /// sentence, found once for all its mentions (see `Reader::dates`).
    dates: Range<usize>,
    /// The token at each end of the sentence's dates, by text offset (see
    /// `Reader::token_at`): every mention of the sentence asks for them, date by date, half
    /// a dozen times each.
    date_tokens: Vec<(usize, usize)>,
    /// The figure found for each casualty word, by its span, once looked for (see
    /// `Reader::count`).
    figures: RefCell<Vec<(Range<usize>, Figure)>>,
}

/// A figure and where it stands in the text, if one was found.
type Figure = Option<(Range<usize>, parse::Count)>;

/// The count that starts at a token and its length in bytes, if one does.
type CountAt = Option<(usize, parse::Count)>;

/// Words that relate what stands on either side of them, indexed once per sentence so that
/// asking about any stretch of it costs a lookup, not a walk over the stretch: a sentence of
/// many triggers and dates asks for every pair of them.
#[derive(Default)]
struct Marks {
    /// How many words of order ("after", "before", "following") stand before each token.
    orders: Vec<u32>,
    /// The tokens that join a second predicate to a subject ("and was", "and will").
    joints: Vec<usize>,
}

/// The ground that follows the word before `at`, as the index of its first word and whether
/// it is a name: a word of ground, after an article or a number ("the airport", "two
/// villages"), or a capitalized name no list gives to an actor ("Goma", but not "Russian
/// soldiers" or "Hamas fighters").
fn ground_after(sentence: &Sentence<'_>, at: usize) -> Option<(usize, bool)> {
    const GROUND: [&str; 30] = [
        "town",
        "towns",
        "city",
        "cities",
        "village",
        "villages",
        "airport",
        "base",
        "bases",
        "district",
        "districts",
        "province",
        "region",
        "capital",
        "port",
        "hill",
        "hills",
        "outpost",
        "outposts",
        "area",
        "areas",
        "crossing",
        "checkpoint",
        "territory",
        "border",
        "positions",
        "garrison",
        "stronghold",
        "fortress",
        "settlement",
    ];
    let mut at = at;
    while at < sentence.tokens.len()
        && (matches!(
            sentence.word(at),
            "the" | "a" | "an" | "several" | "key" | "strategic"
        ) || sentence.word(at).bytes().all(|b| b.is_ascii_digit())
            || is_number_word(sentence.word(at)))
    {
        at += 1;
    }
    let token = sentence.tokens.get(at)?;
    if GROUND.contains(&sentence.word(at)) {
        return Some((at, false));
    }
    let named = token.is_capitalized(sentence.text)
        && sentence.words.starts(at) & sentence.lexicon.actors.bit() == 0;
    named.then_some((at, true))
}

/// "two", "three", ... "ten": the numbers that count places taken.
fn is_number_word(word: &str) -> bool {
    matches!(
        word,
        "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
    )
}

impl<'t> Sentence<'t> {
    /// Token `i` in lowercase; empty past either end.
    fn word(&self, i: usize) -> &'t str {
        self.words.get(i)
    }

    /// Whether the event noun at `span` frames another event: "the heaviest attacks of the
    /// war", "the first ceasefire of the war" tell of the attacks and the ceasefire, and the
    /// words around them date those, not the war. A part of the war's own time ("the
    /// outbreak of the war", "the third day of the war") is the war's.
    fn framing(&self, span: &Range<usize>) -> bool {
        span.start >= 3
            && matches!(self.word(span.start), "war" | "conflict")
            && self.word(span.start - 1) == "the"
            && self.word(span.start - 2) == "of"
            && !matches!(
                self.word(span.start - 3),
                "start"
                    | "outbreak"
                    | "beginning"
                    | "onset"
                    | "end"
                    | "eve"
                    | "course"
                    | "day"
                    | "days"
                    | "week"
                    | "weeks"
                    | "month"
                    | "months"
                    | "year"
                    | "years"
                    | "hours"
            )
    }

    /// The tokens of the clause that holds token `i`.
    fn clause(&self, i: usize) -> Range<usize> {
        self.clauses.of(i)
    }

    /// The predicate of an event noun that opens its sentence, past a description set off by
    /// commas: "Peace talks between the two, aimed at easing tensions, have collapsed in
    /// Istanbul" ends in "have collapsed in Istanbul". Only a description that opens with a
    /// participle or a relative word counts, and only a predicate that opens with a verb:
    /// "Talks, Qatar, Turkey" is a list.
    fn predicate_after_insert(&self, span: &Range<usize>) -> Option<Range<usize>> {
        let subject = self.clause(span.start);
        // The subject clause opens the sentence, or a headline-free line after a dateline.
        if subject.start != 0 || subject.end >= self.tokens.len() {
            return None;
        }
        let insert = self.clause(subject.end + 1);
        let opens_insert = |word: &str| {
            matches!(word, "which" | "who" | "whose")
                || word.len() > 4 && (word.ends_with("ed") || word.ends_with("ing"))
        };
        if !opens_insert(self.word(insert.start)) || insert.end >= self.tokens.len() {
            return None;
        }
        let predicate = self.clause(insert.end + 1);
        let opens_predicate = |word: &str| {
            matches!(
                word,
                "have" | "has" | "had" | "was" | "were" | "is" | "are" | "will" | "would"
            ) || word.len() > 4 && word.ends_with("ed")
        };
        opens_predicate(self.word(predicate.start)).then_some(predicate)
    }

    fn marks(&self) -> &Marks {
        self.marks.get_or_init(|| {
            // One count per token and one past the last, in room taken at once: grown from
            // nothing, the list was copied four or five times in a sentence.
            let mut marks = self.spare_marks.take();
            marks.orders.clear();
            marks.joints.clear();
            marks.orders.reserve(self.tokens.len() + 1);
            let mut orders = 0;
            let mut from = 0;
            loop {
                // Nearly every word is none of those asked about below: the walk passes them
                // by their bits, and their counts are written at once.
                let i = self.words.next_starting(from, MARKING_BIT);
                marks.orders.resize(i, orders);
                if i >= self.tokens.len() {
                    break;
                }
                marks.orders.push(orders);
                from = i + 1;
                // Minutes or hours after is the same day: "broken minutes after it came
                // into force at 8 a.m. on Monday" was broken on Monday.
                let order = matches!(
                    self.word(i),
                    "after" | "following" | "before" | "amid" | "despite"
                ) && !(i > 0
                    && matches!(
                        self.word(i - 1),
                        "minutes"
                            | "hours"
                            | "moments"
                            | "shortly"
                            | "soon"
                            | "just"
                            | "immediately"
                    ));
                orders += u32::from(order);
                if self.word(i) == "and"
                    && matches!(
                        self.word(i + 1),
                        "was" | "were" | "is" | "are" | "will" | "would" | "has" | "had"
                    )
                {
                    marks.joints.push(i);
                }
            }
            marks.orders.push(orders);
            marks
        })
    }

    /// Whether a word of order stands between the tokens `low` and `high`.
    fn ordered_within(&self, low: usize, high: usize) -> bool {
        let orders = &self.marks().orders;
        let at = |i: usize| orders[i.min(orders.len() - 1)];
        high > low && at(high) > at(low)
    }

    /// The last token in `range` that joins a second predicate to a subject: "and was".
    fn last_joint(&self, range: Range<usize>) -> Option<usize> {
        let joints = &self.marks().joints;
        let before = joints.partition_point(|&j| j < range.end);
        joints[..before]
            .last()
            .copied()
            .filter(|&j| j >= range.start)
    }

    /// The count that starts at token `i` and its length in bytes (see `parse::count_at`).
    /// A casualty word's figure is looked for when its trigger is kept, when its mention is
    /// built and when its sides are, over the whole clause each time: the parser reads each
    /// token once.
    /// A mark opens no count, as a count opens with a digit or a letter: it is not parsed.
    fn count_at(&self, i: usize) -> CountAt {
        let token = &self.tokens[i];
        if token.kind == TokenKind::Punct {
            return None;
        }
        let mut counts = self.counts.borrow_mut();
        // Room for every token is made when the sentence's first count is asked for: few
        // sentences ask, and making it for each cost more than reading their counts.
        if counts.len() < self.tokens.len() {
            counts.resize(self.tokens.len(), None);
        }
        *counts[i].get_or_insert_with(|| parse::count_at(&self.text[token.start..self.range.end]))
    }
}

/// The lists a sentence fills, emptied, with their memory kept for the next sentence: most
/// sentences fill the same lists, and allocating them afresh for each cost more than
/// filling them. With them, the lists of a report's expressions, for the next report (see
/// [`Reader::into_spare`]).
#[derive(Default)]
pub(super) struct Spare {
    all: Vec<(Range<usize>, &'static Timex)>,
    timexes: Vec<(Range<usize>, &'static Timex)>,
    processes: Vec<usize>,
    according: Vec<usize>,
    actors: Vec<ActorHit<'static>>,
    places: Vec<PlaceHit<'static>>,
    reports: Vec<Report>,
    cues: Vec<(usize, Cue)>,
    triggers: Vec<(Range<usize>, EventKind)>,
    counts: Vec<Option<CountAt>>,
    clauses: Clauses,
    date_tokens: Vec<(usize, usize)>,
    marks: Marks,
    figures: Vec<(Range<usize>, Figure)>,
    /// The triggers read, and those of them kept (see [`Reader::sentence`]).
    read: Vec<(Range<usize>, Trigger)>,
    kept: Vec<(Range<usize>, Trigger)>,
    /// The reader's own lists (see [`Reader::dated`], [`Reader::roles`],
    /// [`Reader::parts`], [`Reader::surnames`] and [`Reader::by_both`]), kept from one report
    /// for the next as the sentences' are: made afresh for each, they were grown anew in
    /// each report's first sentences.
    dated: DatedLists,
    roles: Vec<(&'static ActorHit<'static>, Role)>,
    parts: (Vec<Token>, Words<'static>),
    surnames: Vec<(u32, &'static ActorName)>,
    by_both: Vec<(usize, Role)>,
}

impl Spare {
    /// Takes back the lists of `sentence`, emptied, each into its place: the spare lists
    /// are taken and given back one by one, where moving them all out and back at every
    /// sentence copied the whole set twice.
    fn keep(&mut self, sentence: Sentence<'_>) {
        self.actors = emptied(sentence.actors);
        self.places = emptied(sentence.places);
        self.reports = sentence.reports;
        self.reports.clear();
        self.cues = sentence.cues;
        self.cues.clear();
        self.triggers = sentence.triggers;
        self.triggers.clear();
        self.counts = sentence.counts.into_inner();
        self.counts.clear();
        self.clauses = sentence.clauses;
        self.date_tokens = sentence.date_tokens;
        self.date_tokens.clear();
        self.marks = sentence
            .marks
            .into_inner()
            .unwrap_or_else(|| sentence.spare_marks.into_inner());
        self.figures = sentence.figures.into_inner();
        self.figures.clear();
    }
}

/// Reads sentences of one report in order, remembering what later sentences need.
pub(super) struct Reader<'a> {
    document: &'a Document,
    text: &'a str,
    lexicon: &'a EventLexicon,
    /// DATE and TIME expressions with bounds, by their range in the text.
    timexes: Vec<(Range<usize>, &'a Timex)>,
    /// Every expression, durations included.
    all: Vec<(Range<usize>, &'a Timex)>,
    /// Where the report says "process", in text order (see `outcomes_of_the_process`).
    processes: Vec<usize>,
    /// Where the report says "according", in text order (see `find_reports`).
    according: Vec<usize>,
    published: Option<NaiveDate>,
    /// The actor of the last source named, for "he said".
    last_speaker: Option<Name>,
    /// Surnames of the people named in full so far, by their number in the vocabulary, for
    /// "Misri said".
    surnames: Vec<(u32, &'a ActorName)>,
    /// The last army named by a name of its own ("Sudan's army", "the Myanmar military"),
    /// for "the army" and "the military" after it.
    army: Option<&'a ActorName>,
    /// The paragraph being read: narrative time does not carry over from other paragraphs.
    block: Range<usize>,
    /// The report's text in ASCII lowercase.
    lower: &'a str,
    /// The paragraph talks about talks: "the last session" needs no more context.
    talk_context: bool,
    /// The report has named a ceasefire: a "violation" later on is of it.
    truce_named: bool,
    /// Whether the report has named talks.
    talks_named: bool,
    /// The sides the report names, for the events whose sentence names fewer.
    sides: dyad::Sides,
    /// The last place of each kind the paragraph has named, for "in the district". One
    /// entry per kind, so a long paragraph costs nothing more.
    last_place_of_kind: names::LastPlaces<'a>,
    /// Where the last talks the report placed were held: "the talks" later on are those.
    talks_at: Option<Place>,
    /// Where the last talks, agreement or truce the report placed were agreed or held: "the
    /// agreement" later on was reached there.
    negotiated_at: Option<Place>,
    /// How talks ended, told of "the process" rather than of talks by name: the talks the
    /// report has told of, found once the report is read (see [`Reader::take_referred`]).
    referred: Vec<Told>,
    /// The report's mentions (by index) of ground taken ("had taken Shusha"), which are one
    /// battle each (see [`Reader::take_ground_taken`]).
    ground_taken: Vec<usize>,
    /// The report's mentions (by index) done by both its sides, unnamed, and the role the
    /// two sides take in each once the report is read (see `complete_sides`): a truce broken
    /// by both (attackers), a statement by "each side" (speakers).
    by_both: Vec<(usize, Role)>,
    /// The lists of the last sentence, for the next.
    spare: Spare,
    /// The lists a mention's dates are parted into, for the next mention's (see `when`): a
    /// mention in a sentence with dates allocated two or three of them.
    dated: Cell<DatedLists>,
    /// The actors a mention gives roles, emptied, for the next mention's (see
    /// `participants`).
    roles: Cell<Vec<(&'static ActorHit<'static>, Role)>>,
    /// The tokens and words of the parts of a hyphenated word, for the next one's (see
    /// `hyphenated_names`).
    parts: Cell<(Vec<Token>, Words<'static>)>,
}

/// A sentence's dates that tell when something was said, the others, and those in the order
/// they are tried (see `Reader::when`), emptied.
type DatedLists = (
    Vec<&'static (Range<usize>, &'static Timex)>,
    Vec<&'static (Range<usize>, &'static Timex)>,
    Vec<&'static (Range<usize>, &'static Timex)>,
);

/// The entries of `list`, in text order, that start inside `range`: a binary search, so that
/// reading one mention does not walk every expression of the report.
fn starting_in<'l, T>(
    list: &'l [(Range<usize>, T)],
    range: &Range<usize>,
) -> &'l [(Range<usize>, T)] {
    &list[starting_within(list, range)]
}

/// The indices of the entries of `list`, in text order, that start inside `range` (see
/// [`starting_in`]).
fn starting_within<T>(list: &[(Range<usize>, T)], range: &Range<usize>) -> Range<usize> {
    let first = list.partition_point(|(r, _)| r.start < range.start);
    first
        ..list
            .partition_point(|(r, _)| r.start < range.end)
            .max(first)
}

/// The indices of the entries of `list` (in text order, not overlapping) whose range overlaps
/// `range`.
fn overlapping<T>(list: &[(Range<usize>, T)], range: &Range<usize>) -> Range<usize> {
    let first = list.partition_point(|(r, _)| r.end <= range.start);
    first
        ..list
            .partition_point(|(r, _)| r.start < range.end)
            .max(first)
}

/// How many expressions back "the story's day" is looked for: a paragraph names far fewer.
const NARRATIVE_LOOKBACK: usize = 256;

/// Whether a word of order stands between the trigger at `trigger` and the token `at`:
/// "closed the crossing on Tuesday after the attack" sets Tuesday apart from the attack.
fn ordered_apart(sentence: &Sentence<'_>, trigger: &Range<usize>, at: usize) -> bool {
    if trigger.start > at {
        sentence.ordered_within(at, trigger.start)
    } else {
        sentence.ordered_within(trigger.end, at)
    }
}

/// How many tokens lie between token `at` and the token span `t` (0 inside it).
fn token_distance(t: &Range<usize>, at: usize) -> usize {
    if at < t.start {
        t.start - at
    } else {
        at.saturating_sub(t.end - 1)
    }
}

/// Whether a sentence names both sides of something: "both sides", "the two delegations", or
/// two different governments or their peoples.
fn two_sides(sentence: &Sentence<'_>) -> bool {
    let pair = (1..sentence.tokens.len()).any(|i| {
        matches!(sentence.word(i - 1), "both" | "two") && names::side_noun(sentence.word(i))
    });
    let mut sides = sentence
        .actors
        .iter()
        .filter(|a| {
            matches!(
                a.name.kind,
                ActorType::Country
                    | ActorType::Adjective
                    | ActorType::Capital
                    | ActorType::Government
            )
        })
        .map(|a| a.name.actor.as_str());
    let first = sides.next();
    pair || first.is_some_and(|first| sides.any(|other| other != first))
}

/// Whether `word` is a preposition that places what follows it ("in", "near", "along").
/// Not "from": where something came from ("rockets fired from Gaza") is not where it
/// happened, and a capital after it is a government ("an agreement from Kabul").
/// Asked of many words of every sentence: a [`WordSet`] tells it by one probe.
fn locative(word: &str) -> bool {
    static LOCATIVE: WordSet = WordSet::new(&[
        "in", "at", "near", "along", "across", "on", "inside", "outside", "over", "into", "around",
        "off",
    ]);
    LOCATIVE.contains(word)
}

/// Whether the word at `at` places what follows it: a [`locative`] preposition, but not "on"
/// after a verb it belongs to ("called on Washington and Paris to intervene", "relied on
/// Qatar", "imposed sanctions on Iran"), whose object is addressed, not a place.
fn placing(sentence: &Sentence<'_>, at: usize) -> bool {
    let word = sentence.word(at);
    locative(word)
        && !(word == "on"
            && at > 0
            && matches!(
                sentence.word(at - 1),
                "called"
                    | "call"
                    | "calls"
                    | "calling"
                    | "relied"
                    | "rely"
                    | "relies"
                    | "depend"
                    | "depends"
                    | "pressed"
                    | "prevailed"
                    | "sanctions"
                    | "pressure"
                    | "focused"
                    | "insisted"
                    | "waged"
                    | "declared"
            ))
}

/// Whether `word` is "he" or "she".
fn pronoun(word: &str) -> bool {
    static PRONOUNS: WordSet = WordSet::new(&["he", "she"]);
    PRONOUNS.contains(word)
}

/// Whether what a verb such as "resumed" takes up again is fighting, named right after it
/// ("resumed combat operations") or right before it ("shelling along the front resumed"):
/// then it is no round of talks.
fn resumes_fighting(sentence: &Sentence<'_>, span: &Range<usize>) -> bool {
    static FIGHTING: WordSet = WordSet::new(&[
        "combat",
        "fighting",
        "hostilities",
        "operations",
        "attacks",
        "strikes",
        "shelling",
        "fire",
        "firing",
        "war",
        "offensive",
        "bombing",
        "raids",
        "clashes",
    ]);
    let after = span.end..(span.end + 2).min(sentence.tokens.len());
    let before = span.start.saturating_sub(4)..span.start;
    after
        .chain(before)
        .any(|i| FIGHTING.contains(sentence.word(i)))
}

/// Whether an event is named as the time of what is said, in a clause of its own: "killed
/// since the fighting erupted on April 15", "struck shortly before the truce began"; or as
/// what someone is said to have started: "accused the other of starting the clashes". The
/// source tells what happened then, or who began it; the event itself is the report's own
/// account.
/// Whether what stands before the verb at `start`, past auxiliaries and adverbs, can be a
/// ceasefire named before: a pronoun ("it soon collapsed"), a relative
/// ("which broke down"), or the comma that closes a description of its subject ("the pause,
/// which took effect on Monday, broke down").
fn lapsing_subject(sentence: &Sentence<'_>, start: usize) -> bool {
    let mut at = start;
    while let Some(before) = at.checked_sub(1) {
        match sentence.word(before) {
            "had" | "has" | "have" | "then" | "quickly" | "soon" | "never" | "also" | "later"
            | "largely" | "effectively" | "finally" | "already" | "eventually" | "all" => {
                at = before
            }
            // Not "each" or "they": truces told together are not one truce named before.
            "it" | "which" | "that" | "," => return true,
            _ => return false,
        }
    }
    false
}

/// Whether the event at `span` is told as the setting of what is reported, not as part of
/// it: after a word of time ("since the heavy fighting"), or named as known after a
/// preposition ("killed in the clashes of October 11", "a violation of the agreement",
/// "during the fighting"). Its source does not report it.
fn background(sentence: &Sentence<'_>, span: &Range<usize>) -> bool {
    let mut at = span.start;
    let mut definite = false;
    // Past the article and up to one word describing the event: "since the heavy fighting".
    for _ in 0..3 {
        let Some(before) = at.checked_sub(1) else {
            return false;
        };
        match sentence.word(before) {
            // Not "when": "wounded when shells landed" tells how, and is the source's too.
            "since" | "before" | "after" | "until" | "during" => return true,
            "starting" | "started" | "provoking" | "provoked" => return true,
            // Not "to the talks" nor "at the talks": where someone goes is news.
            "in" | "of" | "under" | "with" | "amid" => return definite,
            "the" | "its" | "their" => {
                definite = true;
                at = before
            }
            "a" | "an" => at = before,
            _ if at == span.start => at = before,
            _ => return false,
        }
    }
    false
}

impl<'a> Reader<'a> {
    /// A reader of `document`, whose text in ASCII lowercase is `lower`.
    pub(super) fn new(
        document: &'a Document,
        lower: &'a str,
        tagging: &'a Tagging,
        lexicon: &'a EventLexicon,
        published: Option<NaiveDate>,
        mut spare: Spare,
    ) -> Reader<'a> {
        let mut all: Vec<(Range<usize>, &Timex)> = emptied(std::mem::take(&mut spare.all));
        all.extend(
            tagging
                .timexes
                .iter()
                .filter_map(|t| document.text_range(t.span).map(|range| (range, t))),
        );
        // "now" or "recently" say when the speaker is, not when an event was: they do not
        // date events.
        let mut timexes: Vec<(Range<usize>, &Timex)> = emptied(std::mem::take(&mut spare.timexes));
        timexes.extend(
            all.iter()
                .filter(|(_, t)| matches!(t.kind, TimexType::Date | TimexType::Time))
                .filter(|(_, t)| !t.value.ends_with("_REF"))
                .cloned(),
        );
        // Nearly no sentence says "process": one vectorized search of the report, where a
        // search of each sentence cost more to start than to run.
        static PROCESS: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
            std::sync::LazyLock::new(|| memchr::memmem::Finder::new("process"));
        let mut processes = std::mem::take(&mut spare.processes);
        processes.clear();
        processes.extend(PROCESS.find_iter(lower.as_bytes()));
        // So for "according", which opens a source ("according to a security official")
        // in few sentences: the others are read for their reporting verbs alone.
        static ACCORDING: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
            std::sync::LazyLock::new(|| memchr::memmem::Finder::new("according"));
        let mut according = std::mem::take(&mut spare.according);
        according.clear();
        according.extend(ACCORDING.find_iter(lower.as_bytes()));
        let dated = std::mem::take(&mut spare.dated);
        let roles = std::mem::take(&mut spare.roles);
        let parts = std::mem::take(&mut spare.parts);
        let surnames = emptied(std::mem::take(&mut spare.surnames));
        let mut by_both = std::mem::take(&mut spare.by_both);
        by_both.clear();
        Reader {
            document,
            text: document.text(),
            lexicon,
            timexes,
            all,
            processes,
            according,
            published,
            last_speaker: None,
            surnames,
            army: None,
            block: 0..0,
            lower,
            talk_context: false,
            truce_named: false,
            talks_named: false,
            sides: dyad::Sides::default(),
            last_place_of_kind: names::LastPlaces::default(),
            talks_at: None,
            negotiated_at: None,
            referred: Vec::new(),
            ground_taken: Vec::new(),
            by_both,
            spare,
            dated: Cell::new(dated),
            roles: Cell::new(roles),
            parts: Cell::new(parts),
        }
    }

    /// The reader's lists, emptied, for the next report's (see [`Reader::new`]).
    pub(super) fn into_spare(self) -> Spare {
        let mut spare = Spare {
            all: emptied(self.all),
            timexes: emptied(self.timexes),
            processes: self.processes,
            according: self.according,
            // Emptied where they are taken (see `when`, `participants` and
            // `hyphenated_names`), and borrowing nothing of this report.
            dated: self.dated.into_inner(),
            roles: self.roles.into_inner(),
            parts: self.parts.into_inner(),
            surnames: emptied(self.surnames),
            by_both: self.by_both,
            ..self.spare
        };
        spare.read.clear();
        spare.kept.clear();
        spare
    }

    /// Where each of the report's expressions stands in the text, in text order: those of
    /// the tagging that map into it.
    pub(super) fn expression_ranges(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        self.all.iter().map(|(range, _)| range.clone())
    }

    /// Starts a new paragraph.
    pub(super) fn paragraph(&mut self, block: Range<usize>) {
        self.block = block;
        self.talk_context = false;
        self.last_place_of_kind.clear();
    }

    /// Adds to `mentions` the event mentions of the sentence at `range` of the text, cut into
    /// `tokens` that read as `words`, and to `first_days` the latest bound of the first day
    /// of each one's own stretch of days (see `when`).
    pub(super) fn sentence(
        &mut self,
        range: Range<usize>,
        tokens: &[Token],
        words: &Words<'_>,
        mentions: &mut Vec<Mention>,
        first_days: &mut Vec<Option<Bound>>,
    ) {
        let text = self.text;
        let spare = &mut self.spare;
        let counts = RefCell::new(std::mem::take(&mut spare.counts));
        let mut clauses = std::mem::take(&mut spare.clauses);
        clauses.read(text, tokens);
        let (mut kept, mut chosen) = (
            std::mem::take(&mut spare.read),
            std::mem::take(&mut spare.kept),
        );
        kept.clear();
        chosen.clear();
        let timexes = overlapping(&self.all, &range);
        let dates = starting_within(&self.timexes, &range);
        let mut date_tokens = std::mem::take(&mut spare.date_tokens);
        for (date, _) in &self.timexes[dates.clone()] {
            for offset in [date.start, date.end] {
                let token = tokens.partition_point(|t| t.end <= offset);
                date_tokens.push((offset, token));
            }
        }
        let mut sentence = Sentence {
            text,
            lower: self.lower,
            words,
            lexicon: self.lexicon,
            range,
            actors: emptied(std::mem::take(&mut spare.actors)),
            places: emptied(std::mem::take(&mut spare.places)),
            reports: std::mem::take(&mut spare.reports),
            cues: std::mem::take(&mut spare.cues),
            triggers: std::mem::take(&mut spare.triggers),
            counts,
            clauses,
            marks: OnceCell::new(),
            spare_marks: Cell::new(std::mem::take(&mut spare.marks)),
            figures: RefCell::new(std::mem::take(&mut spare.figures)),
            timexes,
            dates,
            date_tokens,
            tokens,
        };
        self.find_names(&mut sentence);
        self.places_referred_back(&mut sentence);
        self.find_reports(&mut sentence);
        self.note_antecedent(&sentence);
        self.count_sides(&sentence);
        let mut at = 0;
        let mut skip_talks_until = 0;
        // Whether a truce is named earlier in the sentence: "the ceasefire agreed in
        // Washington ... was broken by" needs no truce named before the sentence.
        let mut truce_here = false;
        let trigger_bit = self.lexicon.triggers.bit();
        loop {
            // Nearly every word starts no trigger, which its bits tell without a call.
            at = sentence.words.next_starting(at, trigger_bit);
            if at >= sentence.tokens.len() {
                break;
            }
            let Some((len, trigger)) = self.trigger_at(&sentence, at) else {
                at += 1;
                continue;
            };
            let trigger = *trigger;
            let span = at..at + len;
            at += len;
            if trigger.kind == EventKind::Talks && span.start < skip_talks_until {
                continue;
            }
            // "a signed document", "the agreed text": a verb after an article is an adjective.
            let adjective = trigger.verb
                && span.start > 0
                && matches!(sentence.word(span.start - 1), "a" | "an" | "the");
            // "breaking every truce so far", "every truce will be a pause": a kind of
            // event, not one that happened.
            let generic =
                !trigger.verb && span.start > 0 && sentence.word(span.start - 1) == "every";
            // "in retaliation for": a word inside a phrase that joins two events is not one.
            let joining = (1..=2).any(|back| {
                span.start >= back
                    && self
                        .lexicon
                        .joints
                        .longest(sentence.words, span.start - back)
                        .is_some_and(|(len, _)| len > back)
            });
            if adjective
                || generic
                || joining
                || !self.needs_met(&sentence, &span, trigger, truce_here)
            {
                continue;
            }
            truce_here |= trigger.kind == EventKind::Ceasefire && !trigger.needs.is_truce();
            if self.is_round_word(&sentence, &span) {
                // "the third round of Pakistan-Afghanistan talks" is one mention.
                skip_talks_until = span.end + 6;
            }
            kept.push((span, trigger));
        }
        // "agreed to an immediate ceasefire": what was agreed is the ceasefire.
        // "the ceasefire was agreed in Doha", "as agreed in Malaysia": a passive "agreed"
        // names no agreement of its own.
        let agreed_ceasefire = |span: &Range<usize>, trigger: &Trigger| {
            let before = span.start.checked_sub(1).map(|i| sentence.word(i));
            let passive =
                before.is_some_and(|w| matches!(w, "was" | "were" | "been" | "be" | "is" | "as"));
            trigger.verb
                && trigger.kind == EventKind::Agreement
                && (passive
                    || kept.iter().any(|(other, t)| {
                        t.kind == EventKind::Ceasefire && other.start.abs_diff(span.start) <= 5
                    }))
        };
        // "violated" alone stands for the ceasefire only when no truce is named near enough
        // to take it as its phase (see `phase`): "brokered the truce on its own, and ...
        // said Israel and Iran had both violated it" tells two events.
        let truce_near = |span: &Range<usize>| {
            kept.iter().any(|(other, t)| {
                t.kind == EventKind::Ceasefire
                    && !t.needs.is_truce()
                    && other.start.abs_diff(span.start) <= 6
            })
        };
        // "a mechanism to monitor the truce", "committed to the ceasefire": once the report
        // has named its truce, a truce that is watched or honoured is that one, not a new
        // event.
        let watched = |span: &Range<usize>, trigger: &Trigger| {
            let before = |back: usize| span.start.checked_sub(back).map(|i| sentence.word(i));
            let verb = (1..=3).filter_map(before).find(|w| {
                matches!(
                    *w,
                    "monitor"
                        | "monitors"
                        | "monitoring"
                        | "observe"
                        | "observes"
                        | "observing"
                        | "uphold"
                        | "upholding"
                        | "committed"
                        | "commitment"
                )
            });
            let firm_up = (1..=2).any(|b| before(b) == Some("up") && before(b + 1) == Some("firm"));
            self.truce_named
                && trigger.kind == EventKind::Ceasefire
                && !trigger.verb
                && (verb.is_some() || firm_up)
        };
        chosen.extend(
            kept.iter()
                .filter(|(span, trigger)| !agreed_ceasefire(span, trigger))
                .filter(|(span, trigger)| !watched(span, trigger))
                .filter(|(span, trigger)| {
                    // A lapse stands apart from the truce it tells of (see `lapsing_subject`).
                    !(trigger.needs == Needs::Truce && truce_near(span))
                })
                .cloned(),
        );
        sentence.triggers.extend(
            chosen
                .iter()
                .map(|(span, trigger)| (span.clone(), trigger.kind)),
        );
        self.places_before_triggers(&mut sentence, &chosen);
        self.places_struck(&mut sentence, &chosen);
        let first = mentions.len();
        for (span, trigger) in chosen.iter().cloned() {
            let trigger = self.retyped(&sentence, &span, trigger);
            let index = mentions.len();
            let (first_day, both) = self.mention(&sentence, span.clone(), trigger, mentions);
            if let Some(role) = both {
                self.by_both.push((index, role));
            }
            if trigger.needs == Needs::Ground {
                self.ground_taken.push(index);
            }
            self.negotiated_place(&sentence, &span, trigger, &mut mentions[index]);
            if mentions[index].place.is_none() {
                mentions[index].place =
                    self.relative_place(&sentence, &span, &mentions[first..index]);
            }
            first_days.push(first_day);
        }
        let found = &mentions[first..];
        self.outcomes_of_the_process(&sentence, found);
        self.truce_named |= found.iter().any(|m| m.kind == EventKind::Ceasefire);
        self.talks_named |= found.iter().any(|m| m.kind == EventKind::Talks);
        if found
            .iter()
            .any(|m| matches!(m.kind, EventKind::Talks | EventKind::Ceasefire))
            || sentence.cues.iter().any(|(_, c)| *c == Cue::Talk)
        {
            self.talk_context = true;
        }
        self.spare.keep(sentence);
        // The trigger lists too keep their memory for the next sentence.
        (self.spare.read, self.spare.kept) = (kept, chosen);
    }

    /// An attack or strike by aircraft, jets or drones is an airstrike: "Pakistani aircraft
    /// struck", "jets striking targets", "struck by drones". A drone further off is doing
    /// something else ("a drone was spotted shortly before soldiers opened fire"). An attack by
    /// missiles is missile fire ("Iranian missiles struck", "a missile attack"), and missiles
    /// sent with aircraft or drones are the air campaign ("drones and missiles").
    fn retyped(&self, sentence: &Sentence<'_>, span: &Range<usize>, trigger: Trigger) -> Trigger {
        const NEAR: usize = 3;
        let near = |cue: Cue| {
            sentence
                .cues
                .iter()
                .any(|(at, c)| *c == cue && *at + NEAR >= span.start && *at <= span.end + NEAR)
        };
        // Asked only of an attack or a shelling, the kinds they may change.
        let air = || near(Cue::Air);
        let missile_word = || {
            sentence
                .cues
                .iter()
                .any(|(at, c)| *c == Cue::Missile && span.contains(at))
        };
        let kind = match trigger.kind {
            EventKind::Attack if air() => EventKind::Airstrike,
            EventKind::Attack if near(Cue::Missile) => EventKind::Shelling,
            EventKind::Shelling if air() && missile_word() => EventKind::Airstrike,
            kind => kind,
        };
        Trigger { kind, ..trigger }
    }

    /// The object of an impact verb after an event noun is where the event was: "explosions
    /// shook Kabul", "blasts rocked the Afghan capital", "shelling hit Lachin".
    fn places_struck(&self, sentence: &mut Sentence<'_>, kept: &[(Range<usize>, Trigger)]) {
        // Where each object starts: right after the verb, or after its "the".
        let objects: Vec<usize> = kept
            .iter()
            .filter(|(_, trigger)| !trigger.verb)
            .map(|(t, _)| t.end)
            .filter(|&verb| {
                sentence
                    .cues
                    .iter()
                    .any(|(at, cue)| *at == verb && *cue == Cue::Impact)
            })
            .map(|verb| verb + 1 + usize::from(sentence.word(verb + 1) == "the"))
            .collect();
        let struck = |start: usize| objects.contains(&start);
        for actor in &mut sentence.actors {
            if actor.name.kind != ActorType::Capital
                || actor.as_place
                || !struck(actor.tokens.start)
            {
                continue;
            }
            actor.as_place = true;
            if let Some((len, place)) = sentence
                .lexicon
                .places
                .longest(sentence.words, actor.tokens.start)
            {
                sentence.places.push(PlaceHit {
                    tokens: actor.tokens.start..actor.tokens.start + len,
                    bytes: actor.bytes.clone(),
                    place: Cow::Borrowed(place),
                    located: true,
                });
            }
        }
        for place in &mut sentence.places {
            place.located |= struck(place.tokens.start);
        }
    }

    /// A capital right before an event noun names where it happened ("the Doha agreement",
    /// "Istanbul talks"), not who took part; before a verb it is the government acting
    /// ("a version Islamabad rejected").
    fn places_before_triggers(
        &self,
        sentence: &mut Sentence<'_>,
        kept: &[(Range<usize>, Trigger)],
    ) {
        let words = sentence.words;
        for actor in &mut sentence.actors {
            if actor.name.kind != ActorType::Capital || actor.as_place {
                continue;
            }
            // "the Pretoria peace deal": "peace" may stand between the name and the noun.
            let noun_at = if words.get(actor.tokens.end) == "peace" {
                actor.tokens.end + 1
            } else {
                actor.tokens.end
            };
            let before_trigger = kept
                .iter()
                .any(|(t, trigger)| t.start == noun_at && !trigger.verb);
            if before_trigger {
                actor.as_place = true;
                if let Some((len, place)) = sentence
                    .lexicon
                    .places
                    .longest(sentence.words, actor.tokens.start)
                {
                    let tokens = actor.tokens.start..actor.tokens.start + len;
                    sentence.places.push(PlaceHit {
                        tokens,
                        bytes: actor.bytes.clone(),
                        place: Cow::Borrowed(place),
                        located: false,
                    });
                }
            }
        }
    }

    /// True when, of the triggers in the same clause, `span` is the nearest to `at`: a date
    /// or place next to one event word belongs to it, not to another in the clause.
    fn owns(&self, sentence: &Sentence<'_>, span: &Range<usize>, at: usize) -> bool {
        self.owner(sentence, span, at).is_none()
    }

    /// The kind of the other trigger in `span`'s clause nearer to token `at`, if one is.
    fn owner(&self, sentence: &Sentence<'_>, span: &Range<usize>, at: usize) -> Option<EventKind> {
        let clause = sentence.clause(span.start);
        let distance = |t: &Range<usize>| token_distance(t, at);
        // "closed the crossing on Tuesday after the attack": a date is not the event's that
        // a word of order puts on the other side of it, when none stands between the date
        // and this one.
        // Asked only of a trigger nearer than this one, as the cheaper tests are first.
        let mine_ordered = OnceCell::new();
        sentence
            .triggers
            .iter()
            .filter(|(t, _)| t.start >= clause.start && t.end <= clause.end && t != span)
            .filter(|(other, _)| {
                distance(other) < distance(span)
                    || distance(other) == distance(span) && other.start < span.start
            })
            .filter(|(t, _)| !sentence.framing(t))
            .find(|(t, _)| {
                *mine_ordered.get_or_init(|| ordered_apart(sentence, span, at))
                    || !ordered_apart(sentence, t, at)
            })
            .map(|(_, kind)| *kind)
    }

    /// True when the token, one of the sentence's, lies inside a temporal expression: "May"
    /// in "in May" is a month, not a modal; "This morning" does not belong to the subject
    /// after it.
    fn in_timex(&self, sentence: &Sentence<'_>, token: &Token) -> bool {
        let here = &self.all[sentence.timexes.clone()];
        let at = here.partition_point(|(r, _)| r.end <= token.start);
        here.get(at)
            .is_some_and(|(r, _)| r.start <= token.start && token.end <= r.end)
    }

    /// The dates that start in the sentence, in text order (as [`starting_in`] finds them).
    fn dates(&self, sentence: &Sentence<'_>) -> &[(Range<usize>, &'a Timex)] {
        &self.timexes[sentence.dates.clone()]
    }

    /// The token index at which text offset `offset` starts: the first token that ends past
    /// it. Tokens follow each other without overlapping, so their ends are in order. Nearly
    /// every offset asked for is an end of one of the sentence's dates, found once: looked
    /// up by halving, as a sentence of many dates asks for them once per mention and date
    /// (an offset missed there, were the list ever out of order, is found in the tokens).
    fn token_at(sentence: &Sentence<'_>, offset: usize) -> usize {
        match sentence
            .date_tokens
            .binary_search_by_key(&offset, |&(o, _)| o)
        {
            Ok(at) => sentence.date_tokens[at].1,
            Err(_) => sentence.tokens.partition_point(|t| t.end <= offset),
        }
    }

    fn trigger_at<'s>(
        &'s self,
        sentence: &Sentence<'_>,
        at: usize,
    ) -> Option<(usize, &'s Trigger)> {
        // The list first: nearly every token starts no trigger, which its word's bits tell
        // by a branch that is nearly always taken, where one on the token's kind is not.
        let found = self.lexicon.triggers.longest(sentence.words, at)?;
        if sentence.tokens[at].kind != TokenKind::Word {
            return None;
        }
        // Words inside a name are not triggers ("the General Border Committee"). Asked only
        // of trigger words, as few tokens are.
        if sentence
            .actors
            .iter()
            .any(|a| a.tokens.contains(&at) && a.tokens.len() > 1)
        {
            return None;
        }
        Some(found)
    }

    /// The place a verb of ground taken names right after it, when no other gives the
    /// event's: "took Goma", "had taken Shusha" happened there. Its capitalized words are
    /// the name ("Port Sudan").
    fn place_taken(
        &self,
        sentence: &Sentence<'_>,
        span: &Range<usize>,
        trigger: Trigger,
    ) -> Option<Place> {
        if trigger.needs != Needs::Ground {
            return None;
        }
        let (first, named) = ground_after(sentence, span.end)?;
        if !named {
            return None;
        }
        let last = (first..sentence.tokens.len())
            .take_while(|&at| sentence.tokens[at].is_capitalized(sentence.text))
            .last()?;
        let bytes = sentence.tokens[first].start..sentence.tokens[last].end;
        Some(Place {
            name: sentence.text[bytes.clone()].to_string(),
            span: self.document.source_span(bytes),
        })
    }

    fn is_round_word(&self, sentence: &Sentence<'_>, span: &Range<usize>) -> bool {
        let word = sentence.word(span.start);
        matches!(word, "round" | "rounds" | "session") && sentence.word(span.end) == "of"
    }

    fn needs_met(
        &self,
        sentence: &Sentence<'_>,
        span: &Range<usize>,
        trigger: Trigger,
        truce_here: bool,
    ) -> bool {
        let has = |cue: Cue| sentence.cues.iter().any(|(_, c)| *c == cue);
        match trigger.needs {
            Needs::Nothing => true,
            Needs::Border => has(Cue::Border),
            // "meeting", "met": talks in a paragraph about talks, where someone mediates, or
            // where both sides are named ("commanders from both sides met").
            Needs::Talk => {
                (has(Cue::Talk)
                    || self.talk_context
                    || has(Cue::Mediation)
                    || two_sides(sentence)
                    || self.talks_named
                        && (!trigger.verb
                            || sentence.tokens[span.end..]
                                .first()
                                .is_some_and(|t| t.is_capitalized(sentence.text)))
                        && self.set_in_clause(sentence, span))
                    && !resumes_fighting(sentence, span)
            }
            // "a pause" or "the halt" in a paragraph about a truce, or once the report has
            // named its truce ("the pause began at 07:00 GMT"), is the truce.
            Needs::Conflict => {
                has(Cue::Conflict)
                    || has(Cue::Talk)
                    || has(Cue::Air)
                    || trigger.kind == EventKind::Ceasefire
                        && (self.talk_context || self.truce_named || truce_here)
            }
            // "violations of Afghan airspace" are not of the truce: what such a word is of must
            // be it, or a truce or deal.
            Needs::Lapse => {
                // "Peace talks, aimed at preserving a fragile ceasefire, have collapsed": past
                // a description, the verb is its subject's, here the talks'.
                let others = || {
                    (0..sentence.tokens.len().min(4)).any(|at| {
                        self.trigger_at(sentence, at).is_some_and(|(len, t)| {
                            t.kind != EventKind::Ceasefire
                                && sentence
                                    .predicate_after_insert(&(at..at + len))
                                    .is_some_and(|p| p.contains(&span.start))
                        })
                    })
                };
                lapsing_subject(sentence, span.start)
                    && !others()
                    && self.needs_met(
                        sentence,
                        span,
                        Trigger {
                            needs: Needs::Truce,
                            ..trigger
                        },
                        truce_here,
                    )
            }
            Needs::Truce => {
                let of = sentence.word(span.end) == "of";
                let of_a_deal = || {
                    let end = (span.end + 5).min(sentence.tokens.len());
                    sentence.word(span.end + 1) == "it"
                        || (span.end + 1..end).any(|i| {
                            self.trigger_at(sentence, i).is_some_and(|(_, t)| {
                                matches!(t.kind, EventKind::Ceasefire | EventKind::Agreement)
                            })
                        })
                };
                // "fighting broke out", "broke off": a verb with its particle is another verb.
                let particle = trigger.verb
                    && matches!(
                        sentence.word(span.end),
                        "out" | "off" | "down" | "up" | "away" | "through"
                    );
                // "breaking every truce so far" breaks a kind of truce, not one.
                let generic = sentence.word(span.end) == "every";
                (self.truce_named || truce_here) && !particle && !generic && (!of || of_a_deal())
            }
            Needs::Figure => self.count(sentence, span).is_some(),
            // A name taken is ground only where fighting is told ("took Polly Peck" is a
            // takeover); a word of ground ("the airport") is ground wherever.
            Needs::Ground => ground_after(sentence, span.end).is_some_and(|(_, named)| {
                !named || has(Cue::Conflict) || self.truce_named || self.army.is_some()
            }),
            Needs::Speaker => sentence
                .reports
                .iter()
                .any(|r| r.verb == Some(span.start) && (r.both || self.is_official(sentence, r))),
        }
    }

    /// Whether the clause of the trigger at `span` gives a day or a place: once the report
    /// has named its talks, "a follow-up meeting is expected in Istanbul on October 25", "the
    /// November 6 meeting will show" and "are to meet Bayramov in Geneva on Friday" are
    /// sessions of them, where an undated, unplaced "meeting" of a paragraph about something
    /// else may be any meeting. A verb needs a name after it: flights that "resumed on
    /// Tuesday" or shopkeepers who "met the news" hold no talks.
    fn set_in_clause(&self, sentence: &Sentence<'_>, span: &Range<usize>) -> bool {
        let clause = sentence.clause(span.start);
        let tokens = sentence.tokens;
        let bytes = tokens[clause.start].start..tokens[clause.end - 1].end;
        self.dates(sentence)
            .iter()
            .any(|(r, _)| r.start >= bytes.start && r.end <= bytes.end)
            || sentence
                .places
                .iter()
                .any(|p| p.tokens.start >= clause.start && p.tokens.end <= clause.end)
    }

    /// Adds one mention to `mentions`; gives the latest bound of the first day of its own
    /// stretch of days, if its date is one (see `when`), and the role both sides take in it
    /// when it is told as done by both unnamed: a truce broken by both (see
    /// [`names::Breakers::Both`]), a statement by "each side".
    fn mention(
        &self,
        sentence: &Sentence<'_>,
        span: Range<usize>,
        trigger: Trigger,
        mentions: &mut Vec<Mention>,
    ) -> (Option<Bound>, Option<Role>) {
        let text = sentence.text;
        let tokens = sentence.tokens;
        let bytes = tokens[span.start].start..tokens[span.end - 1].end;
        let clause = sentence.clause(span.start);
        let modality = if trigger.kind == EventKind::Statement {
            Modality::Happened
        } else {
            self.modality(sentence, &clause, &span, trigger)
        };
        let phase = (trigger.kind == EventKind::Ceasefire).then(|| self.phase(sentence, &span));
        let breach = (phase == Some(Phase::Violated))
            .then(|| self.phase_words(sentence, &span, Phase::Violated))
            .flatten();
        let breakers = breach
            .as_ref()
            .and_then(|told| self.breakers(sentence, &span, told));
        let report = self.report_for(sentence, &span, trigger.kind);
        // What someone says by its own verb ("X said", "X warned") is theirs, not reported
        // by them: they are its speaker.
        let attribution = report
            .filter(|r| r.verb != Some(span.start) && !background(sentence, &span))
            .map(|r| self.attribution(sentence, r));
        let count = match trigger.kind {
            EventKind::CasualtyClaim => self.count(sentence, &span),
            EventKind::Shelling | EventKind::Airstrike | EventKind::Attack => {
                self.munitions(sentence, &span)
            }
            _ => None,
        };
        // An extension's length follows the words that tell it: "the truce was extended on
        // Monday by five days".
        let extended = (phase == Some(Phase::Extended))
            .then(|| self.phase_words(sentence, &span, Phase::Extended))
            .flatten()
            .map(|words| words.end.max(span.end));
        let (duration, duration_span) = self.duration(sentence, &span, extended);
        let outcome = (trigger.kind == EventKind::Talks && modality == Modality::Happened)
            .then(|| self.outcome(sentence, &clause, &span))
            .flatten();
        let (mut when, mut first_day) = self.when(sentence, &clause, &span, trigger.kind, modality);
        // What is told as done was done by the report's day: an open start bounded only by a
        // later day comes from words about something else ("would extend the truce until
        // April 30, even as rights groups reported fresh air raids").
        if let (Modality::Happened, None, Some(published), Some(latest)) =
            (modality, when.earliest, self.published, when.latest)
        {
            if latest.date() > published {
                when.latest = Some(Bound::Day(published));
            }
        }
        let running = count
            .as_ref()
            .filter(|_| trigger.kind == EventKind::CasualtyClaim)
            .and_then(|_| self.running_total(sentence, &clause, &span, !trigger.verb, &when));
        let (total, revised) = match running {
            Some((total, revised)) => {
                (when, first_day) = (total, None);
                (true, revised)
            }
            None => (false, false),
        };
        // Built where it is kept: a mention is over 500 bytes, and returned and then pushed it
        // was copied three times.
        mentions.push(Mention {
            document: self.document.id().clone(),
            span: self.document.source_span(bytes.clone()),
            text: text[bytes].to_string(),
            sentence: self.document.source_span(sentence.range.clone()),
            kind: trigger.kind,
            phase,
            when,
            place: self
                .place(sentence, &clause, &span, trigger.kind)
                .or_else(|| self.place_taken(sentence, &span, trigger)),
            participants: self.participants(
                sentence,
                &clause,
                &span,
                trigger,
                report,
                breakers.as_ref(),
            ),
            attribution,
            modality,
            round: self.round(sentence, &span),
            duration,
            duration_span,
            count: count.map(|(range, c)| Count {
                low: c.low,
                high: c.high,
                of: if trigger.kind == EventKind::CasualtyClaim {
                    self.counted(sentence, range.end)
                        .or_else(|| self.toll_of(sentence, &span))
                } else {
                    Some(sentence.word(span.end - 1).to_string())
                },
                total,
                revised,
                span: self.document.source_span(range.clone()),
            }),
            requested_by: matches!(
                trigger.kind,
                EventKind::Ceasefire | EventKind::Talks | EventKind::Agreement
            )
            .then(|| self.requester(sentence, &clause))
            .flatten(),
            direct: self.direct(sentence, &span),
            outcome: outcome.map(|(outcome, words)| Told {
                outcome,
                span: self.document.source_span(words.clone()),
                text: text[words].to_string(),
            }),
            breach: breach.map(|told| {
                let bytes = tokens[told.start].start..tokens[told.end - 1].end;
                Quote {
                    span: self.document.source_span(bytes.clone()),
                    text: text[bytes].to_string(),
                }
            }),
        });
        let both = if matches!(breakers, Some(names::Breakers::Both)) {
            Some(Role::Attacker)
        } else if trigger.kind == EventKind::Statement && report.is_some_and(|r| r.both) {
            Some(Role::Speaker)
        } else {
            None
        };
        (first_day, both)
    }

    /// Cue words before the trigger in its clause decide; then a modal right after it.
    fn modality(
        &self,
        sentence: &Sentence<'_>,
        clause: &Range<usize>,
        span: &Range<usize>,
        trigger: Trigger,
    ) -> Modality {
        let tokens = sentence.tokens;
        // A subordinator opens another event's clause: in "no attacks since the ceasefire
        // came into force", the ceasefire is not denied.
        static STOP: WordSet = WordSet::new(&SUBORDINATORS);
        let stop = |word: &str| STOP.contains(word);
        // Nearly every word before a trigger is no subordinator, no part in an event and no
        // modal: its bits tell, where each was looked up three ways.
        let deciding = self.lexicon.modality.bit() | DECIDING_BIT;
        let earliest = clause.start.max(span.start.saturating_sub(6));
        // "answer any violation", "any further attack": an event named with "any" is
        // one that may come, unless a negation before it denies all ("no agreement on any
        // ceasefire", "denied firing any missile").
        let any = (span.start.saturating_sub(2)..span.start).any(|i| sentence.word(i) == "any");
        let with_any = |modality: Modality| match modality {
            Modality::Planned | Modality::Happened if any => Modality::Hypothetical,
            other => other,
        };
        // "did not change the war's aims": an event named as the owner of something is taken
        // as given; what is denied or planned is the thing it owns.
        let owner = matches!(sentence.word(span.end), "'" | "\u{2019}")
            && matches!(sentence.word(span.end + 1), "s" | "S");
        if owner {
            return Modality::Happened;
        }
        // Called off, the next round is not held: the verb that undoes a plan outweighs
        // the words of the plan.
        if let Some(modality) = called_off(sentence, clause, span) {
            return modality;
        }
        for at in (earliest..span.start).rev() {
            if sentence.words.starts(at) & deciding == 0 {
                continue;
            }
            // "denied any involvement in the drone strike", "denied responsibility for the
            // attack": what is denied is a part in the event, which happened.
            let part = PARTS.contains(&sentence.word(at));
            let modal = self
                .lexicon
                .modality
                .longest(sentence.words, at)
                .filter(|(len, _)| at + len <= span.start)
                // "He further warned": before a verb, "further" says "also", where "further
                // talks" are to come.
                .filter(|_| !(trigger.verb && sentence.word(at) == "further"));
            let stops = stop(sentence.word(at));
            // A word inside an expression decides nothing ("May" in "in May"): asked only of
            // one that would, as few words are.
            if !(part || modal.is_some() || stops) || self.in_timex(sentence, &tokens[at]) {
                continue;
            }
            if part {
                return Modality::Happened;
            }
            if let Some((len, modality)) = modal {
                // "could be freed under the agreement", "would not let the attack derail its
                // mediation", "could have widened the war": a modal or negation says what may
                // be or was not done to an event named with "the" or a possessive, which the
                // words take as given. One that names it at once ("no agreement", "could not
                // agree the truce") or with "a" ("will accept a lasting ceasefire") covers
                // the event itself, and so does one over a part of it ("denied any violation
                // of the truce").
                let given = matches!(*modality, Modality::Hypothetical | Modality::Negated)
                    && span.start >= at + len + 2
                    && matches!(
                        sentence.word(span.start - 1),
                        "the" | "its" | "their" | "his" | "her"
                    )
                    && sentence.word(span.start - 2) != "of";
                // "will monitor the agreement", "would enforce the truce": what is to be
                // kept is already in place.
                let kept = *modality == Modality::Planned
                    && span.start >= at + len + 2
                    && matches!(sentence.word(span.start - 1), "the" | "its" | "their")
                    && keeps(sentence.word(span.start - 2));
                if given || kept {
                    return Modality::Happened;
                }
                return with_any(*modality);
            }
            // A subordinator ends the search.
            // "rejected accusations that its forces had broken the truce": what a denial
            // introduces did not happen, by the denier's account.
            let denied = (at.saturating_sub(3)..at).any(|i| {
                matches!(
                    sentence.word(i),
                    "denied" | "rejected" | "dismissed" | "denies" | "rejects"
                )
            });
            if denied && sentence.word(at) == "that" {
                return Modality::Negated;
            }
            break;
        }
        if any {
            return Modality::Hypothetical;
        }
        // "warned that a full-scale assault on the city would be catastrophic": a violent
        // event named with "a" and judged under a modal is one that may come.
        let violent = matches!(
            trigger.kind,
            EventKind::Attack
                | EventKind::Airstrike
                | EventKind::Shelling
                | EventKind::ArmedClash
                | EventKind::Explosion
        );
        if violent && !trigger.verb {
            let indefinite = (span.start.saturating_sub(4).max(clause.start)..span.start)
                .any(|at| matches!(sentence.word(at), "a" | "an"));
            let judged = || {
                (span.end..clause.end.min(span.end + 8))
                    .take_while(|&at| sentence.word(at) != ",")
                    .any(|at| matches!(sentence.word(at), "would" | "could" | "might"))
            };
            if indefinite && judged() {
                return Modality::Hypothetical;
            }
        }
        // "The third round of talks between Armenia and Azerbaijan is set to begin", "the
        // ceasefire is due to take effect": the subject's predicate, past the words that
        // describe it, says that it is still to come.
        // Only the subject's, and only to begin: "the truce is due to expire" has begun.
        let mut first = span.start;
        while first > clause.start
            && matches!(
                sentence.word(first - 1),
                "the"
                    | "a"
                    | "an"
                    | "this"
                    | "their"
                    | "its"
                    | "new"
                    | "next"
                    | "first"
                    | "second"
                    | "third"
                    | "fourth"
                    | "fifth"
                    | "final"
                    | "latest"
                    | "fresh"
                    | "another"
                    | "peace"
                    | "direct"
                    | "follow-up"
                    | "follow"
                    | "-"
                    | "up"
            )
        {
            first -= 1;
        }
        let predicate = (first == clause.start)
            .then(|| {
                (span.end..clause.end.min(span.end + 8))
                    .find(|&at| matches!(sentence.word(at), "is" | "are" | "was" | "were" | "will"))
            })
            .flatten();
        if let Some(at) = predicate {
            // "The next round of talks between the two sides will open in Doha": what will
            // begin is to come; what "will continue" or "will last" is already under way.
            let to = match sentence.word(at + 1) {
                "set" | "due" | "scheduled" | "expected" | "slated" | "planned" => at + 2,
                _ if sentence.word(at) == "will" => at,
                _ => at + 1,
            };
            let begins = matches!(sentence.word(to), "to" | "will")
                && matches!(
                    sentence.word(to + 1),
                    "begin"
                        | "start"
                        | "open"
                        | "resume"
                        | "take"
                        | "be"
                        | "meet"
                        | "convene"
                        | "come"
                );
            // "A follow-up meeting is expected in Istanbul on October 25": a plan with its
            // time or place and no verb of its own.
            let placed = matches!(
                sentence.word(at + 1),
                "set" | "due" | "scheduled" | "expected" | "slated" | "planned"
            ) && matches!(
                sentence.word(at + 2),
                "in" | "on"
                    | "at"
                    | "for"
                    | "next"
                    | "later"
                    | "this"
                    | "early"
                    | "late"
                    | "soon"
                    | "within"
                    | "tomorrow"
            );
            if begins || placed {
                return Modality::Planned;
            }
        }
        let after = span.end..clause.end.min(span.end + 3);
        for at in after.clone() {
            // "warned that it would respond": a modal past "that" is the warning's content's.
            if trigger.verb && sentence.word(at) == "that" {
                break;
            }
            // "assured that the ceasefire would hold", "the closure will remain": a state that
            // will go on is under way, not to come. (Talks that "would continue" are sessions
            // to come.)
            let goes_on = || {
                if !matches!(
                    trigger.kind,
                    EventKind::Ceasefire | EventKind::BorderClosure
                ) {
                    return false;
                }
                static ON: WordSet = WordSet::new(&[
                    "hold", "last", "continue", "remain", "stay", "survive", "endure",
                ]);
                let next = if sentence.word(at + 1) == "not" {
                    at + 2
                } else {
                    at + 1
                };
                ON.contains(sentence.word(next))
            };
            let modality = match sentence.word(at) {
                "may" | "might" | "could" | "will" | "would" if goes_on() => Modality::Happened,
                "may" | "might" | "could" => Modality::Hypothetical,
                "will" | "would" => Modality::Planned,
                // "the clash never happened", "the raid never took place".
                "never"
                    if after.contains(&(at + 1))
                        && matches!(sentence.word(at + 1), "happened" | "occurred" | "took") =>
                {
                    Modality::Negated
                }
                _ => continue,
            };
            // As before the trigger, a word inside an expression decides nothing.
            if !self.in_timex(sentence, &tokens[at]) {
                return modality;
            }
        }
        Modality::Happened
    }

    /// The nearest outcome words within six tokens before talks or ten after, in their clause
    /// ("revived the negotiations", "negotiations with the Taliban in Istanbul have ended
    /// without an agreement"), and their bytes. A word said of another event is not the
    /// talks' outcome: another trigger between them ("talks on the truce, which collapsed")
    /// or a negation right before the word ("did not collapse") rules it out.
    fn outcome(
        &self,
        sentence: &Sentence<'_>,
        clause: &Range<usize>,
        span: &Range<usize>,
    ) -> Option<(Outcome, Range<usize>)> {
        let tokens = sentence.tokens;
        let low = clause.start.max(span.start.saturating_sub(6));
        let high = clause.end.min(span.end + 10);
        let (at, len, outcome) = (low..high)
            .filter(|at| !span.contains(at))
            .filter_map(|at| {
                self.lexicon
                    .outcomes
                    .longest(sentence.words, at)
                    .filter(|(len, _)| at + len <= clause.end)
                    .map(|(len, o)| (at, len, *o))
            })
            .min_by_key(|(at, _, _)| at.abs_diff(span.start))?;
        let between = if at < span.start {
            at + len..span.start
        } else {
            span.end..at
        };
        let other_event = between.clone().any(|i| {
            self.lexicon
                .triggers
                .longest(sentence.words, i)
                .is_some_and(|(_, t)| t.kind != EventKind::Talks)
        });
        let negated = (at.saturating_sub(2).max(low)..at)
            .any(|i| matches!(sentence.word(i), "not" | "never" | "no" | "n't"));
        // "the Afghan side failed to provide assurances" is a failure of whoever failed to
        // act: only talks right before "failed to" ("the talks had failed to") are its subject.
        let of_another = sentence.word(at + len) == "to" && (at < span.start || between.len() > 1);
        (!other_event && !negated && !of_another)
            .then(|| (outcome, tokens[at].start..tokens[at + len - 1].end))
    }

    /// Outcomes told of "the process", "the negotiating process" or "the peace process"
    /// ("the process had failed", "the process was rescued two days later"): a definite
    /// "process" refers back to talks the report has told of, so the outcome is theirs and
    /// no new event is read. The same limits as for talks by name apply (see `outcome`); an
    /// indefinite "a negotiating process" introduces something rather than referring back.
    fn outcomes_of_the_process(&mut self, sentence: &Sentence<'_>, mentions: &[Mention]) {
        // Nearly no sentence says "process", as the report's search for it tells: its words
        // need no look.
        let range = &sentence.range;
        let next = self.processes.partition_point(|&at| at < range.start);
        if self
            .processes
            .get(next)
            .is_none_or(|&at| at + "process".len() > range.end)
        {
            return;
        }
        for at in 1..sentence.tokens.len() {
            if sentence.word(at) != "process" {
                continue;
            }
            let qualified = matches!(
                sentence.word(at - 1),
                "negotiating" | "negotiation" | "peace" | "talks"
            );
            let article = if qualified {
                at.checked_sub(2)
            } else {
                Some(at - 1)
            };
            if article.is_none_or(|i| sentence.word(i) != "the")
                || sentence.triggers.iter().any(|(t, _)| t.contains(&at))
            {
                continue;
            }
            let span = at..at + 1;
            let clause = sentence.clause(at);
            let talks = Trigger {
                kind: EventKind::Talks,
                verb: false,
                needs: Needs::Nothing,
            };
            if self.modality(sentence, &clause, &span, talks) != Modality::Happened {
                continue;
            }
            let Some((outcome, words)) = self.outcome(sentence, &clause, &span) else {
                continue;
            };
            let told = Told {
                outcome,
                span: self.document.source_span(words.clone()),
                text: sentence.text[words].to_string(),
            };
            // Talks named in the sentence that took these words already tell them.
            let taken = mentions
                .iter()
                .any(|m| m.outcome.as_ref().is_some_and(|o| o.span == told.span));
            if !taken {
                self.referred.push(told);
            }
        }
    }

    /// The mentions (by index) of ground taken so far, in text order.
    pub(super) fn take_ground_taken(&mut self) -> Vec<usize> {
        std::mem::take(&mut self.ground_taken)
    }

    /// The outcomes told of "the process" so far, in text order.
    pub(super) fn take_referred(&mut self) -> Vec<Told> {
        std::mem::take(&mut self.referred)
    }

    /// The words that tell the truce at `span` in `phase`: the nearest phase word of it
    /// within six tokens, as [`Reader::phase`] reads them ("collapsed", "was broken",
    /// "violations"; "extended", "extension").
    fn phase_words(
        &self,
        sentence: &Sentence<'_>,
        span: &Range<usize>,
        phase: Phase,
    ) -> Option<Range<usize>> {
        let low = span.start.saturating_sub(6);
        let high = (span.end + 6).min(sentence.tokens.len());
        (low..high)
            .filter_map(|at| {
                let (len, found) = self.lexicon.phases.longest(sentence.words, at)?;
                (*found == phase).then_some(at..at + len)
            })
            .min_by_key(|told| told.start.abs_diff(span.start))
    }

    /// The nearest phase word within six tokens of a ceasefire; "declared" without one.
    fn phase(&self, sentence: &Sentence<'_>, span: &Range<usize>) -> Phase {
        let tokens = sentence.tokens;
        let low = span.start.saturating_sub(6);
        let high = (span.end + 6).min(tokens.len());
        // "The ceasefire, brokered by Egypt and Qatar, collapsed": the predicate past a phrase
        // set off by commas.
        let predicate = sentence
            .predicate_after_insert(span)
            .map_or(0..0, |p| p.start..(p.start + 2).min(p.end));
        // A word that is a mention of its own ("The ceasefire, brokered by Qatar, collapsed"
        // once the collapse is one) tells that one.
        let other_mention = |at: usize| {
            sentence
                .triggers
                .iter()
                .any(|(other, _)| other != span && other.contains(&at))
        };
        let phase_at = |at: usize| {
            self.lexicon
                .phases
                .longest(sentence.words, at)
                .map(|(_, p)| (at, *p))
        };
        // The trigger's own word counts first: "Pakistan had violated the understanding".
        // Other mentions are asked of phase words alone, as few words are.
        (low..high)
            .filter_map(|at| phase_at(at).filter(|_| !other_mention(at)))
            // A predicate that names an event of its own ("was extended") tells that one.
            .chain(
                predicate
                    .filter(|&at| {
                        at >= high && self.lexicon.triggers.longest(sentence.words, at).is_none()
                    })
                    .filter_map(phase_at),
            )
            .min_by_key(|(at, _)| at.abs_diff(span.start))
            .map_or(Phase::Declared, |(_, phase)| phase)
    }
}

/// Whether an event is called off or put off, by the verb just before it ("Qatar called off
/// the talks", "postponed the fourth round") or by its subject's predicate ("the talks were
/// cancelled", "A sixth round of talks mediated by Oman, scheduled for June 15, was called
/// off"): one called off did not take place, one put off is still to come. A plan undone
/// says nothing of an event that happened, so only the event's own verb counts.
fn called_off(
    sentence: &Sentence<'_>,
    clause: &Range<usize>,
    span: &Range<usize>,
) -> Option<Modality> {
    // The words of `lexicon/events/undoing.tsv` at `at`, and where they end: a test of the
    // word's bits for nearly every word, as few are any of them.
    let undone = |at: usize| {
        sentence
            .lexicon
            .undoing
            .longest(sentence.words, at)
            .map(|(len, modality)| (*modality, at + len))
    };
    // The verb before, past the words that describe the event ("called off the next round
    // of talks").
    let lo = clause.start.max(span.start.saturating_sub(5));
    let before = (lo..span.start).rev().find_map(|at| {
        undone(at).filter(|(_, end)| {
            *end <= span.start && (*end..span.start).all(|i| sentence.word(i) != ",")
        })
    });
    if let Some((modality, _)) = before {
        return Some(modality);
    }
    // The subject's predicate: a form of "be" and the verb ("were postponed"), or no plan
    // made ("has not been scheduled"), in the event's clause or past a description set off
    // by commas.
    let predicate = |from: usize, to: usize| {
        (from..to.min(from + 9)).find_map(|at| {
            let (modality, _) = undone(at)?;
            let be = at > 0
                && matches!(
                    sentence.word(at - 1),
                    "was" | "were" | "is" | "are" | "been" | "be"
                );
            (be || sentence.word(at) == "not").then_some(modality)
        })
    };
    let subject = clause.start + 3 >= span.start;
    let own = if subject {
        predicate(span.end, clause.end)
    } else {
        None
    };
    own.or_else(|| {
        let after = sentence.predicate_after_insert(span)?;
        predicate(after.start, after.end)
    })
}

/// Verbs that watch over or carry out what is already in place: the deal or truce they take
/// ("will monitor the agreement", "will implement the deal") is not to come. Not those that
/// keep a truce going ("will maintain the truce"), which extend it.
fn keeps(verb: &str) -> bool {
    matches!(
        verb,
        "monitor" | "implement" | "enforce" | "oversee" | "supervise" | "verify"
    )
}

//! Event mentions: typed events found in a report's sentences, with their time, place, actors
//! and roles, attribution, modality and figures, every part traced to its bytes.
//!
//! The pipeline per report: layout (story or page furniture) → sentences → tokens → triggers
//! from `lexicon/events/` → for each trigger, the clause and sentence around it are read for
//! what the event needs. Relations between mentions of one report come from the words that
//! join them ("after", "prompting", "in response to").

mod layout;
mod lexicon;
mod mention;
mod name;
mod relation;
mod tokens;

pub use lexicon::EventLexicon;
pub use name::Name;

use crate::document::Document;
use crate::span::{DocumentId, Span};
use crate::time::{Bound, TagOptions, Tagging, tag_with};
use serde::{Deserialize, Serialize};
use std::cell::Cell;
use std::fmt;
use std::ops::Range;

/// Kinds of events, with their CAMEO code and ACLED event type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// An assault on people or places ("attacks", "raid").
    Attack,
    /// Blasts, bombings, mines, IEDs.
    Explosion,
    /// Strikes from aircraft or drones.
    Airstrike,
    /// Artillery, rocket or mortar fire.
    Shelling,
    /// Fighting between armed sides.
    ArmedClash,
    /// A truce or ceasefire, with its [`Phase`].
    Ceasefire,
    /// A negotiation round or session.
    Talks,
    /// An accord or deal reached.
    Agreement,
    /// An official saying, writing or confirming something.
    Statement,
    /// A warning of force or retaliation.
    Threat,
    /// A claim of numbers killed or wounded.
    CasualtyClaim,
    /// Border crossings shut.
    BorderClosure,
    /// Border crossings reopened.
    BorderReopening,
}

/// An event kind in ACLED's terms.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Acled {
    /// ACLED event type, e.g. "Explosions/Remote violence".
    pub event_type: String,
    /// ACLED sub-event type, e.g. "Air/drone strike".
    pub sub_event_type: String,
}

impl EventKind {
    /// Every kind, in a fixed order.
    pub const ALL: [EventKind; 13] = [
        EventKind::Attack,
        EventKind::Explosion,
        EventKind::Airstrike,
        EventKind::Shelling,
        EventKind::ArmedClash,
        EventKind::Ceasefire,
        EventKind::Talks,
        EventKind::Agreement,
        EventKind::Statement,
        EventKind::Threat,
        EventKind::CasualtyClaim,
        EventKind::BorderClosure,
        EventKind::BorderReopening,
    ];

    /// The snake_case name used in JSON and in the lexicon files.
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Attack => "attack",
            EventKind::Explosion => "explosion",
            EventKind::Airstrike => "airstrike",
            EventKind::Shelling => "shelling",
            EventKind::ArmedClash => "armed_clash",
            EventKind::Ceasefire => "ceasefire",
            EventKind::Talks => "talks",
            EventKind::Agreement => "agreement",
            EventKind::Statement => "statement",
            EventKind::Threat => "threat",
            EventKind::CasualtyClaim => "casualty_claim",
            EventKind::BorderClosure => "border_closure",
            EventKind::BorderReopening => "border_reopening",
        }
    }

    /// Reads a snake_case name.
    pub fn from_code(code: &str) -> Option<EventKind> {
        EventKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == code)
    }

    /// The CAMEO event code (CAMEO 1.1b3) analysts join GDELT data on.
    pub fn cameo(self) -> &'static str {
        match self {
            EventKind::Attack => "180",
            EventKind::Explosion => "183",
            EventKind::Airstrike => "195",
            EventKind::Shelling => "194",
            EventKind::ArmedClash => "190",
            EventKind::Ceasefire => "0871",
            EventKind::Talks => "046",
            EventKind::Agreement => "057",
            EventKind::Statement => "010",
            EventKind::Threat => "138",
            // A claim about the toll is a statement; the toll itself belongs to the violent
            // event, as ACLED's fatalities column does.
            EventKind::CasualtyClaim => "010",
            EventKind::BorderClosure => "163",
            EventKind::BorderReopening => "085",
        }
    }

    /// The ACLED event type and sub-event type.
    pub fn acled(self) -> Acled {
        let (event_type, sub_event_type) = match self {
            EventKind::Attack => ("Violence against civilians", "Attack"),
            EventKind::Explosion => (
                "Explosions/Remote violence",
                "Remote explosive/landmine/IED",
            ),
            EventKind::Airstrike => ("Explosions/Remote violence", "Air/drone strike"),
            EventKind::Shelling => (
                "Explosions/Remote violence",
                "Shelling/artillery/missile attack",
            ),
            EventKind::ArmedClash => ("Battles", "Armed clash"),
            EventKind::Ceasefire | EventKind::Agreement => ("Strategic developments", "Agreement"),
            EventKind::Talks
            | EventKind::Statement
            | EventKind::Threat
            | EventKind::CasualtyClaim
            | EventKind::BorderClosure
            | EventKind::BorderReopening => ("Strategic developments", "Other"),
        };
        Acled {
            event_type: event_type.to_string(),
            sub_event_type: sub_event_type.to_string(),
        }
    }

    /// True for kinds of violence whose tolls are counted.
    pub fn is_violent(self) -> bool {
        matches!(
            self,
            EventKind::Attack
                | EventKind::Explosion
                | EventKind::Airstrike
                | EventKind::Shelling
                | EventKind::ArmedClash
        )
    }

    /// True for kinds that can be ongoing states with a length (truces, closures, talks).
    pub fn is_state(self) -> bool {
        matches!(
            self,
            EventKind::Ceasefire | EventKind::Talks | EventKind::BorderClosure
        )
    }
}

impl fmt::Display for EventKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a sentence says of a ceasefire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Phase {
    Declared,
    Extended,
    Expired,
    Violated,
}

impl Phase {
    /// Reads `declared`, `extended`, `expired`, `violated`.
    pub fn from_code(code: &str) -> Option<Phase> {
        Some(match code {
            "declared" => Phase::Declared,
            "extended" => Phase::Extended,
            "expired" => Phase::Expired,
            "violated" => Phase::Violated,
            _ => return None,
        })
    }
}

/// How negotiations ended, as a sentence tells it: an outcome can be revised by a later
/// report (a round declared dead, then rescued), so it is kept apart from the phase of a truce.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Broke down, ended without agreement, declared dead.
    Failed,
    /// Revived, resumed, back on track after a failure was told.
    Rescued,
}

impl Outcome {
    /// Reads `failed`, `rescued`.
    pub fn from_code(code: &str) -> Option<Outcome> {
        Some(match code {
            "failed" => Outcome::Failed,
            "rescued" => Outcome::Rescued,
            _ => return None,
        })
    }

    /// The code the word lists use.
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Failed => "failed",
            Outcome::Rescued => "rescued",
        }
    }
}

/// An outcome of talks and the words that tell it ("ended without an agreement"), quoted
/// when accounts of the outcome differ.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Told {
    /// Failed or rescued.
    pub outcome: Outcome,
    /// Where the words are.
    #[serde(flatten)]
    pub span: Span,
    /// The words.
    pub text: String,
}

/// Words quoted from a report, where they are.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Quote {
    /// Where the words are.
    #[serde(flatten)]
    pub span: Span,
    /// The words.
    pub text: String,
}

/// Whether an event happened, according to the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// Reported as fact.
    Happened,
    /// Planned, scheduled or expected ("will meet", "considering further rounds").
    Planned,
    /// Threatened ("threatened to strike").
    Threatened,
    /// Conditional or possible ("if it bombed", "may be imminent").
    Hypothetical,
    /// Denied or said not to happen ("no plans for another round").
    Negated,
}

impl Modality {
    /// Reads `happened`, `planned`, `threatened`, `hypothetical`, `negated`.
    pub fn from_code(code: &str) -> Option<Modality> {
        Some(match code {
            "happened" => Modality::Happened,
            "planned" => Modality::Planned,
            "threatened" => Modality::Threatened,
            "hypothetical" => Modality::Hypothetical,
            "negated" => Modality::Negated,
            _ => return None,
        })
    }
}

/// What an actor does in an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Role {
    Attacker,
    Target,
    Party,
    Mediator,
    Speaker,
}

/// An actor taking part in an event.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Participant {
    /// Canonical actor ("Pakistan", "Attaullah Tarar").
    pub actor: Name,
    /// Its role.
    pub role: Role,
    /// Where the text names it.
    #[serde(flatten)]
    pub span: Span,
}

/// Where an event happened.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Place {
    /// Canonical place name.
    pub name: String,
    /// Where the text names it.
    #[serde(flatten)]
    pub span: Span,
}

/// Who says an event happened.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Attribution {
    /// The source as written ("a Pakistani security source", "Tarar").
    pub source: String,
    /// The actor behind it, when known ("Pakistan", "Attaullah Tarar").
    pub actor: Option<Name>,
    /// Where the text names it.
    #[serde(flatten)]
    pub span: Span,
}

/// A number of people, as a range ("at least 12" is 12 to unbounded).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Count {
    /// Lowest value the text allows.
    pub low: Option<u64>,
    /// Highest value the text allows.
    pub high: Option<u64>,
    /// What is counted, when a word says ("soldiers", "civilians").
    pub of: Option<String>,
    /// A running total rather than the toll of one incident: "65 civilians have been killed
    /// since 27 September", "puts the national death toll at 705". It counts every loss from
    /// the mention's earliest day to its latest, the day the figure was given.
    #[serde(default)]
    pub total: bool,
    /// Told as a revision of an earlier figure: "raised its count of the dead to 627", "94,
    /// up from the 65 it gave in late October".
    #[serde(default)]
    pub revised: bool,
    /// Where the text gives it.
    #[serde(flatten)]
    pub span: Span,
}

/// Where an event's time came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeSource {
    /// A temporal expression in the trigger's clause.
    Clause,
    /// A temporal expression elsewhere in the sentence.
    Sentence,
    /// The narrative time: the last fully dated day before the mention.
    Narrative,
    /// No time in the text; bounded by the publication date when told in the past.
    Publication,
    /// Nothing at all.
    None,
    /// The date the report gave the same event where it told it before (or, failing that,
    /// after): "the truce" takes the day the truce began.
    Antecedent,
}

/// When an event started, as inclusive bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct When {
    /// Earliest start.
    pub earliest: Option<Bound>,
    /// Latest start.
    pub latest: Option<Bound>,
    /// Where the bounds came from.
    pub source: TimeSource,
    /// The temporal expression used, if any.
    pub timex: Option<Span>,
}

/// One mention of an event in a report.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Mention {
    /// The report.
    pub document: DocumentId,
    /// The trigger ("airstrikes", "talks").
    #[serde(flatten)]
    pub span: Span,
    /// The trigger's text.
    pub text: String,
    /// The sentence it is in.
    pub sentence: Span,
    /// The event kind.
    pub kind: EventKind,
    /// For ceasefires, the phase the sentence reports.
    pub phase: Option<Phase>,
    /// When it started.
    pub when: When,
    /// Where.
    pub place: Option<Place>,
    /// Who, in which role.
    pub participants: Vec<Participant>,
    /// Who says so.
    pub attribution: Option<Attribution>,
    /// Happened, planned, denied...
    pub modality: Modality,
    /// The round number of talks ("the third round").
    pub round: Option<u32>,
    /// A length tied to the event, as a TIMEX3 duration ("four-day talks" → `P4D`).
    pub duration: Option<String>,
    /// Where the length is written.
    pub duration_span: Option<Span>,
    /// For casualty claims, the number.
    pub count: Option<Count>,
    /// Who asked for it, for truces, talks and agreements ("requested by the Taliban
    /// authorities", "at Pakistan's request"); absent from JSON when not said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requested_by: Option<Participant>,
    /// For truces, talks and agreements said to have had no mediator ("agreed directly
    /// between the two militaries", "no third country had mediated"), where the text says
    /// so; absent from JSON when not said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direct: Option<Span>,
    /// For talks, whether the sentence says they failed or were rescued; absent from JSON
    /// when not said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Told>,
    /// For a truce told as broken, the words that tell it ("collapsed", "was broken",
    /// "violations"); absent from JSON otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub breach: Option<Quote>,
}

/// How two mentions relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    /// The first happened before the second.
    Before,
    /// The first caused the second (and so came before it).
    Causes,
    /// The first contains the second (a round and one of its sessions).
    Includes,
    /// The first is reported by the second (a statement).
    ReportedBy,
    /// Both are the same real event.
    SameEvent,
}

/// A relation between two mentions of one report, by index into its mentions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct MentionRelation {
    /// Index of the first mention.
    pub from: usize,
    /// Index of the second mention.
    pub to: usize,
    /// How they relate.
    pub kind: RelationKind,
    /// The words that say so ("after", "prompting").
    pub cue: Span,
}

/// What was found in one report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extraction {
    /// The report.
    pub document: DocumentId,
    /// Its outlet, when known.
    pub outlet: Option<String>,
    /// When it was published, when known.
    pub published: Option<crate::document::Published>,
    /// Its temporal expressions.
    pub tagging: Tagging,
    /// Event mentions, in text order.
    pub mentions: Vec<Mention>,
    /// Relations between them.
    pub relations: Vec<MentionRelation>,
    /// Page furniture that was left out.
    pub furniture: Vec<Span>,
}

impl Extraction {
    /// The day the report was written: its publication date, or for an undated one (a live
    /// blog, a bulletin without front matter) the latest day its own text dates something as
    /// done on, since it was written after what it reports.
    pub fn written(&self) -> Option<chrono::NaiveDate> {
        if let Some(published) = self.published {
            return Some(published.date);
        }
        latest_done(&self.mentions)
    }
}

/// The latest day that the report's own clauses or sentences date something done on ("Iran's
/// government said on Thursday, June 26"). Only a day counts: "to meet again next week" read
/// as done would put the writing a week ahead.
fn latest_done(mentions: &[Mention]) -> Option<chrono::NaiveDate> {
    mentions
        .iter()
        .filter(|m| m.modality == Modality::Happened)
        .filter(|m| matches!(m.when.source, TimeSource::Clause | TimeSource::Sentence))
        .filter_map(|m| {
            let (first, last) = (m.when.earliest?.date(), m.when.latest?.date());
            (first == last).then_some(last)
        })
        .max()
}

/// What a report tells as done cannot lie after the day it was published: an event its own
/// clause dates after that day is one still to come ("the two sides agreed to meet again next
/// week"). Not so of a truce or a closure, which its clause may date by its end ("the
/// extension is due to expire on 3 June"); talks still going are dated by their start.
fn not_done_after_publication(published: chrono::NaiveDate, mentions: &mut [Mention]) {
    for mention in mentions.iter_mut() {
        let after = mention.when.earliest.is_some_and(|b| b.date() > published);
        if mention.modality == Modality::Happened
            && !matches!(
                mention.kind,
                EventKind::Ceasefire | EventKind::BorderClosure
            )
            && mention.when.source == TimeSource::Clause
            && after
        {
            mention.modality = Modality::Planned;
        }
    }
}

/// An undated report was written after what it dates as done ("the government said on
/// Thursday, June 26"), so what it tells as done with no date of its own lies before that
/// day; a statement was made on it, as in a dated report a statement no date reaches was made
/// on the day of publication, unless told in the past perfect ("had said").
fn bounded_by_the_day_written(document: &Document, lower: &str, mentions: &mut [Mention]) {
    let Some(written) = latest_done(mentions) else {
        return;
    };
    let day = Some(Bound::Day(written));
    for mention in mentions.iter_mut() {
        if mention.when.source != TimeSource::None || mention.modality != Modality::Happened {
            continue;
        }
        let said_that_day = mention.kind == EventKind::Statement
            && words_before(document, lower, mention, 1).all(|w| w != "had");
        mention.when.latest = day;
        if said_that_day {
            mention.when.earliest = day;
        }
        mention.when.source = TimeSource::Publication;
    }
}

/// Options for [`extract_with`].
#[derive(Debug, Clone)]
pub struct ExtractOptions {
    /// How temporal expressions are anchored.
    pub tag: TagOptions,
    /// The word lists, shared: building them once and cloning the handle keeps extraction
    /// of many reports from re-reading the lists each time.
    pub lexicon: std::sync::Arc<EventLexicon>,
}

impl Default for ExtractOptions {
    fn default() -> Self {
        static SHIPPED: std::sync::OnceLock<std::sync::Arc<EventLexicon>> =
            std::sync::OnceLock::new();
        ExtractOptions {
            tag: TagOptions::default(),
            lexicon: std::sync::Arc::clone(
                SHIPPED.get_or_init(|| std::sync::Arc::new(EventLexicon::default())),
            ),
        }
    }
}

/// Finds the event mentions of a report with the shipped word lists.
pub fn extract(document: &Document) -> Extraction {
    extract_with(document, &ExtractOptions::default())
}

/// About how many bytes of news text tell one event mention, a few more than most reports
/// take: room is made for a report's mentions by its length.
const BYTES_PER_MENTION: usize = 96;

/// The most mentions room is made for before any is found; a longer report grows the list.
const MAX_EXPECTED_MENTIONS: usize = 512;

/// The lists one report is read into, emptied, kept by each thread for the next report it
/// reads: grown afresh for every report, they took a tenth of extraction's allocations.
#[derive(Default)]
struct Scratch {
    lower: String,
    timexes: Vec<Range<usize>>,
    sentences: Vec<Range<usize>>,
    tokens: Vec<tokens::Token>,
    words: tokens::Words<'static>,
    first_days: Vec<Option<Bound>>,
    reader: mention::Spare,
    layout: layout::Spare,
}

/// The longest report whose lists a thread keeps for the next. The lists grow with the
/// report (its sentences, expressions and mentions) or with its sentences, which are cut
/// short (see `tokens::sentences_into`): those of a longer report are let go with it.
const MAX_KEPT_TEXT: usize = 256 * 1024;

thread_local! {
    static SCRATCH: Cell<Scratch> = Cell::default();
}

/// An empty vector with the memory of `v`, for items of the same layout (a sentence's hits,
/// which borrow from it, become hits of the next one; a report's words, the next report's):
/// collecting a vector's own iterator into items of its size reuses its buffer.
fn emptied<A, B>(mut v: Vec<A>) -> Vec<B> {
    v.clear();
    v.into_iter().filter_map(|_| None).collect()
}

/// Finds the event mentions of a report.
pub fn extract_with(document: &Document, options: &ExtractOptions) -> Extraction {
    let tagging = tag_with(document, &options.tag);
    let text = document.text();
    // Taken, not borrowed, so that a report read while another is (none is) starts afresh.
    let scratch = SCRATCH.with(Cell::take);
    let (layout, lines) =
        layout::layout_reusing(text, document.metadata().source.as_deref(), scratch.layout);
    let mut lower = scratch.lower;
    lower.clear();
    lower.push_str(text);
    lower.make_ascii_lowercase();
    // A report's own date, else the one its masthead gives, else the caller's: the day its
    // statements were made by, as its expressions were anchored to it.
    let published = document
        .published()
        .map(|p| p.date)
        .or(tagging.masthead)
        .or(options.tag.reference_date);
    let mut reader = mention::Reader::new(
        document,
        &lower,
        &tagging,
        &options.lexicon,
        published,
        scratch.reader,
    );
    // Room for as many mentions as a report of its length tells: a mention is over 500
    // bytes, and a list grown from nothing copied them four or five times over, each time
    // into a block large enough to send the allocator on a long path.
    let expected = (text.len() / BYTES_PER_MENTION + 8).min(MAX_EXPECTED_MENTIONS);
    let mut mentions = Vec::with_capacity(expected);
    // A report relates fewer pairs of its mentions than it has mentions: room for as many
    // spares the list the copies of growing from nothing.
    let mut relations = Vec::with_capacity(expected);
    let mut first_days = scratch.first_days;
    first_days.clear();
    first_days.reserve(expected);
    // The reader has found where each expression stands in the text already.
    let mut timexes = scratch.timexes;
    timexes.clear();
    timexes.extend(reader.expression_ranges());
    // One paragraph's sentences, and one sentence's tokens and words, after another in the
    // same buffers.
    let mut sentences = scratch.sentences;
    let mut tokens = scratch.tokens;
    let mut words = scratch.words.emptied();
    let mut here = Vec::new();
    for block in &layout.story {
        reader.paragraph(block.clone());
        tokens::sentences_into(text, block.clone(), &timexes, &mut sentences);
        for sentence in sentences.iter().cloned() {
            let first = mentions.len();
            // The tokens read as the word lists look them up, once for the mentions and
            // their relations.
            tokens::tokenize_into(text, sentence.clone(), &mut tokens);
            words.read(&lower, &tokens, &options.lexicon.vocabulary);
            reader.sentence(sentence, &tokens, &words, &mut mentions, &mut first_days);
            relation::within_sentence(
                &tokens,
                &words,
                &mentions,
                first,
                document,
                &options.lexicon,
                &mut relations,
                &mut here,
            );
        }
    }
    named_again_from_their_start(document, &lower, &mut mentions);
    if let Some(published) = published {
        not_done_after_publication(published, &mut mentions);
    }
    if published.is_none() {
        bounded_by_the_day_written(document, &lower, &mut mentions);
    }
    // "Two earlier humanitarian truces fared no better": a truce told as another is not the
    // one told before. (Not so of violence, "the first shells" of a battle, nor of talks to
    // come, "no date for another meeting" and "no plans for another round".)
    let others: Vec<bool> = mentions
        .iter()
        .map(|m| {
            m.kind == EventKind::Ceasefire
                && words_before(document, &lower, m, 3).any(|w| {
                    // An ordinal tells which truce of the war it is, and a round tells truces
                    // apart already: "The truce ... was the second pause of the war" is one.
                    matches!(
                        w,
                        "another" | "new" | "fresh" | "earlier" | "previous" | "other"
                    )
                })
        })
        .collect();
    // "his forces had taken Shusha. Two days later the war was over": ground taken is one
    // battle of the war, which a word for the war or the fighting after it does not name.
    let mut taken = vec![false; mentions.len()];
    for index in reader.take_ground_taken() {
        taken[index] = true;
    }
    relation::same_event(&mentions, &others, &taken, &mut relations);
    // Mentions of one event are told apart by the whole stretch of days an event is dated
    // by; each then starts on the stretch's first day.
    for (mention, first_day) in mentions.iter_mut().zip(first_days.drain(..)) {
        mention.when.latest = first_day.or(mention.when.latest);
    }
    open_totals_from_first_fighting(document, &lower, &mut mentions);
    breaches_after_their_truce(document, &lower, &mut mentions);
    relation::fill_from_earlier(&mut mentions, &relations);
    relation::refer_outcomes(&mut mentions, &relations, reader.take_referred());
    reader.complete_sides(&mut mentions);
    mention::losses_of_strikes(&mut mentions);
    relations.sort();
    relations.dedup();
    let furniture = layout
        .furniture
        .iter()
        .map(|r| document.source_span(r.clone()))
        .collect();
    let (reader, words) = (reader.into_spare(), words.emptied());
    if lower.capacity() <= MAX_KEPT_TEXT {
        lower.clear();
        timexes.clear();
        sentences.clear();
        tokens.clear();
        SCRATCH.with(|kept| {
            kept.set(Scratch {
                lower,
                timexes,
                sentences,
                tokens,
                words,
                first_days,
                reader,
                layout: layout::Spare::new(layout, lines),
            })
        });
    }
    Extraction {
        document: document.id().clone(),
        outlet: document.metadata().source.clone(),
        published: document
            .published()
            .or(tagging.masthead.map(crate::document::Published::date)),
        tagging,
        mentions,
        relations,
        furniture,
    }
}

/// A running total that does not say since when it counts ("puts the national death toll at
/// 705") counts the losses of the war the report tells: from the day the report says the
/// fighting began ("the war began on September 27", "killed since 27 September"), when that
/// is no more than a year before the figure was given.
fn open_totals_from_first_fighting(document: &Document, lower: &str, mentions: &mut [Mention]) {
    let open = |m: &Mention| m.count.as_ref().is_some_and(|c| c.total) && m.when.earliest.is_none();
    // Most reports give no open total: the words after their violence need no look.
    if !mentions.iter().any(open) {
        return;
    }
    let started = mentions
        .iter()
        .filter(|m| m.kind.is_violent() && m.modality == Modality::Happened)
        .filter(|m| matches!(m.when.source, TimeSource::Clause | TimeSource::Sentence))
        .filter(|m| single_day(m).is_some() && began(document, lower, m))
        .filter_map(single_day);
    let counted_since = mentions
        .iter()
        .filter(|m| m.count.as_ref().is_some_and(|c| c.total))
        .filter_map(|m| m.when.earliest.map(|b| b.date()));
    let Some(first) = started.chain(counted_since).min() else {
        return;
    };
    for mention in mentions {
        let open = open(mention);
        let Some(latest) = mention.when.latest.map(|b| b.date()).filter(|_| open) else {
            continue;
        };
        if first <= latest && latest - first <= chrono::TimeDelta::days(366) {
            mention.when.earliest = Some(Bound::Day(first));
        }
    }
}

/// A truce is broken once it has begun: a breach its own words do not date ("both
/// countries had violated the truce", "accused Israel of breaking it in its first hours")
/// starts no earlier than the day the report last said a truce began, or, when it has not
/// yet said so, the day it says so next ("each side accused the other of breaking it" in a
/// lead that dates the truce a paragraph later). One told as soon after the start ("had
/// broken the truce within hours", "minutes after it came into force", "in the first
/// hours") was on that day or the next, unless its own clause dates it.
fn breaches_after_their_truce(document: &Document, lower: &str, mentions: &mut [Mention]) {
    let truce = |m: &Mention| m.kind == EventKind::Ceasefire && m.modality == Modality::Happened;
    let starts: Vec<usize> = (0..mentions.len())
        .filter(|&i| {
            let m = &mentions[i];
            truce(m) && m.phase == Some(Phase::Declared) && m.when.earliest.is_some()
        })
        .collect();
    if starts.is_empty() {
        return;
    }
    for index in 0..mentions.len() {
        let breach = &mentions[index];
        if !truce(breach) || breach.phase != Some(Phase::Violated) {
            continue;
        }
        let soon = matches!(
            breach.when.source,
            TimeSource::Narrative | TimeSource::Publication
        ) && soon_after_its_start(document, lower, breach);
        if breach.when.earliest.is_some() && !soon {
            continue;
        }
        let Some(truce) = nearest_start(&starts, index) else {
            continue;
        };
        let Some(start) = mentions[truce].when.earliest.map(|b| b.date()) else {
            continue;
        };
        let breach = &mut mentions[index];
        if breach
            .when
            .latest
            .is_none_or(|latest| start <= latest.date())
        {
            breach.when.earliest = Some(Bound::Day(start));
            if soon {
                breach.when.latest = start.succ_opt().map(Bound::Day);
            }
        }
    }
}

/// Whether the words after a breach tell it as soon after the truce began: "within hours",
/// "within minutes of taking effect", "minutes after it came into force", "in its first
/// hours".
fn soon_after_its_start(document: &Document, lower: &str, breach: &Mention) -> bool {
    let words: Vec<&str> = words_after(document, lower, breach, 8).collect();
    words.windows(2).any(|pair| {
        let short = |w: &str| matches!(w, "hours" | "minutes");
        match (pair[0], pair[1]) {
            ("within" | "first", unit) => short(unit),
            (unit, "after" | "into") => short(unit),
            _ => false,
        }
    })
}

/// A truce or a war the report dates is the one it names again with a definite article and
/// no date of its own: "the truce", "this ceasefire", "the pause", "the war". Such a mention
/// is dated by its sentence ("on the seventh day of the truce", "Two days later the war was
/// over"), but the time of a truce or a war is its start, which the report gave where it
/// said it began ("the pause began at 07:00 GMT on Friday 24 November", "since fighting broke
/// out on 15 April"): the nearest such account before it, else the nearest after it, as a
/// live blog tells the start last. One told as new ("a second truce", "another ceasefire")
/// is not the same one. Told apart by their start, mentions of one truce are then found to
/// be the same event.
fn named_again_from_their_start(document: &Document, lower: &str, mentions: &mut [Mention]) {
    let truce = |m: &Mention| {
        m.kind == EventKind::Ceasefire
            && m.phase == Some(Phase::Declared)
            && m.modality == Modality::Happened
    };
    // "the truce ended this morning", "before the truce was due to end": the day is its end.
    let told_ending = |m: &Mention| {
        words_after(document, lower, m, 4).any(|w| {
            matches!(
                w,
                "end"
                    | "ended"
                    | "ends"
                    | "expire"
                    | "expired"
                    | "expires"
                    | "lapsed"
                    | "collapsed"
            )
        })
    };
    let truce_began = |m: &Mention| {
        truce(m)
            && m.when.source == TimeSource::Clause
            && m.when.earliest.is_some()
            && m.when.latest.is_some()
            && !told_ending(m)
    };
    let truce_again = |m: &Mention| {
        // "agreed on Thursday to keep their ceasefire in place": a truce agreed to again is
        // declared anew, on the day of that agreement.
        let agreed = || {
            words_before(document, lower, m, 10)
                .any(|w| matches!(w, "agreed" | "agree" | "agrees" | "agreeing"))
        };
        truce(m)
            && (m.when.source != TimeSource::Clause || told_ending(m))
            && !agreed()
            && named_again(document, lower, m)
    };
    // A report that says when the truce took effect gives its start there, not where it
    // says when it was signed ("signed on Saturday 20 May and was to take effect 48 hours
    // later"); one that does not is dated by what it gives.
    let took_effect = |m: &Mention| {
        truce_began(m)
            && words_after(document, lower, m, 3).any(|w| {
                matches!(
                    w,
                    "began" | "begun" | "started" | "took" | "takes" | "entered" | "came"
                )
            })
    };
    // Each mention is asked once whether it tells a start: its words were read again when
    // the starts were collected.
    let took = starts_told(mentions, took_effect);
    if took.is_empty() {
        refer_back(mentions, &starts_told(mentions, truce_began), truce_again);
    } else {
        refer_back(mentions, &took, truce_again);
    }
    let war = |m: &Mention| m.kind == EventKind::ArmedClash && m.modality == Modality::Happened;
    let war_began = |m: &Mention| {
        war(m)
            && matches!(m.when.source, TimeSource::Clause | TimeSource::Sentence)
            && single_day(m).is_some()
            && began(document, lower, m)
    };
    // "the fighting" may be one battle of the war; "the war" and "the hostilities" are all
    // of it, unless they are taken up again ("chose to resume the war").
    let whole = |m: &Mention| {
        m.text.eq_ignore_ascii_case("war") || m.text.eq_ignore_ascii_case("hostilities")
    };
    let war_again = |m: &Mention| {
        let resumed = || words_before(document, lower, m, 3).any(|w| w.starts_with("resum"));
        war(m)
            && whole(m)
            && m.when.source != TimeSource::Clause
            && !resumed()
            && named_again(document, lower, m)
    };
    refer_back(mentions, &starts_told(mentions, war_began), war_again);
    // A war ended on a day began before it: "agreed on November 10 to stop the war" dates
    // the war's end, and its start stays open when the report does not give it. One told
    // with its start ("to end fighting that had gone on since October 9") keeps it.
    for m in mentions.iter_mut() {
        let fighting = whole(m) || m.text.eq_ignore_ascii_case("fighting");
        if war(m)
            && fighting
            && m.when.source != TimeSource::Antecedent
            && single_day(m).is_some()
            && ended(document, lower, m)
        {
            m.when.earliest = None;
        }
    }
}

/// Whether the words around a war or its fighting say it was ended or stopped there: "to
/// stop the war", "ending the war", "the truce that ended the fighting", "a pause in the
/// fighting", "the war was over".
fn ended(document: &Document, lower: &str, m: &Mention) -> bool {
    let before = words_before(document, lower, m, 3).any(|w| {
        matches!(
            w,
            "stop"
                | "stops"
                | "stopped"
                | "stopping"
                | "end"
                | "ends"
                | "ended"
                | "ending"
                | "halt"
                | "halted"
                | "halting"
                | "pause"
        )
    });
    let mut after = words_after(document, lower, m, 2);
    let over = matches!(
        (after.next(), after.next()),
        (Some("was" | "is"), Some("over")) | (Some("ended" | "ends"), _)
    );
    before || over
}

/// The mentions (by index, in order) that `began` tells the start of.
fn starts_told(mentions: &[Mention], began: impl Fn(&Mention) -> bool) -> Vec<usize> {
    (0..mentions.len())
        .filter(|&i| began(&mentions[i]))
        .collect()
}

/// Gives each mention that `again` names again the start of the nearest mention before it
/// of those that tell a start, `starts` (else the nearest after it).
fn refer_back(mentions: &mut [Mention], starts: &[usize], again: impl Fn(&Mention) -> bool) {
    if starts.is_empty() {
        return;
    }
    for index in 0..mentions.len() {
        if !again(&mentions[index]) {
            continue;
        }
        if let Some(antecedent) = nearest_start(starts, index) {
            mentions[index].when = When {
                source: TimeSource::Antecedent,
                ..mentions[antecedent].when
            };
        }
    }
}

/// Of the mentions (by index, in order) that tell a start, the nearest before the mention at
/// `index`, else the nearest after it: a live blog tells the start last. Found by halving, so
/// that a report of many truces stays linear-logarithmic.
fn nearest_start(starts: &[usize], index: usize) -> Option<usize> {
    let at = starts.partition_point(|&i| i < index);
    let before = at.checked_sub(1).map(|b| starts[b]);
    before.or_else(|| starts[at..].iter().copied().find(|&i| i > index))
}

/// The day of a mention dated to one day.
fn single_day(m: &Mention) -> Option<chrono::NaiveDate> {
    Bound::one_day(m.when.earliest, m.when.latest)
}

/// Whether the words right after a mention say it began: "the war began", "fighting, which
/// began", "fighting broke out".
fn began(document: &Document, lower: &str, m: &Mention) -> bool {
    words_after(document, lower, m, 2)
        .any(|w| matches!(w, "began" | "begun" | "erupted" | "broke" | "started"))
}

/// The text of the mention's sentence before its trigger and after it, read from `lower`,
/// the report's text in ASCII lowercase.
fn around<'d>(document: &Document, lower: &'d str, mention: &Mention) -> (&'d str, &'d str) {
    let text = lower;
    let (Some(trigger), Some(sentence)) = (
        document.text_range(mention.span),
        document.text_range(mention.sentence),
    ) else {
        return ("", "");
    };
    let before = text.get(sentence.start.min(trigger.start)..trigger.start);
    let after = text.get(trigger.end..sentence.end.max(trigger.end));
    (before.unwrap_or_default(), after.unwrap_or_default())
}

/// Whether a character belongs to a word: "four-day", "Hamas's".
fn in_word(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '\''
}

/// The first `n` words of the mention's sentence after its trigger, in lowercase: read from
/// the report's lowered text, `lower`, as the words around a mention are read for every
/// mention, and copying each capitalized one to lower it cost an allocation.
fn words_after<'d>(
    document: &Document,
    lower: &'d str,
    mention: &Mention,
    n: usize,
) -> impl Iterator<Item = &'d str> + 'd {
    around(document, lower, mention)
        .1
        .split(|c: char| !in_word(c))
        .filter(|w| !w.is_empty())
        .take(n)
}

/// The last `n` words of the mention's sentence before its trigger, nearest first, in
/// lowercase (see [`words_after`]).
fn words_before<'d>(
    document: &Document,
    lower: &'d str,
    mention: &Mention,
    n: usize,
) -> impl Iterator<Item = &'d str> + 'd {
    around(document, lower, mention)
        .0
        .rsplit(|c: char| !in_word(c))
        .filter(|w| !w.is_empty())
        .take(n)
}

/// Whether a mention is named with a definite article or a possessive and nothing that makes
/// it another one: "the truce", "this fragile ceasefire", "their pause"; not "a truce", "a
/// second ceasefire", "the new truce", "another pause", "the return to war".
fn named_again(document: &Document, lower: &str, mention: &Mention) -> bool {
    for word in words_before(document, lower, mention, 3) {
        match word {
            "the" | "this" | "that" | "its" | "their" => return true,
            "a" | "an" | "any" | "no" => return false,
            word if other_one(word) => return false,
            // "the return to war": the article is another noun's.
            "to" | "of" | "in" | "on" | "at" | "for" | "from" | "with" | "by" | "and" | "or" => {
                return false;
            }
            word if word.ends_with("'s") => return true,
            _ => {}
        }
    }
    false
}

/// Words that tell an event as another one than those told before: "a new truce", "two
/// earlier truces", "the second ceasefire".
fn other_one(word: &str) -> bool {
    matches!(
        word,
        "another"
            | "new"
            | "fresh"
            | "second"
            | "third"
            | "first"
            | "next"
            | "previous"
            | "earlier"
            | "last"
            | "latest"
            | "other"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Metadata, Published};

    fn mentions(text: &str) -> Vec<Mention> {
        let published = Published::parse("2025-10-20");
        let document = Document::from_text(
            "t",
            text,
            Metadata {
                published,
                ..Metadata::default()
            },
        );
        extract(&document).mentions
    }

    /// The kinds of the mentions of `text`, in order.
    fn kinds(text: &str) -> Vec<EventKind> {
        mentions(text).iter().map(|m| m.kind).collect()
    }

    /// How many mentions of `kind` the text has.
    fn count_of(text: &str, kind: EventKind) -> usize {
        mentions(text).iter().filter(|m| m.kind == kind).count()
    }

    #[test]
    fn casualty_figures_of_one_person_nationals_and_objects() {
        let counts = |text: &str| -> Vec<(String, Option<u64>, Option<u64>)> {
            mentions(text)
                .into_iter()
                .filter(|m| m.kind == EventKind::CasualtyClaim)
                .map(|m| {
                    let count = m.count.as_ref();
                    (
                        m.text.clone(),
                        count.and_then(|c| c.low),
                        count.and_then(|c| c.high),
                    )
                })
                .collect()
        };
        let one = |word: &str, n: u64| (word.to_string(), Some(n), Some(n));
        assert_eq!(
            counts("A Thai soldier was killed on Monday."),
            [one("killed", 1)]
        );
        assert_eq!(counts("Nine Ukrainians were hurt."), [one("hurt", 9)]);
        assert_eq!(
            counts("The shelling killed 12 and wounded five more."),
            [one("killed", 12), one("wounded", 5)]
        );
        // The article of the toll counts no one.
        assert_eq!(
            counts("The story was updated with a revised civilian toll."),
            []
        );
    }

    #[test]
    fn an_outcome_told_of_the_process_goes_to_the_talks_told_before() {
        let outcomes = |text: &str| -> Vec<(String, String)> {
            mentions(text)
                .into_iter()
                .filter_map(|m| Some((m.text, m.outcome?.text)))
                .collect()
        };
        let told = |talks: &str, words: &str| vec![(talks.to_string(), words.to_string())];
        assert_eq!(
            outcomes(
                "The talks between Pakistan and Afghanistan broke up on Tuesday. Officials said \
                 that evening that the process had failed."
            ),
            told("talks", "failed")
        );
        assert_eq!(
            outcomes(
                "The negotiations in Geneva collapsed on Monday. The peace process was revived \
                 on Wednesday."
            ),
            told("negotiations", "collapsed"),
            "one mention tells one outcome: the revival has no mention of its own to go to"
        );
        // No talks told before; talks only planned; "a process" introduces; "could" is no
        // outcome; another process.
        assert_eq!(outcomes("Officials said the process had failed."), []);
        assert_eq!(
            outcomes("The two sides will meet in Geneva next week. The process had failed before."),
            []
        );
        assert_eq!(
            outcomes("The talks opened on Monday, reviving a negotiating process that had failed."),
            []
        );
        assert_eq!(
            outcomes("The talks opened on Monday. Officials said the process could collapse."),
            []
        );
        assert_eq!(
            outcomes("The talks opened on Monday. The selection process had failed."),
            []
        );
    }

    #[test]
    fn a_meeting_is_talks_between_both_sides_or_with_a_mediator() {
        let talks = |text: &str| count_of(text, EventKind::Talks);
        assert_eq!(talks("Army commanders from both sides met on Tuesday."), 1);
        assert_eq!(
            talks("Indian and Chinese officers will meet at the pass."),
            1
        );
        assert_eq!(talks("Oman mediated the meeting in Muscat."), 1);
        assert_eq!(talks("The minister met reporters on Tuesday."), 0);
        assert_eq!(talks("The Indian cabinet meeting ran late."), 0);
    }

    #[test]
    fn a_truce_that_is_watched_is_the_truce_already_named() {
        let truces = |text: &str| count_of(text, EventKind::Ceasefire);
        let named = "Russia and Ukraine agreed to a ceasefire on Sunday.";
        assert_eq!(truces(named), 1);
        assert_eq!(
            truces(&format!("{named} Monitors will observe the truce.")),
            1
        );
        assert_eq!(
            truces(&format!(
                "{named} Talks next week aim to firm up the truce."
            )),
            1
        );
        // Until a truce is named, watching one still tells of it.
        assert_eq!(truces("Both armies are observing a truce."), 1);
    }

    #[test]
    fn a_nationality_describing_a_thing_is_no_party_to_talks() {
        let parties = |text: &str| -> Vec<String> {
            let found = mentions(text);
            let talks = found.iter().find(|m| m.kind == EventKind::Talks).unwrap();
            let mut actors: Vec<String> = talks
                .participants
                .iter()
                .filter(|p| p.role == Role::Party)
                .map(|p| p.actor.to_string())
                .collect();
            actors.sort();
            actors
        };
        assert_eq!(
            parties("Indian and Chinese negotiators held talks about Russian oil imports."),
            ["China", "India"]
        );
    }

    #[test]
    fn place_and_date_belong_to_the_nearest_event() {
        let found = mentions(
            "The fighting was set off by explosions in Kabul on 9 October 2025, which the government blamed on its neighbour.",
        );
        let fighting = found
            .iter()
            .find(|m| m.kind == EventKind::ArmedClash)
            .unwrap();
        let explosion = found
            .iter()
            .find(|m| m.kind == EventKind::Explosion)
            .unwrap();
        assert_eq!(
            explosion.place.as_ref().map(|p| p.name.as_str()),
            Some("Kabul")
        );
        assert_eq!(fighting.place, None, "{fighting:?}");
        assert_eq!(
            explosion.when.earliest.map(|b| b.to_string()).as_deref(),
            Some("2025-10-09")
        );
        // "set off by" orders the two: the fighting came after the explosions.
        assert_eq!(
            fighting.when.earliest.map(|b| b.to_string()).as_deref(),
            Some("2025-10-09")
        );
        assert_eq!(
            fighting.when.latest.map(|b| b.to_string()).as_deref(),
            Some("2025-10-20")
        );
    }

    #[test]
    fn fire_opened_near_a_drone_is_no_airstrike() {
        assert_eq!(
            kinds(
                "A surveillance drone was spotted over the positions shortly before soldiers opened fire."
            ),
            [EventKind::Attack]
        );
        assert_eq!(
            kinds("Pakistani aircraft struck targets near the border."),
            [EventKind::Airstrike]
        );
        assert_eq!(
            kinds("The bombers struck at 7 p.m. on Saturday."),
            [EventKind::Airstrike]
        );
    }

    #[test]
    fn dates_shared_by_two_events() {
        let day = |m: &Mention| {
            (
                m.when.earliest.map(|b| b.date().to_string()),
                m.when.latest.map(|b| b.date().to_string()),
            )
        };
        let on = |a: &str, b: &str| (Some(a.to_string()), Some(b.to_string()));
        // The date before "of" dates the accusation as well as what it is about.
        let found = mentions(
            "The army accused Cambodian troops on Tuesday of opening fire along the border.",
        );
        let dates: Vec<_> = found.iter().map(|m| (m.kind, day(m))).collect();
        assert_eq!(
            dates,
            [
                (EventKind::Statement, on("2025-10-14", "2025-10-14")),
                (EventKind::Attack, on("2025-10-14", "2025-10-14"))
            ]
        );
        // The second day of a stretch stands for the stretch.
        let found = mentions("Fighting raged on October 11 and 12, and troops returned fire.");
        let returned = found.last().unwrap();
        assert_eq!(returned.text, "returned fire");
        assert_eq!(day(returned), on("2025-10-11", "2025-10-12"));
    }

    #[test]
    fn since_orders_events_unless_it_gives_a_reason() {
        let relations = |text: &str| -> Vec<(String, String, RelationKind)> {
            let document = Document::from_text(
                "t",
                text,
                Metadata {
                    published: Published::parse("2025-10-20"),
                    ..Metadata::default()
                },
            );
            let extraction = extract(&document);
            extraction
                .relations
                .iter()
                .map(|r| {
                    let text = |i: usize| extraction.mentions[i].text.clone();
                    (text(r.from), text(r.to), r.kind)
                })
                .collect()
        };
        // No clash since the truce: the truce came first, and it is not what is denied.
        let text = "There has been no clash since the truce took effect.";
        assert_eq!(
            relations(text),
            [(
                "truce".to_string(),
                "clash".to_string(),
                RelationKind::Before
            )]
        );
        let found = mentions(text);
        let truce = found
            .iter()
            .find(|m| m.kind == EventKind::Ceasefire)
            .unwrap();
        assert_eq!(truce.modality, Modality::Happened);
        // After a comma, "since" gives a reason.
        assert_eq!(
            relations("The talks brought no relief, since the shelling went on."),
            []
        );
    }

    #[test]
    fn a_pause_in_a_paragraph_about_a_truce_is_the_truce() {
        let found = mentions(
            "The agreement replaces a 48-hour truce that took effect last Wednesday. Officials said the pause had been agreed at the request of Pakistan.",
        );
        let ceasefires: Vec<&str> = found
            .iter()
            .filter(|m| m.kind == EventKind::Ceasefire)
            .map(|m| m.text.as_str())
            .collect();
        assert_eq!(ceasefires, ["truce", "pause"]);
        // Elsewhere, "pause" is no event.
        let trade = mentions("Officials said the pause in trade hurt farmers.");
        assert!(trade.iter().all(|m| m.kind != EventKind::Ceasefire));
    }

    #[test]
    fn who_asked_for_it() {
        let asked = |text: &str| -> Vec<Option<String>> {
            mentions(text)
                .into_iter()
                .filter(|m| m.kind == EventKind::Talks)
                .map(|m| m.requested_by.map(|p| p.actor.into()))
                .collect()
        };
        assert_eq!(
            asked("The talks were held in Doha at the request of Qatar."),
            [Some("Qatar".to_string())]
        );
        assert_eq!(
            asked("The talks were held in Doha at Qatar's request."),
            [Some("Qatar".to_string())]
        );
        assert_eq!(asked("The talks were held in Doha."), [None]);
    }

    #[test]
    fn a_when_clause_is_dated_by_the_day_it_follows() {
        let found = mentions(
            "Officials agreed to end fighting that had gone on since the night of October 9, when blasts shook Kabul.",
        );
        let day = |m: &Mention| {
            (
                m.when.earliest.map(|b| b.date().to_string()),
                m.when.latest.map(|b| b.date().to_string()),
            )
        };
        let blasts = found
            .iter()
            .find(|m| m.kind == EventKind::Explosion)
            .unwrap();
        let day_of = |s: &str| Some(s.to_string());
        assert_eq!(day(blasts), (day_of("2025-10-09"), day_of("2025-10-09")));
        // The fighting runs from that night to the report.
        let fighting = found
            .iter()
            .find(|m| m.kind == EventKind::ArmedClash)
            .unwrap();
        assert_eq!(day(fighting), (day_of("2025-10-09"), day_of("2025-10-20")));
    }

    fn days(m: &Mention) -> (Option<String>, Option<String>) {
        (
            m.when.earliest.map(|b| b.date().to_string()),
            m.when.latest.map(|b| b.date().to_string()),
        )
    }

    fn between(a: &str, b: &str) -> (Option<String>, Option<String>) {
        (Some(a.to_string()), Some(b.to_string()))
    }

    #[test]
    fn a_statement_comes_after_the_day_its_paragraph_has_reached() {
        let found = mentions(
            "Mortars hit the market in Khost on October 14. Local officials said three shops were destroyed.",
        );
        let said = found
            .iter()
            .find(|m| m.kind == EventKind::Statement)
            .unwrap();
        assert_eq!(days(said), between("2025-10-14", "2025-10-20"));
        // A day still to come is not a time the story has reached: the statement is of the
        // day of publication.
        let found = mentions(
            "The envoys will meet again on October 24. Government officials said the agenda was ready.",
        );
        let said = found
            .iter()
            .find(|m| m.kind == EventKind::Statement)
            .unwrap();
        assert_eq!(days(said), between("2025-10-20", "2025-10-20"));
    }

    #[test]
    fn an_event_dated_by_a_stretch_of_days_starts_on_its_first() {
        let found = mentions(
            "Five soldiers were killed in the clashes of September 8 and 9, the army said.",
        );
        let of = |kind: EventKind| found.iter().find(|m| m.kind == kind).unwrap();
        assert_eq!(
            days(of(EventKind::ArmedClash)),
            between("2025-09-08", "2025-09-08")
        );
        // A toll counts what happened over the whole stretch.
        assert_eq!(
            days(of(EventKind::CasualtyClaim)),
            between("2025-09-08", "2025-09-09")
        );
    }

    #[test]
    fn a_mention_bounded_only_by_the_report_takes_the_day_of_its_event() {
        let found = mentions(
            "The two armies have agreed to a truce after weeks of shelling along the river. The truce took effect at dawn on October 12, officials said.",
        );
        let truces: Vec<_> = found
            .iter()
            .filter(|m| m.kind == EventKind::Ceasefire)
            .map(days)
            .collect();
        assert_eq!(
            truces,
            [
                between("2025-10-12", "2025-10-12"),
                between("2025-10-12", "2025-10-12")
            ]
        );
    }

    #[test]
    fn a_subject_is_placed_by_its_predicate_past_a_description() {
        let place = |text: &str| {
            mentions(text)
                .into_iter()
                .find(|m| m.kind == EventKind::Talks)
                .and_then(|m| m.place)
                .map(|p| p.name)
        };
        assert_eq!(
            place(
                "Peace talks between Pakistan and Afghanistan, aimed at easing tensions, have collapsed in Istanbul."
            )
            .as_deref(),
            Some("Istanbul")
        );
        // Not a description, so not a subject with its predicate: a list, or a clause of its own.
        assert_eq!(
            place(
                "Talks between Pakistan and Afghanistan, officials said, have collapsed in Istanbul."
            ),
            None
        );
        assert_eq!(
            place(
                "Talks between Pakistan and Afghanistan, aimed at easing tensions, failed; clashes followed in Istanbul."
            ),
            None
        );
    }

    /// (role, actor) pairs of the first mention of `kind`, speakers left out.
    fn sides_of(text: &str, kind: EventKind) -> Vec<(Role, String)> {
        let found = mentions(text);
        let mention = found.iter().find(|m| m.kind == kind).unwrap();
        mention
            .participants
            .iter()
            .filter(|p| p.role != Role::Speaker)
            .map(|p| (p.role, p.actor.to_string()))
            .collect()
    }

    /// Whom the casualty claim of `text` counts as lost.
    fn casualty_targets(text: &str) -> Vec<(Role, String)> {
        sides_of(text, EventKind::CasualtyClaim)
    }

    /// One side lost them.
    fn lost(actor: &str) -> Vec<(Role, String)> {
        vec![(Role::Target, actor.to_string())]
    }

    #[test]
    fn missiles_are_missile_fire_unless_sent_with_aircraft() {
        // ACLED codes a missile attack as shelling/artillery/missile attack.
        assert_eq!(
            kinds("Iranian missiles struck an apartment block in Beersheba."),
            [EventKind::Shelling, EventKind::Shelling]
        );
        assert_eq!(
            kinds("The militia launched a missile attack on the base."),
            [EventKind::Shelling]
        );
        assert_eq!(
            kinds("The two armies exchanged waves of drones and missiles."),
            [EventKind::Airstrike]
        );
        assert_eq!(kinds("The war began on June 13."), [EventKind::ArmedClash]);
    }

    #[test]
    fn who_fired_the_missiles() {
        assert_eq!(
            sides_of(
                "Iran had fired 14 missiles at the base.",
                EventKind::Shelling
            )[0],
            (Role::Attacker, "Iran".to_string())
        );
        assert_eq!(
            sides_of("Two missiles were launched from Iran.", EventKind::Shelling)[0],
            (Role::Attacker, "Iran".to_string())
        );
        // Attacks at large: the name nearest the verb need not be who launched them.
        let attack = sides_of(
            "Militants are using Afghan territory to launch attacks on Pakistan.",
            EventKind::Attack,
        );
        assert!(
            !attack.contains(&(Role::Attacker, "Afghanistan".to_string())),
            "{attack:?}"
        );
    }

    #[test]
    fn threats_of_war_are_threatened() {
        let found = mentions("Both sides traded threats of open war on Monday.");
        let war = found
            .iter()
            .find(|m| m.kind == EventKind::ArmedClash)
            .unwrap();
        assert_eq!(war.modality, Modality::Threatened);
    }

    #[test]
    fn a_toll_counted_in_a_country_or_on_a_side_is_its_loss() {
        assert_eq!(
            casualty_targets("At least 610 people have been killed in Iran."),
            lost("Iran")
        );
        assert_eq!(
            casualty_targets("At least 12 people had been killed on the Thai side."),
            lost("Thailand")
        );
        assert_eq!(
            casualty_targets("Iran has said more than 600 people died on its side."),
            lost("Iran")
        );
        // A city is where, not whose.
        assert_eq!(casualty_targets("Twelve people were killed in Kabul."), []);
        // The speaker's own, and the side named before the toll.
        assert_eq!(
            casualty_targets("Pakistan's army said 23 of its soldiers were killed."),
            lost("Pakistan")
        );
        assert_eq!(
            casualty_targets("A Taliban spokesman put the Pakistani toll at 58 soldiers."),
            lost("Pakistan")
        );
        assert_eq!(
            casualty_targets("Officials raised the Thai death toll to 14."),
            lost("Thailand")
        );
    }

    #[test]
    fn who_announces_a_truce_is_not_a_party_to_it() {
        let parties = |text: &str| sides_of(text, EventKind::Ceasefire);
        let party = |actor: &str| (Role::Party, actor.to_string());
        assert_eq!(
            parties("Israel and Hamas accepted a 48-hour truce announced by Qatar."),
            [party("Israel"), party("Hamas")]
        );
        assert_eq!(
            parties("The ceasefire announced last month by Washington did not hold."),
            []
        );
        // Who agreed to it is.
        assert_eq!(
            parties("The ceasefire agreed by Thailand and Cambodia did not hold."),
            [party("Thailand"), party("Cambodia")]
        );
    }

    #[test]
    fn who_brokered_a_truce_neither_broke_it_nor_is_a_side_of_it() {
        let sides = |text: &str| sides_of(text, EventKind::Ceasefire);
        let role = |role: Role, actor: &str| (role, actor.to_string());
        assert_eq!(
            sides("The US-brokered truce collapsed."),
            [role(Role::Mediator, "United States")]
        );
        assert_eq!(
            sides("The truce brokered by the United States between Armenia and Azerbaijan held."),
            [
                role(Role::Mediator, "United States"),
                role(Role::Party, "Armenia"),
                role(Role::Party, "Azerbaijan")
            ]
        );
    }

    #[test]
    fn a_date_before_after_is_not_the_later_events() {
        let found = mentions(
            "Pakistan shut the Torkham crossing on Friday 17 October following clashes with \
             Afghan forces.",
        );
        let day = |kind: EventKind| {
            let m = found.iter().find(|m| m.kind == kind).unwrap();
            days(m)
        };
        let on = |d: &str| (Some(d.to_string()), Some(d.to_string()));
        assert_eq!(day(EventKind::BorderClosure), on("2025-10-17"));
        // The clashes came before the closure: by that day, not on it.
        assert_eq!(
            day(EventKind::ArmedClash),
            (None, Some("2025-10-17".to_string()))
        );
        // Minutes after is the same day.
        let found = mentions(
            "The truce was broken minutes after it came into force at 8 a.m. on Friday 17 \
             October.",
        );
        assert_eq!(days(&found[0]), on("2025-10-17"));
    }

    #[test]
    fn the_day_of_a_killing_is_the_violence_that_killed() {
        let found = mentions(
            "Clashes between Somali troops and al-Shabaab fighters killed 12 soldiers near \
             Mogadishu late on Friday 17 October.",
        );
        let clash = found
            .iter()
            .find(|m| m.kind == EventKind::ArmedClash)
            .unwrap();
        let on = |d: &str| (Some(d.to_string()), Some(d.to_string()));
        assert_eq!(days(clash), on("2025-10-17"));
    }

    #[test]
    fn a_truce_broken_past_a_phrase_that_describes_it() {
        let phase = |text: &str| {
            mentions(text)
                .into_iter()
                .find(|m| m.kind == EventKind::Ceasefire)
                .and_then(|m| m.phase)
        };
        // A truce that collapses past a phrase that describes it is two events: the truce,
        // and its end told of it.
        let phases = |text: &str| -> Vec<Option<Phase>> {
            mentions(text)
                .into_iter()
                .filter(|m| m.kind == EventKind::Ceasefire)
                .map(|m| m.phase)
                .collect()
        };
        for text in [
            "The ceasefire, brokered by Egypt and Qatar, collapsed after three days.",
            "A ceasefire, brokered by Qatar, collapsed within hours.",
            "The truce, which took effect on Monday, broke down two days later.",
        ] {
            assert_eq!(
                phases(text),
                [Some(Phase::Declared), Some(Phase::Violated)],
                "{text}"
            );
        }
        // Once a truce is named, "it" that collapses is that truce; a building is not.
        let named = "A truce took effect on Monday. ";
        assert_eq!(
            phases(&format!("{named}It collapsed within hours.")),
            [Some(Phase::Declared), Some(Phase::Violated)]
        );
        assert_eq!(
            phases(&format!("{named}The building collapsed within hours.")),
            [Some(Phase::Declared)]
        );
        assert_eq!(
            phase("Each side accused the other of breaching the truce."),
            Some(Phase::Violated)
        );
        // A predicate that is an event of its own tells that one: the truce began, and was
        // then extended.
        let found = mentions("The truce, which began on October 15, was extended until Sunday.");
        let phases: Vec<Option<Phase>> = found.iter().map(|m| m.phase).collect();
        assert_eq!(phases, [Some(Phase::Declared), Some(Phase::Extended)]);
        // Past the phrase, only the predicate counts.
        assert_eq!(
            phase(
                "The ceasefire, brokered by Egypt and Qatar, held for three days despite violations elsewhere."
            ),
            Some(Phase::Declared)
        );
    }

    #[test]
    fn an_adjective_before_the_violence_is_who_not_where() {
        let found = mentions("At least 15 civilians were wounded in Russian shelling.");
        let shelling = found
            .iter()
            .find(|m| m.kind == EventKind::Shelling)
            .unwrap();
        assert!(
            shelling
                .participants
                .iter()
                .any(|p| p.role == Role::Attacker && p.actor == "Russia"),
            "{:?}",
            shelling.participants
        );
        assert!(found.iter().all(|m| m.place.is_none()), "{found:?}");
        // Before a place it is where: "fired into Thai villages".
        let found = mentions("Rockets were fired into Thai villages.");
        assert_eq!(
            found[0].place.as_ref().map(|p| p.name.as_str()),
            Some("Thailand")
        );
    }

    #[test]
    fn ground_taken_is_a_battle() {
        assert_eq!(
            kinds("Rebels seized control of the airport in Goma late on Sunday."),
            [EventKind::ArmedClash]
        );
        assert_eq!(
            kinds("Government forces overran the last rebel positions."),
            [EventKind::ArmedClash]
        );
    }

    #[test]
    fn bombers_and_strikes_on_targets() {
        assert_eq!(
            kinds("A suicide bomber hit a market in Maiduguri."),
            [EventKind::Explosion]
        );
        // "struck" is violence where the sentence is about fighting: targets and positions
        // are what is fought over.
        assert_eq!(
            kinds("Israel struck Hezbollah targets in southern Lebanon."),
            [EventKind::Attack]
        );
        assert_eq!(kinds("The storm struck the coast."), []);
        // Who claims it attacked; what is denied is a part in it, not that it happened.
        assert_eq!(
            sides_of(
                "The Houthis claimed responsibility for the attack on the tanker.",
                EventKind::Attack
            ),
            [(Role::Attacker, "Houthis".to_string())]
        );
        let found = mentions("Tehran denied any involvement in the drone strike.");
        let strike = found
            .iter()
            .find(|m| m.kind == EventKind::Airstrike)
            .unwrap();
        assert_eq!(strike.modality, Modality::Happened);
        assert_eq!(
            kinds("The two sides agreed to stop all firing on land, in the air and at sea."),
            [EventKind::Ceasefire]
        );
    }

    #[test]
    fn fire_at_a_side_targets_it() {
        let role = |role: Role, actor: &str| (role, actor.to_string());
        assert_eq!(
            sides_of(
                "Hezbollah fired rockets at Israeli positions on Friday.",
                EventKind::Shelling
            ),
            [
                role(Role::Attacker, "Hezbollah"),
                role(Role::Target, "Israel")
            ]
        );
    }

    #[test]
    fn an_event_set_to_begin_is_planned() {
        let modality = |text: &str| mentions(text).first().map(|m| m.modality);
        assert_eq!(
            modality(
                "The third round of talks between Armenia and Azerbaijan is set to begin in \
                 Geneva."
            ),
            Some(Modality::Planned)
        );
        assert_eq!(
            modality("The ceasefire is due to take effect at midnight."),
            Some(Modality::Planned)
        );
        assert_eq!(
            modality("The next round of talks between the two sides will open in Doha."),
            Some(Modality::Planned)
        );
        // A truce due to expire has begun, one that will last two more days too; talks that
        // a subject came after happened.
        assert_eq!(
            modality("The pause in the fighting will last two more days."),
            Some(Modality::Happened)
        );
        assert_eq!(
            modality("The truce is due to expire at midnight."),
            Some(Modality::Happened)
        );
        let found =
            mentions("The truce was agreed after ten hours of talks and was due to start at noon.");
        let talks = found.iter().find(|m| m.kind == EventKind::Talks).unwrap();
        assert_eq!(talks.modality, Modality::Happened);
    }

    #[test]
    fn a_side_counts_its_own_dead() {
        // Told by a body that counts the dead where it serves, or acknowledged.
        assert_eq!(
            casualty_targets(
                "A rocket hit a market, killing four people, Israeli emergency services said."
            ),
            lost("Israel")
        );
        assert_eq!(
            casualty_targets("Pakistan's military has acknowledged 23 dead."),
            lost("Pakistan")
        );
        // Soldiers or civilians with no side named are the speaker's.
        assert_eq!(
            casualty_targets("Afghan officials said at least 12 civilians were killed."),
            lost("Afghanistan")
        );
        // Soldiers may be either side's ("the Taliban said 58 soldiers were killed"), and
        // civilians killed in a place named are that place's.
        assert_eq!(
            casualty_targets("The Taliban said at least 58 soldiers were killed."),
            []
        );
        assert_eq!(
            casualty_targets("Israeli officials said 20 civilians were killed in Gaza City."),
            []
        );
        // A body named for its country is no side.

        assert_eq!(
            casualty_targets("The Sudan Doctors' Union said at least 40 civilians were killed."),
            []
        );
    }

    #[test]
    fn a_number_inside_a_date_is_no_toll() {
        assert_eq!(
            count_of(
                "India said it was responding to the April 22 killing of tourists.",
                EventKind::CasualtyClaim
            ),
            0
        );
        let found = mentions("The strike hit a market, killing four people.");
        let toll = found
            .iter()
            .find(|m| m.kind == EventKind::CasualtyClaim)
            .unwrap();
        assert_eq!(toll.count.as_ref().and_then(|c| c.low), Some(4));
    }

    #[test]
    fn a_condemnation_is_a_statement_and_a_minister_named_israel_is_a_person() {
        assert_eq!(
            count_of(
                "Qatar condemned the strike on Monday.",
                EventKind::Statement
            ),
            1
        );
        let found = mentions("Defence Minister Israel Katz said the air force would respond.");
        let said = found
            .iter()
            .find(|m| m.kind == EventKind::Statement)
            .unwrap();
        let speakers: Vec<&str> = said
            .participants
            .iter()
            .filter(|p| p.role == Role::Speaker)
            .map(|p| p.actor.as_str())
            .collect();
        assert_eq!(speakers, ["Israel Katz"]);
    }

    #[test]
    fn a_meeting_given_a_day_or_a_place_is_a_session_of_the_talks_named_before() {
        let named = "Pakistan and Afghanistan held talks in Istanbul on Tuesday.\n\n";
        let meetings = |text: &str| count_of(&format!("{named}{text}"), EventKind::Talks) - 1;
        assert_eq!(
            meetings("A follow-up meeting is expected in Istanbul on October 25."),
            1
        );
        assert_eq!(meetings("The envoys are to meet Dar in Doha on Friday."), 1);
        // Not a meeting with no day or place, nor a verb with no name after it.
        assert_eq!(meetings("The meeting was tense."), 0);
        assert_eq!(
            meetings("Shopkeepers in Kabul met the news with relief today."),
            0
        );
        assert_eq!(meetings("Flights resumed on Tuesday morning."), 0);
        // Nor before any talks are named.
        assert_eq!(
            count_of(
                "A follow-up meeting is expected in Istanbul on October 25.",
                EventKind::Talks
            ),
            0
        );
        // The plan is one, and a date right before the noun is the meeting's, not the
        // statement's.
        let found = mentions(&format!(
            "{named}A follow-up meeting is expected in Istanbul on October 25. \
             Officials said the November 6 meeting would be the real test."
        ));
        let talks: Vec<&Mention> = found
            .iter()
            .filter(|m| m.kind == EventKind::Talks)
            .collect();
        assert_eq!(talks[1].modality, Modality::Planned);
        assert_eq!(days(talks[2]), between("2025-11-06", "2025-11-06"));
        let said = found
            .iter()
            .find(|m| m.kind == EventKind::Statement)
            .unwrap();
        assert_ne!(days(said).0.as_deref(), Some("2025-11-06"));
    }

    #[test]
    fn every_truce_is_a_kind_of_event_not_one() {
        let named = "A truce took effect on Monday. ";
        for text in [
            "Each government accuses the other of breaking every truce so far.",
            "Until that changes, every truce will fail.",
        ] {
            assert_eq!(
                count_of(&format!("{named}{text}"), EventKind::Ceasefire),
                1,
                "{text}"
            );
        }
    }

    #[test]
    fn a_service_of_the_state_speaks_for_it() {
        for text in [
            "The air force said the raid hit a depot.",
            "Emergency services said the road was closed.",
            "The presidency said the envoy would travel.",
            "\"We struck depots only,\" an air force spokesman told reporters.",
        ] {
            assert_eq!(count_of(text, EventKind::Statement), 1, "{text}");
        }
    }

    #[test]
    fn a_statement_no_date_reaches_was_made_on_the_day_of_publication() {
        let found = mentions("Officials said the border was quiet.");
        let said = found
            .iter()
            .find(|m| m.kind == EventKind::Statement)
            .unwrap();
        assert_eq!(days(said), between("2025-10-20", "2025-10-20"));
        // An event other than a statement keeps only the report's date as its latest.
        let found = mentions("Residents said the shelling had destroyed the market.");
        let shelling = found
            .iter()
            .find(|m| m.kind == EventKind::Shelling)
            .unwrap();
        assert_eq!(days(shelling), (None, Some("2025-10-20".to_string())));
        // In the past perfect it was made before the story's present: the start stays open.
        // (A date right after the ceasefire, "had confirmed the ceasefire on Saturday", would
        // date the confirming too.)
        let found = mentions("The minister had confirmed the ceasefire.");
        let confirmed = found
            .iter()
            .find(|m| m.kind == EventKind::Statement)
            .unwrap();
        assert_eq!(days(confirmed).0, None);
    }

    #[test]
    fn days_counted_from_an_event_are_not_its_length() {
        let lengths = |text: &str| -> Vec<Option<String>> {
            mentions(text)
                .into_iter()
                .filter(|m| m.kind == EventKind::Ceasefire)
                .map(|m| m.duration)
                .collect()
        };
        assert_eq!(
            lengths("Four days after the ceasefire of June 24, both sides are still arguing."),
            [None]
        );
        assert_eq!(
            lengths("The 48-hour ceasefire came into force on Wednesday."),
            [Some("PT48H".to_string())]
        );
    }

    #[test]
    fn a_truce_or_war_named_again_starts_when_the_report_said_it_began() {
        // (trigger, earliest day, source) of each ceasefire or war mention.
        let starts = |text: &str| -> Vec<(String, Option<String>, TimeSource)> {
            mentions(text)
                .into_iter()
                .filter(|m| matches!(m.kind, EventKind::Ceasefire | EventKind::ArmedClash))
                .map(|m| {
                    let day = m.when.earliest.map(|b| b.date().to_string());
                    (m.text, day, m.when.source)
                })
                .collect()
        };
        let antecedent = |text: &str, day: &str| {
            (
                text.to_string(),
                Some(day.to_string()),
                TimeSource::Antecedent,
            )
        };
        // Told after its start, and (as a live blog does) before it.
        let found = starts(
            "The truce began on Friday 10 October. Aid lorries crossed on Tuesday 14 October, \
             and the truce held.",
        );
        assert_eq!(found[1], antecedent("truce", "2025-10-10"), "{found:?}");
        let found =
            starts("Aid lorries crossed during the truce. The truce began on Friday 10 October.");
        assert_eq!(found[0], antecedent("truce", "2025-10-10"), "{found:?}");
        // A truce dated by its end tells no start.
        let found = starts(
            "The truce ended on Saturday 18 October. Aid lorries had crossed during the \
             truce. The truce began on Friday 10 October.",
        );
        assert_eq!(found[1], antecedent("truce", "2025-10-10"), "{found:?}");
        // Told ending on a day, it is named again: its start is the one the report gave.
        let found = starts(
            "The truce began on Friday 10 October. Aid lorries crossed on Tuesday 14 October. \
             The truce ended on Saturday 18 October.",
        );
        assert_eq!(found[1], antecedent("truce", "2025-10-10"), "{found:?}");
        // Where it took effect is its start, not where it was signed.
        let found = starts(
            "The truce took effect on Wednesday 8 October. The truce was signed on Monday 6 \
             October. The truce is due to expire on Friday 17 October.",
        );
        assert_eq!(found[2], antecedent("truce", "2025-10-08"), "{found:?}");
        // The war the report said began on a day.
        let found = starts(
            "The war began on October 2, when rockets struck the capital. On Monday 13 \
             October the capital was quiet. Diplomats say the war has displaced thousands.",
        );
        assert_eq!(
            found.last(),
            Some(&antecedent("war", "2025-10-02")),
            "{found:?}"
        );
    }

    #[test]
    fn what_is_said_in_the_present_is_said_as_the_report_goes_out() {
        let said = |text: &str| -> Vec<(Option<String>, Option<String>)> {
            mentions(text)
                .into_iter()
                .filter(|m| m.kind == EventKind::Statement)
                .map(|m| {
                    let day = |b: Option<Bound>| b.map(|b| b.date().to_string());
                    (day(m.when.earliest), day(m.when.latest))
                })
                .collect()
        };
        let day = |d: &str| (Some(d.to_string()), Some(d.to_string()));
        // The dates of what is said do not date the saying.
        assert_eq!(
            said("The ministry says 65 civilians have been killed since September 27."),
            [day("2025-10-20")]
        );
        // A live blog's entry went out on the day of its stamp.
        assert_eq!(
            said("Talks\n\n09:50 GMT (Thursday) — Two gunmen opened fire, police say.\n"),
            [day("2025-10-16")]
        );
    }

    #[test]
    fn a_truce_told_as_another_is_not_the_one_before() {
        let found = mentions(
            "The humanitarian ceasefire agreed in Washington took hold on Sunday. Two earlier \
             humanitarian truces fared no better.",
        );
        let earlier = found.iter().find(|m| m.text == "truces").unwrap();
        assert_eq!(earlier.place, None, "{earlier:?}");
        let found = mentions("A truce was agreed in Doha on Sunday. The truce held.");
        let again = found.iter().filter(|m| m.text == "truce").nth(1).unwrap();
        assert_eq!(again.place.as_ref().map(|p| p.name.as_str()), Some("Doha"));
    }

    #[test]
    fn a_war_ended_on_a_day_began_before_it() {
        let bounds = |text: &str| -> Vec<(String, Option<String>, Option<String>)> {
            let day = |b: Option<Bound>| b.map(|b| b.date().to_string());
            mentions(text)
                .into_iter()
                .filter(|m| m.kind == EventKind::ArmedClash)
                .map(|m| (m.text, day(m.when.earliest), day(m.when.latest)))
                .collect()
        };
        let before = |text: &str, day: &str| (text.to_string(), None, Some(day.to_string()));
        assert_eq!(
            bounds("The army was ordered on Friday 17 October to stop the war."),
            [before("war", "2025-10-17")]
        );
        assert_eq!(
            bounds("On Friday 17 October the war was over."),
            [before("war", "2025-10-17")]
        );
        // Where the report gives its start, the war named again takes it.
        let found = bounds(
            "The war began on October 2. The army was ordered on Friday 17 October to stop the \
             war.",
        );
        assert_eq!(found[1].1.as_deref(), Some("2025-10-02"), "{found:?}");
        // Fighting that flared on a day, or a war fought over a place, began that day.
        let day = |text: &str, day: &str| (text.to_string(), Some(day.into()), Some(day.into()));
        assert_eq!(
            bounds("Fighting over the town flared on Friday 17 October."),
            [day("Fighting", "2025-10-17")]
        );
    }

    #[test]
    fn named_again_only_with_a_definite_article_and_nothing_that_makes_it_new() {
        let again = |text: &str| -> Vec<bool> {
            let document = Document::from_text("t", text, Metadata::default());
            extract(&document)
                .mentions
                .iter()
                .filter(|m| matches!(m.kind, EventKind::Ceasefire | EventKind::ArmedClash))
                .map(|m| named_again(&document, &document.text().to_ascii_lowercase(), m))
                .collect()
        };
        assert_eq!(again("The truce held."), [true]);
        assert_eq!(again("Their fragile ceasefire held."), [true]);
        assert_eq!(again("Only a new truce brought calm."), [false]);
        assert_eq!(again("The second ceasefire held."), [false]);
        assert_eq!(again("The army threatened the return to war."), [false]);
    }
}

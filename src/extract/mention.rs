//! Reading one sentence: its triggers, and for each the event's time, place, actors,
//! attribution, modality and figures.

use super::lexicon::{ActorName, ActorType, Cue, EventLexicon, Joint, Needs, Trigger};
use super::tokens::{Token, TokenKind, clause_of, tokenize};
use super::{
    Attribution, Count, EventKind, Mention, Modality, Participant, Phase, Place, Role, TimeSource,
    When,
};
use crate::document::Document;
use crate::parse;
use crate::time::{Bound, Tagging, Timex, TimexType};
use chrono::NaiveDate;
use std::ops::Range;

/// A name of an actor in a sentence.
#[derive(Debug, Clone)]
struct ActorHit {
    /// Token index of its first token, and one past its last.
    tokens: Range<usize>,
    /// Byte range in the text (inside a hyphenated token for "Turkey-mediated").
    bytes: Range<usize>,
    name: ActorName,
    /// Read as the place, not the government ("explosions in Kabul").
    as_place: bool,
}

/// A name of a place in a sentence.
#[derive(Debug, Clone)]
struct PlaceHit {
    tokens: Range<usize>,
    bytes: Range<usize>,
    place: String,
    /// After "in", "at", "near", "along", ...
    located: bool,
}

/// A reporting clause: "Tarar wrote", "according to a Pakistani security source".
#[derive(Debug, Clone)]
pub(super) struct Report {
    /// The reporting verb's token, if the report has one.
    verb: Option<usize>,
    source: Range<usize>,
    actor: Option<String>,
}

/// Everything known about one sentence while its mentions are built.
struct Sentence<'t> {
    text: &'t str,
    /// The text in ASCII lowercase, byte for byte the same offsets: lookups read words here.
    lower: &'t str,
    range: Range<usize>,
    tokens: Vec<Token>,
    actors: Vec<ActorHit>,
    places: Vec<PlaceHit>,
    reports: Vec<Report>,
    cues: Vec<(usize, Cue)>,
    /// The token spans of every trigger kept in the sentence.
    triggers: Vec<(Range<usize>, EventKind)>,
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
    published: Option<NaiveDate>,
    /// The actor of the last source named, for "he said".
    last_speaker: Option<String>,
    /// Surnames of the people named in full so far, for "Misri said".
    surnames: Vec<(String, ActorName)>,
    /// The paragraph being read: narrative time does not carry over from other paragraphs.
    block: Range<usize>,
    /// The report's text in ASCII lowercase.
    lower: std::rc::Rc<str>,
    /// The paragraph talks about talks: "the last session" needs no more context.
    talk_context: bool,
}

const LOCATIVE: &[&str] = &[
    "in", "at", "near", "along", "across", "on", "inside", "outside", "from", "over", "into",
    "around", "off",
];
const PRONOUNS: &[&str] = &["he", "she"];

impl<'a> Reader<'a> {
    pub(super) fn new(
        document: &'a Document,
        tagging: &'a Tagging,
        lexicon: &'a EventLexicon,
    ) -> Reader<'a> {
        let all: Vec<(Range<usize>, &Timex)> = tagging
            .timexes
            .iter()
            .filter_map(|t| document.text_range(t.span).map(|range| (range, t)))
            .collect();
        // "now" or "recently" say when the speaker is, not when an event was: they do not
        // date events.
        let timexes = all
            .iter()
            .filter(|(_, t)| matches!(t.kind, TimexType::Date | TimexType::Time))
            .filter(|(_, t)| !t.value.ends_with("_REF"))
            .cloned()
            .collect();
        Reader {
            document,
            text: document.text(),
            lexicon,
            timexes,
            all,
            published: document.published().map(|p| p.date),
            last_speaker: None,
            surnames: Vec::new(),
            block: 0..0,
            lower: document.text().to_ascii_lowercase().into(),
            talk_context: false,
        }
    }

    /// Starts a new paragraph.
    pub(super) fn paragraph(&mut self, block: Range<usize>) {
        self.block = block;
        self.talk_context = false;
    }

    /// The report's text in ASCII lowercase (offsets as in the text).
    pub(super) fn lower(&self) -> &str {
        &self.lower
    }

    /// The event mentions of the sentence at `range` of the text, and its tokens.
    pub(super) fn sentence(&mut self, range: Range<usize>) -> (Vec<Mention>, Vec<Token>) {
        let text = self.text;
        let tokens = tokenize(text, range.clone());
        let lower = std::rc::Rc::clone(&self.lower);
        let mut sentence = Sentence {
            text,
            lower: &lower,
            range,
            actors: Vec::new(),
            places: Vec::new(),
            reports: Vec::new(),
            cues: Vec::new(),
            triggers: Vec::new(),
            tokens,
        };
        self.find_names(&mut sentence);
        self.find_reports(&mut sentence);
        self.note_antecedent(&sentence);
        let mut kept = Vec::new();
        let mut at = 0;
        let mut skip_talks_until = 0;
        while at < sentence.tokens.len() {
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
            if !self.needs_met(&sentence, &span, trigger) {
                continue;
            }
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
            let before = span
                .start
                .checked_sub(1)
                .map(|i| sentence.tokens[i].lower(sentence.lower));
            let passive = before.is_some_and(|w| {
                matches!(w.as_ref(), "was" | "were" | "been" | "be" | "is" | "as")
            });
            trigger.verb
                && trigger.kind == EventKind::Agreement
                && (passive
                    || kept.iter().any(|(other, t)| {
                        t.kind == EventKind::Ceasefire && other.start.abs_diff(span.start) <= 5
                    }))
        };
        let kept: Vec<(Range<usize>, Trigger)> = kept
            .iter()
            .filter(|(span, trigger)| !agreed_ceasefire(span, trigger))
            .cloned()
            .collect();
        sentence.triggers = kept
            .iter()
            .map(|(span, trigger)| (span.clone(), trigger.kind))
            .collect();
        self.places_before_triggers(&mut sentence);
        let mentions: Vec<Mention> = kept
            .into_iter()
            .map(|(span, trigger)| self.mention(&sentence, span, self.retyped(&sentence, trigger)))
            .collect();
        if mentions
            .iter()
            .any(|m| matches!(m.kind, EventKind::Talks | EventKind::Ceasefire))
            || sentence.cues.iter().any(|(_, c)| *c == Cue::Talk)
        {
            self.talk_context = true;
        }
        (mentions, sentence.tokens)
    }

    /// An attack or strike by aircraft, jets or drones is an airstrike.
    fn retyped(&self, sentence: &Sentence<'_>, trigger: Trigger) -> Trigger {
        let air = sentence.cues.iter().any(|(_, c)| *c == Cue::Air);
        match trigger.kind {
            EventKind::Attack if air => Trigger {
                kind: EventKind::Airstrike,
                ..trigger
            },
            _ => trigger,
        }
    }

    /// A capital right before an event word names where it happened ("the Doha agreement",
    /// "Istanbul talks"), not who took part.
    fn places_before_triggers(&self, sentence: &mut Sentence<'_>) {
        for actor in &mut sentence.actors {
            if actor.name.kind != ActorType::Capital || actor.as_place {
                continue;
            }
            let before_trigger = sentence
                .triggers
                .iter()
                .any(|(t, _)| t.start == actor.tokens.end);
            if before_trigger {
                actor.as_place = true;
                if let Some((len, place)) = self.lexicon.places.longest(
                    sentence.lower,
                    &sentence.tokens,
                    actor.tokens.start,
                ) {
                    let tokens = actor.tokens.start..actor.tokens.start + len;
                    sentence.places.push(PlaceHit {
                        tokens,
                        bytes: actor.bytes.clone(),
                        place: place.clone(),
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
        let clause = clause_of(sentence.text, &sentence.tokens, span.start);
        let distance = |t: &Range<usize>| {
            if at < t.start {
                t.start - at
            } else {
                at.saturating_sub(t.end - 1)
            }
        };
        sentence
            .triggers
            .iter()
            .filter(|(t, _)| t.start >= clause.start && t.end <= clause.end && t != span)
            .find(|(other, _)| {
                distance(other) < distance(span)
                    || distance(other) == distance(span) && other.start < span.start
            })
            .map(|(_, kind)| *kind)
    }

    /// True when the token lies inside a temporal expression: "May" in "in May" is a month,
    /// not a modal; "This morning" does not belong to the subject after it.
    fn in_timex(&self, token: &Token) -> bool {
        let at = self.all.partition_point(|(r, _)| r.end <= token.start);
        self.all
            .get(at)
            .is_some_and(|(r, _)| r.start <= token.start && token.end <= r.end)
    }

    /// Whether a date at `range` sits in a clause of its own between the subordinator and
    /// the event: in "the worst fighting since the Taliban took power in 2021", 2021 dates
    /// the takeover; the fighting only comes after it. A date right after the word ("since
    /// 2021", "after the October 9 blasts") is the subordinator's own object and stays.
    fn embedded(&self, sentence: &Sentence<'_>, span: &Range<usize>, range: &Range<usize>) -> bool {
        let tokens = &sentence.tokens;
        let at = Reader::token_at(sentence, range.start);
        let (low, high) = if span.end <= at {
            (span.end, at)
        } else {
            (Reader::token_at(sentence, range.end), span.start)
        };
        // "has held since it took effect on July 29": the clause is about the event itself.
        let about_itself = |i: usize| {
            tokens
                .get(i + 1)
                .is_some_and(|t| matches!(t.lower(sentence.lower).as_ref(), "it" | "they"))
        };
        (low..high).any(|i| {
            matches!(
                tokens[i].lower(sentence.lower).as_ref(),
                "since" | "after" | "before" | "until"
            ) && (span.end > at || at > i + 3)
                && !about_itself(i)
        })
    }

    /// The token index at which text offset `offset` starts.
    fn token_at(sentence: &Sentence<'_>, offset: usize) -> usize {
        sentence
            .tokens
            .iter()
            .position(|t| t.end > offset)
            .unwrap_or(sentence.tokens.len())
    }

    fn trigger_at<'s>(
        &'s self,
        sentence: &Sentence<'_>,
        at: usize,
    ) -> Option<(usize, &'s Trigger)> {
        let token = &sentence.tokens[at];
        if token.kind != TokenKind::Word {
            return None;
        }
        // Words inside a name are not triggers ("the General Border Committee").
        if sentence
            .actors
            .iter()
            .any(|a| a.tokens.contains(&at) && a.tokens.len() > 1)
        {
            return None;
        }
        self.lexicon
            .triggers
            .longest(sentence.lower, &sentence.tokens, at)
    }

    fn is_round_word(&self, sentence: &Sentence<'_>, span: &Range<usize>) -> bool {
        let word = sentence.tokens[span.start].lower(sentence.lower);
        matches!(word.as_ref(), "round" | "rounds" | "session")
            && sentence
                .tokens
                .get(span.end)
                .is_some_and(|t| t.lower(sentence.lower) == "of")
    }

    /// Actor and place names, cue words.
    fn find_names(&mut self, sentence: &mut Sentence<'_>) {
        let tokens = sentence.tokens.clone();
        let tokens = &tokens;
        let mut at = 0;
        while at < tokens.len() {
            let token = tokens[at];
            let before = at
                .checked_sub(1)
                .map(|i| tokens[i].lower(sentence.lower).into_owned())
                .unwrap_or_default();
            let located = LOCATIVE.contains(&before.as_str())
                || before == "the"
                    && at >= 2
                    && LOCATIVE.contains(&tokens[at - 2].lower(sentence.lower).as_ref());
            if let Some((len, cues)) = self.lexicon.cues.longest(sentence.lower, tokens, at) {
                sentence.cues.extend(cues.iter().map(|cue| (at, *cue)));
                if len > 1 {
                    at += len;
                    continue;
                }
            }
            let place = self
                .lexicon
                .places
                .longest(sentence.lower, tokens, at)
                .map(|(len, p)| (len, p.clone()));
            let actor = self
                .lexicon
                .actors
                .longest(sentence.lower, tokens, at)
                .map(|(len, a)| (len, a.clone()));
            let bytes = |len: usize| token.start..tokens[at + len - 1].end;
            match (actor, place) {
                (Some((len, name)), Some((place_len, place))) => {
                    // A capital is the place after "in"; elsewhere it is the government.
                    let as_place = located || name.kind != ActorType::Capital;
                    if as_place {
                        sentence.places.push(PlaceHit {
                            tokens: at..at + place_len,
                            bytes: bytes(place_len),
                            place,
                            located,
                        });
                    }
                    sentence.actors.push(ActorHit {
                        tokens: at..at + len,
                        bytes: bytes(len),
                        name,
                        as_place,
                    });
                    at += len.max(place_len);
                }
                (Some((len, name)), None) => {
                    if name.kind == ActorType::Person && len > 1 {
                        let surname = tokens[at + len - 1].lower(sentence.lower).into_owned();
                        if !self.surnames.iter().any(|(s, _)| *s == surname) {
                            self.surnames.push((surname, name.clone()));
                        }
                    }
                    sentence.actors.push(ActorHit {
                        tokens: at..at + len,
                        bytes: bytes(len),
                        name,
                        as_place: false,
                    });
                    at += len;
                }
                (None, Some((len, place))) => {
                    sentence.places.push(PlaceHit {
                        tokens: at..at + len,
                        bytes: bytes(len),
                        place,
                        located,
                    });
                    at += len;
                }
                (None, None) => {
                    // "Misri said", once "Vikram Misri" has been named: news calls a person
                    // by surname after the first mention.
                    let surname = token.is_capitalized(sentence.text).then(|| {
                        let word = token.lower(sentence.lower);
                        self.surnames.iter().find(|(s, _)| *s == word)
                    });
                    if let Some(Some((_, name))) = surname {
                        sentence.actors.push(ActorHit {
                            tokens: at..at + 1,
                            bytes: bytes(1),
                            name: name.clone(),
                            as_place: false,
                        });
                    }
                    self.capital_named(sentence, at, located);
                    self.hyphenated_names(sentence, at);
                    at += 1;
                }
            }
        }
    }

    /// "the Qatari capital", "the Afghan capital": the capital city of the actor named before.
    fn capital_named(&self, sentence: &mut Sentence<'_>, at: usize, located: bool) {
        if sentence.tokens[at].lower(sentence.lower) != "capital" {
            return;
        }
        let Some(actor) = sentence.actors.iter().rfind(|a| a.tokens.end == at) else {
            return;
        };
        let Some(capital) = self.lexicon.capitals.get(&actor.name.actor) else {
            return;
        };
        let place = self
            .lexicon
            .places
            .longest(capital, &tokenize(capital, 0..capital.len()), 0);
        let place = place.map_or_else(|| capital.clone(), |(_, p)| p.clone());
        let tokens = actor.tokens.start..at + 1;
        let bytes = actor.bytes.start..sentence.tokens[at].end;
        let located = located
            || actor.tokens.start > 0 && {
                let before = sentence.tokens[actor.tokens.start - 1].lower(sentence.lower);
                LOCATIVE.contains(&before.as_ref())
                    || before == "the"
                        && actor.tokens.start >= 2
                        && LOCATIVE.contains(
                            &sentence.tokens[actor.tokens.start - 2]
                                .lower(sentence.lower)
                                .as_ref(),
                        )
            };
        if let Some(hit) = sentence.actors.iter_mut().rfind(|a| a.tokens.end == at) {
            hit.as_place = true;
        }
        sentence.places.push(PlaceHit {
            tokens,
            bytes,
            place,
            located,
        });
    }

    /// Names inside a hyphenated word: "Turkey-mediated", "Qatar-Turkey", "Pakistan-Afghanistan".
    fn hyphenated_names(&self, sentence: &mut Sentence<'_>, at: usize) {
        let token = sentence.tokens[at];
        let word = token.text(sentence.text);
        if token.kind != TokenKind::Word || !word.contains(['-', '\u{2010}']) {
            return;
        }
        let mut part_start = 0;
        let boundaries = word
            .char_indices()
            .filter(|(_, c)| matches!(c, '-' | '\u{2010}'))
            .map(|(i, c)| (i, c.len_utf8()));
        for (end, hyphen) in boundaries.chain(std::iter::once((word.len(), 0))) {
            let part = &word[part_start..end];
            let part_tokens = tokenize(part, 0..part.len());
            if let Some((1, name)) = self.lexicon.actors.longest(part, &part_tokens, 0) {
                let bytes = token.start + part_start..token.start + end;
                sentence.actors.push(ActorHit {
                    tokens: at..at + 1,
                    bytes,
                    name: name.clone(),
                    as_place: false,
                });
            }
            if let Some((1, cues)) = self.lexicon.cues.longest(part, &part_tokens, 0) {
                sentence.cues.extend(cues.iter().map(|cue| (at, *cue)));
            }
            part_start = end + hyphen;
        }
    }

    /// Who says what: reporting verbs with their subjects, "according to" phrases.
    fn find_reports(&mut self, sentence: &mut Sentence<'_>) {
        let text = sentence.text;
        let tokens = sentence.tokens.clone();
        let mut reports = Vec::new();
        for at in 0..tokens.len() {
            let word = tokens[at].lower(sentence.lower);
            if word == "according"
                && tokens
                    .get(at + 1)
                    .is_some_and(|t| t.lower(sentence.lower) == "to")
            {
                let clause = clause_of(text, &tokens, (at + 2).min(tokens.len() - 1));
                let source = trim_subject(sentence.lower, &tokens, at + 2..clause.end.max(at + 2));
                let source = self.untimed(sentence, source);
                if !source.is_empty() && self.is_source(sentence, &source) {
                    reports.push(self.report(sentence, None, source));
                }
                continue;
            }
            if self
                .lexicon
                .reporting
                .longest(sentence.lower, &tokens, at)
                .is_none()
            {
                continue;
            }
            let clause = clause_of(text, &tokens, at);
            // "Cambodia's government accused Thailand of aggression and said": the subject
            // of the first verb is the subject of the second.
            let first_verb = (clause.start..at).find(|&i| {
                self.lexicon
                    .reporting
                    .longest(sentence.lower, &tokens, i)
                    .is_some()
            });
            let before = trim_subject(
                sentence.lower,
                &tokens,
                clause.start..first_verb.unwrap_or(at),
            );
            let coordinated =
                at > 0 && matches!(tokens[at - 1].lower(sentence.lower).as_ref(), "and" | "but");
            let source = if !before.is_empty() {
                Some(before)
            } else if let Some(previous) = reports
                .last()
                .filter(|r: &&Report| coordinated && r.verb.is_some_and(|v| v < at))
            {
                // "Pakistan said ... and rejected Indian accusations": one subject, two verbs.
                Some(previous.source.clone())
            } else if let Some(apposed) = self.apposed_subject(sentence, clause.start, at) {
                // "Zabihullah Mujahid, the Islamic Emirate's chief spokesman, wrote ...".
                Some(apposed)
            } else {
                // "..., said Tarar", "..., said a Pakistani security source": after the verb,
                // when a name or a noun phrase follows.
                // Only a reporting clause set off from what it reports: "and accused
                // Pakistan of ..." names whom it accuses, not who speaks.
                let set_off = at > 0 && tokens[at - 1].kind == TokenKind::Punct;
                let first = tokens.get(at + 1).filter(|_| set_off);
                let opens = first.is_some_and(|t| {
                    t.is_capitalized(text)
                        || matches!(
                            t.lower(sentence.lower).as_ref(),
                            "a" | "an" | "the" | "two" | "three" | "several" | "one"
                        )
                });
                opens.then(|| trim_subject(sentence.lower, &tokens, at + 1..clause.end.min(at + 9)))
            };
            if let Some(source) = source
                .map(|s| self.untimed(sentence, s))
                .filter(|s| !s.is_empty() && s.len() <= 10 && self.is_source(sentence, s))
            {
                reports.push(self.report(sentence, Some(at), source));
            }
        }
        sentence.reports = reports;
    }

    /// Who a later "he said" can mean, from a sentence that quotes no one: a person named
    /// ("Misri returned before the cameras"), or a person described ("A Pakistani official
    /// in Istanbul was more guarded"), whichever comes first.
    fn note_antecedent(&mut self, sentence: &Sentence<'_>) {
        if !sentence.reports.is_empty() {
            return;
        }
        let after = 0;
        let tokens = &sentence.tokens;
        let described = (after..tokens.len()).find_map(|at| {
            self.lexicon.sources.longest(sentence.lower, tokens, at)?;
            let own = sentence
                .actors
                .iter()
                .rfind(|a| a.tokens.end <= at && at - a.tokens.end <= 2 && !a.as_place);
            Some((at, own.map(|a| a.name.actor.clone())))
        });
        let named = sentence
            .actors
            .iter()
            .find(|a| a.name.kind == ActorType::Person && a.tokens.start >= after)
            .map(|a| (a.tokens.start, Some(a.name.actor.clone())));
        let first = match (described, named) {
            (Some(d), Some(n)) => Some(if d.0 < n.0 { d } else { n }),
            (d, n) => d.or(n),
        };
        if let Some((_, actor)) = first {
            self.last_speaker = actor;
        }
    }

    /// A subject without the temporal expressions at its edges: "This morning the army said"
    /// is said by the army.
    fn untimed(&self, sentence: &Sentence<'_>, mut source: Range<usize>) -> Range<usize> {
        let tokens = &sentence.tokens;
        // "On Saturday morning the Pakistani military announced": the preposition goes with
        // its time.
        let leads_time = |at: usize| {
            at + 1 < source.end
                && tokens[at].kind == TokenKind::Word
                && LOCATIVE.contains(&tokens[at].lower(sentence.lower).as_ref())
                && self.in_timex(&tokens[at + 1])
        };
        while source.start < source.end
            && (self.in_timex(&tokens[source.start]) || leads_time(source.start))
        {
            source.start += 1;
        }
        // "He thanked Turkey and Qatar ... but said": the subject is "He".
        if source.start < source.end
            && PRONOUNS.contains(&tokens[source.start].lower(sentence.lower).as_ref())
        {
            return source.start..source.start + 1;
        }
        while source.end > source.start && self.in_timex(&tokens[source.end - 1]) {
            source.end -= 1;
        }
        trim_subject(sentence.lower, tokens, source)
    }

    /// The subject named before an apposition: the nearest actor in the twelve tokens before
    /// the clause, with everything from it to the clause (", the ministry's spokesman,").
    fn apposed_subject(
        &self,
        sentence: &Sentence<'_>,
        clause_start: usize,
        verb: usize,
    ) -> Option<Range<usize>> {
        if clause_start == 0 || verb != clause_start {
            return None;
        }
        let actor = sentence
            .actors
            .iter()
            .filter(|a| {
                a.tokens.end <= clause_start && clause_start - a.tokens.end <= 12 && !a.as_place
            })
            .min_by_key(|a| {
                (
                    a.name.kind != ActorType::Person,
                    clause_start - a.tokens.end,
                )
            })?;
        let between = &sentence.tokens[actor.tokens.start..clause_start];
        let crosses_verb = between.iter().enumerate().any(|(i, _)| {
            self.lexicon
                .reporting
                .longest(sentence.lower, &sentence.tokens, actor.tokens.start + i)
                .is_some()
        });
        (!crosses_verb).then(|| {
            trim_subject(
                sentence.text,
                &sentence.tokens,
                actor.tokens.start..clause_start,
            )
        })
    }

    /// A source whose saying is news of its own: a known actor or person, or an official
    /// body ("officials of both governments", "the defence ministry"), not an analyst,
    /// a resident or an unnamed diplomat.
    fn is_official(&self, sentence: &Sentence<'_>, report: &Report) -> bool {
        let source = &report.source;
        let named = sentence.actors.iter().any(|a| {
            a.tokens.start >= source.start
                && a.tokens.end <= source.end
                && !a.as_place
                && a.name.kind != ActorType::Adjective
        }) || report.verb.is_some() && source.len() == 1 && report.actor.is_some();
        // "an official at the Foreign Office" is anonymous; "officials of both governments"
        // or "the defence ministry" speak for a body.
        let first = sentence.tokens[source.start].lower(sentence.lower);
        let anonymous = matches!(first.as_ref(), "a" | "an" | "one");
        let official = !anonymous
            && source.clone().any(|i| {
                self.lexicon
                    .sources
                    .longest(sentence.lower, &sentence.tokens, i)
                    .is_some_and(|(_, official)| *official)
            });
        named || official
    }

    /// A phrase can be a source: it names an actor or a person, a capitalized name, a pronoun
    /// for a person, or a noun of the sources list ("officials", "diplomats", "media").
    fn is_source(&self, sentence: &Sentence<'_>, source: &Range<usize>) -> bool {
        let text = sentence.text;
        let tokens = &sentence.tokens;
        let named = sentence
            .actors
            .iter()
            .any(|a| a.tokens.start >= source.start && a.tokens.end <= source.end && !a.as_place);
        let pronoun = source.len() == 1
            && PRONOUNS.contains(&tokens[source.start].lower(sentence.lower).as_ref());
        let noun = source.clone().any(|i| {
            self.lexicon
                .sources
                .longest(sentence.lower, tokens, i)
                .is_some()
        });
        // A capitalized word past the first is a name ("Officials in Kandahar"); the first may
        // only be capitalized because it opens the sentence ("A ceasefire announced ...").
        let capital = tokens[source.clone()]
            .iter()
            .skip(1)
            .any(|t| t.is_capitalized(text));
        named || pronoun || noun || capital
    }

    fn report(
        &mut self,
        sentence: &Sentence<'_>,
        verb: Option<usize>,
        source: Range<usize>,
    ) -> Report {
        let inside: Vec<&ActorHit> = sentence
            .actors
            .iter()
            .filter(|a| a.tokens.start >= source.start && a.tokens.end <= source.end)
            .collect();
        let person = inside.iter().find(|a| a.name.kind == ActorType::Person);
        let first = sentence.tokens[source.start].lower(sentence.lower);
        // "he said", "she added": the last speaker or person named, whether or not a name was
        // known for them ("An army spokesman said ... he said" is not a minister quoted
        // paragraphs earlier).
        let actor = if source.len() == 1 && PRONOUNS.contains(&first.as_ref()) {
            self.last_speaker.clone()
        } else {
            let actor = person
                .or_else(|| inside.first())
                .map(|a| a.name.actor.clone());
            // "Turkey said" names no one a later "he" could be; "Cambodia's defence ministry
            // spokeswoman" or "two officials" do, named or not.
            let named_only = person.is_none()
                && inside.iter().map(|a| a.tokens.len()).sum::<usize>() >= source.len();
            if !named_only {
                self.last_speaker = actor.clone();
            }
            actor
        };
        Report {
            verb,
            source,
            actor,
        }
    }

    fn needs_met(&self, sentence: &Sentence<'_>, span: &Range<usize>, trigger: Trigger) -> bool {
        let has = |cue: Cue| sentence.cues.iter().any(|(_, c)| *c == cue);
        match trigger.needs {
            Needs::Nothing => true,
            Needs::Border => has(Cue::Border),
            Needs::Talk => has(Cue::Talk) || self.talk_context,
            Needs::Conflict => has(Cue::Conflict) || has(Cue::Talk) || has(Cue::Air),
            Needs::Figure => self.count(sentence, span).is_some(),
            Needs::Speaker => sentence
                .reports
                .iter()
                .any(|r| r.verb == Some(span.start) && self.is_official(sentence, r)),
        }
    }

    fn mention(&self, sentence: &Sentence<'_>, span: Range<usize>, trigger: Trigger) -> Mention {
        let text = sentence.text;
        let tokens = &sentence.tokens;
        let bytes = tokens[span.start].start..tokens[span.end - 1].end;
        let clause = clause_of(text, tokens, span.start);
        let modality = if trigger.kind == EventKind::Statement {
            Modality::Happened
        } else {
            self.modality(sentence, &clause, &span)
        };
        let phase = (trigger.kind == EventKind::Ceasefire).then(|| self.phase(sentence, &span));
        let report = self.report_for(sentence, &span, trigger.kind);
        let attribution = report
            .filter(|_| trigger.kind != EventKind::Statement)
            .map(|r| self.attribution(sentence, r));
        let count = if trigger.kind == EventKind::CasualtyClaim {
            self.count(sentence, &span)
        } else {
            None
        };
        let (duration, duration_span) = self.duration(sentence, &span);
        Mention {
            document: self.document.id().clone(),
            span: self.document.source_span(bytes.clone()),
            text: text[bytes].to_string(),
            sentence: self.document.source_span(sentence.range.clone()),
            kind: trigger.kind,
            phase,
            when: self.when(sentence, &clause, &span, trigger.kind, modality),
            place: self.place(sentence, &clause, &span),
            participants: self.participants(sentence, &clause, &span, trigger, report),
            attribution,
            modality,
            round: self.round(sentence, &span),
            duration,
            duration_span,
            count: count.map(|(range, c)| Count {
                low: c.low,
                high: c.high,
                of: self.counted(sentence, range.end),
                span: self.document.source_span(range.clone()),
            }),
        }
    }

    /// The report governing an event: for a statement the one at its verb, else the nearest.
    fn report_for<'s>(
        &self,
        sentence: &'s Sentence<'_>,
        span: &Range<usize>,
        kind: EventKind,
    ) -> Option<&'s Report> {
        if kind == EventKind::Statement {
            return sentence.reports.iter().find(|r| r.verb == Some(span.start));
        }
        let tokens = &sentence.tokens;
        // "X said the talks failed" covers what follows the verb; "the talks failed, X said"
        // and "..., said X" what comes before; "according to X" the whole sentence. "Blasts
        // were heard, and X returned to say ..." does not make X the source of the blasts.
        let governs = |r: &Report| match r.verb {
            None => true,
            Some(verb) if r.source.start > verb => span.start < verb,
            Some(verb) => {
                span.start > verb
                    || span.end <= r.source.start
                        && r.source.start > 0
                        && tokens[r.source.start - 1].kind == TokenKind::Punct
            }
        };
        sentence
            .reports
            .iter()
            .filter(|r| !r.source.contains(&span.start) && governs(r))
            .min_by_key(|r| {
                let at = r.verb.unwrap_or(r.source.start);
                at.abs_diff(span.start)
            })
    }

    fn attribution(&self, sentence: &Sentence<'_>, report: &Report) -> Attribution {
        let tokens = &sentence.tokens;
        let bytes = tokens[report.source.start].start..tokens[report.source.end - 1].end;
        Attribution {
            source: sentence.text[bytes.clone()].to_string(),
            actor: report.actor.clone(),
            span: self.document.source_span(bytes),
        }
    }

    /// Cue words before the trigger in its clause decide; then a modal right after it.
    fn modality(
        &self,
        sentence: &Sentence<'_>,
        clause: &Range<usize>,
        span: &Range<usize>,
    ) -> Modality {
        let tokens = &sentence.tokens;
        let stop = [
            "that", "whether", "which", "who", "because", "while", "but", "and",
        ];
        let earliest = clause.start.max(span.start.saturating_sub(6));
        for at in (earliest..span.start).rev() {
            if self.in_timex(&tokens[at]) {
                continue;
            }
            if let Some((len, modality)) = self.lexicon.modality.longest(sentence.lower, tokens, at)
            {
                if at + len <= span.start {
                    return *modality;
                }
            }
            if stop.contains(&tokens[at].lower(sentence.lower).as_ref()) {
                // "rejected accusations that its forces had broken the truce": what a denial
                // introduces did not happen, by the denier's account.
                let denied = (at.saturating_sub(3)..at).any(|i| {
                    matches!(
                        tokens[i].lower(sentence.lower).as_ref(),
                        "denied" | "rejected" | "dismissed" | "denies" | "rejects"
                    )
                });
                if denied && tokens[at].lower(sentence.lower) == "that" {
                    return Modality::Negated;
                }
                break;
            }
        }
        let after = &tokens[span.end..clause.end.min(span.end + 3)];
        for (i, token) in after.iter().enumerate() {
            if self.in_timex(token) {
                continue;
            }
            match token.lower(sentence.lower).as_ref() {
                "may" | "might" | "could" => return Modality::Hypothetical,
                "will" | "would" => return Modality::Planned,
                // "the clash never happened", "the raid never took place".
                "never"
                    if after.get(i + 1).is_some_and(|t| {
                        matches!(
                            t.lower(sentence.lower).as_ref(),
                            "happened" | "occurred" | "took"
                        )
                    }) =>
                {
                    return Modality::Negated;
                }
                _ => {}
            }
        }
        Modality::Happened
    }

    /// The nearest phase word within six tokens of a ceasefire; "declared" without one.
    fn phase(&self, sentence: &Sentence<'_>, span: &Range<usize>) -> Phase {
        let tokens = &sentence.tokens;
        let low = span.start.saturating_sub(6);
        let high = (span.end + 6).min(tokens.len());
        (low..high)
            .filter(|at| !span.contains(at))
            .filter_map(|at| {
                self.lexicon
                    .phases
                    .longest(sentence.lower, tokens, at)
                    .map(|(_, p)| (at, *p))
            })
            .min_by_key(|(at, _)| at.abs_diff(span.start))
            .map_or(Phase::Declared, |(_, phase)| phase)
    }

    /// A count of people near a casualty word, nearest first, preferring one before it.
    fn count(
        &self,
        sentence: &Sentence<'_>,
        span: &Range<usize>,
    ) -> Option<(Range<usize>, parse::Count)> {
        let text = sentence.text;
        let tokens = &sentence.tokens;
        let clause = clause_of(text, tokens, span.start);
        let mut best: Option<(usize, Range<usize>, parse::Count)> = None;
        // A count read from its first word: "at least 12" is not also "12".
        let mut covered_until = 0;
        for at in clause.clone() {
            if span.contains(&at) || sentence.tokens[at].start < covered_until {
                continue;
            }
            let (len, count) = match parse::count_at(&text[tokens[at].start..sentence.range.end]) {
                Some(found) => found,
                None => continue,
            };
            let end = tokens[at].start + len;
            covered_until = end;
            // A figure of people: a people word or the trigger itself within three tokens.
            let next = tokens
                .iter()
                .position(|t| t.start >= end)
                .unwrap_or(tokens.len());
            let window = next..(next + 3).min(tokens.len());
            let people = window.clone().any(|i| {
                span.contains(&i)
                    || sentence
                        .cues
                        .iter()
                        .any(|(c, cue)| *c == i && *cue == Cue::People)
            });
            if !people {
                continue;
            }
            let distance = at.abs_diff(span.start) + if at > span.start { 3 } else { 0 };
            if best.as_ref().is_none_or(|(d, ..)| distance < *d) {
                best = Some((distance, tokens[at].start..end, count));
            }
        }
        best.map(|(_, range, count)| (range, count))
    }

    /// The people word right after a figure ("23 Pakistani soldiers" counts soldiers).
    fn counted(&self, sentence: &Sentence<'_>, end: usize) -> Option<String> {
        let next = Reader::token_at(sentence, end);
        (next..(next + 3).min(sentence.tokens.len())).find_map(|i| {
            let people = sentence
                .cues
                .iter()
                .any(|(c, cue)| *c == i && *cue == Cue::People);
            people.then(|| sentence.tokens[i].lower(sentence.lower).into_owned())
        })
    }

    /// A duration written against the trigger: "four-day talks", "48-hour ceasefire", "five
    /// days of fighting".
    fn duration(
        &self,
        sentence: &Sentence<'_>,
        span: &Range<usize>,
    ) -> (Option<String>, Option<crate::span::Span>) {
        let tokens = &sentence.tokens;
        let trigger_start = tokens[span.start].start;
        let in_sentence = self
            .all
            .iter()
            .filter(|(r, _)| r.start >= sentence.range.start && r.end <= sentence.range.end);
        let found = in_sentence.clone().find(|(range, timex)| {
            if timex.kind != TimexType::Duration {
                return false;
            }
            let between: Vec<&Token> = tokens
                .iter()
                .filter(|t| t.start >= range.end && t.end <= trigger_start)
                .collect();
            let adjacent = between.len() <= 2 && between.iter().all(|t| t.kind == TokenKind::Word);
            let of = between.len() <= 2
                && between
                    .first()
                    .is_some_and(|t| t.lower(sentence.lower) == "of");
            range.end <= trigger_start && (adjacent || of)
        });
        match found {
            Some((_, timex)) => (Some(timex.value.clone()), Some(timex.span)),
            None => (None, None),
        }
    }

    /// The round number: "the third round", "round two".
    fn round(&self, sentence: &Sentence<'_>, span: &Range<usize>) -> Option<u32> {
        let text = sentence.text;
        let tokens = &sentence.tokens;
        let word = tokens[span.start].lower(sentence.lower);
        if !matches!(word.as_ref(), "round" | "rounds" | "session") {
            return None;
        }
        let before = span.start.checked_sub(1)?;
        if let Some((len, n)) = parse::ordinal_at(&text[tokens[before].start..tokens[before].end]) {
            if len == tokens[before].end - tokens[before].start {
                return Some(n);
            }
        }
        let after = tokens.get(span.end)?;
        match parse::count_at(after.text(text)) {
            Some((_, count)) if count.low == count.high => {
                count.low.and_then(|n| u32::try_from(n).ok())
            }
            _ => None,
        }
    }

    /// Where: a place name right before the trigger ("Istanbul talks"), else one after it
    /// behind a preposition ("explosions in Kabul"), else one before it in its clause.
    fn place(
        &self,
        sentence: &Sentence<'_>,
        clause: &Range<usize>,
        span: &Range<usize>,
    ) -> Option<Place> {
        let tokens = &sentence.tokens;
        let owned: Vec<&PlaceHit> = sentence
            .places
            .iter()
            .filter(|p| self.owns(sentence, span, p.tokens.start))
            .collect();
        let no_comma_between = |p: &PlaceHit| {
            tokens[span.end..p.tokens.start]
                .iter()
                .all(|t| !t.is(sentence.text, ','))
        };
        let hit = owned
            .iter()
            .find(|p| p.tokens.end <= span.start && span.start - p.tokens.end <= 1 && !p.located)
            .or_else(|| {
                owned.iter().find(|p| {
                    p.located
                        && p.tokens.start >= span.end
                        && p.tokens.start <= span.end + 8
                        && (p.tokens.start < clause.end || no_comma_between(p))
                })
            })
            .or_else(|| {
                // "in Istanbul raised concerns over air operations" places the raising, not
                // the operations: a place before the trigger must be close to it.
                owned.iter().rfind(|p| {
                    p.located
                        && p.tokens.end <= span.start
                        && p.tokens.start >= clause.start
                        && span.start - p.tokens.end <= 3
                })
            })?;
        Some(Place {
            name: hit.place.clone(),
            span: self.document.source_span(hit.bytes.clone()),
        })
    }

    fn participants(
        &self,
        sentence: &Sentence<'_>,
        clause: &Range<usize>,
        span: &Range<usize>,
        trigger: Trigger,
        report: Option<&Report>,
    ) -> Vec<Participant> {
        let text = sentence.text;
        let tokens = &sentence.tokens;
        let word = |i: usize| {
            tokens
                .get(i)
                .map(|t| t.lower(sentence.lower).into_owned())
                .unwrap_or_default()
        };
        let mut roles: Vec<(&ActorHit, Role)> = Vec::new();
        let actors: Vec<&ActorHit> = sentence.actors.iter().filter(|a| !a.as_place).collect();
        let in_clause =
            |a: &&ActorHit| a.tokens.start >= clause.start && a.tokens.end <= clause.end;
        let clause_actors = || actors.iter().copied().filter(|a| in_clause(a));
        let in_source = |a: &ActorHit| report.is_some_and(|r| r.source.contains(&a.tokens.start));
        match trigger.kind {
            EventKind::Attack
            | EventKind::Airstrike
            | EventKind::Explosion
            | EventKind::Shelling => {
                for actor in clause_actors() {
                    let before = actor.tokens.end <= span.start;
                    let lead = word(actor.tokens.start.wrapping_sub(1));
                    let role = if actor.tokens.start >= span.end {
                        match lead.as_str() {
                            "by" => Some(Role::Attacker),
                            "on" | "against" | "inside" | "into" | "across" | "targeting" => {
                                Some(Role::Target)
                            }
                            _ if word(actor.tokens.start.wrapping_sub(2)) == "blamed" => {
                                Some(Role::Attacker)
                            }
                            _ if trigger.verb => Some(Role::Target),
                            _ => None,
                        }
                    } else if before && (span.start - actor.tokens.end <= 2 || trigger.verb) {
                        Some(Role::Attacker)
                    } else {
                        None
                    };
                    if let Some(role) = role {
                        roles.push((actor, role));
                    }
                }
                // "attacks that Afghan authorities blamed on Pakistan": the blamed side attacked.
                if let Some(blamed) = (span.end..tokens.len().min(span.end + 8))
                    .find(|&i| word(i) == "blamed" && word(i + 1) == "on")
                {
                    if let Some(&actor) = actors.iter().find(|a| a.tokens.start == blamed + 2) {
                        roles.retain(|(_, role)| *role != Role::Attacker);
                        roles.push((actor, Role::Attacker));
                    }
                }
            }
            EventKind::ArmedClash | EventKind::BorderClosure | EventKind::BorderReopening => {
                for actor in clause_actors().filter(|a| !in_source(a)) {
                    roles.push((actor, Role::Party));
                }
            }
            EventKind::Talks | EventKind::Ceasefire | EventKind::Agreement => {
                let mediators = mediators(sentence, &actors);
                for &actor in &actors {
                    if mediators.iter().any(|m| std::ptr::eq(*m, actor)) {
                        roles.push((actor, Role::Mediator));
                    } else if !in_source(actor) && actor.name.kind != ActorType::Person {
                        roles.push((actor, Role::Party));
                    }
                }
            }
            EventKind::Statement => {}
            EventKind::Threat => {
                for actor in clause_actors() {
                    let role = if actor.tokens.end <= span.start {
                        Role::Speaker
                    } else {
                        Role::Target
                    };
                    roles.push((actor, role));
                }
            }
            EventKind::CasualtyClaim => {
                // "58 Pakistani soldiers were killed": the side named with the figure lost them.
                if let Some((range, _)) = self.count(sentence, span) {
                    let after = tokens
                        .iter()
                        .position(|t| t.start >= range.end)
                        .unwrap_or(tokens.len());
                    if let Some(&actor) = actors
                        .iter()
                        .find(|a| a.tokens.start >= after && a.tokens.start <= after + 1)
                    {
                        roles.push((actor, Role::Target));
                    }
                }
            }
        }
        let mut participants: Vec<Participant> = roles
            .into_iter()
            .map(|(hit, role)| Participant {
                actor: party_actor(&hit.name, role),
                role,
                span: self.document.source_span(hit.bytes.clone()),
            })
            .collect();
        if let Some(report) = report.filter(|_| {
            matches!(
                trigger.kind,
                EventKind::Statement | EventKind::CasualtyClaim | EventKind::Threat
            )
        }) {
            let bytes = tokens[report.source.start].start..tokens[report.source.end - 1].end;
            let actor = report
                .actor
                .clone()
                .unwrap_or_else(|| text[bytes.clone()].to_string());
            participants.push(Participant {
                actor,
                role: Role::Speaker,
                span: self.document.source_span(bytes),
            });
        }
        participants.sort_by(|a, b| (a.role, &a.actor).cmp(&(b.role, &b.actor)));
        participants.dedup_by(|a, b| a.role == b.role && a.actor == b.actor);
        // A mediator is not also a party to what it mediates.
        let mediating: Vec<String> = participants
            .iter()
            .filter(|p| p.role == Role::Mediator)
            .map(|p| p.actor.clone())
            .collect();
        participants.retain(|p| p.role != Role::Party || !mediating.contains(&p.actor));
        participants.sort_by_key(|p| p.span);
        participants
    }

    /// When: a temporal expression in the clause, else in the sentence, else the narrative
    /// time; an untimed event told as past is bounded by the publication date.
    fn when(
        &self,
        sentence: &Sentence<'_>,
        clause: &Range<usize>,
        span: &Range<usize>,
        kind: EventKind,
        modality: Modality,
    ) -> When {
        let tokens = &sentence.tokens;
        let trigger = tokens[span.start].start;
        let clause_bytes = tokens[clause.start].start..tokens[clause.end - 1].end;
        let in_sentence: Vec<&(Range<usize>, &Timex)> = self
            .timexes
            .iter()
            .filter(|(r, _)| r.start >= sentence.range.start && r.end <= sentence.range.end)
            .collect();
        let nearest = |candidates: &mut dyn Iterator<Item = &&(Range<usize>, &'a Timex)>| {
            candidates
                .min_by_key(|(r, _)| r.start.abs_diff(trigger))
                .map(|(r, t)| (r.clone(), *t))
        };
        // A toll is dated by the fighting it counts: "23 soldiers were killed in the clashes
        // of October 11 and 12" takes the clashes' date.
        let mine = |r: &Range<usize>| match self.owner(
            sentence,
            span,
            Reader::token_at(sentence, r.start),
        ) {
            None => !self.embedded(sentence, span, r),
            Some(other) => kind == EventKind::CasualtyClaim && other.is_violent(),
        };
        let in_clause =
            |r: &Range<usize>| r.start >= clause_bytes.start && r.start < clause_bytes.end;
        if let Some((range, timex)) =
            nearest(&mut in_sentence.iter().filter(|(r, _)| in_clause(r) && mine(r)))
        {
            return self.bounds_of(sentence, &range, timex, &in_sentence, TimeSource::Clause);
        }
        // A date elsewhere in the sentence: ordered against the event by the words between
        // them, or taken as the event's own when it is in another clause.
        let candidates = in_sentence
            .iter()
            .filter(|(r, _)| !(in_clause(r) && mine(r)));
        let mut ordered: Vec<&&(Range<usize>, &Timex)> = candidates.collect();
        ordered.sort_by_key(|(r, _)| r.start.abs_diff(trigger));
        for (range, timex) in ordered.into_iter().map(|(r, t)| (r.clone(), *t)) {
            let order = self.order_between(sentence, span, &range);
            if order.is_none() && in_clause(&range) {
                // Another event's date in the same clause, with nothing relating the two.
                continue;
            }
            let mut when =
                self.bounds_of(sentence, &range, timex, &in_sentence, TimeSource::Sentence);
            match order {
                Some(true) => {
                    when.latest = self.published.map(Bound::Day);
                }
                Some(false) => {
                    when.latest = when.earliest.or(when.latest);
                    when.earliest = None;
                }
                None => {}
            }
            return when;
        }
        // A statement without a date of its own was made by the time of publication; other
        // events take the narrative time of their paragraph, when the sentence has no dates
        // of its own (all taken by other events, they say nothing of this one).
        // "There are no plans for another round": what is denied is still to come, and the
        // story's time so far does not date it.
        let next_one = span.start > 0
            && matches!(
                tokens[span.start - 1].lower(sentence.lower).as_ref(),
                "another" | "further" | "next"
            );
        let modality = if modality == Modality::Negated && next_one {
            Modality::Planned
        } else {
            modality
        };
        let narrative = self
            .timexes
            .iter()
            .filter(|_| {
                in_sentence.is_empty()
                    && kind != EventKind::Statement
                    && modality != Modality::Planned
            })
            .filter(|(r, _)| r.start >= self.block.start && r.end <= sentence.range.start)
            .rfind(|(_, t)| {
                matches!((t.earliest, t.latest), (Some(a), Some(b)) if a.date() == b.date())
            });
        if let Some((range, timex)) = narrative {
            let day = timex.earliest.map(|b| Bound::Day(b.date()));
            return When {
                earliest: day,
                latest: day,
                source: TimeSource::Narrative,
                timex: Some(self.document.source_span(range.clone())),
            };
        }
        match (modality, self.published) {
            (Modality::Happened, Some(date)) => When {
                earliest: None,
                latest: Some(Bound::Day(date)),
                source: TimeSource::Publication,
                timex: None,
            },
            (Modality::Planned, Some(date)) => When {
                earliest: Some(Bound::Day(date)),
                latest: None,
                source: TimeSource::Publication,
                timex: None,
            },
            _ => When {
                earliest: None,
                latest: None,
                source: TimeSource::None,
                timex: None,
            },
        }
    }

    /// Whether the event at `span` came after (`Some(true)`) or before (`Some(false)`) the
    /// one dated at `range`, by the words between them: "a truce on October 19 after
    /// emergency talks" (the talks came first), "the deal came after a truce that took effect
    /// on October 15" (the deal came later), "a 48-hour ceasefire collapsed, prompting a
    /// second truce on October 19" (the first came earlier).
    fn order_between(
        &self,
        sentence: &Sentence<'_>,
        span: &Range<usize>,
        range: &Range<usize>,
    ) -> Option<bool> {
        let tokens = &sentence.tokens;
        let trigger_first = tokens[span.start].start < range.start;
        let (low, high) = if trigger_first {
            (span.end, Reader::token_at(sentence, range.start))
        } else {
            (Reader::token_at(sentence, range.end), span.start)
        };
        (low..high.min(tokens.len())).find_map(|at| {
            let word = tokens[at].lower(sentence.lower);
            let joint = self
                .lexicon
                .joints
                .longest(sentence.lower, tokens, at)
                .map(|(_, j)| *j);
            match (joint, word.as_ref()) {
                (Some(Joint::After), _) | (None, "since") => Some(trigger_first),
                (Some(Joint::Before), _) | (None, "until" | "till") => Some(!trigger_first),
                (Some(Joint::Causes), _) => Some(!trigger_first),
                (Some(Joint::CausedBy), _) => Some(trigger_first),
                _ => None,
            }
        })
    }

    /// Bounds from one expression: stretched to a second day joined to it ("October 18 and
    /// 19", "Oct 25-30"), opened on one side by the word before it ("since 2021" is from 2021
    /// to publication, "until Friday" up to Friday).
    fn bounds_of(
        &self,
        sentence: &Sentence<'_>,
        range: &Range<usize>,
        timex: &Timex,
        in_sentence: &[&(Range<usize>, &Timex)],
        source: TimeSource,
    ) -> When {
        let mut earliest = timex.earliest;
        let mut latest = timex.latest;
        let next = in_sentence.iter().find(|(r, _)| r.start >= range.end);
        if let Some((next_range, next)) = next {
            let joiner = self.text[range.end..next_range.start].trim();
            if next_range.start - range.end <= 9
                && matches!(joiner, "-" | "\u{2013}" | "and" | "to" | "through")
            {
                latest = next.latest.or(latest);
            }
        }
        let before = sentence
            .tokens
            .iter()
            .rfind(|t| t.end <= range.start)
            .map(|t| t.lower(sentence.lower).into_owned())
            .unwrap_or_default();
        match before.as_str() {
            "since" => latest = self.published.map(Bound::Day).or(None),
            "until" | "till" | "by" | "before" => earliest = None,
            _ => {}
        }
        When {
            earliest,
            latest,
            source,
            timex: Some(timex.span),
        }
    }
}

/// The actor a role names: a person stays a person, a nationality becomes the country.
fn party_actor(name: &ActorName, role: Role) -> String {
    match (name.kind, role, &name.affiliation) {
        // A person who attacks, negotiates or mediates does so for a side: "Anwar mediated"
        // is Malaysia mediating, which other reports may name as the country.
        (
            ActorType::Person,
            Role::Party | Role::Attacker | Role::Target | Role::Mediator,
            Some(side),
        ) => side.clone(),
        _ => name.actor.clone(),
    }
}

/// Mediators in a sentence: "mediated by Qatar and Turkey", "Turkey-mediated", "the
/// Qatar-Turkey facilitation", "Anwar mediated the meeting".
fn mediators<'h>(sentence: &Sentence<'_>, actors: &[&'h ActorHit]) -> Vec<&'h ActorHit> {
    let text = sentence.text;
    let tokens = &sentence.tokens;
    let mut found = Vec::new();
    for &(at, cue) in &sentence.cues {
        if cue != Cue::Mediation {
            continue;
        }
        // Inside one hyphenated word: "Turkey-mediated", "Qatar-Turkey facilitation".
        for actor in actors
            .iter()
            .filter(|a| a.tokens.start == at || a.tokens.end == at)
        {
            if tokens[actor.tokens.start].text(text).contains('-') || actor.tokens.end == at {
                found.push(*actor);
            }
        }
        if tokens
            .get(at + 1)
            .is_some_and(|t| t.lower(sentence.lower) == "by")
        {
            let clause = clause_of(text, tokens, at);
            let mut end = (at + 2).max(clause.end);
            // "by Qatar and Turkey, which ..." stops at the next clause.
            end = end.min(tokens.len());
            for actor in actors
                .iter()
                .filter(|a| a.tokens.start >= at + 2 && a.tokens.start < end)
            {
                found.push(*actor);
            }
        } else if tokens[at].lower(sentence.lower).ends_with("ed") {
            // "Anwar mediated the meeting": the subject mediates.
            if let Some(actor) = actors
                .iter()
                .rfind(|a| a.tokens.end <= at && at - a.tokens.end <= 2)
            {
                found.push(*actor);
            }
        }
    }
    found
}

/// The subject words of a reporting clause, without leading conjunctions, quotes or "that".
fn trim_subject(text: &str, tokens: &[Token], mut range: Range<usize>) -> Range<usize> {
    let skip = [
        "and", "but", "that", "while", "as", "which", "who", "also", "when", "although", "though",
        "because", "if", "after", "before", "since", "whereas",
    ];
    while range.start < range.end {
        let token = &tokens[range.start];
        if token.kind == TokenKind::Punct || skip.contains(&token.lower(text).as_ref()) {
            range.start += 1;
        } else {
            break;
        }
    }
    while range.end > range.start {
        let token = &tokens[range.end - 1];
        let word = token.lower(text);
        let adverb = matches!(
            word.as_ref(),
            "also"
                | "earlier"
                | "later"
                | "again"
                | "has"
                | "had"
                | "have"
                | "was"
                | "were"
                | "always"
                | "never"
                | "neither"
                | "nor"
                | "and"
                | "or"
                | "both"
                | "either"
                | "repeatedly"
                | "publicly"
                | "quickly"
                | "separately"
        );
        if token.kind == TokenKind::Punct || adverb {
            range.end -= 1;
        } else {
            break;
        }
    }
    // A subject is a noun phrase: it has no reporting or finite verb of its own.
    if tokens[range.clone()].iter().any(|t| {
        matches!(
            t.lower(text).as_ref(),
            "said" | "says" | "told" | "is" | "are"
        )
    }) {
        return range.end..range.end;
    }
    range
}

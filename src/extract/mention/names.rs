//! Who and where: actor and place names in a sentence, metonymy ("Kabul said" against
//! "explosions in Kabul"), the actors an event involves and their roles.

use super::*;
use crate::extract::lexicon::NOTED_BIT;
use crate::extract::tokens::{CAPITAL_BIT, HYPHEN_BIT, WordSet};

impl<'a> Reader<'a> {
    /// Actor and place names, cue words.
    pub(super) fn find_names<'t>(&mut self, sentence: &mut Sentence<'t>)
    where
        'a: 't,
    {
        let tokens = sentence.tokens;
        let lexicon = sentence.lexicon;
        let dateline = dateline(sentence);
        // Behind a preposition ("in Kabul", "near the border"): asked only where a name
        // starts, as few tokens start one.
        let located_at = |sentence: &Sentence<'_>, at: usize| {
            let before = at.checked_sub(1).map_or("", |i| sentence.word(i));
            at >= 1 && placing(sentence, at - 1)
                || before == "the" && at >= 2 && placing(sentence, at - 2)
        };
        // Nearly every word starts no cue, place or actor: one test of the lists it starts
        // phrases of turns it away from all three.
        let named = lexicon.cues.bit() | lexicon.places.bit() | lexicon.actors.bit();
        // The bits of a word no list has a phrase of that is still read for what it is.
        let marked = named | NOTED_BIT;
        let mut at = 0;
        loop {
            // Nearly every word is in no list, is none of the words that name someone by what
            // they are, is no surname and has no hyphen: the walk passes it by its bits alone
            // (see the last case below). A capital may be a surname once someone is named in
            // full, which may be in this sentence.
            let capital = if self.surnames.is_empty() {
                0
            } else {
                CAPITAL_BIT
            };
            at = sentence
                .words
                .next_starting(at, marked | HYPHEN_BIT | capital);
            let Some(token) = tokens.get(at) else {
                break;
            };
            let starts = sentence.words.starts(at);
            let listed = starts & named != 0;
            if let Some((len, cues)) = listed
                .then(|| lexicon.cues.longest(sentence.words, at))
                .flatten()
            {
                sentence.cues.extend(cues.iter().map(|cue| (at, *cue)));
                if len > 1 {
                    at += len;
                    continue;
                }
            }
            let place = listed
                .then(|| lexicon.places.longest(sentence.words, at))
                .flatten()
                .map(|(len, p)| (len, Cow::Borrowed(p.as_str())));
            let actor = listed
                .then(|| lexicon.actors.longest(sentence.words, at))
                .flatten();
            // Names that only qualify the next word are neither who acts nor where: a zone
            // ("21:45 Khartoum time", "7 a.m. Israel time"), or a gathering named after the
            // body that holds it ("at a NATO summit", "the G20 summit"), where leaders meet,
            // not a side of what they discuss there.
            if let Some((len, _)) = actor.as_ref().filter(|(len, name)| {
                let next = sentence.word(at + len);
                next == "time"
                    || name.kind == ActorType::Organization && matches!(next, "summit" | "summits")
            }) {
                at += len;
                continue;
            }
            let bytes = |len: usize| token.start..tokens[at + len - 1].end;
            let located = (actor.is_some() || place.is_some()) && located_at(sentence, at);
            match (actor, place) {
                (Some((len, name)), Some((place_len, place))) => {
                    // A capital is the place after "in" or "of"; elsewhere it is the government.
                    // A dateline ("KABUL — Afghanistan and Pakistan have agreed") says where
                    // the report was filed: neither who acts nor where the events were.
                    let dateline = at + len.max(place_len) <= dateline;
                    // "residents of Khartoum", "the streets of Kabul": a city things are of.
                    let of = at > 0 && sentence.word(at - 1) == "of";
                    let as_place = located || of || name.kind != ActorType::Capital || dateline;
                    if as_place && !dateline {
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
                    let dateline = at + len <= dateline;
                    // "strikes in eastern Afghanistan", "rockets fired into Thai villages":
                    // a country, or its adjective, behind "in" is where; it stays the side
                    // concerned as well.
                    // Not "launched from Afghanistan" (where from) nor "at Pakistan's
                    // request" (whose): `country_place` wants "in", "into", "inside" or
                    // "across" before the name.
                    let country = matches!(name.kind, ActorType::Country | ActorType::Adjective);
                    if country && !dateline {
                        if let Some(hit) = self.country_place(sentence, at, len, name) {
                            sentence.places.push(hit);
                        }
                    }
                    // The surname is a word of the lists, as the whole name is: it is
                    // known by its number.
                    let surname = sentence.words.id(at + len - 1);
                    if let (ActorType::Person, true, Some(surname)) = (name.kind, len > 1, surname)
                    {
                        if !self.surnames.iter().any(|(s, _)| *s == surname) {
                            // The same entry, borrowed for as long as the reader lives.
                            let lexicon: &EventLexicon = self.lexicon;
                            if let Some((_, name)) = lexicon.actors.longest(sentence.words, at) {
                                self.surnames.push((surname, name));
                            }
                        }
                    }
                    if name.kind == ActorType::Group
                        && matches!(sentence.word(at + len - 1), "army" | "military")
                    {
                        let lexicon: &EventLexicon = self.lexicon;
                        self.army = lexicon.actors.longest(sentence.words, at).map(|(_, n)| n);
                    }
                    sentence.actors.push(ActorHit {
                        tokens: at..at + len,
                        bytes: bytes(len),
                        name,
                        as_place: dateline,
                    });
                    at += len;
                }
                (None, Some((len, place))) => {
                    sentence.places.push(PlaceHit {
                        tokens: at..at + len,
                        bytes: bytes(len),
                        place,
                        located: located || locative_lead(sentence, at).is_some(),
                    });
                    at += len;
                }
                (None, None) => {
                    // The word is read only for a noted one (see below): nearly every word
                    // is none, and is turned away by its bits alone.
                    let words = sentence.words;
                    let word = || words.get(at);
                    // "Misri said", once "Vikram Misri" has been named: news calls a person
                    // by surname after the first mention.
                    // A word no list has is no surname: only a listed word is compared,
                    // by its number.
                    // Asked in the order that branches least: whether anyone was named in
                    // full (the same answer for many sentences) before the word's number.
                    let surname = || {
                        if self.surnames.is_empty() || !token.is_capitalized(sentence.text) {
                            return None;
                        }
                        let id = sentence.words.id(at)?;
                        self.surnames
                            .iter()
                            .find(|(s, _)| *s == id)
                            .map(|&(_, name)| name)
                    };
                    // "Pashinyan writes that he has signed": the person who says so, named or
                    // known by nationality ("the Armenian prime minister said he").
                    // The pronoun is asked for first: the reporting verb before it is a
                    // lookup, and nearly every word is no pronoun.
                    let speaker = || {
                        let after_saying = || {
                            at > 0
                                && (sentence.word(at - 1) == "that"
                                    || lexicon
                                        .reporting
                                        .longest(sentence.words, at - 1)
                                        .is_some_and(|(_, tally)| !tally))
                        };
                        (pronoun(word()) && after_saying())
                            .then(|| {
                                sentence.actors.iter().rev().find(|a| {
                                    !a.as_place
                                        && matches!(
                                            a.name.kind,
                                            ActorType::Person | ActorType::Adjective
                                        )
                                })
                            })
                            .flatten()
                            .map(|a| a.name)
                    };
                    // "the army said": the army last named ("Sudan's army"), or in a report
                    // about a state whose army is a faction of its civil war, that army.
                    let army = || {
                        static ARMY: WordSet = WordSet::new(&["army", "military"]);
                        let the_army =
                            ARMY.contains(word()) && at > 0 && sentence.word(at - 1) == "the";
                        let lexicon: &EventLexicon = self.lexicon;
                        the_army
                            .then(|| {
                                self.army.or_else(|| {
                                    lexicon
                                        .armies
                                        .iter()
                                        .find(|(state, _)| self.sides.named(state))
                                        .map(|(_, army)| army)
                                })
                            })
                            .flatten()
                    };
                    // Nearly every word is none of the few that name someone or somewhere by
                    // what they are: the bits it was read with turn it away.
                    let noted = sentence.words.noted(at);
                    let named =
                        surname().or_else(|| noted.then(|| speaker().or_else(army)).flatten());
                    if let Some(name) = named {
                        sentence.actors.push(ActorHit {
                            tokens: at..at + 1,
                            bytes: bytes(1),
                            name,
                            as_place: false,
                        });
                    }
                    if noted && word() == "capital" {
                        self.capital_named(sentence, at, located_at(sentence, at));
                    }
                    if noted && is_settlement_kind(word()) {
                        settlement_named(sentence, at);
                    }
                    if token.hyphenated() {
                        self.hyphenated_names(sentence, at);
                    }
                    at += 1;
                }
            }
        }
    }

    /// A country as the place at token `at`, when a preposition places it, with the compass
    /// word before it: "in eastern Afghanistan", "inside northern Cambodia".
    fn country_place<'t>(
        &self,
        sentence: &Sentence<'t>,
        at: usize,
        len: usize,
        name: &'t ActorName,
    ) -> Option<PlaceHit<'t>> {
        let tokens = sentence.tokens;
        let end = tokens[at + len - 1].end;
        // "wounded in Russian shelling": an adjective before an event names who, not where.
        if name.kind == ActorType::Adjective
            && at + len < tokens.len()
            && self
                .lexicon
                .triggers
                .longest(sentence.words, at + len)
                .is_some()
        {
            return None;
        }
        let inside = |i: usize| matches!(sentence.word(i), "in" | "into" | "inside" | "across");
        let compass = at >= 2 && COMPASS.contains(&sentence.word(at - 1)) && inside(at - 2);
        if compass {
            let place = format!("{} {}", sentence.word(at - 1), name.actor);
            return Some(PlaceHit {
                tokens: at - 1..at + len,
                bytes: tokens[at - 1].start..end,
                place: Cow::Owned(place),
                located: true,
            });
        }
        (at >= 1 && inside(at - 1)).then(|| PlaceHit {
            tokens: at..at + len,
            bytes: tokens[at].start..end,
            place: Cow::Borrowed(&name.actor),
            located: true,
        })
    }

    /// "killed in the district", "near the town": the last place of that kind the paragraph
    /// named, counting those before it in the sentence. Then remembers the sentence's places.
    pub(super) fn places_referred_back<'t>(&mut self, sentence: &mut Sentence<'t>)
    where
        'a: 't,
    {
        let tokens = sentence.tokens;
        // Always inlined: the closure it was stayed a call at every word of a paragraph that
        // has named a kind of place.
        #[inline(always)]
        fn referring(sentence: &Sentence<'_>, at: usize) -> bool {
            sentence.word(at - 1) == "the"
                && locative(sentence.word(at - 2))
                && sentence.word(at + 1) != "of"
        }
        // Only a kind of place the paragraph or the sentence has named can be referred to:
        // "in the morning" needs no look at the places.
        let kind_named = |word: &str| {
            self.last_place_of_kind.get(word).is_some()
                || sentence.places.iter().any(|hit| {
                    self.lexicon
                        .place_types
                        .get(hit.place.as_ref())
                        .is_some_and(|kind| kind == word)
                })
        };
        let mut found = Vec::new();
        // A sentence of a paragraph that has named no kind of place, and that names none
        // itself, refers back to none: its words need no look.
        let kinds_named = !self.last_place_of_kind.is_empty()
            || sentence
                .places
                .iter()
                .any(|hit| self.lexicon.place_types.contains_key(hit.place.as_ref()));
        // Most sentences refer back to no place: only one that does copies the paragraph's.
        if kinds_named
            && (2..tokens.len()).any(|at| referring(sentence, at) && kind_named(sentence.word(at)))
        {
            let mut last = self.last_place_of_kind.clone();
            let mut hits = sentence.places.iter().peekable();
            for at in 2..tokens.len() {
                while let Some(hit) = hits.next_if(|h| h.tokens.end <= at) {
                    self.remember_place(&mut last, &hit.place);
                }
                if !referring(sentence, at) {
                    continue;
                }
                if let Some(place) = last.get(sentence.word(at)) {
                    found.push(PlaceHit {
                        tokens: at..at + 1,
                        bytes: tokens[at - 1].start..tokens[at].end,
                        place: Cow::Borrowed(place),
                        located: true,
                    });
                }
            }
        }
        let mut kept = std::mem::take(&mut self.last_place_of_kind);
        for hit in &sentence.places {
            self.remember_place(&mut kept, &hit.place);
        }
        self.last_place_of_kind = kept;
        sentence.places.extend(found);
        sentence.places.sort_by_key(|h| h.tokens.start);
    }

    /// Files `place` as the last of its kind, when the gazetteer gives it one.
    fn remember_place(&self, last: &mut LastPlaces<'a>, place: &str) {
        let lexicon: &'a EventLexicon = self.lexicon;
        if let Some((place, kind)) = lexicon.place_types.get_key_value(place) {
            last.remember(kind, place);
        }
    }

    /// "the Qatari capital", "the Afghan capital": the capital city of the actor named before.
    pub(super) fn capital_named(&self, sentence: &mut Sentence<'_>, at: usize, located: bool) {
        if sentence.word(at) != "capital" {
            return;
        }
        let Some(actor) = sentence.actors.iter().rfind(|a| a.tokens.end == at) else {
            return;
        };
        let lexicon = sentence.lexicon;
        let Some(capital) = lexicon.capitals.get(actor.name.actor.as_str()) else {
            return;
        };
        let place = lexicon.places.longest_in(&lexicon.vocabulary, capital);
        let place = Cow::Borrowed(place.map_or(capital, |(_, p)| p).as_str());
        let tokens = actor.tokens.start..at + 1;
        let bytes = actor.bytes.start..sentence.tokens[at].end;
        let located = located
            || actor.tokens.start > 0 && {
                let before = sentence.word(actor.tokens.start - 1);
                placing(sentence, actor.tokens.start - 1)
                    || before == "the"
                        && actor.tokens.start >= 2
                        && placing(sentence, actor.tokens.start - 2)
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
    pub(super) fn hyphenated_names(&self, sentence: &mut Sentence<'_>, at: usize) {
        let token = sentence.tokens[at];
        let word = token.text(sentence.text);
        if token.kind != TokenKind::Word || !token.hyphenated() {
            return;
        }
        let mut part_start = 0;
        // The parts are read one after another into the same buffers, those of the last
        // hyphenated word's.
        let (mut tokens, words) = self.parts.take();
        let mut words = words.emptied();
        let boundaries = word
            .char_indices()
            .filter(|(_, c)| matches!(c, '-' | '\u{2010}'))
            .map(|(i, c)| (i, c.len_utf8()));
        for (end, hyphen) in boundaries.chain(std::iter::once((word.len(), 0))) {
            // The part read in place, as the words of a text of its own.
            let bytes = token.start + part_start..token.start + end;
            tokenize_into(sentence.text, bytes.clone(), &mut tokens);
            words.read(sentence.lower, &tokens, &self.lexicon.vocabulary);
            if let Some((1, name)) = sentence.lexicon.actors.longest(&words, 0) {
                sentence.actors.push(ActorHit {
                    tokens: at..at + 1,
                    bytes,
                    name,
                    as_place: false,
                });
            }
            if let Some((1, cues)) = self.lexicon.cues.longest(&words, 0) {
                sentence.cues.extend(cues.iter().map(|cue| (at, *cue)));
            }
            part_start = end + hyphen;
        }
        self.parts.set((tokens, words.emptied()));
    }

    /// Where: a place name right before the trigger ("Istanbul talks"), else one after it
    /// behind a preposition ("explosions in Kabul"), else one before it in its clause.
    pub(super) fn place(
        &self,
        sentence: &Sentence<'_>,
        clause: &Range<usize>,
        span: &Range<usize>,
        kind: EventKind,
    ) -> Option<Place> {
        let tokens = sentence.tokens;
        // "Officials in Kandahar said", "according to analysts in Bangkok": a place inside
        // who speaks says where the speakers are, not where anything happened.
        let describes_speaker = |p: &PlaceHit| {
            sentence
                .reports
                .iter()
                .any(|r| r.source.start <= p.tokens.start && p.tokens.end <= r.source.end)
        };
        // A place behind a preposition belongs to the nearest event word before it in the
        // clause ("negotiations with the Taliban in Istanbul have ended without an
        // agreement" were held in Istanbul), unless another preposition leads on from it to
        // an event word ("agreed in Oslo at a meeting"); other names go to the nearest
        // event word.
        let attached = |p: &PlaceHit| {
            if locative(sentence.word(p.tokens.end)) {
                return self.owns(sentence, span, p.tokens.start);
            }
            let lead = locative_lead(sentence, p.tokens.start).unwrap_or(p.tokens.start);
            let before = sentence
                .triggers
                .iter()
                .filter(|(t, _)| t.end <= lead && t.start >= clause.start)
                .max_by_key(|(t, _)| t.end);
            match before {
                Some((t, _)) if p.located => t == span,
                _ => self.owns(sentence, span, p.tokens.start),
            }
        };
        // The places the event may take. Asked only of a place where it stands near enough
        // to the trigger, as whom a place is attached to costs more to tell than where it
        // stands; of the sentence's places, each is asked at most once, as each stands in
        // one of the spots tried below.
        let owned = |p: &PlaceHit| !describes_speaker(p) && attached(p);
        let places = &sentence.places;
        let no_comma_between = |p: &PlaceHit| {
            tokens[span.end..p.tokens.start]
                .iter()
                .all(|t| !t.is(sentence.text, ','))
        };
        let hit = places
            .iter()
            .find(|p| {
                p.tokens.end <= span.start
                    && span.start - p.tokens.end <= 1
                    && !p.located
                    && owned(p)
            })
            .or_else(|| {
                places.iter().find(|p| {
                    if !p.located || p.tokens.start < span.end {
                        return false;
                    }
                    // Counted from the preposition: "struck several places in the Argun
                    // district of Paktika" is as near as "struck Paktika".
                    let lead = locative_lead(sentence, p.tokens.start).unwrap_or(p.tokens.start);
                    // "said in Kabul", "told reporters in Bangkok"; not "says it has resumed
                    // operations in Gaza", where the place is what is said, nor "accused the
                    // Taliban government in Afghanistan", where it is where the accused are.
                    let said_of = kind == EventKind::Statement
                        && ((span.end..lead).any(|i| {
                            matches!(
                                sentence.word(i),
                                "that" | "it" | "they" | "he" | "she" | "we" | "its" | "their"
                            )
                        }) || sentence
                            .actors
                            .iter()
                            .any(|a| a.tokens.start >= span.end && a.tokens.end <= lead));
                    lead <= span.end + 8
                        && (p.tokens.start < clause.end || no_comma_between(p))
                        && !said_of
                        && owned(p)
                })
            })
            .or_else(|| {
                // "in Istanbul raised concerns over air operations" places the raising, not
                // the operations: a place before the trigger must be close to it.
                places.iter().rfind(|p| {
                    p.located
                        && p.tokens.end <= span.start
                        && p.tokens.start >= clause.start
                        && span.start - p.tokens.end <= 3
                        && owned(p)
                })
            })
            .or_else(|| {
                // "Talks between the two, aimed at easing tensions, have collapsed in
                // Istanbul": the subject's predicate places it, past the description.
                let predicate = sentence.predicate_after_insert(span)?;
                sentence.places.iter().find(|p| {
                    let lead = locative_lead(sentence, p.tokens.start).unwrap_or(p.tokens.start);
                    p.located
                        && predicate.contains(&p.tokens.start)
                        && lead <= predicate.start + 3
                        && !describes_speaker(p)
                })
            })
            .or_else(|| {
                // "The truce was agreed in Moscow after ten hours of talks": talks that an
                // agreement came out of were held where it was agreed.
                let talks = sentence
                    .triggers
                    .iter()
                    .any(|(t, kind)| t == span && *kind == EventKind::Talks);
                sentence.places.iter().rfind(|p| {
                    let after = p.tokens.end;
                    talks
                        && p.located
                        && matches!(sentence.word(after), "after" | "following")
                        && after < span.start
                        && span.start - after <= 6
                        && (after..span.start).all(|i| sentence.tokens[i].kind == TokenKind::Word)
                        && !describes_speaker(p)
                })
            });
        let hit = hit?;
        Some(Place {
            name: hit.place.as_ref().to_owned(),
            span: self.document.source_span(hit.bytes.clone()),
        })
    }

    /// Talks and agreements are placed once and referred back to: "The negotiations,
    /// mediated by Norway" after the talks in Oslo were named are those talks, held there;
    /// "That deal" after a truce agreed in Oslo or talks there was reached there. Only a
    /// definite noun phrase refers back; "another round", "further talks" or "talks could
    /// resume" are other events. A truce holds along the whole front: it places the
    /// agreement it came from but takes no place from before.
    pub(super) fn negotiated_place(
        &mut self,
        sentence: &Sentence<'_>,
        span: &Range<usize>,
        trigger: Trigger,
        mention: &mut Mention,
    ) {
        if let Some(place) = &mention.place {
            if mention.kind == EventKind::Talks {
                self.talks_at = Some(place.clone());
            }
            if matches!(
                mention.kind,
                EventKind::Talks | EventKind::Agreement | EventKind::Ceasefire
            ) {
                self.negotiated_at = Some(place.clone());
            }
            return;
        }
        if trigger.verb || !definite(sentence, span.start) {
            return;
        }
        mention.place = match mention.kind {
            EventKind::Talks => self.talks_at.clone(),
            EventKind::Agreement => self.negotiated_at.clone(),
            _ => None,
        };
    }

    /// An event told in a relative clause about an earlier one happened where that one did:
    /// "the attack at Khojaly, in which dozens were killed", "the raid on the depot near
    /// Lachin, where two guards died".
    pub(super) fn relative_place(
        &self,
        sentence: &Sentence<'_>,
        span: &Range<usize>,
        earlier: &[Mention],
    ) -> Option<Place> {
        let clause = sentence.clause(span.start);
        let opens = |at: usize| match sentence.word(at) {
            "where" => true,
            "in" | "during" => matches!(sentence.word(at + 1), "which" | "whom"),
            _ => false,
        };
        if !opens(clause.start) {
            return None;
        }
        let start = sentence.tokens[clause.start].start;
        earlier
            .iter()
            .rev()
            .filter(|m| {
                self.document
                    .text_range(m.span)
                    .is_some_and(|r| r.end <= start)
            })
            .find_map(|m| m.place.clone())
    }

    pub(super) fn participants(
        &self,
        sentence: &Sentence<'_>,
        clause: &Range<usize>,
        span: &Range<usize>,
        trigger: Trigger,
        report: Option<&Report>,
        breakers: Option<&Breakers<'_, '_>>,
    ) -> Vec<Participant> {
        let text = sentence.text;
        let tokens = sentence.tokens;
        let word = |i: usize| sentence.word(i);
        // In the list of the last mention's, emptied (see `Reader::roles`).
        let mut roles: Vec<(&ActorHit, Role)> = emptied(self.roles.take());
        // The actors that are not places, walked afresh where needed rather than collected
        // for each mention.
        let actors = || sentence.actors.iter().filter(|a| !a.as_place);
        let in_clause =
            |a: &&ActorHit| a.tokens.start >= clause.start && a.tokens.end <= clause.end;
        let clause_actors = || actors().filter(|a| in_clause(a));
        let in_source = |a: &ActorHit| report.is_some_and(|r| r.source.contains(&a.tokens.start));
        match trigger.kind {
            EventKind::Attack
            | EventKind::Airstrike
            | EventKind::Explosion
            | EventKind::Shelling => {
                // Of the actors before a verb, the one nearest it is its subject, with
                // those joined to it by "and": in "a Thai drone was spotted before
                // Cambodian soldiers opened fire", only the Cambodians fired.
                // An actor behind a preposition ("moved on Cambodian positions and opened
                // fire") is a target or a place, never the subject.
                let governed = |actor: &ActorHit| {
                    let mut at = actor.tokens.start;
                    if word(at.wrapping_sub(1)) == "the" {
                        at -= 1;
                    }
                    matches!(
                        word(at.wrapping_sub(1)),
                        "on" | "against"
                            | "at"
                            | "into"
                            | "in"
                            | "inside"
                            | "near"
                            | "toward"
                            | "towards"
                            | "across"
                    )
                };
                let subject = |actor: &ActorHit| {
                    let mut end = actor.tokens.end;
                    clause_actors()
                        .filter(|a| {
                            a.tokens.start >= actor.tokens.end
                                && a.tokens.end <= span.start
                                && !governed(a)
                        })
                        .all(|a| {
                            let joined =
                                (end..a.tokens.start).all(|i| matches!(word(i), "and" | ","));
                            end = a.tokens.end;
                            joined
                        })
                };
                // "Iran had fired 14 missiles": what is fired is the event, and whoever fired
                // it attacked, as the subject of a verb trigger does. Not so for attacks at
                // large: in "militants using Afghan territory to launch attacks" the nearest
                // name before the verb is not who launched them.
                // The words between may describe what was fired at length: "launched one of
                // its heaviest drone and missile attacks", up to a comma.
                let fired = trigger.kind != EventKind::Attack
                    && (1..=7)
                        .take_while(|&back| span.start >= back && word(span.start - back) != ",")
                        .any(|back| {
                            matches!(
                                word(span.start - back),
                                "fired"
                                    | "fires"
                                    | "fire"
                                    | "firing"
                                    | "launched"
                                    | "launches"
                                    | "launch"
                                    | "launching"
                            )
                        });
                for actor in clause_actors() {
                    let before = actor.tokens.end <= span.start;
                    // "an attack by the Rapid Support Forces": the preposition before the
                    // article.
                    let lead = match word(actor.tokens.start.wrapping_sub(1)) {
                        "the" => word(actor.tokens.start.wrapping_sub(2)),
                        lead => lead,
                    };
                    let role = if actor.tokens.start >= span.end {
                        match lead {
                            // "missiles were launched from Iran".
                            "by" | "from" => Some(Role::Attacker),
                            "on" | "at" | "against" | "inside" | "into" | "across"
                            | "targeting" => Some(Role::Target),
                            _ if word(actor.tokens.start.wrapping_sub(2)) == "blamed" => {
                                Some(Role::Attacker)
                            }
                            _ if trigger.verb => Some(Role::Target),
                            _ => None,
                        }
                    } else if before
                        && (!governed(actor)
                            // "wounded in Russian shelling", "killed in the Hamas attack":
                            // the preposition is the noun's, and the name before it says
                            // whose it was. (A capital there is where, "the Kabul attack",
                            // and no actor: see `places_before_triggers`.)
                            || !trigger.verb && actor.tokens.end == span.start)
                        && (span.start - actor.tokens.end <= 2
                            || (trigger.verb || fired) && subject(actor))
                    {
                        Some(Role::Attacker)
                    } else {
                        None
                    };
                    if let Some(role) = role {
                        roles.push((actor, role));
                    }
                }
                // "The Houthis claimed responsibility for the attack": who claims it attacked.
                let responsibility = (span.start.saturating_sub(6)..span.start)
                    .find(|&i| word(i) == "responsibility")
                    .filter(|&i| {
                        i > 0 && matches!(word(i - 1), "claimed" | "claims" | "claiming" | "claim")
                    });
                let unclaimed = !roles.iter().any(|(_, r)| *r == Role::Attacker);
                if let Some(responsibility) = responsibility.filter(|_| unclaimed) {
                    // The claimant ends where "claimed" starts, before "responsibility".
                    if let Some(actor) = clause_actors().rfind(|a| a.tokens.end < responsibility) {
                        roles.push((actor, Role::Attacker));
                    }
                }
                // "attacks that Afghan authorities blamed on Pakistan": the blamed side attacked.
                if let Some(blamed) = (span.end..tokens.len().min(span.end + 8))
                    .find(|&i| word(i) == "blamed" && word(i + 1) == "on")
                {
                    if let Some(actor) = actors().find(|a| a.tokens.start == blamed + 2) {
                        // Read before as the target of "on": the blamed side attacked, and
                        // is no target too.
                        roles.retain(|(a, role)| {
                            *role != Role::Attacker && !std::ptr::eq(*a, actor)
                        });
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
                // "talks hosted by Turkey" mediates the talks, not the truce the same
                // sentence says they produced: a mediator goes to the nearest truce, talks
                // or agreement to the words that name it.
                let all = acting_mediators(sentence);
                let mediating = |actor: &ActorHit, own: bool| {
                    all.iter().any(|(m, cue)| {
                        std::ptr::eq(*m, actor)
                            && (!own || nearest_negotiated(sentence, *cue) == Some(span))
                    })
                };
                // "Pakistan had violated the understanding": who broke a truce attacked, and
                // the sides of a truce told as broken are those who broke it.
                let violator = |actor: &ActorHit| match breakers {
                    Some(Breakers::Named(named)) => named.iter().any(|b| b.tokens == actor.tokens),
                    _ => false,
                };
                // "met on Tuesday, as agreed in Malaysia", "talks in Malaysia next month":
                // where talks are held or an agreement reached says nothing of who is at the
                // table.
                let venue = |actor: &ActorHit| {
                    trigger.kind != EventKind::Ceasefire
                        && !mediating(actor, false)
                        && word(actor.tokens.start.wrapping_sub(1)) == "in"
                };
                // "action against the TTP", "assurances about the TTP": what is negotiated
                // about is not at the table, nor is its short name in brackets after it
                // ("against the Tehrik-e-Taliban Pakistan (TTP)").
                let about = |start: usize| {
                    let mut lead = start.wrapping_sub(1);
                    if word(lead) == "the" {
                        lead = lead.wrapping_sub(1);
                    }
                    matches!(word(lead), "against" | "about" | "regarding" | "concerning")
                };
                let topic = |actor: &ActorHit| {
                    let start = actor.tokens.start;
                    about(start)
                        || word(start.wrapping_sub(1)) == "("
                            && actors()
                                .find(|a| a.tokens.end + 1 == start)
                                .is_some_and(|a| about(a.tokens.start))
                };
                // "a 48-hour extension announced by Qatar", "the ceasefire announced last
                // month by Washington": who announces a truce or a deal need not be at the
                // table.
                let announcer = |actor: &ActorHit| {
                    let by = actor.tokens.start.wrapping_sub(1);
                    word(by) == "by"
                        && (by.saturating_sub(4)..by).any(|i| {
                            matches!(
                                word(i),
                                "announced" | "declared" | "unveiled" | "proclaimed"
                            )
                        })
                };
                for actor in actors() {
                    if violator(actor) {
                        roles.push((actor, Role::Attacker));
                    } else if topic(actor) || announcer(actor) && !mediating(actor, false) {
                        continue;
                    } else if mediating(actor, true) {
                        roles.push((actor, Role::Mediator));
                    } else if breakers.is_none()
                        && !mediating(actor, false)
                        && !in_source(actor)
                        && !venue(actor)
                        && actor.name.kind != ActorType::Person
                        && !describes_a_thing(sentence, actor, span)
                    {
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
                // The speaker's own side: "23 of its soldiers were killed", "Iran has said
                // 600 people died on its side".
                let speakers_own =
                    || report.and_then(|r| actors().find(|a| r.source.contains(&a.tokens.start)));
                // "58 Pakistani soldiers were killed": the side named with the figure lost them.
                if let Some((range, _)) = self.count(sentence, span) {
                    let after = tokens.partition_point(|t| t.start < range.end);
                    if let Some(actor) =
                        actors().find(|a| a.tokens.start >= after && a.tokens.start <= after + 1)
                    {
                        roles.push((actor, Role::Target));
                    } else if word(after) == "of" && matches!(word(after + 1), "its" | "their") {
                        roles.extend(speakers_own().map(|a| (a, Role::Target)));
                    }
                }
                // "the Pakistani toll", "the Thai death toll": the side named before the toll.
                if roles.is_empty() {
                    let before = if span.start > 0 && word(span.start - 1) == "death" {
                        span.start - 1
                    } else {
                        span.start
                    };
                    let named = actors().find(|a| {
                        a.tokens.end == before
                            && matches!(a.name.kind, ActorType::Adjective | ActorType::Country)
                    });
                    roles.extend(named.map(|a| (a, Role::Target)));
                }
                // "610 people have been killed in Iran": a country the dead are counted in
                // lost them, and a toll in one country is not another's. So did the side
                // named ("killed on the Thai side"), or the speaker's own ("Iran has said 600
                // people died on its side").
                let after = |i: usize| word(span.end + i);
                let lost = if after(0) == "in" {
                    sentence.actors.iter().find(|a| {
                        a.tokens.start == span.end + 1 && a.name.kind == ActorType::Country
                    })
                } else if after(0) == "on" && after(1) == "the" && after(3) == "side" {
                    actors().find(|a| a.tokens == (span.end + 2..span.end + 3))
                } else if after(0) == "on"
                    && matches!(after(1), "its" | "their")
                    && after(2) == "side"
                {
                    speakers_own()
                } else {
                    None
                };
                if let Some(lost) = lost.filter(|_| roles.is_empty()) {
                    roles.push((lost, Role::Target));
                }
                // A side counts its own losses: "23 dead, Pakistan's military acknowledged",
                // "killing four people, Israeli emergency services said", and soldiers or
                // civilians it says were killed without naming whose they were.
                if roles.is_empty()
                    && report.is_some_and(|r| self.counts_its_own(sentence, span, r))
                {
                    // A side, not a body named for its country ("the Sudan Doctors' Union").
                    let side = speakers_own().filter(|a| {
                        !matches!(a.name.kind, ActorType::Person | ActorType::Organization)
                    });
                    roles.extend(side.map(|a| (a, Role::Target)));
                }
            }
        }
        // "Each side said" names no speaker of its own: the report's two sides, once known.
        let speaker = report.filter(|r| {
            !r.both
                && matches!(
                    trigger.kind,
                    EventKind::Statement | EventKind::CasualtyClaim | EventKind::Threat
                )
        });
        // Room for the speaker too, so that adding it does not copy the list; and for the
        // two sides a list of any is most often completed with once the report is read (see
        // `complete_sides`), which copied two lists in five to grow them.
        let named = roles.len() + usize::from(speaker.is_some());
        let mut participants = Vec::with_capacity(if named == 0 { 0 } else { named + 2 });
        participants.extend(roles.drain(..).map(|(hit, role)| Participant {
            actor: party_actor(hit.name, role),
            role,
            span: self.document.source_span(hit.bytes.clone()),
        }));
        self.roles.set(emptied(roles));
        if let Some(report) = speaker {
            let bytes = tokens[report.source.start].start..tokens[report.source.end - 1].end;
            // A speaker the lists do not know is named as written, without the article of a
            // name: "The RSF said" is the RSF ("the army said" stays the army), and "An army
            // spokesman said" an army spokesman.
            let article = report.source.len() > 1
                && (word(report.source.start) == "the"
                    && tokens[report.source.start + 1].is_capitalized(text)
                    || matches!(word(report.source.start), "a" | "an"));
            let named = tokens[report.source.start + usize::from(article)].start..bytes.end;
            // "The army said" opening a sentence is the army.
            let actor = report.actor.clone().unwrap_or_else(|| {
                Name::from(match text[named.clone()].strip_prefix("The ") {
                    Some(rest) => format!("the {rest}"),
                    None => text[named].to_string(),
                })
            });
            participants.push(Participant {
                actor,
                role: Role::Speaker,
                span: self.document.source_span(bytes),
            });
        }
        participants.sort_by(|a, b| (a.role, &a.actor).cmp(&(b.role, &b.actor)));
        participants.dedup_by(|a, b| a.role == b.role && a.actor == b.actor);
        // A mediator is not also a party to what it mediates.
        let mediating: Vec<Name> = participants
            .iter()
            .filter(|p| p.role == Role::Mediator)
            .map(|p| p.actor.clone())
            .collect();
        participants.retain(|p| p.role != Role::Party || !mediating.contains(&p.actor));
        participants.sort_by_key(|p| p.span);
        participants
    }
}

impl Reader<'_> {
    /// Who asked for a truce or talks, in the trigger's clause: "requested by the Taliban
    /// authorities", "at Pakistan's request", "at the request of Qatar", "asked for by Kabul".
    pub(super) fn requester(
        &self,
        sentence: &Sentence<'_>,
        clause: &Range<usize>,
    ) -> Option<Participant> {
        let tokens = sentence.tokens;
        let word = |i: usize| sentence.word(i);
        // Walked afresh where needed: collected, the names cost an allocation per truce, talks
        // or agreement.
        let actors = || {
            sentence.actors.iter().filter(|a| {
                !a.as_place && a.tokens.start >= clause.start && a.tokens.end <= clause.end
            })
        };
        // The actor within a few words after `at`: "by the Taliban authorities".
        let after = |at: usize| actors().find(|a| a.tokens.start > at && a.tokens.start <= at + 3);
        let hit = clause.clone().find_map(|at| match word(at) {
            "requested" | "asked" if word(at + 1) == "by" => after(at + 1),
            "requested" | "asked" if word(at + 1) == "for" && word(at + 2) == "by" => after(at + 2),
            "request" if word(at + 1) == "of" => after(at + 1),
            // "at Pakistan's request".
            "request" => actors().rfind(|a| {
                a.tokens.end <= at
                    && at - a.tokens.end <= 3
                    && sentence
                        .text
                        .get(a.bytes.start..tokens[at].start)
                        .is_some_and(|name| {
                            let name = name.trim_end();
                            name.ends_with("'s") || name.ends_with("\u{2019}s")
                        })
            }),
            _ => None,
        })?;
        Some(Participant {
            actor: party_actor(hit.name, Role::Party),
            role: Role::Party,
            span: self.document.source_span(hit.bytes.clone()),
        })
    }
}

impl Reader<'_> {
    /// Where the sentence says that the truce, talks or agreement at `span` had no mediator
    /// ("the halt was agreed directly between the two militaries", "no third country
    /// mediated the truce"): words of that kind within a few tokens, of which this is the
    /// nearest such event.
    pub(super) fn direct(
        &self,
        sentence: &Sentence<'_>,
        span: &Range<usize>,
    ) -> Option<crate::span::Span> {
        const NEAR: usize = 8;
        sentence
            .cues
            .iter()
            .filter(|(_, cue)| *cue == Cue::Direct)
            .find_map(|&(at, _)| {
                let nearest = nearest_negotiated(sentence, at)?;
                if nearest != span || token_distance(nearest, at) > NEAR {
                    return None;
                }
                let (len, _) = self.lexicon.cues.longest(sentence.words, at)?;
                let bytes = sentence.tokens[at].start..sentence.tokens[at + len - 1].end;
                Some(self.document.source_span(bytes))
            })
    }
}

/// The last place of each kind a paragraph has named ("district" → "Spin Boldak"), for "in
/// the district". A paragraph names a few kinds: a short list searched in order, with the
/// kinds and places borrowed from the gazetteer (only a place it knows has a kind), costs
/// less than a map that copies each kind and place it files.
#[derive(Debug, Clone, Default)]
pub(super) struct LastPlaces<'a> {
    kinds: Vec<(&'a str, &'a str)>,
}

impl<'a> LastPlaces<'a> {
    /// Whether no place is filed.
    pub(super) fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }

    /// The last place of `kind`.
    pub(super) fn get(&self, kind: &str) -> Option<&'a str> {
        self.kinds.iter().find(|(k, _)| *k == kind).map(|&(_, p)| p)
    }

    /// Forgets every place (a new paragraph).
    pub(super) fn clear(&mut self) {
        self.kinds.clear();
    }

    /// Files `place` as the last of `kind`.
    fn remember(&mut self, kind: &'a str, place: &'a str) {
        match self.kinds.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, known)) => *known = place,
            None => self.kinds.push((kind, place)),
        }
    }
}

/// The truce, talks or agreement trigger of the sentence nearest to token `at`, the earlier
/// one on a tie.
fn nearest_negotiated<'s>(sentence: &'s Sentence<'_>, at: usize) -> Option<&'s Range<usize>> {
    let distance = |t: &Range<usize>| token_distance(t, at);
    sentence
        .triggers
        .iter()
        .filter(|(_, kind)| {
            matches!(
                kind,
                EventKind::Ceasefire | EventKind::Talks | EventKind::Agreement
            )
        })
        .min_by_key(|(t, _)| (distance(t), t.start))
        .map(|(t, _)| t)
}

/// Whether `word` names a kind of settlement or area ("the city of Terter").
fn is_settlement_kind(word: &str) -> bool {
    static KINDS: WordSet =
        WordSet::new(&["city", "town", "village", "district", "province", "region"]);
    KINDS.contains(word)
}

/// A place the lists do not know, named by what it is: "the city of Terter", "the town of
/// Gubadli", "villages in the Martuni region". The name is taken as written; it must be
/// capitalized and no actor's.
fn settlement_named(sentence: &mut Sentence<'_>, at: usize) {
    if !is_settlement_kind(sentence.word(at)) || at == 0 {
        return;
    }
    let tokens = sentence.tokens;
    let unknown_name = |i: usize| {
        tokens
            .get(i)
            .is_some_and(|t| t.is_capitalized(sentence.text))
            && sentence.lexicon.actors.longest(sentence.words, i).is_none()
            && sentence.lexicon.places.longest(sentence.words, i).is_none()
    };
    let (name, span) = if sentence.word(at - 1) == "the" && sentence.word(at + 1) == "of" {
        // "the city of Terter".
        (at + 2, at..at + 3)
    } else if at >= 2 && sentence.word(at - 2) == "the" {
        // "the Martuni region".
        (at - 1, at - 1..at + 1)
    } else {
        return;
    };
    if !unknown_name(name) || span.end > tokens.len() {
        return;
    }
    // "in the Martuni region", "near the town of Gubadli". As the object of a verb
    // ("shelled the city of Terter") the place would keep apart the accounts of one
    // exchange of fire that name different villages, so it is left to the words before.
    let the = span.start - 1;
    let located = the > 0 && locative(sentence.word(the - 1));
    let place = Cow::Owned(tokens[name].text(sentence.text).to_string());
    sentence.places.push(PlaceHit {
        bytes: tokens[span.start].start..tokens[span.end - 1].end,
        tokens: span,
        place,
        located,
    });
}

/// How many tokens open the sentence as a dateline: "KABUL — ", "PUTRAJAYA, Malaysia — ",
/// "NEW DELHI - ", and wire style with the day and the agency: "KHARTOUM, May 23 (Nile
/// Wire) — ", "GENEVA, Oct. 5 (AP) - ": a place in capitals, then names, numbers, commas,
/// periods and a parenthesis, then a dash. A dateline says where the report was filed, not
/// who acts or where events were.
fn dateline(sentence: &Sentence<'_>) -> usize {
    const LONGEST: usize = 12;
    let tokens = sentence.tokens;
    let opens_in_capitals = tokens.first().is_some_and(|t| {
        let word = t.text(sentence.text);
        t.kind == TokenKind::Word
            && word.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !word.chars().any(char::is_lowercase)
    });
    if !opens_in_capitals {
        return 0;
    }
    let Some(dash) = (1..tokens.len().min(LONGEST + 1))
        .find(|&i| matches!(sentence.word(i), "—" | "–" | "-" | "--"))
    else {
        return 0;
    };
    let names_only = tokens[..dash].iter().all(|t| match t.kind {
        TokenKind::Word => t.is_capitalized(sentence.text),
        TokenKind::Number => true,
        TokenKind::Punct => [',', '.', '(', ')'].iter().any(|&c| t.is(sentence.text, c)),
    });
    if names_only { dash } else { 0 }
}

/// A nationality before a noun that names no one who could negotiate ("US drone
/// operations", "Afghan airspace") describes a thing: it is not a party to the talks the
/// sentence is about. Before "delegation", "officials", "forces" or the event word itself
/// ("Afghan and Pakistani negotiators", "Thai-Cambodian talks") it is.
fn describes_a_thing(sentence: &Sentence<'_>, actor: &ActorHit, span: &Range<usize>) -> bool {
    const AGENTS: &[&str] = &[
        "delegation",
        "delegations",
        "delegate",
        "delegates",
        "official",
        "officials",
        "negotiator",
        "negotiators",
        "side",
        "sides",
        "government",
        "governments",
        "forces",
        "troops",
        "army",
        "armies",
        "military",
        "militaries",
        "leader",
        "leaders",
        "leadership",
        "minister",
        "ministers",
        "ministry",
        "envoy",
        "envoys",
        "representative",
        "representatives",
        "counterpart",
        "counterparts",
        "team",
        "teams",
        "authorities",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "commander",
        "commanders",
        "officer",
        "officers",
        "diplomat",
        "diplomats",
        "administration",
        "president",
        "prime",
        "foreign",
        "defence",
        "defense",
        "security",
        "interior",
        "mediator",
        "mediators",
        "people",
        "soldiers",
        "state",
        "regime",
    ];
    if actor.name.kind != ActorType::Adjective {
        return false;
    }
    // The noun the nationality goes with, past other nationalities joined to it.
    let mut at = actor.tokens.end;
    while at < sentence.tokens.len() {
        let joined = matches!(sentence.word(at), "and" | "," | "-")
            || sentence.actors.iter().any(|a| a.tokens.start == at);
        if !joined {
            break;
        }
        at += 1;
    }
    let head = sentence.word(at);
    let is_word = sentence
        .tokens
        .get(at)
        .is_some_and(|t| t.kind == TokenKind::Word);
    is_word && !span.contains(&at) && !AGENTS.contains(&head)
}

/// Who a sentence says broke a truce.
pub(super) enum Breakers<'s, 't> {
    /// Sides it names: "was broken by Armenian forces", "accused Israel of breaking the
    /// truce", "Pakistan had violated the understanding", "Israel and Iran had both violated
    /// it", "collapsed within minutes, when Azerbaijani forces shelled villages".
    Named(Vec<&'s ActorHit<'t>>),
    /// Both sides, unnamed: "both countries had violated the truce", "violations of the
    /// ceasefire by both parties", "each accused the other of breaking it". Which two they
    /// are is known once the whole report is read (see `complete_sides`).
    Both,
}

/// Nouns for the sides of a war when a sentence does not name them: "both countries", "the
/// two sides", "both armies", "both delegations".
pub(super) fn side_noun(word: &str) -> bool {
    matches!(
        word,
        "sides"
            | "delegations"
            | "countries"
            | "parties"
            | "forces"
            | "armies"
            | "militaries"
            | "nations"
            | "governments"
            | "states"
            | "belligerents"
    )
}

/// Nouns after a side's adjective that stand for its armed forces: "Armenian forces",
/// "Israeli troops".
fn force_noun(word: &str) -> bool {
    matches!(
        word,
        "forces"
            | "troops"
            | "units"
            | "army"
            | "military"
            | "soldiers"
            | "fighters"
            | "jets"
            | "aircraft"
            | "artillery"
            | "militia"
            | "militias"
    )
}

impl Reader<'_> {
    /// Who broke the truce of the trigger at `span`, when its sentence tells it as broken
    /// by the words at `told` (see `Reader::phase_words`). Those words lead: an agent after it ("broken by", "violations of the ceasefire by"),
    /// who is accused of it ("accused X of breaking"), its subject ("X had violated"), or,
    /// for a truce that collapsed "when X shelled ...", who fired then.
    pub(super) fn breakers<'s, 't>(
        &self,
        sentence: &'s Sentence<'t>,
        span: &Range<usize>,
        told: &Range<usize>,
    ) -> Option<Breakers<'s, 't>> {
        let word = |i: usize| sentence.word(i);
        let length = sentence.tokens.len();
        let (start, end) = (told.start.min(span.start), told.end.max(span.end));
        // Who brokered a truce did not break it: "the US-brokered truce collapsed".
        let mediating = acting_mediators(sentence);
        let actors = || {
            sentence
                .actors
                .iter()
                .filter(|a| !a.as_place && !mediating.iter().any(|(m, _)| std::ptr::eq(*m, *a)))
        };
        // The sides named from token `from` on, joined by "and" or commas ("by Israel and
        // Iran"), or both sides unnamed ("by both parties", "by the two sides").
        let agent = |from: usize| {
            let from = from + usize::from(word(from) == "the");
            if matches!(word(from), "both" | "each")
                || word(from) == "two" && side_noun(word(from + 1))
            {
                return Some(Breakers::Both);
            }
            let mut named: Vec<&ActorHit> = Vec::new();
            let mut next = from;
            while let Some(actor) = actors().find(|a| a.tokens.start == next) {
                named.push(actor);
                next = actor.tokens.end;
                next += usize::from(force_noun(word(next)));
                if !matches!(word(next), "and" | ",") {
                    break;
                }
                next += 1;
                next += usize::from(word(next) == "the");
            }
            (!named.is_empty()).then_some(Breakers::Named(named))
        };
        // "by firing rockets" says how, not who.
        if let Some(named) = (word(end) == "by").then(|| agent(end + 1)).flatten() {
            return Some(named);
        }
        // "accused Israel of breaking the truce", "accused the other of violating it".
        if start >= 1 && word(start - 1) == "of" {
            let of = start - 1;
            let accused = (of.saturating_sub(8)..of)
                .rev()
                .find(|&i| matches!(word(i), "accused" | "accuses" | "accusing" | "accuse"))?;
            if word(accused + 1) == "each" || (accused + 1..of).any(|i| word(i) == "other") {
                return Some(Breakers::Both);
            }
            return agent(accused + 1);
        }
        // "both countries had violated", "Israel and Iran had both violated it", "Cambodia
        // denied any violation".
        let mut subject = start;
        while subject > 0
            && matches!(
                word(subject - 1),
                "had"
                    | "has"
                    | "have"
                    | "both"
                    | "all"
                    | "repeatedly"
                    | "already"
                    | "allegedly"
                    | "denied"
                    | "denies"
                    | "any"
            )
        {
            subject -= 1;
        }
        if subject >= 2 && side_noun(word(subject - 1)) {
            let counted = word(subject - 2);
            if counted == "both" || counted == "two" && word(subject.wrapping_sub(3)) == "the" {
                return Some(Breakers::Both);
            }
        }
        let last = actors().rfind(|a| {
            a.tokens.end == subject || a.tokens.end + 1 == subject && force_noun(word(a.tokens.end))
        });
        if let Some(last) = last {
            let mut named = vec![last];
            let mut first = last.tokens.start;
            while first >= 2 && matches!(word(first - 1), "and" | ",") {
                match actors().find(|a| a.tokens.end == first - 1) {
                    Some(actor) => {
                        named.insert(0, actor);
                        first = actor.tokens.start;
                    }
                    None => break,
                }
            }
            return Some(Breakers::Named(named));
        }
        // "collapsed within minutes of taking effect, when Azerbaijani forces shelled
        // villages": whoever fired then broke it.
        let when = (end..length.min(end + 24)).find(|&i| word(i) == "when")?;
        let fired = |from: usize| {
            sentence
                .triggers
                .iter()
                .any(|(t, kind)| t.start == from && kind.is_violent())
        };
        let from = when + 1 + usize::from(word(when + 1) == "the");
        let actor = actors().find(|a| a.tokens.start == from)?;
        let verb = actor.tokens.end + usize::from(force_noun(word(actor.tokens.end)));
        fired(verb).then(|| Breakers::Named(vec![actor]))
    }
}

/// The actor a role names: a person or a group affiliated with a side acts for that side; a
/// nationality becomes the country.
pub(super) fn party_actor(name: &ActorName, role: Role) -> Name {
    match (name.kind, role, &name.affiliation) {
        // A person who attacks, negotiates or mediates does so for a side: "Anwar mediated"
        // is Malaysia mediating, which other reports may name as the country.
        (
            ActorType::Person | ActorType::Group,
            Role::Party | Role::Attacker | Role::Target | Role::Mediator,
            Some(side),
        ) => side.clone(),
        _ => name.actor.clone(),
    }
}

/// Mediators in a sentence: "mediated by Qatar and Turkey", "Turkey-mediated", "the
/// Qatar-Turkey facilitation", "Anwar mediated the meeting", "thanked Qatar for its role in
/// bringing about the truce".
/// Each with the token of the word that says so.
/// The [`mediators`] among the actors of a sentence that are not places. Only a sentence
/// with a word of mediation or credit names any: the others collect no list of actors to
/// look among.
pub(super) fn acting_mediators<'h>(sentence: &'h Sentence<'_>) -> Vec<(&'h ActorHit<'h>, usize)> {
    let cued = sentence
        .cues
        .iter()
        .any(|(_, cue)| matches!(cue, Cue::Mediation | Cue::Credit));
    if !cued {
        return Vec::new();
    }
    let actors: Vec<&ActorHit> = sentence.actors.iter().filter(|a| !a.as_place).collect();
    mediators(sentence, &actors)
}

fn mediators<'h>(
    sentence: &Sentence<'_>,
    actors: &[&'h ActorHit<'_>],
) -> Vec<(&'h ActorHit<'h>, usize)> {
    let text = sentence.text;
    let tokens = sentence.tokens;
    let mut found = Vec::new();
    for &(at, cue) in &sentence.cues {
        if cue == Cue::Credit {
            // "thanked the United States for its role in bringing about the truce", "Qatar's
            // role in securing the deal": whoever is named last before the credit.
            if let Some(actor) = actors
                .iter()
                .rfind(|a| a.tokens.end <= at && at - a.tokens.end <= 6)
            {
                found.push((*actor, at));
            }
            continue;
        }
        if cue != Cue::Mediation {
            continue;
        }
        // "the UN envoy", "EU envoys": a body's envoy mediates; a country's ("Pakistan's
        // envoy to Kabul") speaks for a side.
        let envoy = matches!(sentence.word(at), "envoy" | "envoys");
        // Inside one hyphenated word: "Turkey-mediated", "Qatar-Turkey facilitation".
        for actor in actors
            .iter()
            .filter(|a| a.tokens.start == at || a.tokens.end == at)
            .filter(|a| !envoy || a.name.kind == ActorType::Organization)
        {
            if tokens[actor.tokens.start].text(text).contains('-') || actor.tokens.end == at {
                found.push((*actor, at));
            }
        }
        if envoy {
            continue;
        }
        // "the Saudi and American mediators", "Qatari, Egyptian and US mediators": the names
        // joined to the one right before the word mediate too.
        let mut first = actors
            .iter()
            .find(|a| a.tokens.end == at)
            .map(|a| a.tokens.start);
        while let Some(start) = first.filter(|&s| s >= 2) {
            let joined = matches!(sentence.word(start - 1), "and" | ",");
            let previous = actors.iter().find(|a| a.tokens.end == start - 1);
            match previous.filter(|_| joined) {
                Some(actor) => {
                    found.push((*actor, at));
                    first = Some(actor.tokens.start);
                }
                None => first = None,
            }
        }
        if sentence.word(at + 1) == "by" {
            let clause = sentence.clause(at);
            let mut end = (at + 2).max(clause.end);
            // "by Qatar and Turkey, which ..." stops at the next clause, and "by the United
            // States between Armenia and Azerbaijan" where the sides are named.
            end = end.min(tokens.len());
            if let Some(sides) =
                (at + 2..end).find(|&i| matches!(sentence.word(i), "between" | "among"))
            {
                end = sides;
            }
            for actor in actors
                .iter()
                .filter(|a| a.tokens.start >= at + 2 && a.tokens.start < end)
            {
                found.push((*actor, at));
            }
        } else if sentence.word(at).ends_with("ed") {
            // "Anwar mediated the meeting": the subject mediates, also past a clause that
            // describes it ("Anwar, who chairs ASEAN this year, mediated the meeting").
            let verb = described_subject(sentence, at).unwrap_or(at);
            if let Some(actor) = actors
                .iter()
                .rfind(|a| a.tokens.end <= verb && verb - a.tokens.end <= 2)
            {
                found.push((*actor, at));
            }
        }
    }
    found
}

/// Where the subject of the verb at token `at` ends when a relative clause between commas
/// stands between them ("Anwar, who chairs ASEAN this year, mediated"): the token of the
/// clause's first comma. Looks back a bounded number of tokens.
fn described_subject(sentence: &Sentence<'_>, at: usize) -> Option<usize> {
    let comma = |i: usize| sentence.tokens[i].is(sentence.text, ',');
    if at < 1 || !comma(at - 1) {
        return None;
    }
    (at.saturating_sub(24)..at - 1)
        .rev()
        .take_while(|&i| !comma(i) || matches!(sentence.word(i + 1), "who" | "which"))
        .find(|&i| i >= 1 && comma(i - 1) && matches!(sentence.word(i), "who" | "which"))
        .map(|i| i - 1)
}

/// Whether the noun phrase ending at token `at` opens with a definite determiner or a
/// possessive ("the talks", "That deal", "the three-day negotiations", "the committee's
/// agreement") and names no other occasion ("the next round", "a further meeting").
fn definite(sentence: &Sentence<'_>, at: usize) -> bool {
    const OTHER: &[&str] = &[
        "next", "another", "further", "new", "future", "upcoming", "possible", "fresh",
    ];
    for i in (at.saturating_sub(4)..at).rev() {
        let word = sentence.word(i);
        if OTHER.contains(&word) {
            return false;
        }
        let possessive = word.ends_with("'s") || word.ends_with("\u{2019}s");
        if possessive || matches!(word, "the" | "that" | "this" | "these" | "those") {
            return true;
        }
        if sentence.tokens[i].kind == TokenKind::Punct {
            return false;
        }
    }
    false
}

/// Compass words that narrow a country to a region of it.
const COMPASS: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
    "central",
];

/// The preposition that places a name starting at token `at`, looking past what may stand
/// between them in one noun phrase: "near the ancient Ta Muen Thom temple", "in the Argun and
/// Barmal districts of Paktika province". For names that are only places: a government's
/// name after such words ("troops near the border attacked Kabul") is not placed by them.
fn locative_lead(sentence: &Sentence<'_>, at: usize) -> Option<usize> {
    let word = |i: usize| sentence.word(i);
    let plain = |i: usize| {
        sentence.tokens[i].kind == TokenKind::Word
            && !sentence.tokens[i].is_capitalized(sentence.text)
    };
    let before = at.checked_sub(1)?;
    if locative(word(before)) {
        return Some(before);
    }
    if before >= 1 && word(before) == "the" && locative(word(before - 1)) {
        return Some(before - 1);
    }
    // "near the ancient Ta Muen Thom": one descriptive word after the article.
    if before >= 2
        && plain(before)
        && matches!(word(before - 1), "the" | "a" | "an")
        && locative(word(before - 2))
    {
        return Some(before - 2);
    }
    // "in the Argun district of Paktika": the phrase the "of" belongs to is placed.
    if word(before) == "of" {
        return (before.saturating_sub(6)..before)
            .rev()
            .take_while(|&i| sentence.tokens[i].kind != TokenKind::Punct)
            .find(|&i| locative(word(i)));
    }
    None
}

impl Reader<'_> {
    /// Whether the casualties a report tells at `span` are its speaker's own side's: told by
    /// a body that counts the dead where it serves (a health ministry, emergency services,
    /// rescuers), acknowledged or admitted, or civilians with no side or place named
    /// ("at least 12 civilians were killed, Afghan officials said"). Soldiers are not:
    /// each side claims the other's ("the Taliban said 58 soldiers were killed").
    fn counts_its_own(
        &self,
        sentence: &Sentence<'_>,
        span: &Range<usize>,
        report: &Report,
    ) -> bool {
        let counting_body = report.source.clone().any(|i| {
            matches!(
                sentence.word(i),
                "health" | "emergency" | "medical" | "rescue" | "rescuers" | "paramedics"
            )
        });
        let admitted = report.verb.is_some_and(|v| {
            matches!(
                sentence.word(v),
                "acknowledged" | "acknowledges" | "admitted" | "admits"
            )
        });
        let unnamed_own = sentence.places.is_empty()
            && self.count(sentence, span).is_some_and(|(range, _)| {
                let after = sentence.tokens.partition_point(|t| t.start < range.end);
                sentence.word(after) == "civilians"
            });
        counting_body || admitted || unnamed_own
    }
}

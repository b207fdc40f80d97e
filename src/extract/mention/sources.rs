//! Who says so: reporting verbs and their subjects, "according to", pronouns and
//! surnames that point back to a speaker, and which report governs an event.

use super::*;

impl Reader<'_> {
    /// Who says what: reporting verbs with their subjects, "according to" phrases.
    pub(super) fn find_reports(&mut self, sentence: &mut Sentence<'_>) {
        let text = sentence.text;
        let tokens = sentence.tokens;
        let mut reports = std::mem::take(&mut sentence.reports);
        // A sentence that does not say "according" (as the report's search for it tells)
        // is read at its reporting verbs alone, passing the other words by their bits.
        let range = &sentence.range;
        let next = self.according.partition_point(|&at| at < range.start);
        let according = self
            .according
            .get(next)
            .is_some_and(|&at| at + "according".len() <= range.end);
        let reporting = self.lexicon.reporting.bit();
        let words = sentence.words;
        for at in (0..tokens.len()).filter(|&at| according || words.starts(at) & reporting != 0) {
            let word = sentence.word(at);
            if word == "according" && sentence.word(at + 1) == "to" {
                let clause = sentence.clause((at + 2).min(tokens.len() - 1));
                let source = trim_subject(sentence, at + 2..clause.end.max(at + 2));
                let source = self.untimed(sentence, source);
                if !source.is_empty() && self.is_source(sentence, &source) {
                    reports.push(self.report(sentence, None, source));
                }
                continue;
            }
            if !self.reports_at(sentence, at) {
                continue;
            }
            let clause = sentence.clause(at);
            // "Cambodia's government accused Thailand of aggression and said": the subject
            // of the first verb is the subject of the second.
            let first_verb = (clause.start..at).find(|&i| self.reports_at(sentence, i));
            let before = trim_subject(sentence, clause.start..first_verb.unwrap_or(at));
            let coordinated = at > 0 && matches!(sentence.word(at - 1), "and" | "but");
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
                opens.then(|| trim_subject(sentence, at + 1..clause.end.min(at + 9)))
            };
            let found = source
                .map(|s| self.untimed(sentence, s))
                .filter(|s| !s.is_empty() && s.len() <= 10)
                .and_then(|s| {
                    if self.is_source(sentence, &s) || both(sentence, &s) {
                        Some(s)
                    } else {
                        // "and within minutes each side accused the other": the two sides,
                        // after a phrase that leads into the clause.
                        let fronted = matches!(
                            sentence.word(s.start),
                            "within" | "on" | "in" | "at" | "after" | "by" | "during" | "over"
                        );
                        let tail = |start: usize| start..s.end;
                        (s.start + 1..s.end)
                            .map(tail)
                            .find(|tail| fronted && tail.len() <= 3 && both(sentence, tail))
                    }
                });
            if let Some(source) = found.or_else(|| self.subject_of_the_sentence(sentence, at)) {
                reports.push(self.report(sentence, Some(at), source));
            }
        }
        sentence.reports = reports;
    }

    /// The subject that opens the sentence, as the source of a reporting verb that has none
    /// of its own: the second of two verbs ("The health ministry raised its count to 627 and
    /// said ...", "Mujahid put the toll at 58 and said ..."), a relative clause's ("The
    /// health department, which had said ...") or the verb after it ("..., said several
    /// victims had died").
    fn subject_of_the_sentence(
        &self,
        sentence: &Sentence<'_>,
        verb: usize,
    ) -> Option<Range<usize>> {
        let word = |i: usize| sentence.word(i);
        // The sentence, or the part of it after a semicolon ("Pakistan wants guarantees;
        // Kabul wants an end to violations and says ...").
        let opens = (0..verb)
            .rfind(|&i| matches!(word(i), ";" | ":"))
            .map_or(0, |i| i + 1);
        let subject = self.opening_subject(sentence, opens)?;
        if subject.end >= verb {
            return None;
        }
        let relative = word(subject.end) == "," && matches!(word(subject.end + 1), "which" | "who");
        let coordinated = matches!(word(verb - 1), "and" | "but");
        // "which said", "which had said": the relative pronoun is the subject.
        let of_relative = relative
            && (subject.end + 2..verb)
                .all(|i| matches!(word(i), "had" | "has" | "have" | "also" | "earlier"));
        // "..., which had said X, said Y": the verb after the relative clause is the main one.
        let after_relative = relative && word(verb - 1) == ",";
        (coordinated || of_relative || after_relative).then_some(subject)
    }

    /// The noun phrase that opens a sentence (or its part from `opens`) when it names a
    /// source: words up to a name, an actor or a source noun ("Taliban spokesman Zabihullah
    /// Mujahid", "The provincial health department"), with at most two plain words before
    /// such a noun; it ends at the first word that is none of these (the verb).
    fn opening_subject(&self, sentence: &Sentence<'_>, opens: usize) -> Option<Range<usize>> {
        let tokens = sentence.tokens;
        let text = sentence.text;
        let start = opens + usize::from(matches!(sentence.word(opens), "the" | "a" | "an"));
        let source_noun = |i: usize| self.lexicon.sources.longest(sentence.words, i).is_some();
        let noun = |i: usize| {
            source_noun(i)
                || sentence
                    .actors
                    .iter()
                    .any(|a| a.tokens.contains(&i) && !a.as_place)
        };
        // "provincial health department": plain words before a source noun, no article.
        let plain = |i: usize| {
            tokens[i].kind == TokenKind::Word
                && !tokens[i].is_capitalized(text)
                && !matches!(sentence.word(i), "the" | "a" | "an" | "its" | "their")
        };
        let modifies = |at: usize| {
            plain(at)
                && (at + 1..(at + 3).min(tokens.len()))
                    .find(|&i| source_noun(i) || !plain(i))
                    .is_some_and(source_noun)
        };
        let mut end = None;
        let mut at = start;
        while at < tokens.len().min(start + 8) && tokens[at].kind == TokenKind::Word {
            let named = noun(at) || tokens[at].is_capitalized(text);
            if named {
                end = Some(at + 1);
            } else if !modifies(at) {
                break;
            }
            at += 1;
        }
        let subject = opens..end?;
        self.is_source(sentence, &subject).then_some(subject)
    }

    /// Who a later "he said" can mean, from a sentence that quotes no one: a person named
    /// ("Misri returned before the cameras"), or a person described ("A Pakistani official
    /// in Istanbul was more guarded"), whichever comes first.
    pub(super) fn note_antecedent(&mut self, sentence: &Sentence<'_>) {
        if !sentence.reports.is_empty() {
            return;
        }
        let after = 0;
        let sources = &self.lexicon.sources;
        let described = sentence.words.starting(sources.bit()).find_map(|at| {
            sources.longest(sentence.words, at)?;
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
    pub(super) fn untimed(
        &self,
        sentence: &Sentence<'_>,
        mut source: Range<usize>,
    ) -> Range<usize> {
        let tokens = sentence.tokens;
        // "On Saturday morning the Pakistani military announced": the preposition goes with
        // its time.
        let leads_time = |at: usize| {
            at + 1 < source.end
                && tokens[at].kind == TokenKind::Word
                && locative(sentence.word(at))
                && self.in_timex(sentence, &tokens[at + 1])
        };
        while source.start < source.end
            && (self.in_timex(sentence, &tokens[source.start]) || leads_time(source.start))
        {
            source.start += 1;
        }
        // "He thanked Turkey and Qatar ... but said": the subject is "He".
        if source.start < source.end && pronoun(sentence.word(source.start)) {
            return source.start..source.start + 1;
        }
        while source.end > source.start && self.in_timex(sentence, &tokens[source.end - 1]) {
            source.end -= 1;
        }
        trim_subject(sentence, source)
    }

    /// The subject named before an apposition: the nearest actor in the twelve tokens before
    /// the clause, with everything from it to the clause (", the ministry's spokesman,").
    pub(super) fn apposed_subject(
        &self,
        sentence: &Sentence<'_>,
        clause_start: usize,
        verb: usize,
    ) -> Option<Range<usize>> {
        // "..., has confirmed": an auxiliary may stand before the verb.
        let auxiliaries = (clause_start..verb).all(|i| {
            matches!(
                sentence.word(i),
                "has" | "have" | "had" | "also" | "later" | "again" | "earlier"
            )
        });
        if clause_start == 0 || verb < clause_start || !auxiliaries {
            return None;
        }
        // "Oman, which has mediated between Washington and the Houthis, said": a name a
        // relative clause describes is the subject, whatever the clause names or says.
        let described = |a: &ActorHit| {
            sentence.word(a.tokens.end) == ","
                && matches!(sentence.word(a.tokens.end + 1), "which" | "who" | "whose")
        };
        let actor = sentence
            .actors
            .iter()
            .filter(|a| {
                a.tokens.end <= clause_start && clause_start - a.tokens.end <= 12 && !a.as_place
            })
            // The name the apposition is set off from leads ("Turkey, Azerbaijan's closest
            // ally, has said" is Turkey's), then a person, then the nearest.
            .min_by_key(|a| {
                (
                    !described(a),
                    sentence.word(a.tokens.end) != ",",
                    a.name.kind != ActorType::Person,
                    clause_start - a.tokens.end,
                )
            })?;
        if described(actor) {
            return Some(trim_subject(sentence, actor.tokens.clone()));
        }
        let between = &sentence.tokens[actor.tokens.start..clause_start];
        let crosses_verb = between.iter().enumerate().any(|(i, _)| {
            self.lexicon
                .reporting
                .longest(sentence.words, actor.tokens.start + i)
                .is_some()
        });
        (!crosses_verb).then(|| trim_subject(sentence, actor.tokens.start..clause_start))
    }

    /// A source whose saying is news of its own: a known actor or person, or an official
    /// body ("officials of both governments", "the defence ministry"), not an analyst,
    /// a resident or an unnamed diplomat.
    pub(super) fn is_official(&self, sentence: &Sentence<'_>, report: &Report) -> bool {
        let source = &report.source;
        let named = sentence.actors.iter().any(|a| {
            a.tokens.start >= source.start
                && a.tokens.end <= source.end
                && !a.as_place
                && a.name.kind != ActorType::Adjective
        }) || report.verb.is_some() && source.len() == 1 && report.actor.is_some();
        // A source named is official: the words need no closer look.
        if named {
            return true;
        }
        // "an official at the Foreign Office" is anonymous; "officials of both governments"
        // or "the defence ministry" speak for a body.
        let first = sentence.word(source.start);
        // "a retired brigadier", "a former minister" speak for no one now.
        let anonymous = matches!(first, "a" | "an" | "one") && !self.for_a_side(sentence, source)
            || source
                .clone()
                .any(|i| matches!(sentence.word(i), "retired" | "former"));
        // "government sources", "security sources": the head noun says who speaks, and
        // unnamed sources speak for no one on the record.
        let head_unofficial = source.end > source.start
            && self
                .lexicon
                .sources
                .longest(sentence.words, source.end - 1)
                .is_some_and(|(_, official)| !*official);
        let official = !anonymous
            && !head_unofficial
            && source.clone().any(|i| {
                self.lexicon
                    .sources
                    .longest(sentence.words, i)
                    .is_some_and(|(_, official)| *official)
            });
        // An acronym the lists do not know names a body ("The RSF said", "WFP said"): people
        // quoted by name may be anyone, a body that speaks is official.
        let acronym = source.clone().any(|i| {
            let word = sentence.tokens[i].text(sentence.text);
            word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase())
        });
        official || !anonymous && acronym
    }

    /// One unnamed person who speaks for a side, by what the words before their title say
    /// ("a Hamas official", "a Saudi official", "an army spokesman") or by "for" after it ("a
    /// spokesman for the Artsakh president"); not one placed by where they work ("an official
    /// at the Foreign Office"), nor a witness ("a hospital official" is at the hospital).
    fn for_a_side(&self, sentence: &Sentence<'_>, source: &Range<usize>) -> bool {
        let official_at = |i: usize| {
            self.lexicon
                .sources
                .longest(sentence.words, i)
                .is_some_and(|(_, official)| *official)
        };
        let side_at = |i: usize| {
            sentence
                .actors
                .iter()
                .any(|a| a.tokens.contains(&i) && !a.as_place && a.name.kind != ActorType::Person)
        };
        // The title is the last of a run of such words: "an army spokesman".
        let Some(mut title) = (source.start + 1..source.end).find(|&i| official_at(i)) else {
            return false;
        };
        while title + 1 < source.end && official_at(title + 1) {
            title += 1;
        }
        // Every word before the title names a side or is a title itself.
        let described = source.start + 1 < title
            && (source.start + 1..title).all(|i| side_at(i) || official_at(i));
        let speaks_for = sentence.word(title + 1) == "for" && (title + 2..source.end).any(side_at);
        described || speaks_for
    }

    /// A phrase can be a source: it names an actor or a person, a capitalized name, a pronoun
    /// for a person, or a noun of the sources list ("officials", "diplomats", "media").
    pub(super) fn is_source(&self, sentence: &Sentence<'_>, source: &Range<usize>) -> bool {
        let text = sentence.text;
        let tokens = sentence.tokens;
        // Each asked only while the ones before have not answered.
        let named = || {
            sentence.actors.iter().any(|a| {
                a.tokens.start >= source.start && a.tokens.end <= source.end && !a.as_place
            })
        };
        let by_pronoun = || source.len() == 1 && pronoun(sentence.word(source.start));
        let noun = || {
            source
                .clone()
                .any(|i| self.lexicon.sources.longest(sentence.words, i).is_some())
        };
        // A capitalized word past the first is a name ("Officials in Kandahar"); the first may
        // only be capitalized because it opens the sentence ("A ceasefire announced ...").
        let capital = || {
            tokens[source.clone()]
                .iter()
                .skip(1)
                .any(|t| t.is_capitalized(text))
        };
        // "\"The ELN has chosen war,\" Petro wrote": right after a quotation, a capitalized
        // word before a reporting verb is who is quoted, known to the lists or not.
        // The quotation closes: a comma, a question or an exclamation mark ends it.
        let quoted = || {
            source.start > 1
                && matches!(sentence.word(source.start - 1), "\"" | "\u{201d}")
                && matches!(sentence.word(source.start - 2), "," | "?" | "!")
                && tokens[source.start].is_capitalized(text)
        };
        named() || by_pronoun() || noun() || capital() || quoted()
    }

    pub(super) fn report(
        &mut self,
        sentence: &Sentence<'_>,
        verb: Option<usize>,
        source: Range<usize>,
    ) -> Report {
        // Walked afresh where needed: collected, the names cost an allocation per report.
        let inside = || {
            sentence
                .actors
                .iter()
                .filter(|a| a.tokens.start >= source.start && a.tokens.end <= source.end)
        };
        let person = inside().find(|a| a.name.kind == ActorType::Person);
        let first = sentence.word(source.start);
        // "he said", "she added": the last speaker or person named, whether or not a name was
        // known for them ("An army spokesman said ... he said" is not a minister quoted
        // paragraphs earlier).
        let actor = if source.len() == 1 && pronoun(first) {
            self.last_speaker.clone()
        } else {
            let actor = person
                .or_else(|| inside().next())
                .map(|a| a.name.actor.clone())
                .or_else(|| self.name_after_titles(sentence, &source));
            // "Turkey said" names no one a later "he" could be; "Cambodia's defence ministry
            // spokeswoman" or "two officials" do, named or not.
            let named_only =
                person.is_none() && inside().map(|a| a.tokens.len()).sum::<usize>() >= source.len();
            if !named_only {
                self.last_speaker = actor.clone();
            }
            actor
        };
        Report {
            verb,
            both: both(sentence, &source),
            source,
            actor,
        }
    }

    /// A person the lists do not know, named at the end of a source after the words that
    /// say what they are: "Ministry spokeswoman Lieutenant General Maly Socheata" is Maly
    /// Socheata, whom a later "she said" quotes. Two capitalized words at least, none of them
    /// a word of the sources list ("General", "Minister").
    fn name_after_titles(&self, sentence: &Sentence<'_>, source: &Range<usize>) -> Option<Name> {
        let text = sentence.text;
        let tokens = sentence.tokens;
        let mut start = source.end;
        while start > source.start {
            let at = start - 1;
            let titled = self.lexicon.sources.longest(sentence.words, at).is_some();
            if tokens[at].kind != TokenKind::Word || !tokens[at].is_capitalized(text) || titled {
                break;
            }
            start = at;
        }
        let name: Vec<&str> = tokens[start..source.end]
            .iter()
            .map(|t| t.text(text))
            .collect();
        // "Residents of Khan Younis": a place after a preposition names no one.
        let of_place = start.checked_sub(1).is_some_and(|before| {
            matches!(sentence.word(before), "of" | "in" | "from" | "near" | "at")
        });
        (name.len() >= 2 && start > source.start && !of_place).then(|| Name::from(name.join(" ")))
    }

    /// Whether a reporting verb stands at `at`. A verb that gives a figure as someone's
    /// count ("The WHO puts the national death toll at 705") reports only with its toll:
    /// whoever puts or raises the toll is the source of the deaths it counts, as one who says
    /// so is, and "put pressure on" reports nothing.
    // Asked at every word: inlined, the list's bit test turns nearly every one away
    // without a call.
    #[inline(always)]
    fn reports_at(&self, sentence: &Sentence<'_>, at: usize) -> bool {
        match self.lexicon.reporting.longest(sentence.words, at) {
            None => false,
            Some((_, false)) => true,
            Some((_, true)) => tally_follows(sentence, at),
        }
    }

    /// The report governing an event: for a statement the one at its verb, else the nearest.
    pub(super) fn report_for<'s>(
        &self,
        sentence: &'s Sentence<'_>,
        span: &Range<usize>,
        kind: EventKind,
    ) -> Option<&'s Report> {
        let own = || sentence.reports.iter().find(|r| r.verb == Some(span.start));
        if kind == EventKind::Statement {
            return own();
        }
        // "He warned that any attack would invite a response": a threat made by saying it
        // is the sayer's, when they speak for a side (analysts who warn threaten no one).
        if let Some(own) =
            own().filter(|r| kind == EventKind::Threat && self.is_official(sentence, r))
        {
            return Some(own);
        }
        let tokens = sentence.tokens;
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
                        // "...; Israeli authorities put the toll at 28" opens a clause of its
                        // own: what came before the semicolon is not theirs.
                        && sentence.word(r.source.start - 1) != ";"
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

    pub(super) fn attribution(&self, sentence: &Sentence<'_>, report: &Report) -> Attribution {
        let tokens = sentence.tokens;
        let bytes = tokens[report.source.start].start..tokens[report.source.end - 1].end;
        Attribution {
            source: sentence.text[bytes.clone()].to_string(),
            actor: report.actor.clone(),
            span: self.document.source_span(bytes),
        }
    }
}

/// The subject words of a reporting clause, without leading conjunctions, quotes or "that".
pub(super) fn trim_subject(sentence: &Sentence<'_>, mut range: Range<usize>) -> Range<usize> {
    let tokens = sentence.tokens;
    let skip = [
        "and", "but", "that", "while", "as", "which", "who", "also", "when", "although", "though",
        "because", "if", "after", "before", "since", "whereas", "even",
    ];
    while range.start < range.end {
        let token = &tokens[range.start];
        // "days after Tigrayan officials warned": a stretch of time before a subordinator
        // leads into the clause, as the subordinator does.
        let stretch = range.start + 2 <= range.end
            && matches!(
                sentence.word(range.start),
                "minutes" | "hours" | "days" | "weeks" | "months" | "years" | "moments"
            )
            && matches!(sentence.word(range.start + 1), "after" | "before");
        if stretch {
            range.start += 2;
        } else if token.kind == TokenKind::Punct || skip.contains(&sentence.word(range.start)) {
            range.start += 1;
        } else {
            break;
        }
    }
    while range.end > range.start {
        let token = &tokens[range.end - 1];
        let adverb = matches!(
            sentence.word(range.end - 1),
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
    // "the militant group it blames": a pronoun after a noun opens a clause of its own,
    // whose subject it is.
    if range.len() > 1
        && matches!(
            sentence.word(range.end - 1),
            "it" | "they" | "he" | "she" | "we"
        )
    {
        range.start = range.end - 1;
    }
    // A subject is a noun phrase: it has no reporting or finite verb of its own.
    if range
        .clone()
        .any(|i| matches!(sentence.word(i), "said" | "says" | "told" | "is" | "are"))
    {
        return range.end..range.end;
    }
    range
}

/// A subject that is the two sides at once: "each side", "each", "both governments", "the two
/// sides". What it says, both said, each of its own side.
fn both(sentence: &Sentence<'_>, source: &Range<usize>) -> bool {
    let word = |i: usize| sentence.word(i);
    let mut at = source.start;
    let the = word(at) == "the";
    at += usize::from(the);
    let counted = match word(at) {
        "each" | "both" => !the,
        "two" => the && source.end > at + 1,
        _ => false,
    };
    let rest = at + 1..source.end;
    counted
        && match rest.len() {
            0 => true,
            1 => {
                let noun = word(rest.start);
                super::names::side_noun(noun)
                    || matches!(
                        noun,
                        "side"
                            | "delegation"
                            | "country"
                            | "party"
                            | "army"
                            | "military"
                            | "nation"
                            | "government"
                            | "state"
                            | "belligerent"
                    )
            }
            _ => false,
        }
}

/// Whether the tokens after a tally verb at `at` name a toll and what it is put at or raised
/// to: "puts the national death toll at 705", "raised its count of the dead to 627".
fn tally_follows(sentence: &Sentence<'_>, at: usize) -> bool {
    let end = (at + 8).min(sentence.tokens.len());
    (at + 1..end)
        .position(|i| {
            matches!(
                sentence.word(i),
                "toll" | "tally" | "count" | "losses" | "figure" | "number"
            )
        })
        .is_some_and(|t| (at + 2 + t..end).any(|i| matches!(sentence.word(i), "at" | "to")))
}

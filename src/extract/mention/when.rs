//! When an event happened: the date of its clause, its sentence or its paragraph, ordered
//! against other dates by the words between them.

use super::*;

impl<'a> Reader<'a> {
    /// Whether a date lies after the report's day, or has no start to tell (what happened
    /// by then cannot be dated by it). False when the report is undated.
    fn after_publication(&self, timex: &Timex) -> bool {
        self.published
            .is_some_and(|p| timex.earliest.is_none_or(|b| b.date() > p))
    }

    /// Whether a date at `range` sits in a clause of its own between the subordinator and
    /// the event: in "the worst fighting since the Taliban took power in 2021", 2021 dates
    /// the takeover; the fighting only comes after it. A date right after the word ("since
    /// 2021", "after the October 9 blasts") is the subordinator's own object and stays.
    pub(super) fn embedded(
        &self,
        sentence: &Sentence<'_>,
        span: &Range<usize>,
        range: &Range<usize>,
    ) -> bool {
        let at = Reader::token_at(sentence, range.start);
        let (low, high) = if span.end <= at {
            (span.end, at)
        } else {
            (Reader::token_at(sentence, range.end), span.start)
        };
        // "has held since it took effect on July 29": the clause is about the event itself.
        let about_itself = |i: usize| matches!(sentence.word(i + 1), "it" | "they");
        (low..high).any(|i| {
            matches!(sentence.word(i), "since" | "after" | "before" | "until")
                && (span.end > at || at > i + 3)
                && !about_itself(i)
        })
    }

    /// When: a temporal expression in the clause, else in the sentence, else the narrative
    /// time; an untimed event told as past is bounded by the publication date. With it, the
    /// latest bound of the first day when the event's own date is a stretch of days: "the
    /// talks, held on October 18 and 19" started on the 18th. Mentions are told apart by the
    /// whole stretch first, so the bound is applied once they are.
    pub(super) fn when(
        &self,
        sentence: &Sentence<'_>,
        clause: &Range<usize>,
        span: &Range<usize>,
        kind: EventKind,
        modality: Modality,
    ) -> (When, Option<Bound>) {
        let tokens = sentence.tokens;
        let trigger = tokens[span.start].start;
        let clause_bytes = tokens[clause.start].start..tokens[clause.end - 1].end;
        let nearest = |candidates: &mut dyn Iterator<Item = &&(Range<usize>, &'a Timex)>| {
            candidates
                .min_by_key(|(r, _)| r.start.abs_diff(trigger))
                .map(|(r, t)| (r.clone(), *t))
        };
        // A toll is dated by the fighting it counts: "23 soldiers were killed in the clashes
        // of October 11 and 12" takes the clashes' date.
        // A date before an "of" that opens the other event belongs to the verb before it as
        // well: "accused Cambodian troops on Tuesday of opening fire" dates the accusation.
        let before_of = |r: &Range<usize>| {
            let next = Reader::token_at(sentence, r.end);
            tokens[span.start].start < r.start && sentence.word(next) == "of"
        };
        // Talks a clause's agreement or truce was made at share its date: "the ceasefire was
        // agreed on Monday in Putrajaya at a meeting mediated by ..." dates the meeting too.
        // What someone said on a day about talks ("said on Monday it would press the demand
        // at talks") does not.
        let venue = kind == EventKind::Talks && {
            let mut i = span.start;
            while i > 0 && matches!(sentence.word(i - 1), "a" | "an" | "the") {
                i -= 1;
            }
            i > 0 && sentence.word(i - 1) == "at"
        };
        // "The truce was agreed after ten hours of talks and was due to start at noon on
        // October 10": a predicate joined by "and" after an event named in an "after" phrase
        // tells of the sentence's subject, and its date is not the event's.
        let in_after_phrase = (span.start.saturating_sub(6)..span.start)
            .rev()
            .take_while(|&i| !matches!(sentence.word(i), "," | ";" | "and" | "but"))
            .any(|i| matches!(sentence.word(i), "after" | "following"));
        let joined_predicate = |r: &Range<usize>| {
            let at = Reader::token_at(sentence, r.start);
            in_after_phrase && at > span.end && (span.end..at).any(|i| sentence.word(i) == "and")
        };
        // "Trump announced the truce late Monday": a date right after what is announced
        // dates the announcing too.
        let after_object =
            |at: usize| kind == EventKind::Statement && at > span.end + 1 && at <= span.end + 3;
        // The date in a second predicate joined to the subject's ("the truce was agreed after
        // ten hours of talks and was due to start at noon") is the subject's, whatever event
        // the first one names nearer to it.
        let own_predicate = |at: usize| {
            sentence.last_joint(span.end..at).is_some_and(|joint| {
                // The triggers are in the order of the text.
                let next = sentence.triggers.partition_point(|(t, _)| t.start <= joint);
                sentence
                    .triggers
                    .get(next)
                    .is_none_or(|(t, _)| t.start >= at)
            })
        };
        // "the November 6 meeting", "the October 9 explosions": a date right before an event
        // noun is that event's, whichever verb stands near.
        // Not a date in a phrase of its own before a verb: "a blast on July 23 wounded".
        // Whether an event noun, not a verb, starts at token `at`.
        let noun_at = |at: usize| {
            self.lexicon
                .triggers
                .longest(sentence.words, at)
                .is_some_and(|(_, t)| !t.verb)
        };
        // Asked first whether a trigger kept in the sentence follows the date, as few do.
        let modified = |r: &Range<usize>| {
            let next = Reader::token_at(sentence, r.end);
            let (noun, _) = sentence.triggers.iter().find(|(t, _)| t.start == next)?;
            let start = Reader::token_at(sentence, r.start);
            let phrase = start > 0 && matches!(sentence.word(start - 1), "on" | "in" | "at" | "by");
            (!phrase && noun_at(next)).then_some(noun.start)
        };
        // "A ceasefire agreed in Washington in June has been violated": a date among the
        // words after an event noun that describe it, up to the verb, is that event's.
        let described = |r: &Range<usize>| {
            let at = Reader::token_at(sentence, r.start);
            let next = sentence.triggers.partition_point(|(t, _)| t.end <= at);
            let (noun, _) = sentence.triggers[..next].last()?;
            let participle = matches!(
                sentence.word(noun.end),
                "agreed"
                    | "signed"
                    | "brokered"
                    | "reached"
                    | "announced"
                    | "declared"
                    | "mediated"
                    | "negotiated"
                    | "concluded"
                    | "hosted"
                    | "held"
            );
            let unbroken = || {
                (noun.end + 1..at).all(|i| {
                    !matches!(
                        sentence.word(i),
                        "," | ";"
                            | "has"
                            | "have"
                            | "had"
                            | "is"
                            | "are"
                            | "was"
                            | "were"
                            | "will"
                            | "would"
                            | "and"
                            | "but"
                            // "a ceasefire declared after last month's earthquake": a date
                            // past a word of order dates something else.
                            | "after"
                            | "before"
                            | "since"
                            | "following"
                            | "until"
                            | "amid"
                    )
                })
            };
            (participle && at <= noun.end + 8 && noun_at(noun.start) && unbroken())
                .then_some(noun.start)
        };
        let mine = |r: &Range<usize>| {
            let at = Reader::token_at(sentence, r.start);
            if let Some(noun) = modified(r).or_else(|| described(r)) {
                return noun == span.start;
            }
            !joined_predicate(r)
                && match self.owner(sentence, span, at) {
                    None => {
                        !self.embedded(sentence, span, r)
                            && (kind == EventKind::Statement
                                || !super::ordered_apart(sentence, span, at))
                    }
                    Some(other) => {
                        own_predicate(at)
                            || kind == EventKind::CasualtyClaim && other.is_violent()
                            // "Clashes ... killed 12 soldiers late Sunday": the killing was
                            // the clashes'.
                            || kind.is_violent() && other == EventKind::CasualtyClaim
                            || before_of(r)
                            || venue && matches!(other, EventKind::Agreement | EventKind::Ceasefire)
                            || after_object(at)
                    }
                }
        };
        let in_clause =
            |r: &Range<usize>| r.start >= clause_bytes.start && r.start < clause_bytes.end;
        // The day something was said is not the day of what was said: in "the talks have
        // ended without an agreement, Tarar said on Wednesday", Wednesday dates the
        // statement, and the talks may have ended days before. What is said not to have
        // happened (the agreement) has no day of its own: the saying's day stays its date.
        // Asked first whether a report's verb stands right before the date, as few do.
        let said_then = |r: &Range<usize>| {
            // "accused X on Tuesday of opening fire" dates what it accuses of as well.
            let of = || sentence.word(Reader::token_at(sentence, r.end)) == "of";
            modality != Modality::Negated
                && self.said_on(sentence, span, kind, r)
                && !of()
                && modified(r).is_none()
        };
        // The sentence's dates, parted as they are read, into lists kept from the last
        // mention's (see `Reader::dated`).
        let (said, in_sentence, ordered) = self.dated.take();
        let (mut said, mut in_sentence, mut ordered): (
            Vec<&(Range<usize>, &Timex)>,
            Vec<_>,
            Vec<_>,
        ) = (emptied(said), emptied(in_sentence), emptied(ordered));
        // "the heaviest attacks of the war overnight": the war frames the attacks, and no
        // date of the sentence, nor its paragraph's, is the war's, but one in a relative
        // clause of its own ("the first ceasefire of the war, which began on October 7").
        let framing = sentence.framing(span);
        let relative = framing
            .then(|| {
                let at = span.end + usize::from(sentence.word(span.end) == ",");
                matches!(sentence.word(at), "which" | "that").then_some(at)
            })
            .flatten();
        for date in self.dates(sentence) {
            if date.0.end > sentence.range.end {
                continue;
            }
            if framing {
                if relative.is_some_and(|at| Reader::token_at(sentence, date.0.start) > at) {
                    in_sentence.push(date);
                }
                continue;
            }
            if said_then(&date.0) {
                said.push(date);
            } else {
                in_sentence.push(date);
            }
        }
        let found = 'found: {
            let statement = kind == EventKind::Statement;
            // "The ministry says", "Officials in Baku say": news tells in the present tense what
            // is said as the report goes out, so the day of publication dates it, whatever the
            // dates of what is said ("says 65 civilians have been killed since September 27").
            let present = statement
                && matches!(
                    sentence.word(span.start),
                    "says"
                        | "say"
                        | "confirms"
                        | "writes"
                        | "accuses"
                        | "announces"
                        | "blames"
                        | "denies"
                        | "condemns"
                        | "apologises"
                        | "apologizes"
                );
            if let (true, true, Some(date)) = (present, said.is_empty(), self.published) {
                // In a live blog, the entry's stamp ("09:50 GMT (Thursday) —") is when it went
                // out.
                let when = match self.entry_stamp() {
                    Some((range, day)) => When {
                        earliest: Some(Bound::Day(day)),
                        latest: Some(Bound::Day(day)),
                        source: TimeSource::Narrative,
                        timex: Some(self.document.source_span(range)),
                    },
                    None => When {
                        earliest: Some(Bound::Day(date)),
                        latest: Some(Bound::Day(date)),
                        source: TimeSource::Publication,
                        timex: None,
                    },
                };
                break 'found (when, None);
            }
            if let Some((range, timex)) =
                nearest(&mut in_sentence.iter().filter(|(r, _)| in_clause(r) && mine(r)))
            {
                let at = (&range, trigger);
                let mut when =
                    self.bounds_of(sentence, at, timex, &in_sentence, TimeSource::Clause, kind);
                if let Some(days) = self.days_running(sentence, span, &range) {
                    let back = |b: Option<Bound>| {
                        b.and_then(|b| b.date().checked_sub_days(chrono::Days::new(days)))
                            .map(Bound::Day)
                    };
                    (when.earliest, when.latest) = (back(when.earliest), back(when.latest));
                }
                // An event dated by a stretch of days of its own ("clashes of October 11 and 12")
                // started on its first day; a toll counts what happened over all of them.
                let first = (kind != EventKind::CasualtyClaim)
                    .then(|| self.first_day(&range, timex, &in_sentence))
                    .flatten();
                break 'found (when, first);
            }
            // A date elsewhere in the sentence: ordered against the event by the words between
            // them, or taken as the event's own when it is in another clause. No date of the
            // clause is the event's own (none was found above), so every date is a candidate,
            // without asking each again.
            ordered.extend(in_sentence.iter().copied());
            ordered.sort_by_key(|(r, _)| r.start.abs_diff(trigger));
            for (range, timex) in ordered.iter().map(|(r, t)| (r.clone(), *t)) {
                // "Ministers will meet next week, a Saudi official said": what was said was said
                // by the time of the report; a later day is another event's.
                if statement && self.after_publication(timex) {
                    continue;
                }
                // What follows the event named in an "after" phrase came after it.
                let order = if joined_predicate(&range) {
                    Some(false)
                } else {
                    self.order_between(sentence, span, &range)
                };
                if order.is_none() && in_clause(&range) {
                    // Another event's date in the same clause, with nothing relating the two.
                    continue;
                }
                if order.is_none() && Reader::in_relative_of_another(sentence, span, &range) {
                    continue;
                }
                let at = (&range, trigger);
                let mut when = self.bounds_of(
                    sentence,
                    at,
                    timex,
                    &in_sentence,
                    TimeSource::Sentence,
                    kind,
                );
                match order {
                    Some(true) => {
                        when.latest = self.published.map(Bound::Day);
                    }
                    Some(false) => {
                        // Before something dated "earlier this month" is before its start,
                        // which may lie anywhere in the month: only its latest bounds this one.
                        when.latest = when.latest.or(when.earliest);
                        when.earliest = None;
                    }
                    None => {}
                }
                // "The talks, held on October 18 and 19, ...": a stretch of days told in a phrase
                // set off right after the event is its own, and it started on the first of them.
                let apposed = || {
                    let at = Reader::token_at(sentence, range.start);
                    sentence.word(span.end) == "," && at > span.end && at - span.end <= 4
                };
                let first = (order.is_none() && kind != EventKind::CasualtyClaim && apposed())
                    .then(|| self.first_day(&range, timex, &in_sentence))
                    .flatten();
                break 'found (when, first);
            }
            // What was said to have happened had done so by the day it was said, when nothing
            // else in the sentence dates it.
            let told = modality == Modality::Happened;
            if let Some((range, timex)) = nearest(&mut said.iter().filter(|_| told)) {
                let when = When {
                    earliest: None,
                    latest: timex.latest.map(|b| Bound::Day(b.date())),
                    source: TimeSource::Sentence,
                    timex: Some(self.document.source_span(range)),
                };
                break 'found (when, None);
            }
            // A statement without a date of its own was made by the time of publication; other
            // events take the narrative time of their paragraph, when the sentence has no dates
            // of its own (all taken by other events, they say nothing of this one).
            // "There are no plans for another round": what is denied is still to come, and the
            // story's time so far does not date it.
            let next_one = span.start > 0
                && matches!(
                    sentence.word(span.start - 1),
                    "another" | "further" | "next"
                );
            let modality = if modality == Modality::Negated && next_one {
                Modality::Planned
            } else {
                modality
            };
            // A statement is made on or after the day its paragraph has reached, and by the time
            // of publication: "Fighting broke out on Wednesday. Officials said twelve were
            // killed" was said on Wednesday or later. A day after publication is a plan, not a
            // time the story has reached.
            let before = starting_in(&self.timexes, &(self.block.start..sentence.range.start));
            let recent = &before[before.len().saturating_sub(NARRATIVE_LOOKBACK)..];
            let narrative = recent
                .iter()
                .filter(|_| {
                    !framing
                        && (statement || in_sentence.is_empty() && modality != Modality::Planned)
                })
                .filter(|(r, _)| r.end <= sentence.range.start)
                .filter(|(_, t)| Bound::one_day(t.earliest, t.latest).is_some())
                .filter(|(_, t)| {
                    !(statement || modality == Modality::Happened) || !self.after_publication(t)
                })
                // Last, as they read the words before the expression.
                .rfind(|(r, _)| !self.deadline(r) && !self.backstory(r));
            if let Some((range, timex)) = narrative {
                let day = timex.earliest.map(|b| Bound::Day(b.date()));
                break 'found (
                    When {
                        earliest: day,
                        latest: if statement {
                            self.published.map(Bound::Day)
                        } else {
                            day
                        },
                        source: TimeSource::Narrative,
                        timex: Some(self.document.source_span(range.clone())),
                    },
                    None,
                );
            }
            let when = match (modality, self.published) {
                // News says "officials said" of what was said that day, and gives the day of
                // anything older: a statement no date of the paragraph reaches was made on the
                // day of publication. One told in the past perfect ("had confirmed the ceasefire
                // on Saturday") was made before the story's present.
                (Modality::Happened, Some(date))
                    if statement && !(span.start > 0 && sentence.word(span.start - 1) == "had") =>
                {
                    When {
                        earliest: Some(Bound::Day(date)),
                        latest: Some(Bound::Day(date)),
                        source: TimeSource::Publication,
                        timex: None,
                    }
                }
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
            };
            (when, None)
        };
        self.dated
            .set((emptied(said), emptied(in_sentence), emptied(ordered)));
        found
    }

    /// The days a running total counts, when the casualty claim at `span` is one rather than
    /// the toll of one incident: told in the perfect ("65 civilians have been killed"),
    /// counted from a start ("killed since the fighting began on September 27"), or a toll
    /// given in the present or as raised ("puts the national death toll at 705", "raised its
    /// count of the dead to 627 on Wednesday"). A toll put in the past tense after a story of
    /// one battle ("put the Pakistani toll at 58 soldiers") is that battle's.
    ///
    /// The total runs from the date after "since", when there is one (else from an open
    /// start, which the report's first day of fighting closes later), to the day the figure
    /// was given: the day of its saying, the toll's own date, or for a figure told in the
    /// present the day of publication. `told` is the date the claim got as an incident.
    /// With the bounds, whether the total is told as a revision ("raised its count to 958",
    /// "94, up from the 65").
    pub(super) fn running_total(
        &self,
        sentence: &Sentence<'_>,
        clause: &Range<usize>,
        span: &Range<usize>,
        noun: bool,
        told: &When,
    ) -> Option<(When, bool)> {
        let word = |i: usize| sentence.word(i);
        let tally = |w: &str| matches!(w, "toll" | "tally" | "count" | "number");
        // "its count of the dead", "the number of dead": the trigger is what the toll counts.
        let of_the = span.start >= 2
            && (word(span.start - 1) == "of" && tally(word(span.start - 2))
                || span.start >= 3
                    && word(span.start - 1) == "the"
                    && word(span.start - 2) == "of"
                    && tally(word(span.start - 3)));
        let toll = noun
            && (matches!(
                word(span.end - 1),
                "toll" | "tally" | "count" | "losses" | "fallen"
            ) || of_the);
        // "have been killed", "had now been killed", "has killed".
        let mut before = span.start;
        while before > clause.start && matches!(word(before - 1), "now" | "already" | "so") {
            before -= 1;
        }
        // The past perfect ("said nine fighters had been killed") tells an incident before the
        // saying; only a start ("had been killed since April 15") makes it a total.
        let auxiliary = |i: usize| matches!(word(i), "have" | "has");
        let perfect = !noun
            && before > clause.start
            && (auxiliary(before - 1)
                || word(before - 1) == "been"
                    && before - 1 > clause.start
                    && auxiliary(before - 2));
        // "killed since the fighting began": a "since" before the trigger opens the clause the
        // trigger is in ("tensions have run high since a soldier was killed in May").
        let since = (span.end..clause.end).find(|&i| word(i) == "since");
        // The nearest tense before the figure: present ("says", "puts", "stands"), or past.
        let present = (clause.start..span.start)
            .rev()
            .find_map(|i| match word(i) {
                "says" | "say" | "puts" | "estimates" | "stands" | "is" | "are" | "has"
                | "have" | "now" => Some(true),
                "said" | "put" | "had" | "was" | "were" | "gave" | "stood" | "estimated" => {
                    Some(false)
                }
                _ => None,
            });
        let raised = (clause.start..span.start).any(|i| {
            matches!(
                word(i),
                "raised" | "raises" | "revised" | "rose" | "risen" | "climbed"
            )
        }) || (span.end..clause.end).any(|i| word(i) == "up" && word(i + 1) == "from");
        if !(perfect || since.is_some() || toll && (present == Some(true) || raised)) {
            return None;
        }
        let dates = self.dates(sentence);
        let in_clause = |r: &Range<usize>| {
            let at = Reader::token_at(sentence, r.start);
            clause.contains(&at)
        };
        let from = since.and_then(|since| {
            dates
                .iter()
                .filter(|(r, _)| in_clause(r) && Reader::token_at(sentence, r.start) > since)
                .min_by_key(|(r, _)| r.start)
        });
        let from_timex = from.map(|(r, _)| r.clone());
        let day = |b: Option<Bound>| b.map(|b| Bound::Day(b.date()));
        // The toll's own date ("raised ... to 627 on Wednesday"); in the perfect, a date of
        // the clause that is not where the count starts is an incident's ("have been killed
        // in Tuesday's strike").
        let own = (told.source == TimeSource::Clause
            && told.timex.is_some()
            && from_timex
                .as_ref()
                .is_none_or(|r| told.timex != Some(self.document.source_span(r.clone()))))
        .then_some(told.latest);
        if own.is_some() && !toll {
            return None;
        }
        let said = dates
            .iter()
            .filter(|(r, _)| r.end <= sentence.range.end)
            .filter(|(r, _)| self.said_on(sentence, span, EventKind::CasualtyClaim, r))
            .min_by_key(|(r, _)| r.start.abs_diff(sentence.tokens[span.start].start))
            .map(|(_, t)| t.latest);
        let published = self.published.map(Bound::Day);
        let as_of = match (said, own) {
            (Some(said), _) => day(said),
            (None, Some(own)) => day(own),
            _ if present == Some(true) => published,
            // Told in the past without a day of its own: the story's day, or publication.
            _ if told.source == TimeSource::Clause => published,
            _ => day(told.latest).or(published),
        };
        let when = When {
            earliest: from.and_then(|(_, t)| day(t.earliest)),
            latest: as_of,
            source: told.source,
            timex: told.timex,
        };
        Some((when, raised))
    }

    /// How many days before the date at `range` the event at `span` began, when the words
    /// between them count its days: "met for a second day in Istanbul on Sunday" began on
    /// Saturday, "clashed for the third day on Monday" on Saturday. The date is that of its
    /// latest day so far.
    pub(super) fn days_running(
        &self,
        sentence: &Sentence<'_>,
        span: &Range<usize>,
        range: &Range<usize>,
    ) -> Option<u64> {
        let at = Reader::token_at(sentence, range.start);
        let (low, high) = if span.end <= at {
            (span.end, at)
        } else {
            (Reader::token_at(sentence, range.end), span.start)
        };
        // The words around the ordinal first: parsing one at every token cost more than the
        // rest of dating the event.
        (low..high).find_map(|i| {
            let counted = sentence.word(i) == "for"
                && matches!(sentence.word(i + 1), "a" | "the")
                && sentence.word(i + 3) == "day";
            if !counted {
                return None;
            }
            let ordinal = sentence.tokens.get(i + 2)?.text(sentence.text);
            let (_, n) = parse::ordinal_at(ordinal).filter(|(len, _)| *len == ordinal.len())?;
            Some(u64::from(n.saturating_sub(1)))
        })
    }

    /// Whether the date at `range` is the day of a report in the sentence, written right
    /// after its verb: "..., Tarar said on Wednesday", "officials told reporters that evening
    /// that ...", "confirmed in a television interview late on Friday". A statement is dated
    /// by it; the events of the sentence are not. A word that opens what is reported ("said
    /// that on Monday ...") or another event between the verb and the date keeps the date
    /// the event's.
    pub(super) fn said_on(
        &self,
        sentence: &Sentence<'_>,
        span: &Range<usize>,
        kind: EventKind,
        range: &Range<usize>,
    ) -> bool {
        /// How many words may stand between the verb and its date: "confirmed in a
        /// television interview late on Friday".
        const GAP: usize = 6;
        if kind == EventKind::Statement {
            return false;
        }
        let at = Reader::token_at(sentence, range.start);
        let Some(verb) = sentence
            .reports
            .iter()
            .filter_map(|r| r.verb)
            .filter(|&verb| verb < at)
            .max()
        else {
            return false;
        };
        let between = verb + 1..at;
        let opens_report = |i: usize| {
            matches!(
                sentence.word(i),
                "that" | "whether" | "if" | "how" | "what" | "when" | "it" | "they"
            )
        };
        let trigger = |i: usize| sentence.triggers.iter().any(|(t, _)| t.contains(&i));
        at > verb
            && at - verb <= GAP + 1
            && !span.contains(&verb)
            && between.clone().all(|i| {
                sentence.tokens[i].kind == TokenKind::Word && !opens_report(i) && !trigger(i)
            })
    }

    /// Whether a date sits in an "after" or "before" clause, which tells what came before
    /// or after the story rather than where the story is: in "fighting that began on July 24,
    /// after a landmine blast on July 23 wounded five soldiers", the story is on July 24.
    /// The expression at `range` is a deadline ("must leave Lachin by 1 December", "valid
    /// until Friday"): a day the story looks ahead to, not one it has reached.
    /// Whether the date at `range` is told in a relative clause of another event, or of
    /// someone, named just before it: in "the first ceasefire of the war, which began on
    /// October 7", October 7 dates the war, not the ceasefire ("the truce, which began at
    /// 07:00" dates the truce).
    fn in_relative_of_another(
        sentence: &Sentence<'_>,
        span: &Range<usize>,
        range: &Range<usize>,
    ) -> bool {
        let clause = sentence.clause(Reader::token_at(sentence, range.start));
        // Or of someone named just before it, when the event is not in the clause: in "The
        // African Union, which brokered the agreement in November 2022, said", November 2022
        // dates the brokering, not the saying.
        let of_someone = || {
            !clause.contains(&span.start)
                && sentence
                    .actors
                    .iter()
                    .any(|a| a.tokens.end == clause.start - 1 && !a.as_place)
        };
        matches!(sentence.word(clause.start), "which" | "who")
            && clause.start >= 1
            && (sentence
                .triggers
                .iter()
                .any(|(t, _)| t != span && t.end == clause.start - 1)
                || of_someone())
    }

    /// The day of the stamp that opens the paragraph being read, when it opens with one that
    /// gives a day: "09:50 GMT (Thursday) — Two gunmen opened fire".
    fn entry_stamp(&self) -> Option<(Range<usize>, chrono::NaiveDate)> {
        let (range, timex) = starting_in(&self.timexes, &self.block).first()?;
        let opens = self
            .text
            .get(self.block.start..range.start)
            .is_some_and(|before| before.trim().is_empty());
        opens
            .then(|| Bound::one_day(timex.earliest, timex.latest))
            .flatten()
            .map(|day| (range.clone(), day))
    }

    fn deadline(&self, range: &Range<usize>) -> bool {
        // The word before the expression, within its paragraph; a few bytes suffice.
        let mut from = range
            .start
            .saturating_sub(8)
            .max(self.block.start.min(range.start));
        while from < range.start && !self.text.is_char_boundary(from) {
            from += 1;
        }
        let head = self.text.get(from..range.start).unwrap_or_default();
        let word = head.split_whitespace().next_back().unwrap_or_default();
        head.ends_with(char::is_whitespace)
            && (word.eq_ignore_ascii_case("by") || word.eq_ignore_ascii_case("until"))
    }

    fn backstory(&self, range: &Range<usize>) -> bool {
        // A clause lies within its sentence, and sentences are read in pieces of at most
        // 1 KiB: looking further back would cost a walk over the paragraph per expression.
        const CLAUSE_BYTES: usize = 1024;
        let mut from = range
            .start
            .saturating_sub(CLAUSE_BYTES)
            .max(self.block.start);
        while from < range.start && !self.text.is_char_boundary(from) {
            from += 1;
        }
        let head = self.text.get(from..range.start).unwrap_or_default();
        let clause = match last_clause(head) {
            Some(clause) => clause,
            // No clause boundary in reach: the clause did not start with "after" here.
            None if from > self.block.start => return false,
            None => head,
        };
        let first = clause.split_whitespace().next().unwrap_or_default();
        first.eq_ignore_ascii_case("after") || first.eq_ignore_ascii_case("before")
    }

    /// Whether the event at `span` came after (`Some(true)`) or before (`Some(false)`) the
    /// one dated at `range`, by the words between them: "a truce on October 19 after
    /// emergency talks" (the talks came first), "the deal came after a truce that took effect
    /// on October 15" (the deal came later), "a 48-hour ceasefire collapsed, prompting a
    /// second truce on October 19" (the first came earlier).
    pub(super) fn order_between(
        &self,
        sentence: &Sentence<'_>,
        span: &Range<usize>,
        range: &Range<usize>,
    ) -> Option<bool> {
        let tokens = sentence.tokens;
        let trigger_first = tokens[span.start].start < range.start;
        let (low, high) = if trigger_first {
            (span.end, Reader::token_at(sentence, range.start))
        } else {
            (Reader::token_at(sentence, range.end), span.start)
        };
        (low..high.min(tokens.len())).find_map(|at| {
            let word = sentence.word(at);
            let joint = self
                .lexicon
                .joints
                .longest(sentence.words, at)
                .map(|(_, j)| *j);
            match (joint, word) {
                (Some(Joint::After), _) | (None, "since") => Some(trigger_first),
                (Some(Joint::Before), _) | (None, "until" | "till") => Some(!trigger_first),
                (Some(Joint::Causes), _) => Some(!trigger_first),
                (Some(Joint::CausedBy), _) => Some(trigger_first),
                // "ended" orders a truce against fighting, not against dates.
                (Some(Joint::Ends), _) => None,
                _ => None,
            }
        })
    }

    /// The latest bound of the first day of a stretch the expression at `range` is part of
    /// ("October 11 and 12", "Oct 25-30", "from August 4 to 7"); `None` when it stands alone.
    fn first_day(
        &self,
        range: &Range<usize>,
        timex: &Timex,
        in_sentence: &[&(Range<usize>, &Timex)],
    ) -> Option<Bound> {
        let next = in_sentence.iter().find(|(r, _)| r.start >= range.end);
        if next.is_some_and(|(next_range, _)| self.joined(range, next_range)) {
            return timex.latest;
        }
        let previous = in_sentence.iter().rfind(|(r, _)| r.end <= range.start);
        previous
            .filter(|(previous_range, _)| self.joined(previous_range, range))
            .and_then(|(_, previous)| previous.latest)
    }

    /// Whether the expression at `to` continues the one at `from` as one stretch of days.
    fn joined(&self, from: &Range<usize>, to: &Range<usize>) -> bool {
        to.start >= from.end
            && to.start - from.end <= 9
            && matches!(
                self.text[from.end..to.start].trim(),
                "-" | "\u{2013}" | "and" | "to" | "through"
            )
    }

    /// Whether `twin` is the clock time at `range` written again in parentheses with its
    /// zone, as wire reports give a local time: "12:00 local time (08:00 GMT)".
    fn zoned_twin(
        &self,
        range: &Range<usize>,
        timex: &Timex,
        (twin_range, twin): &(Range<usize>, &Timex),
    ) -> bool {
        let local = |b: Option<Bound>| matches!(b, Some(Bound::Minute { offset: None, .. }));
        let zoned = |b: Option<Bound>| {
            matches!(
                b,
                Some(Bound::Minute {
                    offset: Some(_),
                    ..
                })
            )
        };
        local(timex.earliest)
            && timex.latest == timex.earliest
            && zoned(twin.earliest)
            && twin.latest == twin.earliest
            && self
                .text
                .get(range.end..twin_range.start)
                .is_some_and(|between| between.trim_start() == "(")
    }

    /// Bounds from one expression: stretched to a second day joined to it ("October 18 and
    /// 19", "Oct 25-30"), opened on one side by the word before it ("since 2021" is from 2021
    /// to publication, "until Friday" up to Friday), except for an event told in a clause
    /// that dates itself by it: in "fighting since the night of October 9, when blasts rocked
    /// Kabul", the blasts are on October 9 and only the fighting runs from then.
    pub(super) fn bounds_of(
        &self,
        sentence: &Sentence<'_>,
        (range, trigger): (&Range<usize>, usize),
        timex: &Timex,
        in_sentence: &[&(Range<usize>, &Timex)],
        source: TimeSource,
        kind: EventKind,
    ) -> When {
        let next = in_sentence.iter().find(|(r, _)| r.start >= range.end);
        // "at 7 a.m. local time (0500 GMT)": the instant written again in a zone is the one
        // that compares with other reports, where a local time compares only with local
        // times.
        let (range, timex, next) = match next {
            Some(twin) if self.zoned_twin(range, timex, twin) => (
                &twin.0,
                twin.1,
                in_sentence.iter().find(|(r, _)| r.start >= twin.0.end),
            ),
            _ => (range, timex, next),
        };
        let mut earliest = timex.earliest;
        let mut latest = timex.latest;
        let joined = |from: &Range<usize>, to: &Range<usize>| self.joined(from, to);
        if let Some((next_range, next)) = next {
            if joined(range, next_range) {
                latest = next.latest.or(latest);
            }
        }
        // The second day of "October 11 and 12" stands for the whole stretch too.
        let previous = in_sentence.iter().rfind(|(r, _)| r.end <= range.start);
        if let Some((previous_range, previous)) = previous {
            if joined(previous_range, range) {
                earliest = previous.earliest.or(earliest);
            }
        }
        // The last token that ends before the date: the one before the date's first.
        let before = Reader::token_at(sentence, range.start)
            .checked_sub(1)
            .map_or("", |i| sentence.word(i));
        let between = self.text.get(range.end..trigger).unwrap_or_default();
        let dated_by_it = between
            .trim_start_matches([',', ' '])
            .get(..5)
            .is_some_and(|w| w.eq_ignore_ascii_case("when "))
            && !between.contains([';', '.']);
        match before {
            _ if dated_by_it => {}
            // "have stayed shut since October 12": a state's `when` is its onset, and the
            // onset is the day after "since"; anything else went on from it to the report.
            "since" if kind.is_state() => {}
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

/// The text after the last clause boundary of `head` (',', ';', '.', '(' or an em dash), if
/// it has one. Found by the byte from the end, where a search by character decoded each one:
/// an ASCII byte is always a character of its own, and the em dash's last byte is one only
/// after its first two.
fn last_clause(head: &str) -> Option<&str> {
    let bytes = head.as_bytes();
    let mut end = bytes.len();
    while let Some(at) = bytes[..end]
        .iter()
        .rposition(|&b| matches!(b, b',' | b';' | b'.' | b'(' | 0x94))
    {
        if bytes[at] != 0x94 || at >= 2 && bytes[at - 2..at] == [0xe2, 0x80] {
            return head.get(at + 1..);
        }
        end = at;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::last_clause;
    use crate::document::{Document, Metadata, Published};
    use crate::extract::{EventKind, extract};

    #[test]
    fn last_clauses_are_found_by_bytes_as_by_characters() {
        for head in [
            "",
            "no boundary here",
            "fighting, after talks",
            "a \u{2014} b",
            "ends with a dash\u{2014}",
            "\u{2014}",
            "x\u{2013}y\u{0114}z\u{201d}",
            "one. two; three (four, five",
            "caf\u{e9} \u{2014}\u{2014} after",
        ] {
            let mut pieces = head.rsplit([',', ';', '.', '(', '\u{2014}']);
            let last = pieces.next().unwrap_or_default();
            let expected = pieces.next().is_some().then_some(last);
            assert_eq!(last_clause(head), expected, "{head:?}");
        }
    }

    /// The days each mention of `kind` is dated by, as "earliest..latest".
    fn dated(text: &str, kind: EventKind) -> Vec<String> {
        let metadata = Metadata {
            published: Published::parse("2025-10-30"),
            ..Metadata::default()
        };
        let document = Document::from_text("t", text, metadata);
        let day = |b: Option<crate::time::Bound>| b.map(|b| b.date().to_string());
        extract(&document)
            .mentions
            .iter()
            .filter(|m| m.kind == kind)
            .map(|m| {
                let (earliest, latest) = (day(m.when.earliest), day(m.when.latest));
                format!(
                    "{}..{}",
                    earliest.unwrap_or_default(),
                    latest.unwrap_or_default()
                )
            })
            .collect()
    }

    #[test]
    fn a_date_of_the_subject_bounds_talks_in_its_after_phrase() {
        // The start belongs to the truce; the talks came before it, and were held where the
        // truce was agreed.
        let text = "The truce was agreed in Oslo after nine hours of talks and was due to \
                    start at noon on October 20.";
        assert_eq!(dated(text, EventKind::Talks), ["..2025-10-20"]);
        let document = Document::from_text("t", text, Metadata::default());
        let talks = extract(&document)
            .mentions
            .into_iter()
            .find(|m| m.kind == EventKind::Talks)
            .and_then(|m| m.place)
            .map(|p| p.name);
        assert_eq!(talks.as_deref(), Some("Oslo"));
        // The truce is agreed after the talks, and starts at noon on its own day: the "after"
        // phrase ends where "and was" opens the next predicate.
        assert_eq!(
            dated(text, EventKind::Ceasefire),
            ["2025-10-20..2025-10-20"]
        );
        // Without the "after" phrase the date is the talks' own.
        let own = "Talks in Oslo opened and ended at noon on October 20.";
        assert_eq!(dated(own, EventKind::Talks), ["2025-10-20..2025-10-20"]);
    }

    #[test]
    fn a_local_time_written_again_with_its_zone_is_dated_by_the_zoned_one() {
        let metadata = Metadata {
            published: Published::parse("2025-10-30"),
            ..Metadata::default()
        };
        let start = |text: &str| {
            let document = Document::from_text("t", text, metadata.clone());
            extract(&document)
                .mentions
                .into_iter()
                .find(|m| m.kind == EventKind::Ceasefire)
                .and_then(|m| m.when.earliest)
        };
        let minute = |hour: u32, zoned: bool| crate::time::Bound::Minute {
            date: chrono::NaiveDate::from_ymd_opt(2025, 10, 31).unwrap(),
            time: chrono::NaiveTime::from_hms_opt(hour, 0, 0).unwrap(),
            offset: zoned.then(|| chrono::FixedOffset::east_opt(0).unwrap()),
        };
        let twice = "The truce will take effect at 9 a.m. local time (0600 GMT) on Friday.";
        assert_eq!(start(twice), Some(minute(6, true)));
        // A local time alone stays local; a zone further on is another time's.
        let once = "The truce will take effect at 9 a.m. local time on Friday.";
        assert_eq!(start(once), Some(minute(9, false)));
        let apart = "The truce will take effect at 9 a.m. local time on Friday, and talks \
                     open at 0600 GMT.";
        assert_eq!(start(apart), Some(minute(9, false)));
    }

    #[test]
    fn a_state_since_a_day_began_that_day() {
        // A closure is dated by its onset; fighting since a day went on to the report.
        let text = "The border crossings have stayed shut since October 12. Fighting has \
                    gone on since October 12.";
        assert_eq!(
            dated(text, EventKind::BorderClosure),
            ["2025-10-12..2025-10-12"]
        );
        assert_eq!(
            dated(text, EventKind::ArmedClash),
            ["2025-10-12..2025-10-30"]
        );
    }

    #[test]
    fn the_day_something_was_said_bounds_what_was_said() {
        // Said on Wednesday: the talks had ended by then, on a day the sentence leaves open.
        let reported = "The negotiations between Pakistan and Afghanistan in Istanbul have \
                        ended without an agreement, Information Minister Attaullah Tarar said \
                        on Wednesday.";
        assert_eq!(dated(reported, EventKind::Talks), ["..2025-10-29"]);
        assert_eq!(
            dated(reported, EventKind::Statement),
            ["2025-10-29..2025-10-29"]
        );
        let told = "Pakistani officials told reporters that evening that the talks with \
                    Afghanistan had collapsed. The talks in Istanbul broke up on Tuesday.";
        assert_eq!(
            dated(told, EventKind::Talks),
            ["2025-10-28..2025-10-28", "2025-10-28..2025-10-28"],
            "the talks take the day the report gives them elsewhere"
        );
    }

    #[test]
    fn a_date_after_what_is_reported_or_before_an_of_stays_the_events() {
        // The date opens what is reported, not the saying.
        let opened = "Pakistan said that on Monday the talks with Afghanistan collapsed.";
        assert_eq!(dated(opened, EventKind::Talks), ["2025-10-27..2025-10-27"]);
        // The talks stand between the verb and the date: the date is theirs.
        let between = "Pakistan said the talks with Afghanistan on Monday collapsed.";
        assert_eq!(dated(between, EventKind::Talks), ["2025-10-27..2025-10-27"]);
        // "accused X on Tuesday of opening fire": the date before "of" is both's.
        let accused = "Thailand's army accused Cambodian troops on Tuesday of opening fire.";
        assert_eq!(
            dated(accused, EventKind::Attack),
            ["2025-10-28..2025-10-28"]
        );
    }

    #[test]
    fn an_event_on_its_nth_day_began_that_many_days_before() {
        // Met on Sunday for the second day: began on Saturday.
        let running =
            "Pakistani and Afghan negotiators met for a second day in Istanbul on Sunday.";
        assert_eq!(dated(running, EventKind::Talks), ["2025-10-25..2025-10-25"]);
        // A length alone counts no days run: the day given.
        let ended = "The three-day talks between Pakistan and Afghanistan broke up on Tuesday.";
        assert_eq!(dated(ended, EventKind::Talks), ["2025-10-28..2025-10-28"]);
        // "a second day" that counts nothing of the event: "for a second day" is needed.
        let other = "Pakistani and Afghan negotiators met on Sunday, a second day of rain.";
        assert_eq!(dated(other, EventKind::Talks), ["2025-10-26..2025-10-26"]);
    }
}

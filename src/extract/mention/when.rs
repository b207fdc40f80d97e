//! When an event happened: the date of its clause, its sentence or its paragraph, ordered
//! against other dates by the words between them.

use super::*;

impl<'a> Reader<'a> {
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
        let in_sentence: Vec<&(Range<usize>, &Timex)> = starting_in(&self.timexes, &sentence.range)
            .iter()
            .filter(|(r, _)| r.end <= sentence.range.end)
            .collect();
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
        let mine = |r: &Range<usize>| match self.owner(
            sentence,
            span,
            Reader::token_at(sentence, r.start),
        ) {
            None => !self.embedded(sentence, span, r),
            Some(other) => {
                kind == EventKind::CasualtyClaim && other.is_violent()
                    || before_of(r)
                    || venue && matches!(other, EventKind::Agreement | EventKind::Ceasefire)
            }
        };
        let in_clause =
            |r: &Range<usize>| r.start >= clause_bytes.start && r.start < clause_bytes.end;
        if let Some((range, timex)) =
            nearest(&mut in_sentence.iter().filter(|(r, _)| in_clause(r) && mine(r)))
        {
            let at = (&range, trigger);
            let when = self.bounds_of(sentence, at, timex, &in_sentence, TimeSource::Clause);
            // An event dated by a stretch of days of its own ("clashes of October 11 and 12")
            // started on its first day; a toll counts what happened over all of them.
            let first = (kind != EventKind::CasualtyClaim)
                .then(|| self.first_day(&range, timex, &in_sentence))
                .flatten();
            return (when, first);
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
            let at = (&range, trigger);
            let mut when = self.bounds_of(sentence, at, timex, &in_sentence, TimeSource::Sentence);
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
            return (when, None);
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
        let statement = kind == EventKind::Statement;
        let before = starting_in(&self.timexes, &(self.block.start..sentence.range.start));
        let recent = &before[before.len().saturating_sub(NARRATIVE_LOOKBACK)..];
        let narrative = recent
            .iter()
            .filter(|_| statement || in_sentence.is_empty() && modality != Modality::Planned)
            .filter(|(r, _)| r.end <= sentence.range.start)
            .filter(|(_, t)| {
                matches!((t.earliest, t.latest), (Some(a), Some(b)) if a.date() == b.date())
            })
            .filter(|(_, t)| {
                let published = self.published.filter(|_| statement);
                published.is_none_or(|p| t.earliest.is_some_and(|b| b.date() <= p))
            })
            // Last, as it reads the words before the expression.
            .rfind(|(r, _)| !self.backstory(r));
        if let Some((range, timex)) = narrative {
            let day = timex.earliest.map(|b| Bound::Day(b.date()));
            return (
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
    }

    /// Whether a date sits in an "after" or "before" clause, which tells what came before
    /// or after the story rather than where the story is: in "fighting that began on July 24,
    /// after a landmine blast on July 23 wounded five soldiers", the story is on July 24.
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
        let mut pieces = head.rsplit([',', ';', '.', '(', '\u{2014}']);
        let clause = pieces.next().unwrap_or_default();
        if pieces.next().is_none() && from > self.block.start {
            // No clause boundary in reach: the clause did not start with "after" here.
            return false;
        }
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
    ) -> When {
        let mut earliest = timex.earliest;
        let mut latest = timex.latest;
        let joined = |from: &Range<usize>, to: &Range<usize>| self.joined(from, to);
        let next = in_sentence.iter().find(|(r, _)| r.start >= range.end);
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
        let before = sentence
            .tokens
            .iter()
            .rposition(|t| t.end <= range.start)
            .map_or("", |i| sentence.word(i));
        let between = self.text.get(range.end..trigger).unwrap_or_default();
        let dated_by_it = between
            .trim_start_matches([',', ' '])
            .get(..5)
            .is_some_and(|w| w.eq_ignore_ascii_case("when "))
            && !between.contains([';', '.']);
        match before {
            _ if dated_by_it => {}
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

//! Figures tied to an event: counts of people, what is counted, durations and ordinals.

use super::*;

impl Reader<'_> {
    /// A count of people near a casualty word, nearest first, preferring one before it.
    /// Looked for once per word: a casualty word's figure is asked for when its trigger is
    /// kept, when its mention is built and when its sides are, and each search reads the
    /// whole clause.
    pub(super) fn count(&self, sentence: &Sentence<'_>, span: &Range<usize>) -> Figure {
        if let Some((_, figure)) = sentence.figures.borrow().iter().find(|(s, _)| s == span) {
            return figure.clone();
        }
        let figure = self.count_anew(sentence, span);
        sentence
            .figures
            .borrow_mut()
            .push((span.clone(), figure.clone()));
        figure
    }

    fn count_anew(&self, sentence: &Sentence<'_>, span: &Range<usize>) -> Figure {
        let tokens = sentence.tokens;
        let clause = sentence.clause(span.start);
        let mut best: Option<(usize, Range<usize>, parse::Count)> = None;
        // A count read from its first word: "at least 12" is not also "12".
        let mut covered_until = 0;
        let trigger_is_noun = self
            .lexicon
            .triggers
            .longest(sentence.words, span.start)
            .is_some_and(|(_, trigger)| !trigger.verb);
        // A number inside a date is not a figure: "the April 22 killing of tourists".
        let dates = self.dates(sentence);
        for at in clause.clone() {
            if span.contains(&at) || sentence.tokens[at].start < covered_until {
                continue;
            }
            let start = sentence.tokens[at].start;
            if dates.iter().any(|(date, _)| date.contains(&start)) {
                continue;
            }
            let found = sentence.count_at(at);
            // "a Cambodian soldier was killed": one person, counted by the article. In "a
            // civilian toll" the article is the toll's, not the civilian's.
            let single = matches!(sentence.word(at), "a" | "an")
                && (at + 1..(at + 3).min(clause.end)).any(|i| {
                    self.is_people(sentence, i) && !(trigger_is_noun && span.start == i + 1)
                });
            let (len, count) = match found {
                Some(found) => found,
                None if single => (
                    tokens[at].end - tokens[at].start,
                    parse::Count {
                        low: Some(1),
                        high: Some(1),
                    },
                ),
                None => continue,
            };
            let end = tokens[at].start + len;
            covered_until = end;
            // A figure of people: a people word or the trigger itself within three tokens, or
            // the figure right after the trigger ("killing 12", "wounded five more").
            let next = tokens.partition_point(|t| t.start < end);
            let window = next..(next + 3).min(tokens.len());
            // A toll names its figure after a preposition: "put the death toll at 705", "the
            // toll rose to 627", "a toll of 28".
            let toll_figure = trigger_is_noun
                && at > span.end
                && at <= span.end + 3
                && matches!(sentence.word(at - 1), "at" | "to" | "of");
            let people = window
                .clone()
                .any(|i| span.contains(&i) || self.is_people(sentence, i))
                || at == span.end
                || toll_figure;
            if !people {
                continue;
            }
            // The object of the verb is its own figure ("killed 12 and wounded five more").
            let distance = if at == span.end {
                0
            } else {
                at.abs_diff(span.start) + if at > span.start { 3 } else { 0 }
            };
            if best.as_ref().is_none_or(|(d, ..)| distance < *d) {
                best = Some((distance, tokens[at].start..end, count));
            }
        }
        best.map(|(_, range, count)| (range, count))
    }

    /// The figure of weapons a strike or barrage is told with, right before the word that
    /// names them: "fired 14 missiles", "19 ballistic missiles", "dozens of rockets". One
    /// word may stand between the figure and the weapon.
    pub(super) fn munitions(
        &self,
        sentence: &Sentence<'_>,
        span: &Range<usize>,
    ) -> Option<(Range<usize>, parse::Count)> {
        let weapon = span.end - 1;
        if !matches!(
            sentence.word(weapon),
            "missiles" | "rockets" | "drones" | "shells" | "bombs" | "mortars" | "projectiles"
        ) {
            return None;
        }
        let tokens = sentence.tokens;
        (weapon.saturating_sub(4)..weapon).find_map(|at| {
            let (len, count) = sentence.count_at(at)?;
            let next = tokens.partition_point(|t| t.start < tokens[at].start + len);
            // The figure ends right before the weapon, or before one word that describes it.
            let between = weapon.checked_sub(next)?;
            (between <= 1 && (next..weapon).all(|i| tokens[i].kind == TokenKind::Word))
                .then(|| (tokens[at].start..tokens[at].start + len, count))
        })
    }

    /// Whether token `i` names people: a people word ("soldiers", "civilians") or a plural
    /// nationality ("13 Cambodians", "dozens of Afghans").
    fn is_people(&self, sentence: &Sentence<'_>, i: usize) -> bool {
        let people_word = sentence
            .cues
            .iter()
            .any(|(c, cue)| *c == i && *cue == Cue::People);
        let nationals = sentence.actors.iter().any(|a| {
            a.tokens == (i..i + 1)
                && a.name.kind == ActorType::Adjective
                && sentence.word(i).ends_with('s')
        });
        people_word || nationals
    }

    /// The people word right after a figure ("23 Pakistani soldiers" counts soldiers).
    pub(super) fn counted(&self, sentence: &Sentence<'_>, end: usize) -> Option<String> {
        let next = Reader::token_at(sentence, end);
        (next..(next + 3).min(sentence.tokens.len())).find_map(|i| {
            let people = sentence
                .cues
                .iter()
                .any(|(c, cue)| *c == i && *cue == Cue::People);
            people.then(|| sentence.word(i).to_string())
        })
    }

    /// The people word before a toll ("the civilian toll", "its civilian death count"), when
    /// its figure names none.
    pub(super) fn toll_of(&self, sentence: &Sentence<'_>, span: &Range<usize>) -> Option<String> {
        let mut i = span.start.checked_sub(1)?;
        if sentence.word(i) == "death" {
            i = i.checked_sub(1)?;
        }
        let people = sentence
            .cues
            .iter()
            .any(|(c, cue)| *c == i && *cue == Cue::People);
        people.then(|| sentence.word(i).to_string())
    }

    /// A duration written against the trigger: "four-day talks", "48-hour ceasefire", "five
    /// days of fighting".
    pub(super) fn duration(
        &self,
        sentence: &Sentence<'_>,
        span: &Range<usize>,
        extended: Option<usize>,
    ) -> (Option<String>, Option<crate::span::Span>) {
        let tokens = sentence.tokens;
        let trigger_start = tokens[span.start].start;
        // The expressions inside the sentence, of those found once to overlap it (no
        // expression is empty, so each inside it overlaps it): a search of the report's
        // expressions for every mention cost more than reading its length.
        let range = &sentence.range;
        let in_sentence = self.all[sentence.timexes.clone()]
            .iter()
            .filter(|(r, _)| r.start >= range.start && r.end <= range.end);
        let found = in_sentence.clone().find(|(range, timex)| {
            if timex.kind != TimexType::Duration {
                return false;
            }
            // The tokens from the expression's end to the trigger: a run of the sentence's
            // tokens, which are in order.
            let first = tokens.partition_point(|t| t.start < range.end);
            let last = tokens
                .partition_point(|t| t.end <= trigger_start)
                .max(first);
            let between = &tokens[first..last];
            // Only a length written right before the trigger, or a word or two before it,
            // is its own: one further off is passed by before its words are read (every
            // mention of a sentence asks about each of its lengths).
            if range.end > trigger_start || between.len() > 2 {
                return false;
            }
            let adjacent = between.iter().all(|t| t.kind == TokenKind::Word);
            let of = between
                .first()
                .is_some_and(|t| t.lower(sentence.lower) == "of");
            // "Four days after the ceasefire" counts from the event, it is not its length.
            let offset = between.iter().any(|t| {
                matches!(
                    t.lower(sentence.lower).as_ref(),
                    "after" | "before" | "since" | "ago" | "later" | "earlier"
                )
            });
            // "within minutes each side accused the other": how soon, not how long.
            let lead = tokens.partition_point(|t| t.end <= range.start);
            let within = lead > 0 && tokens[lead - 1].lower(sentence.lower) == "within";
            (adjacent || of) && !offset && !within
        });
        // An extension's length follows the words that tell it (up to token `extended`):
        // "was extended on Monday by five days", "extended for another 48 hours". Only words
        // of a date may stand between.
        let found = found.or_else(|| {
            let after = extended?;
            let trigger_end = tokens[after - 1].end;
            let clause = sentence.clause(span.start);
            let clause_end = tokens[clause.end - 1].end;
            in_sentence.clone().find(|(range, timex)| {
                if timex.kind != TimexType::Duration
                    || range.start < trigger_end
                    || range.end > clause_end
                {
                    return false;
                }
                let first = tokens.partition_point(|t| t.end <= trigger_end);
                let lead = tokens.partition_point(|t| t.end <= range.start).max(first);
                let between = &tokens[first..lead];
                between
                    .last()
                    .is_some_and(|t| matches!(t.lower(sentence.lower).as_ref(), "by" | "for"))
                    && between[..between.len() - 1].iter().all(|t| {
                        self.in_timex(sentence, t)
                            || matches!(t.lower(sentence.lower).as_ref(), "on" | "at")
                    })
            })
        });
        match found {
            Some((_, timex)) => (Some(timex.value.clone()), Some(timex.span)),
            None => (None, None),
        }
    }

    /// The round number: "the third round", "round two".
    pub(super) fn round(&self, sentence: &Sentence<'_>, span: &Range<usize>) -> Option<u32> {
        let text = sentence.text;
        let tokens = sentence.tokens;
        let word = sentence.word(span.start);
        if matches!(word, "truce" | "ceasefire" | "cease-fire" | "pause") {
            return self.truce_ordinal(sentence, span);
        }
        if !matches!(word, "round" | "rounds" | "session") {
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

    /// Which truce of a war a truce is, when the words before it say: "the first ceasefire
    /// of the war", "A second ceasefire, brokered by Washington", "a third humanitarian
    /// truce". Only an ordinal written as a word or with its suffix counts, one adjective
    /// at most between it and the truce. An ordinal standing for the truce named right
    /// after it counts too: "The first, a 48-hour ceasefire, collapsed".
    fn truce_ordinal(&self, sentence: &Sentence<'_>, span: &Range<usize>) -> Option<u32> {
        let text = sentence.text;
        let tokens = sentence.tokens;
        let ordinal = |at: usize| {
            let token = &tokens[at];
            let (len, n) = parse::ordinal_at(token.text(text))?;
            (len == token.end - token.start).then_some(n)
        };
        let before = (span.start.saturating_sub(2)..span.start)
            .rev()
            .find_map(ordinal);
        // "The first, a 48-hour ceasefire": the article opens the truce's own words, and
        // only its modifiers (a few tokens, "48-hour" among them) stand between. "The first"
        // opens its clause: after a preposition ("on the first, a ceasefire") it is a day.
        let apposed = || {
            let article = (span.start.saturating_sub(5)..span.start)
                .rfind(|&i| matches!(sentence.word(i), "a" | "an"))?;
            let modifiers = &tokens[article + 1..span.start];
            let opens = |the: usize| {
                the == 0 || matches!(sentence.word(the - 1), "," | ";" | ":" | "and" | "but")
            };
            if article < 3
                || sentence.word(article - 1) != ","
                || sentence.word(article - 3) != "the"
                || !opens(article - 3)
                || modifiers.iter().any(|t| matches!(t.text(text), "," | ";"))
            {
                return None;
            }
            ordinal(article - 2)
        };
        before.or_else(apposed)
    }
}

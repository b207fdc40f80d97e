//! Relations between the mentions of one report: the words that join two events in a
//! sentence, statements and what they report, sessions within rounds, and mentions of the
//! same event.

use super::lexicon::{EventLexicon, Joint};
use super::tokens::{Token, Words};
use super::{EventKind, Mention, MentionRelation, RelationKind, TimeSource, When};
use crate::document::Document;
use crate::time::Bound;

/// Adds to `relations` those among `mentions[first..]`, the mentions of one sentence, whose
/// `tokens` read as `words`: added to the report's list, where a list of the sentence's own
/// cost an allocation for every sentence of two mentions or more. So for `here`, which
/// holds where the sentence's mentions are while they are related, emptied for the next
/// sentence.
#[allow(clippy::too_many_arguments)]
pub(super) fn within_sentence(
    tokens: &[Token],
    words: &Words<'_>,
    mentions: &[Mention],
    first: usize,
    document: &Document,
    lexicon: &EventLexicon,
    relations: &mut Vec<MentionRelation>,
    here: &mut Vec<(usize, usize, usize)>,
) {
    // Every relation joins two mentions of the sentence: most sentences have fewer, and
    // their words need not be looked up.
    if mentions.len().saturating_sub(first) < 2 {
        return;
    }
    here.clear();
    here.extend(
        mentions[first..]
            .iter()
            .enumerate()
            .filter_map(|(offset, m)| {
                let range = document.text_range(m.span)?;
                Some((first + offset, range.start, range.end))
            }),
    );
    let here = &here[..];
    let narrative = |index: &usize| mentions[*index].kind != EventKind::Statement;
    for at in words.starting(lexicon.joints.bit()) {
        let token = &tokens[at];
        let Some((len, joint)) = lexicon.joints.longest(words, at) else {
            continue;
        };
        // "since" after a comma gives a reason ("brought little relief, since the crossings
        // are still closed"), not a time.
        let reason = words.get(at) == "since" && at > 0 && words.get(at - 1) == ",";
        if reason {
            continue;
        }
        let cue_end = tokens[at + len - 1].end;
        let left = here
            .iter()
            .rfind(|(i, _, end)| *end <= token.start && narrative(i));
        let right = here
            .iter()
            .find(|(i, start, _)| *start >= cue_end && narrative(i));
        let (Some(&(left, ..)), Some(&(right, ..))) = (left, right) else {
            continue;
        };
        let cue = document.source_span(token.start..cue_end);
        let (from, to, kind) = match joint {
            // "The truce ended five days of fighting": the fighting came first. Only a
            // settlement ends fighting this way; "talks ended without an agreement" and "the
            // conflict ended with a ceasefire" say how something ended, not what it ended.
            Joint::Ends => {
                let settles = matches!(
                    mentions[left].kind,
                    EventKind::Ceasefire | EventKind::Agreement
                );
                if !(settles && mentions[right].kind.is_violent()) {
                    continue;
                }
                (right, left, RelationKind::Before)
            }
            Joint::After => (right, left, RelationKind::Before),
            Joint::Before => (left, right, RelationKind::Before),
            Joint::Causes => (left, right, RelationKind::Causes),
            Joint::CausedBy => (right, left, RelationKind::Causes),
        };
        relations.push(MentionRelation {
            from,
            to,
            kind,
            cue,
        });
    }
    // A statement reports the events its sentence attributes to the same source.
    for &(statement, ..) in here
        .iter()
        .filter(|(i, ..)| mentions[*i].kind == EventKind::Statement)
    {
        let speaker = mentions[statement].participants.first().map(|p| p.span);
        for &(event, ..) in here
            .iter()
            .filter(|(i, ..)| *i != statement && narrative(i))
        {
            let attributed = mentions[event].attribution.as_ref().map(|a| a.span);
            if attributed.is_some() && attributed == speaker {
                relations.push(MentionRelation {
                    from: event,
                    to: statement,
                    kind: RelationKind::ReportedBy,
                    cue: mentions[statement].span,
                });
            }
        }
    }
    // "the last session" within "the talks": the round includes the session.
    let sessions = here
        .iter()
        .filter(|(i, ..)| mentions[*i].kind == EventKind::Talks && is_session(&mentions[*i]));
    for &(session, ..) in sessions {
        if let Some(&(round, ..)) = here
            .iter()
            .find(|(i, ..)| mentions[*i].kind == EventKind::Talks && !is_session(&mentions[*i]))
        {
            relations.push(MentionRelation {
                from: round,
                to: session,
                kind: RelationKind::Includes,
                cue: mentions[session].span,
            });
        }
    }
}

fn is_session(mention: &Mention) -> bool {
    mention.text.eq_ignore_ascii_case("session") || mention.text.eq_ignore_ascii_case("meeting")
}

/// Mentions of one event within a report: a later mention of the same kind whose details fit
/// every earlier mention of an event refers to the most recent such event ("the talks" after
/// "the four-day talks in Istanbul"). Fitting all of them, not just one, keeps a vague
/// headline from joining two distinct events. Statements, threats and casualty claims are
/// each their own event, and so is a mention told as another one (`others`: "two earlier
/// truces"); a mention `apart` (ground taken: "had taken Shusha") neither joins an event nor
/// is joined by a later mention ("the war was over").
///
/// Each event keeps a summary of its mentions, so fitting all of them is one comparison, and
/// a mention is compared with the [`RECENT_EVENTS`] latest events of its kind: the cost stays
/// linear in the mentions of a report, however many it has.
pub(super) fn same_event(
    mentions: &[Mention],
    others: &[bool],
    apart: &[bool],
    relations: &mut Vec<MentionRelation>,
) {
    // At most one group per mention: sized once, not grown group by group.
    let mut groups: Vec<Group<'_>> = Vec::with_capacity(mentions.len());
    // The latest group of each kind, which leads back through the earlier ones: a list of
    // the groups of each kind cost a list per kind and report.
    let mut latest: [Option<usize>; EventKind::ALL.len()] = [None; EventKind::ALL.len()];
    for (index, mention) in mentions.iter().enumerate() {
        // Told apart from every other mention: it joins none, and none joins it.
        if apart[index] {
            continue;
        }
        let solitary = matches!(
            mention.kind,
            EventKind::Statement | EventKind::Threat | EventKind::CasualtyClaim
        );
        let latest = &mut latest[mention.kind as usize];
        let joined = (!solitary && !others[index])
            .then(|| {
                std::iter::successors(*latest, |&g| groups[g].earlier)
                    .take(RECENT_EVENTS)
                    .find(|&g| groups[g].fits(mention))
            })
            .flatten();
        match joined {
            Some(g) => {
                relations.push(MentionRelation {
                    from: groups[g].first,
                    to: index,
                    kind: RelationKind::SameEvent,
                    cue: mention.span,
                });
                groups[g].add(mention);
            }
            None => {
                groups.push(Group::new(index, mention, *latest));
                *latest = Some(groups.len() - 1);
            }
        }
    }
}

/// The day of a bound, if there is one.
fn day(bound: Option<Bound>) -> Option<chrono::NaiveDate> {
    bound.map(|b| b.date())
}

/// How many of the latest events of its kind a mention may be another mention of.
const RECENT_EVENTS: usize = 256;

/// What every mention of one event in a report agrees on. A later mention fits each of them
/// when it has the same kind, phase and modality, a round and a place that no mention
/// contradicts, and a time that overlaps every mention's: an interval overlaps every
/// interval of a set exactly when it starts by the earliest end and ends after the latest
/// start.
struct Group<'m> {
    first: usize,
    /// The group of the same kind before this one.
    earlier: Option<usize>,
    kind: EventKind,
    phase: Option<super::Phase>,
    modality: super::Modality,
    round: Option<u32>,
    place: Option<&'m str>,
    latest_start: Option<chrono::NaiveDate>,
    earliest_end: Option<chrono::NaiveDate>,
}

impl<'m> Group<'m> {
    fn new(index: usize, mention: &'m Mention, earlier: Option<usize>) -> Group<'m> {
        let mut group = Group {
            first: index,
            earlier,
            kind: mention.kind,
            phase: mention.phase,
            modality: mention.modality,
            round: None,
            place: None,
            latest_start: None,
            earliest_end: None,
        };
        group.add(mention);
        group
    }

    fn fits(&self, mention: &Mention) -> bool {
        let place = mention.place.as_ref().map(|p| p.name.as_str());
        let before = |end: Option<chrono::NaiveDate>, start: Option<chrono::NaiveDate>| matches!((end, start), (Some(e), Some(s)) if e < s);
        mention.kind == self.kind
            && mention.phase == self.phase
            && mention.modality == self.modality
            && (mention.round.is_none() || self.round.is_none() || mention.round == self.round)
            && (place.is_none() || self.place.is_none() || place == self.place)
            && !before(day(mention.when.latest), self.latest_start)
            && !before(self.earliest_end, day(mention.when.earliest))
    }

    fn add(&mut self, mention: &'m Mention) {
        self.round = self.round.or(mention.round);
        self.place = self
            .place
            .or(mention.place.as_ref().map(|p| p.name.as_str()));
        self.latest_start = self.latest_start.max(day(mention.when.earliest));
        self.earliest_end = match (self.earliest_end, day(mention.when.latest)) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }
}

/// A later mention of an event that does not say where or when ("the talks") takes what an
/// earlier mention said, and any mention takes the place that another mention of the event
/// in its own sentence names, before or after it. A mention bounded on one side only, because its sentence only
/// orders it against another event ("agreed to pause the fighting" before Thursday's calm)
/// or because only the report's date bounds it, takes the single day that the sentence of
/// another mention of the same event gives it ("the ceasefire came into force yesterday"),
/// whether that mention comes before or after it, when the day fits its bound.
pub(super) fn fill_from_earlier(mentions: &mut [Mention], relations: &[MentionRelation]) {
    // The pairs of mentions of one event, grouped by the earlier one below: one list for
    // the report, where a map of a list for each event allocated for every event.
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for relation in relations
        .iter()
        .filter(|r| r.kind == RelationKind::SameEvent)
    {
        // The earlier place is copied only where the later mention has none.
        if mentions[relation.to].place.is_none() {
            mentions[relation.to].place = mentions[relation.from].place.clone();
        }
        let earlier_when = mentions[relation.from].when;
        let later = &mut mentions[relation.to];
        if !dated(later.when.source) && dated(earlier_when.source) {
            later.when = When {
                source: TimeSource::Antecedent,
                ..earlier_when
            };
        }
        pairs.push((relation.from, relation.to));
    }
    // Each event's earlier mention and then the later ones in the order of their relations,
    // the events by their earlier mention: a stable sort keeps that order within each.
    pairs.sort_by_key(|&(from, _)| from);
    let (mut group, mut days) = (Vec::new(), Vec::new());
    for pairs in pairs.chunk_by(|a, b| a.0 == b.0) {
        group.clear();
        group.push(pairs[0].0);
        group.extend(pairs.iter().map(|&(_, to)| to));
        // "Iranian missiles struck a building in Beersheba": the weapon named first is the
        // strike told after it, and the sentence's place is where both were. The group is
        // in text order, so a sentence's mentions stand together in it: one look at each.
        let mut run = 0;
        while run < group.len() {
            let sentence = mentions[group[run]].sentence;
            let end = run
                + group[run..]
                    .iter()
                    .take_while(|&&i| mentions[i].sentence == sentence)
                    .count();
            // Copied only to the mentions that take it.
            let placed = group[run..end]
                .iter()
                .copied()
                .find(|&i| mentions[i].place.is_some());
            for &i in group[run..end].iter().filter(|_| placed.is_some()) {
                if mentions[i].place.is_none() {
                    mentions[i].place = placed.and_then(|p| mentions[p].place.clone());
                }
            }
            run = end;
        }
        // Days the text gives a mention of the event, one day each.
        days.clear();
        days.extend(
            group
                .iter()
                .map(|&i| mentions[i].when)
                .filter(|w| dated(w.source))
                .filter(|w| Bound::one_day(w.earliest, w.latest).is_some()),
        );
        for &i in &group {
            let when = mentions[i].when;
            if when.earliest.is_some() && when.latest.is_some() {
                continue;
            }
            let within = |day: &When| {
                let (Some(start), Some(end)) = (day.earliest, day.latest) else {
                    return false;
                };
                when.earliest.is_none_or(|w| start.date() >= w.date())
                    && when.latest.is_none_or(|w| end.date() <= w.date())
            };
            if let Some(day) = days.iter().find(|d| within(d)) {
                mentions[i].when = When {
                    source: TimeSource::Antecedent,
                    ..*day
                };
            }
        }
    }
}

/// Outcomes told of "the process" go to the talks it refers back to: the nearest talks
/// told before as having happened. Of that event's mentions in the report, the nearest
/// before the words that tells no outcome yet takes it, so that a failure and a later
/// rescue told of one round are both kept; when every one already tells one, the words add
/// nothing new to what the report is read as saying and are left.
pub(super) fn refer_outcomes(
    mentions: &mut [Mention],
    relations: &[MentionRelation],
    referred: Vec<super::Told>,
) {
    for told in referred {
        let before = |m: &Mention| {
            m.kind == EventKind::Talks
                && m.modality == super::Modality::Happened
                && m.span.end <= told.span.start
        };
        let Some(antecedent) = mentions.iter().rposition(before) else {
            continue;
        };
        // The event's mentions in the report: those related to the same first mention.
        let first = relations
            .iter()
            .find(|r| r.kind == RelationKind::SameEvent && r.to == antecedent)
            .map_or(antecedent, |r| r.from);
        let same = |i: usize| {
            i == first
                || relations
                    .iter()
                    .any(|r| r.kind == RelationKind::SameEvent && r.from == first && r.to == i)
        };
        let free = (0..=antecedent)
            .rev()
            .find(|&i| same(i) && before(&mentions[i]) && mentions[i].outcome.is_none());
        if let Some(i) = free {
            mentions[i].outcome = Some(told);
        }
    }
}

/// Whether a mention's time comes from its own sentence rather than the story around it.
fn dated(source: TimeSource) -> bool {
    matches!(source, TimeSource::Clause | TimeSource::Sentence)
}

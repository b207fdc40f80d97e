//! Merging the same event across reports.
//!
//! Candidates are blocked by kind and time: events of one kind are sorted by when they
//! started, and each is compared with at most [`ResolveOptions::candidates`] that follow it.
//! A pair can be the same event when nothing excludes it (kind, phase, place, overlapping
//! time); it is merged when enough supports it (the same place, both precisely dated,
//! participants in common, the same round or length, the same words). Durations, counts
//! and ordinals never keep apart two accounts whose times agree: that is a conflict, found
//! later. Clusters grow only when every member fits every other, so one vague mention
//! cannot chain two distinct events.

use super::ResolveOptions;
use crate::extract::{EventKind, Modality, RelationKind, Role, TimeSource};
use crate::graph::{Event, EventGraph, EventId, event_from};
use crate::time::Bound;
use std::collections::BTreeMap;

/// Merged events and where each event of the input graph went.
pub(super) struct Merged {
    pub events: Vec<Event>,
    pub event_of: Vec<EventId>,
    pub comparisons: usize,
}

fn day(bound: Option<Bound>) -> Option<i64> {
    bound.map(|b| i64::from(chrono::Datelike::num_days_from_ce(&b.date())))
}

/// Days between two intervals (0 when they overlap; open sides overlap everything).
fn gap(a: &Event, b: &Event) -> i64 {
    let (a0, a1, b0, b1) = (
        day(a.when.earliest),
        day(a.when.latest),
        day(b.when.earliest),
        day(b.when.latest),
    );
    let after = match (a1, b0) {
        (Some(end), Some(start)) if end < start => start - end,
        _ => 0,
    };
    let before = match (b1, a0) {
        (Some(end), Some(start)) if end < start => start - end,
        _ => 0,
    };
    after.max(before)
}

/// The most days apart two accounts of one event may date it: two, or for talks, a truce or
/// a closure that lasts longer, its length less a day, for one report may date it by its
/// first day ("opened on Saturday") and another by its last ("the four-day talks broke up
/// on Tuesday"). The longest length any account of either gives counts: a disagreement on
/// the length is a conflict, not a reason to keep the accounts apart.
fn slack<'e>(events: impl IntoIterator<Item = &'e Event>) -> i64 {
    let days = |event: &Event| {
        let length = event
            .duration
            .as_deref()?
            .strip_prefix('P')?
            .strip_suffix('D')?;
        event.kind.is_state().then(|| length.parse::<i64>().ok())?
    };
    let longest = events.into_iter().filter_map(days).max().unwrap_or(0);
    (longest.min(31) - 1).max(2)
}

fn bounded(event: &Event) -> bool {
    event.when.earliest.is_some() && event.when.latest.is_some()
}

/// Bounded on both sides, and for a statement by a date of its own: a statement bounded
/// only by the day its paragraph has reached and by publication may be any of the many
/// things one speaker says in those days.
fn dated_by_text(event: &Event) -> bool {
    let own = |m: &crate::extract::Mention| {
        matches!(m.when.source, TimeSource::Clause | TimeSource::Sentence)
    };
    bounded(event) && (event.kind != EventKind::Statement || event.mentions.iter().any(own))
}

/// Dated to within a few days, as "October 9" or "October 18 and 19" are; "in May" is not.
fn precise(event: &Event) -> bool {
    match (day(event.when.earliest), day(event.when.latest)) {
        (Some(start), Some(end)) => end - start <= 3,
        _ => false,
    }
}

fn document(event: &Event) -> &str {
    event.mentions.first().map_or("", |m| m.document.as_str())
}

fn actors<'e>(event: &'e Event, roles: &[Role]) -> Vec<&'e str> {
    event
        .participants
        .iter()
        .filter(|p| roles.contains(&p.role))
        .map(|p| p.actor.as_str())
        .collect()
}

/// An account of what will or will not happen, open towards the future.
fn future(event: &Event) -> bool {
    event.modality != Modality::Happened && event.when.latest.is_none()
}

/// True when no mention of the event is dated by its text.
fn undated(event: &Event) -> bool {
    event
        .mentions
        .iter()
        .all(|m| matches!(m.when.source, TimeSource::Publication | TimeSource::None))
}

/// How far before its report's publication an undated event is taken to lie, for telling
/// events apart: news reports what is recent, and "the latest round" in a report ten days
/// after the first round ended is another round.
const RECENT_DAYS: i64 = 7;

/// How far before its only upper bound ("explosions before the fighting of earlier this
/// month") or after its only lower bound ("closed since October 11") an event is taken to lie.
const OPEN_DAYS: i64 = 31;

/// How far apart two reports of plans for what comes next may be and still be about the same
/// plan: a month; a feed that runs for years has many next rounds.
const PLANS_DAYS: i64 = 31;

/// An event that is not dated on both sides can be another only if they are close: an undated
/// one lies within a week before its report (or, when its report orders it against a dated
/// event, within a month of that one), one bounded only above within a month before that
/// bound, one bounded only below within a month after it. A dated event must overlap
/// that stretch; two such events' stretches must overlap.
fn recent_enough(a: &Candidate<'_>, b: &Candidate<'_>) -> bool {
    if future(a.event) && future(b.event) {
        // Plans for what comes next are about the future, not about recent events.
        return within(a.published, b.published, PLANS_DAYS);
    }
    match (a.open, b.open) {
        (Some(x), Some(y)) => match (x.stretch(), y.stretch()) {
            (Some((x0, x1)), Some((y0, y1))) => x0 <= y1 && y0 <= x1,
            _ => true,
        },
        (Some(open), None) => open.meets(b.event),
        (None, Some(open)) => open.meets(a.event),
        (None, None) => true,
    }
}

fn within(a: Option<i64>, b: Option<i64>, days: i64) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => (x - y).abs() <= days,
        _ => true,
    }
}

/// Where an event that is not dated on both sides is taken to lie: within `window` days
/// before `day`, or after it.
#[derive(Clone, Copy)]
struct Open {
    day: Option<i64>,
    window: i64,
    after: bool,
}

impl Open {
    fn of(event: &Event, published: Option<i64>) -> Option<Open> {
        let (earliest, latest) = (day(event.when.earliest), day(event.when.latest));
        if undated(event) {
            Some(Open {
                day: published,
                window: RECENT_DAYS,
                after: false,
            })
        } else if earliest.is_none() {
            Some(Open {
                day: latest.or(published),
                window: OPEN_DAYS,
                after: false,
            })
        } else if latest.is_none() {
            Some(Open {
                day: earliest,
                window: OPEN_DAYS,
                after: true,
            })
        } else {
            None
        }
    }

    /// Where an undated event lies by what its own report orders it against, one step away:
    /// "the truce ended four days of fighting" puts the fighting before the truce's date, not
    /// in the week before a report written a fortnight later. `None` for an event that is
    /// dated, or that its report orders against nothing dated.
    fn by_relations(graph: &EventGraph) -> Vec<Option<Open>> {
        let events = graph.events();
        let mut opens: Vec<Option<Open>> = vec![None; events.len()];
        let dated = |e: &Event| !undated(e);
        for edge in graph.edges() {
            if !matches!(edge.kind, RelationKind::Before | RelationKind::Causes) {
                continue;
            }
            let (from, to) = (edge.from.0 as usize, edge.to.0 as usize);
            let (earlier, later) = (&events[from], &events[to]);
            if undated(earlier) && dated(later) && opens[from].is_none() {
                opens[from] = day(later.when.latest).map(|latest| Open {
                    day: Some(latest),
                    window: OPEN_DAYS,
                    after: false,
                });
            }
            if undated(later) && dated(earlier) && opens[to].is_none() {
                opens[to] = day(earlier.when.earliest).map(|earliest| Open {
                    day: Some(earliest),
                    window: OPEN_DAYS,
                    after: true,
                });
            }
        }
        opens
    }

    fn stretch(self) -> Option<(i64, i64)> {
        let day = self.day?;
        Some(if self.after {
            (day, day + self.window)
        } else {
            (day - self.window, day)
        })
    }

    /// Whether a dated event can lie in the stretch. Only its end is checked against an
    /// event before a day: an undated account may still be of an event its report
    /// announces.
    fn meets(self, dated: &Event) -> bool {
        let Some((low, high)) = self.stretch() else {
            return true;
        };
        let (start, end) = (day(dated.when.earliest), day(dated.when.latest));
        end.is_none_or(|end| end >= low) && (!self.after || start.is_none_or(|start| start <= high))
    }
}

/// The actors each report is mostly about: its three most named participants (named twice
/// or more), ties broken by name.
fn stories(events: &[Event]) -> BTreeMap<&str, Vec<&str>> {
    let mut counts: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    for event in events {
        for mention in &event.mentions {
            let document = counts.entry(mention.document.as_str()).or_default();
            for participant in &mention.participants {
                *document.entry(participant.actor.as_str()).or_default() += 1;
            }
        }
    }
    counts
        .into_iter()
        .map(|(document, actors)| {
            let mut ranked: Vec<(&str, usize)> =
                actors.into_iter().filter(|(_, n)| *n >= 2).collect();
            ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            let top = ranked.into_iter().take(3).map(|(a, _)| a).collect();
            (document, top)
        })
        .collect()
}

/// An event of one report with what comparing it needs, worked out once: pairs are many.
pub(super) struct Candidate<'e> {
    event: &'e Event,
    /// The report, as an index into the sorted list of reports.
    document: usize,
    published: Option<i64>,
    /// Where it lies when its text does not date it on both sides.
    open: Option<Open>,
    /// The head word of its first mention, singular: "rounds" and "round of talks" are both
    /// a round.
    head: String,
    /// What its report is mostly about.
    story: &'e [&'e str],
}

impl<'e> Candidate<'e> {
    /// One candidate per event of the graph, in its order.
    pub(super) fn all(
        graph: &'e EventGraph,
        stories: &'e BTreeMap<&'e str, Vec<&'e str>>,
        published: &dyn Fn(&str) -> Option<i64>,
    ) -> Vec<Candidate<'e>> {
        let documents: Vec<&str> = stories.keys().copied().collect();
        let related = Open::by_relations(graph);
        graph
            .events()
            .iter()
            .zip(related)
            .map(|(event, related)| {
                let name = document(event);
                let head = event
                    .mentions
                    .first()
                    .map(|m| m.text.to_lowercase())
                    .unwrap_or_default();
                let head = head.split_whitespace().next().unwrap_or("");
                let published = published(name);
                Candidate {
                    event,
                    document: documents.binary_search(&name).unwrap_or(usize::MAX),
                    published,
                    open: related.or_else(|| Open::of(event, published)),
                    head: head.trim_end_matches('s').to_string(),
                    story: stories.get(name).map_or(&[], Vec::as_slice),
                }
            })
            .collect()
    }

    /// The two events come from reports about different actors and share none of their
    /// own: plans for "another round" in a report on one conflict are not the meeting
    /// planned in a report on another.
    fn apart(&self, other: &Candidate<'_>) -> bool {
        let (x, y) = (self.story, other.story);
        if x.is_empty() || y.is_empty() || x.iter().any(|actor| y.contains(actor)) {
            return false;
        }
        !self
            .event
            .participants
            .iter()
            .any(|p| other.event.participants.iter().any(|q| q.actor == p.actor))
    }
}

/// Nothing excludes that the two are one event.
fn fits(x: &Candidate<'_>, y: &Candidate<'_>) -> bool {
    let (a, b) = (x.event, y.event);
    // A country, or a region of one ("eastern Afghanistan"), holds the towns in it: places
    // carry no hierarchy, so one that names a side of either report fits any place.
    let coarse = |place: &str| {
        let names = |actor: &str| {
            place == actor
                || place
                    .strip_suffix(actor)
                    .is_some_and(|region| region.ends_with(' '))
        };
        [x, y].iter().any(|c| {
            c.story.iter().any(|actor| names(actor))
                || c.event.participants.iter().any(|p| names(&p.actor))
        })
    };
    let places = match (&a.place, &b.place) {
        (Some(p), Some(q)) => p == q || coarse(p) || coarse(q),
        _ => true,
    };
    // A plan or a denial of an event can be about the same event as its report; a
    // threat and a statement are each their own.
    let modalities = a.modality == b.modality
        || matches!(
            (a.modality, b.modality),
            (Modality::Negated, _) | (_, Modality::Negated)
        )
        || matches!(
            (a.modality, b.modality),
            (Modality::Planned, Modality::Happened) | (Modality::Happened, Modality::Planned)
        );
    // Two accounts that each name both sides, and not one side in common, are of two
    // conflicts: a clash between Thailand and Cambodia is not one between India and
    // Pakistan in the same month; nor is a clash in which India fought. Unnamed sides
    // prove nothing.
    let sides = [Role::Attacker, Role::Target, Role::Party];
    let (mine, theirs) = (actors(a, &sides), actors(b, &sides));
    // Plans for what comes next have no sides yet: who considers more rounds is not who
    // will sit at them ("Turkish officials are considering further rounds"); reports on
    // other conflicts are kept apart by what they are about (`Candidate::apart`).
    let other_sides = mine.len().max(theirs.len()) >= 2
        && mine.len().min(theirs.len()) >= 1
        && !mine.iter().any(|x| theirs.contains(x))
        && !(future(a) && future(b));
    a.kind == b.kind
        && a.phase == b.phase
        && places
        && modalities
        && !other_sides
        && x.document != y.document
}

/// How much supports that the two are one event; `None` when something excludes it.
pub(super) fn support(x: &Candidate<'_>, y: &Candidate<'_>) -> Option<u32> {
    if !fits(x, y) || !recent_enough(x, y) || x.apart(y) {
        return None;
    }
    let (a, b) = (x.event, y.event);
    let mut score = 0;
    if a.place.is_some() && a.place == b.place {
        score += 2;
    }
    let speakers = (actors(a, &[Role::Speaker]), actors(b, &[Role::Speaker]));
    match a.kind {
        // A statement or claim is one event only when the same speaker makes it.
        EventKind::Statement | EventKind::Threat | EventKind::CasualtyClaim => {
            if !speakers.0.iter().any(|s| speakers.1.contains(s)) {
                return None;
            }
            score += 1;
        }
        _ => {}
    }
    if a.kind == EventKind::CasualtyClaim {
        let counts = |e: &Event| {
            e.mentions
                .iter()
                .filter_map(|m| m.count.as_ref().map(|c| (c.low, c.high)))
                .next()
        };
        if counts(a) != counts(b) {
            return None;
        }
    }
    // Two days that agree say much; two months that overlap say little on their own ("a
    // clash in May" in one conflict and fighting on May 7 in another).
    let time_gap = gap(a, b);
    if bounded(a) && bounded(b) && time_gap == 0 {
        score += if precise(a) && precise(b) { 2 } else { 1 };
    }
    let others = [Role::Attacker, Role::Target, Role::Party, Role::Mediator];
    let (mine, theirs) = (actors(a, &others), actors(b, &others));
    if mine.iter().any(|actor| theirs.contains(actor)) {
        score += 1;
    }
    if a.round.is_some() && a.round == b.round {
        score += 1;
    }
    if a.duration.is_some() && a.duration == b.duration {
        score += 1;
    }
    // Lengths told differently ("three-day" and "four-day" talks, a "48-hour" and a "72-hour"
    // extension) may be one event in two accounts; a 24-hour truce and a three-day one are
    // two truces.
    let minutes = |e: &Event| e.duration.as_deref().and_then(crate::duration_minutes);
    if let (Some(p), Some(q)) = (minutes(a), minutes(b)) {
        if p.max(q) > 2 * p.min(q) {
            return None;
        }
    }
    if x.head == y.head {
        score += 1;
    }
    // Two accounts of what will or will not happen next ("further rounds", "no plans for
    // another round") are about the same future event. A meeting or truce planned in one
    // report and ruled out in another of the same story is one, whatever word each uses for
    // it ("rounds", "meeting"); what only might happen ("attacks may be imminent") is no
    // plan, and violence is not scheduled ("pledged to refrain from attacking").
    if future(a) && future(b) {
        let plan = |e: &Event| matches!(e.modality, Modality::Planned | Modality::Negated);
        let planned = a.modality == Modality::Planned || b.modality == Modality::Planned;
        let scheduled = plan(a) && plan(b) && planned && !a.kind.is_violent();
        score += if scheduled { 2 } else { 1 };
    }
    // Without dates on both sides, only the same place, or plans for what comes next,
    // make two accounts one event.
    let same_place = a.place.is_some() && a.place == b.place;
    let dated = dated_by_text(a) && dated_by_text(b);
    if !(dated || same_place || future(a) && future(b)) {
        return None;
    }
    match time_gap {
        0 => Some(score),
        // Accounts a day or two apart (or within the event's length) that agree on
        // everything else are one event told with different dates: a conflict, not two
        // events.
        gap if score >= 4 && (gap <= 2 || gap <= slack([a, b])) => Some(score - 2),
        _ => None,
    }
}

/// Merges the events of a graph across reports; `published` gives each report's date, which
/// stands in for the time of events the text does not date when candidates are blocked.
pub(super) fn merge(
    graph: &EventGraph,
    published: &dyn Fn(&str) -> Option<i64>,
    options: &ResolveOptions,
) -> Merged {
    let events = graph.events();
    let stories = stories(events);
    let candidates = Candidate::all(graph, &stories, published);
    let mut comparisons = 0;
    let mut pairs: Vec<(u32, usize, usize)> = Vec::new();
    for kind in EventKind::ALL {
        let mut indexes: Vec<usize> = (0..events.len())
            .filter(|&i| events[i].kind == kind)
            .collect();
        let when = |i: usize| {
            let event = &events[i];
            day(event.when.earliest.or(event.when.latest)).or(candidates[i].published)
        };
        indexes.sort_by_key(|&i| (when(i), i));
        for (position, &i) in indexes.iter().enumerate() {
            for &j in indexes.iter().skip(position + 1).take(options.candidates) {
                comparisons += 1;
                if let Some(score) = support(&candidates[i], &candidates[j]) {
                    if score >= 2 {
                        pairs.push((score, i.min(j), i.max(j)));
                    }
                }
            }
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    let mut cluster_of: Vec<usize> = (0..events.len()).collect();
    let mut members: Vec<Vec<usize>> = (0..events.len()).map(|i| vec![i]).collect();
    // Clusters found not to fit stay so as they grow (a cluster only gains members), so each
    // pair of clusters is checked member by member once, however many pairs link them.
    let mut misfits: Vec<Vec<usize>> = vec![Vec::new(); events.len()];
    for (_, i, j) in pairs {
        let (ci, cj) = (cluster_of[i], cluster_of[j]);
        if ci == cj || misfits[ci].contains(&cj) {
            continue;
        }
        // Most pairs are within two days: the lengths are read only for those further apart.
        let within = std::cell::OnceCell::new();
        let slack_of_both = || {
            *within.get_or_init(|| {
                slack(
                    members[ci]
                        .iter()
                        .chain(&members[cj])
                        .map(|&m| candidates[m].event),
                )
            })
        };
        let all_fit = members[ci].iter().all(|&x| {
            members[cj].iter().all(|&y| {
                let (x, y) = (&candidates[x], &candidates[y]);
                let days = gap(x.event, y.event);
                fits(x, y)
                    && (days <= 2 || days <= slack_of_both())
                    && recent_enough(x, y)
                    && !x.apart(y)
            })
        });
        if !all_fit {
            misfits[ci].push(cj);
            misfits[cj].push(ci);
            continue;
        }
        let (keep, gone) = (ci.min(cj), ci.max(cj));
        let moved = std::mem::take(&mut members[gone]);
        for &m in &moved {
            cluster_of[m] = keep;
        }
        members[keep].extend(moved);
        for other in std::mem::take(&mut misfits[gone]) {
            if !misfits[keep].contains(&other) {
                misfits[keep].push(other);
                misfits[other].push(keep);
            }
        }
    }
    // Merged events get ids in the order of their first mention (report id, then position),
    // which depends only on the set of reports.
    let mut clusters: Vec<Vec<usize>> = members.into_iter().filter(|m| !m.is_empty()).collect();
    let first_mention = |cluster: &Vec<usize>| {
        cluster
            .iter()
            .filter_map(|&i| {
                events[i]
                    .mentions
                    .first()
                    .map(|m| (m.document.clone(), m.span))
            })
            .min()
    };
    clusters.sort_by_cached_key(first_mention);
    let mut event_of = vec![EventId(0); events.len()];
    let mut merged = Vec::with_capacity(clusters.len());
    for (index, cluster) in clusters.iter().enumerate() {
        let id = EventId(index as u32);
        let mut mentions: Vec<_> = cluster
            .iter()
            .flat_map(|&i| events[i].mentions.iter().cloned())
            .collect();
        mentions.sort_by(|a, b| (&a.document, a.span).cmp(&(&b.document, b.span)));
        for &i in cluster {
            event_of[i] = id;
        }
        merged.push(event_from(id, mentions));
    }
    Merged {
        events: merged,
        event_of,
        comparisons,
    }
}

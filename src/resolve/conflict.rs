//! Conflicts between accounts: what merged accounts of one event disagree on.
//!
//! Differences that are not conflicts are left alone: one instant written in two time zones
//! (compared as instants), a month against a day in it (the intervals overlap), a detail one
//! report omits (only what both give is compared), two spellings of one length (compared as
//! lengths).

use super::order::Solved;
use super::{Claim, Conflict, ConflictKind, ConflictStatus};
use crate::extract::{
    EventKind, Extraction, Mention, Modality, Phase, RelationKind, Role, TimeSource,
};
use crate::graph::{Event, EventId};
use crate::span::{DocumentId, Span};
use crate::time::{Bound, DiagnosticKind};
use std::collections::{BTreeMap, BTreeSet};

/// What the resolver knows of each report: its outlet and publication date.
struct Reports<'a> {
    by_id: BTreeMap<&'a DocumentId, &'a Extraction>,
    /// Each report's mentions with the event they belong to: finding the event of a place
    /// in a report must not cost a pass over every event.
    mentions: BTreeMap<&'a DocumentId, Vec<(&'a Mention, EventId)>>,
}

impl Reports<'_> {
    fn mentions_of(&self, document: &DocumentId) -> &[(&Mention, EventId)] {
        self.mentions.get(document).map_or(&[], Vec::as_slice)
    }

    /// The event a mention of `document` at `span` went into (the lowest id, should two
    /// share the span). The report's mentions are sorted by span, so this is a binary search.
    fn event_of(&self, document: &DocumentId, span: Span) -> Option<EventId> {
        let mentions = self.mentions_of(document);
        let first = mentions.partition_point(|(m, _)| m.span < span);
        mentions
            .get(first)
            .filter(|(m, _)| m.span == span)
            .map(|(_, id)| *id)
    }

    fn claim(&self, mention: &Mention, span: Span, text: &str, value: String) -> Claim {
        let report = self.by_id.get(&mention.document);
        Claim {
            document: mention.document.clone(),
            span,
            text: text.to_string(),
            value,
            source: report.and_then(|r| r.outlet.clone()),
            attributed_to: mention
                .attribution
                .as_ref()
                .map(|a| a.actor.as_deref().unwrap_or(&a.source).to_owned()),
            published: report.and_then(|r| r.published),
        }
    }

    /// The day a report was written, or for an undated one the latest day its own text
    /// dates something as done: it was written after what it reports.
    fn written(&self, document: &DocumentId) -> Option<chrono::NaiveDate> {
        self.by_id.get(document).and_then(|r| r.written())
    }
}

/// Every conflict among the merged events.
pub(super) fn find(events: &[Event], extractions: &[Extraction], solved: &Solved) -> Vec<Conflict> {
    let mut mentions: BTreeMap<&DocumentId, Vec<(&Mention, EventId)>> = BTreeMap::new();
    for event in events {
        for mention in &event.mentions {
            mentions
                .entry(&mention.document)
                .or_default()
                .push((mention, event.id));
        }
    }
    for list in mentions.values_mut() {
        list.sort_by_key(|(m, id)| (m.span, *id));
    }
    let reports = Reports {
        by_id: extractions.iter().map(|e| (&e.document, e)).collect(),
        mentions,
    };
    let mut conflicts = Vec::new();
    for event in events {
        durations(event, &reports, &mut conflicts);
        rounds(event, &reports, &mut conflicts);
        mediators(event, &reports, &mut conflicts);
        dates(event, &reports, &mut conflicts);
        claims(event, &reports, &mut conflicts);
        breaches(event, &reports, &mut conflicts);
        outcomes(event, &reports, &mut conflicts);
        requests(event, &reports, &mut conflicts);
        aggressors(event, &reports, &mut conflicts);
        weapons(event, &reports, &mut conflicts);
    }
    violations(extractions, &reports, &mut conflicts);
    counts(events, &reports, &mut conflicts);
    weekdays(extractions, &reports, &mut conflicts);
    orders(events, extractions, solved, &reports, &mut conflicts);
    for conflict in &mut conflicts {
        order_claims(&mut conflict.claims);
        conflict.events.sort();
        conflict.events.dedup();
    }
    conflicts
}

/// Claims in time order of their reports (undated reports last), then by position.
fn order_claims(claims: &mut [Claim]) {
    claims.sort_by(|a, b| {
        let day = |c: &Claim| c.published.map(|p| p.date);
        (day(a).is_none(), day(a), &a.document, a.span).cmp(&(
            day(b).is_none(),
            day(b),
            &b.document,
            b.span,
        ))
    });
}

/// A conflict among claims, when they hold more than one value.
fn push(
    conflicts: &mut Vec<Conflict>,
    kind: ConflictKind,
    status: ConflictStatus,
    events: Vec<EventId>,
    claims: Vec<Claim>,
) {
    let mut values: Vec<&str> = claims.iter().map(|c| c.value.as_str()).collect();
    values.sort_unstable();
    values.dedup();
    // Two mentions of one report dated by the same expression ("the ceasefire", "the
    // truce") make the same pair of claims twice, the same words of the same reports, if
    // maybe attributed apart. An event's conflicts are pushed one after another, so only
    // those at the end can repeat this one.
    let told = conflicts
        .iter()
        .rev()
        .take_while(|c| c.events == events)
        .any(|c| {
            let same = |a: &Claim, b: &Claim| {
                (&a.document, a.span, &a.value) == (&b.document, b.span, &b.value)
            };
            c.kind == kind
                && c.claims.len() == claims.len()
                && c.claims.iter().zip(&claims).all(|(a, b)| same(a, b))
        });
    if values.len() > 1 && !told {
        conflicts.push(Conflict {
            kind,
            status,
            events,
            claims,
        });
    }
}

/// "three-day" against "four-day" talks.
fn durations(event: &Event, reports: &Reports<'_>, conflicts: &mut Vec<Conflict>) {
    let given: Vec<(&Mention, &String, Span)> = event
        .mentions
        .iter()
        .filter_map(|m| Some((m, m.duration.as_ref()?, m.duration_span?)))
        .collect();
    let mut lengths: Vec<u64> = given
        .iter()
        .filter_map(|(_, d, _)| crate::time::duration_minutes(d))
        .collect();
    lengths.sort_unstable();
    lengths.dedup();
    if lengths.len() < 2 {
        return;
    }
    let claims = given
        .iter()
        .map(|(mention, duration, span)| {
            reports.claim(
                mention,
                *span,
                &timex_text(reports, mention, *span),
                duration.to_string(),
            )
        })
        .collect();
    push(
        conflicts,
        ConflictKind::Duration,
        ConflictStatus::Contradiction,
        vec![event.id],
        claims,
    );
}

/// "the second round" against "the third round".
fn rounds(event: &Event, reports: &Reports<'_>, conflicts: &mut Vec<Conflict>) {
    let claims: Vec<Claim> = event
        .mentions
        .iter()
        .filter_map(|m| Some(reports.claim(m, m.span, &m.text, m.round?.to_string())))
        .collect();
    push(
        conflicts,
        ConflictKind::Ordinal,
        ConflictStatus::Contradiction,
        vec![event.id],
        claims,
    );
}

/// "mediated by Qatar and Turkey" against "hosted by Turkey", and mediators named against
/// an account that there were none ("agreed directly between the two militaries"). A report
/// that gives both, each from its own source, is quoted on both sides. A report's account is
/// every mediator it names for the event, quoted wherever it names them: "talks hosted by
/// Anwar" and "Anwar mediated the meeting" are one account, written twice.
fn mediators(event: &Event, reports: &Reports<'_>, conflicts: &mut Vec<Conflict>) {
    /// A report's mediators, and each mention that names some with where it does.
    type Account<'e> = (Vec<&'e str>, Vec<(&'e Mention, Span)>);
    let mut by_document: BTreeMap<&DocumentId, Account<'_>> = BTreeMap::new();
    let mut spans: BTreeSet<(&DocumentId, Span)> = BTreeSet::new();
    for mention in &event.mentions {
        let named: Vec<&crate::extract::Participant> = mention
            .participants
            .iter()
            .filter(|p| p.role == Role::Mediator)
            .collect();
        if named.is_empty() {
            continue;
        }
        let span = Span::new(
            named.iter().map(|p| p.span.start).min().unwrap_or(0),
            named.iter().map(|p| p.span.end).max().unwrap_or(0),
        );
        let (actors, quoted) = by_document.entry(&mention.document).or_default();
        actors.extend(named.iter().map(|p| p.actor.as_str()));
        // Mentions of one sentence share the names that say who mediated: quoted once.
        if spans.insert((&mention.document, span)) {
            quoted.push((mention, span));
        }
    }
    let mut unmediated: BTreeMap<&DocumentId, Claim> = BTreeMap::new();
    for mention in &event.mentions {
        if let Some(span) = mention.direct {
            unmediated
                .entry(&mention.document)
                .or_insert_with(|| reports.claim(mention, span, &mention.text, "none".into()));
        }
    }
    let claims: Vec<Claim> = by_document
        .into_values()
        .flat_map(|(mut actors, quoted)| {
            actors.sort_unstable();
            actors.dedup();
            let value = actors.join("; ");
            quoted.into_iter().map(move |(mention, span)| {
                reports.claim(mention, span, &mention.text, value.clone())
            })
        })
        .chain(unmediated.into_values())
        .collect();
    push(
        conflicts,
        ConflictKind::Participants,
        ConflictStatus::Contradiction,
        vec![event.id],
        claims,
    );
}

/// The instant a mention's time is, when it is one: as UTC when its zone is written, else as
/// the local time where it happened (`false`).
fn instant(m: &Mention) -> Option<(chrono::NaiveDateTime, bool)> {
    match m.when.earliest {
        Some(Bound::Minute { date, time, offset }) if m.when.latest == m.when.earliest => {
            Some(match offset {
                Some(offset) => (
                    date.and_time(time)
                        - chrono::Duration::seconds(i64::from(offset.local_minus_utc())),
                    true,
                ),
                None => (date.and_time(time), false),
            })
        }
        _ => None,
    }
}

/// The same event dated on days that do not overlap, or at instants that differ. Days are
/// compared when the event's own clause gives them; a clock time anywhere in its sentence is
/// the event's ("advanced at 6.40 a.m. ... and began shooting soon afterwards"). Two clock
/// times without a zone are both local times where the event happened, and compare as such;
/// one with a zone and one without cannot be compared.
fn dates(event: &Event, reports: &Reports<'_>, conflicts: &mut Vec<Conflict>) {
    let dated: Vec<&Mention> = event
        .mentions
        .iter()
        .filter(|m| {
            m.when.timex.is_some()
                && match m.when.source {
                    TimeSource::Clause => true,
                    TimeSource::Sentence => instant(m).is_some(),
                    _ => false,
                }
        })
        .collect();
    let day = |b: Option<Bound>| b.map(|b| b.date());
    for (i, a) in dated.iter().enumerate() {
        for b in &dated[i + 1..] {
            if a.document == b.document {
                continue;
            }
            // Talks or a truce dated a day apart may be one event told by its first and its
            // last day; a point event a day apart is dated differently.
            let slack = if event.kind.is_state() { 1 } else { 0 };
            let apart = |x: chrono::NaiveDate, y: chrono::NaiveDate| (y - x).num_days() > slack;
            let disjoint = matches!((day(a.when.latest), day(b.when.earliest)), (Some(x), Some(y)) if apart(x, y))
                || matches!((day(b.when.latest), day(a.when.earliest)), (Some(x), Some(y)) if apart(x, y));
            let clause = |m: &Mention| m.when.source == TimeSource::Clause;
            let (kind, differ) = match (instant(a), instant(b)) {
                (Some((x, zoned)), Some((y, also))) if zoned == also => {
                    (ConflictKind::Time, x != y)
                }
                _ if clause(a) && clause(b) => (ConflictKind::Date, disjoint),
                _ => continue,
            };
            if differ {
                let claim = |m: &Mention| {
                    let span = m.when.timex.unwrap_or(m.span);
                    let value = interval(m.when.earliest, m.when.latest);
                    reports.claim(m, span, &timex_text(reports, m, span), value)
                };
                push(
                    conflicts,
                    kind,
                    ConflictStatus::Contradiction,
                    vec![event.id],
                    vec![claim(a), claim(b)],
                );
            }
        }
    }
}

fn timex_text(reports: &Reports<'_>, mention: &Mention, span: Span) -> String {
    reports
        .by_id
        .get(&mention.document)
        .and_then(|r| r.tagging.timexes.iter().find(|t| t.span == span))
        .map_or_else(|| mention.text.clone(), |t| t.text.clone())
}

fn interval(earliest: Option<Bound>, latest: Option<Bound>) -> String {
    match (earliest, latest) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a}/{b}"),
        (Some(a), None) => format!("{a}/.."),
        (None, Some(b)) => format!("../{b}"),
        (None, None) => "..".to_string(),
    }
}

/// One account says it happened or will, another denies it: "considering further rounds"
/// against "no plans for another round". A later report that changes the account
/// supersedes the earlier one; on the same day they contradict each other.
fn claims(event: &Event, reports: &Reports<'_>, conflicts: &mut Vec<Conflict>) {
    let value = |m: &Mention| match m.modality {
        Modality::Negated => "denied",
        Modality::Happened => "happened",
        Modality::Planned => "planned",
        Modality::Threatened => "threatened",
        Modality::Hypothetical => "possible",
    };
    // Who broke a truce is more than whether it was broken (see `breaches`).
    if broken_truce(event) {
        return;
    }
    let denied = event
        .mentions
        .iter()
        .any(|m| m.modality == Modality::Negated);
    let affirmed = event
        .mentions
        .iter()
        .any(|m| matches!(m.modality, Modality::Happened | Modality::Planned));
    if !(denied && affirmed) {
        return;
    }
    let claims: Vec<Claim> = event
        .mentions
        .iter()
        .filter(|m| {
            matches!(
                m.modality,
                Modality::Negated | Modality::Happened | Modality::Planned
            )
        })
        .map(|m| reports.claim(m, m.span, &m.text, value(m).to_string()))
        .collect();
    // Plans change: a plan reported, then denied in a later report, was superseded. Whether
    // something already happened is not revised by a denial: that is a contradiction.
    // Several claims of one report say the same thing: what changes is the account between
    // reports published on different days.
    let about_plans = event
        .mentions
        .iter()
        .any(|m| m.modality == Modality::Planned);
    push_claims(conflicts, reports, event, claims, false, about_plans);
}

/// A truce told as broken, or as not broken.
fn broken_truce(event: &Event) -> bool {
    event.kind == EventKind::Ceasefire
        && event
            .mentions
            .iter()
            .any(|m| m.phase == Some(Phase::Violated))
}

/// Who broke a truce: "Israel's military said Iran had violated the truce" against "it
/// accused Israel of breaking the truce" and "both countries had violated the truce", or
/// against a denial ("rejected accusations that its forces had broken the truce"). Each
/// account names those who broke it (its attackers); one that names none only says that it
/// was broken. Two accounts disagree when they name different breakers, or when one denies
/// a breach by a side another blames, or any breach at all. Who broke a truce is not
/// revised by a later account, so the accounts contradict each other; those that disagree
/// with none are not quoted.
fn breaches(event: &Event, reports: &Reports<'_>, conflicts: &mut Vec<Conflict>) {
    if !broken_truce(event) {
        return;
    }
    /// One account: whether the truce was broken, and by whom (none: not said).
    struct Account<'m> {
        broken: bool,
        by: Vec<&'m str>,
        mention: &'m Mention,
    }
    let accounts: Vec<Account<'_>> = event
        .mentions
        .iter()
        .filter(|m| m.phase == Some(Phase::Violated))
        .filter(|m| matches!(m.modality, Modality::Happened | Modality::Negated))
        .map(|m| {
            let mut by: Vec<&str> = m
                .participants
                .iter()
                .filter(|p| p.role == Role::Attacker)
                .map(|p| p.actor.as_str())
                .collect();
            by.sort_unstable();
            by.dedup();
            Account {
                broken: m.modality == Modality::Happened,
                by,
                mention: m,
            }
        })
        .collect();
    let disagree = |a: &Account<'_>, b: &Account<'_>| match (a.broken, b.broken) {
        (true, true) => !a.by.is_empty() && !b.by.is_empty() && a.by != b.by,
        (false, false) => false,
        (true, false) | (false, true) => {
            let (broken, kept) = if a.broken { (a, b) } else { (b, a) };
            kept.by.is_empty() || kept.by.iter().any(|side| broken.by.contains(side))
        }
    };
    let value = |account: &Account<'_>| {
        let verb = if account.broken {
            "violated"
        } else {
            "not violated"
        };
        match account.by.as_slice() {
            [] => verb.to_string(),
            by => format!("{verb} by {}", by.join(" and ")),
        }
    };
    let claims: Vec<Claim> = accounts
        .iter()
        .filter(|a| accounts.iter().any(|b| disagree(a, b)))
        .map(|a| {
            // Quoted where the text tells the breach: "A second ceasefire, brokered by
            // Washington, collapsed within minutes" is told by "collapsed".
            let m = a.mention;
            let (span, text) = m
                .breach
                .as_ref()
                .map_or((m.span, &m.text), |b| (b.span, &b.text));
            reports.claim(m, span, text, value(a))
        })
        .collect();
    push(
        conflicts,
        ConflictKind::Claim,
        ConflictStatus::Contradiction,
        vec![event.id],
        claims,
    );
}

/// A claim conflict on `event`, its claims in time order, superseded or a contradiction as
/// [`status_over_days`] decides.
fn push_claims(
    conflicts: &mut Vec<Conflict>,
    reports: &Reports<'_>,
    event: &Event,
    mut claims: Vec<Claim>,
    in_one_report: bool,
    may_change: bool,
) {
    let day = |c: &Claim| reports.written(&c.document);
    claims.sort_by(|a, b| {
        (day(a).is_none(), day(a), &a.document, a.span).cmp(&(
            day(b).is_none(),
            day(b),
            &b.document,
            b.span,
        ))
    });
    let status = status_over_days(&claims, &day, in_one_report, may_change);
    push(
        conflicts,
        ConflictKind::Claim,
        status,
        vec![event.id],
        claims,
    );
}

/// Superseded when what is claimed `may_change` and every two claims that differ come from
/// reports written on different days (`day`), or from one report when `in_one_report` (a report
/// that tells a failure and then a rescue tells a sequence, not two accounts).
fn status_over_days(
    claims: &[Claim],
    day: &dyn Fn(&Claim) -> Option<chrono::NaiveDate>,
    in_one_report: bool,
    may_change: bool,
) -> ConflictStatus {
    let changed = claims.iter().all(|a| {
        claims.iter().all(|b| {
            a.value == b.value
                || in_one_report && a.document == b.document
                || day(a).is_some() && day(b).is_some() && day(a) != day(b)
        })
    });
    if changed && may_change {
        ConflictStatus::Superseded
    } else {
        ConflictStatus::Contradiction
    }
}

/// How talks ended: a round told as failed in one account and as rescued in another. Talks
/// declared dead and revived later were not wrongly reported, the account changed: claims
/// from reports of different days are superseded, as are those of one report that tells
/// both in turn. Accounts of the same day (or undated) that disagree contradict each other.
fn outcomes(event: &Event, reports: &Reports<'_>, conflicts: &mut Vec<Conflict>) {
    if event.kind != EventKind::Talks {
        return;
    }
    let claims: Vec<Claim> = event
        .mentions
        .iter()
        .filter_map(|m| {
            let told = m.outcome.as_ref()?;
            Some(reports.claim(m, told.span, &told.text, told.outcome.code().to_string()))
        })
        .collect();
    push_claims(conflicts, reports, event, claims, true, true);
}

/// Whether a truce was kept: fighting told as coming after a truce took effect breaks it
/// ("accused the army of opening fire after the ceasefire took effect"), and fighting said
/// not to have happened since keeps it ("there has been no clash since the truce came into
/// force"). Accounts of both about one truce contradict each other.
fn violations(extractions: &[Extraction], reports: &Reports<'_>, conflicts: &mut Vec<Conflict>) {
    let mut by_truce: BTreeMap<EventId, Vec<Claim>> = BTreeMap::new();
    for extraction in extractions {
        let event_of = |mention: &Mention| reports.event_of(&extraction.document, mention.span);
        for relation in &extraction.relations {
            let (truce, fighting) = (
                &extraction.mentions[relation.from],
                &extraction.mentions[relation.to],
            );
            let told_after = relation.kind == RelationKind::Before
                && truce.kind == EventKind::Ceasefire
                && truce.phase == Some(Phase::Declared)
                && truce.modality == Modality::Happened
                && fighting.kind.is_violent();
            let value = match fighting.modality {
                Modality::Happened => "violated",
                Modality::Negated => "not violated",
                _ => continue,
            };
            let Some(event) = event_of(truce).filter(|_| told_after) else {
                continue;
            };
            by_truce.entry(event).or_default().push(reports.claim(
                fighting,
                fighting.span,
                &fighting.text,
                value.to_string(),
            ));
        }
    }
    for (event, mut claims) in by_truce {
        order_claims(&mut claims);
        claims.dedup();
        push(
            conflicts,
            ConflictKind::Claim,
            ConflictStatus::Contradiction,
            vec![event],
            claims,
        );
    }
}

/// Accounts of who asked for a truce or talks: "the pause had been requested by the Taliban
/// authorities" against "agreed at Pakistan's request". Each side is quoted at its mention.
fn requests(event: &Event, reports: &Reports<'_>, conflicts: &mut Vec<Conflict>) {
    let claims: Vec<Claim> = event
        .mentions
        .iter()
        .filter_map(|m| {
            let asked = m.requested_by.as_ref()?;
            let value = format!("requested by {}", asked.actor);
            Some(reports.claim(m, m.span, &m.text, value))
        })
        .collect();
    push(
        conflicts,
        ConflictKind::Claim,
        ConflictStatus::Contradiction,
        vec![event.id],
        claims,
    );
}

/// Who fired first: one report tells X attacking Y, another tells Y attacking X, of one
/// event ("Cambodian soldiers opened fire" on the Thai side, "Thai soldiers opened fire
/// first" on the Cambodian side; "accused Russian troops of firing first on Ukrainian
/// positions" against "Ukrainian troops opened fire"). Each account casts the other side as
/// the one that started and its own as answering, so the accounts disagree on what came
/// first. It takes one report naming the other's attacker as the target: two reports that
/// only name different attackers may each have one of them wrong. Only reports that
/// contradict each other count: within one report, swapped roles are distinct attacks told
/// as one ("attacks blamed on Pakistan", "attacks inside Pakistan"), and a report that
/// tells both directions ("X attacked Y, and Y struck back") takes no side.
fn aggressors(event: &Event, reports: &Reports<'_>, conflicts: &mut Vec<Conflict>) {
    if !event.kind.is_violent() {
        return;
    }
    /// The attackers and the targets a report names, and its mentions that name attackers.
    #[derive(Default)]
    struct Account<'e> {
        attackers: BTreeSet<&'e str>,
        targets: BTreeSet<&'e str>,
        mentions: Vec<&'e Mention>,
    }
    let mut accounts: BTreeMap<&DocumentId, Account<'_>> = BTreeMap::new();
    for mention in &event.mentions {
        let account = accounts.entry(&mention.document).or_default();
        for p in &mention.participants {
            match p.role {
                Role::Attacker => account.attackers.insert(p.actor.as_str()),
                Role::Target => account.targets.insert(p.actor.as_str()),
                _ => false,
            };
        }
        if mention
            .participants
            .iter()
            .any(|p| p.role == Role::Attacker)
        {
            account.mentions.push(mention);
        }
    }
    // Reports that blame the same attackers tell one account; sides are few, so comparing
    // accounts pairwise stays small however many reports tell each.
    let sided = |a: &Account<'_>| !a.attackers.is_empty() && a.attackers.is_disjoint(&a.targets);
    let mut sides: BTreeMap<&BTreeSet<&str>, BTreeSet<&str>> = BTreeMap::new();
    for account in accounts.values() {
        if sided(account) {
            sides
                .entry(&account.attackers)
                .or_default()
                .extend(&account.targets);
        }
    }
    let disputed: BTreeSet<&BTreeSet<&str>> = sides
        .iter()
        .filter(|(mine, my_targets)| {
            sides.iter().any(|(theirs, their_targets)| {
                mine.is_disjoint(theirs)
                    && (!theirs.is_disjoint(my_targets) || !mine.is_disjoint(their_targets))
            })
        })
        .map(|(attackers, _)| *attackers)
        .collect();
    let mut claims: Vec<Claim> = accounts
        .values()
        .filter(|account| sided(account) && disputed.contains(&account.attackers))
        .flat_map(|account| {
            let value = format!(
                "{} first",
                account
                    .attackers
                    .iter()
                    .copied()
                    .collect::<Vec<_>>()
                    .join("; ")
            );
            account
                .mentions
                .iter()
                .map(move |m| reports.claim(m, m.span, &m.text, value.clone()))
        })
        .collect();
    order_claims(&mut claims);
    push(
        conflicts,
        ConflictKind::Order,
        ConflictStatus::Contradiction,
        vec![event.id],
        claims,
    );
}

/// Casualty claims about the same losses that cannot both be right: "23 soldiers" against
/// "58 soldiers". A toll that only rose between reports published on different days was
/// revised (superseded); otherwise the accounts contradict each other.
fn counts(events: &[Event], reports: &Reports<'_>, conflicts: &mut Vec<Conflict>) {
    struct Figure<'e> {
        event: EventId,
        mention: &'e Mention,
        low: u64,
        high: u64,
        of: String,
        /// What the figure counts: the dead, the wounded, or casualties of either kind.
        harm: &'static str,
        target: Option<&'e str>,
        /// The mention's days and place, read once: figures are compared many times.
        earliest: Option<chrono::NaiveDate>,
        latest: Option<chrono::NaiveDate>,
        place: Option<&'e str>,
        /// A running total to `latest`, from `earliest` when `counted_from` says so.
        total: bool,
        counted_from: bool,
        /// Dated by its own clause ("killed at least 18 on 1 June"), or to one day by the
        /// violence its sentence tells ("about 1,200 people were killed in the Hamas
        /// attack"), as one incident is.
        own_day: bool,
    }
    impl Figure<'_> {
        /// Undated figures ("dozens were killed") could be about any losses.
        fn dated(&self) -> bool {
            self.earliest.is_some() && self.latest.is_some()
        }
    }
    // Sentences that tell of violence: a toll in one of them counts that violence.
    let violent: BTreeSet<(&DocumentId, Span)> = events
        .iter()
        .filter(|e| e.kind.is_violent())
        .flat_map(|e| e.mentions.iter().map(|m| (&m.document, m.sentence)))
        .collect();
    let violent = &violent;
    let figures: Vec<Figure<'_>> =
        events
            .iter()
            .filter(|e| e.kind == EventKind::CasualtyClaim)
            .flat_map(|e| {
                e.mentions.iter().filter_map(move |m| {
                    let count = m.count.as_ref()?;
                    // A running total that names nobody counts everyone: "the national death
                    // toll".
                    let of = match &count.of {
                        Some(of) => counted_as(of),
                        None if count.total => "people".to_string(),
                        None => return None,
                    };
                    let target = m
                        .participants
                        .iter()
                        .find(|p| p.role == Role::Target)
                        .map(|p| p.actor.as_str());
                    // "730 killed" and "14 wounded" count different losses.
                    let word = |w: &&str| m.text.eq_ignore_ascii_case(w);
                    let harm = if ["wounded", "injured", "hurt", "wounding", "injuring"]
                        .iter()
                        .any(word)
                    {
                        "wounded"
                    } else if word(&"casualties") {
                        "casualties"
                    } else {
                        "dead"
                    };
                    Some(Figure {
                        event: e.id,
                        mention: m,
                        low: count.low.unwrap_or(0),
                        high: count.high.unwrap_or(u64::MAX),
                        of,
                        harm,
                        target,
                        // A total that does not say since when it counts is held against
                        // figures of the year before it only: a batch may hold other wars.
                        earliest: m.when.earliest.map(|b| b.date()).or_else(|| {
                            let latest = m.when.latest.filter(|_| count.total)?.date();
                            latest.checked_sub_days(chrono::Days::new(366))
                        }),
                        counted_from: m.when.earliest.is_some(),
                        // A total in a report without a date was given by the day it was
                        // written.
                        latest: m.when.latest.map(|b| b.date()).or_else(|| {
                            count.total.then(|| reports.written(&m.document)).flatten()
                        }),
                        place: m.place.as_ref().map(|p| p.name.as_str()),
                        total: count.total,
                        own_day: m.when.source == TimeSource::Clause
                            || m.when.earliest.is_some()
                                && m.when.earliest == m.when.latest
                                && violent.contains(&(&m.document, m.sentence)),
                    })
                })
            })
            .collect();
    let same_losses = |a: &Figure<'_>, b: &Figure<'_>| {
        let times = !(matches!((a.latest, b.earliest), (Some(x), Some(y)) if x < y)
            || matches!((b.latest, a.earliest), (Some(x), Some(y)) if x < y));
        let targets = match (a.target, b.target) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        };
        // Undated figures are not held against dated ones, only against those of their place.
        let anchored = a.dated() && b.dated() || a.place.is_some() && a.place == b.place;
        // Totals counted from different days count different losses: "killed since April 15"
        // and "killed since fighting began there at the end of April".
        let starts =
            !(a.total && b.total && a.counted_from && b.counted_from) || a.earliest == b.earliest;
        a.of == b.of && a.harm == b.harm && times && targets && anchored && starts
    };
    // A figure joins the first group all of whose figures it agrees with. Only groups of the
    // same losses can agree, and a group's tightest dates and its target rule out most of the
    // rest at once: comparing member by member with every group is quadratic in a big batch.
    struct Group<'f> {
        members: Vec<usize>,
        min_latest: Option<chrono::NaiveDate>,
        max_earliest: Option<chrono::NaiveDate>,
        target: Option<&'f str>,
        /// The place every figure names, when they all name the same.
        place: Option<&'f str>,
        /// Whether some figure is not dated on both sides, and so holds only by its place.
        undated: bool,
    }
    impl<'f> Group<'f> {
        fn add(&mut self, index: usize, figure: &Figure<'f>) {
            let latest = figure.latest;
            self.min_latest = self.min_latest.min(latest).or(latest).or(self.min_latest);
            self.max_earliest = self.max_earliest.max(figure.earliest);
            self.target = self.target.or(figure.target);
            self.place = if self.members.is_empty() || self.place == figure.place {
                figure.place
            } else {
                None
            };
            self.undated |= !figure.dated();
            self.members.push(index);
        }

        /// False when some figure of the group cannot agree with `figure`.
        fn may_take(&self, figure: &Figure<'_>) -> bool {
            let before = matches!((figure.latest, self.max_earliest), (Some(x), Some(y)) if x < y);
            let after = matches!((self.min_latest, figure.earliest), (Some(x), Some(y)) if x < y);
            let targets = match (self.target, figure.target) {
                (Some(x), Some(y)) => x == y,
                _ => true,
            };
            // Figures not dated on both sides agree only with figures of their place.
            let places = figure.dated() && !self.undated
                || figure.place.is_some() && figure.place == self.place;
            !before && !after && targets && places
        }
    }
    let mut grouped: Vec<Group<'_>> = Vec::new();
    let mut by_losses: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (index, figure) in figures.iter().enumerate() {
        let same = by_losses.entry(figure.of.as_str()).or_default();
        // Of the groups it agrees with, the one counted nearest its day: a total that does
        // not say since when it counts ("raised its count of the dead to 627") is of the
        // war whose toll was given the day before, not of an attack months earlier.
        let apart = |g: usize| match (grouped[g].min_latest, figure.latest) {
            (Some(a), Some(b)) => (a - b).num_days().unsigned_abs(),
            _ => u64::MAX,
        };
        // The cheap test first, on every group; member by member only for those left, in
        // order of distance, up to the first that agrees.
        let mut near: Vec<(u64, usize)> = same
            .iter()
            .copied()
            .filter(|&g| grouped[g].may_take(figure))
            .map(|g| (apart(g), g))
            .collect();
        near.sort_unstable();
        let found = near.into_iter().map(|(_, g)| g).find(|&g| {
            grouped[g]
                .members
                .iter()
                .all(|&i| same_losses(&figures[i], figure))
        });
        let group = found.unwrap_or_else(|| {
            same.push(grouped.len());
            grouped.push(Group {
                members: Vec::new(),
                min_latest: None,
                max_earliest: None,
                target: None,
                place: None,
                undated: false,
            });
            grouped.len() - 1
        });
        grouped[group].add(index, figure);
    }
    for group in grouped.into_iter().map(|g| g.members) {
        // Different figures for the same losses: "more than 35" against "at least 32" are
        // two counts, even though both could be true at once. A figure given as a range with
        // both ends ("hundreds", "between 600 and 800") says how unsure it is, and a figure
        // inside it ("more than 280") is no other count.
        // "More than 600" rounds down what is known: a round lower bound is vague, and fits
        // any figure above it ("at least 610", "627"); "more than 35" is a count.
        let ranged = |f: &Figure<'_>| {
            f.low < f.high && f.high != u64::MAX
                || f.high == u64::MAX && f.low > 1 && (f.low - 1) % 100 == 0
        };
        // One incident of its own day inside a running total's days is a part of it, and
        // fits any total at least as big: "an air strike killed 18 on 1 June" against "958
        // killed so far".
        // So is one side's total against a total of both: "13 Cambodians have been killed"
        // against "the fighting has killed more than 35 people".
        let part_of = |part: &Figure<'_>, whole: &Figure<'_>| {
            let incident = !part.total
                && part.own_day
                && matches!((part.latest, whole.latest), (Some(p), Some(w)) if p <= w);
            let one_side = part.total && part.target.is_some() && whole.target.is_none();
            whole.total && (incident || one_side) && part.low <= whole.high
        };
        // Totals only grow: "at least 60 killed" by one day fits "65 killed" by a later one,
        // unless the later one is told as a revision ("raised its count to 958, from the 863
        // it had reported"): then the earlier was the count, not a floor.
        let grown = |earlier: &Figure<'_>, later: &Figure<'_>| {
            earlier.total
                && later.total
                && !later.mention.count.as_ref().is_some_and(|c| c.revised)
                && earlier.high == u64::MAX
                && matches!((earlier.latest, later.latest), (Some(e), Some(l)) if e < l)
                && later.high >= earlier.low
        };
        let fits = |a: &Figure<'_>, b: &Figure<'_>| {
            (ranged(a) || ranged(b)) && a.low <= b.high && b.low <= a.high
                || part_of(a, b)
                || part_of(b, a)
                || grown(a, b)
                || grown(b, a)
        };
        // Only figures that disagree with some other are claims of the conflict: "at least
        // 60" beside "65" and "94" is fitted by both.
        let group: Vec<usize> = group
            .iter()
            .copied()
            .filter(|&i| {
                group.iter().any(|&j| {
                    let (a, b) = (&figures[i], &figures[j]);
                    (a.low, a.high) != (b.low, b.high) && !fits(a, b)
                })
            })
            .collect();
        if group.is_empty() {
            continue;
        }
        let mut claims: Vec<Claim> = group
            .iter()
            .map(|&i| {
                let f = &figures[i];
                let count = f.mention.count.as_ref().map_or(f.mention.span, |c| c.span);
                reports.claim(f.mention, count, &f.mention.text, figure(f.low, f.high))
            })
            .collect();
        order_claims(&mut claims);
        // Revised: every higher figure comes from a later report than every lower one.
        let revised = group.iter().all(|&i| {
            group.iter().all(|&j| {
                let (a, b) = (&figures[i], &figures[j]);
                // A report without a date was written by the last day it tells of.
                let (pa, pb) = (
                    reports.written(&a.mention.document),
                    reports.written(&b.mention.document),
                );
                a.low >= b.low || matches!((pa, pb), (Some(x), Some(y)) if x < y)
            })
        });
        let status = if revised {
            ConflictStatus::Superseded
        } else {
            ConflictStatus::Contradiction
        };
        let events = group.iter().map(|&i| figures[i].event).collect();
        push(conflicts, ConflictKind::Count, status, events, claims);
    }
}

/// One strike or barrage told with figures of weapons that cannot both hold: "Iran had fired
/// 14 missiles" against "19 missiles were fired at the base". Figures of different weapons
/// ("14 missiles" and "30 drones") count different things.
fn weapons(event: &Event, reports: &Reports<'_>, conflicts: &mut Vec<Conflict>) {
    if !matches!(
        event.kind,
        EventKind::Shelling | EventKind::Airstrike | EventKind::Attack
    ) {
        return;
    }
    let counted: Vec<(&Mention, &crate::extract::Count)> = event
        .mentions
        .iter()
        .filter_map(|m| Some((m, m.count.as_ref()?)))
        .collect();
    let range = |c: &crate::extract::Count| (c.low.unwrap_or(0), c.high.unwrap_or(u64::MAX));
    for (i, (a, x)) in counted.iter().enumerate() {
        for (b, y) in &counted[i + 1..] {
            let ((al, ah), (bl, bh)) = (range(x), range(y));
            if a.document == b.document || x.of != y.of || al <= bh && bl <= ah {
                continue;
            }
            let claim = |m: &Mention, c: &crate::extract::Count| {
                let (low, high) = range(c);
                reports.claim(m, c.span, &m.text, figure(low, high))
            };
            push(
                conflicts,
                ConflictKind::Count,
                ConflictStatus::Contradiction,
                vec![event.id],
                vec![claim(a, x), claim(b, y)],
            );
        }
    }
}

/// A figure as a claim gives it: "23", "200-" (more than), "-50" (up to), "600-800".
fn figure(low: u64, high: u64) -> String {
    match (low, high) {
        (low, high) if low == high => low.to_string(),
        (low, u64::MAX) => format!("{low}-"),
        (0, high) => format!("-{high}"),
        (low, high) => format!("{low}-{high}"),
    }
}

/// Who a count counts, as one word for its kind of people: "soldiers", "troops" and
/// "servicemen" count soldiers.
fn counted_as(of: &str) -> String {
    let of = of.to_ascii_lowercase();
    let kind = match of.as_str() {
        "soldier" | "soldiers" | "troops" | "serviceman" | "servicemen" | "personnel" => "soldier",
        "people" | "persons" | "person" => "people",
        other => other.trim_end_matches('s'),
    };
    kind.to_string()
}

/// A weekday that contradicts its own date ("late Tuesday (October 29)").
fn weekdays(extractions: &[Extraction], reports: &Reports<'_>, conflicts: &mut Vec<Conflict>) {
    for extraction in extractions {
        for diagnostic in extraction
            .tagging
            .diagnostics
            .iter()
            .filter(|d| d.kind == DiagnosticKind::WeekdayMismatch)
        {
            let inside: Vec<_> = extraction
                .tagging
                .timexes
                .iter()
                .filter(|t| {
                    t.span.start >= diagnostic.span.start && t.span.end <= diagnostic.span.end
                })
                .collect();
            let mut touched: Vec<EventId> = reports
                .mentions_of(&extraction.document)
                .iter()
                .filter(|(m, _)| {
                    m.sentence.start <= diagnostic.span.start
                        && diagnostic.span.end <= m.sentence.end
                })
                .map(|(_, id)| *id)
                .collect();
            touched.sort();
            touched.dedup();
            let claims = inside
                .iter()
                .map(|t| Claim {
                    document: extraction.document.clone(),
                    span: t.span,
                    text: t.text.clone(),
                    value: t.value.clone(),
                    source: extraction.outlet.clone(),
                    attributed_to: None,
                    published: extraction.published,
                })
                .collect();
            push(
                conflicts,
                ConflictKind::Date,
                ConflictStatus::Contradiction,
                touched,
                claims,
            );
        }
    }
}

/// Stated orders that form a cycle, and dates that contradict a stated order.
fn orders(
    events: &[Event],
    extractions: &[Extraction],
    solved: &Solved,
    reports: &Reports<'_>,
    conflicts: &mut Vec<Conflict>,
) {
    let event_of = |document: &DocumentId, span: Span| reports.event_of(document, span);
    for group in solved.cycles.iter().cloned() {
        let mut claims = Vec::new();
        for extraction in extractions {
            for relation in &extraction.relations {
                let (from, to) = (
                    &extraction.mentions[relation.from],
                    &extraction.mentions[relation.to],
                );
                let (Some(a), Some(b)) = (
                    event_of(&from.document, from.span),
                    event_of(&to.document, to.span),
                ) else {
                    continue;
                };
                if group.contains(&a) && group.contains(&b) && a != b {
                    let value = format!(
                        "{} before {}",
                        events[a.0 as usize].label, events[b.0 as usize].label
                    );
                    claims.push(reports.claim(from, relation.cue, &from.text, value));
                }
            }
        }
        let mut documents: Vec<&DocumentId> = claims.iter().map(|c| &c.document).collect();
        documents.sort();
        documents.dedup();
        // One report's wording read two ways is the extractor's doubt, not a disagreement
        // between accounts.
        if documents.len() >= 2 {
            conflicts.push(Conflict {
                kind: ConflictKind::Order,
                status: ConflictStatus::Contradiction,
                events: group,
                claims,
            });
        }
    }
}

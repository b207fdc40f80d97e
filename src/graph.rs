//! The event graph: events in an arena with stable ids, and typed edges between them.
//!
//! Each event gathers the mentions of one real event in one report; edges carry the relations
//! the text states (before, cause, inclusion, reported by). Merging the same event across
//! reports is the resolver's job.

use crate::extract::{Acled, EventKind, Extraction, Mention, Modality, Phase, RelationKind, Role};
use crate::time::Bound;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt::{self, Write};

/// An event's index in its graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EventId(pub u32);

impl fmt::Display for EventId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "e{}", self.0)
    }
}

/// Inclusive bounds of when an event started.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Interval {
    /// Earliest start, if bounded.
    pub earliest: Option<Bound>,
    /// Latest start, if bounded.
    pub latest: Option<Bound>,
}

/// An actor in a role.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Actor {
    /// Canonical actor.
    pub actor: String,
    /// Its role.
    pub role: Role,
}

/// One event with every mention of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Stable id.
    pub id: EventId,
    /// Kind.
    pub kind: EventKind,
    /// A short description for people ("airstrike by Pakistan in Kabul").
    pub label: String,
    /// For ceasefires, the phase.
    pub phase: Option<Phase>,
    /// When it started.
    pub when: Interval,
    /// Where.
    pub place: Option<String>,
    /// Who took part, in which role.
    pub participants: Vec<Actor>,
    /// Round number of talks.
    pub round: Option<u32>,
    /// Length (TIMEX3 duration) the text gives it.
    pub duration: Option<String>,
    /// CAMEO code.
    pub cameo: String,
    /// ACLED event and sub-event type.
    pub acled: Acled,
    /// Happened, planned, denied...
    pub modality: Modality,
    /// Sources that report it.
    pub attribution: Vec<String>,
    /// Every mention, in report and text order.
    pub mentions: Vec<Mention>,
}

/// A typed edge between two events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Edge {
    /// From this event...
    pub from: EventId,
    /// ...to this one.
    pub to: EventId,
    /// How they relate.
    pub kind: RelationKind,
}

/// Events and the relations between them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventGraph {
    events: Vec<Event>,
    edges: Vec<Edge>,
}

impl EventGraph {
    /// Builds the graph of a set of extractions, one event per group of mentions that
    /// their report links as the same event.
    pub fn build(extractions: &[Extraction]) -> EventGraph {
        let mut graph = EventGraph::default();
        let mut edges = BTreeSet::new();
        for extraction in extractions {
            let groups = same_event_groups(extraction);
            let first_id = graph.events.len();
            for group in &groups {
                let mentions: Vec<Mention> = group
                    .iter()
                    .map(|&i| extraction.mentions[i].clone())
                    .collect();
                graph.push(mentions);
            }
            let event_of = |mention: usize| {
                let group = groups
                    .iter()
                    .position(|g| g.contains(&mention))
                    .unwrap_or(0);
                EventId((first_id + group) as u32)
            };
            for relation in &extraction.relations {
                let (from, to) = (event_of(relation.from), event_of(relation.to));
                if from != to && relation.kind != RelationKind::SameEvent {
                    edges.insert(Edge {
                        from,
                        to,
                        kind: relation.kind,
                    });
                }
            }
        }
        graph.edges = edges.into_iter().collect();
        graph
    }

    /// Adds an event made of `mentions` (non-empty) and returns its id.
    pub(crate) fn push(&mut self, mentions: Vec<Mention>) -> EventId {
        let id = EventId(self.events.len() as u32);
        self.events.push(event_from(id, mentions));
        id
    }

    /// The same events with these edges (sorted, deduplicated).
    pub(crate) fn with_edges(mut self, mut edges: Vec<Edge>) -> EventGraph {
        edges.sort();
        edges.dedup();
        self.edges = edges;
        self
    }

    /// Every event, by id.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// One event.
    pub fn event(&self, id: EventId) -> Option<&Event> {
        self.events.get(id.0 as usize)
    }

    /// Every edge, sorted.
    pub fn edges(&self) -> &[Edge] {
        &self.edges
    }

    /// The graph in Graphviz DOT, for inspection: `dot -Tsvg graph.dot > graph.svg`.
    pub fn to_dot(&self) -> String {
        let mut out = String::from(
            "digraph events {\n  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\"];\n",
        );
        for event in &self.events {
            let when = match (event.when.earliest, event.when.latest) {
                (Some(a), Some(b)) if a == b => a.to_string(),
                (Some(a), Some(b)) => format!("{a} .. {b}"),
                (Some(a), None) => format!("from {a}"),
                (None, Some(b)) => format!("until {b}"),
                (None, None) => "time unknown".to_string(),
            };
            let _ = writeln!(
                out,
                "  {} [label=\"{}\\n{}\"];",
                event.id,
                dot_escape(&event.label),
                when
            );
        }
        for edge in &self.edges {
            let style = match edge.kind {
                RelationKind::Before => "",
                RelationKind::Causes => ", color=red",
                RelationKind::Includes => ", style=dashed",
                RelationKind::ReportedBy => ", style=dotted",
                RelationKind::SameEvent => ", dir=none",
            };
            let name = serde_json::to_value(edge.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "  {} -> {} [label=\"{}\"{}];",
                edge.from, edge.to, name, style
            );
        }
        out.push_str("}\n");
        out
    }
}

fn dot_escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"")
}

/// Groups of mention indexes linked by same-event relations (each group in text order).
fn same_event_groups(extraction: &Extraction) -> Vec<Vec<usize>> {
    let mut group_of: Vec<usize> = (0..extraction.mentions.len()).collect();
    fn root(group_of: &mut [usize], mut i: usize) -> usize {
        while group_of[i] != i {
            group_of[i] = group_of[group_of[i]];
            i = group_of[i];
        }
        i
    }
    for relation in extraction
        .relations
        .iter()
        .filter(|r| r.kind == RelationKind::SameEvent)
    {
        let (a, b) = (
            root(&mut group_of, relation.from),
            root(&mut group_of, relation.to),
        );
        if a != b {
            group_of[a.max(b)] = a.min(b);
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut index_of_root = std::collections::BTreeMap::new();
    for mention in 0..extraction.mentions.len() {
        let r = root(&mut group_of, mention);
        let group = *index_of_root.entry(r).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[group].push(mention);
    }
    groups
}

/// The tightest interval the mentions allow; the first mention's when they disagree.
pub(crate) fn merged_interval(mentions: &[Mention]) -> Interval {
    let mut earliest: Option<Bound> = None;
    let mut latest: Option<Bound> = None;
    for mention in mentions {
        if let Some(e) = mention.when.earliest {
            earliest = Some(earliest.map_or(e, |current| {
                if e.date() > current.date() {
                    e
                } else {
                    current
                }
            }));
        }
        if let Some(l) = mention.when.latest {
            latest = Some(latest.map_or(l, |current| {
                if l.date() < current.date() {
                    l
                } else {
                    current
                }
            }));
        }
    }
    match (earliest, latest) {
        (Some(e), Some(l)) if e.date() > l.date() => {
            let first = &mentions[0].when;
            Interval {
                earliest: first.earliest,
                latest: first.latest,
            }
        }
        _ => Interval { earliest, latest },
    }
}

pub(crate) fn event_from(id: EventId, mentions: Vec<Mention>) -> Event {
    let first = &mentions[0];
    let kind = first.kind;
    let place = mentions
        .iter()
        .find_map(|m| m.place.as_ref().map(|p| p.name.clone()));
    let mut participants: Vec<Actor> = mentions
        .iter()
        .flat_map(|m| {
            m.participants.iter().map(|p| Actor {
                actor: p.actor.to_string(),
                role: p.role,
            })
        })
        .collect();
    participants.sort();
    participants.dedup();
    let mut attribution: Vec<String> = mentions
        .iter()
        .filter_map(|m| {
            m.attribution
                .as_ref()
                .map(|a| a.actor.as_deref().unwrap_or(&a.source).to_owned())
        })
        .collect();
    attribution.sort();
    attribution.dedup();
    let round = mentions.iter().find_map(|m| m.round);
    let duration = mentions.iter().find_map(|m| m.duration.clone());
    let label = label(kind, first.phase, round, place.as_deref(), &participants);
    Event {
        id,
        kind,
        label,
        phase: first.phase,
        when: merged_interval(&mentions),
        place,
        participants,
        round,
        duration,
        cameo: kind.cameo().to_string(),
        acled: kind.acled(),
        // One account that it happened outweighs an earlier plan or a denial (the conflicts
        // report the denial); otherwise the surest reading, in the order of `Modality`.
        modality: mentions
            .iter()
            .map(|m| m.modality)
            .min()
            .unwrap_or(first.modality),
        attribution,
        mentions,
    }
}

/// "airstrike by Pakistan in Kabul", "talks round 3 in Istanbul", "ceasefire no. 2 between
/// Armenia and Azerbaijan", "statement by Attaullah Tarar".
pub(crate) fn label(
    kind: EventKind,
    phase: Option<Phase>,
    round: Option<u32>,
    place: Option<&str>,
    participants: &[Actor],
) -> String {
    let mut label = kind.as_str().replace('_', " ");
    if let Some(phase) = phase.filter(|p| *p != Phase::Declared) {
        let phase = serde_json::to_value(phase)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let _ = write!(label, " ({phase})");
    }
    // Talks come in rounds; a truce is the nth of its war ("ceasefire no. 2").
    match round {
        Some(n) if kind == EventKind::Ceasefire => {
            let _ = write!(label, " no. {n}");
        }
        Some(round) => {
            let _ = write!(label, " round {round}");
        }
        None => {}
    }
    let named = |role: Role| {
        participants
            .iter()
            .filter(|p| p.role == role)
            .map(|p| p.actor.as_str())
            .collect::<Vec<_>>()
    };
    let by = [Role::Attacker, Role::Speaker]
        .iter()
        .flat_map(|r| named(*r))
        .collect::<Vec<_>>();
    if !by.is_empty() {
        let _ = write!(label, " by {}", by.join(" and "));
    }
    let parties = named(Role::Party);
    if by.is_empty() && parties.len() >= 2 {
        let _ = write!(label, " between {}", parties.join(" and "));
    }
    if let Some(place) = place {
        let _ = write!(label, " in {place}");
    }
    label
}

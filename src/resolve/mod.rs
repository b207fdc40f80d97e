//! The resolver: one timeline across reports.
//!
//! Events of different reports that are the same real event are merged (kind, compatible
//! time and place decide; participants, rounds and wording support), their dates and the
//! relations the reports state are solved together for the tightest bounds and an order,
//! and every disagreement between the accounts is reported as a [`Conflict`] with each
//! claim traced to its bytes. The resolver does no I/O and depends only on the set of
//! extractions, not on their order.

mod conflict;
mod merge;
mod order;

use crate::document::Published;
use crate::extract::{Extraction, RelationKind};
use crate::graph::{Edge, Event, EventGraph, EventId};
use crate::span::{DocumentId, Span};
use serde::{Deserialize, Serialize};

/// What kind of thing the accounts disagree on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConflictKind {
    /// The day it happened.
    Date,
    /// The clock time it happened.
    Time,
    /// How long it lasted.
    Duration,
    /// How many were killed or wounded.
    Count,
    /// Who took part (mediators, attackers).
    Participants,
    /// Which round it was.
    Ordinal,
    /// Whether it happened at all, or will.
    Claim,
    /// What came first: events told in opposite orders, or who fired first.
    Order,
}

/// Whether the accounts contradict each other or one replaced the other over time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConflictStatus {
    /// They cannot both be right.
    Contradiction,
    /// A later account revised an earlier one (a toll revised upward, a failure reversed).
    Superseded,
}

/// One side of a conflict, quoted from its report.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Claim {
    /// The report.
    pub document: DocumentId,
    /// Where the claim is written.
    #[serde(flatten)]
    pub span: Span,
    /// The words.
    pub text: String,
    /// What it claims, normalized ("P4D", "23", "Qatar; Turkey", "2025-10-28").
    pub value: String,
    /// The outlet, when the report names it.
    pub source: Option<String>,
    /// Who the report says makes the claim.
    pub attributed_to: Option<String>,
    /// When the report was published.
    pub published: Option<Published>,
}

/// A disagreement between accounts.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Conflict {
    /// What it is about.
    pub kind: ConflictKind,
    /// Contradiction or superseded.
    pub status: ConflictStatus,
    /// The events involved.
    pub events: Vec<EventId>,
    /// The claims, in time order of their reports.
    pub claims: Vec<Claim>,
}

/// Settings of the resolver.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResolveOptions {
    /// How many candidates each event is compared with (nearest in time, same kind).
    pub candidates: usize,
}

impl Default for ResolveOptions {
    fn default() -> Self {
        ResolveOptions { candidates: 32 }
    }
}

/// The resolver's verdict.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resolution {
    /// Merged events with their tightest bounds, by id.
    pub events: Vec<Event>,
    /// Relations between merged events.
    pub relations: Vec<Edge>,
    /// Event ids, earliest first.
    pub order: Vec<EventId>,
    /// Every disagreement found.
    pub conflicts: Vec<Conflict>,
    /// How many pairs of events were compared to find merges.
    pub comparisons: usize,
}

/// Resolves the extractions of a set of reports. The result does not depend on their order.
pub fn resolve(extractions: &[Extraction], options: &ResolveOptions) -> Resolution {
    let mut extractions: Vec<&Extraction> = extractions.iter().collect();
    extractions.sort_by(|a, b| a.document.cmp(&b.document));
    let owned: Vec<Extraction> = extractions.iter().map(|e| (*e).clone()).collect();
    let graph = EventGraph::build(&owned);
    let days: std::collections::BTreeMap<&str, i64> = owned
        .iter()
        .filter_map(|e| {
            // An undated report (a live blog) stands at the day it was written: plans for
            // "new negotiations" in a report of 2025 are not those of one from 2023.
            let day = e.written()?;
            Some((
                e.document.as_str(),
                i64::from(chrono::Datelike::num_days_from_ce(&day)),
            ))
        })
        .collect();
    let published = |document: &str| days.get(document).copied();
    let merged = merge::merge(&graph, &published, options);
    let mut relations: Vec<Edge> = graph
        .edges()
        .iter()
        .filter(|edge| edge.kind != RelationKind::SameEvent)
        .map(|edge| Edge {
            from: merged.event_of[edge.from.0 as usize],
            to: merged.event_of[edge.to.0 as usize],
            kind: edge.kind,
        })
        .filter(|edge| edge.from != edge.to)
        .collect();
    relations.sort();
    relations.dedup();
    let mut events = merged.events;
    let solved = order::solve(&mut events, &relations);
    let mut conflicts = conflict::find(&events, &owned, &solved);
    let claim_key = |c: &Conflict| {
        c.claims
            .iter()
            .map(|claim| (claim.document.clone(), claim.span))
            .collect::<Vec<_>>()
    };
    conflicts
        .sort_by(|a, b| (a.kind, &a.events, claim_key(a)).cmp(&(b.kind, &b.events, claim_key(b))));
    conflicts.dedup();
    Resolution {
        events,
        relations,
        order: solved.order,
        conflicts,
        comparisons: merged.comparisons,
    }
}

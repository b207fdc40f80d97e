//! Ordering: dates and stated relations as constraints on when events start.
//!
//! Each event's start is a day variable bounded by its dates; "A before B", "A caused B" and
//! "A includes B" say start(A) <= start(B). This is a simple temporal network whose edges
//! all weigh zero, so shortest paths reduce to propagation in topological order: the
//! earliest start of B is at least that of A, the latest start of A at most that of B.
//! Claims that form a cycle (A before B in one report, B before A in another) cannot all
//! hold: they are reported, and their edges are left out of the propagation.

use crate::extract::RelationKind;
use crate::graph::{Edge, Event, EventId};
use crate::time::Bound;
use chrono::{Datelike, NaiveDate};
use petgraph::algo::{tarjan_scc, toposort};
use petgraph::graph::{DiGraph, NodeIndex};

/// The order and what could not be satisfied.
pub(super) struct Solved {
    /// Event ids, earliest first.
    pub order: Vec<EventId>,
    /// Groups of events whose stated order forms a cycle.
    pub cycles: Vec<Vec<EventId>>,
}

fn ordering(kind: RelationKind) -> bool {
    matches!(
        kind,
        RelationKind::Before | RelationKind::Causes | RelationKind::Includes
    )
}

fn days(bound: Option<Bound>) -> Option<i32> {
    bound.map(|b| b.date().num_days_from_ce())
}

/// Tightens every event's bounds by the relations and orders the events.
pub(super) fn solve(events: &mut [Event], relations: &[Edge]) -> Solved {
    let mut graph: DiGraph<EventId, ()> = DiGraph::with_capacity(events.len(), relations.len());
    let nodes: Vec<NodeIndex> = events.iter().map(|e| graph.add_node(e.id)).collect();
    for edge in relations.iter().filter(|e| ordering(e.kind)) {
        graph.add_edge(nodes[edge.from.0 as usize], nodes[edge.to.0 as usize], ());
    }
    let mut cycles = Vec::new();
    for component in tarjan_scc(&graph) {
        if component.len() > 1 {
            let mut ids: Vec<EventId> = component.iter().map(|n| graph[*n]).collect();
            ids.sort();
            cycles.push(ids);
        }
    }
    cycles.sort();
    // Edges inside a cycle are contradicted by the others: they do not constrain.
    let in_cycle = |id: EventId| cycles.iter().any(|c| c.contains(&id));
    graph.retain_edges(|g, e| {
        let (a, b) = g
            .edge_endpoints(e)
            .unwrap_or((NodeIndex::new(0), NodeIndex::new(0)));
        !(in_cycle(g[a]) && in_cycle(g[b]))
    });
    let topological = toposort(&graph, None).unwrap_or_else(|_| graph.node_indices().collect());
    let mut earliest: Vec<Option<i32>> = events.iter().map(|e| days(e.when.earliest)).collect();
    let mut latest: Vec<Option<i32>> = events.iter().map(|e| days(e.when.latest)).collect();
    for &node in &topological {
        let a = graph[node].0 as usize;
        for next in graph.neighbors(node) {
            let b = graph[next].0 as usize;
            earliest[b] = earliest[b].max(earliest[a]).or(earliest[a]);
        }
    }
    for &node in topological.iter().rev() {
        let a = graph[node].0 as usize;
        for next in graph.neighbors(node) {
            let b = graph[next].0 as usize;
            latest[a] = match (latest[a], latest[b]) {
                (Some(x), Some(y)) => Some(x.min(y)),
                (x, y) => x.or(y),
            };
        }
    }
    for (index, event) in events.iter_mut().enumerate() {
        match (earliest[index], latest[index]) {
            // The dates and the stated order cannot both hold: the dates, which the reports
            // give outright, are kept.
            (Some(low), Some(high)) if low > high => {}
            (low, high) => {
                let to_bound = |d: i32| NaiveDate::from_num_days_from_ce_opt(d).map(Bound::Day);
                if low != days(event.when.earliest) {
                    event.when.earliest = low.and_then(to_bound);
                }
                if high != days(event.when.latest) {
                    event.when.latest = high.and_then(to_bound);
                }
            }
        }
    }
    let mut order: Vec<EventId> = events.iter().map(|e| e.id).collect();
    let key = |id: &EventId| {
        let event = &events[id.0 as usize];
        let low = days(event.when.earliest);
        let high = days(event.when.latest);
        let anchor = low.or(high);
        (anchor.is_none(), anchor, high.is_none(), high, *id)
    };
    order.sort_by_key(key);
    Solved { order, cycles }
}

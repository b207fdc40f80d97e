//! DOT (Graphviz): the event graph, for inspection.

use crate::graph::{EventGraph, EventId};
use crate::timeline::Timeline;

/// The timeline's events and relations in Graphviz DOT.
pub fn dot(timeline: &Timeline) -> String {
    graph(timeline).to_dot()
}

fn graph(timeline: &Timeline) -> EventGraph {
    let mut graph = EventGraph::default();
    for event in &timeline.events {
        let id = graph.push(event.mentions.clone());
        debug_assert_eq!(id, EventId(id.0));
    }
    graph.with_edges(timeline.relations.clone())
}

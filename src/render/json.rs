//! JSON: the timeline as data, one stable layout (see `SCHEMA_VERSION`).

use crate::graph::{Edge, Event, EventId};
use crate::resolve::Conflict;
use crate::time::{Diagnostic, Timex};
use crate::timeline::{Source, Timeline};
use serde::Serialize;

/// The fields the JSON output documents; a timeline's own serialization also carries each
/// report's extraction, which readers of the output do not need.
#[derive(Serialize)]
struct Output<'t> {
    schema_version: u32,
    documents: &'t [Source],
    timexes: &'t [Timex],
    diagnostics: &'t [Diagnostic],
    events: &'t [Event],
    relations: &'t [Edge],
    order: &'t [EventId],
    conflicts: &'t [Conflict],
}

/// The timeline as pretty-printed JSON, ending with a newline.
pub fn json(timeline: &Timeline) -> String {
    let output = Output {
        schema_version: timeline.schema_version,
        documents: &timeline.documents,
        timexes: &timeline.timexes,
        diagnostics: &timeline.diagnostics,
        events: &timeline.events,
        relations: &timeline.relations,
        order: &timeline.order,
        conflicts: &timeline.conflicts,
    };
    // Serializing plain structs with string keys cannot fail; should it ever, the error text
    // is better output than a panic.
    let mut text = serde_json::to_string_pretty(&output)
        .unwrap_or_else(|error| format!("{{\"error\": \"{error}\"}}"));
    text.push('\n');
    text
}

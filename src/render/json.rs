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
    let mut bytes = Vec::new();
    // Writing to memory cannot fail; serializing plain structs with string keys cannot
    // either. Should it ever, the error text is better output than a panic.
    if let Err(error) = write_json(timeline, &mut bytes) {
        return format!("{{\"error\": \"{error}\"}}\n");
    }
    String::from_utf8(bytes).unwrap_or_else(|error| format!("{{\"error\": \"{error}\"}}\n"))
}

/// Writes what [`json`] returns to `writer` as it is serialized, without holding the whole
/// text: the JSON of a large batch is many times the size of its reports. Pass a buffered
/// writer.
///
/// # Errors
/// Those of `writer`.
pub fn write_json(timeline: &Timeline, mut writer: impl std::io::Write) -> std::io::Result<()> {
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
    serde_json::to_writer_pretty(&mut writer, &output)?;
    writer.write_all(b"\n")
}

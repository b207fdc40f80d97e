//! JSON: the timeline as data, one stable layout (see `SCHEMA_VERSION`).

use crate::timeline::Timeline;

/// The timeline as pretty-printed JSON, ending with a newline.
pub fn json(timeline: &Timeline) -> String {
    // Serializing plain structs with string keys cannot fail; should it ever, the error text
    // is better output than a panic.
    let mut text = serde_json::to_string_pretty(timeline)
        .unwrap_or_else(|error| format!("{{\"error\": \"{error}\"}}"));
    text.push('\n');
    text
}

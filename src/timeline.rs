//! The result of reading a set of reports: what every renderer draws from.

use crate::document::{Document, Published};
use crate::extract::{ExtractOptions, extract_with};
use crate::graph::{Edge, Event, EventGraph};
use crate::span::DocumentId;
use crate::time::{Diagnostic, TagOptions, Timex};
use serde::{Deserialize, Serialize};

/// The version of the JSON layout; it changes when a field changes meaning or disappears.
pub const SCHEMA_VERSION: u32 = 1;

/// One report as the timeline lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The report's id.
    pub id: DocumentId,
    /// The file it was read from, as given.
    pub path: Option<String>,
    /// Publication time.
    pub published: Option<Published>,
    /// Headline.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub title: Option<String>,
    /// Outlet.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub source: Option<String>,
}

impl Source {
    fn of(document: &Document) -> Source {
        let metadata = document.metadata();
        Source {
            id: document.id().clone(),
            path: document.path().map(|p| p.display().to_string()),
            published: metadata.published,
            title: metadata.title.clone(),
            source: metadata.source.clone(),
        }
    }
}

/// What chronicle makes of a set of reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timeline {
    /// The layout version, [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The reports, ordered by id.
    pub documents: Vec<Source>,
    /// Every temporal expression, by report id and position.
    pub timexes: Vec<Timex>,
    /// Observations that are not errors, in the same order.
    pub diagnostics: Vec<Diagnostic>,
    /// Typed events, each with its mentions.
    pub events: Vec<Event>,
    /// Relations between events.
    pub relations: Vec<Edge>,
}

/// Reads a set of reports into a timeline, with default options.
///
/// The result does not depend on the order of `documents`: reports are ordered by id (then
/// path) before anything is derived from them.
pub fn reconstruct(documents: &[Document]) -> Timeline {
    reconstruct_with(documents, &TagOptions::default())
}

/// Reads a set of reports into a timeline, anchoring dates with `options`.
pub fn reconstruct_with(documents: &[Document], options: &TagOptions) -> Timeline {
    reconstruct_extracting(
        documents,
        &ExtractOptions {
            tag: *options,
            ..ExtractOptions::default()
        },
    )
}

/// Reads a set of reports into a timeline with a custom event lexicon.
pub fn reconstruct_extracting(documents: &[Document], options: &ExtractOptions) -> Timeline {
    let mut ordered: Vec<&Document> = documents.iter().collect();
    ordered.sort_by(|a, b| a.id().cmp(b.id()).then_with(|| a.path().cmp(&b.path())));
    let extractions: Vec<_> = ordered
        .iter()
        .map(|document| extract_with(document, options))
        .collect();
    let graph = EventGraph::build(&extractions);
    let mut timeline = Timeline {
        schema_version: SCHEMA_VERSION,
        documents: ordered.iter().map(|d| Source::of(d)).collect(),
        timexes: Vec::new(),
        diagnostics: Vec::new(),
        events: graph.events().to_vec(),
        relations: graph.edges().to_vec(),
    };
    for extraction in extractions {
        timeline.timexes.extend(extraction.tagging.timexes);
        timeline.diagnostics.extend(extraction.tagging.diagnostics);
    }
    timeline
}

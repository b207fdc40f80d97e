//! The result of reading a set of reports: what every renderer draws from.

use crate::document::{Document, Published, admitted};
use crate::error::Error;
use crate::extract::{ExtractOptions, Extraction, extract_with};
use crate::graph::{Edge, Event, EventId};
use crate::limits::Limits;
use crate::resolve::{Conflict, ResolveOptions, resolve};
use crate::span::DocumentId;
use crate::time::{Diagnostic, TagOptions, Timex};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The version of the JSON layout; it changes when a field changes meaning or disappears.
pub const SCHEMA_VERSION: u32 = 1;

/// One report as the timeline lists it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
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
    /// How a report is listed, from the report itself: what a map step sends on with its
    /// extraction when timelines are built elsewhere ([`Timeline::from_reports`]).
    pub fn of(document: &Document) -> Source {
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

/// What chronicle makes of a set of reports: their temporal expressions, the events merged
/// across them in order, and every conflict between their accounts.
///
/// A timeline keeps each report's extraction, so it can take more reports later
/// ([`Timeline::add`]) or be combined with another ([`Timeline::merge`]); both re-resolve to
/// exactly what reading all the reports at once gives.
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
    /// Events merged across reports, with their tightest bounds, by id.
    pub events: Vec<Event>,
    /// Relations between events.
    pub relations: Vec<Edge>,
    /// Event ids, earliest first.
    pub order: Vec<EventId>,
    /// Disagreements between accounts.
    pub conflicts: Vec<Conflict>,
    /// How many pairs of events the resolver compared.
    pub comparisons: usize,
    /// Each report's extraction, for re-resolving.
    pub reports: Vec<Extraction>,
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

/// Reads a set of reports into a timeline with custom extraction options (word lists).
pub fn reconstruct_extracting(documents: &[Document], options: &ExtractOptions) -> Timeline {
    let mut ordered: Vec<&Document> = documents.iter().collect();
    ordered.sort_by(|a, b| a.id().cmp(b.id()).then_with(|| a.path().cmp(&b.path())));
    let sources = ordered.iter().map(|d| Source::of(d)).collect();
    let reports = map_reports(ordered, |document| extract_with(document, options));
    Timeline::from_reports(sources, reports, &ResolveOptions::default())
}

/// How far [`reconstruct_files`] has read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Report files read so far, including those that failed.
    pub reports: usize,
    /// Report files to read in all.
    pub total: usize,
    /// Bytes of the reports read so far.
    pub bytes: u64,
}

/// How many reports [`reconstruct_files`] holds in memory at once: enough to keep every core
/// busy, few enough that their text is a small part of what the timeline keeps.
const CHUNK: usize = 256;

/// Reads the reports under `paths` (files, and directories' `.txt` and `.tml` files) into a
/// timeline without holding them all: a chunk of reports is loaded, extracted and dropped at
/// a time, so memory grows with what the timeline keeps (the extractions), not with the text.
///
/// The timeline is the one [`reconstruct_extracting`] gives for the same reports, and a file
/// that fails is an error beside it, as in [`load_all_with`](crate::load_all_with). `progress`
/// is called after each chunk.
pub fn reconstruct_files<P: AsRef<Path>>(
    paths: &[P],
    options: &ExtractOptions,
    limits: &Limits,
    mut progress: impl FnMut(Progress),
) -> (Timeline, Vec<Error>) {
    let entries = admitted(paths, limits);
    let mut done = Progress {
        reports: 0,
        total: entries.iter().filter(|entry| entry.is_ok()).count(),
        bytes: 0,
    };
    let mut read = Vec::new();
    let mut errors = Vec::new();
    let mut entries = entries.into_iter();
    loop {
        let chunk: Vec<_> = entries.by_ref().take(CHUNK).collect();
        if chunk.is_empty() {
            break;
        }
        let files = chunk.iter().filter(|entry| entry.is_ok()).count();
        let results = map_reports(chunk, |entry| {
            let document = Document::load_with(entry?, limits)?;
            let bytes = document.source().len() as u64;
            Ok((
                Source::of(&document),
                extract_with(&document, options),
                bytes,
            ))
        });
        for result in results {
            match result {
                Ok((source, extraction, bytes)) => {
                    done.bytes += bytes;
                    read.push((source, extraction));
                }
                Err(error) => errors.push(error),
            }
        }
        done.reports += files;
        progress(done);
    }
    // As `reconstruct_extracting` orders them, so that a repeated id keeps the same report.
    read.sort_by(|a, b| (&a.0.id, &a.0.path).cmp(&(&b.0.id, &b.0.path)));
    let (sources, reports) = read.into_iter().unzip();
    let timeline = Timeline::from_reports(sources, reports, &ResolveOptions::default());
    (timeline, errors)
}

/// `f` over every item, in the order given: across cores with the `parallel` feature (reports
/// are independent of each other, and results keep their input order, so the output is the
/// same as one core's).
fn map_reports<T: Send, R: Send>(items: Vec<T>, f: impl Fn(T) -> R + Sync + Send) -> Vec<R> {
    #[cfg(feature = "parallel")]
    {
        use rayon::prelude::*;
        items.into_par_iter().map(f).collect()
    }
    #[cfg(not(feature = "parallel"))]
    {
        items.into_iter().map(f).collect()
    }
}

impl Timeline {
    /// A timeline from reports already extracted, with the sources they came from.
    pub fn from_reports(
        mut documents: Vec<Source>,
        mut reports: Vec<Extraction>,
        options: &ResolveOptions,
    ) -> Timeline {
        documents.sort();
        documents.dedup_by(|a, b| a.id == b.id);
        reports.sort_by(|a, b| a.document.cmp(&b.document));
        reports.dedup_by(|a, b| a.document == b.document);
        let resolution = resolve(&reports, options);
        Timeline {
            schema_version: SCHEMA_VERSION,
            documents,
            timexes: reports
                .iter()
                .flat_map(|r| r.tagging.timexes.iter().cloned())
                .collect(),
            diagnostics: reports
                .iter()
                .flat_map(|r| r.tagging.diagnostics.iter().cloned())
                .collect(),
            events: resolution.events,
            relations: resolution.relations,
            order: resolution.order,
            conflicts: resolution.conflicts,
            comparisons: resolution.comparisons,
            reports,
        }
    }

    /// Adds one report and re-resolves. A report with an id already present replaces it.
    pub fn add(&mut self, document: &Document) {
        self.add_with(document, &ExtractOptions::default());
    }

    /// Adds one report, extracted with `options`, and re-resolves.
    pub fn add_with(&mut self, document: &Document, options: &ExtractOptions) {
        let mut documents: Vec<Source> = self
            .documents
            .iter()
            .filter(|s| s.id != *document.id())
            .cloned()
            .collect();
        documents.push(Source::of(document));
        let mut reports: Vec<Extraction> = self
            .reports
            .iter()
            .filter(|r| r.document != *document.id())
            .cloned()
            .collect();
        reports.push(extract_with(document, options));
        *self = Timeline::from_reports(documents, reports, &ResolveOptions::default());
    }

    /// The timeline of both sets of reports, as if read together: this is how work split
    /// across machines is combined.
    pub fn merge(&self, other: &Timeline) -> Timeline {
        let documents = self
            .documents
            .iter()
            .chain(&other.documents)
            .cloned()
            .collect();
        let reports = self.reports.iter().chain(&other.reports).cloned().collect();
        Timeline::from_reports(documents, reports, &ResolveOptions::default())
    }

    /// One event by id.
    pub fn event(&self, id: EventId) -> Option<&Event> {
        self.events.get(id.0 as usize)
    }
}

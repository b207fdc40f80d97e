//! chronicle reconstructs a timeline from news reports.
//!
//! It reads reports (plain text with front matter, or TimeML), finds every temporal
//! expression and normalizes it against the report's date as a TIMEX3 value with an
//! earliest/latest interval.
//!
//! ```
//! use chronicle::{Document, tag};
//!
//! let report = Document::parse(
//!     "frontier-wire",
//!     "---\npublished: 2025-10-30\n---\nThe four-day talks in Istanbul failed on Tuesday, \
//!      after a 48-hour ceasefire and a truce on October 19."
//!         .to_string(),
//! )?;
//! let tagging = tag(&report);
//! let found: Vec<(&str, &str)> = tagging
//!     .timexes
//!     .iter()
//!     .map(|t| (t.text.as_str(), t.value.as_str()))
//!     .collect();
//! assert_eq!(
//!     found,
//!     [("four-day", "P4D"), ("Tuesday", "2025-10-28"), ("48-hour", "PT48H"), ("October 19", "2025-10-19")]
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod document;
mod error;
mod extract;
mod graph;
mod limits;
mod parse;
pub mod render;
mod resolve;
mod span;
pub mod tempeval;
mod time;
mod timeline;

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub use document::{
    Document, MAX_DOCUMENT_BYTES, MarkedTimex, Metadata, Published, load_all, load_all_with,
    report_paths,
};
pub use error::{Error, ErrorKind, Position};
pub use extract::{
    Acled, Attribution, Count, EventKind, EventLexicon, ExtractOptions, Extraction, Mention,
    MentionRelation, Modality, Name, Outcome, Participant, Phase, Place, Quote, RelationKind, Role,
    TimeSource, Told, When, extract, extract_with,
};
pub use graph::{Actor, Edge, Event, EventGraph, EventId, Interval};
pub use limits::Limits;
pub use resolve::{
    Claim, Conflict, ConflictKind, ConflictStatus, Resolution, ResolveOptions, resolve,
};
pub use span::{DocumentId, Span};
pub use time::{
    Anchor, Bound, Diagnostic, DiagnosticKind, Modifier, TagOptions, Tagging, Timex, TimexType,
    WeekdayPolicy, duration_minutes, tag, tag_with,
};
pub use timeline::{
    Progress, SCHEMA_VERSION, Source, Timeline, reconstruct, reconstruct_extracting,
    reconstruct_files, reconstruct_with,
};

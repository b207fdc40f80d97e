//! Byte spans and document ids: how every derived value points back at its source.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::Arc;

/// A half-open range of byte offsets `start..end` into a report's file as read.
///
/// Offsets always fall on UTF-8 character boundaries of that file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// The span `start..end`.
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// Its length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when it covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// A report's id: its file stem, or whatever the caller chose.
///
/// Every mention and expression carries its report's id; the text is shared, so a copy
/// costs a reference count rather than an allocation.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DocumentId(Arc<str>);

impl DocumentId {
    /// An id from any string.
    pub fn new(id: impl Into<String>) -> DocumentId {
        DocumentId(Arc::from(id.into()))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DocumentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<String> for DocumentId {
    fn from(id: String) -> DocumentId {
        DocumentId(Arc::from(id))
    }
}

impl From<&str> for DocumentId {
    fn from(id: &str) -> DocumentId {
        DocumentId(Arc::from(id))
    }
}

//! Bounds on the work and memory untrusted input can demand.

use crate::document::MAX_DOCUMENT_BYTES;

/// How much a batch of reports may ask of the library.
///
/// The defaults are far beyond what a news pipeline meets, so that only hostile or broken
/// input reaches them. A report or batch over a limit is refused with an
/// [`ErrorKind::Limit`](crate::ErrorKind::Limit) error that names the file and the limit; the
/// expression limit bounds the tagger's work instead, since text is never an error.
///
/// ```
/// use chronicle::{Limits, load_all_with};
///
/// let limits = Limits { max_report_bytes: 1 << 20, ..Limits::default() };
/// let (documents, errors) = load_all_with(&["corpus"], &limits);
/// assert!(errors.is_empty() && !documents.is_empty());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Limits {
    /// The largest report read, in bytes of the file; default [`MAX_DOCUMENT_BYTES`] (64 MiB).
    pub max_report_bytes: usize,
    /// How far, in bytes, the tagger reads from where a temporal expression may start; a
    /// longer phrase is not found. Default 160: the longest real phrases ("more than two
    /// and a half years ago", "the end of the third quarter of 2025") take under 60.
    pub max_expression_bytes: usize,
    /// The most reports one call of [`load_all_with`](crate::load_all_with) reads; default
    /// 1,000,000.
    pub max_reports: usize,
}

/// The tagger's window; changing it changes what the tagger can find.
pub(crate) const MAX_EXPRESSION_BYTES: usize = 160;

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_report_bytes: MAX_DOCUMENT_BYTES,
            max_expression_bytes: MAX_EXPRESSION_BYTES,
            max_reports: 1_000_000,
        }
    }
}

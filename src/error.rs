//! The one public error type.
//!
//! Errors are for input that cannot be read at all: I/O, bad encoding, malformed front matter
//! or TimeML, exceeded limits. Everything the analysis merely fails to understand (an unknown
//! date, a conflict between reports) is data, not an error.

use std::fmt;
use std::path::{Path, PathBuf};

/// An input that could not be read, with where and why.
///
/// The message names the file (when there is one) and the line or byte offset of the problem,
/// e.g. `reports/kabul.txt: line 3: front matter: "published" is not a date: 2025-13-01`.
pub struct Error {
    inner: Box<Inner>,
}

struct Inner {
    kind: ErrorKind,
    path: Option<PathBuf>,
    position: Option<Position>,
    detail: Detail,
}

/// What kind of problem an [`Error`] reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file could not be read.
    Io,
    /// The bytes are not UTF-8.
    Encoding,
    /// The front matter block is not closed or a key or value in it is malformed.
    FrontMatter,
    /// A TimeML document lacks a required element or is not well formed.
    TimeMl,
    /// The input exceeds a size limit that protects the library from unbounded work.
    Limit,
    /// A user-supplied word list (actors, places, triggers) has a malformed row.
    Lexicon,
}

/// Where in the input the problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Position {
    /// A 1-based line number.
    Line(usize),
    /// A 0-based byte offset into the file as read.
    Byte(usize),
}

#[derive(Debug, thiserror::Error)]
enum Detail {
    #[error("cannot read: {0}")]
    Io(#[source] std::io::Error),
    #[error("{0}")]
    Message(String),
}

impl Error {
    pub(crate) fn io(path: &Path, source: std::io::Error) -> Error {
        Error::new(ErrorKind::Io, Detail::Io(source)).with_path(path)
    }

    pub(crate) fn at(kind: ErrorKind, position: Position, message: impl Into<String>) -> Error {
        let mut error = Error::new(kind, Detail::Message(message.into()));
        error.inner.position = Some(position);
        error
    }

    pub(crate) fn message(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error::new(kind, Detail::Message(message.into()))
    }

    fn new(kind: ErrorKind, detail: Detail) -> Error {
        Error {
            inner: Box::new(Inner {
                kind,
                path: None,
                position: None,
                detail,
            }),
        }
    }

    /// Names the file the error is about; loaders call this once they know it.
    pub(crate) fn with_path(mut self, path: &Path) -> Error {
        self.inner.path = Some(path.to_path_buf());
        self
    }

    /// The kind of problem.
    pub fn kind(&self) -> ErrorKind {
        self.inner.kind
    }

    /// The file, when the input came from one.
    pub fn path(&self) -> Option<&Path> {
        self.inner.path.as_deref()
    }

    /// The line or byte offset of the problem, when it has one.
    pub fn position(&self) -> Option<Position> {
        self.inner.position
    }

    /// True for problems with the bytes or syntax of the input (not I/O, not limits).
    pub fn is_malformed(&self) -> bool {
        matches!(
            self.inner.kind,
            ErrorKind::Encoding | ErrorKind::FrontMatter | ErrorKind::TimeMl | ErrorKind::Lexicon
        )
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(path) = &self.inner.path {
            write!(f, "{}: ", path.display())?;
        }
        match self.inner.position {
            Some(Position::Line(line)) => write!(f, "line {line}: ")?,
            Some(Position::Byte(byte)) => write!(f, "byte {byte}: ")?,
            None => {}
        }
        write!(f, "{}", self.inner.detail)
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("kind", &self.inner.kind)
            .field("path", &self.inner.path)
            .field("position", &self.inner.position)
            .field("detail", &self.inner.detail)
            .finish()
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        std::error::Error::source(&self.inner.detail)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_names_file_and_position() {
        let error = Error::at(ErrorKind::FrontMatter, Position::Line(3), "no closing ---")
            .with_path(Path::new("reports/a.txt"));
        assert_eq!(error.to_string(), "reports/a.txt: line 3: no closing ---");
        assert_eq!(error.kind(), ErrorKind::FrontMatter);
        assert!(error.is_malformed());
    }
}

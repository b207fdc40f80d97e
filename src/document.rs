//! Reports: their text, their metadata, and where every byte of the text came from.
//!
//! A [`Document`] keeps the file as read (`source`) and the text that is analysed (`text`):
//! for plain text, the body after any front matter; for TimeML, the content of `<TEXT>` with
//! its tags removed and character references decoded. Spans handed out by the library are
//! always offsets into `source`, so a claim can be quoted from the file itself.

use crate::error::{Error, ErrorKind, Position};
use crate::limits::Limits;
use crate::parse::{front_matter, markup};
use crate::span::{DocumentId, Span};
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::io::Read;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// Reports larger than this are refused with [`ErrorKind::Limit`]; news reports are a few
/// kilobytes, and the bound keeps untrusted input from making the library allocate at will.
pub const MAX_DOCUMENT_BYTES: usize = 64 * 1024 * 1024;

/// What is known about a report besides its text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    /// Headline.
    pub title: Option<String>,
    /// Outlet or agency.
    pub source: Option<String>,
    /// Publication time: the anchor for "yesterday", "on Tuesday", "last week".
    pub published: Option<Published>,
    /// Where the report was found.
    pub url: Option<String>,
    /// Any other front matter keys, kept as written.
    pub extra: BTreeMap<String, String>,
}

/// A publication date, optionally with a time of day and the offset it was written with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Published {
    /// The calendar date in the report's own offset.
    pub date: NaiveDate,
    /// The time of day, when known.
    pub time: Option<NaiveTime>,
    /// The UTC offset the time was written with, when given.
    pub offset: Option<FixedOffset>,
}

impl Published {
    /// A date without a time.
    pub fn date(date: NaiveDate) -> Published {
        Published {
            date,
            time: None,
            offset: None,
        }
    }

    /// Reads `2025-10-30`, `2025-10-30T14:05:00+05:00` (RFC 3339), `2025-10-30 14:05:00`,
    /// `2025-10-30T14:05`, or TimeML's compact `19980108`.
    pub fn parse(text: &str) -> Option<Published> {
        let text = text.trim();
        if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            return Some(Published::date(date));
        }
        if text.len() == 8 && text.bytes().all(|b| b.is_ascii_digit()) {
            return NaiveDate::parse_from_str(text, "%Y%m%d")
                .ok()
                .map(Published::date);
        }
        if let Ok(stamp) = DateTime::parse_from_rfc3339(text) {
            return Some(Published {
                date: stamp.date_naive(),
                time: Some(stamp.time()),
                offset: Some(*stamp.offset()),
            });
        }
        for format in [
            "%Y-%m-%dT%H:%M:%S",
            "%Y-%m-%d %H:%M:%S",
            "%Y-%m-%dT%H:%M",
            "%Y-%m-%d %H:%M",
        ] {
            if let Ok(stamp) = NaiveDateTime::parse_from_str(text, format) {
                return Some(Published {
                    date: stamp.date(),
                    time: Some(stamp.time()),
                    offset: None,
                });
            }
        }
        None
    }
}

impl PartialOrd for Published {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Published {
    /// By calendar date, then time of day, then offset: a total order for sorting reports,
    /// not a comparison of instants.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let key = |p: &Published| (p.date, p.time, p.offset.map(|o| o.local_minus_utc()));
        key(self).cmp(&key(other))
    }
}

impl fmt::Display for Published {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.date.format("%Y-%m-%d"))?;
        if let Some(time) = self.time {
            write!(f, "T{}", time.format("%H:%M:%S"))?;
        }
        if let Some(offset) = self.offset {
            write!(f, "{offset}")?;
        }
        Ok(())
    }
}

impl Serialize for Published {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Published {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Published::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("not a date: {text:?}")))
    }
}

/// A TIMEX3 already marked in a TimeML input (the gold annotation, for evaluation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkedTimex {
    /// Where it is in the file.
    pub span: Span,
    /// Its attributes as written (`tid`, `type`, `value`, ...).
    pub attributes: BTreeMap<String, String>,
}

/// One report, ready for analysis.
#[derive(Debug, Clone)]
pub struct Document {
    id: DocumentId,
    path: Option<PathBuf>,
    source: String,
    text: String,
    map: OffsetMap,
    metadata: Metadata,
    marked: Vec<MarkedTimex>,
    timeml: bool,
}

impl Document {
    /// Reads a report from a file: TimeML when the extension is `.tml` (or the file starts with
    /// an XML declaration and holds `<TimeML`), plain text with optional front matter otherwise.
    /// The id is the file stem.
    ///
    /// # Errors
    /// The file cannot be read, is not UTF-8 (the error gives the byte offset), its front matter
    /// or TimeML is malformed (line or byte offset), or it exceeds [`MAX_DOCUMENT_BYTES`].
    pub fn load(path: impl AsRef<Path>) -> Result<Document, Error> {
        Document::load_with(path, &Limits::default())
    }

    /// Reads a report from a file as [`Document::load`] does, within `limits`.
    ///
    /// # Errors
    /// As [`Document::load`], with [`Limits::max_report_bytes`] as the size limit; a file
    /// over it is refused without being read whole.
    pub fn load_with(path: impl AsRef<Path>, limits: &Limits) -> Result<Document, Error> {
        let path = path.as_ref();
        let id = path.file_stem().map_or_else(
            || path.display().to_string(),
            |stem| stem.to_string_lossy().into_owned(),
        );
        let bytes = read_bounded(path, limits.max_report_bytes)?;
        let timeml = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("tml"))
            || looks_like_timeml(&bytes);
        let parsed = utf8(bytes, limits).and_then(|source| {
            if timeml {
                Document::timeml_within(id, source, limits)
            } else {
                Document::text_within(id, source, limits)
            }
        });
        parsed
            .map(|mut document| {
                document.path = Some(path.to_path_buf());
                document
            })
            .map_err(|error| error.with_path(path))
    }

    /// A plain-text report from bytes, with optional front matter.
    ///
    /// # Errors
    /// The bytes are not UTF-8, the front matter is malformed, or the input is too large.
    pub fn from_bytes(id: impl Into<DocumentId>, bytes: Vec<u8>) -> Result<Document, Error> {
        Document::parse(id, utf8(bytes, &Limits::default())?)
    }

    /// A plain-text report, with optional front matter.
    ///
    /// # Errors
    /// The front matter is malformed (the error gives the line) or the input is too large.
    pub fn parse(id: impl Into<DocumentId>, source: String) -> Result<Document, Error> {
        Document::text_within(id, source, &Limits::default())
    }

    fn text_within(
        id: impl Into<DocumentId>,
        source: String,
        limits: &Limits,
    ) -> Result<Document, Error> {
        check_len(source.len(), limits)?;
        let block = front_matter::front_matter(&source)
            .map_err(|e| Error::at(ErrorKind::FrontMatter, Position::Line(e.line), e.message))?;
        let (metadata, body_start) = match block {
            None => (Metadata::default(), 0),
            Some(block) => (metadata_from(&block.entries)?, block.body_start),
        };
        let text = source[body_start..].to_string();
        Ok(Document {
            id: id.into(),
            path: None,
            map: OffsetMap::shifted(body_start, text.len()),
            text,
            source,
            metadata,
            marked: Vec::new(),
            timeml: false,
        })
    }

    /// A report from text and metadata the caller already has; the text is taken as is
    /// (a front matter block in it would be analysed as text).
    pub fn from_text(
        id: impl Into<DocumentId>,
        text: impl Into<String>,
        metadata: Metadata,
    ) -> Document {
        let text = text.into();
        Document {
            id: id.into(),
            path: None,
            map: OffsetMap::shifted(0, text.len()),
            source: text.clone(),
            text,
            metadata,
            marked: Vec::new(),
            timeml: false,
        }
    }

    /// A TimeML document from bytes; see [`Document::parse_timeml`].
    ///
    /// # Errors
    /// As [`Document::parse_timeml`], and for bytes that are not UTF-8.
    pub fn timeml_from_bytes(id: impl Into<DocumentId>, bytes: Vec<u8>) -> Result<Document, Error> {
        Document::parse_timeml(id, utf8(bytes, &Limits::default())?)
    }

    /// A TimeML document: the `DOCID` (kept in [`Metadata::extra`] as `docid`), the creation
    /// time from `<DCT><TIMEX3 functionInDocument="CREATION_TIME">` as the publication date, and
    /// the text of `<TEXT>` with its tags removed. TIMEX3 tags already inside `<TEXT>` are kept
    /// as [`MarkedTimex`] (they are not used by the analysis).
    ///
    /// # Errors
    /// Malformed markup or character references (byte offset), no `<TEXT>` element, unclosed
    /// or mismatched elements, a creation time that is not a date; elements nested more than
    /// 1,000 deep ([`ErrorKind::Limit`]).
    pub fn parse_timeml(id: impl Into<DocumentId>, source: String) -> Result<Document, Error> {
        Document::timeml_within(id, source, &Limits::default())
    }

    fn timeml_within(
        id: impl Into<DocumentId>,
        source: String,
        limits: &Limits,
    ) -> Result<Document, Error> {
        check_len(source.len(), limits)?;
        let read = read_timeml(&source)?;
        let mut metadata = Metadata {
            published: read.dct,
            ..Metadata::default()
        };
        if let Some(docid) = read.docid {
            metadata.extra.insert("docid".to_string(), docid);
        }
        Ok(Document {
            id: id.into(),
            path: None,
            text: read.text,
            map: read.map,
            source,
            metadata,
            marked: read.marked,
            timeml: true,
        })
    }

    /// The report's id.
    pub fn id(&self) -> &DocumentId {
        &self.id
    }

    /// The file it was read from, if any.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The file as read; every [`Span`] indexes into this.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The text that is analysed (the body, or TimeML's `<TEXT>` without tags).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Metadata from front matter, TimeML or the caller.
    pub fn metadata(&self) -> &Metadata {
        &self.metadata
    }

    /// Replaces the metadata, e.g. to give a publication date the file lacks.
    pub fn set_metadata(&mut self, metadata: Metadata) {
        self.metadata = metadata;
    }

    /// The publication time, if known.
    pub fn published(&self) -> Option<Published> {
        self.metadata.published
    }

    /// TIMEX3 tags found in a TimeML input's `<TEXT>`.
    pub fn marked_timexes(&self) -> &[MarkedTimex] {
        &self.marked
    }

    /// The source span of a byte range of [`Document::text`].
    pub fn source_span(&self, text: Range<usize>) -> Span {
        self.map.to_source(text)
    }

    /// The byte range of [`Document::text`] a source span covers, if it lies inside the text.
    pub fn text_range(&self, span: Span) -> Option<Range<usize>> {
        self.map.to_text(span)
    }

    /// True when the report was read as TimeML.
    pub fn is_timeml(&self) -> bool {
        self.timeml
    }

    /// The pieces of the source that make up the text, in order: each a source byte range,
    /// either text as written or one character reference (TimeML). Tags and front matter lie
    /// between them.
    pub(crate) fn source_runs(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        self.map
            .runs
            .iter()
            .map(|run| run.source_start..run.source_start + run.source_len)
    }

    /// The source text a span covers (empty when out of range).
    pub fn slice(&self, span: Span) -> &str {
        self.source.get(span.start..span.end).unwrap_or("")
    }
}

/// Loads every report under `paths`: files as given, directories one level deep (their `.txt`
/// and `.tml` files, in name order). A file that fails does not stop the others: its error is
/// returned beside the documents that loaded.
pub fn load_all<P: AsRef<Path>>(paths: &[P]) -> (Vec<Document>, Vec<Error>) {
    load_all_with(paths, &Limits::default())
}

/// Loads every report under `paths` as [`load_all`] does, within `limits`: each report within
/// [`Limits::max_report_bytes`], and no more than [`Limits::max_reports`] of them. The reports
/// past that many are not read; one [`ErrorKind::Limit`] error names the first of them and
/// says how many were left.
pub fn load_all_with<P: AsRef<Path>>(paths: &[P], limits: &Limits) -> (Vec<Document>, Vec<Error>) {
    let mut documents = Vec::new();
    let mut errors = Vec::new();
    for entry in admitted(paths, limits) {
        match entry.and_then(|path| Document::load_with(path, limits)) {
            Ok(document) => documents.push(document),
            Err(error) => errors.push(error),
        }
    }
    (documents, errors)
}

/// The report files under `paths`, in the order [`load_all`] reads them: files as given, and
/// each directory's `.txt` and `.tml` files in name order. A directory that cannot be listed
/// is an error in its place.
pub fn report_paths<P: AsRef<Path>>(paths: &[P]) -> Vec<Result<PathBuf, Error>> {
    let mut entries = Vec::new();
    for path in paths {
        let path = path.as_ref();
        if path.is_dir() {
            match report_files(path) {
                Ok(files) => entries.extend(files.into_iter().map(Ok)),
                Err(error) => entries.push(Err(error)),
            }
        } else {
            entries.push(Ok(path.to_path_buf()));
        }
    }
    entries
}

/// The first [`Limits::max_reports`] report files under `paths`, with the errors of listing
/// them in their places and, when files were left out, one [`ErrorKind::Limit`] error naming the
/// first of them. A file that will fail to load still counts: the limit bounds the work, not
/// the successes.
pub(crate) fn admitted<P: AsRef<Path>>(
    paths: &[P],
    limits: &Limits,
) -> Vec<Result<PathBuf, Error>> {
    let mut entries = report_paths(paths);
    let mut files = 0;
    let cut = entries.iter().position(|entry| {
        files += usize::from(entry.is_ok());
        files > limits.max_reports
    });
    let Some(cut) = cut else {
        return entries;
    };
    let (left_out, listing_errors): (Vec<_>, Vec<_>) =
        entries.split_off(cut).into_iter().partition(Result::is_ok);
    let after_first = left_out.len() - 1;
    let first = left_out
        .into_iter()
        .find_map(Result::ok)
        .unwrap_or_default();
    let message = format!(
        "more than the limit of {} reports per batch: this report and {after_first} after it \
         were not read",
        limits.max_reports,
    );
    entries.push(Err(
        Error::message(ErrorKind::Limit, message).with_path(&first)
    ));
    entries.extend(listing_errors);
    entries
}

fn report_files(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| Error::io(dir, e))?.path();
        let wanted = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("tml"));
        if wanted && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Reads at most one byte past `limit`: the length the file system reports is only a first
/// check, since a pipe or a device (`/dev/zero`) reports none and may never end.
fn read_bounded(path: &Path, limit: usize) -> Result<Vec<u8>, Error> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let length = file.metadata().map_err(|e| Error::io(path, e))?.len();
    let limit_u64 = u64::try_from(limit).unwrap_or(u64::MAX);
    if length > limit_u64 {
        return Err(limit_error(Some(length), limit).with_path(path));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(length).unwrap_or(0));
    file.take(limit_u64.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    if bytes.len() > limit {
        return Err(limit_error(None, limit).with_path(path));
    }
    Ok(bytes)
}

fn utf8(bytes: Vec<u8>, limits: &Limits) -> Result<String, Error> {
    check_len(bytes.len(), limits)?;
    String::from_utf8(bytes).map_err(|error| {
        let offset = error.utf8_error().valid_up_to();
        Error::at(ErrorKind::Encoding, Position::Byte(offset), "invalid UTF-8")
    })
}

fn check_len(len: usize, limits: &Limits) -> Result<(), Error> {
    if len > limits.max_report_bytes {
        Err(limit_error(
            u64::try_from(len).ok(),
            limits.max_report_bytes,
        ))
    } else {
        Ok(())
    }
}

/// `len` is `None` when the input was cut off at the limit, its full size unknown.
fn limit_error(len: Option<u64>, limit: usize) -> Error {
    let size = len.map_or_else(String::new, |len| format!(" of {len} bytes"));
    Error::message(
        ErrorKind::Limit,
        format!("the report{size} is over the limit of {limit} bytes per report"),
    )
}

fn looks_like_timeml(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(512)];
    head.starts_with(b"<?xml") && head.windows(7).any(|w| w == b"<TimeML")
}

fn metadata_from(entries: &[front_matter::Entry<'_>]) -> Result<Metadata, Error> {
    let mut metadata = Metadata::default();
    for entry in entries {
        let value = entry.value.to_string();
        match entry.key.to_ascii_lowercase().as_str() {
            "title" => metadata.title = Some(value),
            "source" => metadata.source = Some(value),
            "url" => metadata.url = Some(value),
            "published" | "date" => {
                let published = Published::parse(entry.value).ok_or_else(|| {
                    Error::at(
                        ErrorKind::FrontMatter,
                        Position::Line(entry.line),
                        format!(
                            "front matter: {:?} is not a date (YYYY-MM-DD) or an RFC 3339 date-time: {:?}",
                            entry.key, entry.value
                        ),
                    )
                })?;
                metadata.published = Some(published);
            }
            _ => {
                metadata.extra.insert(entry.key.to_string(), value);
            }
        }
    }
    Ok(metadata)
}

/// Maps byte offsets of the analysed text to byte offsets of the file.
///
/// The text is a sequence of runs, each either copied verbatim from the file or one decoded
/// character reference standing for several source bytes.
#[derive(Debug, Clone, Default)]
struct OffsetMap {
    runs: Vec<Run>,
}

#[derive(Debug, Clone, Copy)]
struct Run {
    text_start: usize,
    text_len: usize,
    source_start: usize,
    source_len: usize,
}

impl OffsetMap {
    fn shifted(source_start: usize, len: usize) -> OffsetMap {
        OffsetMap {
            runs: vec![Run {
                text_start: 0,
                text_len: len,
                source_start,
                source_len: len,
            }],
        }
    }

    fn push(&mut self, text_start: usize, text_len: usize, source_start: usize, source_len: usize) {
        if text_len > 0 {
            self.runs.push(Run {
                text_start,
                text_len,
                source_start,
                source_len,
            });
        }
    }

    fn to_source(&self, text: Range<usize>) -> Span {
        // A plain-text report is one run, its text shifted by the front matter: nothing to
        // search (every mention asks for several spans).
        if let [run] = self.runs.as_slice() {
            if run.text_len == run.source_len {
                let at = |offset: usize| {
                    run.source_start + offset.saturating_sub(run.text_start).min(run.text_len)
                };
                let start = at(text.start);
                return Span::new(start, at(text.end).max(start));
            }
        }
        let start = self.position(text.start, false);
        Span::new(start, self.position(text.end, true).max(start))
    }

    /// The source offset of a text offset; at a run boundary, `end` picks the end of the run
    /// before it rather than the start of the run after it.
    fn position(&self, offset: usize, end: bool) -> usize {
        if self.runs.is_empty() {
            return 0;
        }
        let index = self
            .runs
            .partition_point(|run| {
                if end {
                    run.text_start < offset
                } else {
                    run.text_start <= offset
                }
            })
            .saturating_sub(1);
        let run = self.runs[index];
        let within = offset.saturating_sub(run.text_start).min(run.text_len);
        if run.text_len == run.source_len {
            run.source_start + within
        } else if within == 0 {
            run.source_start
        } else {
            run.source_start + run.source_len
        }
    }

    fn to_text(&self, span: Span) -> Option<Range<usize>> {
        let start = self.text_offset(span.start)?;
        let end = self.text_offset(span.end)?;
        (start <= end).then_some(start..end)
    }

    fn text_offset(&self, source: usize) -> Option<usize> {
        let index = self
            .runs
            .partition_point(|run| run.source_start <= source)
            .checked_sub(1)?;
        let run = self.runs[index];
        let within = source - run.source_start;
        if within > run.source_len {
            return None;
        }
        if run.text_len == run.source_len {
            Some(run.text_start + within)
        } else {
            Some(run.text_start + if within == 0 { 0 } else { run.text_len })
        }
    }
}

struct TimemlRead {
    docid: Option<String>,
    dct: Option<Published>,
    text: String,
    map: OffsetMap,
    marked: Vec<MarkedTimex>,
}

fn timeml_error(offset: usize, message: impl Into<String>) -> Error {
    Error::at(ErrorKind::TimeMl, Position::Byte(offset), message)
}

/// TimeML nests a few elements deep; a stack deeper than this is hostile, and refused before
/// it costs memory in proportion to the file.
const MAX_TIMEML_DEPTH: usize = 1_000;

/// The open elements, innermost last, with how many of those the reader asks about are open:
/// looking through the stack at every item would cost its depth each time.
#[derive(Default)]
struct Open<'a> {
    stack: Vec<(&'a str, usize)>,
    text: usize,
    dct: usize,
    docid: usize,
}

impl<'a> Open<'a> {
    fn count(&mut self, name: &str) -> Option<&mut usize> {
        match name {
            "TEXT" => Some(&mut self.text),
            "DCT" => Some(&mut self.dct),
            "DOCID" => Some(&mut self.docid),
            _ => None,
        }
    }

    fn push(&mut self, name: &'a str, offset: usize) -> Result<(), Error> {
        if self.stack.len() >= MAX_TIMEML_DEPTH {
            return Err(Error::at(
                ErrorKind::Limit,
                Position::Byte(offset),
                format!("elements nested more than {MAX_TIMEML_DEPTH} deep"),
            ));
        }
        if let Some(count) = self.count(name) {
            *count += 1;
        }
        self.stack.push((name, offset));
        Ok(())
    }

    fn pop(&mut self) -> Option<(&'a str, usize)> {
        let (name, offset) = self.stack.pop()?;
        if let Some(count) = self.count(name) {
            *count -= 1;
        }
        Some((name, offset))
    }
}

/// Walks the markup once, keeping the text of `<TEXT>` and the creation time.
fn read_timeml(source: &str) -> Result<TimemlRead, Error> {
    let mut open = Open::default();
    let mut read = TimemlRead {
        docid: None,
        dct: None,
        text: String::new(),
        map: OffsetMap::default(),
        marked: Vec::new(),
    };
    let mut text_elements = 0;
    let mut open_timexes: Vec<(usize, BTreeMap<String, String>)> = Vec::new();
    let mut docid = String::new();
    for item in markup::items(source) {
        let (offset, item) = item.map_err(|e| timeml_error(e.offset, e.message))?;
        match item {
            markup::Item::Start {
                name,
                attributes,
                empty,
            } => {
                if name == "TEXT" {
                    text_elements += 1;
                    if text_elements > 1 {
                        return Err(timeml_error(offset, "a second <TEXT> element"));
                    }
                }
                if name == "TIMEX3" && open.dct > 0 {
                    let creation = markup::attribute_value(&attributes, "functionInDocument")
                        .is_none_or(|f| f == "CREATION_TIME");
                    let value = markup::attribute_value(&attributes, "value").unwrap_or("");
                    // `XXXX-XX-XX` is TimeML's unknown creation time, as `render::timeml`
                    // writes it for an undated report: no date, and no error.
                    let unknown =
                        !value.is_empty() && value.chars().all(|c| matches!(c, 'X' | '-'));
                    if creation && !unknown && read.dct.is_none() {
                        read.dct = Some(Published::parse(value).ok_or_else(|| {
                            timeml_error(
                                offset,
                                format!("the creation time is not a date: {value:?}"),
                            )
                        })?);
                    }
                }
                if name == "TIMEX3" && open.text > 0 && !empty {
                    let attributes = attributes
                        .iter()
                        .map(|(k, v)| (k.to_string(), v.to_string()))
                        .collect();
                    open_timexes.push((read.text.len(), attributes));
                }
                if !empty {
                    open.push(name, offset)?;
                }
            }
            markup::Item::End { name } => {
                match open.pop() {
                    Some((opened, _)) if opened == name => {}
                    Some((opened, at)) => {
                        return Err(timeml_error(
                            offset,
                            format!("</{name}> closes <{opened}> opened at byte {at}"),
                        ));
                    }
                    None => return Err(timeml_error(offset, format!("</{name}> closes nothing"))),
                }
                if name == "TIMEX3" && open.text > 0 {
                    if let Some((start, attributes)) = open_timexes.pop() {
                        let span = read.map.to_source(start..read.text.len());
                        read.marked.push(MarkedTimex { span, attributes });
                    }
                }
            }
            markup::Item::Text(raw) => {
                if open.text > 0 {
                    append_decoded(&mut read, raw, offset)?;
                } else if open.docid > 0 {
                    docid.push_str(raw);
                }
            }
            markup::Item::Other => {}
        }
    }
    if let Some((name, at)) = open.pop() {
        return Err(timeml_error(at, format!("<{name}> is never closed")));
    }
    if text_elements == 0 {
        return Err(Error::message(ErrorKind::TimeMl, "no <TEXT> element"));
    }
    let docid = docid.trim();
    if !docid.is_empty() {
        read.docid = Some(docid.to_string());
    }
    read.marked.sort_by_key(|timex| timex.span);
    Ok(read)
}

fn append_decoded(read: &mut TimemlRead, raw: &str, offset: usize) -> Result<(), Error> {
    let pieces = markup::decode(raw).map_err(|e| timeml_error(offset + e.offset, e.message))?;
    let mut source_at = offset;
    for piece in pieces {
        match piece {
            markup::Piece::Verbatim(text) => {
                read.map
                    .push(read.text.len(), text.len(), source_at, text.len());
                read.text.push_str(text);
                source_at += text.len();
            }
            markup::Piece::Reference { decoded, len } => {
                read.map
                    .push(read.text.len(), decoded.len_utf8(), source_at, len);
                read.text.push(decoded);
                source_at += len;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_sets_metadata_and_spans_point_into_the_file() {
        let source =
            "---\ntitle: Talks fail\npublished: 2025-10-30\nsection: world\n---\nOn Tuesday.";
        let document = Document::parse("a", source.to_string()).unwrap();
        assert_eq!(document.text(), "On Tuesday.");
        assert_eq!(
            document.published().unwrap().date,
            NaiveDate::from_ymd_opt(2025, 10, 30).unwrap()
        );
        assert_eq!(document.metadata().extra["section"], "world");
        let span = document.source_span(3..10);
        assert_eq!(document.slice(span), "Tuesday");
        assert_eq!(document.text_range(span), Some(3..10));
    }

    #[test]
    fn bad_published_date_names_the_line() {
        let error =
            Document::parse("a", "---\ntitle: x\npublished: 2025-13-01\n---\n".into()).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::FrontMatter);
        assert_eq!(error.position(), Some(Position::Line(3)));
    }

    #[test]
    fn invalid_utf8_gives_the_byte_offset() {
        let error = Document::from_bytes("a", b"ok \xff no".to_vec()).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Encoding);
        assert_eq!(error.position(), Some(Position::Byte(3)));
    }

    #[test]
    fn published_accepts_dates_and_offsets() {
        let p = Published::parse("2025-10-30T14:05:00+05:00").unwrap();
        assert_eq!(p.to_string(), "2025-10-30T14:05:00+05:00");
        assert!(Published::parse("30/10/2025").is_none());
    }

    const TIMEML: &str = r#"<?xml version="1.0" ?>
<TimeML>
<DOCID>ABC1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>AT&amp;T fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>.</TEXT>
</TimeML>
"#;

    #[test]
    fn timeml_text_dct_and_marked_timexes() {
        let document = Document::parse_timeml("abc", TIMEML.to_string()).unwrap();
        assert_eq!(document.text(), "AT&T fell yesterday.");
        assert_eq!(document.metadata().extra["docid"], "ABC1");
        assert_eq!(document.published().unwrap().date.to_string(), "1998-01-08");
        let marked = &document.marked_timexes()[0];
        assert_eq!(document.slice(marked.span), "yesterday");
        assert_eq!(marked.attributes["value"], "1998-01-07");
        // "AT&T" in the text is "AT&amp;T" in the file.
        let span = document.source_span(0..4);
        assert_eq!(document.slice(span), "AT&amp;T");
        assert_eq!(document.text_range(span), Some(0..4));
    }

    #[test]
    fn malformed_timeml_names_the_offset() {
        let broken = TIMEML.replace("</TIMEX3>.", "</EVENT>.");
        let error = Document::parse_timeml("abc", broken).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::TimeMl);
        assert!(matches!(error.position(), Some(Position::Byte(_))));
        let error = Document::parse_timeml("x", "<TimeML></TimeML>".into()).unwrap_err();
        assert_eq!(error.to_string(), "no <TEXT> element");
    }
}

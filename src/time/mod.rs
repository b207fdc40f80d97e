//! Temporal expressions: finding them, and normalizing them against the report's date.
//!
//! [`tag`] runs the scanner of `parse` over a [`Document`]'s text and anchors every phrase:
//! deictic ones ("yesterday", "on Tuesday", "last week") against the publication date,
//! anaphoric ones ("two days later", "the previous day") against the narrative time — the
//! latest fully dated day mentioned before them. Values keep what was written: a clock time
//! keeps its zone as an offset, a duration its unit.

mod anchor;
pub(crate) mod expr;
mod point;

use crate::document::Document;
use crate::limits::Limits;
use crate::span::{DocumentId, Span};
use chrono::{FixedOffset, NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The four TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TimexType {
    /// A calendar date or period: "October 9", "last week", "the 1990s".
    Date,
    /// A time of day: "5.30 PM (Kabul time)", "Friday night".
    Time,
    /// A length of time: "48-hour", "four days".
    Duration,
    /// A recurring time: "every Friday".
    Set,
}

impl TimexType {
    /// The TIMEX3 attribute value: `DATE`, `TIME`, `DURATION`, `SET`.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

impl fmt::Display for TimexType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The TIMEX3 `mod` attribute: how the text qualifies the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[allow(missing_docs)]
pub enum Modifier {
    Before,
    After,
    OnOrBefore,
    OnOrAfter,
    LessThan,
    MoreThan,
    EqualOrLess,
    EqualOrMore,
    Start,
    Mid,
    End,
    Approx,
}

impl Modifier {
    /// The attribute value, e.g. `MORE_THAN`.
    pub fn as_str(self) -> &'static str {
        match self {
            Modifier::Before => "BEFORE",
            Modifier::After => "AFTER",
            Modifier::OnOrBefore => "ON_OR_BEFORE",
            Modifier::OnOrAfter => "ON_OR_AFTER",
            Modifier::LessThan => "LESS_THAN",
            Modifier::MoreThan => "MORE_THAN",
            Modifier::EqualOrLess => "EQUAL_OR_LESS",
            Modifier::EqualOrMore => "EQUAL_OR_MORE",
            Modifier::Start => "START",
            Modifier::Mid => "MID",
            Modifier::End => "END",
            Modifier::Approx => "APPROX",
        }
    }

    /// Reads an attribute value such as `MORE_THAN`.
    pub fn from_code(code: &str) -> Option<Modifier> {
        Some(match code {
            "BEFORE" => Modifier::Before,
            "AFTER" => Modifier::After,
            "ON_OR_BEFORE" => Modifier::OnOrBefore,
            "ON_OR_AFTER" => Modifier::OnOrAfter,
            "LESS_THAN" => Modifier::LessThan,
            "MORE_THAN" => Modifier::MoreThan,
            "EQUAL_OR_LESS" => Modifier::EqualOrLess,
            "EQUAL_OR_MORE" => Modifier::EqualOrMore,
            "START" => Modifier::Start,
            "MID" => Modifier::Mid,
            "END" => Modifier::End,
            "APPROX" => Modifier::Approx,
            _ => return None,
        })
    }
}

impl fmt::Display for Modifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An inclusive bound of an interval, in the report's own calendar: a day, or a minute with
/// the offset it was written with (never shifted to UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bound {
    /// A whole day.
    Day(NaiveDate),
    /// A minute of a day, with the written UTC offset if there was one.
    Minute {
        /// The day.
        date: NaiveDate,
        /// The time of day.
        time: NaiveTime,
        /// The written offset; `None` for local time.
        offset: Option<FixedOffset>,
    },
}

impl Bound {
    /// The calendar day of the bound.
    pub fn date(&self) -> NaiveDate {
        match *self {
            Bound::Day(date) | Bound::Minute { date, .. } => date,
        }
    }

    /// The one day an interval lies in, when both its bounds fall on it.
    pub(crate) fn one_day(earliest: Option<Bound>, latest: Option<Bound>) -> Option<NaiveDate> {
        match (earliest, latest) {
            (Some(a), Some(b)) if a.date() == b.date() => Some(a.date()),
            _ => None,
        }
    }

    /// Reads `2025-10-09` or `2025-10-15T17:30`, optionally with `+04:30` or `Z`.
    pub fn parse(text: &str) -> Option<Bound> {
        if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            return Some(Bound::Day(date));
        }
        let (date, rest) = text.split_once('T')?;
        let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
        let (clock, offset) = match rest.find(['+', '-', 'Z']) {
            Some(at) => (&rest[..at], Some(&rest[at..])),
            None => (rest, None),
        };
        let time = NaiveTime::parse_from_str(clock, "%H:%M").ok()?;
        let offset = match offset {
            None => None,
            Some("Z") => Some(FixedOffset::east_opt(0)?),
            Some(text) => Some(text.parse::<FixedOffset>().ok()?),
        };
        Some(Bound::Minute { date, time, offset })
    }
}

impl fmt::Display for Bound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Bound::Day(date) => write!(f, "{}", date.format("%Y-%m-%d")),
            Bound::Minute { date, time, offset } => {
                write!(f, "{}T{}", date.format("%Y-%m-%d"), time.format("%H:%M"))?;
                if let Some(offset) = offset {
                    write!(f, "{offset}")?;
                }
                Ok(())
            }
        }
    }
}

impl Serialize for Bound {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Bound {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Bound::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("not a bound: {text:?}")))
    }
}

/// What a relative expression was anchored to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Anchor {
    /// Nothing: the expression is absolute ("9 October 2025") or a length of time.
    None,
    /// The report's publication date (or the caller's reference date).
    Publication,
    /// The narrative time: the latest fully dated day mentioned before it.
    Narrative,
    /// Nothing was available, so the value is underspecified (`XXXX-10-09`).
    Missing,
}

/// One temporal expression, normalized.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Timex {
    /// The report it is in.
    pub document: DocumentId,
    /// Where it is in the file (serialized as `start` and `end`).
    #[serde(flatten)]
    pub span: Span,
    /// The text as written.
    pub text: String,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value: `2025-10-09`, `2025-W43`, `P4D`, `PT48H`, `2025-10-15T17:30+04:30`,
    /// `PAST_REF`, `XXXX-10-09`.
    pub value: String,
    /// TIMEX3 `mod`: `MORE_THAN`, `START`, ...
    #[serde(rename = "mod")]
    pub modifier: Option<Modifier>,
    /// Earliest moment it can denote, inclusive; `None` when unbounded or not a date.
    pub earliest: Option<Bound>,
    /// Latest moment it can denote, inclusive.
    pub latest: Option<Bound>,
    /// What it was anchored to.
    pub anchor: Anchor,
}

/// Something worth a reader's attention that is not an error: a weekday that contradicts its
/// own date, a relative date with nothing to anchor it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Diagnostic {
    /// The report it is in.
    pub document: DocumentId,
    /// The text it is about (serialized as `start` and `end`).
    #[serde(flatten)]
    pub span: Span,
    /// What kind of observation.
    pub kind: DiagnosticKind,
    /// A sentence for people.
    pub message: String,
}

/// Kinds of [`Diagnostic`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DiagnosticKind {
    /// "late Tuesday (October 29)" when October 29 was a Wednesday.
    WeekdayMismatch,
    /// A relative expression in a report with no date and no earlier full date.
    Unanchored,
}

/// How a bare weekday ("on Tuesday") is placed relative to the report's date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum WeekdayPolicy {
    /// The nearest such day on or before the report's date, unless the tense or wording of
    /// the sentence points forward ("will meet on Friday"). News mostly reports what happened.
    #[default]
    PastUnlessFuture,
    /// Always on or before the report's date.
    Past,
    /// Always the nearest such day, before or after.
    Nearest,
}

/// Options for [`tag_with`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TagOptions {
    /// Placement of bare weekdays.
    pub weekday_policy: WeekdayPolicy,
    /// The date to anchor to when a report has no publication date of its own.
    pub reference_date: Option<NaiveDate>,
    /// Bounds on the tagger's work; only [`Limits::max_expression_bytes`] applies here.
    pub limits: Limits,
}

/// The temporal expressions of one report, with diagnostics.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tagging {
    /// In text order.
    pub timexes: Vec<Timex>,
    /// In text order.
    pub diagnostics: Vec<Diagnostic>,
    /// For a report without a publication date of its own, the date it gives itself on a
    /// labelled line above its story ("Last updated: 1 December 2023", "Published on 24
    /// November 2023"), as a live blog or a saved web page does. The report is anchored to it
    /// as to a publication date. A bare date at the top of a page is not read so: it is as
    /// often the day the page was fetched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub masthead: Option<NaiveDate>,
}

/// The length of a TIMEX3 duration value in minutes, so that lengths written in different
/// units compare: "PT48H" and "P2D" are both 2,880. A month counts 30 days and a year 365;
/// `None` for what is not a duration with numbers ("PXD", "P1DT", "P5").
///
/// ```
/// assert_eq!(chronicle::duration_minutes("PT48H"), chronicle::duration_minutes("P2D"));
/// assert_eq!(chronicle::duration_minutes("P1W"), Some(10_080));
/// assert_eq!(chronicle::duration_minutes("PXD"), None);
/// assert_eq!(chronicle::duration_minutes("P1DT"), None);
/// assert_eq!(chronicle::duration_minutes("P5"), None);
/// assert_eq!(chronicle::duration_minutes("P1DT12H"), Some(2_160));
/// ```
pub fn duration_minutes(duration: &str) -> Option<u64> {
    let body = duration.strip_prefix('P')?;
    let (date, time) = match body.split_once('T') {
        Some((_, "")) => return None,
        Some((date, time)) => (date, time),
        None => (body, ""),
    };
    let mut total = 0u64;
    let mut units = 0;
    for (part, clock) in [(date, false), (time, true)] {
        let mut number = 0..0;
        for (at, c) in part.char_indices() {
            if c.is_ascii_digit() || c == '.' {
                number = if number.is_empty() {
                    at..at + 1
                } else {
                    number.start..at + 1
                };
                continue;
            }
            let value: f64 = part.get(number.clone())?.parse().ok()?;
            number = 0..0;
            let unit = match (c, clock) {
                ('Y', false) => 525_600.0,
                ('M', false) => 43_200.0,
                ('W', false) => 10_080.0,
                ('D', false) => 1_440.0,
                ('H', true) => 60.0,
                ('M', true) => 1.0,
                ('S', true) => 1.0 / 60.0,
                _ => return None,
            };
            // A cast from a float saturates: an absurd length cannot wrap.
            total = total.saturating_add((value * unit) as u64);
            units += 1;
        }
        if !number.is_empty() {
            return None;
        }
    }
    (units > 0).then_some(total)
}

/// Finds and normalizes every temporal expression of a report, with default options.
///
/// # Example
/// ```
/// use chronicle::{Document, Metadata, Published, tag};
/// use chrono::NaiveDate;
///
/// let published = Published::date(NaiveDate::from_ymd_opt(2025, 10, 30).unwrap());
/// let metadata = Metadata { published: Some(published), ..Metadata::default() };
/// let report = Document::from_text("r1", "The four-day talks failed on Tuesday.", metadata);
/// let values: Vec<_> = tag(&report).timexes.into_iter().map(|t| t.value).collect();
/// assert_eq!(values, ["P4D", "2025-10-28"]);
/// ```
pub fn tag(document: &Document) -> Tagging {
    tag_with(document, &TagOptions::default())
}

/// Finds and normalizes every temporal expression of a report.
pub fn tag_with(document: &Document, options: &TagOptions) -> Tagging {
    anchor::anchor_all(document, options)
}

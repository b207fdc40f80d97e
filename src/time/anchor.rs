//! Anchoring: from what a phrase says to a TIMEX3 value and an earliest/latest interval.
//!
//! Deictic phrases count from the publication date; anaphoric ones ("two days later") from the
//! narrative time, the latest fully dated day mentioned before them. A report without a date
//! falls back to the narrative time for both, and without that the value stays underspecified
//! (`XXXX-10-09`) rather than borrowing a year from nowhere.

use super::expr::{
    Amount, Anchoring, Clock, DayPart, Expr, Holiday, Portion, Reading, Shift, Unit, YearPart,
    YearRef,
};
use super::point::{Point, SeasonKey, day_value, push_padded, shift_date, weekday_near};
use super::{
    Anchor, Bound, Diagnostic, DiagnosticKind, Modifier, TagOptions, Tagging, Timex, TimexType,
    WeekdayPolicy,
};
use crate::document::Document;
use crate::parse::{self, Found, WordTense};
use chrono::{Datelike, Duration, FixedOffset, NaiveDate, NaiveTime, Timelike, Weekday};
use std::cell::Cell;
use std::ops::Range;

/// A phrase anchored: everything a [`Timex`] needs but its place.
#[derive(Debug, Clone)]
struct Resolved {
    kind: TimexType,
    value: String,
    earliest: Option<Bound>,
    latest: Option<Bound>,
    anchor: Anchor,
    /// The day it denotes, when it denotes exactly one with a known year.
    day: Option<NaiveDate>,
    /// The calendar period it denotes, when it is one.
    point: Option<Point>,
}

impl Resolved {
    fn unbounded(kind: TimexType, value: String, anchor: Anchor) -> Resolved {
        Resolved {
            kind,
            value,
            earliest: None,
            latest: None,
            anchor,
            day: None,
            point: None,
        }
    }

    fn point(point: Point, anchor: Anchor) -> Resolved {
        let (first, last) = point.bounds();
        Resolved {
            kind: TimexType::Date,
            value: point.value(),
            earliest: Some(Bound::Day(first)),
            latest: Some(Bound::Day(last)),
            anchor,
            day: match point {
                Point::Day(date) => Some(date),
                _ => None,
            },
            point: Some(point),
        }
    }
}

struct State<'a> {
    publication: Option<NaiveDate>,
    narrative: Option<NaiveDate>,
    /// The last quarter or half of a year the story named: financial news compares "the
    /// quarter" with "the year-ago quarter" and "a year earlier", and economic news "the first
    /// half" with "the same period last year", at that granularity.
    reported: Option<Point>,
    /// The months of a year to date the story named last, when it named them after any quarter
    /// or half: "In the first nine months ... the year-earlier period" is those nine months a
    /// year before, a length of time (TIMEX3 writes `P9M`).
    reported_months: Option<u32>,
    /// The tense word of the phrase being anchored governs it directly ("ended Jan. 31",
    /// "In January, the company brought in"): it outweighs which year is nearer.
    tense_close: bool,
    /// The phrase follows "since": it began before the anchor, however near a later one is
    /// ("the weakest rise since April" in March is last April).
    since: bool,
    /// The first day of the last month the story named, by a date or by a month alone:
    /// "In March, ... The following month" is April, though "March" sets no narrative day.
    narrative_month: Option<NaiveDate>,
    /// The year of the last period the story named within one year, a year alone included:
    /// "The law passed in 1994. The following year, ..." is 1995, "five years earlier" 1989.
    narrative_year: Option<i32>,
    /// A year that opens its sentence ("In 2012, ...", "Last year's storm, ..."), with the
    /// end of its phrase: a month or day without a year later in that sentence is in it.
    /// Dropped as the sentence ends.
    frame: Option<(i32, usize)>,
    /// The last day any phrase named, inferred or not: "that evening" and "the next morning"
    /// are told of it ("broke up on Tuesday ... told reporters that evening").
    last_day: Option<NaiveDate>,
    /// Which third of `last_day` the phrase that named it kept: "late Monday" is its last
    /// eight hours, so "twelve hours later" is past midnight.
    last_day_third: Option<Modifier>,
    /// The end of the last phrase in the story told as still to come: "He will meet Abbas on
    /// Thursday and fly to Amman on Friday afternoon" puts Friday ahead too, though "will" is
    /// too far back to find.
    coming_end: Option<usize>,
    /// The story's day before a day still to come took its place, which lasts only to the end
    /// of its paragraph: after "The next meeting is April 30 to May 1.", the next paragraph's
    /// "the 2 p.m. announcement" is back on the story's day.
    before_coming: Option<Option<NaiveDate>>,
    options: &'a TagOptions,
}

impl State<'_> {
    /// The anchor for phrases counted from the report's date.
    fn speech(&self) -> Option<(NaiveDate, Anchor)> {
        match (self.publication, self.narrative) {
            (Some(date), _) => Some((date, Anchor::Publication)),
            (None, Some(date)) => Some((date, Anchor::Narrative)),
            (None, None) => None,
        }
    }

    /// The anchor for phrases counted from the story's time.
    fn story(&self) -> Option<(NaiveDate, Anchor)> {
        match (self.narrative, self.publication) {
            (Some(date), _) => Some((date, Anchor::Narrative)),
            (None, Some(date)) => Some((date, Anchor::Publication)),
            (None, None) => None,
        }
    }

    /// The year that frames the phrase being read (see [`State::frame`]).
    fn frame_year(&self) -> Option<i32> {
        self.frame.map(|(year, _)| year)
    }

    fn anchor_for(&self, anchoring: Anchoring) -> Option<(NaiveDate, Anchor)> {
        match anchoring {
            Anchoring::Speech | Anchoring::Nearest => self.speech(),
            Anchoring::Narrative => self.story(),
        }
    }
}

/// Tags a whole document.
pub(super) fn anchor_all(document: &Document, options: &TagOptions) -> Tagging {
    let text = document.text();
    let mut found = FOUND.take();
    parse::scan_into(text, options.limits.max_expression_bytes, &mut found);
    let masthead = match document.published() {
        Some(_) => None,
        None => masthead(text, &found),
    };
    let mut state = State {
        publication: document
            .published()
            .map(|p| p.date)
            .or(masthead)
            .or(options.reference_date),
        narrative: None,
        reported: None,
        reported_months: None,
        tense_close: false,
        since: false,
        narrative_month: None,
        narrative_year: None,
        frame: None,
        last_day: None,
        last_day_third: None,
        before_coming: None,
        coming_end: None,
        options,
    };
    let mut tagging = Tagging {
        masthead,
        ..Tagging::default()
    };
    let mut resolved_all = RESOLVED.take();
    resolved_all.clear();
    resolved_all.reserve(found.len());
    for (index, item) in found.iter().enumerate() {
        if state
            .frame
            .is_some_and(|(_, end)| sentence_between(text, end, item.range.start))
        {
            state.frame = None;
        }
        let previous_end = index.checked_sub(1).map_or(0, |i| found[i].range.end);
        if state.before_coming.is_some() && paragraph_between(text, previous_end, item.range.start)
        {
            state.narrative = state.before_coming.take().flatten();
        }
        // Each entry of a live blog is written on the blog's day, whatever day the entry
        // before it told of: its stamp starts the story over from there.
        if let Some(day) = state.publication.filter(|_| entry_stamp(text, item)) {
            state.narrative = Some(day);
            state.last_day = Some(day);
            state.last_day_third = None;
        }
        // Only phrases placed relative to now need the verb's tense; finding it costs a walk
        // back through the sentence.
        let (tense, close) = if needs_tense(&item.reading.expr) {
            let clause = governed_from(text, &found[..index], item.range.start);
            match tense_before(text, clause) {
                Some((tense, words)) => {
                    (Some(tense), words <= 2 && governs(text, item.range.start))
                }
                // "In January, American Medical brought in ...": a date put first in its
                // sentence takes the verb that follows, and a past verb there tells a past
                // month however near the coming one is.
                None => {
                    // "is in Paris until Tuesday", "has until Sunday to comply": with no verb
                    // that tells the time, a time something lasts until is still to come.
                    let after = tense_after(text, item.range.end);
                    let tense = after.map(|(tense, _)| tense).or_else(|| {
                        until_before(text, item.range.start).then_some(WordTense::Future)
                    });
                    let fronted =
                        after_in(text, item.range.start) && text[item.range.end..].starts_with(',');
                    // "Sales in February were weak": the verb right after the phrase is its
                    // subject's, and tells its time as a verb right before it does.
                    let next = after.is_some_and(|(_, words)| words == 0);
                    (tense, (fronted || next) && tense == Some(WordTense::Past))
                }
            }
        } else if matches!(item.reading.expr, Expr::Time { day: None, .. }) {
            // "is due to speak at 20:00", "will meet at noon": a clock still to come is not on
            // a past day of the story. Only these words tell it: "went ahead near midnight"
            // and "by 08:00 the next morning" are told of the story's days.
            // And "told reporters at midday" after a day still to come is on no day to come.
            // Asked only where it can change the day: the story is on another day than the
            // report's.
            let tense = match (state.narrative, state.publication) {
                (Some(story), Some(today)) if story < today => {
                    word_in_sentence_before(text, item.range.start, &PLANNING)
                        .then_some(WordTense::Future)
                }
                (Some(story), Some(today)) if story > today => {
                    let clause = governed_from(text, &found[..index], item.range.start);
                    tense_before(text, clause)
                        .map(|(tense, _)| tense)
                        .filter(|&tense| tense == WordTense::Past)
                }
                _ => None,
            };
            (tense, false)
        } else {
            (None, false)
        };
        let coming = state.coming_end.is_some_and(|end| {
            tense.is_none()
                && needs_tense(&item.reading.expr)
                && !sentence_between(text, end, item.range.start)
        });
        let tense = if coming {
            Some(WordTense::Future)
        } else {
            tense
        };
        state.coming_end = (tense == Some(WordTense::Future)).then_some(item.range.end);
        // "would be judged by whether the guns fell silent overnight": a past verb under a
        // modal tells of a night still to come.
        let tense = tense.filter(|&tense| {
            !(matches!(item.reading.expr, Expr::Overnight)
                && tense == WordTense::Past
                && modal_before(text, item.range.start))
        });
        state.tense_close = close;
        state.since = word_right_before(text, item.range.start, &["since"]);
        let resolved = resolve(&item.reading, tense, &state);
        // In a report without a date, only a date written with its year sets the story's
        // time: a year inferred from the narrative itself would feed on its own guess.
        let written_year = matches!(
            item.reading.expr,
            Expr::Date {
                year: Some(_),
                day: Some(_),
                ..
            }
        );
        // "the following morning", "that evening" place an aside on the story's day; the
        // story goes on from its day ("... the following morning. Two days later, ...").
        let aside = matches!(
            &item.reading.expr,
            Expr::PartOfDay { day, .. } if matches!(
                **day,
                Expr::Period {
                    anchoring: crate::time::expr::Anchoring::Narrative,
                    ..
                }
            )
        );
        // "overnight" places an aside too, but the night it found is the one the sentences
        // after it tell of ("was shelled overnight. Residents spent the night in basements").
        let overnight = matches!(item.reading.expr, Expr::Overnight);
        if let Some(day) = resolved
            .day
            .filter(|_| !aside && !overnight && (state.publication.is_some() || written_year))
        {
            let coming = state.publication.is_some_and(|today| day > today);
            if !coming {
                state.before_coming = None;
            } else if state.before_coming.is_none() {
                state.before_coming = Some(state.narrative);
            }
            state.narrative = Some(day);
        }
        if let Some(day) = resolved.day.filter(|_| !aside) {
            state.last_day = Some(day);
            state.last_day_third = item.reading.modifier;
        }
        // "BEIJING, March 3 (Xinhua) --": the story was written on its dateline's day, which
        // "today" and "on Tuesday" count from, whatever day the report was filed or stamped.
        if let Some(day) = resolved.day.filter(|_| {
            item.range.start < MASTHEAD_BYTES
                && (state.publication.is_some() || written_year)
                && dateline(text, item)
        }) {
            state.publication = Some(day);
        }
        let month = match resolved.point {
            Some(Point::Month(year, month)) => NaiveDate::from_ymd_opt(year, month, 1),
            _ => resolved.day.and_then(|d| d.with_day(1)),
        };
        // "the same month last year" compares; the story stays in its month.
        let comparison = matches!(
            item.reading.expr,
            Expr::Period {
                unit: Unit::Month,
                offset: -12,
                anchoring: Anchoring::Narrative,
            }
        );
        if let Some(month) =
            month.filter(|_| !comparison && (state.publication.is_some() || written_year))
        {
            state.narrative_month = Some(month);
        }
        if let Some(year) = resolved
            .point
            .and_then(year_of)
            .filter(|_| !comparison && (state.publication.is_some() || written_year))
        {
            state.narrative_year = Some(year);
        }
        // Only a year named ("2012", "last year"), not the report's own ("the year").
        let named_year = matches!(
            item.reading.expr,
            Expr::Date {
                year: Some(_),
                month: None,
                ..
            } | Expr::Period {
                unit: Unit::Year,
                offset: 1..,
                ..
            } | Expr::Period {
                unit: Unit::Year,
                offset: ..=-1,
                ..
            }
        );
        if let Some(Point::Year(year)) = resolved.point.filter(|_| named_year) {
            if opens_sentence(text, item.range.start) {
                state.frame = Some((year, item.range.end));
            }
        }
        if let (Some(point @ (Point::Quarter(..) | Point::Half(..))), Expr::YearPart { .. }) =
            (resolved.point, &item.reading.expr)
        {
            state.reported = Some(point);
            state.reported_months = None;
        }
        if let Some(months) = months_to_date(&item.reading.expr, &text[item.range.clone()]) {
            state.reported_months = Some(months);
        }
        if resolved.anchor == Anchor::Missing {
            tagging.diagnostics.push(Diagnostic {
                document: document.id().clone(),
                span: document.source_span(item.range.clone()),
                kind: DiagnosticKind::Unanchored,
                message: format!(
                    "{:?} has nothing to anchor to (no publication date and no earlier full date); its value is left underspecified",
                    &text[item.range.clone()]
                ),
            });
        }
        resolved_all.push(resolved);
    }
    clocks_before_their_day(
        document,
        &found,
        &mut resolved_all,
        &mut tagging.diagnostics,
    );
    clocks_given_in_another_zone(document, &found, &mut resolved_all);
    clock_ranges_past_midnight(text, &found, &mut resolved_all);
    check_weekdays(
        document,
        &found,
        &mut resolved_all,
        &mut tagging.diagnostics,
    );
    tagging.timexes.reserve_exact(found.len());
    for (item, resolved) in found.iter().zip(resolved_all.drain(..)) {
        tagging.timexes.push(Timex {
            document: document.id().clone(),
            span: document.source_span(item.range.clone()),
            text: text[item.range.clone()].to_string(),
            kind: resolved.kind,
            value: resolved.value,
            modifier: item.reading.modifier,
            earliest: resolved.earliest,
            latest: resolved.latest,
            anchor: resolved.anchor,
        });
    }
    tagging.diagnostics.sort_by_key(|d| d.span);
    found.clear();
    if found.capacity() <= KEPT_PHRASES {
        FOUND.set(found);
    }
    if resolved_all.capacity() <= KEPT_PHRASES {
        RESOLVED.set(resolved_all);
    }
    tagging
}

/// The most phrases whose room [`anchor_all`] keeps for the next report on its thread: a
/// long report's lists are let go rather than held.
const KEPT_PHRASES: usize = 4096;

thread_local! {
    /// The lists of a report's phrases and their values, emptied and kept for the next
    /// report: allocated anew, each was a block of some kilobytes, whose allocation had the
    /// allocator sort its freed small blocks first (a few thousand instructions a report).
    static FOUND: Cell<Vec<Found>> = const { Cell::new(Vec::new()) };
    static RESOLVED: Cell<Vec<Resolved>> = const { Cell::new(Vec::new()) };
}

/// Clock times told before their day, across a parenthesis or "on": "7 a.m. local time
/// (0400 GMT) on Tuesday" are both on Tuesday, not on the story's day. Only a date or a
/// weekday gives the day: a clock in another zone ("2:30 a.m. Tehran time (2300 GMT
/// Saturday)") may fall on another date.
fn clocks_before_their_day(
    document: &Document,
    found: &[Found],
    resolved: &mut [Resolved],
    diagnostics: &mut Vec<Diagnostic>,
) {
    let text = document.text();
    let dayless = |item: &Found| matches!(item.reading.expr, Expr::Time { day: None, .. });
    let joined = |before: &Found, after: &Found| {
        let gap = text.get(before.range.end..after.range.start).unwrap_or("x");
        gap.len() <= 8
            && gap.split_whitespace().all(|word| {
                word.trim_matches(['(', ')', ',']).is_empty() || word.eq_ignore_ascii_case("on")
            })
    };
    let mut first = 0;
    while first < found.len() {
        if !dayless(&found[first]) {
            first += 1;
            continue;
        }
        let mut end = first + 1;
        while end < found.len() && dayless(&found[end]) && joined(&found[end - 1], &found[end]) {
            end += 1;
        }
        let day = found.get(end).and_then(|next| {
            let is_day = !matches!(next.reading.expr, Expr::Time { .. })
                && resolved[end].kind == TimexType::Date;
            (is_day && joined(&found[end - 1], next))
                .then(|| resolved[end].day.map(|day| (day, resolved[end].anchor)))
                .flatten()
                .or_else(|| range_start_day(text, &found[first..=end], &resolved[end]))
        });
        if let Some((day, anchor)) = day {
            for index in first..end {
                if let Expr::Time { clock, .. } = found[index].reading.expr {
                    resolved[index] = clock_on(day, clock, anchor);
                    let span = document.source_span(found[index].range.clone());
                    diagnostics.retain(|d| d.span != span || d.kind != DiagnosticKind::Unanchored);
                }
            }
        }
        first = end;
    }
}

/// The day of a clock that opens a range whose end has a day: "from 7 a.m. to 7 p.m. on
/// Sunday" opens on Sunday, "from 8 p.m. to 6 a.m. on Sunday" on Saturday (a range runs
/// forward, and reads no later on its end's day). `run` is the dayless clock and the end.
fn range_start_day(text: &str, run: &[Found], end: &Resolved) -> Option<(NaiveDate, Anchor)> {
    let [start, last] = run else {
        return None;
    };
    let (
        Expr::Time { clock: first, .. },
        Expr::Time {
            day: Some(_),
            clock,
        },
    ) = (&start.reading.expr, &last.reading.expr)
    else {
        return None;
    };
    let gap = text.get(start.range.end..last.range.start)?;
    let Some(Bound::Minute { date, time, .. }) = end.earliest else {
        return None;
    };
    if !range_joint(gap) || first.zone.is_some() && first.zone != clock.zone {
        return None;
    }
    let opens = NaiveTime::from_hms_opt(first.hour, first.minute, 0)?;
    let day = if opens < time {
        Some(date)
    } else {
        date.pred_opt()
    };
    day.map(|day| (day, end.anchor))
}

/// What joins two ends of a range: "to", "until", "and", a dash.
fn range_joint(gap: &str) -> bool {
    ["to", "until", "till", "through", "and", "-", "\u{2013}"]
        .iter()
        .any(|joint| gap.trim().eq_ignore_ascii_case(joint))
}

/// The end of a range of clock times that reads earlier than its start is on the next day:
/// "a curfew from 8 p.m. to 6 a.m.", "between 11 p.m. and 2 a.m.". Only an end without a day
/// of its own, in the start's zone, moves.
fn clock_ranges_past_midnight(text: &str, found: &[Found], resolved: &mut [Resolved]) {
    for index in 1..found.len() {
        let (start, end) = (&found[index - 1], &found[index]);
        let (
            Expr::Time { clock: first, .. },
            Expr::Time {
                day: None,
                clock: last,
            },
        ) = (&start.reading.expr, &end.reading.expr)
        else {
            continue;
        };
        let range = text
            .get(start.range.end..end.range.start)
            .is_some_and(range_joint);
        let Some(Bound::Minute { date, time, .. }) = resolved[index - 1].earliest else {
            continue;
        };
        let Some(end_time) = NaiveTime::from_hms_opt(last.hour, last.minute, 0) else {
            continue;
        };
        if !range || first.zone != last.zone {
            continue;
        }
        // The first instant at the end's time after the start ("midnight to 6 a.m." ends on
        // the day midnight begins).
        let day = if end_time > time {
            Some(date)
        } else {
            date.succ_opt()
        };
        let moved = resolved[index]
            .earliest
            .is_some_and(|bound| Some(bound.date()) != day);
        if let Some(day) = day.filter(|_| moved) {
            resolved[index] = clock_on(day, *last, resolved[index].anchor);
        }
    }
}

/// A clock whose day is given only through the same instant in another zone, in brackets
/// after it: "2:30 a.m. Tehran time (2300 GMT Saturday)" is 02:30 on Sunday in Tehran. The
/// bracketed instant is moved into the first clock's zone; only when that gives the first
/// clock's own time of day are the two one instant, and the first takes the date it falls on.
fn clocks_given_in_another_zone(document: &Document, found: &[Found], resolved: &mut [Resolved]) {
    let text = document.text();
    for index in 1..found.len() {
        let (before, after) = (&found[index - 1], &found[index]);
        let Expr::Time {
            day: None,
            clock: clock @ Clock { zone: Some(_), .. },
        } = before.reading.expr
        else {
            continue;
        };
        let bracketed = matches!(
            after.reading.expr,
            Expr::Time {
                day: Some(_),
                clock: Clock { zone: Some(_), .. }
            }
        ) && text
            .get(before.range.end..after.range.start)
            .is_some_and(|gap| gap.trim() == "(");
        let Some(Bound::Minute {
            date,
            time,
            offset: Some(offset),
        }) = resolved[index].earliest.filter(|_| bracketed)
        else {
            continue;
        };
        let Some(own) = clock_offset(clock, Some(date)) else {
            continue;
        };
        let Some(instant) = date.and_time(time).and_local_timezone(offset).single() else {
            continue;
        };
        let local = instant.with_timezone(&own).naive_local();
        if (local.hour(), local.minute()) == (clock.hour, clock.minute) {
            resolved[index - 1] = clock_on(local.date(), clock, resolved[index].anchor);
        }
    }
}

/// A weekday written beside a date ("Tuesday, October 28", "late Tuesday (October 29)") must
/// name that date's weekday. When it does, the weekday takes the date's reading; when it does
/// not, both keep their own reading and a diagnostic says so.
fn check_weekdays(
    document: &Document,
    found: &[Found],
    resolved: &mut [Resolved],
    diagnostics: &mut Vec<Diagnostic>,
) {
    let text = document.text();
    let mut mismatch = |range: Range<usize>, written: Weekday, date: NaiveDate| {
        diagnostics.push(Diagnostic {
            document: document.id().clone(),
            span: document.source_span(range.clone()),
            kind: DiagnosticKind::WeekdayMismatch,
            message: format!(
                "{:?} names a {} but {} was a {}",
                &text[range],
                weekday_name(written),
                date.format("%Y-%m-%d"),
                weekday_name(date.weekday())
            ),
        });
    };
    for (index, item) in found.iter().enumerate() {
        if let Expr::Date {
            weekday: Some(written),
            ..
        } = item.reading.expr
        {
            if let Some(day) = resolved[index].day {
                if day.weekday() != written {
                    mismatch(item.range.clone(), written, day);
                }
            }
        }
        let Some(next) = found.get(index + 1) else {
            continue;
        };
        let between = &text[item.range.end..next.range.start];
        if !between
            .chars()
            .all(|c| matches!(c, ' ' | ',' | '(' | '\u{a0}'))
            || between.len() > 3
        {
            continue;
        }
        let pair = match (weekday_of(&item.reading.expr), &next.reading.expr) {
            (Some(written), Expr::Date { day: Some(_), .. }) => Some((index, index + 1, written)),
            _ => match (&item.reading.expr, weekday_of(&next.reading.expr)) {
                (
                    Expr::Date {
                        day: Some(_),
                        weekday: None,
                        ..
                    },
                    Some(written),
                ) => Some((index + 1, index, written)),
                _ => None,
            },
        };
        let Some((weekday_at, date_at, written)) = pair else {
            continue;
        };
        let Some(day) = resolved[date_at].day else {
            continue;
        };
        if day.weekday() == written {
            let reading = resolved[date_at].clone();
            let weekday = &mut resolved[weekday_at];
            if weekday.kind == TimexType::Date {
                weekday.value = reading.value;
                weekday.earliest = reading.earliest;
                weekday.latest = reading.latest;
                weekday.day = reading.day;
            }
        } else {
            let mut end = found[weekday_at].range.end.max(found[date_at].range.end);
            if text[end..].starts_with(')') && text[..end].contains('(') {
                end += 1;
            }
            let range = found[weekday_at]
                .range
                .start
                .min(found[date_at].range.start)..end;
            mismatch(range, written, day);
        }
    }
}

fn weekday_of(expr: &Expr) -> Option<Weekday> {
    match expr {
        Expr::Weekday {
            day,
            shift: Shift::Bare,
        } => Some(*day),
        Expr::PartOfDay { day, .. } => weekday_of(day),
        _ => None,
    }
}

fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// How far into a report its masthead may reach, in bytes: a title, a byline and the date
/// line of a page come before its story.
const MASTHEAD_BYTES: usize = 600;

/// The date a report gives itself on a labelled line above its story: "Last updated: 1
/// December 2023", "Published on 24 November 2023", "Updated 14:40 GMT, 3 May 2024". Only a
/// whole date with its year counts, and only after one of these labels at the start of its
/// line: a bare date at the top of a page is as often the day the page was fetched as the
/// day the report was written.
fn masthead(text: &str, found: &[parse::Found]) -> Option<NaiveDate> {
    const LABELS: [&str; 6] = [
        "last updated",
        "first published",
        "updated",
        "published",
        "posted",
        "last modified",
    ];
    found
        .iter()
        .take_while(|f| f.range.start < MASTHEAD_BYTES)
        .find_map(|f| {
            let date = written_day(&f.reading.expr)?;
            let line_start = text[..f.range.start].rfind('\n').map_or(0, |i| i + 1);
            let label = text[line_start..f.range.start].trim().to_ascii_lowercase();
            let labelled = LABELS.iter().any(|l| {
                label.strip_prefix(l).is_some_and(|rest| {
                    // "Last updated:", "Published on", "Updated 14:40 GMT,": a clock time
                    // of the same line may stand between the label and the date.
                    rest.split(|c: char| c.is_whitespace() || matches!(c, ':' | ','))
                        .filter(|w| !w.is_empty())
                        .all(|w| {
                            matches!(
                                w,
                                "on" | "at" | "gmt" | "utc" | "am" | "pm" | "a.m." | "p.m."
                            ) || w.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                        })
                })
            });
            labelled.then_some(date)
        })
}

/// Whether a clock time without a day stamps an entry of a live blog: it opens its line and a
/// dash follows it ("07:50 GMT — Calm returns to central Yerevan").
fn entry_stamp(text: &str, found: &parse::Found) -> bool {
    if !matches!(found.reading.expr, Expr::Time { day: None, .. }) {
        return false;
    }
    // Only the blanks before it are read, so that a long line costs nothing per expression.
    let before = text[..found.range.start].trim_end_matches([' ', '\t']);
    let opens_line = before.is_empty() || before.ends_with('\n');
    let after = text[found.range.end..].trim_start_matches([' ', '\t']);
    opens_line && after.starts_with(['—', '–', '-'])
}

/// Whether a date is a dateline's: it follows the place the story was written at the start
/// of its line ("BEIJING, ", "UNITED NATIONS, ", "Paris, France, ") and a dash follows it,
/// after the agency's name in brackets when one is given ("March 3 (Xinhua) --", "Jan. 5
/// (AP) —", "3 March -").
fn dateline(text: &str, found: &parse::Found) -> bool {
    if !matches!(
        found.reading.expr,
        Expr::Date {
            month: Some(_),
            day: Some(_),
            ..
        }
    ) {
        return false;
    }
    let line_start = text[..found.range.start].rfind('\n').map_or(0, |i| i + 1);
    let Some(place) = text[line_start..found.range.start]
        .trim_start()
        .strip_suffix(", ")
    else {
        return false;
    };
    let mut words = place.split([' ', ',']).filter(|w| !w.is_empty());
    let is_place = place
        .chars()
        .all(|c| c.is_alphabetic() || " ,.'-".contains(c))
        && words.clone().count() <= 6
        && words.all(|w| w.starts_with(char::is_uppercase));
    let mut after = text[found.range.end..].trim_start_matches([' ', '\t']);
    if let Some(agency) = after.strip_prefix('(') {
        // An agency's name is short: the search stops after forty characters.
        let close = agency
            .char_indices()
            .take(40)
            .take_while(|&(_, c)| c != '\n')
            .find(|&(_, c)| c == ')');
        match close {
            Some((close, _)) => after = agency[close + 1..].trim_start_matches([' ', '\t']),
            None => return false,
        }
    }
    is_place && after.starts_with(['-', '—', '–', '_'])
}

/// The day a date written whole gives, with its clock time or without: "1 December 2023",
/// "14:40 GMT, 3 May 2024".
fn written_day(expr: &Expr) -> Option<NaiveDate> {
    match expr {
        Expr::Date {
            year: Some(year),
            month: Some(month),
            day: Some(day),
            ..
        } => NaiveDate::from_ymd_opt(*year, *month, *day),
        Expr::Time { day: Some(day), .. } => written_day(day),
        _ => None,
    }
}

fn needs_tense(expr: &Expr) -> bool {
    match expr {
        Expr::Date { year: None, .. }
        | Expr::Month { .. }
        | Expr::YearPart { .. }
        | Expr::Holiday { .. }
        | Expr::Weekday { .. } => true,
        Expr::Period {
            unit: Unit::Weekend,
            ..
        } => true,
        Expr::PartOfDay { day, .. } | Expr::WeekOf { day } => needs_tense(day),
        Expr::Time { day: Some(day), .. } => needs_tense(day),
        Expr::Overnight => true,
        _ => false,
    }
}

/// Where the words that govern an expression at `start` end: before the expressions it
/// continues, when only a preposition, a comma or brackets stand between them. In "will take
/// effect at 7 a.m. local time (0500 GMT) on Friday" the verb is read before "7 a.m.", not
/// among the words of the times. `earlier` are the expressions found before, in order.
fn governed_from(text: &str, earlier: &[parse::Found], start: usize) -> usize {
    let mut start = start;
    for previous in earlier.iter().rev().take(3) {
        let Some(between) = text.get(previous.range.end..start) else {
            break;
        };
        let joined = between
            .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ','))
            .all(|w| w.is_empty() || w.eq_ignore_ascii_case("on") || w.eq_ignore_ascii_case("at"));
        if previous.range.end > start || !joined {
            break;
        }
        start = previous.range.start;
    }
    start
}

/// "agreed to meet on Friday", "promised to return on Monday": a plan made, for a time after
/// it, which news tells of before that time comes. Not "agreed to a truce on Monday", where
/// the day is the agreement's own. `after` is the text after the verb.
fn resolved_to(verb: &str, after: &str) -> bool {
    const RESOLVED: [&str; 7] = [
        "agreed",
        "decided",
        "promised",
        "pledged",
        "vowed",
        "intended",
        "undertook",
    ];
    let Some(rest) = after
        .strip_prefix(' ')
        .and_then(|rest| rest.strip_prefix("to "))
    else {
        return false;
    };
    let next = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    const NOUN_OPENERS: [&str; 12] = [
        "a", "an", "the", "its", "their", "his", "her", "this", "that", "these", "those", "all",
    ];
    RESOLVED.iter().any(|w| verb.eq_ignore_ascii_case(w))
        && !next.is_empty()
        && !NOUN_OPENERS.iter().any(|w| next.eq_ignore_ascii_case(w))
}

/// The tense of the clause before `start`: the nearest tense word to the left, within the
/// sentence and a dozen words.
fn tense_before(text: &str, start: usize) -> Option<(WordTense, usize)> {
    let mut from = start.saturating_sub(120);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..start];
    let mut words = 0;
    let mut end = window.len();
    let bytes = window.as_bytes();
    while end > 0 && words < 12 {
        // Skip to the end of the previous word, stopping at a sentence end.
        let mut word_end = end;
        while word_end > 0 && !is_word_byte(bytes[word_end - 1]) {
            let byte = bytes[word_end - 1];
            if matches!(byte, b'!' | b'?' | b';')
                || byte == b'.' && ends_sentence(window, word_end - 1)
            {
                return None;
            }
            if byte == b'\n' && word_end >= 2 && bytes[word_end - 2] == b'\n' {
                return None;
            }
            word_end -= 1;
        }
        let mut word_start = word_end;
        while word_start > 0 && is_word_byte(bytes[word_start - 1]) {
            word_start -= 1;
        }
        if word_start == word_end {
            break;
        }
        let word = &window[word_start..word_end];
        // Whether the next word is `next` ("to ", with the space after it).
        let next_is = |next: &[u8]| {
            window[word_end..]
                .trim_start()
                .as_bytes()
                .get(..next.len())
                .is_some_and(|bytes| bytes.eq_ignore_ascii_case(next))
        };
        // "set to resume", "set for Sunday"; "is to travel", "are to meet", "plans to march",
        // "is forecast to hit", "is likely to vote": a plan or a prospect.
        let prospect = || {
            ["plans", "planning", "forecast", "likely", "poised"]
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w))
        };
        // "is due to arrive", not "closed due to a storm".
        let due = || {
            word.eq_ignore_ascii_case("due")
                && ends_with_word(&window[..word_start], &["is", "are"])
        };
        // "the rains typically last until September": the verb to last tells no time, though
        // the adjective is a word of the past ("the last meeting").
        let lasting = word.eq_ignore_ascii_case("last")
            && [&b"until "[..], b"till ", b"through ", b"into "]
                .iter()
                .any(|next| next_is(next));
        if lasting {
            words += 1;
            end = word_start;
            continue;
        }
        // The word is told first: what follows it is read only after one of these.
        // "results are due Monday", "is due back on Friday": "due" after "is" needs no "to".
        let plan = word.eq_ignore_ascii_case("set") && (next_is(b"to ") || next_is(b"for "))
            || resolved_to(word, &window[word_end..])
            || due()
            || (word.eq_ignore_ascii_case("is") || word.eq_ignore_ascii_case("are") || prospect())
                && next_is(b"to ");
        if plan {
            return Some((WordTense::Future, words));
        }
        // "to hit", "to cut", "to set": an infinitive whose form is also a past; the verb it
        // follows decides.
        let infinitive = || ends_with_word(&window[..word_start], &["to"]);
        // "fell more than expected in February", "as planned": a comparison, not a tense.
        let compared = || ends_with_word(&window[..word_start], &["than", "as"]);
        if let Some(tense) = tense_of(word)
            .filter(|&tense| tense != WordTense::Past || !infinitive())
            .filter(|_| !compared())
        {
            let tense = match tense {
                // "appears to have fled on Friday": a verb of seeming, not a timetable.
                WordTense::Scheduled if next_is(b"to ") => {
                    words += 1;
                    end = word_start;
                    continue;
                }
                WordTense::Scheduled => match auxiliary_before(&window[..word_start]) {
                    // "to meet on Monday": the verb that governs the infinitive decides
                    // ("agreed to meet" forward, see `resolved_to`; "went to meet" back).
                    Auxiliary::Infinitive => {
                        words += 1;
                        end = word_start;
                        continue;
                    }
                    Auxiliary::Tense(tense) => tense,
                    Auxiliary::None => WordTense::Future,
                },
                // "will be signed on Monday", "will remain closed through the weekend": a
                // participle after "will be" is a passive in the future.
                WordTense::Past if will_be_before(&window[..word_start]) => WordTense::Future,
                // "warned of heavy rain from Thursday night": what is foretold is to come;
                // "warned on Tuesday" is the warning's own day.
                WordTense::Past if words >= 2 && foretells(word) => WordTense::Future,
                // "protests are planned for Saturday": a plan in the present is to come.
                WordTense::Past if planned_now(&window[..word_start], word) => WordTense::Future,
                tense => tense,
            };
            // "had been scheduled to", "was expected to", "had been due to": a plan that is
            // itself in the past.
            if tense == WordTense::Future
                && ends_with_word(&window[..word_start], &["was", "were", "had", "been"])
            {
                return Some((WordTense::Past, words));
            }
            return Some((tense, words));
        }
        words += 1;
        end = word_start;
    }
    None
}

/// Whether `before` ends with "will be" ("'ll be", "won't be", "will not be", and "would be"
/// as reported speech tells it: "said troops would be sent on Saturday"), or "will" with
/// another verb a participle follows as a state ("will remain closed", "will stay shut").
fn will_be_before(before: &str) -> bool {
    let mut words = before
        .rsplit(|c: char| !(c.is_ascii_alphabetic() || c == '\''))
        .filter(|w| !w.is_empty());
    let copula = words.next().is_some_and(|w| {
        ["be", "remain", "stay", "become"]
            .iter()
            .any(|verb| w.eq_ignore_ascii_case(verb))
    });
    if !copula {
        return false;
    }
    let mut auxiliary = words.next();
    if auxiliary.is_some_and(|w| w.eq_ignore_ascii_case("not")) {
        auxiliary = words.next();
    }
    auxiliary.is_some_and(|w| {
        ["will", "won't", "shall", "would"]
            .iter()
            .any(|a| w.eq_ignore_ascii_case(a))
            || w.len() > 3 && w[w.len() - 3..].eq_ignore_ascii_case("'ll")
    })
}

/// Whether "will", "would" or "shall" stands earlier in the sentence before `start`, within
/// the same 120 bytes `tense_before` reads.
fn modal_before(text: &str, start: usize) -> bool {
    word_in_sentence_before(text, start, &["will", "would", "shall"])
}

/// The words that put a clock time still to come: "will", "shall", "is due to".
const PLANNING: [&str; 3] = ["will", "shall", "due"];

/// Whether one of `words` (or "'ll", standing for "will") is earlier in the sentence before
/// `start`, within the same 120 bytes `tense_before` reads.
fn word_in_sentence_before(text: &str, start: usize, words: &[&str]) -> bool {
    let mut from = start.saturating_sub(120);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..start];
    let sentence = window
        .rfind(['!', '?', ';'])
        .into_iter()
        .chain(
            window
                .rmatch_indices('.')
                .map(|(dot, _)| dot)
                .find(|&dot| ends_sentence(window, dot)),
        )
        .max()
        .map_or(window, |end| &window[end + 1..]);
    sentence
        .split(|c: char| !c.is_ascii_alphabetic() && c != '\'')
        .any(|word| {
            words.iter().any(|modal| word.eq_ignore_ascii_case(modal)) || word.ends_with("'ll")
        })
}

/// The tense of the first tense word after `end` in the same sentence, within eight words.
fn tense_after(text: &str, end: usize) -> Option<(WordTense, usize)> {
    let mut to = (end + 80).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let window = &text[end..to];
    let mut words = 0;
    let mut comma = false;
    for piece in window.split_inclusive(|c: char| !(c.is_ascii_alphanumeric() || c == '\'')) {
        let word = piece.trim_end_matches(|c: char| !(c.is_ascii_alphanumeric() || c == '\''));
        if !word.is_empty() {
            // "until Monday to find a solution, he said": the verb of saying after a comma
            // tells when the words were said, not the time they speak of.
            if comma && is_saying(word) {
                return None;
            }
            if let Some(tense) = tense_of(word) {
                // "On Thursday, talks resume": what follows a fronted date is not preceded
                // by its auxiliary, and "did not resume" finds "did" first.
                let tense = match tense {
                    WordTense::Scheduled => WordTense::Future,
                    tense => tense,
                };
                return Some((tense, words));
            }
            words += 1;
            if words >= 8 {
                return None;
            }
        }
        // A closing quotation mark ends the words quoted as a sentence's end does.
        if piece.ends_with(['.', '!', '?', ';', '\n', '"', '\u{201D}']) {
            return None;
        }
        comma |= piece.ends_with(',');
    }
    None
}

/// Whether `word` is a participle of planning after "is" or "are": "are planned for".
fn planned_now(before: &str, word: &str) -> bool {
    ends_with_word(before, &["is", "are"])
        && ["planned", "timed", "pencilled", "penciled", "proposed"]
            .iter()
            .any(|verb| word.eq_ignore_ascii_case(verb))
}

/// Whether the last word of `before` is one of `words`, in any case.
fn ends_with_word(before: &str, words: &[&str]) -> bool {
    before
        .trim_end()
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .is_some_and(|previous| words.iter().any(|word| previous.eq_ignore_ascii_case(word)))
}

/// Whether a past verb tells of what is to come: "warned", "forecast", "predicted".
fn foretells(word: &str) -> bool {
    ["warned", "forecast", "forecasted", "predicted", "projected"]
        .iter()
        .any(|verb| word.eq_ignore_ascii_case(verb))
}

/// Whether a word is a verb of saying that follows what was said ("..., he said").
fn is_saying(word: &str) -> bool {
    ["said", "says", "told", "added", "stated", "wrote"]
        .iter()
        .any(|verb| word.eq_ignore_ascii_case(verb))
}

/// What stands before a timetable verb ("resume", "meets").
enum Auxiliary {
    /// "to resume": not a finite verb.
    Infinitive,
    /// "did not resume", "will meet", "could resume".
    Tense(WordTense),
    None,
}

/// The auxiliary within two words before a timetable verb, looking past "not" and "never".
fn auxiliary_before(before: &str) -> Auxiliary {
    let words = before
        .rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .take(3);
    for word in words {
        if word.eq_ignore_ascii_case("to") {
            return Auxiliary::Infinitive;
        }
        if ["not", "never", "don't", "doesn't"]
            .iter()
            .any(|skip| word.eq_ignore_ascii_case(skip))
        {
            continue;
        }
        if word.eq_ignore_ascii_case("didn't") {
            return Auxiliary::Tense(WordTense::Past);
        }
        return match tense_of(word) {
            Some(tense @ (WordTense::Past | WordTense::Future)) => Auxiliary::Tense(tense),
            _ => Auxiliary::None,
        };
    }
    Auxiliary::None
}

/// Whether the verb right before the phrase at `start` dates it as an event ("ended Jan.
/// 31", "arrived in March", "was passed on Jan. 15") rather than a deadline ("extended to
/// Nov. 20", "completed by Dec. 15", "was scheduled for") or a passive not in the past ("is
/// held on", "will be signed on").
fn governs(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    let mut words = before
        .rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty());
    let Some(first) = words.next() else {
        return false;
    };
    // The words are compared in any case rather than lowercased into new strings: this runs
    // before every expression.
    let is_any = |word: &str, list: &[&str]| list.iter().any(|w| word.eq_ignore_ascii_case(w));
    let verb = if is_any(first, &["in", "on", "at"]) {
        words.next()
    } else {
        Some(first)
    };
    let Some(mut verb) = verb else {
        return false;
    };
    // "bought RJR in February", "met him on Tuesday": a name or a pronoun as object between.
    // Not any word: in "on a still unspecified date in January" the word before "date"
    // only looks like a verb.
    let object = verb.starts_with(|c: char| c.is_ascii_uppercase())
        || is_any(verb, &["him", "her", "it", "them", "us", "me"]);
    if tense_of(verb).is_none() && object && is_any(first, &["in", "on", "at"]) {
        match words.next() {
            Some(word) if tense_of(word).is_some() => verb = word,
            _ => return false,
        }
    }
    const AUXILIARIES: [&str; 8] = ["be", "been", "being", "is", "are", "to", "will", "would"];
    let auxiliary = words.next();
    tense_of(verb).is_some() && !auxiliary.is_some_and(|word| is_any(word, &AUXILIARIES))
}

/// Whether a sentence ends between `from` and `to`, or they are too far apart to tell cheaply.
fn sentence_between(text: &str, from: usize, to: usize) -> bool {
    // A sentence longer than this is read as ended: the walk runs again for each phrase in it.
    const LONGEST: usize = 400;
    let Some(gap) = text.get(from..to).filter(|gap| gap.len() <= LONGEST) else {
        return true;
    };
    gap.match_indices(['.', '!', '?', ';', '\n'])
        .any(|(at, mark)| mark != "." || full_stop(text, from + at))
}

/// Whether the period at `dot` ends a sentence: as [`ends_sentence`] tells, or after a word of
/// four letters or more when a capital follows ("ended in June. In May, ..."), where "Gen.
/// Smith" and "Oct. 6" stay abbreviations.
fn full_stop(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let word = before
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '.'))
        .next()
        .unwrap_or("");
    let capital_next = text[dot + 1..]
        .strip_prefix(' ')
        .is_some_and(|next| next.starts_with(|c: char| c.is_uppercase()));
    ends_sentence(text, dot) || capital_next && word.len() >= 4 && !word.contains('.')
}

/// Whether the phrase at `start` opens its sentence, alone or after "In", "During" or
/// "Throughout": "In 2012, ...", "Last year, ...".
fn opens_sentence(text: &str, start: usize) -> bool {
    let mut before = text[..start].trim_end_matches([' ', '\t']);
    for preposition in ["In", "During", "Throughout"] {
        if let Some(rest) = before.strip_suffix(preposition) {
            if !rest.ends_with(|c: char| c.is_alphanumeric()) {
                before = rest.trim_end_matches([' ', '\t']);
                break;
            }
        }
    }
    before.is_empty()
        || before.ends_with(['\n', '"', '\u{201C}'])
        || before.ends_with(['!', '?'])
        || before.ends_with('.') && full_stop(text, before.len() - 1)
}

/// Whether a blank line stands between `from` and `to`.
fn paragraph_between(text: &str, from: usize, to: usize) -> bool {
    let Some(gap) = text.get(from..to) else {
        return false;
    };
    // The pieces between two line breaks are whole lines.
    let mut lines = gap.split('\n').skip(1).peekable();
    while let Some(line) = lines.next() {
        if lines.peek().is_some() && line.trim().is_empty() {
            return true;
        }
    }
    false
}

/// Whether the word right before `start` is "until" or "till".
fn until_before(text: &str, start: usize) -> bool {
    word_right_before(text, start, &["until", "till"])
}

/// Whether the word right before `start` is one of `words`, in any case.
fn word_right_before(text: &str, start: usize, words: &[&str]) -> bool {
    let before = text[..start].trim_end_matches([' ', '\n']);
    before
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .is_some_and(|previous| words.iter().any(|word| previous.eq_ignore_ascii_case(word)))
}

/// Whether the word right before `start` is "in" ("In January,").
fn after_in(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\n']);
    before.len() >= 2
        && before.as_bytes()[before.len() - 2..].eq_ignore_ascii_case(b"in")
        && !before[..before.len() - 2].ends_with(|c: char| c.is_alphanumeric())
}

fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'\''
}

/// A period ends a sentence unless it closes an abbreviation, a short capitalized word
/// ("Oct.", "Mr.", "Gen.") or one with inner periods ("U.S."), or stands inside a word or a
/// number.
fn ends_sentence(window: &str, dot: usize) -> bool {
    // "$29.75", "3.5 percent": a point inside a number, or a period with no space after it,
    // ends nothing.
    if window
        .as_bytes()
        .get(dot + 1)
        .is_some_and(|b| b.is_ascii_alphanumeric())
    {
        return false;
    }
    let before = &window[..dot];
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '.')
        .last()
        .map_or(before.len(), |(i, _)| i);
    let word = &before[start..];
    let abbreviation =
        word.contains('.') || word.len() <= 4 && word.starts_with(|c: char| c.is_uppercase());
    !abbreviation
}

thread_local! {
    /// The tense each short word told, as [`tense_of`] reads every word before and after
    /// each expression, and the words around expressions recur from report to report.
    static TENSES: parse::Memo<Option<WordTense>> = parse::memo(None);
}

fn tense_of(word: &str) -> Option<WordTense> {
    // "the United States", "Mohammed": a capitalized word is a name, not a past by its ending.
    let name = word.len() > 4
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.as_bytes()[word.len() - 2..].eq_ignore_ascii_case(b"ed");
    if name {
        return None;
    }
    match parse::pack_lowercase(word.as_bytes(), 0, word.len()) {
        Some(key) => parse::memoized(&TENSES, key, || {
            tense_of_lower(&key.to_le_bytes()[..word.len()])
        }),
        None => tense_of_long(word),
    }
}

/// [`tense_of`] a word that does not pack into a machine word.
fn tense_of_long(word: &str) -> Option<WordTense> {
    // Most words are short ASCII and are lowercased on the stack, in one pass over their
    // bytes, as this runs at every word before and after each expression.
    let mut buffer = [0u8; parse::LONGEST_WORD];
    let owned;
    let lower: &[u8] = match parse::lowercase(word, &mut buffer) {
        Some(lower) => lower,
        None => {
            owned = word.to_ascii_lowercase();
            owned.as_bytes()
        }
    };
    tense_of_lower(lower)
}

/// The tense a word in ASCII lowercase tells.
fn tense_of_lower(lower: &[u8]) -> Option<WordTense> {
    if let Some(tense) = parse::word_tense(lower) {
        return Some(tense);
    }
    if lower.ends_with(b"'ll") || lower == b"won't" {
        return Some(WordTense::Future);
    }
    // "need", "speed", "indeed", "proceed" and "hundred" end as pasts do without being ones;
    // the pasts in "-eed" ("agreed", "freed") are listed.
    let not_past = lower.ends_with(b"eed") || lower == b"hundred";
    if lower.len() > 4 && lower.ends_with(b"ed") && lower.is_ascii() && !not_past {
        return Some(WordTense::Past);
    }
    None
}

/// Anchors one reading.
fn resolve(reading: &Reading, tense: Option<WordTense>, state: &State<'_>) -> Resolved {
    let mut resolved = resolve_expr(&reading.expr, tense, state);
    if let (Some(Bound::Day(first)), Some(Bound::Day(last))) = (resolved.earliest, resolved.latest)
    {
        let anchor_day = state.speech().map(|(date, _)| date);
        let half = Duration::days(((last - first).num_days() + 1) / 2);
        let (first, last) = match (reading.portion, anchor_day) {
            (Some(Portion::Earlier), Some(day)) => (first, day.clamp(first, last)),
            (Some(Portion::Later), Some(day)) => (day.clamp(first, last), last),
            // The half keeps its own bounds where its mod would keep a third.
            (Some(Portion::FirstHalf), _) => (first, (first + half).pred_opt().unwrap_or(first)),
            (Some(Portion::SecondHalf), _) => (last - half + Duration::days(1), last),
            _ => (first, last),
        };
        let halved = matches!(
            reading.portion,
            Some(Portion::FirstHalf | Portion::SecondHalf)
        );
        let (first, last) = if halved {
            (first, last)
        } else {
            narrow(first, last, reading.modifier)
        };
        resolved.earliest = Some(Bound::Day(first));
        resolved.latest = Some(Bound::Day(last));
        // "late Tuesday" and "early yesterday" still tell of their day, and the story goes
        // on from it ("... late Tuesday. The attack came just before midnight"); "early
        // March" tells of no one day.
        if first != last {
            resolved.day = None;
        }
    }
    resolved
}

/// "early", "mid-" and "late" keep the first, middle or last third of a period.
fn narrow(first: NaiveDate, last: NaiveDate, modifier: Option<Modifier>) -> (NaiveDate, NaiveDate) {
    let days = (last - first).num_days() + 1;
    if days < 3 {
        return (first, last);
    }
    let third = days / 3;
    match modifier {
        Some(Modifier::Start) => (first, first + Duration::days(third - 1)),
        Some(Modifier::Mid) => (first + Duration::days(third), last - Duration::days(third)),
        Some(Modifier::End) => (last - Duration::days(third - 1), last),
        _ => (first, last),
    }
}

fn resolve_expr(expr: &Expr, tense: Option<WordTense>, state: &State<'_>) -> Resolved {
    match expr {
        Expr::Date {
            year, month, day, ..
        } => calendar_date(*year, *month, *day, tense, state),
        Expr::Month { month, year } => match pick_year(*year, state, tense, |y| {
            Point::Month(y, *month)
        }) {
            Some((point, anchor)) => Resolved::point(point, anchor),
            None => {
                Resolved::unbounded(TimexType::Date, format!("XXXX-{month:02}"), Anchor::Missing)
            }
        },
        Expr::Decade(decade) => Resolved::point(Point::Decade(*decade), Anchor::None),
        Expr::Century(century) => Resolved::point(Point::Century(*century), Anchor::None),
        Expr::YearPart { part, year } => {
            let make = |y: i32| match *part {
                YearPart::Quarter(q) => Point::Quarter(y, q),
                YearPart::Half(h) => Point::Half(y, h),
                YearPart::Season(season) => Point::Season(y, SeasonKey::new(season)),
            };
            match pick_year(*year, state, tense, make) {
                Some((point, anchor)) => Resolved::point(point, anchor),
                None => {
                    let value = make(0).value().replacen("0000", "XXXX", 1);
                    Resolved::unbounded(TimexType::Date, value, Anchor::Missing)
                }
            }
        }
        Expr::Holiday { holiday, year } => {
            // A rule's day exists in every year but the calendar's last.
            let make = |y: i32| Point::Day(holiday.date(y).unwrap_or(NaiveDate::MAX));
            match pick_year(*year, state, tense, make) {
                Some((point, anchor)) => Resolved::point(point, anchor),
                None => Resolved::unbounded(
                    TimexType::Date,
                    match holiday {
                        Holiday::Fixed { month, day } => format!("XXXX-{month:02}-{day:02}"),
                        _ => "XXXX-XX-XX".to_string(),
                    },
                    Anchor::Missing,
                ),
            }
        }
        Expr::Weekday {
            day,
            shift: shift @ (Shift::Preceding | Shift::Following),
        } => match state.story() {
            Some((anchor, how)) => Resolved::point(
                Point::Day(weekday_near(anchor, *day, *shift == Shift::Following, true)),
                how,
            ),
            None => Resolved::unbounded(
                TimexType::Date,
                format!("XXXX-WXX-{}", day.number_from_monday()),
                Anchor::Missing,
            ),
        },
        Expr::Weekday { day, shift } => match state.speech() {
            // Told as a story without a date, "on Tuesday" is the Tuesday nearest the last
            // date the story gave, more often after it than before.
            Some((anchor, Anchor::Narrative)) if *shift == Shift::Bare => {
                let nearest = TagOptions {
                    weekday_policy: WeekdayPolicy::Nearest,
                    ..*state.options
                };
                Resolved::point(
                    Point::Day(place_weekday(anchor, *day, *shift, tense, &nearest)),
                    Anchor::Narrative,
                )
            }
            Some((anchor, how)) => Resolved::point(
                Point::Day(place_weekday(anchor, *day, *shift, tense, state.options)),
                how,
            ),
            None => Resolved::unbounded(
                TimexType::Date,
                format!("XXXX-WXX-{}", day.number_from_monday()),
                Anchor::Missing,
            ),
        },
        Expr::Day(offset) => match state.speech() {
            Some((anchor, how)) => match anchor.checked_add_signed(Duration::days(*offset)) {
                Some(date) => Resolved::point(Point::Day(date), how),
                None => missing_day(),
            },
            None => missing_day(),
        },
        Expr::Period {
            unit: Unit::Weekend,
            offset: 0,
            anchoring: anchoring @ (Anchoring::Nearest | Anchoring::Speech),
        } => match state.speech() {
            Some((anchor, how)) => Resolved::point(weekend_near(anchor, *anchoring, tense), how),
            None => missing_day(),
        },
        Expr::Period {
            unit: Unit::Year,
            offset,
            anchoring: Anchoring::Narrative,
        } if state.narrative_year.is_some() => {
            let year = state
                .narrative_year
                .map(|y| Point::Year(y + *offset as i32));
            match year {
                Some(point) => Resolved::point(point, Anchor::Narrative),
                None => missing_day(),
            }
        }
        Expr::Period {
            unit: unit @ (Unit::Month | Unit::Quarter | Unit::Year),
            offset,
            anchoring: Anchoring::Narrative,
        } if state.narrative_month.is_some() => {
            match state
                .narrative_month
                .and_then(|month| Point::containing(month, *unit).step(*offset))
            {
                Some(point) => Resolved::point(point, Anchor::Narrative),
                None => missing_day(),
            }
        }
        Expr::Period {
            unit,
            offset,
            anchoring,
        } => match state.anchor_for(*anchoring) {
            Some((anchor, how)) => match Point::containing(anchor, *unit).step(*offset) {
                Some(point) => Resolved::point(point, how),
                None => missing_day(),
            },
            None => missing_day(),
        },
        Expr::Shifted {
            amount,
            unit,
            sign,
            anchoring,
        } => shifted(*amount, *unit, *sign, *anchoring, state),
        Expr::PartOfDay { day, part } => part_of_day(day, *part, tense, state),
        Expr::Overnight => overnight(tense, state),
        Expr::WeekOf { day } => {
            let resolved = resolve_expr(day, tense, state);
            match resolved.day {
                Some(date) => {
                    let monday =
                        date - chrono::Days::new(u64::from(date.weekday().num_days_from_monday()));
                    Resolved::point(Point::Week(monday), resolved.anchor)
                }
                None => resolved,
            }
        }
        Expr::Time { day, clock } => time_of_day(day.as_deref(), *clock, tense, state),
        Expr::Duration { amount, unit } => Resolved::unbounded(
            TimexType::Duration,
            duration_value(*amount, *unit),
            Anchor::None,
        ),
        Expr::Set(value) => Resolved::unbounded(TimexType::Set, value.clone(), Anchor::None),
        Expr::ReportedQuarter { years, year } => reported_quarter(*years, *year, state),
        Expr::Reference(reference) => {
            let value = reference.value().to_string();
            match state.speech() {
                Some((anchor, how)) => {
                    let day = Some(Bound::Day(anchor));
                    let (earliest, latest) = match reference {
                        super::expr::Reference::Past => (None, day),
                        super::expr::Reference::Present => (day, day),
                        super::expr::Reference::Future => (day, None),
                    };
                    Resolved {
                        kind: TimexType::Date,
                        value,
                        earliest,
                        latest,
                        anchor: how,
                        day: None,
                        point: None,
                    }
                }
                None => Resolved::unbounded(TimexType::Date, value, Anchor::Missing),
            }
        }
    }
}

/// The year a period lies in, when it lies in one: a day, a month, a quarter, a half, a
/// season (winter by the year it starts in) or a year.
fn year_of(point: Point) -> Option<i32> {
    match point {
        Point::Day(date) => Some(date.year()),
        Point::Month(year, _)
        | Point::Quarter(year, _)
        | Point::Half(year, _)
        | Point::Season(year, _)
        | Point::Year(year) => Some(year),
        Point::Week(_) | Point::Weekend(_) | Point::Decade(_) | Point::Century(_) => None,
    }
}

fn missing_day() -> Resolved {
    Resolved::unbounded(TimexType::Date, "XXXX-XX-XX".to_string(), Anchor::Missing)
}

/// "October 9", "9 October 2025", "2021", "May 2024".
fn calendar_date(
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
    tense: Option<WordTense>,
    state: &State<'_>,
) -> Resolved {
    let point_in = |y: i32| match (month, day) {
        (Some(m), Some(d)) => NaiveDate::from_ymd_opt(y, m, d).map(Point::Day),
        (Some(m), None) => Some(Point::Month(y, m)),
        _ => Some(Point::Year(y)),
    };
    if let (None, None, Some(d)) = (year, month, day) {
        return day_of_story_month(d, tense, state);
    }
    if let Some(y) = year.or(state.frame_year().filter(|_| month.is_some())) {
        return match point_in(y) {
            Some(point) => Resolved::point(point, Anchor::None),
            None => missing_day(),
        };
    }
    let Some((anchor, how)) = state.speech() else {
        let value = match (month, day) {
            (Some(m), Some(d)) => format!("XXXX-{m:02}-{d:02}"),
            (Some(m), None) => format!("XXXX-{m:02}"),
            _ => "XXXX".to_string(),
        };
        return Resolved::unbounded(TimexType::Date, value, Anchor::Missing);
    };
    let candidates: Vec<Point> = [anchor.year() - 1, anchor.year(), anchor.year() + 1]
        .iter()
        .filter_map(|y| point_in(*y))
        .collect();
    match choose_for(&candidates, anchor, tense, state) {
        Some(point) => Resolved::point(point, how),
        None => missing_day(),
    }
}

/// "on the 11th": that day of the month the story is in; of the month before when that day
/// is still to come at publication, of the month after when the verb points forward past it.
fn day_of_story_month(day: u32, tense: Option<WordTense>, state: &State<'_>) -> Resolved {
    let Some((anchor, how)) = state.story() else {
        return Resolved::unbounded(
            TimexType::Date,
            format!("XXXX-XX-{day:02}"),
            Anchor::Missing,
        );
    };
    let in_month = |months_ahead: i32| {
        let index = anchor.year() * 12 + anchor.month0() as i32 + months_ahead;
        NaiveDate::from_ymd_opt(index.div_euclid(12), index.rem_euclid(12) as u32 + 1, day)
    };
    let here = in_month(0);
    let chosen = match here {
        Some(date) if tense == Some(WordTense::Future) && date < anchor => in_month(1),
        // "will vote on the 23rd" on the 14th is this month's.
        Some(date)
            if tense != Some(WordTense::Future) && state.publication.is_some_and(|p| date > p) =>
        {
            in_month(-1)
        }
        other => other,
    };
    match chosen {
        Some(date) => Resolved::point(Point::Day(date), how),
        None => missing_day(),
    }
}

/// The candidate a phrase without a year means. The nearest one is right unless it is more
/// than three months away and the verb points the other way: "in March" said in November
/// with a past verb is last March, but "payable Jan. 2" is the coming January whatever the
/// verb ("reduced dividend") seems to say.
fn choose(
    candidates: &[Point],
    anchor: NaiveDate,
    tense: Option<WordTense>,
    close: bool,
) -> Option<Point> {
    let nearest = candidates.iter().min_by_key(|p| distance(p, anchor))?;
    // Within two weeks the nearest is right whatever the verb: "ended Oct. 30" in a report
    // of October 28 is a slip of tense or a plan, not a date a year back.
    let days = distance(nearest, anchor);
    if days <= 14 || days <= 100 && !close {
        return Some(*nearest);
    }
    let (first, last) = nearest.bounds();
    let by_tense = match tense {
        Some(WordTense::Past) if first > anchor => {
            candidates.iter().filter(|p| p.bounds().1 < anchor).max()
        }
        Some(WordTense::Future) if last < anchor => {
            candidates.iter().filter(|p| p.bounds().0 > anchor).min()
        }
        _ => None,
    };
    Some(*by_tense.unwrap_or(nearest))
}

/// [`choose`], unless the phrase follows "since": then the latest candidate begun by the
/// anchor.
fn choose_for(
    candidates: &[Point],
    anchor: NaiveDate,
    tense: Option<WordTense>,
    state: &State<'_>,
) -> Option<Point> {
    if state.since {
        return candidates
            .iter()
            .filter(|p| p.bounds().0 <= anchor)
            .max()
            .copied();
    }
    choose(candidates, anchor, tense, state.tense_close)
}

/// Days between a period and the anchor (0 when the period holds it).
fn distance(point: &Point, anchor: NaiveDate) -> i64 {
    let (first, last) = point.bounds();
    if anchor < first {
        (first - anchor).num_days()
    } else if anchor > last {
        (anchor - last).num_days()
    } else {
        0
    }
}

/// The year of a month, quarter, half or season.
fn pick_year(
    year: YearRef,
    state: &State<'_>,
    tense: Option<WordTense>,
    make: impl Fn(i32) -> Point,
) -> Option<(Point, Anchor)> {
    if let YearRef::Explicit(y) = year {
        return Some((make(y), Anchor::None));
    }
    if let (YearRef::Story(offset), Some(story)) = (year, state.narrative_year) {
        return Some((make(story + offset), Anchor::Narrative));
    }
    let (anchor, how) = state.speech()?;
    let y = anchor.year();
    let candidates = [make(y - 1), make(y), make(y + 1)];
    let point = match year {
        YearRef::Explicit(explicit) => make(explicit),
        YearRef::Relative(offset) | YearRef::Story(offset) => make(y + offset),
        YearRef::Last => candidates
            .into_iter()
            .filter(|p| p.bounds().1 < anchor)
            .max()?,
        YearRef::Next => candidates
            .into_iter()
            .filter(|p| p.bounds().0 > anchor)
            .min()?,
        YearRef::Implicit => match state.frame_year() {
            Some(framed) => make(framed),
            None => season_by_tense(&candidates, anchor, tense)
                .or_else(|| choose_for(&candidates, anchor, tense, state))?,
        },
    };
    Some((point, how))
}

/// "will stand trial in the fall", said in March, and "was freed in the spring", said in
/// January: a season is long, so the nearest is often the wrong one, and the verb tells
/// which: one not over yet, or one begun already. `None` for other periods, or no tense.
fn season_by_tense(
    candidates: &[Point],
    anchor: NaiveDate,
    tense: Option<WordTense>,
) -> Option<Point> {
    if !matches!(candidates.first(), Some(Point::Season(..))) {
        return None;
    }
    let chosen = match tense? {
        WordTense::Past => candidates.iter().filter(|p| p.bounds().0 <= anchor).max(),
        WordTense::Future => candidates.iter().filter(|p| p.bounds().1 >= anchor).min(),
        _ => None,
    };
    chosen.copied()
}

fn place_weekday(
    anchor: NaiveDate,
    day: Weekday,
    shift: Shift,
    tense: Option<WordTense>,
    options: &TagOptions,
) -> NaiveDate {
    let forward_tense = tense == Some(WordTense::Future);
    match shift {
        Shift::Last | Shift::Preceding => weekday_near(anchor, day, false, true),
        Shift::Next | Shift::Following => weekday_near(anchor, day, true, true),
        Shift::This => weekday_near(anchor, day, forward_tense || tense.is_none(), false),
        Shift::InWeek(weeks) => {
            let monday =
                anchor - Duration::days(i64::from(anchor.weekday().num_days_from_monday()));
            let days = 7 * i64::from(weeks) + i64::from(day.num_days_from_monday());
            monday
                .checked_add_signed(Duration::days(days))
                .unwrap_or(anchor)
        }
        Shift::Bare => match options.weekday_policy {
            WeekdayPolicy::Past => weekday_near(anchor, day, false, false),
            WeekdayPolicy::PastUnlessFuture => weekday_near(anchor, day, forward_tense, false),
            WeekdayPolicy::Nearest => {
                let before = weekday_near(anchor, day, false, false);
                let after = weekday_near(anchor, day, true, false);
                if (anchor - before) < (after - anchor) {
                    before
                } else {
                    after
                }
            }
        },
    }
}

/// "three weeks ago", "two days later", "a year earlier", "several years ago".
fn shifted(
    amount: Amount,
    unit: Unit,
    sign: i64,
    anchoring: Anchoring,
    state: &State<'_>,
) -> Resolved {
    // "two days earlier" counts from the last day the story named, even in a report without
    // a date, where an inferred day does not move the story's time: "raised the toll on
    // Wednesday ... had given a lower figure two days earlier" is Monday.
    let (anchor, third) = match (anchoring, state.last_day) {
        (Anchoring::Narrative, Some(day)) => (Some((day, Anchor::Narrative)), state.last_day_third),
        _ => (state.anchor_for(anchoring), None),
    };
    let Some((anchor, how)) = anchor else {
        return missing_day();
    };
    if let (
        Amount::Count {
            whole: 1,
            half: false,
        },
        Unit::Year,
        Some(reported),
    ) = (amount, unit, state.reported)
    {
        if sign < 0 {
            if let Some(point) = years_from(reported, -1) {
                return Resolved::point(point, Anchor::Narrative);
            }
        }
    }
    // "The dam was completed in 1990. Five years earlier, ...": counted in years from the
    // story's year, which a year alone sets too; "two decades later" counts twenty of them.
    let years = match unit {
        Unit::Year => Some(1),
        Unit::Decade => Some(10),
        Unit::Century => Some(100),
        _ => None,
    };
    if let (Anchoring::Narrative, Some(years), Amount::Count { whole, half: false }, Some(year)) =
        (anchoring, years, amount, state.narrative_year)
    {
        let shifted = i64::from(year) + sign * i64::from(whole) * years;
        // Told in the unit's own grain, as counted from the report ("two decades ago" is a
        // decade): 1992 and two decades later is the 2010s.
        if let Ok(shifted) = i32::try_from(shifted) {
            let point = match unit {
                Unit::Decade => Point::Decade(shifted.div_euclid(10)),
                Unit::Century => Point::Century(shifted.div_euclid(100)),
                _ => Point::Year(shifted),
            };
            return Resolved::point(point, Anchor::Narrative);
        }
    }
    let (count, unit) = match amount {
        Amount::Count { whole, half: true } if unit == Unit::Year => {
            (i64::from(whole) * 12 + 6, Unit::Month)
        }
        Amount::Count { whole, .. } => (i64::from(whole), unit),
        // "a few days later" says how long, not when: a vague duration.
        Amount::Vague if anchoring == Anchoring::Narrative => {
            return Resolved::unbounded(
                TimexType::Duration,
                duration_value(amount, unit),
                Anchor::None,
            );
        }
        Amount::Vague => {
            let reference = if sign < 0 {
                super::expr::Reference::Past
            } else {
                super::expr::Reference::Future
            };
            let day = Some(Bound::Day(anchor));
            let (earliest, latest) = if sign < 0 { (None, day) } else { (day, None) };
            return Resolved {
                kind: TimexType::Date,
                value: reference.value().to_string(),
                earliest,
                latest,
                anchor: how,
                day: None,
                point: None,
            };
        }
    };
    // "48 hours later" is two days on; "36 hours later", from a day whose hour is not known,
    // falls on the next day or the one after.
    if unit == Unit::Hour && count >= 24 {
        let day = |hours: i64| shift_date(anchor, Unit::Day, sign * hours.div_euclid(24));
        let (near, far) = (day(count), day(count + 23));
        let (Some(near), Some(far)) = (near, far) else {
            return missing_day();
        };
        let (first, last) = if near <= far {
            (near, far)
        } else {
            (far, near)
        };
        let mut resolved = Resolved::point(Point::Day(near), how);
        resolved.earliest = Some(Bound::Day(first));
        resolved.latest = Some(Bound::Day(last));
        return resolved;
    }
    // Eight hours or more past the last third of a day ("late Monday ... twelve hours
    // later") fall on the next day; as many before its first third, on the day before.
    let crosses = matches!(
        (sign, third),
        (1, Some(Modifier::End)) | (-1, Some(Modifier::Start))
    );
    let anchor = if unit == Unit::Hour && (8..24).contains(&count) && crosses {
        anchor
            .checked_add_signed(Duration::days(sign))
            .unwrap_or(anchor)
    } else {
        anchor
    };
    // "opened in May 2010. Twelve months later": counted from the story's month, which a
    // month alone sets without setting a day.
    let (anchor, how) = match (anchoring, unit, state.narrative_month) {
        (Anchoring::Narrative, Unit::Month, Some(month)) => (month, Anchor::Narrative),
        _ => (anchor, how),
    };
    match shift_date(anchor, unit, sign * count) {
        Some(date) => Resolved::point(Point::containing(date, unit), how),
        None => missing_day(),
    }
}

/// "the quarter", "the year-ago quarter", "the 1988 quarter".
fn reported_quarter(years: i64, year: Option<i32>, state: &State<'_>) -> Resolved {
    // "the first nine months ... the 1988 period" is that year's; "the year-earlier period"
    // the same nine months a year before. "The latest period" is still the latest quarter.
    match (state.reported_months, year) {
        (Some(_), Some(year)) => return Resolved::point(Point::Year(year), Anchor::Narrative),
        (Some(months), None) if years < 0 => {
            return Resolved::unbounded(
                TimexType::Duration,
                duration_value(Amount::count(months), Unit::Month),
                Anchor::None,
            );
        }
        _ => {}
    }
    let base = match state.reported {
        Some(quarter) => Some((quarter, Anchor::Narrative)),
        None => state.speech().and_then(|(anchor, how)| {
            Point::containing(anchor, Unit::Quarter)
                .step(-1)
                .map(|q| (q, how))
        }),
    };
    let Some((base, how)) = base else {
        return Resolved::unbounded(TimexType::Date, "XXXX-QX".to_string(), Anchor::Missing);
    };
    let point = match (year, base) {
        (Some(year), Point::Quarter(_, quarter)) => Some(Point::Quarter(year, quarter)),
        (Some(year), Point::Half(_, half)) => Some(Point::Half(year, half)),
        _ => years_from(base, years),
    };
    match point {
        Some(point) => Resolved::point(point, how),
        None => missing_day(),
    }
}

/// The months of a year to date a phrase names: "the first nine months", "the six months"
/// (with its article: "for six months" is a stretch of time, not a period reported on).
fn months_to_date(expr: &Expr, text: &str) -> Option<u32> {
    match expr {
        Expr::Duration {
            amount: Amount::Count { whole, half: false },
            unit: Unit::Month,
        } if (2..12).contains(whole)
            && text
                .get(..4)
                .is_some_and(|the| the.eq_ignore_ascii_case("the ")) =>
        {
            Some(*whole)
        }
        _ => None,
    }
}

/// The same quarter or half `years` years away.
fn years_from(point: Point, years: i64) -> Option<Point> {
    let per_year = match point {
        Point::Quarter(..) => 4,
        Point::Half(..) => 2,
        _ => 1,
    };
    point.step(years.checked_mul(per_year)?)
}

/// "the weekend": the one just past, or the one coming when the clause points forward.
/// "this weekend": the one coming, or the one just past when the clause is past.
fn weekend_near(anchor: NaiveDate, anchoring: Anchoring, tense: Option<WordTense>) -> Point {
    let this_week = Point::containing(anchor, Unit::Weekend);
    let in_weekend = matches!(anchor.weekday(), Weekday::Sat | Weekday::Sun);
    let coming = match anchoring {
        Anchoring::Nearest => tense == Some(WordTense::Future),
        _ => tense != Some(WordTense::Past),
    };
    if in_weekend || coming {
        this_week
    } else {
        this_week.step(-1).unwrap_or(this_week)
    }
}

/// "Friday night", "this morning", "tonight".
fn part_of_day(day: &Expr, part: DayPart, tense: Option<WordTense>, state: &State<'_>) -> Resolved {
    let mut resolved = resolve_expr(day, tense, state);
    if let (
        Expr::Period {
            unit: Unit::Day,
            offset,
            anchoring: Anchoring::Narrative,
        },
        Some(last),
    ) = (day, state.last_day)
    {
        let date = last + chrono::Duration::days(*offset);
        resolved = Resolved::point(Point::Day(date), Anchor::Narrative);
    }
    match resolved.day {
        Some(date) => {
            let ((h1, m1), (h2, m2)) = part.hours();
            let bound = |h, m| Bound::Minute {
                date,
                time: NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default(),
                offset: None,
            };
            Resolved {
                kind: TimexType::Time,
                value: {
                    let mut value = day_value(date);
                    value.push('T');
                    value.push_str(part.code());
                    value
                },
                earliest: Some(bound(h1, m1)),
                latest: Some(bound(h2, m2)),
                anchor: resolved.anchor,
                day: Some(date),
                point: None,
            }
        }
        None => Resolved::unbounded(
            TimexType::Time,
            format!("{}T{}", resolved.value, part.code()),
            resolved.anchor,
        ),
    }
}

/// "overnight": in the past, the night before the report's day, whatever day the story
/// named last ("Police said on Tuesday that gunmen had attacked overnight"); else the night of
/// the story's day ("talks will run overnight").
fn overnight(tense: Option<WordTense>, state: &State<'_>) -> Resolved {
    let story_day = Expr::Period {
        unit: Unit::Day,
        offset: 0,
        anchoring: Anchoring::Narrative,
    };
    match (tense, state.speech()) {
        (Some(WordTense::Past), Some(_)) => {
            part_of_day(&Expr::Day(-1), DayPart::Night, tense, state)
        }
        _ => part_of_day(&story_day, DayPart::Night, tense, state),
    }
}

/// The written zone's offset; without a date, a zone that keeps summer time gives its
/// standard offset.
fn clock_offset(clock: Clock, date: Option<NaiveDate>) -> Option<FixedOffset> {
    clock
        .zone
        .map(|zone| date.map_or(zone.offset, |date| zone.offset_on(date)))
        .and_then(FixedOffset::east_opt)
}

/// Appends "T17:30+04:30", the clock part of a TIME value, as chrono writes the offset
/// ("+04:30", with seconds only when it has some). Written digit by digit: through
/// `format!` and the offset's `Display`, a clock's value cost a few thousand instructions.
fn push_clock(value: &mut String, clock: Clock, offset: Option<FixedOffset>) {
    value.push('T');
    push_padded(value, clock.hour, 2);
    value.push(':');
    push_padded(value, clock.minute, 2);
    let Some(offset) = offset else {
        return;
    };
    let seconds = offset.local_minus_utc();
    value.push(if seconds < 0 { '-' } else { '+' });
    let seconds = seconds.unsigned_abs();
    push_padded(value, seconds / 3600, 2);
    value.push(':');
    push_padded(value, seconds / 60 % 60, 2);
    if seconds % 60 != 0 {
        value.push(':');
        push_padded(value, seconds % 60, 2);
    }
}

/// A clock time on a known day; it sets no day of the story.
fn clock_on(date: NaiveDate, clock: Clock, anchor: Anchor) -> Resolved {
    let offset = clock_offset(clock, Some(date));
    // T24:00 is the instant that begins the next day.
    let (instant_date, time) = match NaiveTime::from_hms_opt(clock.hour, clock.minute, 0) {
        Some(time) => (date, time),
        None => (date.succ_opt().unwrap_or(date), NaiveTime::MIN),
    };
    let bound = Bound::Minute {
        date: instant_date,
        time,
        offset,
    };
    Resolved {
        kind: TimexType::Time,
        value: {
            let mut value = day_value(date);
            push_clock(&mut value, clock, offset);
            value
        },
        earliest: Some(bound),
        latest: Some(bound),
        anchor,
        day: None,
        point: None,
    }
}

/// "5.30 PM (Kabul time)" on the narrative day; "Friday at 5 pm" on that Friday.
fn time_of_day(
    day: Option<&Expr>,
    clock: Clock,
    tense: Option<WordTense>,
    state: &State<'_>,
) -> Resolved {
    let written_day = day.is_some();
    let (date, anchor, day_value) = match day {
        Some(day) => {
            let resolved = resolve_expr(day, tense, state);
            (resolved.day, resolved.anchor, resolved.value)
        }
        None => match (state.story(), state.publication) {
            // "will speak at 6 p.m." after a past day of the story is today's 6 p.m.; "told
            // reporters at midday" after a day still to come is no time to come.
            (Some((date, _)), Some(today))
                if tense == Some(WordTense::Future) && date < today
                    || tense == Some(WordTense::Past) && date > today =>
            {
                (Some(today), Anchor::Publication, String::new())
            }
            (Some((date, how)), _) => (Some(date), how, String::new()),
            (None, _) => (None, Anchor::Missing, "XXXX-XX-XX".to_string()),
        },
    };
    match date {
        Some(date) => {
            let mut resolved = clock_on(date, clock, anchor);
            // "at 1:00 p.m. GMT on October 15" moves the story to October 15.
            resolved.day = written_day.then_some(date);
            resolved
        }
        None => {
            let mut value = if day_value.is_empty() {
                "XXXX-XX-XX".to_string()
            } else {
                day_value
            };
            push_clock(&mut value, clock, clock_offset(clock, None));
            Resolved::unbounded(TimexType::Time, value, anchor)
        }
    }
}

/// `P4D`, `PT48H`, `PXY`, `P2Y6M`, `PT30M`.
fn duration_value(amount: Amount, unit: Unit) -> String {
    let (designator, clock) = unit.designator();
    let t = if clock { "T" } else { "" };
    match amount {
        Amount::Vague => format!("P{t}X{designator}"),
        Amount::Count { whole, half: false } if unit == Unit::Decade => format!("P{}Y", whole * 10),
        Amount::Count { whole, half: false } if unit == Unit::Century => {
            format!("P{}Y", whole * 100)
        }
        // "four days", most amounts: written piece by piece, as `format!` cost 500
        // instructions.
        Amount::Count { whole, half: false } => {
            let mut value = String::with_capacity(16);
            value.push('P');
            value.push_str(t);
            push_padded(&mut value, whole, 1);
            value.push_str(designator);
            value
        }
        Amount::Count { whole, half: true } => match unit {
            Unit::Year => {
                if whole == 0 {
                    "P6M".to_string()
                } else {
                    format!("P{whole}Y6M")
                }
            }
            Unit::Day => format!("PT{}H", whole * 24 + 12),
            Unit::Hour => {
                if whole == 0 {
                    "PT30M".to_string()
                } else {
                    format!("PT{whole}H30M")
                }
            }
            Unit::Minute => format!("PT{whole}M30S"),
            _ => format!("P{t}{whole}.5{designator}"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The masthead date and each expression's value, for a report without metadata.
    fn tagged(text: &str) -> (Option<String>, Vec<(String, String)>) {
        let document = Document::from_text("t", text, crate::document::Metadata::default());
        let tagging = anchor_all(&document, &TagOptions::default());
        let values = tagging
            .timexes
            .into_iter()
            .map(|t| (t.text, t.value))
            .collect();
        (tagging.masthead.map(|d| d.to_string()), values)
    }

    #[test]
    fn a_labelled_date_above_the_story_dates_the_report() {
        let (masthead, values) = tagged(
            "Gaza live\n\nLast updated: 1 December 2023\n\nOn Monday the truce was extended.",
        );
        assert_eq!(masthead.as_deref(), Some("2023-12-01"));
        // Told in the past, Monday is the one before the report's day.
        assert_eq!(values[1], ("Monday".to_string(), "2023-11-27".to_string()));
        let (masthead, _) = tagged("Talks\nPublished on 3 May 2024\nThe talks failed.");
        assert_eq!(masthead.as_deref(), Some("2024-05-03"));
        // A bare date at the top of a page may be the day it was fetched.
        let (masthead, _) = tagged("Thursday, January 15, 2026\n\nTalks failed on Tuesday.");
        assert_eq!(masthead, None);
        // Nor does a labelled date deep in the story.
        let story = format!(
            "{}\nUpdated 3 May 2024 the figures.",
            "Talks went on. ".repeat(50)
        );
        assert_eq!(tagged(&story).0, None);
    }

    #[test]
    fn a_live_blog_entry_is_stamped_on_the_blog_s_day() {
        let (_, values) = tagged(
            "Last updated: 10 November 2020\n\n09:30 GMT — Aliyev says forces must leave \
             Lachin by 1 December.\n\n07:50 GMT — Calm returns to Yerevan.",
        );
        assert_eq!(
            values.last(),
            Some(&(
                "07:50 GMT".to_string(),
                "2020-11-10T07:50+00:00".to_string()
            ))
        );
    }

    #[test]
    fn durations_keep_their_unit() {
        assert_eq!(duration_value(Amount::count(48), Unit::Hour), "PT48H");
        assert_eq!(duration_value(Amount::count(1), Unit::Week), "P1W");
        assert_eq!(duration_value(Amount::Vague, Unit::Year), "PXY");
        assert_eq!(
            duration_value(
                Amount::Count {
                    whole: 2,
                    half: true
                },
                Unit::Year
            ),
            "P2Y6M"
        );
        assert_eq!(
            duration_value(
                Amount::Count {
                    whole: 0,
                    half: true
                },
                Unit::Hour
            ),
            "PT30M"
        );
    }

    #[test]
    fn narrowing_by_thirds() {
        let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
        assert_eq!(
            narrow(d(10, 1), d(10, 31), Some(Modifier::Start)),
            (d(10, 1), d(10, 10))
        );
        assert_eq!(
            narrow(d(10, 1), d(10, 31), Some(Modifier::End)),
            (d(10, 22), d(10, 31))
        );
    }

    #[test]
    fn tense_from_the_left() {
        assert_eq!(
            tense_before("The ministers will meet on ", 27).map(|(tense, _)| tense),
            Some(WordTense::Future)
        );
        assert_eq!(
            tense_before("Talks collapsed on ", 19).map(|(tense, _)| tense),
            Some(WordTense::Past)
        );
        assert_eq!(tense_before("They will go. Talks on ", 23), None);
        // A passive takes the time of its auxiliary.
        let passive = "The treaty will be signed on ";
        assert_eq!(
            tense_before(passive, passive.len()).map(|(tense, _)| tense),
            Some(WordTense::Future)
        );
        let passive = "It's said they'll not be signed on ";
        assert_eq!(
            tense_before(passive, passive.len()).map(|(tense, _)| tense),
            Some(WordTense::Future)
        );
    }
}

//! What a temporal phrase says, before it is anchored: the parsers' output.
//!
//! "last Tuesday" is `Weekday { day: Tue, shift: Last }`; only anchoring against the report's
//! date (or the narrative time) turns it into a TIMEX3 value such as `2025-10-28`.

use super::Modifier;
use chrono::{Datelike, NaiveDate, Weekday};

/// A calendar or clock unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// The unit's letters in a TIMEX3 duration, and whether they follow the `T`.
    pub(crate) fn designator(self) -> (&'static str, bool) {
        match self {
            Unit::Second => ("S", true),
            Unit::Minute => ("M", true),
            Unit::Hour => ("H", true),
            Unit::Day => ("D", false),
            Unit::Weekend => ("WE", false),
            Unit::Week => ("W", false),
            Unit::Month => ("M", false),
            Unit::Quarter => ("Q", false),
            Unit::Year => ("Y", false),
            Unit::Decade => ("DE", false),
            Unit::Century => ("CE", false),
        }
    }

    /// Reads a unit code of `lexicon/time/units.tsv`.
    pub(crate) fn from_code(code: &str) -> Option<Unit> {
        Some(match code {
            "S" => Unit::Second,
            "MIN" => Unit::Minute,
            "H" => Unit::Hour,
            "D" => Unit::Day,
            "WE" => Unit::Weekend,
            "W" => Unit::Week,
            "M" => Unit::Month,
            "Q" => Unit::Quarter,
            "Y" => Unit::Year,
            "DE" => Unit::Decade,
            "CE" => Unit::Century,
            _ => return None,
        })
    }
}

/// A part of the day, as TIMEX3 writes it after `T`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum DayPart {
    Morning,
    Midday,
    Afternoon,
    Evening,
    Night,
    Daytime,
}

impl DayPart {
    pub(crate) fn code(self) -> &'static str {
        match self {
            DayPart::Morning => "MO",
            DayPart::Midday => "MI",
            DayPart::Afternoon => "AF",
            DayPart::Evening => "EV",
            DayPart::Night => "NI",
            DayPart::Daytime => "DT",
        }
    }

    pub(crate) fn from_code(code: &str) -> Option<DayPart> {
        Some(match code {
            "MO" => DayPart::Morning,
            "MI" => DayPart::Midday,
            "AF" => DayPart::Afternoon,
            "EV" => DayPart::Evening,
            "NI" => DayPart::Night,
            "DT" => DayPart::Daytime,
            _ => return None,
        })
    }

    /// The clock hours (inclusive start, inclusive end) the interval uses for it.
    pub(crate) fn hours(self) -> ((u32, u32), (u32, u32)) {
        match self {
            DayPart::Morning => ((5, 0), (11, 59)),
            DayPart::Midday => ((11, 0), (13, 59)),
            DayPart::Afternoon => ((12, 0), (17, 59)),
            DayPart::Evening => ((17, 0), (21, 59)),
            DayPart::Night => ((18, 0), (23, 59)),
            DayPart::Daytime => ((6, 0), (17, 59)),
        }
    }
}

/// A season, as TIMEX3 writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    pub(crate) fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }

    pub(crate) fn from_code(code: &str) -> Option<Season> {
        Some(match code {
            "SP" => Season::Spring,
            "SU" => Season::Summer,
            "FA" => Season::Fall,
            "WI" => Season::Winter,
            _ => return None,
        })
    }

    /// First and last month (northern hemisphere; winter runs into the next year).
    pub(crate) fn months(self) -> (u32, u32) {
        match self {
            Season::Spring => (3, 5),
            Season::Summer => (6, 8),
            Season::Fall => (9, 11),
            Season::Winter => (12, 2),
        }
    }
}

/// The rule that gives a holiday's day in a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Holiday {
    /// The same day every year: Christmas is `Fixed { month: 12, day: 25 }`.
    Fixed { month: u32, day: u32 },
    /// Days from Easter Sunday: Good Friday is `Easter(-2)`.
    Easter(i64),
    /// The `nth` weekday of a month, the last when `nth` is -1: Thanksgiving is the fourth
    /// Thursday of November.
    NthWeekday {
        month: u32,
        weekday: Weekday,
        nth: i8,
    },
}

impl Holiday {
    /// Reads a rule of `lexicon/time/holidays.tsv`: `12-25`, `easter`, `easter-2`, `11 4 4`.
    pub(crate) fn from_code(code: &str) -> Option<Holiday> {
        if let Some(offset) = code.strip_prefix("easter") {
            let offset = match offset {
                "" => 0,
                _ => offset.strip_prefix('+').unwrap_or(offset).parse().ok()?,
            };
            return Some(Holiday::Easter(offset));
        }
        if let Some((month, day)) = code.split_once('-').filter(|_| !code.contains(' ')) {
            let (month, day) = (month.parse().ok()?, day.parse().ok()?);
            NaiveDate::from_ymd_opt(2000, month, day)?;
            return Some(Holiday::Fixed { month, day });
        }
        let mut fields = code.split(' ');
        let month = fields
            .next()?
            .parse()
            .ok()
            .filter(|m| (1..=12).contains(m))?;
        let weekday = Weekday::try_from(fields.next()?.parse::<u8>().ok()?.checked_sub(1)?).ok()?;
        let nth = fields
            .next()?
            .parse()
            .ok()
            .filter(|n| (-1..=5).contains(n) && *n != 0)?;
        Some(Holiday::NthWeekday {
            month,
            weekday,
            nth,
        })
    }

    /// The holiday's day in `year`.
    pub(crate) fn date(self, year: i32) -> Option<NaiveDate> {
        match self {
            Holiday::Fixed { month, day } => NaiveDate::from_ymd_opt(year, month, day),
            Holiday::Easter(offset) => {
                easter(year)?.checked_add_signed(chrono::Duration::days(offset))
            }
            Holiday::NthWeekday {
                month,
                weekday,
                nth: -1,
            } => NaiveDate::from_weekday_of_month_opt(year, month, weekday, 5)
                .or_else(|| NaiveDate::from_weekday_of_month_opt(year, month, weekday, 4)),
            Holiday::NthWeekday {
                month,
                weekday,
                nth,
            } => {
                NaiveDate::from_weekday_of_month_opt(year, month, weekday, u8::try_from(nth).ok()?)
            }
        }
    }
}

/// Easter Sunday of a Gregorian year (the anonymous Gregorian computus).
fn easter(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let (b, c) = (year.div_euclid(100), year.rem_euclid(100));
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// A vague reference to past, present or future.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Reference {
    Past,
    Present,
    Future,
}

impl Reference {
    pub(crate) fn value(self) -> &'static str {
        match self {
            Reference::Past => "PAST_REF",
            Reference::Present => "PRESENT_REF",
            Reference::Future => "FUTURE_REF",
        }
    }
}

/// How many units: "four", "2 1/2", "several".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Amount {
    /// A whole number, with an extra half when `half` ("two and a half").
    Count { whole: u32, half: bool },
    /// "several", "a few", "recent": TIMEX3 writes `X`.
    Vague,
}

impl Amount {
    pub(crate) fn count(whole: u32) -> Amount {
        Amount::Count { whole, half: false }
    }
}

/// Which year a month, season or quarter belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum YearRef {
    /// Written out: "summer 2024", "the third quarter of 1989".
    Explicit(i32),
    /// Relative to the anchor's year: "June last year" (-1), "this summer" (0).
    Relative(i32),
    /// Relative to the year the story is in: "the following spring" (1), "that summer" (0),
    /// "the previous winter" (-1).
    Story(i32),
    /// The latest one that ended before the anchor: "last April", "last summer".
    Last,
    /// The first one that starts after the anchor: "next May", "next winter".
    Next,
    /// Not said: chosen from tense and distance to the anchor.
    Implicit,
}

/// A named part of a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum YearPart {
    Quarter(u32),
    Half(u32),
    Season(Season),
}

/// How a weekday or unit is shifted from its anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Shift {
    /// "Tuesday": the policy decides (nearest before the report's date by default).
    Bare,
    /// "last Tuesday".
    Last,
    /// "this Tuesday".
    This,
    /// "next Tuesday".
    Next,
    /// "the previous Friday": before the story's day.
    Preceding,
    /// "the following Monday": after the story's day.
    Following,
    /// "Tuesday next week" (1), "Friday last week" (-1), "Monday this week" (0): that day of
    /// the week so many weeks from the report's.
    InWeek(i8),
}

/// What a relative phrase counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Anchoring {
    /// The report's date (speech time): "yesterday", "three weeks ago", "last week".
    Speech,
    /// The time the story is at: "two days later", "the previous day", "a year earlier".
    Narrative,
    /// The report's date, with the clause's tense choosing the period just past or the one
    /// coming, as for a bare weekday: "the weekend". "this weekend" counts from speech time
    /// and is the coming one unless the clause is past.
    Nearest,
}

/// Part of an anchored period the text restricts itself to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Portion {
    /// "earlier this month": from the start of the period to the anchor.
    Earlier,
    /// "later this year": from the anchor to the end of the period.
    Later,
    /// "the first half of March".
    FirstHalf,
    /// "the second half of the month", "the latter half of the 1990s".
    SecondHalf,
}

/// A clock time as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Clock {
    pub hour: u32,
    pub minute: u32,
    /// The zone, when one was written ("local time" is none).
    pub zone: Option<Zone>,
}

/// A written zone: its standard UTC offset in seconds, and the daylight-saving rule of the
/// place it names ("Israel time", "ET"), whose offset depends on the date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Zone {
    pub offset: i32,
    pub summer: Option<Summer>,
}

impl Zone {
    /// A zone whose offset never changes ("GMT", "PKT", "Kabul time").
    #[cfg(test)]
    pub(crate) fn fixed(offset: i32) -> Zone {
        Zone {
            offset,
            summer: None,
        }
    }

    /// The UTC offset in seconds on a local date. The switch is taken to happen at the start
    /// of its day: the hours before it on that one night are read an hour off.
    pub(crate) fn offset_on(self, date: NaiveDate) -> i32 {
        match self.summer {
            Some(summer) if summer.holds(date) => self.offset + 3600,
            _ => self.offset,
        }
    }
}

/// A daylight-saving rule: when a place's clocks are an hour ahead of its standard time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Summer {
    /// The United States and Canada: from the second Sunday of March to the first Sunday of
    /// November (before 2007, the first Sunday of April to the last Sunday of October).
    Us,
    /// The European Union, the United Kingdom, Ukraine, Lebanon: from the last Sunday of March
    /// to the last Sunday of October.
    Eu,
    /// Israel: from the Friday before the last Sunday of March to the last Sunday of October.
    Israel,
}

impl Summer {
    /// The rule's name in `lexicon/time/zones.tsv`.
    pub(crate) fn from_code(code: &str) -> Option<Summer> {
        match code {
            "us" => Some(Summer::Us),
            "eu" => Some(Summer::Eu),
            "il" => Some(Summer::Israel),
            _ => None,
        }
    }

    fn holds(self, date: NaiveDate) -> bool {
        let year = date.year();
        let sunday = |month, n| NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Sun, n);
        let last_sunday = |month| sunday(month, 5).or_else(|| sunday(month, 4));
        let bounds = match self {
            Summer::Us if year >= 2007 => (sunday(3, 2), sunday(11, 1)),
            Summer::Us => (sunday(4, 1), last_sunday(10)),
            Summer::Eu => (last_sunday(3), last_sunday(10)),
            Summer::Israel => (
                last_sunday(3).and_then(|d| d.checked_sub_days(chrono::Days::new(2))),
                last_sunday(10),
            ),
        };
        match bounds {
            (Some(start), Some(end)) => start <= date && date < end,
            _ => false,
        }
    }
}

/// What a temporal phrase means, before anchoring.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Expr {
    /// A calendar date as far as written: "October 9", "9 October 2025", "2025-10-19",
    /// "May 2024", "2021"; `weekday` when one was written beside it ("Tuesday, Oct. 28").
    Date {
        year: Option<i32>,
        month: Option<u32>,
        day: Option<u32>,
        weekday: Option<Weekday>,
    },
    /// A month with a relative or implicit year: "last April", "in May", "this September".
    Month { month: u32, year: YearRef },
    /// "the 1990s" (`199`), "the '80s".
    Decade(i32),
    /// "the 20th century" (`19`).
    Century(i32),
    /// Quarters, halves and seasons: "the third quarter", "last summer", "the first half of 2024".
    YearPart { part: YearPart, year: YearRef },
    /// "Tuesday", "last Friday", "next Monday".
    Weekday { day: Weekday, shift: Shift },
    /// "today" (0), "yesterday" (-1), "tomorrow" (1).
    Day(i64),
    /// The period `offset` units away: "this week" (0), "last month" (-1), "next year" (1),
    /// "the previous day" (-1, narrative), "the following week" (1, narrative),
    /// "that day" (0, narrative).
    Period {
        unit: Unit,
        offset: i64,
        anchoring: Anchoring,
    },
    /// A point `amount` units before (`sign` -1) or after (1) the anchor: "three weeks ago",
    /// "two days later", "a year earlier".
    Shifted {
        amount: Amount,
        unit: Unit,
        sign: i64,
        anchoring: Anchoring,
    },
    /// A day (or nothing, meaning the narrative day) with a part: "Friday night", "this morning".
    PartOfDay { day: Box<Expr>, part: DayPart },
    /// "overnight": told in the past, the night that ended as the report's day began
    /// ("rebels attacked overnight, police said Tuesday" is Monday night); else the night of
    /// the story's day.
    Overnight,
    /// A holiday, in a year said or implied: "Christmas", "Easter 1997", "last Thanksgiving".
    Holiday { holiday: Holiday, year: YearRef },
    /// The week that holds a day: "the week of March 6".
    WeekOf { day: Box<Expr> },
    /// A clock time, on a day when one is written: "5.30 PM (Kabul time)", "noon Saturday".
    Time {
        day: Option<Box<Expr>>,
        clock: Clock,
    },
    /// A length of time: "48-hour", "four days", "the past two months".
    Duration { amount: Amount, unit: Unit },
    /// The quarter a financial report is about, `years` years back: "the quarter", "the
    /// latest period" (0), "the year-ago quarter" (-1); `year` when written ("the 1988
    /// quarter"). Anchored to the last quarter the story named, else the last full quarter.
    ReportedQuarter { years: i64, year: Option<i32> },
    /// A recurring time with its TIMEX3 value: "every Friday" (`XXXX-WXX-5`), "daily" (`P1D`).
    Set(String),
    /// "recently", "now", "in the near future".
    Reference(Reference),
}

/// What the scanner must still check outside the phrase before accepting it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Guard {
    /// Nothing: the phrase is unambiguous.
    None,
    /// A lone ambiguous word ("May", "March"): needs a word before it that introduces a time.
    AmbiguousWord,
    /// A bare four-digit number: must not read as a count ("2000 troops").
    BareYear,
    /// "a week", "an hour": not a rate ("four flights a week", "$35 a night").
    Rate,
    /// A one-word vague reference ("soon", "shortly"): not part of a conjunction
    /// ("as soon as", "soon after").
    Connective,
    /// A bare plural unit ("years", "centuries"): only after "for", "in", "within", "over".
    BareUnit,
    /// "one day" as "someday": only after a modal ("will one day be").
    AfterModal,
    /// "last night", "last evening": not after a determiner ("its last evening sitting").
    Undetermined,
    /// "the day after": not after a length of time and "to" ("two years to the day after"),
    /// which says how exactly the length was counted.
    NotToThe,
    /// "over two days" as "more than": not right after a length ("nine hours over two days"),
    /// where "over" says across which days it was spread.
    NotAfterLength,
    /// "the 80s" as a decade: not degrees or scores ("temperatures in the 80s", "shot in the
    /// 60s").
    NotDegrees,
}

/// What the parsers read in one phrase: its meaning and what the scanner must still check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Reading {
    pub expr: Expr,
    pub modifier: Option<Modifier>,
    pub portion: Option<Portion>,
    pub guard: Guard,
}

impl From<Expr> for Reading {
    fn from(expr: Expr) -> Reading {
        Reading {
            expr,
            modifier: None,
            portion: None,
            guard: Guard::None,
        }
    }
}

impl Reading {
    pub(crate) fn with_modifier(mut self, modifier: Option<Modifier>) -> Reading {
        if modifier.is_some() {
            self.modifier = modifier;
        }
        self
    }

    pub(crate) fn guarded(mut self, guard: Guard) -> Reading {
        self.guard = guard;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holidays_by_rule() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        let on = |code: &str, year| Holiday::from_code(code).and_then(|h| h.date(year));
        assert_eq!(on("12-25", 1997), day(1997, 12, 25));
        // Easter fell on 12 April 1998, 23 April 2000, 20 April 2025.
        assert_eq!(on("easter", 1998), day(1998, 4, 12));
        assert_eq!(on("easter", 2000), day(2000, 4, 23));
        assert_eq!(on("easter-2", 2025), day(2025, 4, 18));
        assert_eq!(on("easter+1", 2025), day(2025, 4, 21));
        // Thanksgiving 1998 on 26 November; Memorial Day 1998 on 25 May.
        assert_eq!(on("11 4 4", 1998), day(1998, 11, 26));
        assert_eq!(on("05 1 -1", 1998), day(1998, 5, 25));
        assert_eq!(on("02-30", 1998), None);
        assert_eq!(Holiday::from_code("13 1 1"), None);
    }

    #[test]
    fn summer_time_by_rule() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let us = Zone {
            offset: -18_000,
            summer: Some(Summer::Us),
        };
        // 2025: from Sunday 9 March to Sunday 2 November; before 2007 from April.
        assert_eq!(us.offset_on(day(2025, 3, 8)), -18_000);
        assert_eq!(us.offset_on(day(2025, 3, 9)), -14_400);
        assert_eq!(us.offset_on(day(2025, 11, 1)), -14_400);
        assert_eq!(us.offset_on(day(2025, 11, 2)), -18_000);
        assert_eq!(us.offset_on(day(1998, 3, 20)), -18_000);
        let eu = Zone {
            offset: 7_200,
            summer: Some(Summer::Eu),
        };
        // 2025: from Sunday 30 March to Sunday 26 October.
        assert_eq!(eu.offset_on(day(2025, 3, 29)), 7_200);
        assert_eq!(eu.offset_on(day(2025, 3, 30)), 10_800);
        assert_eq!(eu.offset_on(day(2025, 10, 26)), 7_200);
        let israel = Zone {
            offset: 7_200,
            summer: Some(Summer::Israel),
        };
        // 2025: from Friday 28 March.
        assert_eq!(israel.offset_on(day(2025, 3, 27)), 7_200);
        assert_eq!(israel.offset_on(day(2025, 3, 28)), 10_800);
        assert_eq!(Zone::fixed(16_200).offset_on(day(2025, 6, 1)), 16_200);
    }
}

//! Periods on the calendar at a granularity: a day, an ISO week, a month, a quarter, a year,
//! a decade. Each knows its TIMEX3 value and its first and last day.

use super::expr::{Season, Unit};
use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};

/// A calendar period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Point {
    Day(NaiveDate),
    /// The ISO week starting on this Monday.
    Week(NaiveDate),
    /// The weekend (Saturday and Sunday) of the ISO week starting on this Monday.
    Weekend(NaiveDate),
    Month(i32, u32),
    Quarter(i32, u32),
    Half(i32, u32),
    Season(i32, SeasonKey),
    Year(i32),
    /// 199 for the 1990s.
    Decade(i32),
    /// 19 for 1900–1999.
    Century(i32),
}

/// A season ordered for use in [`Point`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct SeasonKey(pub u8);

impl SeasonKey {
    pub(crate) fn new(season: Season) -> SeasonKey {
        SeasonKey(match season {
            Season::Spring => 0,
            Season::Summer => 1,
            Season::Fall => 2,
            Season::Winter => 3,
        })
    }

    pub(crate) fn season(self) -> Season {
        match self.0 {
            0 => Season::Spring,
            1 => Season::Summer,
            2 => Season::Fall,
            _ => Season::Winter,
        }
    }
}

fn monday_of(date: NaiveDate) -> NaiveDate {
    date - Duration::days(i64::from(date.weekday().num_days_from_monday()))
}

fn last_day_of_month(year: i32, month: u32) -> NaiveDate {
    let first = NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(NaiveDate::MIN);
    first
        .checked_add_months(Months::new(1))
        .and_then(|next| next.pred_opt())
        .unwrap_or(first)
}

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or(NaiveDate::MIN)
}

impl Point {
    /// The period of `unit` that holds `date`.
    pub(crate) fn containing(date: NaiveDate, unit: Unit) -> Point {
        match unit {
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => Point::Day(date),
            Unit::Week => Point::Week(monday_of(date)),
            Unit::Weekend => Point::Weekend(monday_of(date)),
            Unit::Month => Point::Month(date.year(), date.month()),
            Unit::Quarter => Point::Quarter(date.year(), (date.month() - 1) / 3 + 1),
            Unit::Year => Point::Year(date.year()),
            Unit::Decade => Point::Decade(date.year().div_euclid(10)),
            Unit::Century => Point::Century(date.year().div_euclid(100)),
        }
    }

    /// The TIMEX3 value: `2025-10-09`, `2025-W42`, `2025-W42-WE`, `2025-10`, `2025-Q3`,
    /// `2025-H1`, `2025-SU`, `2025`, `199`, `19`.
    pub(crate) fn value(&self) -> String {
        match *self {
            Point::Day(date) => day_value(date),
            Point::Week(monday) => {
                let week = monday.iso_week();
                match four_digit_year(week.year()) {
                    Some(mut value) => {
                        value.push_str("-W");
                        push_padded(&mut value, week.week(), 2);
                        value
                    }
                    None => format!("{:04}-W{:02}", week.year(), week.week()),
                }
            }
            Point::Weekend(monday) => {
                let week = monday.iso_week();
                format!("{:04}-W{:02}-WE", week.year(), week.week())
            }
            Point::Month(year, month) => match four_digit_year(year) {
                Some(mut value) => {
                    value.push('-');
                    push_padded(&mut value, month, 2);
                    value
                }
                None => format!("{year:04}-{month:02}"),
            },
            Point::Quarter(year, quarter) => match four_digit_year(year) {
                Some(mut value) => {
                    value.push_str("-Q");
                    push_padded(&mut value, quarter, 1);
                    value
                }
                None => format!("{year:04}-Q{quarter}"),
            },
            Point::Half(year, half) => format!("{year:04}-H{half}"),
            Point::Season(year, season) => format!("{year:04}-{}", season.season().code()),
            Point::Year(year) => four_digit_year(year).unwrap_or_else(|| format!("{year:04}")),
            Point::Decade(decade) => format!("{decade:03}"),
            Point::Century(century) => format!("{century:02}"),
        }
    }

    /// First and last day, inclusive.
    pub(crate) fn bounds(&self) -> (NaiveDate, NaiveDate) {
        match *self {
            Point::Day(date) => (date, date),
            Point::Week(monday) => (monday, monday + Duration::days(6)),
            Point::Weekend(monday) => (monday + Duration::days(5), monday + Duration::days(6)),
            Point::Month(year, month) => (ymd(year, month, 1), last_day_of_month(year, month)),
            Point::Quarter(year, quarter) => {
                let first = (quarter - 1) * 3 + 1;
                (ymd(year, first, 1), last_day_of_month(year, first + 2))
            }
            Point::Half(year, half) => {
                let first = (half - 1) * 6 + 1;
                (ymd(year, first, 1), last_day_of_month(year, first + 5))
            }
            Point::Season(year, season) => {
                let (first, last) = season.season().months();
                if first > last {
                    (ymd(year, first, 1), last_day_of_month(year + 1, last))
                } else {
                    (ymd(year, first, 1), last_day_of_month(year, last))
                }
            }
            Point::Year(year) => (ymd(year, 1, 1), ymd(year, 12, 31)),
            Point::Decade(decade) => (ymd(decade * 10, 1, 1), ymd(decade * 10 + 9, 12, 31)),
            Point::Century(century) => (ymd(century * 100, 1, 1), ymd(century * 100 + 99, 12, 31)),
        }
    }

    /// The period `n` steps of its own granularity away.
    pub(crate) fn step(&self, n: i64) -> Option<Point> {
        let n32 = i32::try_from(n).ok()?;
        Some(match *self {
            Point::Day(date) => Point::Day(date.checked_add_signed(Duration::try_days(n)?)?),
            Point::Week(monday) => Point::Week(monday.checked_add_signed(Duration::try_weeks(n)?)?),
            Point::Weekend(monday) => {
                Point::Weekend(monday.checked_add_signed(Duration::try_weeks(n)?)?)
            }
            Point::Month(year, month) => {
                let index = year
                    .checked_mul(12)?
                    .checked_add(month as i32 - 1)?
                    .checked_add(n32)?;
                Point::Month(index.div_euclid(12), index.rem_euclid(12) as u32 + 1)
            }
            Point::Quarter(year, quarter) => {
                let index = year
                    .checked_mul(4)?
                    .checked_add(quarter as i32 - 1)?
                    .checked_add(n32)?;
                Point::Quarter(index.div_euclid(4), index.rem_euclid(4) as u32 + 1)
            }
            Point::Half(year, half) => {
                let index = year
                    .checked_mul(2)?
                    .checked_add(half as i32 - 1)?
                    .checked_add(n32)?;
                Point::Half(index.div_euclid(2), index.rem_euclid(2) as u32 + 1)
            }
            Point::Season(year, season) => {
                let index = year
                    .checked_mul(4)?
                    .checked_add(i32::from(season.0))?
                    .checked_add(n32)?;
                Point::Season(index.div_euclid(4), SeasonKey(index.rem_euclid(4) as u8))
            }
            Point::Year(year) => Point::Year(year.checked_add(n32)?),
            Point::Decade(decade) => Point::Decade(decade.checked_add(n32)?),
            Point::Century(century) => Point::Century(century.checked_add(n32)?),
        })
        .filter(|point| point.in_range())
    }

    /// Keeps values within four-digit years, where TIMEX3 values and chrono both behave.
    fn in_range(&self) -> bool {
        let (first, last) = self.bounds();
        first.year() >= 0 && last.year() <= 9999
    }
}

/// A date `n` units from `date` (months clamp to the month's end: Jan 31 + 1 month = Feb 28).
pub(crate) fn shift_date(date: NaiveDate, unit: Unit, n: i64) -> Option<NaiveDate> {
    let months = |m: i64| -> Option<NaiveDate> {
        let m32 = u32::try_from(m.unsigned_abs()).ok()?;
        if m >= 0 {
            date.checked_add_months(Months::new(m32))
        } else {
            date.checked_sub_months(Months::new(m32))
        }
    };
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour => Some(date),
        Unit::Day => date.checked_add_signed(Duration::try_days(n)?),
        Unit::Week | Unit::Weekend => date.checked_add_signed(Duration::try_weeks(n)?),
        Unit::Month => months(n),
        Unit::Quarter => months(n.checked_mul(3)?),
        Unit::Year => months(n.checked_mul(12)?),
        Unit::Decade => months(n.checked_mul(120)?),
        Unit::Century => months(n.checked_mul(1200)?),
    }
}

/// The `weekday` on or before (`forward` false) or on or after (`forward` true) `date`.
pub(crate) fn weekday_near(
    date: NaiveDate,
    weekday: Weekday,
    forward: bool,
    strict: bool,
) -> NaiveDate {
    let mut day = date;
    if strict {
        day = if forward {
            day.succ_opt().unwrap_or(day)
        } else {
            day.pred_opt().unwrap_or(day)
        };
    }
    for _ in 0..7 {
        if day.weekday() == weekday {
            return day;
        }
        day = if forward {
            day.succ_opt().unwrap_or(day)
        } else {
            day.pred_opt().unwrap_or(day)
        };
    }
    day
}

/// A day as TIMEX3 writes it, `2025-10-09`, as chrono's `%Y-%m-%d` does; every date the
/// tagger finds is written through here, and chrono reads its format string anew each time.
pub(crate) fn day_value(date: NaiveDate) -> String {
    match four_digit_year(date.year()) {
        Some(mut value) => {
            value.push('-');
            push_padded(&mut value, date.month(), 2);
            value.push('-');
            push_padded(&mut value, date.day(), 2);
            value
        }
        // A sign and more digits, as chrono writes years out of that range.
        None => date.format("%Y-%m-%d").to_string(),
    }
}

/// `year` with four digits, as `{year:04}` writes it, in a string with room for a day's
/// value and a clock's after it ("2025-10-09T17:30+04:30", "2025-10-09TMO"), which grew
/// the string of a day twice over; `None` out of 0 to 9999, where a sign or a fifth digit
/// comes in. Values are written digit by digit: through `format!`, a day's value cost a
/// thousand instructions.
fn four_digit_year(year: i32) -> Option<String> {
    let year = u32::try_from(year).ok().filter(|year| *year <= 9999)?;
    let mut value = String::with_capacity(32);
    push_padded(&mut value, year, 4);
    Some(value)
}

/// Appends `number` with at least `width` digits, zeros in front, as `{number:0width$}`.
pub(crate) fn push_padded(value: &mut String, number: u32, width: u32) {
    // Years of four digits and months, days, hours and minutes of two at most, nearly all
    // that is written, go without the loop below.
    let digit = |d: u32| char::from(b'0' + (d % 10) as u8);
    if (1000..10_000).contains(&number) && width <= 4 {
        value.push(digit(number / 1000));
        value.push(digit(number / 100));
        value.push(digit(number / 10));
        value.push(digit(number));
        return;
    }
    if number < 100 && width <= 2 {
        if number >= 10 || width == 2 {
            value.push(digit(number / 10));
        }
        value.push(digit(number));
        return;
    }
    // The digits are cut from the right into a buffer, one division each, where taking
    // each from the left raised ten to its place again.
    let mut buffer = [0u8; 10];
    let mut start = buffer.len();
    let mut rest = number;
    loop {
        start -= 1;
        buffer[start] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    let digits = (buffer.len() - start) as u32;
    for _ in digits..width {
        value.push('0');
    }
    for &digit in &buffer[start..] {
        value.push(char::from(digit));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn day_values_are_written_as_chrono_writes_them() {
        for year in [-10_000, -1, 0, 7, 999, 1000, 2025, 9999, 10_000, 262_000] {
            for (month, day) in [(1, 1), (2, 28), (10, 9), (12, 31)] {
                let date = NaiveDate::from_ymd_opt(year, month, day).unwrap_or_default();
                assert_eq!(day_value(date), date.format("%Y-%m-%d").to_string());
            }
        }
    }

    #[test]
    fn values_are_written_as_format_writes_them() {
        for number in [0, 1, 9, 10, 99, 100, 999, 1000, 9999, 12_345, u32::MAX] {
            for width in 1..=4 {
                let mut value = String::new();
                push_padded(&mut value, number, width);
                assert_eq!(value, format!("{number:0w$}", w = width as usize));
            }
        }
        for year in [-1, 0, 7, 2025, 9999, 10_000] {
            assert_eq!(Point::Year(year).value(), format!("{year:04}"));
            assert_eq!(Point::Month(year, 3).value(), format!("{year:04}-03"));
            assert_eq!(Point::Quarter(year, 2).value(), format!("{year:04}-Q2"));
        }
    }

    #[test]
    fn values_and_bounds() {
        let week = Point::containing(d(2025, 10, 29), Unit::Week);
        assert_eq!(week.value(), "2025-W44");
        assert_eq!(week.bounds(), (d(2025, 10, 27), d(2025, 11, 2)));
        assert_eq!(
            Point::Quarter(2025, 4).bounds(),
            (d(2025, 10, 1), d(2025, 12, 31))
        );
        assert_eq!(Point::Decade(199).value(), "199");
        assert_eq!(
            Point::Season(2025, SeasonKey::new(Season::Winter))
                .bounds()
                .1,
            d(2026, 2, 28)
        );
    }

    #[test]
    fn steps() {
        assert_eq!(Point::Month(2025, 1).step(-1), Some(Point::Month(2024, 12)));
        assert_eq!(
            Point::Quarter(2025, 1).step(-1),
            Some(Point::Quarter(2024, 4))
        );
        assert_eq!(Point::Year(9999).step(1), None);
        assert_eq!(
            shift_date(d(2025, 3, 31), Unit::Month, -1),
            Some(d(2025, 2, 28))
        );
    }

    #[test]
    fn weekdays() {
        assert_eq!(
            weekday_near(d(2025, 10, 29), Weekday::Tue, false, false),
            d(2025, 10, 28)
        );
        assert_eq!(
            weekday_near(d(2025, 10, 29), Weekday::Wed, false, false),
            d(2025, 10, 29)
        );
        assert_eq!(
            weekday_near(d(2025, 10, 29), Weekday::Wed, false, true),
            d(2025, 10, 22)
        );
        assert_eq!(
            weekday_near(d(2025, 10, 29), Weekday::Fri, true, false),
            d(2025, 10, 31)
        );
    }
}

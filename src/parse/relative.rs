//! Dates relative to the report's date or to the story's time: "yesterday", "on Tuesday",
//! "last week", "three weeks ago", "two days later", "the previous day", "earlier this month".

use super::calendar::{
    day_month, fail, month_day, month_name, two_day_night, weekday_date, weekday_name,
};
use super::lexicon::Sense;
use super::words::{
    Kept, Kept8, RECENT, Res, amount, ascii_no_case, hyphen, kw, remembered, sense, sp, then,
};
use crate::time::expr::{Amount, Anchoring, DayPart, Expr, Guard, Portion, Reading, Shift, Unit};
use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::combinator::{opt, verify};
use nom::sequence::{preceded, terminated};
use std::cell::Cell;

/// A unit word, singular or plural, with its multiplier ("fortnight" is two weeks).
pub(crate) fn unit(input: &str) -> Res<'_, (Unit, u32)> {
    sense(|s| match s {
        Sense::Unit { unit, multiplier } => Some((*unit, *multiplier)),
        _ => None,
    })
    .parse(input)
}

/// A part of the day: "morning", "night", "overnight".
pub(crate) fn day_part(input: &str) -> Res<'_, DayPart> {
    sense(|s| match s {
        Sense::DayPart(part) => Some(*part),
        _ => None,
    })
    .parse(input)
}

/// "today" (0), "yesterday" (-1), "tomorrow" (1), "the day before yesterday" (-2),
/// "the day after tomorrow" (2).
pub(crate) fn deictic_day(input: &str) -> Res<'_, i64> {
    remembered(&DEICTIC_DAYS, input, read_deictic_day)
}

thread_local! {
    /// The days named from today ("yesterday") and the weekdays read last in the running
    /// scan: the day parsers, the days with a part and the clock times' days read them at
    /// the same word.
    static DEICTIC_DAYS: Kept8<i64> = const { [const { Cell::new(Kept::EMPTY) }; RECENT] };
    static WEEKDAYS: Kept8<(chrono::Weekday, Shift)> =
        const { [const { Cell::new(Kept::EMPTY) }; RECENT] };
}

fn read_deictic_day(input: &str) -> Res<'_, i64> {
    alt((
        kw("today").map(|_| 0),
        kw("yesterday").map(|_| -1),
        kw("tomorrow").map(|_| 1),
        (kw("the"), then("day"), then("before"), then("yesterday")).map(|_| -2),
        (kw("the"), then("day"), then("after"), then("tomorrow")).map(|_| 2),
    ))
    .parse(input)
}

/// Days with a part: "tonight", "this morning", "last night", "last evening", "yesterday
/// afternoon", "tomorrow evening", "Friday night", "Saturday morning", "the night of October
/// 9" is left to the date parsers.
pub(crate) fn day_with_part(input: &str) -> Res<'_, Reading> {
    let tonight = kw("tonight").map(|_| (Expr::Day(0), DayPart::Night));
    let this = preceded((kw("this"), sp), day_part).map(|part| (Expr::Day(0), part));
    // "last evening" is how much of South Asian and East African English says "last night".
    let last_night = preceded(
        (kw("last"), sp),
        alt((
            kw("night").map(|_| DayPart::Night),
            kw("evening").map(|_| DayPart::Evening),
        )),
    )
    .map(|part| (Expr::Day(-1), part));
    let day = alt((
        deictic_day.map(Expr::Day),
        weekday.map(|(day, shift)| Expr::Weekday { day, shift }),
    ));
    let with_part = (day, preceded(sp, day_part)).map(|(day, part)| (day, part));
    let (rest, (day, part)) = alt((tonight, this, last_night, with_part)).parse(input)?;
    let reading = Reading::from(Expr::PartOfDay {
        day: Box::new(day),
        part,
    });
    let last = input.as_bytes()[..4].eq_ignore_ascii_case(b"last");
    Ok((
        rest,
        if last {
            reading.guarded(Guard::Undetermined)
        } else {
            reading
        },
    ))
}

/// "Tuesday", "last Friday", "next Monday", "this Sunday", "this past Sunday", "Tuesday next
/// week", "Friday of last week"; "on Tuesday" is read from the weekday.
pub(crate) fn weekday(input: &str) -> Res<'_, (chrono::Weekday, Shift)> {
    remembered(&WEEKDAYS, input, read_weekday)
}

fn read_weekday(input: &str) -> Res<'_, (chrono::Weekday, Shift)> {
    let shift = opt(terminated(
        alt((
            (kw("the"), sp, alt((kw("previous"), kw("preceding")))).map(|_| Shift::Preceding),
            (kw("the"), sp, kw("following")).map(|_| Shift::Following),
            kw("last").map(|_| Shift::Last),
            (kw("this"), sp, kw("past")).map(|_| Shift::Last),
            kw("past").map(|_| Shift::Last),
            kw("previous").map(|_| Shift::Last),
            kw("next").map(|_| Shift::Next),
            kw("coming").map(|_| Shift::Next),
            kw("this").map(|_| Shift::This),
        )),
        sp,
    ));
    let (rest, (shift, day)) = (shift, weekday_name).parse(input)?;
    if let Some(shift) = shift {
        return Ok((rest, (day, shift)));
    }
    let week = preceded(
        (sp, opt((kw("of"), sp))),
        terminated(
            alt((
                kw("last").map(|_| -1),
                kw("this").map(|_| 0),
                kw("next").map(|_| 1),
            )),
            (sp, kw("week")),
        ),
    );
    match opt(week).parse(rest)? {
        (after, Some(weeks)) => Ok((after, (day, Shift::InWeek(weeks)))),
        (_, None) => Ok((rest, (day, Shift::Bare))),
    }
}

/// A weekday as a date reading.
pub(crate) fn weekday_reading(input: &str) -> Res<'_, Reading> {
    weekday
        .map(|(day, shift)| Expr::Weekday { day, shift }.into())
        .parse(input)
}

/// "today", "yesterday", ...
pub(crate) fn day_reading(input: &str) -> Res<'_, Reading> {
    deictic_day
        .map(|offset| Expr::Day(offset).into())
        .parse(input)
}

/// Periods counted from the report's date: "this week", "last month", "next year",
/// "the past week", "this past week", "the current quarter", "this weekend", "the coming
/// year".
pub(crate) fn speech_period(input: &str) -> Res<'_, Reading> {
    let offset = alt((
        (kw("this"), sp, kw("past")).map(|_| -1),
        kw("this").map(|_| 0),
        kw("last").map(|_| -1),
        kw("next").map(|_| 1),
        (kw("the"), sp, kw("current")).map(|_| 0),
        kw("current").map(|_| 0),
        (kw("the"), sp, kw("coming")).map(|_| 1),
        (kw("the"), sp, kw("past")).map(|_| -1),
        (kw("the"), sp, kw("last")).map(|_| -1),
        (kw("the"), sp, kw("latest")).map(|_| -1),
        (kw("the"), sp, kw("next")).map(|_| 1),
        kw("past").map(|_| -1),
        kw("coming").map(|_| 1),
    ));
    let singular = verify(unit, |(unit, multiplier)| {
        *multiplier == 1 && !matches!(unit, Unit::Second | Unit::Minute | Unit::Hour)
    });
    let (rest, (offset, _, (unit, _))) = (offset, sp, singular).parse(input)?;
    let plural = input[..input.len() - rest.len()].ends_with('s');
    // "the next day" is the day after the one the story has reached ("On May 31 the army
    // walked out, and the next day ..."), read by `narrative_period`; "tomorrow" is the
    // day after the report's.
    let story_day = unit == Unit::Day && offset == 1 && kw("the").parse(input).is_ok();
    if plural || story_day {
        return fail(input);
    }
    Ok((
        rest,
        Expr::Period {
            unit,
            offset,
            anchoring: crate::time::expr::Anchoring::Speech,
        }
        .into(),
    ))
}

/// Periods counted from the story's time: "the previous day", "the next day", "the following
/// week", "the day before", "the day after", "that day", "the same day", "that year", "the
/// same month last year".
pub(crate) fn narrative_period(input: &str) -> Res<'_, Reading> {
    let single = |input| {
        verify(unit, |(unit, multiplier)| {
            *multiplier == 1 && *unit >= Unit::Day
        })
        .parse(input)
    };
    let before = alt((
        kw("previous").map(|_| -1),
        kw("preceding").map(|_| -1),
        kw("prior").map(|_| -1),
        kw("following").map(|_| 1),
        kw("next").map(|_| 1),
        kw("same").map(|_| 0),
    ));
    let the_x_unit =
        (kw("the"), sp, before, sp, single).map(|(_, _, offset, _, (unit, _))| (unit, offset));
    let unit_after = (
        kw("the"),
        sp,
        single,
        sp,
        alt((
            kw("before").map(|_| -1),
            kw("after").map(|_| 1),
            kw("earlier").map(|_| -1),
            kw("later").map(|_| 1),
        )),
    )
        .map(|(_, _, (unit, _), _, offset)| (unit, offset));
    let that = (kw("that"), sp, single).map(|(_, _, (unit, _))| (unit, 0));
    let (rest, (unit, offset)) = alt((the_x_unit, unit_after, that)).parse(input)?;
    // "the same month last year", "the same month a year earlier": that month of the year
    // before ("the same quarter last year" is a reported quarter's, the last one named).
    let mut year_back = (
        sp,
        alt((
            (opt((kw("of"), sp)), kw("last"), sp, kw("year")).map(|_| ()),
            (kw("a"), sp, kw("year"), sp, alt((kw("earlier"), kw("ago")))).map(|_| ()),
        )),
    );
    let same = unit == Unit::Month
        && offset == 0
        && input
            .get(..4)
            .is_some_and(|the| the.eq_ignore_ascii_case("the "));
    let (rest, offset) = match year_back.parse(rest) {
        Ok((after, _)) if same => (after, -12),
        _ => (rest, offset),
    };
    // "that night", "the following night": a part of a day, read by `story_day_part`.
    let night = input[..input.len() - rest.len()]
        .to_ascii_lowercase()
        .ends_with("night");
    if night {
        return fail(input);
    }
    // "the next day" must not run into "the next day-long"; "the weeks before" is no one week.
    let unit_word = input[..input.len() - rest.len()]
        .trim_end_matches(|c: char| c.is_alphabetic() && !"sS".contains(c));
    if rest.starts_with(['-', '\u{2010}']) || words_plural(unit_word) {
        return fail(input);
    }
    let reading = Reading::from(Expr::Period {
        unit,
        offset,
        anchoring: Anchoring::Narrative,
    });
    Ok((rest, reading.guarded(Guard::NotToThe)))
}

/// True when the phrase's unit word is plural: "the weeks before", "those days".
fn words_plural(phrase: &str) -> bool {
    phrase.split_whitespace().any(|word| {
        let lower = word.to_ascii_lowercase();
        matches!(
            lower.as_str(),
            "days"
                | "weeks"
                | "months"
                | "years"
                | "quarters"
                | "decades"
                | "centuries"
                | "nights"
                | "weekends"
        )
    })
}

/// Points counted back or forward: "three weeks ago", "a year ago", "two days later",
/// "a year earlier", "a week or so ago", "two weeks from now", "a year from today". "Two days
/// after the attack" is a length of time followed by a signal, so "before" and "after" are
/// left to the duration parsers, and so is "a week later than planned", a comparison.
pub(crate) fn shifted(input: &str) -> Res<'_, Reading> {
    let direction = alt((
        kw("ago").map(|_| (-1, Anchoring::Speech)),
        kw("earlier").map(|_| (-1, Anchoring::Narrative)),
        kw("later").map(|_| (1, Anchoring::Narrative)),
        kw("afterwards").map(|_| (1, Anchoring::Narrative)),
        kw("hence").map(|_| (1, Anchoring::Speech)),
        (kw("from"), sp, alt((kw("now"), kw("today")))).map(|_| (1, Anchoring::Speech)),
    ));
    let or_so = opt((sp, kw("or"), sp, kw("so")));
    let (rest, (amount, _, (unit, multiplier), _, _, (sign, anchoring))) =
        (amount, sp, unit, or_so, sp, direction).parse(input)?;
    if (sp, kw("than")).parse(rest).is_ok() {
        return fail(input);
    }
    let amount = scale(amount, multiplier);
    Ok((
        rest,
        Expr::Shifted {
            amount,
            unit,
            sign,
            anchoring,
        }
        .into(),
    ))
}

/// "year-earlier", "year-ago" (financial news: the same period a year before).
pub(crate) fn year_ago_adjective(input: &str) -> Res<'_, Reading> {
    let (rest, _) = (kw("year"), hyphen, alt((kw("earlier"), kw("ago")))).parse(input)?;
    Ok((
        rest,
        Expr::Shifted {
            amount: Amount::count(1),
            unit: Unit::Year,
            sign: -1,
            anchoring: Anchoring::Speech,
        }
        .into(),
    ))
}

pub(crate) fn scale(amount: Amount, multiplier: u32) -> Amount {
    match amount {
        Amount::Count { whole, half } if multiplier > 1 => Amount::Count {
            whole: whole * multiplier + u32::from(half) * multiplier / 2,
            half: false,
        },
        other => other,
    }
}

/// "earlier this month", "later this week", "earlier this year", "later in the day",
/// "earlier in the week".
pub(crate) fn portion(input: &str) -> Res<'_, Reading> {
    let which = alt((
        kw("earlier").map(|_| Portion::Earlier),
        kw("later").map(|_| Portion::Later),
    ));
    let period = alt((
        preceded((kw("this"), sp), unit),
        preceded((kw("in"), sp, kw("the"), sp), unit),
        preceded(
            (kw("today"), tag("")),
            nom::combinator::success((Unit::Day, 1)),
        ),
    ));
    let (rest, (portion, _, (unit, multiplier))) =
        (which, sp, verify(period, |(u, _)| *u >= Unit::Day)).parse(input)?;
    if multiplier != 1 {
        return fail(input);
    }
    let mut reading = Reading::from(Expr::Period {
        unit,
        offset: 0,
        anchoring: Anchoring::Speech,
    });
    reading.portion = Some(portion);
    Ok((rest, reading))
}

/// The period a financial report is about: "the quarter", "the latest quarter", "the latest
/// period", "the year-ago quarter", "the year-earlier period", "the comparable year-ago
/// quarter", "the corresponding period last year", "the same period of last year", "the 1988
/// quarter".
pub(crate) fn reported_quarter(input: &str) -> Res<'_, Reading> {
    let qualifier = alt((
        (kw("year"), hyphen, alt((kw("ago"), kw("earlier")))).map(|_| (-1, None)),
        kw("latest").map(|_| (0, None)),
        super::calendar::year_number.map(|year| (0, Some(year))),
    ));
    let (rest, (_, _, _, qualifier, _, noun)) = (
        kw("the"),
        sp,
        opt(terminated(
            alt((kw("comparable"), kw("corresponding"), kw("same"))),
            sp,
        )),
        opt(terminated(qualifier, sp)),
        opt(terminated(kw("fiscal"), sp)),
        alt((kw("quarter"), kw("period"))),
    )
        .parse(input)?;
    let (rest, last_year) =
        opt((sp, opt((kw("of"), sp)), kw("last"), sp, kw("year"))).parse(rest)?;
    let (years, year) = match (qualifier, last_year) {
        (_, Some(_)) => (-1, None),
        (Some(qualifier), None) => qualifier,
        (None, None) if noun.eq_ignore_ascii_case("quarter") => (0, None),
        (None, None) => return fail(input),
    };
    Ok((rest, Expr::ReportedQuarter { years, year }.into()))
}

/// The year, month or week a report is in, named by its unit alone: "the year", "the full
/// year", "the fiscal year", "the month", "the week" ("sales for the full year", "the
/// deadliest week of the war"), and "the decade", "the century" ("by the end of the
/// decade"). A year "ended" or "ending" on a date, or "to" a month, is a year's length ("the
/// year ended Sept. 30", "the year to February"): DURATION P1Y.
pub(crate) fn the_period(input: &str) -> Res<'_, Reading> {
    let extent = alt((kw("full"), kw("fiscal"), kw("whole"), kw("entire")));
    let unit = alt((
        kw("year").map(|_| Unit::Year),
        kw("month").map(|_| Unit::Month),
        kw("week").map(|_| Unit::Week),
        kw("decade").map(|_| Unit::Decade),
        kw("century").map(|_| Unit::Century),
    ));
    let (rest, (_, _, _, unit)) =
        (kw("the"), sp, opt(terminated(extent, sp)), unit).parse(input)?;
    // "the year-ago quarter", "the week's end", "the week of March 6": the unit is part of a
    // longer phrase, or names another period than the report's.
    let of = (sp, kw("of")).parse(rest).is_ok();
    if of || rest.starts_with(['-', '\u{2010}', '\'', '\u{2019}']) {
        return fail(input);
    }
    // "in the decade since the war": a length of time counted from an event.
    let long = matches!(unit, Unit::Decade | Unit::Century);
    let mut counted = (
        sp,
        alt((kw("since"), kw("after"), kw("before"), kw("that"), kw("to"))),
    );
    if long && counted.parse(rest).is_ok() {
        return fail(input);
    }
    // "the year to February": a year's length up to a month named.
    let to_month = (sp, kw("to"), sp, month_name).parse(rest).is_ok();
    let ended = to_month || (sp, alt((kw("ended"), kw("ending")))).parse(rest).is_ok();
    if unit == Unit::Year && ended {
        let expr = Expr::Duration {
            amount: Amount::count(1),
            unit,
        };
        return Ok((rest, expr.into()));
    }
    let expr = Expr::Period {
        unit,
        offset: 0,
        anchoring: Anchoring::Speech,
    };
    Ok((rest, expr.into()))
}

/// The week that holds a day: "the week of March 6", "the week of Oct. 20, 2025".
pub(crate) fn week_of(input: &str) -> Res<'_, Reading> {
    let day = alt((weekday_date, month_day, day_month));
    let (rest, (_, _, _, _, _, _, day)) =
        (kw("the"), sp, kw("week"), sp, kw("of"), sp, day).parse(input)?;
    let expr = Expr::WeekOf {
        day: Box::new(day.expr),
    };
    Ok((rest, expr.into()))
}

/// "year-end", "year end", "year's end", "the year's end": the end of the current year.
pub(crate) fn year_end(input: &str) -> Res<'_, Reading> {
    let (rest, _) = (
        opt(terminated(kw("the"), sp)),
        kw("year"),
        alt((hyphen.map(|_| ""), sp, tag("'s "), tag("\u{2019}s "))),
        kw("end"),
    )
        .parse(input)?;
    let reading = Reading::from(Expr::Period {
        unit: Unit::Year,
        offset: 0,
        anchoring: Anchoring::Speech,
    });
    Ok((
        rest,
        reading.with_modifier(Some(crate::time::Modifier::End)),
    ))
}

/// Parts of a day the story is at: "the morning", "overnight", "mid-afternoon", "late
/// evening", "mid afternoon yesterday"; or of a day named after them: "the morning of
/// Thursday, July 24", "the night of October 9", "the evening of 11 October". "early Friday
/// morning" is read by `day_with_part`.
pub(crate) fn story_day_part(input: &str) -> Res<'_, Reading> {
    let position = alt((
        terminated(kw("mid"), alt((hyphen.map(|_| ""), sp))).map(|_| crate::time::Modifier::Mid),
        terminated(kw("early"), sp).map(|_| crate::time::Modifier::Start),
        terminated(kw("late"), sp).map(|_| crate::time::Modifier::End),
    ));
    let mut framed = alt((
        preceded((kw("the"), sp), day_part).map(|part| (None, part)),
        (position, day_part).map(|(modifier, part)| (Some(modifier), part)),
        // "midafternoon", "midmorning"; "midnight" is a clock time.
        preceded(
            ascii_no_case("mid"),
            verify(day_part, |part| *part != DayPart::Night),
        )
        .map(|part| (Some(crate::time::Modifier::Mid), part)),
    ));
    // "that evening", "the next morning", "the previous night": a part of the story's day
    // or of the day after or before it.
    let shifted_day = alt((
        kw("that").map(|_| 0),
        preceded((kw("the"), sp), alt((kw("next"), kw("following")))).map(|_| 1),
        preceded((kw("the"), sp), alt((kw("previous"), kw("preceding")))).map(|_| -1),
    ));
    if let Ok((rest, (offset, _, part))) = (shifted_day, sp, day_part).parse(input) {
        let day = Expr::Period {
            unit: Unit::Day,
            offset,
            anchoring: Anchoring::Narrative,
        };
        let expr = Expr::PartOfDay {
            day: Box::new(day),
            part,
        };
        return Ok((rest, expr.into()));
    }
    if let Ok((rest, _)) = kw("overnight").parse(input) {
        // "overnight Tuesday" is that night; "overnight" alone is read when anchored.
        let day = preceded(
            sp,
            alt((deictic_day.map(Expr::Day), weekday.map(weekday_expr))),
        )
        .parse(rest);
        let (rest, expr) = match day {
            Ok((rest, day)) => (
                rest,
                Expr::PartOfDay {
                    day: Box::new(day),
                    part: DayPart::Night,
                },
            ),
            Err(_) => (rest, Expr::Overnight),
        };
        return Ok((rest, expr.into()));
    }
    let (rest, (modifier, part)) = framed.parse(input)?;
    let named = |input| {
        alt((weekday_date, two_day_night, month_day, day_month))
            .map(|reading: Reading| reading.expr)
            .parse(input)
    };
    let (rest, day) = opt(alt((
        preceded((sp, kw("of"), sp), alt((named, weekday.map(weekday_expr)))),
        preceded(
            sp,
            alt((deictic_day.map(Expr::Day), weekday.map(weekday_expr))),
        ),
    )))
    .parse(rest)?;
    let day = day.unwrap_or(Expr::Period {
        unit: Unit::Day,
        offset: 0,
        anchoring: Anchoring::Narrative,
    });
    Ok((
        rest,
        Reading::from(Expr::PartOfDay {
            day: Box::new(day),
            part,
        })
        .with_modifier(modifier),
    ))
}

fn weekday_expr((day, shift): (chrono::Weekday, Shift)) -> Expr {
    Expr::Weekday { day, shift }
}

/// "the weekend", "over the weekend" is read from "the weekend".
pub(crate) fn the_weekend(input: &str) -> Res<'_, Reading> {
    let (rest, _) = (kw("the"), sp, kw("weekend")).parse(input)?;
    Ok((
        rest,
        Expr::Period {
            unit: Unit::Weekend,
            offset: 0,
            anchoring: Anchoring::Nearest,
        }
        .into(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Weekday;

    fn read(parser: fn(&str) -> Res<'_, Reading>, input: &str) -> Option<(Expr, usize)> {
        parser(input)
            .ok()
            .map(|(rest, reading)| (reading.expr, input.len() - rest.len()))
    }

    #[test]
    fn deictic_days_and_parts() {
        assert_eq!(read(day_reading, "yesterday."), Some((Expr::Day(-1), 9)));
        assert_eq!(
            read(day_with_part, "Friday night"),
            Some((
                Expr::PartOfDay {
                    day: Box::new(Expr::Weekday {
                        day: Weekday::Fri,
                        shift: Shift::Bare
                    }),
                    part: DayPart::Night
                },
                12
            ))
        );
        assert_eq!(
            read(day_with_part, "last night"),
            Some((
                Expr::PartOfDay {
                    day: Box::new(Expr::Day(-1)),
                    part: DayPart::Night
                },
                10
            ))
        );
    }

    #[test]
    fn part_of_a_named_day() {
        let morning = Expr::PartOfDay {
            day: Box::new(Expr::Date {
                year: None,
                month: Some(7),
                day: Some(24),
                weekday: Some(Weekday::Thu),
            }),
            part: DayPart::Morning,
        };
        let phrase = "the morning of Thursday, July 24";
        assert_eq!(
            read(
                story_day_part,
                "the morning of Thursday, July 24, near the temple"
            ),
            Some((morning, phrase.len()))
        );
        let night = Expr::PartOfDay {
            day: Box::new(Expr::Date {
                year: None,
                month: Some(10),
                day: Some(11),
                weekday: None,
            }),
            part: DayPart::Night,
        };
        assert_eq!(
            read(story_day_part, "the night of 11 October."),
            Some((night, "the night of 11 October".len()))
        );
        // "of" followed by no day leaves the part alone.
        assert_eq!(
            read(story_day_part, "the morning of the attack").map(|(_, len)| len),
            Some("the morning".len())
        );
    }

    #[test]
    fn periods() {
        assert_eq!(
            read(speech_period, "last week"),
            Some((
                Expr::Period {
                    unit: Unit::Week,
                    offset: -1,
                    anchoring: Anchoring::Speech
                },
                9
            ))
        );
        assert_eq!(read(speech_period, "the past two weeks"), None);
        assert_eq!(
            read(narrative_period, "the previous day"),
            Some((
                Expr::Period {
                    unit: Unit::Day,
                    offset: -1,
                    anchoring: Anchoring::Narrative
                },
                16
            ))
        );
    }

    #[test]
    fn shifted_points() {
        assert_eq!(
            read(shifted, "three weeks ago"),
            Some((
                Expr::Shifted {
                    amount: Amount::count(3),
                    unit: Unit::Week,
                    sign: -1,
                    anchoring: Anchoring::Speech
                },
                15
            ))
        );
        assert_eq!(
            read(shifted, "two days later"),
            Some((
                Expr::Shifted {
                    amount: Amount::count(2),
                    unit: Unit::Day,
                    sign: 1,
                    anchoring: Anchoring::Narrative
                },
                14
            ))
        );
    }

    #[test]
    fn portions() {
        let (_, reading) = portion("earlier this month").unwrap();
        assert_eq!(reading.portion, Some(Portion::Earlier));
    }
}

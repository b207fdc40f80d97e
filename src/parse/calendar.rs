//! Dates on the calendar: days, months, years, decades, centuries, quarters, halves, seasons.

use super::lexicon::{NumberKind, Sense};
use super::words::{
    Kept, Kept8, RECENT, Res, ascii_no_case, boundary, dash, digits, hyphen, kw, lex, number_words,
    ordinal, ordinal_suffix, remembered, sense, sp, then,
};
use crate::time::expr::{Expr, Guard, Reading, Season, YearPart, YearRef};
use chrono::{NaiveDate, Weekday};
use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::{char, one_of, satisfy};
use nom::combinator::{map_opt, not, opt, peek, verify};
use nom::sequence::{preceded, terminated};
use std::cell::Cell;

/// A month name as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MonthName {
    pub month: u32,
    /// "May", "March": also ordinary words.
    pub ambiguous: bool,
    /// Written lowercase ("may"): never a month unless a day or year follows.
    pub lowercase: bool,
}

/// "October", "Oct.", "Oct", "Sept." — abbreviations only with their period or before a
/// number (checked by the callers that need it).
pub(crate) fn month_name(input: &str) -> Res<'_, (MonthName, bool)> {
    remembered(&MONTH_NAMES, input, read_month_name)
}

thread_local! {
    /// The month names read last in the running scan: at a month the day, year, range and
    /// relative month parsers each read it, and a day or a weekday is read for a month after it.
    static MONTH_NAMES: Kept8<(MonthName, bool)> =
        const { [const { Cell::new(Kept::EMPTY) }; RECENT] };
    /// The years named before a quarter, a season or a month ("last", "this year's"), read
    /// last in the running scan: the three parsers try them at the same word.
    static YEARS_BEFORE: Kept8<YearRef> = const { [const { Cell::new(Kept::EMPTY) }; RECENT] };
}

fn read_month_name(input: &str) -> Res<'_, (MonthName, bool)> {
    let (rest, (word, senses)) = lex(input)?;
    let Some((month, ambiguous, abbreviation)) = senses.iter().find_map(|s| match s {
        Sense::Month {
            month,
            ambiguous,
            abbreviation,
        } => Some((*month, *ambiguous, *abbreviation)),
        _ => None,
    }) else {
        return fail(input);
    };
    let (rest, dot) = if abbreviation {
        opt(char('.')).parse(rest)?
    } else {
        (rest, None)
    };
    let name = MonthName {
        month,
        ambiguous,
        lowercase: word.starts_with(|c: char| c.is_lowercase()),
    };
    // The flag says whether the name stands alone safely: full names, or abbreviations with a dot.
    Ok((rest, (name, !abbreviation || dot.is_some())))
}

/// "Tuesday", "Tue.", "Tues." — abbreviations only with their period.
pub(crate) fn weekday_name(input: &str) -> Res<'_, Weekday> {
    let (rest, (_, senses)) = lex(input)?;
    let Some((day, abbreviation)) = senses.iter().find_map(|s| match s {
        Sense::Weekday { day, abbreviation } => Some((*day, *abbreviation)),
        _ => None,
    }) else {
        return fail(input);
    };
    if abbreviation {
        let (rest, _) = char('.').parse(rest)?;
        return Ok((rest, day));
    }
    Ok((rest, day))
}

pub(crate) fn fail<T>(input: &str) -> Res<'_, T> {
    super::words::failure(input, nom::error::ErrorKind::Verify)
}

/// A day of the month: "9", "09", "9th", "19th".
fn day_number(input: &str) -> Res<'_, u32> {
    verify(
        terminated(digits, terminated(opt(ordinal_suffix), boundary)),
        |day| (1..=31).contains(day),
    )
    .parse(input)
}

/// A day of the story's month named alone: "on the 11th", "until the 3rd, when". Only where
/// nothing follows that it could be the number of ("the 11th round", "the 20th century", "the
/// 3rd Brigade", "the 9th of October" is read whole by `day_month`).
pub(crate) fn day_alone(input: &str) -> Res<'_, Reading> {
    let (rest, day) = preceded(
        (kw("the"), sp),
        verify(
            terminated(digits, terminated(ordinal_suffix, boundary)),
            |day| (1..=31).contains(day),
        ),
    )
    .parse(input)?;
    let next = rest.trim_start_matches([' ', '\u{a0}']);
    let word = &next[..next
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(next.len())];
    const CLAUSE_WORDS: [&str; 18] = [
        "and", "or", "when", "as", "after", "before", "but", "with", "amid", "at", "in", "to",
        "until", "till", "through", "while", "that", "which",
    ];
    let ends_phrase = word.is_empty() && !next.starts_with(['-', '\u{2010}', '\'', '\u{2019}'])
        || CLAUSE_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w));
    if !ends_phrase {
        return fail(input);
    }
    let expr = Expr::Date {
        year: None,
        month: None,
        day: Some(day),
        weekday: None,
    };
    Ok((rest, expr.into()))
}

/// A year in four digits, 1000–2199: "2025".
pub(crate) fn year_number(input: &str) -> Res<'_, i32> {
    map_opt(
        terminated(
            take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
            not(peek(satisfy(|c: char| c.is_alphanumeric()))),
        ),
        |digits: &str| {
            digits
                .parse::<i32>()
                .ok()
                .filter(|y| (1000..=2199).contains(y))
        },
    )
    .parse(input)
}

/// ", 2025" or " 2025" after a day or month.
fn year_after(input: &str) -> Res<'_, i32> {
    preceded(alt((preceded(char(','), sp), sp)), written_year).parse(input)
}

/// A year in digits or spoken: "2025", "nineteen ninety-six", "two thousand and one".
pub(crate) fn written_year(input: &str) -> Res<'_, i32> {
    alt((year_number, spoken_year)).parse(input)
}

/// A year as broadcast transcripts write it: "nineteen ninety-six", "nineteen eighty",
/// "nineteen hundred", "two thousand", "two thousand and one", "twenty twenty".
pub(crate) fn spoken_year(input: &str) -> Res<'_, i32> {
    let century = verify(number_words, |n| (11..=20).contains(n));
    let hundreds = (
        century,
        sp,
        alt((
            kw("hundred").map(|_| 0),
            verify(number_words, |n| (10..=99).contains(n)),
        )),
    )
        .map(|(century, _, rest)| century as i32 * 100 + rest as i32);
    let thousands = (
        kw("two"),
        sp,
        kw("thousand"),
        opt(preceded(
            (sp, opt(terminated(kw("and"), sp))),
            verify(number_words, |n| (1..=99).contains(n)),
        )),
    )
        .map(|(_, _, _, rest)| 2000 + rest.unwrap_or(0) as i32);
    alt((thousands, hundreds)).parse(input)
}

fn checked(year: Option<i32>, month: u32, day: u32) -> bool {
    NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day).is_some()
}

fn date(year: Option<i32>, month: u32, day: Option<u32>, weekday: Option<Weekday>) -> Expr {
    Expr::Date {
        year,
        month: Some(month),
        day,
        weekday,
    }
}

/// "October 9", "Oct. 19", "October 9th", "October 9, 2025", "Oct 9 2025".
pub(crate) fn month_day(input: &str) -> Res<'_, Reading> {
    let (rest, ((name, _), day, year)) = verify(
        (month_name, preceded(sp, day_number), opt(year_after)),
        |((name, _), day, year)| checked(*year, name.month, *day),
    )
    .parse(input)?;
    Ok((rest, date(year, name.month, Some(day), None).into()))
}

/// "9 October 2025", "9th of October", "19 Oct", "the 15th of March".
pub(crate) fn day_month(input: &str) -> Res<'_, Reading> {
    let (rest, (the, day, of, (name, _), year)) = verify(
        (
            opt(terminated(kw("the"), sp)),
            day_number,
            opt(preceded(sp, kw("of"))),
            preceded(sp, month_name),
            opt(year_after),
        ),
        |(_, day, _, (name, _), year)| checked(*year, name.month, *day),
    )
    .parse(input)?;
    // "the 15th of March", not "the 15 March".
    if the.is_some() && of.is_none() {
        return fail(input);
    }
    Ok((rest, date(year, name.month, Some(day), None).into()))
}

/// The first day of a range written day first: "15 and 16 October", "25-30 October 2025",
/// "18th to 20th Oct". It is read alone, with the month and year written after the last
/// day, so that the last day is found as a date of its own.
pub(crate) fn day_range_start(input: &str) -> Res<'_, Reading> {
    let (rest, first) = day_number(input)?;
    let gap = alt((
        dash,
        preceded(
            sp,
            terminated(alt((kw("and"), kw("to"), kw("through"), kw("or"))), sp),
        ),
    ));
    let (_, (_, _, _, (name, _), year)) = verify(
        (gap, day_number, sp, month_name, opt(year_after)),
        |(_, last, _, (name, _), year)| {
            first < *last && checked(*year, name.month, first) && checked(*year, name.month, *last)
        },
    )
    .parse(rest)?;
    Ok((rest, date(year, name.month, Some(first), None).into()))
}

/// A night told by the two days it joins: "11-12 October", "October 11-12, 2024", "11/12
/// Oct." ("the night of 11-12 October"). Read as its first day, whose night it is; the days
/// must follow each other.
pub(crate) fn two_day_night(input: &str) -> Res<'_, Reading> {
    let gap = |input| alt((dash, tag("/"))).parse(input);
    let day_first = (day_number, gap, day_month).map(|(first, _, second)| (first, second.expr));
    let month_first = (
        month_name,
        preceded(sp, day_number),
        gap,
        day_number,
        opt(year_after),
    )
        .map(|((name, _), first, _, second, year)| {
            (first, date(year, name.month, Some(second), None))
        });
    let (rest, (first, second)) = alt((day_first, month_first)).parse(input)?;
    match second {
        Expr::Date {
            year,
            month: Some(month),
            day: Some(second),
            ..
        } if second == first + 1 && checked(year, month, first) => {
            Ok((rest, date(year, month, Some(first), None).into()))
        }
        _ => fail(input),
    }
}

/// "October 2025", "May, 2024", "October of 2025".
pub(crate) fn month_year(input: &str) -> Res<'_, Reading> {
    let (rest, ((name, _), year)) = (
        month_name,
        alt((year_after, preceded((sp, kw("of"), sp), written_year))),
    )
        .parse(input)?;
    Ok((rest, date(Some(year), name.month, None, None).into()))
}

/// A week counted within a month: "the second week of June", "the last week of May 2025",
/// "the first week in July". News means a stretch of the month, not an ISO week, so it is
/// read as the week holding the middle of that stretch: the 4th, 11th, 18th or 25th, and
/// the 28th for the last week, which every month has.
pub(crate) fn week_of_month(input: &str) -> Res<'_, Reading> {
    let which = alt((
        kw("first").map(|_| 4),
        kw("second").map(|_| 11),
        kw("third").map(|_| 18),
        kw("fourth").map(|_| 25),
        kw("last").map(|_| 28),
        kw("final").map(|_| 28),
    ));
    let (rest, (_, day, _, _, (name, _), year)) = (
        terminated(kw("the"), sp),
        terminated(which, sp),
        terminated(kw("week"), sp),
        terminated(alt((kw("of"), kw("in"))), sp),
        month_name,
        opt(year_after),
    )
        .parse(input)?;
    if name.lowercase && name.ambiguous {
        return fail(input);
    }
    let expr = Expr::WeekOf {
        day: Box::new(date(year, name.month, Some(day), None)),
    };
    Ok((rest, expr.into()))
}

/// A month alone: "October", "in May" (the scanner checks the word before ambiguous ones).
/// A month joined to another that has its year takes that year: "May and June 1997",
/// "from March to May 1997", "from January to July this year"; a range that runs past
/// December starts the year before ("December through February 1998").
pub(crate) fn month_alone(input: &str) -> Res<'_, Reading> {
    let (rest, (name, standalone)) = month_name(input)?;
    if !standalone || name.lowercase && name.ambiguous {
        return fail(input);
    }
    if let Ok((_, (through, last, year))) = shared_year(rest) {
        // "December through February 1998" starts the year before.
        let back = i32::from(through && last < name.month);
        let year = match year {
            YearRef::Explicit(year) => YearRef::Explicit(year - back),
            YearRef::Relative(offset) => YearRef::Relative(offset - back),
            other => other,
        };
        return Ok((
            rest,
            Expr::Month {
                month: name.month,
                year,
            }
            .into(),
        ));
    }
    let reading = Reading::from(Expr::Month {
        month: name.month,
        year: YearRef::Implicit,
    });
    let guard = if name.ambiguous {
        Guard::AmbiguousWord
    } else {
        Guard::None
    };
    Ok((rest, reading.guarded(guard)))
}

/// What follows a month that shares the year of the next: " and June 1997", " to May 1997",
/// "-June 1997", " to July this year": whether it is a range ("to", "through", a dash), the
/// second month and the year.
fn shared_year(input: &str) -> Res<'_, (bool, u32, YearRef)> {
    let joint = alt((
        preceded(sp, terminated(alt((kw("and"), kw("or"))), sp)).map(|_| false),
        preceded(
            sp,
            terminated(alt((kw("to"), kw("through"), kw("until"))), sp),
        )
        .map(|_| true),
        dash.map(|_| true),
    ));
    let year = alt((year_after.map(YearRef::Explicit), relative_year_after));
    let (rest, (through, (name, _), year)) = (joint, month_name, year).parse(input)?;
    Ok((rest, (through, name.month, year)))
}

/// "2025-10-19", "2025/10/19".
pub(crate) fn iso_date(input: &str) -> Res<'_, Reading> {
    let two = |input| {
        map_opt(
            take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
            |d: &str| d.parse::<u32>().ok(),
        )
        .parse(input)
    };
    let (rest, (year, separator, month, _, day)) = verify(
        (year_number, one_of("-/"), two, one_of("-/"), two),
        |(year, _, month, _, day)| checked(Some(*year), *month, *day),
    )
    .parse(input)?;
    let _ = separator;
    let (rest, _) = not(peek(satisfy(|c: char| c.is_ascii_digit()))).parse(rest)?;
    Ok((rest, date(Some(year), month, Some(day), None).into()))
}

/// "10/19/2025" (month first, as English news writes it), or "19/10/2025" when the first
/// number cannot be a month; "01/15/98" with the year's last two digits. With dashes or dots
/// and a year of four digits, the day comes first unless it cannot ("14-06-2025",
/// "05.06.2025" is 5 June, "06-14-2025" June 14).
pub(crate) fn slash_date(input: &str) -> Res<'_, Reading> {
    let small = |input| verify(digits, |n| (1..=31).contains(n)).parse(input);
    let slashed = (
        small,
        char('/'),
        small,
        char('/'),
        alt((year_number, two_digit_year)),
    );
    let dashed = (small, char('-'), small, char('-'), year_number);
    let dotted = (small, char('.'), small, char('.'), year_number);
    let (rest, (first, separator, second, _, year)) =
        alt((slashed, dashed, dotted)).parse(input)?;
    let day_first = separator != '/';
    let (month, day) = if first > 12 || day_first && second <= 12 {
        (second, first)
    } else {
        (first, second)
    };
    if !checked(Some(year), month, day) {
        return fail(input);
    }
    Ok((rest, date(Some(year), month, Some(day), None).into()))
}

/// "Tuesday, October 28", "Tue., Oct. 28, 2025", "Friday 24 October".
pub(crate) fn weekday_date(input: &str) -> Res<'_, Reading> {
    let (rest, (day, _, reading)) = (
        weekday_name,
        alt((preceded(char(','), sp), sp)),
        alt((month_day, day_month)),
    )
        .parse(input)?;
    match reading.expr {
        Expr::Date {
            year,
            month,
            day: Some(d),
            ..
        } => Ok((
            rest,
            Reading::from(Expr::Date {
                year,
                month,
                day: Some(d),
                weekday: Some(day),
            }),
        )),
        _ => fail(input),
    }
}

/// The second day of "October 18 and 19" or "Oct 25-30": the text after the first date.
pub(crate) fn range_end(input: &str) -> Res<'_, (usize, u32)> {
    let (after_gap, _) = alt((
        dash,
        preceded(
            sp,
            terminated(alt((kw("and"), kw("to"), kw("through"), kw("or"))), sp),
        ),
    ))
    .parse(input)?;
    let skipped = input.len() - after_gap.len();
    let (rest, day) =
        terminated(day_number, not(peek(preceded(sp, month_name)))).parse(after_gap)?;
    Ok((rest, (skipped, day)))
}

/// A bare year: "2021", "in 1990" (the scanner decides whether it is a year or a count).
pub(crate) fn bare_year(input: &str) -> Res<'_, Reading> {
    let (rest, year) = year_number(input)?;
    let reading = Reading::from(Expr::Date {
        year: Some(year),
        month: None,
        day: None,
        weekday: None,
    });
    Ok((rest, reading.guarded(Guard::BareYear)))
}

/// Years named with their kind: "fiscal 1989", "the year 2000", "FY2024", "FY 2024".
pub(crate) fn named_year(input: &str) -> Res<'_, Reading> {
    if !may_name_year(input) {
        return fail(input);
    }
    let (rest, year) = alt((
        preceded((kw("fiscal"), sp), year_number),
        preceded(
            (opt(terminated(kw("the"), sp)), kw("year"), sp),
            written_year,
        ),
        spoken_year,
        preceded((tag("FY"), opt(sp)), alt((year_number, two_digit_year))),
    ))
    .parse(input)?;
    Ok((
        rest,
        Expr::Date {
            year: Some(year),
            month: None,
            day: None,
            weekday: None,
        }
        .into(),
    ))
}

/// Whether a named year can open with the first word of `input`: "fiscal", "the", "year",
/// "FY", or a spoken year's first number ("two thousand", "nineteen ninety-six", "twenty
/// twenty"). The amounts and units it is tried at ("two days", "hours before", "thousands
/// of") are turned away on their first word.
fn may_name_year(input: &str) -> bool {
    let bytes = input.as_bytes();
    let len = bytes
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let word = &bytes[..len];
    if input.starts_with("FY")
        || [&b"fiscal"[..], b"the", b"year", b"two"]
            .iter()
            .any(|opener| word.eq_ignore_ascii_case(opener))
    {
        return true;
    }
    // The century of a spoken year is a number from 11 to 20 in words: a cardinal, tens
    // with or without their units, or hundreds of a nought ("zero hundred and twelve").
    lex(input).is_ok_and(|(_, (_, senses))| {
        senses.iter().any(|s| match s {
            Sense::Number { value, kind } => {
                *kind == NumberKind::Tens
                    || *kind == NumberKind::Cardinal && (*value == 0 || (11..=20).contains(value))
            }
            _ => false,
        })
    })
}

/// "99" in "FY99" or "'99": 1950–2049.
/// A year's last two digits, from 1950 to 2049: "98", "04".
fn two_digit_year(input: &str) -> Res<'_, i32> {
    map_opt(
        terminated(take_while_m_n(2, 2, |c: char| c.is_ascii_digit()), boundary),
        |d: &str| {
            d.parse::<i32>()
                .ok()
                .map(|y| if y < 50 { 2000 + y } else { 1900 + y })
        },
    )
    .parse(input)
}

/// "the 1990s", "1990s", "the '90s", "the 1990's", "the 80s".
pub(crate) fn decade(input: &str) -> Res<'_, Reading> {
    let four = verify(year_number_with_s, |y| y % 10 == 0);
    let short = preceded(
        one_of("'\u{2019}"),
        terminated(tens_year, terminated(ascii_no_case("s"), boundary)),
    );
    let words = sense(|s| match s {
        Sense::Number {
            value,
            kind: NumberKind::Decade,
        } => Some(1900 + *value as i32),
        _ => None,
    });
    let (rest, the) = opt(terminated(kw("the"), sp)).parse(input)?;
    if let Ok((rest, year)) = alt((four, short, words)).parse(rest) {
        return Ok((rest, Expr::Decade(year / 10).into()));
    }
    // "the 80s" with the article only, as "80s" alone is a count or a score.
    if the.is_none() {
        return fail(input);
    }
    tens_decade(rest)
}

/// "80s", "60's" after "the" or "the early": a decade of the last century. Not "10s" or
/// "20s", as the decades of this century are written in full; and "temperatures in the 80s"
/// are degrees, which the scanner checks.
pub(crate) fn tens_decade(input: &str) -> Res<'_, Reading> {
    let tens = verify(tens_year, |y| (1930..2000).contains(y));
    let (rest, year) = terminated(tens, plural_s).parse(input)?;
    Ok((
        rest,
        Reading::from(Expr::Decade(year / 10)).guarded(Guard::NotDegrees),
    ))
}

/// "80" in "the 80s": two digits ending in 0, of 1930–2020 as [`decade`]'s "'80s" reads them.
fn tens_year(input: &str) -> Res<'_, i32> {
    map_opt(
        take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
        |d: &str| {
            d.parse::<i32>()
                .ok()
                .filter(|y| y % 10 == 0)
                .map(|y| if y < 30 { 2000 + y } else { 1900 + y })
        },
    )
    .parse(input)
}

/// The "s", "'s" or "’s" that makes a decade of a year: "1990s", "80's".
fn plural_s(input: &str) -> Res<'_, &str> {
    terminated(alt((tag("s"), tag("'s"), tag("\u{2019}s"))), boundary).parse(input)
}

/// "1990s", "1990's".
fn year_number_with_s(input: &str) -> Res<'_, i32> {
    let (rest, digits) = take_while_m_n(4, 4, |c: char| c.is_ascii_digit()).parse(input)?;
    let (rest, _) = plural_s(rest)?;
    match digits.parse::<i32>() {
        Ok(year) if (1000..=2199).contains(&year) => Ok((rest, year)),
        _ => fail(input),
    }
}

/// "the 20th century", "the twenty-first century", "the 1800s" is a decade-like century? no:
/// only "century" phrases.
pub(crate) fn century(input: &str) -> Res<'_, Reading> {
    // "century" ends within the first 64 bytes: the words before it ("the twenty-first") are
    // at most four, each short. Most tries, at "the" or a number, have none.
    if !holds(&input.as_bytes()[..input.len().min(64)], b"century") {
        return fail(input);
    }
    let (rest, number) = preceded(
        opt(terminated(kw("the"), sp)),
        terminated(
            verify(ordinal, |n| (1..=30).contains(n)),
            (sp, kw("century")),
        ),
    )
    .parse(input)?;
    Ok((rest, Expr::Century(number as i32 - 1).into()))
}

/// Whether `head` holds `word` (ASCII lowercase letters, no two alike) in any case.
///
/// Every run of as many bytes as the word has holds one byte of every `word.len()`-th, so
/// only those are looked at: the word has a letter there or is not in the run, and which
/// letter it is (they are all different) tells where the run would start.
fn holds(head: &[u8], word: &[u8]) -> bool {
    let len = word.len();
    if len == 0 {
        return true;
    }
    // A letter with its case bit set is its lowercase.
    let lower = |byte: u8| byte | 0x20;
    (len - 1..head.len()).step_by(len).any(|at| {
        let Some(place) = word.iter().position(|&letter| lower(head[at]) == letter) else {
            return false;
        };
        head.get(at - place..at - place + len)
            .is_some_and(|run| run.iter().map(|&byte| lower(byte)).eq(word.iter().copied()))
    })
}

/// The year a quarter, half or season belongs to: " of 1989", " 2024", " of this year",
/// " of last year", or nothing.
pub(super) fn year_ref_after(input: &str) -> Res<'_, YearRef> {
    let fiscal = |input| opt(terminated(kw("fiscal"), sp)).parse(input);
    let explicit = alt((
        preceded((sp, kw("of"), sp, fiscal), written_year),
        year_after,
    ))
    .map(YearRef::Explicit);
    let relative = preceded(
        (sp, kw("of"), sp),
        alt((
            terminated(kw("this"), then("year")).map(|_| YearRef::Relative(0)),
            terminated(kw("last"), then("year")).map(|_| YearRef::Relative(-1)),
            terminated(kw("next"), then("year")).map(|_| YearRef::Relative(1)),
            (kw("the"), sp, fiscal, kw("year")).map(|_| YearRef::Relative(0)),
            (kw("the"), sp, kw("current"), sp, kw("year")).map(|_| YearRef::Relative(0)),
        )),
    );
    let relative_after = preceded(
        sp,
        alt((
            (kw("last"), sp, kw("year")).map(|_| YearRef::Relative(-1)),
            (kw("this"), sp, kw("year")).map(|_| YearRef::Relative(0)),
            (kw("next"), sp, kw("year")).map(|_| YearRef::Relative(1)),
        )),
    );
    opt(alt((explicit, relative, relative_after)))
        .map(|year| year.unwrap_or(YearRef::Implicit))
        .parse(input)
}

/// The year written before a part: "1989's", "this year's", "last year's", "fiscal".
pub(super) fn year_ref_before(input: &str) -> Res<'_, YearRef> {
    remembered(&YEARS_BEFORE, input, read_year_ref_before)
}

fn read_year_ref_before(input: &str) -> Res<'_, YearRef> {
    // Most tries are at a word that is neither a year nor one of the five words a year's
    // reference opens with: one look at the first word turns them away before nine parsers.
    let first = input.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let first = &input.as_bytes()[..first];
    let opens = first.first().is_some_and(u8::is_ascii_digit)
        || [&b"this"[..], b"last", b"next", b"past", b"coming"]
            .iter()
            .any(|word| first.eq_ignore_ascii_case(word));
    if !opens {
        return fail(input);
    }
    let possessive = |input| alt((tag("'s"), tag("\u{2019}s"))).parse(input);
    alt((
        terminated(year_number, (possessive, sp)).map(YearRef::Explicit),
        terminated(year_number, sp).map(YearRef::Explicit),
        (kw("this"), sp, kw("year"), possessive, sp).map(|_| YearRef::Relative(0)),
        (kw("last"), sp, kw("year"), possessive, sp).map(|_| YearRef::Relative(-1)),
        (kw("next"), sp, kw("year"), possessive, sp).map(|_| YearRef::Relative(1)),
        (kw("this"), sp).map(|_| YearRef::Relative(0)),
        (kw("last"), sp).map(|_| YearRef::Last),
        (kw("past"), sp).map(|_| YearRef::Last),
        (kw("next"), sp).map(|_| YearRef::Next),
        (kw("coming"), sp).map(|_| YearRef::Next),
    ))
    .parse(input)
}

/// A half or quarter named by its place, or a half by its quarters, with the year it belongs
/// to: "the last half of 1989", "the latter half of this year", "the final quarter of 2012",
/// "the first two quarters of 1990". The year must be written: "the last half hour" is no
/// half of a year, and "the last quarter" alone is the one before this.
fn spelled_half(input: &str) -> Res<'_, Reading> {
    let last = |input| alt((kw("last"), kw("latter"), kw("final"))).parse(input);
    let part = alt((
        (last, sp, kw("half")).map(|_| YearPart::Half(2)),
        (last, sp, kw("quarter")).map(|_| YearPart::Quarter(4)),
        (
            alt((kw("first"), kw("opening"))),
            sp,
            kw("two"),
            sp,
            kw("quarters"),
        )
            .map(|_| YearPart::Half(1)),
        (last, sp, kw("two"), sp, kw("quarters")).map(|_| YearPart::Half(2)),
    ));
    let (rest, (part, year)) = (
        preceded(opt(terminated(kw("the"), sp)), part),
        verify(year_ref_after, |year| *year != YearRef::Implicit),
    )
        .parse(input)?;
    Ok((rest, Expr::YearPart { part, year }.into()))
}

/// "the third quarter", "third-quarter", "the fourth quarter of 1989", "Q3 2025", "the first
/// half of the year", "second-half", "1989's third quarter", "the fiscal third quarter".
pub(crate) fn year_part(input: &str) -> Res<'_, Reading> {
    // Every year part names a quarter or a half ("quarter", "qtr", "Q3", "half") within its
    // first 64 bytes: the words before it ("their next year's fiscal fourth") are at most
    // four, each short. Most tries, at "the" or a year, have neither and stop here.
    // The test for "q" reads every byte of the head without stopping, which the compiler
    // turns into a few vector instructions; a letter with its case bit set is its lowercase.
    let head = &input.as_bytes()[..input.len().min(64)];
    let lower = |byte: u8| byte | 0x20;
    let quarter = head
        .iter()
        .fold(false, |seen, &byte| seen | (lower(byte) == b'q'));
    let half_code = matches!(head, [b'H' | b'h', b'1' | b'2', ..]);
    let names_a_part = quarter || half_code || holds(head, b"half");
    if !names_a_part {
        return fail(input);
    }
    if let Ok(found) = spelled_half(input) {
        return Ok(found);
    }
    let quarter_word = alt((kw("quarter"), kw("qtr")));
    let part = alt((
        terminated(
            verify(ordinal, |n| (1..=4).contains(n)),
            preceded(alt((sp, hyphen.map(|_| ""))), quarter_word),
        )
        .map(YearPart::Quarter),
        terminated(
            verify(ordinal, |n| (1..=2).contains(n)),
            preceded(alt((sp, hyphen.map(|_| ""))), kw("half")),
        )
        .map(YearPart::Half),
    ));
    let q_code = preceded(
        one_of("Qq"),
        terminated(verify(digits, |n| (1..=4).contains(n)), boundary),
    )
    .map(YearPart::Quarter);
    // "H1 2025", "H2 of last year": a half written as a code takes its year, as a visa class
    // ("H1 applicants") does not.
    let h_code = |input| {
        let (rest, half) = preceded(
            one_of("Hh"),
            terminated(verify(digits, |n| (1..=2).contains(n)), boundary),
        )
        .parse(input)?;
        let (_, year) = year_ref_after(rest)?;
        if year == YearRef::Implicit {
            return fail(input);
        }
        Ok((rest, YearPart::Half(half)))
    };
    let (rest, (before, part, after)) = (
        preceded(
            opt(terminated(alt((kw("the"), kw("its"), kw("their"))), sp)),
            opt(year_ref_before),
        ),
        preceded(
            opt(terminated(kw("fiscal"), sp)),
            alt((part, q_code, h_code)),
        ),
        year_ref_after,
    )
        .parse(input)?;
    let year = match (before, after) {
        (_, YearRef::Explicit(year)) => YearRef::Explicit(year),
        (Some(year), _) => year,
        (None, after) => after,
    };
    // "the second half of the game", "the first quarter of the match": a part of something
    // else than a year ("a loss for the third quarter of $226 million" is still one).
    let mut of_something = (
        (
            sp,
            kw("of"),
            sp,
            alt((kw("the"), kw("a"), kw("an"), kw("this"))),
            sp,
        ),
        not(alt((
            kw("fiscal"),
            kw("financial"),
            kw("current"),
            kw("calendar"),
            kw("year"),
        ))),
    );
    if year == YearRef::Implicit && of_something.parse(rest).is_ok() {
        return fail(input);
    }
    Ok((rest, Expr::YearPart { part, year }.into()))
}

/// "summer", "last winter", "the summer of 2024", "spring 2025", "this fall".
pub(crate) fn season(input: &str) -> Res<'_, Reading> {
    let name = |input| {
        sense(|s| match s {
            Sense::Season(season) => Some(*season),
            _ => None,
        })
        .parse(input)
    };
    // "the following spring", "that summer": of the story's year, not the report's.
    let story = alt((
        (
            kw("the"),
            sp,
            alt((
                kw("following").map(|_| 1),
                kw("previous").map(|_| -1),
                kw("preceding").map(|_| -1),
            )),
            sp,
        )
            .map(|(_, _, offset, _)| offset),
        terminated(kw("that"), sp).map(|_| 0),
    ))
    .map(|offset| Some(YearRef::Story(offset)));
    let (rest, (before, season, after)) = (
        opt(alt((
            story,
            terminated(kw("the"), sp).map(|_| None),
            year_ref_before.map(Some),
        ))),
        name,
        year_ref_after,
    )
        .parse(input)?;
    let year = match (before.flatten(), after) {
        (_, YearRef::Explicit(year)) => YearRef::Explicit(year),
        (Some(year), _) => year,
        (None, after) => after,
    };
    // "fall" is also a verb and a noun; alone, lowercase, it is not a season, nor is "the
    // fall of Kabul" (of a year, "the fall of 1998", it is).
    let of_something = || (sp, kw("of"), sp).parse(rest).is_ok();
    if season == Season::Fall && year == YearRef::Implicit && (before.is_none() || of_something()) {
        return fail(input);
    }
    Ok((
        rest,
        Expr::YearPart {
            part: YearPart::Season(season),
            year,
        }
        .into(),
    ))
}

/// [`year_ref_after`] where only a year relative to now will do ("May of this year", "June
/// last year"): those open with "of", "last", "this" or "next", and after nearly every month
/// (a date's, "May 5") the next word tells that none follows, before the parser's ten
/// alternatives run.
fn relative_year_after(input: &str) -> Res<'_, YearRef> {
    let opens = super::next_word(input, 0).is_some_and(|(start, end)| {
        let word = &input.as_bytes()[start..end];
        [&b"of"[..], b"last", b"this", b"next"]
            .iter()
            .any(|opener| word.eq_ignore_ascii_case(opener))
    });
    if !opens {
        return fail(input);
    }
    year_ref_after(input)
}

/// Months with a relative year: "last April", "this September", "next May", "June last year",
/// "May of this year".
pub(crate) fn relative_month(input: &str) -> Res<'_, Reading> {
    let prefixed = (year_ref_before, month_name).map(|(year, (name, _))| (name, year));
    let suffixed = (month_name, relative_year_after).map(|((name, _), year)| (name, year));
    let (rest, (name, year)) = verify(alt((prefixed, suffixed)), |(_, year)| {
        !matches!(year, YearRef::Implicit | YearRef::Explicit(_))
    })
    .parse(input)?;
    Ok((
        rest,
        Expr::Month {
            month: name.month,
            year,
        }
        .into(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(parser: fn(&str) -> Res<'_, Reading>, input: &str) -> Option<(Expr, usize)> {
        parser(input)
            .ok()
            .map(|(rest, reading)| (reading.expr, input.len() - rest.len()))
    }

    #[test]
    fn months_take_a_relative_year_after_them() {
        let year = |input| match read(relative_month, input) {
            Some((Expr::Month { year, .. }, len)) => Some((year, len)),
            _ => None,
        };
        assert_eq!(year("June last year"), Some((YearRef::Relative(-1), 14)));
        assert_eq!(year("May  of THIS year."), Some((YearRef::Relative(0), 17)));
        assert_eq!(year("March next year"), Some((YearRef::Relative(1), 15)));
        assert_eq!(year("April of the year"), Some((YearRef::Relative(0), 17)));
        assert_eq!(year("last April"), Some((YearRef::Last, 10)));
        for other in [
            "May 5",
            "June 2024",
            "March, 1989",
            "April of 2020",
            "May the",
        ] {
            assert_eq!(year(other), None, "{other}");
        }
    }

    #[test]
    fn words_are_held_at_every_place() {
        for word in [&b"half"[..], b"century"] {
            for at in 0..=64 - word.len() {
                let mut head = [b'x'; 64];
                head[at..at + word.len()].copy_from_slice(word);
                head[at] = head[at].to_ascii_uppercase();
                assert!(holds(&head, word), "{at}");
                assert!(!holds(&head[..at + word.len() - 1], word), "{at}");
                head[at + word.len() - 1] = b'x';
                assert!(!holds(&head, word), "{at}");
            }
        }
    }

    #[test]
    fn centuries_are_found_wherever_they_stand() {
        let century = |input| match read(century, input) {
            Some((Expr::Century(number), _)) => Some(number),
            _ => None,
        };
        for (input, number) in [
            ("the 20th century", 19),
            ("the twentieth century", 19),
            ("the twenty-first Century", 20),
            ("the 19th  century", 18),
            ("the fifth century", 4),
            ("the 3rd century", 2),
            ("18th century", 17),
        ] {
            assert_eq!(century(input), Some(number), "{input}");
        }
        for other in ["the 20th centurion", "the two centuries", "the first cent"] {
            assert_eq!(century(other), None, "{other}");
        }
    }

    #[test]
    fn halves_are_found_wherever_they_stand() {
        // "half" at each place modulo four, which the test before the parser looks at.
        let half = |input| match read(year_part, input) {
            Some((Expr::YearPart { part, .. }, _)) => Some(part),
            _ => None,
        };
        for (input, number) in [
            ("the 1st half of 1989", 1),
            ("the last half of 1989", 2),
            ("the first HALF of 1989", 1),
            ("the second half of 1990", 2),
            ("their second-Half", 2),
            ("first half of this year", 1),
        ] {
            assert_eq!(half(input), Some(YearPart::Half(number)), "{input}");
        }
        for other in [
            "the last half hour",
            "the first halfway mark",
            "behalf of 1989",
        ] {
            assert_eq!(half(other), None, "{other}");
        }
    }

    #[test]
    fn years_before_a_part_open_with_a_year_or_a_shift() {
        let read = |input| read_year_ref_before(input).ok().map(|(_, year)| year);
        assert_eq!(read("1989's third"), Some(YearRef::Explicit(1989)));
        assert_eq!(read("2024 \u{2019}s"), Some(YearRef::Explicit(2024)));
        assert_eq!(read("This year's fiscal"), Some(YearRef::Relative(0)));
        assert_eq!(
            read("LAST year\u{2019}s results"),
            Some(YearRef::Relative(-1))
        );
        assert_eq!(read("next year's budget"), Some(YearRef::Relative(1)));
        assert_eq!(read("last April"), Some(YearRef::Last));
        assert_eq!(read("Past winter"), Some(YearRef::Last));
        assert_eq!(read("coming\nsummer"), Some(YearRef::Next));
        for other in [
            "the year", "thisyear", "lastly", "nextél", "12 May", "", "'89",
        ] {
            assert_eq!(read(other), None, "{other}");
        }
    }

    fn ymd(year: Option<i32>, month: u32, day: Option<u32>) -> Expr {
        Expr::Date {
            year,
            month: Some(month),
            day,
            weekday: None,
        }
    }

    #[test]
    fn days_and_months() {
        assert_eq!(
            read(month_day, "Oct. 19 talks"),
            Some((ymd(None, 10, Some(19)), 7))
        );
        assert_eq!(
            read(month_day, "January 15, 2026."),
            Some((ymd(Some(2026), 1, Some(15)), 16))
        );
        assert_eq!(
            read(day_month, "9 October 2025"),
            Some((ymd(Some(2025), 10, Some(9)), 14))
        );
        assert_eq!(
            read(iso_date, "2025-10-19"),
            Some((ymd(Some(2025), 10, Some(19)), 10))
        );
        assert_eq!(read(month_day, "February 30"), None);
        assert_eq!(read(iso_date, "2025-10-190"), None);
    }

    #[test]
    fn ranges_give_their_second_day() {
        assert_eq!(range_end(" and 19, when"), Ok((", when", (5, 19))));
        assert_eq!(range_end("-30 in"), Ok((" in", (1, 30))));
        assert!(range_end(" and 19 October").is_err());
    }

    #[test]
    fn years_named_with_their_kind() {
        let year = |input| read(named_year, input).map(|(expr, _)| expr);
        let written = |year| {
            Some(Expr::Date {
                year: Some(year),
                month: None,
                day: None,
                weekday: None,
            })
        };
        assert_eq!(year("fiscal 1989"), written(1989));
        assert_eq!(year("the year 2000"), written(2000));
        assert_eq!(year("FY2024"), written(2024));
        assert_eq!(year("nineteen ninety-six"), written(1996));
        assert_eq!(year("Twenty twenty"), written(2020));
        assert_eq!(year("two thousand and one"), written(2001));
        for amount in ["two days", "hours before", "thousands of", "twelve hours"] {
            assert_eq!(year(amount), None, "{amount}");
        }
    }

    #[test]
    fn years_decades_parts() {
        assert_eq!(read(decade, "the 1990s"), Some((Expr::Decade(199), 9)));
        assert_eq!(read(decade, "the '80s"), Some((Expr::Decade(198), 8)));
        assert_eq!(
            read(century, "the 20th century"),
            Some((Expr::Century(19), 16))
        );
        assert_eq!(
            read(year_part, "the third quarter of 1989"),
            Some((
                Expr::YearPart {
                    part: YearPart::Quarter(3),
                    year: YearRef::Explicit(1989)
                },
                25
            ))
        );
        assert_eq!(
            read(year_part, "third-quarter profit"),
            Some((
                Expr::YearPart {
                    part: YearPart::Quarter(3),
                    year: YearRef::Implicit
                },
                13
            ))
        );
        assert_eq!(
            read(season, "last summer"),
            Some((
                Expr::YearPart {
                    part: YearPart::Season(Season::Summer),
                    year: YearRef::Last
                },
                11
            ))
        );
        assert_eq!(read(season, "fall"), None);
    }

    #[test]
    fn lone_months() {
        assert!(read(month_alone, "may").is_none());
        assert!(read(month_alone, "Oct").is_none());
        assert!(month_alone("May").is_ok_and(|(_, r)| r.guard == Guard::AmbiguousWord));
    }
}

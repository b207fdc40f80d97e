//! Clock times and their zones: "5.30 PM (Kabul time)", "1:00 p.m. GMT", "6 p.m. PKT",
//! "1300 GMT", "10 o'clock", "noon", "Friday at 5 pm", "5 pm on October 15".

use super::calendar::{day_month, iso_date, month_day, weekday_date};
use super::lexicon::Sense;
use super::relative::{day_reading, weekday_reading};
use super::words::{Res, ascii_no_case, boundary, kw, lex, phrase, sp, then};
use crate::time::expr::{Clock, Expr, Reading, Zone};
use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::{char, one_of};
use nom::combinator::{map_opt, opt, peek, recognize, verify};
use nom::sequence::{preceded, terminated};

/// `Some(true)` for p.m., `Some(false)` for a.m.: "pm", "p.m.", "PM", "p.m", "a.m.".
fn meridiem(input: &str) -> Res<'_, bool> {
    let pm = alt((
        ascii_no_case("p.m."),
        ascii_no_case("p.m"),
        terminated(ascii_no_case("pm"), boundary),
    ))
    .map(|_| true);
    let am = alt((
        ascii_no_case("a.m."),
        ascii_no_case("a.m"),
        terminated(ascii_no_case("am"), boundary),
    ))
    .map(|_| false);
    alt((pm, am)).parse(input)
}

/// A written zone, or `None` for "local time".
/// "GMT", "PKT", "Kabul time", "(Kabul time)", "local time", "Pakistan Standard Time".
fn zone(input: &str) -> Res<'_, Option<Zone>> {
    let abbreviation = |input| {
        let (rest, (word, senses)) = lex(input)?;
        let offset = senses.iter().find_map(|s| match s {
            Sense::Zone { zone, place: false } => Some(*zone),
            _ => None,
        });
        match offset {
            Some(zone) if word.chars().all(|c| c.is_ascii_uppercase()) => Ok((rest, Some(zone))),
            _ => super::calendar::fail(input),
        }
    };
    let place_word = |input| {
        alt((
            phrase(|s| match s {
                Sense::Zone { zone, place: true } => Some(*zone),
                _ => None,
            }),
            super::words::sense(|s| match s {
                Sense::Zone { zone, place: true } => Some(*zone),
                _ => None,
            }),
        ))
        .parse(input)
    };
    let place = terminated(place_word, (opt(then("standard")), then("time"))).map(Some);
    let local = (kw("local"), then("time")).map(|_| None);
    let mut bare = alt((abbreviation, place, local));
    if let Ok((rest, (_, _))) = (char('('), opt(sp)).parse(input) {
        if let Ok((rest, zone)) = bare.parse(rest) {
            if let Ok((rest, _)) = (opt(sp), char(')')).parse(rest) {
                return Ok((rest, zone));
            }
        }
    }
    bare.parse(input)
}

fn two_digits(input: &str) -> Res<'_, u32> {
    map_opt(
        take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
        |d: &str| d.parse().ok(),
    )
    .parse(input)
}

fn hour(input: &str) -> Res<'_, u32> {
    map_opt(
        terminated(
            take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
            peek(nom::combinator::not(nom::character::complete::satisfy(
                |c: char| c.is_ascii_digit(),
            ))),
        ),
        |d: &str| d.parse::<u32>().ok().filter(|h| *h <= 24),
    )
    .parse(input)
}

fn to_24(hour: u32, pm: Option<bool>) -> Option<u32> {
    match pm {
        None => (hour <= 24).then_some(hour % 24),
        Some(_) if hour == 0 || hour > 12 => None,
        Some(true) => Some(if hour == 12 { 12 } else { hour + 12 }),
        Some(false) => Some(if hour == 12 { 0 } else { hour }),
    }
}

/// The clock read up to `rest`, or a failure at `input` when its hour is out of range
/// (`to_24` gave none).
fn at_hour<'a>(
    input: &'a str,
    rest: &'a str,
    hour: Option<u32>,
    minute: u32,
    zone: Option<Zone>,
) -> Res<'a, Clock> {
    match hour {
        Some(hour) => Ok((rest, Clock { hour, minute, zone })),
        None => super::calendar::fail(input),
    }
}

/// A clock time with its zone, if written.
pub(crate) fn clock(input: &str) -> Res<'_, Clock> {
    if !may_open_clock(input) {
        return super::calendar::fail(input);
    }
    let spaced_zone = |input| preceded(opt(sp), zone).parse(input);
    // "5:30 p.m.", "5.30 PM", "17:30", "5:30 pm GMT": a dot needs a meridiem or zone.
    let with_minutes = |input| {
        let (rest, (h, separator, m, pm)) = (
            hour,
            one_of(":."),
            verify(two_digits, |m| *m < 60),
            opt(preceded(opt(sp), meridiem)),
        )
            .parse(input)?;
        let (rest, zone) = opt(spaced_zone).parse(rest)?;
        if separator == '.' && pm.is_none() && zone.is_none() {
            return super::calendar::fail(input);
        }
        let (rest, _) = boundary_or_dot(rest)?;
        at_hour(input, rest, to_24(h, pm), m, zone.flatten())
    };
    // "5 pm", "6 p.m. PKT".
    let hour_only = |input| {
        let (rest, (h, pm, zone)) =
            (hour, preceded(opt(sp), meridiem), opt(spaced_zone)).parse(input)?;
        at_hour(input, rest, to_24(h, Some(pm)), 0, zone.flatten())
    };
    // "10 o'clock", "7 o’clock p.m.": the hour as said, unless a meridiem follows.
    let o_clock = |input| {
        let (rest, (h, _, _, pm, zone)) = (
            verify(hour, |h| (1..=12).contains(h)),
            sp,
            alt((ascii_no_case("o'clock"), ascii_no_case("o\u{2019}clock"))),
            opt(preceded(opt(sp), meridiem)),
            opt(spaced_zone),
        )
            .parse(input)?;
        let (rest, _) = boundary_or_dot(rest)?;
        at_hour(input, rest, to_24(h, pm), 0, zone.flatten())
    };
    // "1300 GMT", "0930 hrs": four digits need a zone or "hrs"/"hours".
    let military = |input| {
        let (rest, (h, m)) = (
            verify(two_digits, |h| *h < 24),
            verify(two_digits, |m| *m < 60),
        )
            .parse(input)?;
        let (rest, zone) = alt((
            preceded(opt(sp), zone),
            preceded(sp, alt((kw("hrs"), kw("hours"), kw("GMT")))).map(|_| None),
        ))
        .parse(rest)?;
        Ok((
            rest,
            Clock {
                hour: h,
                minute: m,
                zone,
            },
        ))
    };
    let named = |input| {
        let (rest, hour) = alt((
            kw("noon").map(|_| 12),
            kw("midday").map(|_| 12),
            // TIMEX3's midnight is the end of its day: "midnight Friday" is T24:00 of
            // Friday, the deadline that runs out as Friday ends.
            kw("midnight").map(|_| 24),
        ))
        .parse(input)?;
        let (rest, zone) = opt(spaced_zone).parse(rest)?;
        Ok((
            rest,
            Clock {
                hour,
                minute: 0,
                zone: zone.flatten(),
            },
        ))
    };
    alt((with_minutes, hour_only, o_clock, military, named)).parse(input)
}

/// Whether a clock time can open `input`, by its first bytes: "noon", "midday" or
/// "midnight"; one or two digits before a colon, a dot, "am"/"pm" or "o'clock" ("5:30", "5.30
/// PM", "6pm", "10 a.m.", "10 o'clock"); or four digits ("1300 GMT"). The scanner tries a clock at many words
/// that open none ("Friday", "last") and at most numbers ("37 years", "210 soldiers",
/// "15-20 percent"), and turns them away here before the four parsers below each fail.
fn may_open_clock(input: &str) -> bool {
    let bytes = input.as_bytes();
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    match digits {
        0 => {
            ascii_no_case("noon").parse(input).is_ok() || ascii_no_case("mid").parse(input).is_ok()
        }
        1 | 2 => {
            let after = &bytes[digits..];
            let spaces = after
                .iter()
                .take_while(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n' | 0xc2 | 0xa0))
                .count();
            matches!(after.first(), Some(b':' | b'.'))
                || after
                    .get(spaces)
                    .is_some_and(|b| matches!(b, b'a' | b'A' | b'p' | b'P' | b'o' | b'O'))
        }
        3 => false,
        _ => true,
    }
}

fn boundary_or_dot(input: &str) -> Res<'_, ()> {
    alt((boundary, peek(tag(".")).map(|_| ()))).parse(input)
}

/// The parsers of a day a clock time can sit on, in the order they are tried: "Friday",
/// "October 15", "15 October", "2025-10-15", "yesterday", "last Friday".
pub(crate) const CLOCK_DAYS: [fn(&str) -> Res<'_, Reading>; 6] = [
    weekday_date,
    month_day,
    day_month,
    iso_date,
    day_reading,
    weekday_reading,
];

/// A day a clock time can sit on: "Friday", "October 15", "yesterday", "2025-10-15".
fn clock_day(input: &str) -> Res<'_, Expr> {
    CLOCK_DAYS
        .iter()
        .find_map(|parser| parser(input).ok())
        .map(|(rest, reading)| (rest, reading.expr))
        .map_or_else(|| super::calendar::fail(input), Ok)
}

/// A clock time, with the day it is on when that is written next to it:
/// "5.30 PM (Kabul time)", "Friday at 5 pm", "October 15 at 6 p.m. PKT", "noon Saturday",
/// "1:00 p.m. GMT on Wednesday".
#[cfg(test)]
pub(crate) fn time(input: &str) -> Res<'_, Reading> {
    time_after(input, clock_day(input).ok())
}

/// [`time`], given the day its first parsers read at the start of `input` (the rest after
/// it and what it says): the scanner has already run them there, so they are not run twice.
pub(crate) fn time_after<'a>(input: &'a str, day: Option<(&'a str, Expr)>) -> Res<'a, Reading> {
    let clock_after_day = |(after_day, day): (&'a str, Expr)| {
        let (rest, (_, clock)) = (
            alt((
                recognize((opt(char(',')), sp, kw("at"), sp)),
                recognize((char(','), sp)),
                sp,
            )),
            clock,
        )
            .parse(after_day)
            .ok()?;
        Some((rest, (Some(day), clock)))
    };
    let mut clock_first = (
        clock,
        opt(preceded(
            alt((
                recognize((sp, kw("on"), sp)),
                recognize((char(','), sp)),
                sp,
            )),
            clock_day,
        )),
    )
        .map(|(clock, day)| (day, clock));
    let (rest, (day, clock)) = match day.and_then(clock_after_day) {
        Some(found) => found,
        None => clock_first.parse(input)?,
    };
    Ok((
        rest,
        Expr::Time {
            day: day.map(Box::new),
            clock,
        }
        .into(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clock_of(input: &str) -> Option<(Clock, usize)> {
        clock(input)
            .ok()
            .map(|(rest, c)| (c, input.len() - rest.len()))
    }

    #[test]
    fn one_instant_three_ways() {
        assert_eq!(
            clock_of("5.30 PM (Kabul time)"),
            Some((
                Clock {
                    hour: 17,
                    minute: 30,
                    zone: Some(Zone::fixed(16_200))
                },
                20
            ))
        );
        assert_eq!(
            clock_of("1:00 p.m. GMT"),
            Some((
                Clock {
                    hour: 13,
                    minute: 0,
                    zone: Some(Zone::fixed(0))
                },
                13
            ))
        );
        assert_eq!(
            clock_of("6 p.m. PKT"),
            Some((
                Clock {
                    hour: 18,
                    minute: 0,
                    zone: Some(Zone::fixed(18_000))
                },
                10
            ))
        );
    }

    #[test]
    fn clocks_open_only_as_a_clock_can() {
        for input in [
            "5:30 pm",
            "5.30 PM",
            "6pm",
            "10 a.m.",
            "10\u{a0}P.M.",
            "9 \n am",
            "1300 GMT",
            "Noon",
            "midnight",
            "MIDDAY",
        ] {
            assert!(may_open_clock(input), "{input}");
            assert!(clock(input).is_ok(), "{input}");
        }
        for input in [
            "37 years",
            "210 soldiers",
            "15-20 percent",
            "Friday",
            "now",
            "May 5",
        ] {
            assert!(!may_open_clock(input), "{input}");
        }
    }

    #[test]
    fn decimals_are_not_times() {
        assert_eq!(clock_of("5.30 percent"), None);
        assert_eq!(clock_of("13 people"), None);
        assert_eq!(clock_of("2021"), None);
        assert_eq!(
            clock_of("1300 GMT"),
            Some((
                Clock {
                    hour: 13,
                    minute: 0,
                    zone: Some(Zone::fixed(0))
                },
                8
            ))
        );
    }

    #[test]
    fn local_time_has_no_offset() {
        assert_eq!(
            clock_of("9 a.m. local time"),
            Some((
                Clock {
                    hour: 9,
                    minute: 0,
                    zone: None
                },
                17
            ))
        );
    }

    #[test]
    fn times_on_days() {
        let (rest, reading) = time("Friday at 5 pm.").unwrap();
        assert_eq!(rest, ".");
        assert!(matches!(reading.expr, Expr::Time { day: Some(_), .. }));
    }
}

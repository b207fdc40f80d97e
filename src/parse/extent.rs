//! Lengths of time, recurring times and vague references: "48-hour", "three-day", "four days",
//! "week-long", "the past two months", "every Friday", "daily", "recently", "in the near future".

use super::calendar::{fail, month_name, weekday_name};
use super::lexicon::Sense;
use super::relative::{day_part, scale, unit};
use super::words::{
    Res, amount, ascii_no_case, digits, hyphen, kw, number_words, phrase, sense, sp,
};
use crate::time::expr::{Amount, Expr, Guard, Reading, Reference, Unit};
use nom::Parser;
use nom::branch::alt;

use nom::combinator::{opt, verify};
use nom::sequence::{preceded, terminated};

fn is_plural(unit_word: &str) -> bool {
    unit_word.ends_with(['s', 'S'])
}

/// "48-hour", "three-day", "three‐day" (U+2010), "10-year", "two-week-long", "five year"
/// (before a noun, TimeBank's "a five year low").
pub(crate) fn adjectival(input: &str) -> Res<'_, Reading> {
    let count = alt((digits, number_words));
    let (rest, (whole, _, (unit, multiplier), _)) = (
        count,
        alt((hyphen.map(|_| ()), sp.map(|_| ()))),
        verify(unit, |(unit, _)| *unit != Unit::Weekend),
        opt((hyphen, kw("long"))),
    )
        .parse(input)?;
    let unit_word = &input[..input.len() - rest.len()];
    if is_plural(unit_word.trim_end_matches("-long")) && !unit_word.ends_with("long") {
        // "four days" is a plain amount, read by `amount_of_units`.
        return fail(input);
    }
    if is_age(rest) {
        return fail(input);
    }
    let amount = scale(Amount::count(whole), multiplier);
    Ok((rest, Expr::Duration { amount, unit }.into()))
}

/// "week-long", "month-long", "weeklong", "day-long", "hour-long".
pub(crate) fn unit_long(input: &str) -> Res<'_, Reading> {
    let hyphenated = terminated(unit, (hyphen, kw("long")));
    let closed = alt((
        ascii_no_case("weeklong").map(|_| (Unit::Week, 1)),
        ascii_no_case("monthlong").map(|_| (Unit::Month, 1)),
        ascii_no_case("yearlong").map(|_| (Unit::Year, 1)),
        ascii_no_case("daylong").map(|_| (Unit::Day, 1)),
    ));
    let (rest, (unit, multiplier)) =
        alt((hyphenated, terminated(closed, super::words::boundary))).parse(input)?;
    Ok((
        rest,
        Expr::Duration {
            amount: scale(Amount::count(1), multiplier),
            unit,
        }
        .into(),
    ))
}

/// "37 years old", "a 37-year-old": ages are not lengths of time in the story.
fn is_age(rest: &str) -> bool {
    (alt((hyphen.map(|_| ""), sp)), kw("old"))
        .parse(rest)
        .is_ok()
}

/// "four days", "a week", "several years", "2 1/2 years", "a few hours", "one day" — not
/// "37 years old", "a second group", "a quarter of the shares", "1988 quarters".
pub(crate) fn amount_of_units(input: &str) -> Res<'_, Reading> {
    // "two more weeks", "20 more years": the stretch added is still a length.
    let more = opt(terminated(kw("more"), sp));
    let (rest, (amount, _, _, (unit, multiplier))) = (
        amount,
        sp,
        more,
        verify(unit, |(unit, _)| *unit != Unit::Weekend),
    )
        .parse(input)?;
    // `get`: after "A" may come a no-break space, whose second byte is no boundary.
    let article = input.starts_with(['a', 'A'])
        && !input
            .get(..2)
            .is_some_and(|two| two.eq_ignore_ascii_case("ab"));
    let fraction = matches!(unit, Unit::Quarter) && (sp, kw("of")).parse(rest).is_ok();
    // "1988 quarters" is a year's; "two thousand years" is spelled as a count.
    let year_like = matches!(amount, Amount::Count { whole, .. } if whole >= 1000)
        && input.bytes().take_while(u8::is_ascii_digit).count() >= 4;
    // "a year-earlier loss", "a week-long visit": the unit belongs to a longer word.
    let compound = hyphen(rest).is_ok();
    if is_age(rest)
        || fraction
        || year_like
        || compound
        || (article && unit == Unit::Second && amount == Amount::count(1))
    {
        return fail(input);
    }
    let (rest, half) = skip_and_a_half(rest);
    let amount = match (amount, half) {
        (Amount::Count { whole, .. }, true) => Amount::Count { whole, half: true },
        (amount, _) => amount,
    };
    let reading = Reading::from(Expr::Duration {
        amount: scale(amount, multiplier),
        unit,
    });
    let rate = article && amount == Amount::count(1);
    Ok((
        rest,
        if rate {
            reading.guarded(Guard::Rate)
        } else {
            reading
        },
    ))
}

/// A stretch added to another: "another two weeks", "another 48 hours", "an additional
/// year", "a further six months", "an extra day".
pub(crate) fn added_stretch(input: &str) -> Res<'_, Reading> {
    let added = alt((
        kw("another").map(|_| ()),
        (
            alt((kw("an"), kw("a"))),
            sp,
            alt((kw("additional"), kw("further"), kw("extra"))),
        )
            .map(|_| ()),
    ));
    let (rest, (_, _, amount, (unit, multiplier))) = (
        added,
        sp,
        opt(terminated(amount, sp)),
        verify(unit, |(unit, _)| *unit != Unit::Weekend),
    )
        .parse(input)?;
    let amount = amount.unwrap_or(Amount::count(1));
    // "another day" and "another two days", not "another days" (read as a stretch of its
    // own) or "another 20-year-old".
    let one = amount == Amount::count(1);
    if is_plural(&input[..input.len() - rest.len()]) == one || is_age(rest) {
        return fail(input);
    }
    let reading = Reading::from(Expr::Duration {
        amount: scale(amount, multiplier),
        unit,
    });
    Ok((rest, reading))
}

/// " and a half" after a unit ("a year and a half"): the rest, and whether it was there.
fn skip_and_a_half(input: &str) -> (&str, bool) {
    match (sp, kw("and"), sp, kw("a"), sp, kw("half")).parse(input) {
        Ok((rest, _)) => (rest, true),
        Err(_) => (input, false),
    }
}

/// "half an hour", "half a day".
pub(crate) fn half_unit(input: &str) -> Res<'_, Reading> {
    let (rest, (_, _, _, _, (unit, _))) =
        (kw("half"), sp, alt((kw("an"), kw("a"))), sp, unit).parse(input)?;
    Ok((
        rest,
        Expr::Duration {
            amount: Amount::Count {
                whole: 0,
                half: true,
            },
            unit,
        }
        .into(),
    ))
}

/// Amounts framed by "the": "the past two months", "the next several days", "the first nine
/// months", "the nine months", "the last two weeks", "the past few days".
pub(crate) fn framed(input: &str) -> Res<'_, Reading> {
    let frame = alt((
        kw("past"),
        kw("last"),
        kw("next"),
        kw("first"),
        kw("coming"),
        kw("previous"),
        kw("following"),
        kw("final"),
        kw("latest"),
        kw("remaining"),
        kw("initial"),
    ));
    let (rest, (_, _, _, reading)) =
        (kw("the"), sp, opt(terminated(frame, sp)), amount_of_units).parse(input)?;
    // "the week" or "the year" alone are not durations; an amount must be written.
    let words = &input[..input.len() - rest.len()];
    if words.split_whitespace().count() < 3 {
        return fail(input);
    }
    Ok((rest, reading))
}

/// "the past months", "the last few years" without a number: "the past" plus a plural unit;
/// and "the past fortnight", a unit that is itself an amount of another.
pub(crate) fn framed_plural(input: &str) -> Res<'_, Reading> {
    let (rest, (_, _, _, _, (unit, multiplier))) = (
        kw("the"),
        sp,
        alt((kw("past"), kw("last"), kw("coming"), kw("next"))),
        sp,
        unit,
    )
        .parse(input)?;
    let amount = if is_plural(&input[..input.len() - rest.len()]) {
        Amount::Vague
    } else if multiplier != 1 {
        scale(Amount::count(1), multiplier)
    } else {
        return fail(input);
    };
    Ok((rest, Expr::Duration { amount, unit }.into()))
}

/// "one day" after a modal verb: "Islam will one day be ..." means some future time.
pub(crate) fn one_day(input: &str) -> Res<'_, Reading> {
    let (rest, _) = (kw("one"), sp, kw("day")).parse(input)?;
    let reading = Reading::from(Expr::Reference(crate::time::expr::Reference::Future));
    Ok((rest, reading.guarded(Guard::AfterModal)))
}

/// Vague stretches of time: "recent months", "coming weeks", "the weeks ahead", and a bare
/// plural unit after a preposition ("for years", "within weeks", "for centuries", "for
/// hours", "within minutes").
pub(crate) fn vague_stretch(input: &str) -> Res<'_, Reading> {
    let plural = |input| {
        let (rest, (unit, _)) = unit(input)?;
        if is_plural(&input[..input.len() - rest.len()]) && unit >= Unit::Minute {
            Ok((rest, unit))
        } else {
            fail(input)
        }
    };
    // "recent years" and "coming months" place a vague stretch before or after now, which
    // TIMEX3 writes as a reference; "the weeks ahead" measures one.
    let looking = alt((
        preceded((alt((kw("recent"), kw("past"))), sp), plural).map(|_| Reference::Past),
        preceded((kw("coming"), sp), plural).map(|_| Reference::Future),
    ));
    if let Ok((rest, reference)) = preceded(opt((kw("the"), sp)), looking).parse(input) {
        return Ok((rest, Expr::Reference(reference).into()));
    }
    if let Ok((rest, unit)) =
        preceded((kw("the"), sp), terminated(plural, (sp, kw("ahead")))).parse(input)
    {
        return Ok((
            rest,
            Expr::Duration {
                amount: Amount::Vague,
                unit,
            }
            .into(),
        ));
    }
    let (rest, unit) = plural(input)?;
    Ok((
        rest,
        Reading::from(Expr::Duration {
            amount: Amount::Vague,
            unit,
        })
        .guarded(Guard::BareUnit),
    ))
}

/// Recurring times: "every Friday", "each July", "every winter", "every day", "each year",
/// "every two weeks", "every few months", "every morning", "twice a week", "three times a
/// year", "12 times a year". Adverbs such as "daily" or "quarterly" are left alone: news uses
/// them as adjectives ("quarterly dividend") far more than as times.
pub(crate) fn set(input: &str) -> Res<'_, Reading> {
    // A number in digits opens a set only as a count of times ("12 times a year"): most
    // numbers the scanner tries here are amounts and dates, told apart by the next word.
    if input.starts_with(|c: char| c.is_ascii_digit()) {
        let after = input.trim_start_matches(|c: char| c.is_ascii_digit());
        if (sp, kw("times")).parse(after).is_err() {
            return fail(input);
        }
    }
    // What follows "every" or "each", read once for the four kinds of word it can take.
    let every = |input| terminated(alt((kw("every"), kw("each"))), sp).parse(input);
    let weekday = weekday_name.map(|day| format!("XXXX-WXX-{}", day.number_from_monday()));
    let part = day_part.map(|part| format!("XXXX-XX-XXT{}", part.code()));
    // "each July", "every March": not "every may", the verb.
    let month = verify(month_name, |(name, standalone)| {
        *standalone && !(name.lowercase && name.ambiguous)
    })
    .map(|(name, _)| format!("XXXX-{:02}", name.month));
    let season = sense(|s| match s {
        Sense::Season(season) => Some(*season),
        _ => None,
    })
    .map(|season| format!("XXXX-{}", season.code()));
    let units = (
        opt(terminated(
            alt((digits, number_words, kw("other").map(|_| 2))),
            sp,
        )),
        unit,
    )
        .map(|(count, (unit, multiplier))| period(count.unwrap_or(1) * multiplier, unit));
    // "every few months": a recurrence whose period is vague.
    let vague_units =
        preceded(terminated(alt((kw("few"), kw("several"))), sp), unit).map(|(unit, _)| {
            let (designator, clock) = unit.designator();
            format!("P{}X{designator}", if clock { "T" } else { "" })
        });
    let frequency = preceded(
        (
            alt((
                kw("once"),
                kw("twice"),
                kw("thrice"),
                terminated(
                    alt((
                        number_words.map(|_| ""),
                        digits.map(|_| ""),
                        kw("several"),
                        kw("many"),
                    )),
                    (sp, kw("times")),
                ),
            )),
            sp,
            alt((kw("a"), kw("per"), kw("every"), kw("each"))),
            sp,
        ),
        unit,
    )
    .map(|(unit, multiplier)| period(multiplier, unit));
    let (rest, value) = alt((
        preceded(
            every,
            alt((weekday, month, part, season, units, vague_units)),
        ),
        frequency,
    ))
    .parse(input)?;
    Ok((rest, Expr::Set(value).into()))
}

/// A TIMEX3 period value: `P1D`, `PT1H`, `P2W`.
pub(crate) fn period(count: u32, unit: Unit) -> String {
    let (designator, clock) = unit.designator();
    format!("P{}{}{}", if clock { "T" } else { "" }, count, designator)
}

/// "recently", "now", "currently", "the past", "in the near future", "the coming weeks".
pub(crate) fn reference(input: &str) -> Res<'_, Reading> {
    let pick = |s: &Sense| match s {
        Sense::Reference(reference) => Some(*reference),
        _ => None,
    };
    if let Ok((rest, reference)) = phrase(pick).parse(input) {
        return Ok((rest, Expr::Reference(reference).into()));
    }
    let (rest, reference) = sense(pick).parse(input)?;
    Ok((
        rest,
        Reading::from(Expr::Reference(reference)).guarded(Guard::Connective),
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

    fn duration(whole: u32, unit: Unit) -> Expr {
        Expr::Duration {
            amount: Amount::count(whole),
            unit,
        }
    }

    #[test]
    fn adjectival_durations() {
        assert_eq!(
            read(adjectival, "48-hour ceasefire"),
            Some((duration(48, Unit::Hour), 7))
        );
        assert_eq!(
            read(adjectival, "three\u{2010}day talks"),
            Some((duration(3, Unit::Day), 11))
        );
        assert_eq!(read(adjectival, "four days"), None);
        assert_eq!(
            read(unit_long, "week-long"),
            Some((duration(1, Unit::Week), 9))
        );
    }

    #[test]
    fn amounts_of_units() {
        assert_eq!(
            read(amount_of_units, "four days"),
            Some((duration(4, Unit::Day), 9))
        );
        assert_eq!(
            read(framed, "the past two months"),
            Some((duration(2, Unit::Month), 19))
        );
        assert_eq!(read(framed, "the week"), None);
        assert_eq!(
            read(half_unit, "half an hour"),
            Some((
                Expr::Duration {
                    amount: Amount::Count {
                        whole: 0,
                        half: true
                    },
                    unit: Unit::Hour
                },
                12
            ))
        );
    }

    #[test]
    fn sets_and_references() {
        assert_eq!(
            read(set, "every Friday"),
            Some((Expr::Set("XXXX-WXX-5".into()), 12))
        );
        assert_eq!(read(set, "quarterly"), None);
        assert_eq!(
            read(set, "twice a week"),
            Some((Expr::Set("P1W".into()), 12))
        );
        assert_eq!(
            read(reference, "the near future"),
            Some((Expr::Reference(Reference::Future), 15))
        );
        assert_eq!(
            read(reference, "recently"),
            Some((Expr::Reference(Reference::Past), 8))
        );
    }
}

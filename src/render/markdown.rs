//! Markdown: the timeline for people.

use crate::extract::Modality;
use crate::graph::Event;
use crate::time::{Timex, TimexType};
use crate::timeline::Timeline;
use std::fmt::Write;

/// The timeline as Markdown: per report, its temporal expressions with their values and
/// intervals, then diagnostics.
pub fn markdown(timeline: &Timeline) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Timeline\n");
    let _ = writeln!(
        out,
        "{}, {}.\n",
        plural(timeline.documents.len(), "report", "reports"),
        plural(
            timeline.timexes.len(),
            "temporal expression",
            "temporal expressions"
        )
    );
    for source in &timeline.documents {
        let _ = writeln!(out, "## {}\n", source.id);
        let mut facts = Vec::new();
        if let Some(title) = &source.title {
            facts.push(format!("*{}*", escape(title)));
        }
        if let Some(outlet) = &source.source {
            facts.push(escape(outlet));
        }
        match source.published {
            Some(published) => facts.push(format!("published {published}")),
            None => facts.push("no publication date".to_string()),
        }
        let _ = writeln!(out, "{}\n", facts.join(" · "));
        let timexes: Vec<&Timex> = timeline
            .timexes
            .iter()
            .filter(|t| t.document == source.id)
            .collect();
        if timexes.is_empty() {
            let _ = writeln!(out, "No temporal expressions.\n");
        } else {
            let _ = writeln!(out, "| text | type | value | interval |");
            let _ = writeln!(out, "|---|---|---|---|");
            for timex in timexes {
                let _ = writeln!(
                    out,
                    "| {} | {} | {}{} | {} |",
                    escape(&timex.text),
                    timex.kind,
                    timex.value,
                    timex
                        .modifier
                        .map(|m| format!(" ({m})"))
                        .unwrap_or_default(),
                    interval(timex)
                );
            }
            let _ = writeln!(out);
        }
        events(&mut out, timeline, source);
        for diagnostic in timeline
            .diagnostics
            .iter()
            .filter(|d| d.document == source.id)
        {
            let _ = writeln!(
                out,
                "- note ({}): {}",
                diagnostic.span,
                escape(&diagnostic.message)
            );
        }
    }
    out
}

/// The report's events, earliest first (undated ones last, in text order).
fn events(out: &mut String, timeline: &Timeline, source: &crate::timeline::Source) {
    let mut events: Vec<&Event> = timeline
        .events
        .iter()
        .filter(|e| e.mentions.first().is_some_and(|m| m.document == source.id))
        .collect();
    if events.is_empty() {
        return;
    }
    events.sort_by_key(|e| {
        (
            e.when
                .earliest
                .or(e.when.latest)
                .map(|b| b.date())
                .is_none(),
            e.when.earliest.map(|b| b.date()),
            e.when.latest.map(|b| b.date()),
            e.mentions[0].span,
        )
    });
    let _ = writeln!(out, "| when | event | modality | who says | text |");
    let _ = writeln!(out, "|---|---|---|---|---|");
    for event in events {
        let when = match (event.when.earliest, event.when.latest) {
            (Some(a), Some(b)) if a.date() == b.date() => a.date().to_string(),
            (Some(a), Some(b)) => format!("{} … {}", a.date(), b.date()),
            (Some(a), None) => format!("from {}", a.date()),
            (None, Some(b)) => format!("by {}", b.date()),
            (None, None) => "?".to_string(),
        };
        let mut label = event.label.clone();
        if let Some(duration) = &event.duration {
            let _ = write!(label, ", {duration}");
        }
        let texts: Vec<String> = event
            .mentions
            .iter()
            .map(|m| format!("\"{}\"", escape(&m.text)))
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            when,
            escape(&label),
            modality(event.modality),
            escape(&event.attribution.join("; ")),
            texts.join(", ")
        );
    }
    let _ = writeln!(out);
}

fn modality(modality: Modality) -> &'static str {
    match modality {
        Modality::Happened => "happened",
        Modality::Planned => "planned",
        Modality::Threatened => "threatened",
        Modality::Hypothetical => "hypothetical",
        Modality::Negated => "negated",
    }
}

fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

fn interval(timex: &Timex) -> String {
    if timex.kind == TimexType::Duration || timex.kind == TimexType::Set {
        return String::new();
    }
    match (timex.earliest, timex.latest) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a} … {b}"),
        (Some(a), None) => format!("from {a}"),
        (None, Some(b)) => format!("until {b}"),
        (None, None) => "unknown".to_string(),
    }
}

/// Keeps table cells intact: pipes and line breaks in report text would split them.
fn escape(text: &str) -> String {
    text.replace('|', "\\|").replace(['\n', '\r'], " ")
}

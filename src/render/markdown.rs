//! Markdown: the timeline for people — events in order with their sources, the conflicts
//! between accounts quoted side by side, then each report's temporal expressions.

use crate::extract::Modality;
use crate::graph::{Event, Interval};
use crate::resolve::{Claim, ConflictKind, ConflictStatus};
use crate::time::{Timex, TimexType};
use crate::timeline::{Source, Timeline};
use std::fmt::Write;

/// The timeline as Markdown.
pub fn markdown(timeline: &Timeline) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Timeline\n");
    let _ = writeln!(
        out,
        "{}, {}, {}, {}.\n",
        plural(timeline.documents.len(), "report", "reports"),
        plural(
            timeline.timexes.len(),
            "temporal expression",
            "temporal expressions"
        ),
        plural(timeline.events.len(), "event", "events"),
        plural(
            timeline.conflicts.len(),
            "conflict between accounts",
            "conflicts between accounts"
        )
    );
    events(&mut out, timeline);
    conflicts(&mut out, timeline);
    for source in &timeline.documents {
        report(&mut out, timeline, source);
    }
    out
}

/// Events earliest first: when, what, how sure, which reports say so.
fn events(out: &mut String, timeline: &Timeline) {
    if timeline.events.is_empty() {
        return;
    }
    let _ = writeln!(out, "## Events\n");
    let _ = writeln!(out, "| when | event | modality | sources |");
    let _ = writeln!(out, "|---|---|---|---|");
    for id in &timeline.order {
        let Some(event) = timeline.event(*id) else {
            continue;
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            when(&event.when),
            escape(&describe(event)),
            modality(event.modality),
            escape(&sources(timeline, event))
        );
    }
    let _ = writeln!(out);
}

fn describe(event: &Event) -> String {
    let mut label = event.label.clone();
    if let Some(duration) = &event.duration {
        let _ = write!(label, ", {duration}");
    }
    label
}

/// The reports that mention an event, by outlet where known.
fn sources(timeline: &Timeline, event: &Event) -> String {
    let mut names: Vec<String> = event
        .mentions
        .iter()
        .map(|m| {
            timeline
                .documents
                .iter()
                .find(|d| d.id == m.document)
                .and_then(|d| d.source.clone())
                .unwrap_or_else(|| m.document.to_string())
        })
        .collect();
    names.dedup();
    names.sort();
    names.dedup();
    names.join("; ")
}

/// Each conflict with its claims quoted, earliest report first.
fn conflicts(out: &mut String, timeline: &Timeline) {
    if timeline.conflicts.is_empty() {
        return;
    }
    let _ = writeln!(out, "## Conflicts between accounts\n");
    for conflict in &timeline.conflicts {
        let about: Vec<String> = conflict
            .events
            .iter()
            .filter_map(|id| timeline.event(*id).map(|e| e.label.clone()))
            .collect();
        let status = match conflict.status {
            ConflictStatus::Contradiction => "contradiction",
            ConflictStatus::Superseded => "superseded over time",
        };
        let _ = writeln!(
            out,
            "### {} — {} ({status})\n",
            kind(conflict.kind),
            escape(&about.join("; "))
        );
        for claim in &conflict.claims {
            let _ = writeln!(out, "- {}", quote(claim));
        }
        let _ = writeln!(out);
    }
}

fn quote(claim: &Claim) -> String {
    let mut line = format!(
        "\"{}\" ({}) — {}",
        escape(&claim.text),
        escape(&claim.value),
        claim.source.as_deref().unwrap_or(claim.document.as_str())
    );
    if let Some(published) = claim.published {
        let _ = write!(line, ", {}", published.date);
    }
    if let Some(who) = &claim.attributed_to {
        let _ = write!(line, ", according to {}", escape(who));
    }
    let _ = write!(line, " [{} {}]", claim.document, claim.span);
    line
}

fn kind(kind: ConflictKind) -> &'static str {
    match kind {
        ConflictKind::Date => "Date",
        ConflictKind::Time => "Time",
        ConflictKind::Duration => "Duration",
        ConflictKind::Count => "Count",
        ConflictKind::Participants => "Participants",
        ConflictKind::Ordinal => "Ordinal",
        ConflictKind::Claim => "Claim",
        ConflictKind::Order => "Order",
    }
}

/// One report: its metadata, temporal expressions and events, and notes.
fn report(out: &mut String, timeline: &Timeline, source: &Source) {
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
            let modifier = timex
                .modifier
                .map(|m| format!(" ({m})"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "| {} | {} | {}{} | {} |",
                escape(&timex.text),
                timex.kind,
                timex.value,
                modifier,
                interval(timex)
            );
        }
        let _ = writeln!(out);
    }
    report_events(out, timeline, source);
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
    let _ = writeln!(out);
}

/// The events a report mentions, in timeline order, with its own words for them.
fn report_events(out: &mut String, timeline: &Timeline, source: &Source) {
    let mentioned: Vec<&Event> = timeline
        .order
        .iter()
        .filter_map(|id| timeline.event(*id))
        .filter(|e| e.mentions.iter().any(|m| m.document == source.id))
        .collect();
    if mentioned.is_empty() {
        return;
    }
    let _ = writeln!(out, "| when | event | modality | who says | text |");
    let _ = writeln!(out, "|---|---|---|---|---|");
    for event in mentioned {
        let own: Vec<_> = event
            .mentions
            .iter()
            .filter(|m| m.document == source.id)
            .collect();
        let texts: Vec<String> = own
            .iter()
            .map(|m| format!("\"{}\"", escape(&m.text)))
            .collect();
        let mut said_by: Vec<String> = own
            .iter()
            .filter_map(|m| {
                m.attribution
                    .as_ref()
                    .map(|a| a.actor.as_deref().unwrap_or(&a.source).to_owned())
            })
            .collect();
        said_by.sort();
        said_by.dedup();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            when(&event.when),
            escape(&describe(event)),
            modality(own.first().map_or(event.modality, |m| m.modality)),
            escape(&said_by.join("; ")),
            texts.join(", ")
        );
    }
    let _ = writeln!(out);
}

fn when(when: &Interval) -> String {
    match (when.earliest, when.latest) {
        (Some(a), Some(b)) if a.date() == b.date() => a.date().to_string(),
        (Some(a), Some(b)) => format!("{} … {}", a.date(), b.date()),
        (Some(a), None) => format!("from {}", a.date()),
        (None, Some(b)) => format!("by {}", b.date()),
        (None, None) => "?".to_string(),
    }
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

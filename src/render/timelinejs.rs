//! TimelineJS 3: one slide per dated event, grouped by kind, for Knight Lab's viewer.

use crate::graph::Event;
use crate::timeline::Timeline;
use chrono::Datelike;
use serde::Serialize;

#[derive(Serialize)]
struct Document {
    title: Slide,
    events: Vec<Slide>,
}

#[derive(Serialize)]
struct Slide {
    #[serde(skip_serializing_if = "Option::is_none")]
    start_date: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<Date>,
    text: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<String>,
}

#[derive(Serialize)]
struct Date {
    year: i32,
    month: u32,
    day: u32,
}

#[derive(Serialize)]
struct Text {
    headline: String,
    text: String,
}

fn date(day: chrono::NaiveDate) -> Date {
    Date {
        year: day.year(),
        month: day.month(),
        day: day.day(),
    }
}

/// The text of a slide: the event's sources and its words in each, as HTML.
fn body(timeline: &Timeline, event: &Event) -> String {
    let mut lines: Vec<String> = Vec::new();
    for mention in &event.mentions {
        let outlet = timeline
            .documents
            .iter()
            .find(|d| d.id == mention.document)
            .and_then(|d| d.source.clone())
            .unwrap_or_else(|| mention.document.to_string());
        let line = format!("{}: “{}”", html(&outlet), html(&mention.text));
        if !lines.contains(&line) {
            lines.push(line);
        }
    }
    lines.join("<br>")
}

fn html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The timeline as TimelineJS 3 JSON. Events with no date at all cannot be placed on its
/// axis and are left out; an event known only to be before or after a day is shown on it.
pub fn timelinejs(timeline: &Timeline) -> String {
    let title = Slide {
        start_date: None,
        end_date: None,
        text: Text {
            headline: "Timeline".to_string(),
            text: format!(
                "{} reports, {} events",
                timeline.documents.len(),
                timeline.events.len()
            ),
        },
        group: None,
    };
    let events = timeline
        .order
        .iter()
        .filter_map(|id| timeline.event(*id))
        .filter_map(|event| {
            let start = event.when.earliest.or(event.when.latest)?.date();
            let end = event
                .when
                .latest
                .map(|b| b.date())
                .filter(|end| *end > start);
            Some(Slide {
                start_date: Some(date(start)),
                end_date: end.map(date),
                text: Text {
                    headline: event.label.clone(),
                    text: body(timeline, event),
                },
                group: Some(event.kind.as_str().replace('_', " ")),
            })
        })
        .collect();
    let document = Document { title, events };
    let mut text = serde_json::to_string_pretty(&document)
        .unwrap_or_else(|error| format!("{{\"error\": \"{error}\"}}"));
    text.push('\n');
    text
}

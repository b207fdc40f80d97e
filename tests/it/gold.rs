//! The hand annotations of the bundled corpus (`corpus/annotations/`) and how chronicle's
//! output is scored against them. Shared by the tests and `examples/evaluate.rs`.

#![allow(dead_code)]

use chronicle::{Document, Extraction, Mention};
use std::collections::BTreeMap;
use std::path::Path;

/// One annotated event mention.
#[derive(Debug, Clone)]
pub struct GoldEvent {
    pub document: String,
    /// Byte range of the trigger in the report's text.
    pub start: usize,
    pub end: usize,
    pub quote: String,
    pub trigger: String,
    pub kind: String,
    pub phase: String,
    pub earliest: String,
    pub latest: String,
    pub place: String,
    pub participants: Vec<(String, String)>,
    pub modality: String,
    pub attribution: String,
    pub round: String,
    pub duration: String,
    pub count: String,
    pub event: String,
}

/// One claim of an annotated conflict (or non-conflict).
#[derive(Debug, Clone)]
pub struct GoldClaim {
    pub conflict: String,
    pub kind: String,
    pub status: String,
    pub event: String,
    pub document: String,
    pub start: usize,
    pub end: usize,
    pub quote: String,
    pub value: String,
}

fn rows(path: &Path) -> Result<Vec<BTreeMap<String, String>>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut lines = text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
    let header: Vec<&str> = lines
        .next()
        .ok_or("empty annotation file")?
        .split('\t')
        .collect();
    Ok(lines
        .map(|line| {
            let cells = line.split('\t').map(str::trim);
            header
                .iter()
                .map(|h| h.to_string())
                .zip(cells.map(str::to_string))
                .collect()
        })
        .collect())
}

fn find(
    documents: &BTreeMap<String, &Document>,
    document: &str,
    quote: &str,
    inner: &str,
) -> Result<(usize, usize), String> {
    let text = documents
        .get(document)
        .ok_or_else(|| format!("no report {document}"))?
        .text();
    let at = text
        .find(quote)
        .ok_or_else(|| format!("{document}: quote not found: {quote:?}"))?;
    let offset = quote
        .find(inner)
        .ok_or_else(|| format!("{document}: {inner:?} not in {quote:?}"))?;
    Ok((at + offset, at + offset + inner.len()))
}

/// Reads `corpus/annotations/events.tsv`, locating each trigger in its report.
pub fn events(dir: &Path, documents: &[Document]) -> Result<Vec<GoldEvent>, String> {
    let by_id: BTreeMap<String, &Document> =
        documents.iter().map(|d| (d.id().to_string(), d)).collect();
    let mut events = Vec::new();
    for row in rows(&dir.join("events.tsv"))? {
        let get = |key: &str| row.get(key).cloned().unwrap_or_default();
        let (start, end) = find(&by_id, &get("document"), &get("quote"), &get("trigger"))?;
        let participants = get("participants")
            .split(';')
            .filter_map(|p| p.split_once(':'))
            .map(|(role, actor)| (role.trim().to_string(), actor.trim().to_string()))
            .collect();
        events.push(GoldEvent {
            document: get("document"),
            start,
            end,
            quote: get("quote"),
            trigger: get("trigger"),
            kind: get("kind"),
            phase: get("phase"),
            earliest: get("earliest"),
            latest: get("latest"),
            place: get("place"),
            participants,
            modality: get("modality"),
            attribution: get("attribution"),
            round: get("round"),
            duration: get("duration"),
            count: get("count"),
            event: get("event"),
        });
    }
    Ok(events)
}

/// Reads `conflicts.tsv` or `non_conflicts.tsv`.
pub fn claims(path: &Path, documents: &[Document]) -> Result<Vec<GoldClaim>, String> {
    let by_id: BTreeMap<String, &Document> =
        documents.iter().map(|d| (d.id().to_string(), d)).collect();
    let mut claims = Vec::new();
    for row in rows(path)? {
        let get = |key: &str| row.get(key).cloned().unwrap_or_default();
        let (start, end) = find(&by_id, &get("document"), &get("quote"), &get("quote"))?;
        claims.push(GoldClaim {
            conflict: get("conflict"),
            kind: get("kind"),
            status: get("status"),
            event: get("event"),
            document: get("document"),
            start,
            end,
            quote: get("quote"),
            value: get("value"),
        });
    }
    Ok(claims)
}

/// How event mentions compare with the annotation.
#[derive(Debug, Default, Clone)]
pub struct EventScore {
    pub gold: usize,
    pub system: usize,
    /// Gold mentions found with the right kind.
    pub found: usize,
    /// System mentions that match a gold mention of their kind.
    pub correct: usize,
    /// Of the found: right start date bounds, place, modality, attribution.
    pub when: usize,
    pub place: usize,
    pub modality: usize,
    pub attribution: usize,
    /// Of the found with sides or mediators annotated: the same set of (role, actor).
    pub sides_annotated: usize,
    pub sides: usize,
    /// Lines for error analysis.
    pub errors: Vec<String>,
}

impl EventScore {
    pub fn precision(&self) -> f64 {
        self.correct as f64 / self.system.max(1) as f64
    }

    pub fn recall(&self) -> f64 {
        self.found as f64 / self.gold.max(1) as f64
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn text_range(document: &Document, mention: &Mention) -> Option<(usize, usize)> {
    document.text_range(mention.span).map(|r| (r.start, r.end))
}

fn day(bound: Option<chronicle::Bound>) -> String {
    bound.map(|b| b.date().to_string()).unwrap_or_default()
}

/// Scores extractions against the gold mentions.
pub fn score_events(
    documents: &[Document],
    extractions: &[Extraction],
    gold: &[GoldEvent],
) -> EventScore {
    let mut score = EventScore {
        gold: gold.len(),
        ..EventScore::default()
    };
    let by_id: BTreeMap<String, &Document> =
        documents.iter().map(|d| (d.id().to_string(), d)).collect();
    // A mention matches a gold one when it falls within the gold quote: annotators and the
    // extractor may pick different words of one phrase ("That truce collapsed").
    let quote = |g: &GoldEvent| {
        let text = by_id[g.document.as_str()].text();
        let start = g.start - g.quote.find(&g.trigger).unwrap_or(0);
        (start, (start + g.quote.len()).min(text.len()))
    };
    let overlaps = |a: (usize, usize), g: &GoldEvent| {
        let (start, end) = quote(g);
        a.0 < end && start < a.1
    };
    let mut system: Vec<(&Mention, (usize, usize))> = Vec::new();
    for extraction in extractions {
        let document = by_id[extraction.document.as_str()];
        for mention in &extraction.mentions {
            if let Some(range) = text_range(document, mention) {
                system.push((mention, range));
            }
        }
    }
    score.system = system.len();
    for (mention, range) in &system {
        let matched = gold.iter().any(|g| {
            g.document == mention.document.as_str()
                && g.kind == mention.kind.as_str()
                && overlaps(*range, g)
        });
        if matched {
            score.correct += 1;
        } else {
            let text = by_id[mention.document.as_str()].text();
            let context = &text[range.0.saturating_sub(40)..(range.1 + 40).min(text.len())];
            let context: String = context.chars().filter(|c| !c.is_control()).collect();
            score.errors.push(format!(
                "SPURIOUS {} {} {:?} | {}",
                mention.document, mention.kind, mention.text, context
            ));
        }
    }
    for g in gold {
        let found = system.iter().find(|(m, r)| {
            m.document.as_str() == g.document && m.kind.as_str() == g.kind && overlaps(*r, g)
        });
        let Some((mention, _)) = found else {
            let other = system
                .iter()
                .find(|(m, r)| m.document.as_str() == g.document && overlaps(*r, g));
            let note = other
                .map(|(m, _)| format!(" (found as {})", m.kind))
                .unwrap_or_default();
            score.errors.push(format!(
                "MISSED {} {} {:?}{} | {}",
                g.document, g.kind, g.trigger, note, g.quote
            ));
            continue;
        };
        score.found += 1;
        let (earliest, latest) = (day(mention.when.earliest), day(mention.when.latest));
        // Right when the bounds given fit the annotated ones (ISO dates compare as text);
        // a side left open counts only when the annotation leaves it open too.
        let inside = |ours: &str, low: &str, high: &str| {
            (low.is_empty() || ours >= low) && (high.is_empty() || ours <= high)
        };
        let fits = (!earliest.is_empty() || g.earliest.is_empty())
            && (!latest.is_empty() || g.latest.is_empty())
            && (earliest.is_empty() || inside(&earliest, &g.earliest, &g.latest))
            && (latest.is_empty() || inside(&latest, &g.earliest, &g.latest));
        if fits {
            score.when += 1;
        } else {
            score.errors.push(format!(
                "WHEN {} {} {:?}: {}..{} want {}..{} | {}",
                g.document, g.kind, g.trigger, earliest, latest, g.earliest, g.latest, g.quote
            ));
        }
        let place = mention
            .place
            .as_ref()
            .map(|p| p.name.clone())
            .unwrap_or_default();
        if place == g.place {
            score.place += 1;
        } else {
            score.errors.push(format!(
                "PLACE {} {} {:?}: {:?} want {:?} | {}",
                g.document, g.kind, g.trigger, place, g.place, g.quote
            ));
        }
        let modality = serde_json::to_value(mention.modality)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        // Sides and mediators, as sets; speakers are scored as attribution.
        let sides = |pairs: Vec<(String, String)>| {
            let mut pairs: Vec<(String, String)> = pairs
                .into_iter()
                .filter(|(role, _)| role != "speaker")
                .collect();
            pairs.sort();
            pairs.dedup();
            pairs
        };
        let theirs = sides(g.participants.clone());
        if !theirs.is_empty() {
            score.sides_annotated += 1;
            let ours = sides(
                mention
                    .participants
                    .iter()
                    .map(|p| {
                        let role = serde_json::to_value(p.role)
                            .ok()
                            .and_then(|v| v.as_str().map(str::to_string))
                            .unwrap_or_default();
                        (role, p.actor.to_string())
                    })
                    .collect(),
            );
            if ours == theirs {
                score.sides += 1;
            } else {
                score.errors.push(format!(
                    "SIDES {} {} {:?}: {:?} want {:?} | {}",
                    g.document, g.kind, g.trigger, ours, theirs, g.quote
                ));
            }
        }
        let source = mention
            .attribution
            .as_ref()
            .map(|a| format!("{} {}", a.source, a.actor.as_deref().unwrap_or_default()));
        if same_source(source.as_deref(), &g.attribution) {
            score.attribution += 1;
        } else {
            score.errors.push(format!(
                "SOURCE {} {} {:?}: {:?} want {:?} | {}",
                g.document, g.kind, g.trigger, source, g.attribution, g.quote
            ));
        }
        if modality == g.modality {
            score.modality += 1;
        } else {
            score.errors.push(format!(
                "MODALITY {} {} {:?}: {} want {} | {}",
                g.document, g.kind, g.trigger, modality, g.modality, g.quote
            ));
        }
    }
    score
}

/// Whether a mention's source (its words as written and its actor) names the annotated
/// one: both absent, or a word of four letters or more in common ("Ministry spokeswoman
/// Lieutenant General Maly Socheata" names "Maly Socheata").
fn same_source(ours: Option<&str>, gold: &str) -> bool {
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 4)
            .map(str::to_lowercase)
            .collect()
    };
    match ours {
        None => gold.is_empty(),
        Some(ours) => {
            let theirs = words(gold);
            !gold.is_empty() && words(ours).iter().any(|w| theirs.contains(w))
        }
    }
}

/// How conflicts compare with the annotation.
#[derive(Debug, Default, Clone)]
pub struct ConflictScore {
    pub gold: usize,
    pub system: usize,
    /// Gold conflicts found (same kind, claims on the annotated quotes).
    pub found: usize,
    /// System conflicts that match a gold one.
    pub correct: usize,
    /// Of the found, with the annotated status.
    pub status: usize,
    pub errors: Vec<String>,
}

impl ConflictScore {
    pub fn precision(&self) -> f64 {
        self.correct as f64 / self.system.max(1) as f64
    }

    pub fn recall(&self) -> f64 {
        self.found as f64 / self.gold.max(1) as f64
    }
}

/// Scores a timeline's conflicts against `conflicts.tsv`: a system conflict matches an
/// annotated one of its kind when its claims fall on at least two of the annotated claims'
/// quotes, or when two of its claims fall on one (a weekday against its own date).
pub fn score_conflicts(
    documents: &[Document],
    timeline: &chronicle::Timeline,
    gold: &[GoldClaim],
) -> ConflictScore {
    let mut ids: Vec<&str> = gold.iter().map(|c| c.conflict.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut score = ConflictScore {
        gold: ids.len(),
        system: timeline.conflicts.len(),
        ..ConflictScore::default()
    };
    let range = |claim: &chronicle::Claim| {
        let document = documents.iter().find(|d| *d.id() == claim.document)?;
        document.text_range(claim.span).map(|r| (r.start, r.end))
    };
    let matches = |conflict: &chronicle::Conflict, id: &str| {
        let annotated: Vec<&GoldClaim> = gold.iter().filter(|g| g.conflict == id).collect();
        if annotated
            .first()
            .is_none_or(|g| g.kind != format!("{:?}", conflict.kind).to_lowercase())
        {
            return false;
        }
        let hits: Vec<(usize, usize, &str)> = conflict
            .claims
            .iter()
            .filter_map(|claim| {
                let (start, end) = range(claim)?;
                annotated
                    .iter()
                    .position(|g| {
                        g.document == claim.document.as_str() && start < g.end && g.start < end
                    })
                    .map(|index| (index, start, claim.value.as_str()))
            })
            .collect();
        // Look-alikes that agree are flagged only when a conflict sets them against each
        // other: two "three-day" claims on the same side of a three-day against four-day
        // conflict agree.
        if annotated
            .first()
            .is_some_and(|g| g.status == "non-conflict")
        {
            // "48-hour" and "two days" agree: lengths are compared, not how they are written.
            let mut values: Vec<String> = hits
                .iter()
                .map(|(_, _, v)| match chronicle::duration_minutes(v) {
                    Some(minutes) => minutes.to_string(),
                    None => v.to_string(),
                })
                .collect();
            values.sort_unstable();
            values.dedup();
            if values.len() < 2 {
                return false;
            }
        }
        let mut distinct: Vec<usize> = hits.iter().map(|(i, _, _)| *i).collect();
        distinct.sort_unstable();
        distinct.dedup();
        distinct.len() >= 2 || hits.len() >= 2
    };
    let status_of = |id: &str| {
        gold.iter()
            .find(|g| g.conflict == id)
            .map(|g| g.status.clone())
            .unwrap_or_default()
    };
    for conflict in &timeline.conflicts {
        let matched = ids.iter().find(|id| matches(conflict, id));
        match matched {
            Some(_) => score.correct += 1,
            None => {
                let claims: Vec<String> = conflict
                    .claims
                    .iter()
                    .map(|c| format!("{} {:?}={}", c.document, c.text, c.value))
                    .collect();
                score.errors.push(format!(
                    "SPURIOUS {:?} {:?}: {}",
                    conflict.kind,
                    conflict.status,
                    claims.join(" | ")
                ));
            }
        }
    }
    for id in &ids {
        let found: Vec<&chronicle::Conflict> = timeline
            .conflicts
            .iter()
            .filter(|c| matches(c, id))
            .collect();
        if found.is_empty() {
            let quotes: Vec<String> = gold
                .iter()
                .filter(|g| g.conflict == *id)
                .map(|g| format!("{} {:?}", g.document, g.quote))
                .collect();
            let kind = gold
                .iter()
                .find(|g| g.conflict == *id)
                .map(|g| g.kind.clone())
                .unwrap_or_default();
            score
                .errors
                .push(format!("MISSED {id} {kind}: {}", quotes.join(" | ")));
            continue;
        }
        score.found += 1;
        let want = status_of(id);
        if found
            .iter()
            .any(|c| format!("{:?}", c.status).to_lowercase() == want)
        {
            score.status += 1;
        } else {
            score.errors.push(format!("STATUS {id}: want {want}"));
        }
    }
    score
}

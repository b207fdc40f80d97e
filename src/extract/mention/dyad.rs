//! The report's two opposing sides (its dyad) and the sides they give events whose own
//! sentence names fewer: "the clashes", "the truce", "the talks" are between the two sides
//! the story is about; "Afghan forces struck back" struck the other one.

use super::*;
use std::collections::BTreeMap;

/// How often the report names each side, and where it first does.
#[derive(Debug, Default)]
pub(super) struct Sides {
    /// Actor → (times named, order first named, span first named).
    named: BTreeMap<Name, (usize, usize, crate::span::Span)>,
    /// Armed groups that are sides of their own ("the RSF", "Hamas").
    factions: std::collections::BTreeSet<Name>,
}

impl Sides {
    /// Whether the report has named this side yet.
    pub(super) fn named(&self, actor: &str) -> bool {
        self.named.contains_key(actor)
    }

    /// The two sides the report is about, by [`Rank`]. Each must be named twice; the one
    /// named first leads a tie. A state is no side beside its own army named as a faction
    /// (`armies`): in a civil war "Sudan" is the country fought over ("the war in Sudan",
    /// "Sudan's health ministry"), and its army is the side.
    fn dyad(
        &self,
        mentions: &[Mention],
        armies: &BTreeMap<String, ActorName>,
    ) -> Option<[(&Name, crate::span::Span); 2]> {
        let mut score: BTreeMap<&str, Rank> = self
            .named
            .iter()
            .filter(|(_, (n, _, _))| *n >= 2)
            .map(|(actor, (n, _, _))| {
                let rank = Rank {
                    fought: false,
                    impartial: true,
                    faction: self.factions.contains(actor),
                    score: *n,
                };
                (actor.as_str(), rank)
            })
            .collect();
        for mention in mentions {
            let fight = fighting(mention.kind);
            // A party to a truce or talks has fought too: "a ceasefire between Sudan's army
            // and the RSF".
            let settle = settling(mention.kind);
            if !fight && !settle {
                continue;
            }
            for participant in &mention.participants {
                let Some(rank) = score.get_mut(participant.actor.as_str()) else {
                    continue;
                };
                match participant.role {
                    Role::Attacker | Role::Target if fight => {
                        rank.fought = true;
                        rank.score += 2;
                    }
                    Role::Party => {
                        rank.fought = true;
                        if fight {
                            rank.score += 2;
                        }
                    }
                    Role::Mediator => rank.impartial = false,
                    _ => {}
                }
            }
        }
        for (state, army) in armies {
            if score.contains_key(army.actor.as_str()) {
                score.remove(state.as_str());
            }
        }
        let mut ranked: Vec<(&Name, Rank, usize, crate::span::Span)> = score
            .into_iter()
            .filter_map(|(actor, rank)| {
                let (name, &(_, order, span)) = self.named.get_key_value(actor)?;
                Some((name, rank, order, span))
            })
            .collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
        match ranked.as_slice() {
            [first, second, ..] => Some([(first.0, first.3), (second.0, second.3)]),
            _ => None,
        }
    }
}

/// How strongly a report makes an actor one of its two sides, strongest first in field
/// order: seen fighting or party to a truce or talks; never mediating one (a host struck
/// in the war, as Qatar was, still brokered its truce); an armed faction rather than a
/// state (in a civil war the country, its neighbours and the powers that announce truces
/// are named more often than the factions that fight it out); then each naming once, and
/// each fight twice more, so that a host named as often does not pass for a side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Rank {
    fought: bool,
    impartial: bool,
    faction: bool,
    score: usize,
}

/// Events in which sides settle, or try to: truces, talks, agreements.
fn settling(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Ceasefire | EventKind::Talks | EventKind::Agreement
    )
}

/// Events in which sides fight.
fn fighting(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Attack
            | EventKind::Airstrike
            | EventKind::Shelling
            | EventKind::Explosion
            | EventKind::ArmedClash
    )
}

/// How many participants of a mention have a role, and the one when there is one: all that
/// completing the sides asks, without collecting their names into a vector per mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Few<'p> {
    None,
    One(&'p str),
    Many,
}

impl<'p> Few<'p> {
    fn of(participants: &'p [Participant], role: Role) -> Few<'p> {
        let mut actors = participants.iter().filter(|p| p.role == role);
        match (actors.next(), actors.next()) {
            (None, _) => Few::None,
            (Some(one), None) => Few::One(one.actor.as_str()),
            (Some(_), Some(_)) => Few::Many,
        }
    }
}

impl Reader<'_> {
    /// Counts the sides a sentence names: countries, their adjectives and governments, a
    /// capital standing for its government, and a group fighting for a side. Places
    /// ("explosions in Kabul") and mediators ("mediated by Qatar") are not sides.
    pub(super) fn count_sides(&mut self, sentence: &Sentence<'_>) {
        let mediating = super::names::acting_mediators(sentence);
        for hit in sentence.actors.iter().filter(|a| !a.as_place) {
            if mediating.iter().any(|(m, _)| std::ptr::eq(*m, hit)) {
                continue;
            }
            let side = match hit.name.kind {
                ActorType::Country
                | ActorType::Adjective
                | ActorType::Capital
                | ActorType::Government => &hit.name.actor,
                ActorType::Group => match &hit.name.affiliation {
                    Some(side) => {
                        if *side == hit.name.actor && !self.sides.factions.contains(side.as_str()) {
                            self.sides.factions.insert(side.clone());
                        }
                        side
                    }
                    None => continue,
                },
                ActorType::Person | ActorType::Organization => continue,
            };
            // A side named before is counted without a copy of its name.
            if let Some((times, _, _)) = self.sides.named.get_mut(side.as_str()) {
                *times += 1;
                continue;
            }
            let order = self.sides.named.len();
            let span = self.document.source_span(hit.bytes.clone());
            self.sides.named.insert(side.clone(), (1, order, span));
        }
    }

    /// Gives events the sides their sentence leaves out, once the whole report is read.
    ///
    /// - A clash, truce, talks or agreement with no side named is between the report's two
    ///   sides; with one of them named, the other is the other party.
    /// - An attack, strike or shelling that happened, with one of the two sides named as
    ///   attacker or target, has the other side in the other role ("Afghan forces struck
    ///   back" struck Pakistan) unless the sentence says what else it was aimed at.
    /// - Fire with no side named at all ("artillery fire continued") is exchanged between
    ///   the two.
    pub(in crate::extract) fn complete_sides(&self, mentions: &mut [Mention]) {
        let Some(dyad) = self.sides.dyad(mentions, &self.lexicon.armies) else {
            return;
        };
        let other = |actor: &str| match dyad {
            [(a, _), (b, span)] if a == actor => Some((b, span)),
            [(a, span), (b, _)] if b == actor => Some((a, span)),
            _ => None,
        };
        // A state whose army is one of the two sides takes part through its army: "fighting
        // in Sudan" is between the army and the RSF, not with Sudan.
        let through_army: Vec<(&str, &str)> = self
            .lexicon
            .armies
            .iter()
            .filter(|(_, army)| dyad.iter().any(|(side, _)| **side == army.actor))
            .map(|(state, army)| (state.as_str(), army.actor.as_str()))
            .collect();
        // A state the report shows speaking or mediating, and never striking or struck,
        // comments on a war or brokers a truce named beside it: it is no side of them. The
        // names are read where they stand, and only the few onlookers copied, as the
        // mentions are completed in place below: copying every name a report gives a role
        // cost an allocation each.
        let onlookers: Vec<String> = {
            // Each name given a role, and whether it struck or was struck (else it spoke or
            // mediated): in one list, sorted so that a name's entries stand together, and
            // those that struck first.
            let mut roles: Vec<(&str, bool)> = Vec::new();
            for mention in mentions.iter() {
                let strike = fighting(mention.kind) && mention.kind != EventKind::ArmedClash;
                for p in &mention.participants {
                    match p.role {
                        Role::Attacker | Role::Target if strike => roles.push((&p.actor, false)),
                        Role::Speaker | Role::Mediator => roles.push((&p.actor, true)),
                        _ => {}
                    }
                }
            }
            roles.sort_unstable();
            roles.dedup_by_key(|(actor, _)| *actor);
            roles
                .into_iter()
                .filter(|&(actor, heard)| {
                    heard
                        && !dyad.iter().any(|(side, _)| *side == actor)
                        && !self.sides.factions.contains(actor)
                })
                .map(|(actor, _)| actor.to_owned())
                .collect()
        };
        // In order, as `heard` was sorted.
        let onlooker = |actor: &str| {
            onlookers
                .binary_search_by(|o| o.as_str().cmp(actor))
                .is_ok()
        };
        let mut by_both = self.by_both.iter().copied().peekable();
        // The sides each mention takes, in one list emptied for the next.
        let mut added: Vec<(&Name, Role, crate::span::Span)> = Vec::new();
        for (index, mention) in mentions.iter_mut().enumerate() {
            // Not a border: "Chad closed its border with Sudan" is between states.
            let warring = fighting(mention.kind) || settling(mention.kind);
            if warring && !through_army.is_empty() {
                for participant in &mut mention.participants {
                    let state = through_army.iter().find(|(s, _)| *s == participant.actor);
                    if let (false, Some((_, army))) = (participant.role == Role::Speaker, state) {
                        participant.actor = Name::from(*army);
                    }
                }
                let mut seen = std::collections::BTreeSet::new();
                mention
                    .participants
                    .retain(|p| seen.insert((p.role, p.actor.clone())));
            }
            // "while the fighting continued, Washington said", "the truce Qatar brokered": a
            // war or truce is between the sides that fight it, not a state named beside it
            // that the report only hears speaking or mediating. (Talks and agreements may
            // have a third party at the table.)
            if matches!(mention.kind, EventKind::ArmedClash | EventKind::Ceasefire) {
                let party = |side: &str| {
                    mention
                        .participants
                        .iter()
                        .any(|p| p.role == Role::Party && p.actor == side)
                };
                let both_sides = dyad.iter().all(|(side, _)| party(side));
                let lone_onlooker = matches!(
                    Few::of(&mention.participants, Role::Party),
                    Few::One(one) if onlooker(one)
                );
                if both_sides || lone_onlooker {
                    mention
                        .participants
                        .retain(|p| p.role != Role::Party || !onlooker(&p.actor));
                }
            }
            let has = |role: Role| mention.participants.iter().any(|p| p.role == role);
            let with = |role: Role| Few::of(&mention.participants, role);
            let taking = |role: Role, side: &str| {
                mention
                    .participants
                    .iter()
                    .any(|p| p.role == role && p.actor == side)
            };
            let mediating = |side: &str| taking(Role::Mediator, side);
            let attacking = |side: &str| taking(Role::Attacker, side);
            added.clear();
            let both = by_both.next_if(|(i, _)| *i == index).map(|(_, role)| role);
            match mention.kind {
                // "both countries had violated the truce": the two sides broke it.
                EventKind::Ceasefire if both == Some(Role::Attacker) => {
                    for (side, span) in dyad {
                        if !mediating(side) && !attacking(side) {
                            added.push((side, Role::Attacker, span));
                        }
                    }
                }
                // "each side accused the other": the two sides said so.
                EventKind::Statement if both == Some(Role::Speaker) => {
                    added.extend(dyad.map(|(side, span)| (side, Role::Speaker, span)));
                }
                EventKind::ArmedClash
                | EventKind::Ceasefire
                | EventKind::Talks
                | EventKind::Agreement => {
                    if has(Role::Attacker) || has(Role::Target) {
                        continue;
                    }
                    match with(Role::Party) {
                        Few::None => {
                            for (side, span) in dyad {
                                if !mediating(side) {
                                    added.push((side, Role::Party, span));
                                }
                            }
                        }
                        Few::One(one) => {
                            if let Some((side, span)) = other(one) {
                                if !mediating(side) {
                                    added.push((side, Role::Party, span));
                                }
                            }
                        }
                        Few::Many => {}
                    }
                }
                EventKind::Attack | EventKind::Airstrike | EventKind::Shelling => {
                    if mention.modality != Modality::Happened || self.aimed_elsewhere(mention) {
                        continue;
                    }
                    match (with(Role::Attacker), with(Role::Target)) {
                        (Few::One(attacker), Few::None) => {
                            if let Some((side, span)) = other(attacker) {
                                added.push((side, Role::Target, span));
                            }
                        }
                        (Few::None, Few::One(target)) => {
                            if let Some((side, span)) = other(target) {
                                added.push((side, Role::Attacker, span));
                            }
                        }
                        // An attack is by one side on the other; fire may be both ways.
                        (Few::None, Few::None)
                            if mention.participants.is_empty()
                                && mention.kind != EventKind::Attack =>
                        {
                            for (side, span) in dyad {
                                added.push((side, Role::Party, span));
                            }
                        }
                        _ => {}
                    }
                }
                _ => {}
            }
            if added.is_empty() {
                continue;
            }
            mention
                .participants
                .extend(added.drain(..).map(|(actor, role, span)| Participant {
                    actor: actor.clone(),
                    role,
                    span,
                }));
            mention.participants.sort_by_key(|p| p.span);
        }
    }

    /// The words after an attack say what it was aimed at ("its strikes were aimed at
    /// militants"): when that is not a side, the attack's target is not the other side.
    fn aimed_elsewhere(&self, mention: &Mention) -> bool {
        let (Some(span), Some(sentence)) = (
            self.document.text_range(mention.span),
            self.document.text_range(mention.sentence),
        ) else {
            return false;
        };
        self.lower[span.end..sentence.end.max(span.end)]
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(4)
            .any(|w| matches!(w, "aimed" | "targeting" | "targeted" | "directed"))
    }
}

/// Dead or wounded told with a strike, and no side of their own, are the strike's target's:
/// in "Iranian missiles struck an apartment building in Beersheba, killing four people",
/// Israel lost them. The strike is the violent event of their sentence nearest to them ("the
/// strikes were a response to the attack at Pahalgam, in which gunmen killed 26 people" are
/// the attack's dead, not the strikes'); only one that happened, with one side as its
/// target, says whose they were.
pub(in crate::extract) fn losses_of_strikes(mentions: &mut [Mention]) {
    for at in 0..mentions.len() {
        let claim = &mentions[at];
        if claim.kind != EventKind::CasualtyClaim
            || claim.participants.iter().any(|p| p.role == Role::Target)
        {
            continue;
        }
        let (sentence, here) = (claim.sentence, claim.span.start);
        // Mentions are in text order: the sentence's are next to the claim.
        let same = |m: &&Mention| m.sentence == sentence;
        let strike = mentions[..at]
            .iter()
            .rev()
            .take_while(same)
            .chain(mentions[at + 1..].iter().take_while(same))
            .filter(|m| m.kind.is_violent())
            .min_by_key(|m| m.span.start.abs_diff(here));
        let Some(strike) =
            strike.filter(|m| m.kind != EventKind::ArmedClash && m.modality == Modality::Happened)
        else {
            continue;
        };
        let mut targets = strike
            .participants
            .iter()
            .filter(|p| p.role == Role::Target);
        let Some(first) = targets.next() else {
            continue;
        };
        if targets.any(|p| p.actor != first.actor) {
            continue;
        }
        let target = Participant {
            actor: first.actor.clone(),
            role: Role::Target,
            span: first.span,
        };
        let claim = &mut mentions[at];
        claim.participants.push(target);
        claim.participants.sort_by_key(|p| p.span);
    }
}

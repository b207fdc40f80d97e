//! Event extraction, one construction per test: metonymy, attribution, modality and
//! negation, the may/May cases, and whose date or source a word is.

use super::report;
use chronicle::{EventKind, Mention, Modality, Role, extract};

/// Every mention of `text` in a report published 2025-10-20.
fn mentions(text: &str) -> Vec<Mention> {
    extract(&report(text, "2025-10-20")).mentions
}

/// The mention whose trigger reads `trigger`; panics with the list when there is none.
fn find<'m>(found: &'m [Mention], trigger: &str) -> &'m Mention {
    found.iter().find(|m| m.text == trigger).unwrap_or_else(|| {
        let all: Vec<(&str, EventKind)> = found.iter().map(|m| (m.text.as_str(), m.kind)).collect();
        panic!("no mention {trigger:?} among {all:?}")
    })
}

fn day(bound: Option<chronicle::Bound>) -> Option<String> {
    bound.map(|b| b.to_string())
}

fn source(mention: &Mention) -> Option<(&str, Option<&str>)> {
    mention
        .attribution
        .as_ref()
        .map(|a| (a.source.as_str(), a.actor.as_deref()))
}

fn actors(mention: &Mention, role: Role) -> Vec<&str> {
    mention
        .participants
        .iter()
        .filter(|p| p.role == role)
        .map(|p| p.actor.as_str())
        .collect()
}

#[test]
fn a_capital_that_speaks_is_its_government_and_one_with_explosions_is_a_place() {
    let found = mentions("Kabul said on Friday that explosions in Kabul had killed three people.");
    let statement = find(&found, "said");
    assert_eq!(statement.kind, EventKind::Statement);
    assert_eq!(actors(statement, Role::Speaker), ["Afghanistan"]);
    let explosion = find(&found, "explosions");
    assert_eq!(
        explosion.place.as_ref().map(|p| p.name.as_str()),
        Some("Kabul")
    );
    assert_eq!(source(explosion), Some(("Kabul", Some("Afghanistan"))));
}

#[test]
fn the_reporting_event_is_kept_apart_from_the_reported_one() {
    let found = mentions(
        "Information Minister Attaullah Tarar said on Wednesday that the talks had collapsed on Tuesday.",
    );
    let statement = find(&found, "said");
    let talks = find(&found, "talks");
    assert_eq!(day(statement.when.earliest).as_deref(), Some("2025-10-15"));
    assert_eq!(day(talks.when.earliest).as_deref(), Some("2025-10-14"));
    assert_eq!(
        source(talks),
        Some((
            "Information Minister Attaullah Tarar",
            Some("Attaullah Tarar")
        ))
    );
    assert_eq!(
        source(statement),
        None,
        "a statement is not attributed to itself"
    );
}

#[test]
fn speech_losses_captures_and_downings_in_the_forms_news_uses() {
    // The present tense of a statement, a toll given as losses or as the fallen, a town
    // taken back, the downing of an aircraft.
    let found = mentions(
        "Officials in Baku say Azerbaijan will accept the terms. Armenia's foreign ministry \
         accuses Ankara of sending fighters. Azerbaijan's foreign ministry apologises for the \
         downing of a Russian helicopter. The ministry puts Armenian losses at more than 5,000 \
         servicemen. The army said the town of Gubadli had been liberated.",
    );
    let kinds: Vec<(&str, EventKind)> = found.iter().map(|m| (m.text.as_str(), m.kind)).collect();
    for (word, kind) in [
        ("say", EventKind::Statement),
        ("accuses", EventKind::Statement),
        ("apologises", EventKind::Statement),
        ("downing", EventKind::Attack),
        ("losses", EventKind::CasualtyClaim),
        ("liberated", EventKind::ArmedClash),
    ] {
        assert!(kinds.contains(&(word, kind)), "{word}: {kinds:?}");
    }
    // "say" is a statement only with a speaker.
    let found = mentions("Nobody can say when the talks will resume.");
    assert!(
        found.iter().all(|m| m.kind != EventKind::Statement),
        "{found:?}"
    );
}

#[test]
fn a_body_or_officer_the_lists_do_not_know_makes_a_statement() {
    // An acronym names a body; a title or an organisation word makes a speaker official,
    // named or not.
    let found = mentions(
        "The RSF said in a statement that its units had held their positions. The Sudan Doctors' Union says at least 400 civilians have died. Brigadier General Nabil Abdallah said on Tuesday the army would respond.",
    );
    for (i, said) in ["said", "says"].into_iter().enumerate() {
        let statements: Vec<_> = found
            .iter()
            .filter(|m| m.text == said && m.kind == EventKind::Statement)
            .collect();
        assert_eq!(statements.len(), 2 - i, "{said}: {found:?}");
    }
    // People quoted for what they saw or think are sources, not statements of a side.
    let found = mentions(
        "\"We heard the planes,\" said Amna Hassan, a pharmacist. Retired brigadier Saad Mahmood said the truce would not last.",
    );
    assert!(
        found.iter().all(|m| m.kind != EventKind::Statement),
        "{found:?}"
    );
}

#[test]
fn a_truce_named_once_is_extended_or_broken_without_its_name() {
    use chronicle::Phase;
    let found = mentions(
        "A seven-day ceasefire took effect on Monday. Each side accused the other of breaking it. The extension was agreed on Saturday. Kabul complained of violations of its airspace.",
    );
    assert_eq!(find(&found, "breaking").phase, Some(Phase::Violated));
    assert_eq!(find(&found, "extension").phase, Some(Phase::Extended));
    // What a violation is of must be the truce; fighting that broke out broke no truce.
    assert!(found.iter().all(|m| m.text != "violations"), "{found:?}");
    let found = mentions(
        "A seven-day ceasefire took effect on Monday. Fighting broke out again in the capital.",
    );
    assert!(found.iter().all(|m| m.text != "broke"), "{found:?}");
}

#[test]
fn a_violent_event_judged_under_a_modal_may_come() {
    // Named with "a" and judged with "would", the assault is one that may come, not another
    // mention of the attack that happened.
    let found = mentions(
        "Rebels attacked the city on Monday. Aid agencies warned that a full-scale assault on the city would be catastrophic.",
    );
    assert_eq!(find(&found, "attacked").modality, Modality::Happened);
    assert_eq!(find(&found, "assault").modality, Modality::Hypothetical);
}

#[test]
fn an_event_named_with_any_may_come_unless_all_are_denied() {
    let found = mentions(
        "The army said it would answer any attack with force. The minister wrote that there was no agreement on any ceasefire.",
    );
    assert_eq!(find(&found, "attack").modality, Modality::Hypothetical);
    assert_eq!(find(&found, "ceasefire").modality, Modality::Negated);
}

#[test]
fn a_toll_gives_its_figure_after_a_preposition() {
    let found = mentions(
        "Israeli authorities put the death toll in Israel at 28. The union raised its death count to 958 on Friday.",
    );
    let figure = |trigger: &str| {
        find(&found, trigger)
            .count
            .as_ref()
            .map(|c| (c.low, c.high))
    };
    assert_eq!(figure("toll"), Some((Some(28), Some(28))));
    assert_eq!(figure("death count"), Some((Some(958), Some(958))));
    // Without a figure there is no toll: "the toll is unknown".
    let found = mentions("The toll of the fighting is unknown.");
    assert!(found.iter().all(|m| m.text != "toll"), "{found:?}");
}

#[test]
fn signing_denying_and_what_becomes_of_talks() {
    let found = mentions(
        "Army and RSF envoys signed a declaration in Jeddah on May 11. The RSF denies targeting civilians. Talks in Jeddah were suspended on June 1 and resumed a month later.",
    );
    assert_eq!(find(&found, "signed").kind, EventKind::Agreement);
    assert_eq!(find(&found, "denies").kind, EventKind::Statement);
    assert_eq!(find(&found, "suspended").kind, EventKind::Talks);
    assert_eq!(find(&found, "resumed").kind, EventKind::Talks);
    // A verb after an article is an adjective: "a signed document" is no signing. Unnamed
    // "government sources" speak for no one on the record.
    let found = mentions(
        "The TTP handed over a signed document. Government sources said the deal was reached directly.",
    );
    assert!(found.iter().all(|m| m.text != "signed"), "{found:?}");
    assert!(found.iter().all(|m| m.text != "said"), "{found:?}");
}

#[test]
fn according_to_and_postposed_sources() {
    let found = mentions(
        "Pakistani jets struck targets in Paktika, according to Afghan state media. The raid killed 10 people, a Pakistani security source said.",
    );
    assert_eq!(
        source(find(&found, "struck")),
        Some(("Afghan state media", Some("Afghanistan")))
    );
    let toll = find(&found, "killed");
    assert_eq!(
        source(toll).map(|s| s.0),
        Some("a Pakistani security source")
    );
}

#[test]
fn he_said_is_the_last_person_named_not_a_country_quoted_since() {
    let found = mentions(
        "Defence Minister Khawaja Asif said the talks had failed. Turkey said it would keep trying. He said the ceasefire would hold.",
    );
    let statements: Vec<Vec<&str>> = found
        .iter()
        .filter(|m| m.kind == EventKind::Statement)
        .map(|m| actors(m, Role::Speaker))
        .collect();
    assert_eq!(
        statements,
        [vec!["Khawaja Asif"], vec!["Turkey"], vec!["Khawaja Asif"]]
    );
}

#[test]
fn a_surname_names_the_person_named_in_full_before() {
    let found = mentions(
        "Foreign Secretary Vikram Misri announced the halt. Later, Misri said the army had been told to respond firmly.",
    );
    let last = found
        .iter()
        .rfind(|m| m.kind == EventKind::Statement)
        .unwrap();
    assert_eq!(actors(last, Role::Speaker), ["Vikram Misri"]);
}

#[test]
fn coordinated_verbs_share_their_subject_and_an_object_is_no_source() {
    let found = mentions(
        "Pakistan said it remained committed to the truce and rejected Indian accusations. The spokesman accused India of shelling villages.",
    );
    let rejected = find(&found, "rejected");
    assert_eq!(rejected.kind, EventKind::Statement);
    assert_eq!(actors(rejected, Role::Speaker), ["Pakistan"]);
    assert!(
        found
            .iter()
            .filter(|m| m.kind == EventKind::Statement)
            .all(|m| actors(m, Role::Speaker) != ["India"]),
        "India is accused, not speaking: {found:#?}"
    );
}

#[test]
fn a_time_opening_the_sentence_is_not_part_of_the_subject() {
    let found = mentions(
        "On Saturday morning the Pakistani military announced that two posts had been shelled.",
    );
    let shelling = find(&found, "shelled");
    assert_eq!(
        source(shelling).map(|s| s.0),
        Some("the Pakistani military")
    );
}

#[test]
fn what_the_source_did_in_another_clause_is_not_attributed_to_it() {
    let found = mentions(
        "Explosions were heard in Srinagar, and Foreign Secretary Vikram Misri returned to say that Pakistan had violated the truce.",
    );
    assert_eq!(source(find(&found, "Explosions")), None);
}

#[test]
fn negation_denial_and_failure() {
    let found = mentions(
        "There are no plans for another round of talks. The army denied that its troops had shelled the village. The two sides failed to agree on a mechanism. She said the clash never happened.",
    );
    assert_eq!(find(&found, "round of talks").modality, Modality::Negated);
    assert_eq!(find(&found, "shelled").modality, Modality::Negated);
    assert_eq!(find(&found, "clash").modality, Modality::Negated);
    assert!(
        found
            .iter()
            .filter(|m| m.kind == EventKind::Agreement)
            .all(|m| m.modality == Modality::Negated),
        "{found:#?}"
    );
}

#[test]
fn a_person_the_lists_do_not_know_is_named_after_their_titles() {
    let found = mentions(
        "Ministry spokeswoman Lieutenant General Maly Socheata told reporters the border was calm. She said Thai artillery had shelled villages.",
    );
    assert_eq!(
        source(find(&found, "shelled")),
        Some(("She", Some("Maly Socheata")))
    );
}

#[test]
fn an_event_that_dates_what_is_said_is_not_the_source_s_claim() {
    let found = mentions(
        "The health ministry said 730 people had been killed since the fighting erupted on April 15.",
    );
    assert_eq!(source(find(&found, "fighting")), None);
    assert!(source(find(&found, "killed")).is_some());
    // "When" tells how the source says it happened.
    let found = mentions("Officials said 12 civilians were wounded when shells landed on homes.");
    assert!(source(find(&found, "shells")).is_some());
    // Named as known after a preposition, the event is the setting of the claim: the
    // military reports the dead, not the clashes.
    let found = mentions(
        "Pakistan's military said 23 soldiers were killed in the clashes of October 11 and 12.",
    );
    assert_eq!(source(find(&found, "clashes")), None);
    assert!(source(find(&found, "killed")).is_some());
    let found = mentions("The RSF called the raids a violation of the agreement.");
    assert_eq!(source(find(&found, "agreement")), None);
    // Not a place someone goes to: "returned to the talks" is the news.
    let found = mentions("Officials said the delegation returned to the talks on Monday.");
    assert!(source(find(&found, "talks")).is_some());
}

#[test]
fn who_puts_or_raises_a_toll_is_its_source() {
    let found = mentions("The World Health Organization puts the national death toll at 705.");
    assert_eq!(
        source(find(&found, "toll")).map(|(s, _)| s),
        Some("The World Health Organization")
    );
    let found = mentions("The union raised its civilian death count to 958 on Friday.");
    assert_eq!(
        source(find(&found, "death count")).map(|(s, _)| s),
        Some("The union")
    );
    // Put to other use, "put" reports nothing.
    let found = mentions("Mediators put pressure on both sides after the attack.");
    assert_eq!(source(find(&found, "attack")), None);
    // A clause after a semicolon has its own source: the deaths before it are the ministry's.
    let found = mentions(
        "Iran's health ministry says at least 610 people have been killed in Iran; Israeli \
         authorities put the death toll in Israel at 28.",
    );
    assert_eq!(
        source(find(&found, "killed")).map(|(s, _)| s),
        Some("Iran's health ministry")
    );
    assert_eq!(
        source(find(&found, "toll")).map(|(s, _)| s),
        Some("Israeli authorities")
    );
}

#[test]
fn doctors_monitors_and_volunteers_are_sources() {
    for (text, who) in [
        (
            "Local doctors said the shelling had killed 12 people.",
            "Local doctors",
        ),
        ("Partners reported clashes in Omdurman.", "Partners"),
        (
            "The raid killed 18 people, according to local volunteers.",
            "local volunteers",
        ),
    ] {
        let found = mentions(text);
        let kind = found
            .iter()
            .find(|m| m.kind != EventKind::Statement)
            .unwrap();
        assert_eq!(source(kind).map(|(s, _)| s), Some(who), "{text}");
    }
}

#[test]
fn which_truce_of_a_war_it_is() {
    let found = mentions("A second ceasefire, brokered by Washington, collapsed within minutes.");
    assert_eq!(find(&found, "ceasefire").round, Some(2));
    let found = mentions("It is the first humanitarian truce of the war.");
    assert_eq!(find(&found, "truce").round, Some(1));
    let found = mentions("The truce held through the night.");
    assert_eq!(find(&found, "truce").round, None);
}

#[test]
fn a_relative_clause_dates_the_event_it_tells_of() {
    let found =
        mentions("It is the first ceasefire of the war, which began on October 7 with an attack.");
    assert_ne!(
        find(&found, "ceasefire")
            .when
            .earliest
            .map(|b| b.date().to_string()),
        Some("2025-10-07".to_string())
    );
    let found = mentions("The truce, which began at 07:00 on Friday 17 October, held.");
    assert_eq!(
        find(&found, "truce")
            .when
            .earliest
            .map(|b| b.date().to_string()),
        Some("2025-10-17".to_string())
    );
}

#[test]
fn an_event_that_owns_what_is_denied_is_not_denied() {
    let found = mentions("The minister said the pause did not change the war's aims.");
    assert_eq!(find(&found, "war").modality, Modality::Happened);
}

#[test]
fn plans_threats_and_conditions() {
    let found = mentions(
        "Mediators are considering further rounds. Asif warned that Kabul would face consequences if it bombed Pakistani cities.",
    );
    assert_eq!(find(&found, "rounds").modality, Modality::Planned);
    assert_eq!(find(&found, "bombed").modality, Modality::Hypothetical);
}

#[test]
fn may_the_month_is_not_may_the_modal() {
    let found = mentions(
        "A soldier was killed in a clash in May. In May, fighting broke out near the temple. The talks may resume next week.",
    );
    let happened: Vec<Modality> = found
        .iter()
        .filter(|m| m.kind == EventKind::ArmedClash)
        .map(|m| m.modality)
        .collect();
    assert_eq!(happened, [Modality::Happened, Modality::Happened]);
    assert_eq!(
        day(find(&found, "clash").when.earliest).as_deref(),
        Some("2025-05-01")
    );
    assert_eq!(find(&found, "talks").modality, Modality::Hypothetical);
}

#[test]
fn a_date_in_a_since_clause_dates_that_clause_not_the_event() {
    let found = mentions(
        "The army reported the heaviest fighting since the Taliban took power in 2021. The truce has held since it took effect on October 15.",
    );
    let fighting = find(&found, "fighting");
    assert_eq!(day(fighting.when.earliest).as_deref(), Some("2021-01-01"));
    assert_eq!(day(fighting.when.latest).as_deref(), Some("2025-10-20"));
    let truce = find(&found, "truce");
    assert_eq!(day(truce.when.earliest).as_deref(), Some("2025-10-15"));
}

#[test]
fn figures_tied_to_their_event() {
    let found = mentions(
        "The four-day talks, the third round of the process, ended on Tuesday. More than 200 people were wounded and 23 soldiers were killed.",
    );
    let talks = find(&found, "talks");
    assert_eq!(talks.duration.as_deref(), Some("P4D"));
    assert!(
        found
            .iter()
            .any(|m| m.kind == EventKind::Talks && m.round == Some(3)),
        "{found:#?}"
    );
    let killed = find(&found, "killed");
    let count = killed.count.as_ref().unwrap();
    assert_eq!((count.low, count.high), (Some(23), Some(23)));
}

#[test]
fn before_a_vague_date_is_bounded_by_its_end_not_its_start() {
    // The fighting started some time this month; the blasts came before it, so they lie
    // before the last day it could have started, not before the first of the month.
    let found = mentions("Fighting flared earlier this month after blasts in Kabul.");
    let fighting = find(&found, "Fighting");
    assert_eq!(day(fighting.when.earliest).as_deref(), Some("2025-10-01"));
    let blasts = find(&found, "blasts");
    assert_eq!(day(blasts.when.earliest), None);
    assert_eq!(day(blasts.when.latest), day(fighting.when.latest));
    // Before a day, the day still bounds it.
    let found = mentions("The truce took effect on October 15 after talks in Doha.");
    let talks = find(&found, "talks");
    assert_eq!(day(talks.when.latest).as_deref(), Some("2025-10-15"));
}

/// Whether `actor` takes part in the mention in `role`.
fn takes(mention: &Mention, actor: &str, role: Role) -> bool {
    mention
        .participants
        .iter()
        .any(|p| p.actor == actor && p.role == role)
}

/// The (role, actor) pairs of a mention, sorted, speakers left out.
fn sides(mention: &Mention) -> Vec<(Role, &str)> {
    let mut pairs: Vec<(Role, &str)> = mention
        .participants
        .iter()
        .filter(|p| p.role != Role::Speaker)
        .map(|p| (p.role, p.actor.as_str()))
        .collect();
    pairs.sort();
    pairs
}

#[test]
fn a_clash_truce_or_talks_with_no_side_named_is_between_the_reports_two_sides() {
    let found = mentions(
        "Russia and Ukraine accused each other on Monday of shelling a power plant. \
         Ukrainian officials said Russia had fired drones at Kharkiv.\n\n\
         The clashes went on until dawn. Negotiators said the truce was still possible.",
    );
    let both = [(Role::Party, "Russia"), (Role::Party, "Ukraine")];
    assert_eq!(sides(find(&found, "clashes")), both);
    assert_eq!(sides(find(&found, "truce")), both);
}

#[test]
fn a_report_with_one_side_named_gets_the_other_side_of_its_dyad() {
    let found = mentions(
        "Israel and Iran traded threats on Sunday. Iranian officials said Israel would pay. \
         Israel said the ceasefire with Iran was over.\n\n\
         Iran said the truce had been agreed with Qatar's help, and that Iranian forces struck back at dawn.",
    );
    // The side named is the attacker; the other side of the report is its target.
    let struck = find(&found, "struck back");
    assert_eq!(
        sides(struck),
        [(Role::Attacker, "Iran"), (Role::Target, "Israel")]
    );
}

#[test]
fn a_side_attacked_with_a_stated_other_aim_gets_no_inferred_target() {
    let found = mentions(
        "India and China blamed each other for the clash. Chinese officials said India started it. \
         India said its strikes were aimed at smugglers.",
    );
    assert_eq!(sides(find(&found, "strikes")), [(Role::Attacker, "India")]);
}

#[test]
fn a_dateline_capital_is_neither_a_side_nor_a_place() {
    let found =
        mentions("BEIJING — India and Pakistan agreed to a ceasefire on Saturday after talks.");
    let truce = find(&found, "ceasefire");
    assert_eq!(
        sides(truce),
        [(Role::Party, "India"), (Role::Party, "Pakistan")]
    );
    assert_eq!(truce.place, None);
    // With the country after the city.
    let found =
        mentions("DOHA, Qatar — Russia and Ukraine agreed to talks on Saturday after the clashes.");
    assert_eq!(
        sides(find(&found, "talks")),
        [(Role::Party, "Russia"), (Role::Party, "Ukraine")]
    );
    // Wire style, with the day and the agency.
    let found = mentions(
        "KHARTOUM, May 23 (Nile Wire) — A truce between Sudan's army and the Rapid Support \
         Forces came into force.",
    );
    let truce = find(&found, "truce");
    assert_eq!(
        sides(truce),
        [
            (Role::Party, "Rapid Support Forces"),
            (Role::Party, "Sudanese Armed Forces")
        ]
    );
    assert_eq!(truce.place, None);
}

#[test]
fn in_a_civil_war_the_two_sides_are_the_factions_not_the_country_or_its_neighbours() {
    // Sudan, Egypt and the United States are each named more often than the army, which is
    // named once by its own name and then as "the army".
    let found = mentions(
        "Sudan's army and the Rapid Support Forces agreed to a truce in Jeddah. Egypt said \
         Sudan must hold to it, and Egypt opened its border to people fleeing Sudan. The \
         United States and Saudi Arabia mediated the talks. The army said the RSF attacked its \
         positions in Khartoum. A U.S. official said the United States would watch the \
         truce. The fighting has driven a million people from their homes in Sudan.",
    );
    let both = [
        (Role::Party, "Rapid Support Forces"),
        (Role::Party, "Sudanese Armed Forces"),
    ];
    assert_eq!(sides(find(&found, "fighting")), both);
    assert_eq!(
        sides(find(&found, "attacked")),
        [
            (Role::Attacker, "Rapid Support Forces"),
            (Role::Target, "Sudanese Armed Forces")
        ]
    );
    // A mediator that was also struck in the war is still no side of it.
    let found = mentions(
        "Qatar brokered the truce between Israel and Iran after Iranian missiles struck a base \
         in Qatar. Qatar said the truce held. Israel said Iran fired again; Qatar urged calm. \
         The fighting has stopped, Qatar said.",
    );
    assert_eq!(
        sides(find(&found, "fighting")),
        [(Role::Party, "Iran"), (Role::Party, "Israel")]
    );
}

#[test]
fn a_mediator_mediates_the_nearest_truce_or_talks_and_is_party_to_none() {
    let found = mentions(
        "Israel and Iran agreed on Tuesday to a truce, after two days of talks hosted by Qatar in Doha.",
    );
    assert_eq!(
        sides(find(&found, "talks")),
        [
            (Role::Party, "Iran"),
            (Role::Party, "Israel"),
            (Role::Mediator, "Qatar")
        ]
    );
    assert_eq!(
        sides(find(&found, "truce")),
        [(Role::Party, "Iran"), (Role::Party, "Israel")]
    );
}

#[test]
fn coordinated_names_before_mediators_all_mediate() {
    let found = mentions(
        "Israel and Iran traded fire for a week. The Qatari and American mediators announced a truce on Monday.",
    );
    let mediators: Vec<_> = sides(find(&found, "truce"))
        .into_iter()
        .filter(|(role, _)| *role == Role::Mediator)
        .collect();
    assert_eq!(
        mediators,
        [(Role::Mediator, "Qatar"), (Role::Mediator, "United States")]
    );
}

#[test]
fn a_host_named_often_is_not_one_of_the_two_sides() {
    // Malaysia is named as often as either side, but only the two sides fight.
    let found = mentions(
        "Malaysian officials said on Monday that Thai and Cambodian troops clashed again. \
         Malaysia said it was ready to help. Cambodia said Thai artillery shelled a temple. \
         A Malaysian envoy said talks could resume.\n\n\
         The clashes went on until dawn, and villagers near the border said they had fled their homes.",
    );
    assert_eq!(
        sides(find(&found, "clashes")),
        [(Role::Party, "Cambodia"), (Role::Party, "Thailand")]
    );
}

#[test]
fn the_subject_of_an_attack_verb_is_its_attacker_not_every_actor_before_it() {
    // An actor earlier in the clause did something else.
    let found = mentions(
        "Israel and Iran traded accusations. Residents said an Iranian drone was seen minutes before Israeli jets struck.",
    );
    assert_eq!(
        sides(find(&found, "struck")),
        [(Role::Attacker, "Israel"), (Role::Target, "Iran")]
    );
    // An actor behind a preposition is a target or a place, not the subject.
    let found = mentions(
        "Russia and Ukraine traded accusations. Kyiv said Russian troops advanced on Ukrainian trenches and opened fire.",
    );
    assert_eq!(
        sides(find(&found, "opened fire")),
        [(Role::Attacker, "Russia"), (Role::Target, "Ukraine")]
    );
}

#[test]
fn an_attack_by_a_named_side_behind_an_article() {
    // "by the" names the attacker as "by" alone does.
    let found = mentions("Officials said an attack by the Houthis on a tanker killed four.");
    assert_eq!(sides(find(&found, "attack")), [(Role::Attacker, "Houthis")]);
}

/// Every mention of `text` (published 2025-10-20) with the shipped lists and a few names of
/// the Armenia–Azerbaijan conflict added.
fn caucasus_mentions(text: &str) -> Vec<Mention> {
    let mut lexicon = chronicle::EventLexicon::default();
    lexicon
        .add_actors(
            "Armenia\tArmenia\tcountry\nArmenian\tArmenia\tadjective\nYerevan\tArmenia\tcapital\n\
             Azerbaijan\tAzerbaijan\tcountry\nAzerbaijani\tAzerbaijan\tadjective\n\
             Baku\tAzerbaijan\tcapital\n",
        )
        .unwrap();
    lexicon
        .add_places("Yerevan\tYerevan\tcity\nBaku\tBaku\tcity\nLachin\tLachin\tdistrict\nKapan\tKapan\ttown\n")
        .unwrap();
    let options = chronicle::ExtractOptions {
        lexicon: std::sync::Arc::new(lexicon),
        ..chronicle::ExtractOptions::default()
    };
    chronicle::extract_with(&report(text, "2025-10-20"), &options).mentions
}

fn place(mention: &Mention) -> Option<&str> {
    mention.place.as_ref().map(|p| p.name.as_str())
}

#[test]
fn a_capital_before_a_verb_is_the_government_acting_not_a_place() {
    let found = caucasus_mentions("Yerevan denied the claim on Monday. The Baku talks resumed.");
    assert_eq!(place(find(&found, "denied")), None);
    assert_eq!(place(find(&found, "talks")), Some("Baku"));
}

#[test]
fn a_place_inside_who_speaks_is_not_where_anything_happened() {
    let found = caucasus_mentions(
        "Officials in Lachin said on Monday that Azerbaijani shelling had stopped. \
         Diplomats in Yerevan said the agreement was close.",
    );
    assert_eq!(place(find(&found, "said")), None);
    assert_eq!(place(find(&found, "shelling")), None);
    assert_eq!(place(find(&found, "agreement")), None);
}

#[test]
fn the_talks_referred_back_to_are_held_where_they_were_first_placed() {
    let found = caucasus_mentions(
        "Armenian and Azerbaijani envoys began negotiations in Baku on Monday. \
         Residents near the frontier waited for news. \
         The negotiations, chaired by a European envoy, ran late into the night. \
         Further talks are planned for the spring.",
    );
    let negotiations: Vec<Option<&str>> = found
        .iter()
        .filter(|m| m.text == "negotiations")
        .map(place)
        .collect();
    assert_eq!(negotiations, [Some("Baku"), Some("Baku")]);
    assert_eq!(place(find(&found, "talks")), None);
}

#[test]
fn a_deal_referred_back_to_was_reached_where_the_truce_was_agreed() {
    let found = caucasus_mentions(
        "Armenia and Azerbaijan agreed to a ceasefire in Yerevan on Friday. \
         Shelling near the border stopped overnight. \
         That deal was the first in two years. \
         The ceasefire held on Saturday.",
    );
    assert_eq!(place(find(&found, "deal")), Some("Yerevan"));
    // A truce holds along the whole front: a later mention takes no place from the deal.
    let truces: Vec<Option<&str>> = found
        .iter()
        .filter(|m| m.text == "ceasefire")
        .map(place)
        .collect();
    assert_eq!(truces.last(), Some(&None));
}

#[test]
fn places_of_the_kashmir_front_are_known() {
    let found =
        mentions("Residents reported shelling near Poonch and gunfire in the Neelum valley.");
    assert_eq!(place(find(&found, "shelling")), Some("Poonch"));
    assert_eq!(place(find(&found, "gunfire")), Some("Neelum valley"));
}

#[test]
fn the_object_an_event_noun_struck_is_its_place() {
    let found = caucasus_mentions(
        "Explosions rocked Yerevan before dawn. Later, shelling hit the Azerbaijani capital.",
    );
    assert_eq!(place(find(&found, "Explosions")), Some("Yerevan"));
    assert_eq!(place(find(&found, "shelling")), Some("Baku"));
    // After a verb that is itself the event, a capital is the side it was aimed at.
    let found = caucasus_mentions("Azerbaijani forces struck Yerevan on Monday.");
    let strike = find(&found, "struck");
    assert_eq!(place(strike), None);
    assert_eq!(actors(strike, Role::Target), ["Armenia"]);
}

#[test]
fn a_preposition_places_a_name_across_its_noun_phrase() {
    let found = caucasus_mentions(
        "Soldiers exchanged fire near the old Lachin road on Monday. \
         Artillery shelled several villages in the upper valleys of Lachin district on Tuesday.",
    );
    assert_eq!(place(find(&found, "exchanged fire")), Some("Lachin"));
    assert_eq!(place(find(&found, "shelled")), Some("Lachin"));
    // A government's name is not placed across words: here Yerevan is the side attacked.
    let found = caucasus_mentions("Troops near the border attacked Yerevan on Monday.");
    let attack = find(&found, "attacked");
    assert_eq!(place(attack), None);
    assert_eq!(actors(attack, Role::Target), ["Armenia"]);
}

#[test]
fn a_country_behind_in_is_where_and_still_the_side_concerned() {
    let found = caucasus_mentions(
        "Azerbaijani drones struck targets inside Armenia on Monday. \
         Fresh shelling was reported in southern Armenia on Tuesday. \
         Shells also landed in Armenian villages on Wednesday.",
    );
    let strike = find(&found, "struck");
    assert_eq!(place(strike), Some("Armenia"));
    assert_eq!(actors(strike, Role::Target), ["Armenia"]);
    assert_eq!(place(find(&found, "shelling")), Some("southern Armenia"));
    assert_eq!(place(find(&found, "Shells")), Some("Armenia"));
    // Where from, and whose, are not where.
    let found = caucasus_mentions(
        "Yerevan said an attack launched from Azerbaijan would be answered. \
         The ceasefire was agreed at Armenia's request.",
    );
    assert_eq!(place(find(&found, "attack")), None);
    assert_eq!(place(find(&found, "ceasefire")), None);
}

#[test]
fn the_district_is_the_district_the_paragraph_named() {
    let found = caucasus_mentions(
        "Fighting broke out near Lachin on Monday, twenty kilometres from Kapan. \
         Officials in Yerevan said three shepherds were killed in the district. \
         Shelling was also reported in the province.",
    );
    assert_eq!(place(find(&found, "killed")), Some("Lachin"));
    // No province was named before: "the province" stays unplaced.
    assert_eq!(place(find(&found, "Shelling")), None);
}

#[test]
fn a_place_behind_a_preposition_belongs_to_the_event_word_before_it() {
    let found = caucasus_mentions(
        "Azerbaijan's negotiations with Armenian envoys in Baku have ended without an agreement.",
    );
    assert_eq!(place(find(&found, "negotiations")), Some("Baku"));
    assert_eq!(place(find(&found, "agreement")), None);
    // Unless another preposition leads on from it to an event word.
    let found = caucasus_mentions(
        "The ceasefire was agreed on Monday in Yerevan at talks chaired by European envoys.",
    );
    assert_eq!(place(find(&found, "talks")), Some("Yerevan"));
}

#[test]
fn an_event_in_a_relative_clause_happened_where_the_one_it_tells_of_did() {
    let found = caucasus_mentions(
        "Officials recalled the attack near Lachin on Monday, in which two guards were killed.",
    );
    assert_eq!(place(find(&found, "attack")), Some("Lachin"));
    assert_eq!(place(find(&found, "killed")), Some("Lachin"));
    let found = caucasus_mentions(
        "Officials recalled the attack near Lachin on Monday, and said two guards were killed.",
    );
    assert_eq!(place(find(&found, "killed")), None);
}

#[test]
fn how_talks_ended_as_told() {
    let outcome = |text: &str, trigger: &str| {
        find(&mentions(text), trigger)
            .outcome
            .as_ref()
            .map(|t| (t.outcome.code(), t.text.clone()))
    };
    assert_eq!(
        outcome(
            "The negotiations between the two governments in Oslo have ended without a deal.",
            "negotiations"
        ),
        Some(("failed", "ended without a deal".to_string()))
    );
    assert_eq!(
        outcome("The talks had failed to produce a deal.", "talks"),
        Some(("failed", "failed".to_string()))
    );
    assert_eq!(
        outcome("Envoys salvaged the talks in Oslo.", "talks"),
        Some(("rescued", "salvaged".to_string()))
    );
    // Ended, not failed; the truce's collapse is not the talks'; a denial; a possibility;
    // others failing.
    for (text, trigger) in [
        ("The talks in Oslo ended on Friday.", "talks"),
        (
            "The talks in Oslo went on after the truce collapsed.",
            "talks",
        ),
        ("The talks in Oslo have not collapsed.", "talks"),
        ("The talks in Oslo could collapse.", "talks"),
        ("After long talks the envoys failed to agree.", "talks"),
    ] {
        assert_eq!(outcome(text, trigger), None, "{text}");
    }
}

#[test]
fn a_deadline_is_not_a_day_the_story_has_reached() {
    // The clashes follow Sunday in the telling; November 30 is a day looked ahead to.
    let found = mentions(
        "On Sunday the minister said the troops must leave the town by November 30. Clashes \
         erupted near the border.",
    );
    let clashes = find(&found, "Clashes");
    assert_eq!(day(clashes.when.earliest).as_deref(), Some("2025-10-19"));
    assert_eq!(day(clashes.when.latest).as_deref(), Some("2025-10-19"));
}

#[test]
fn a_place_the_lists_do_not_know_is_named_by_what_it_is() {
    let found = mentions(
        "Azerbaijani forces shelled villages in the Martuni region on Sunday. Fighting raged \
         near the town of Hadrut.",
    );
    let place = |trigger: &str| find(&found, trigger).place.as_ref().map(|p| p.name.clone());
    assert_eq!(place("shelled").as_deref(), Some("Martuni"));
    assert_eq!(place("Fighting").as_deref(), Some("Hadrut"));
    // Not a name: "the region of the border", "the city of the dead".
    let found = mentions("Fighting raged in the region of the border on Sunday.");
    assert_eq!(find(&found, "Fighting").place, None);
}

#[test]
fn a_statement_in_the_present_tense_is_made_as_the_report_goes_out() {
    // The story has reached Friday; what the ministry "says" it says on the day of the
    // report (2025-10-20), while what it "said" it said on Friday or after.
    let found = mentions(
        "Fighting broke out on Friday. The defence ministry says 12 soldiers were killed. \
         The interior ministry said the border was closed.",
    );
    let says = find(&found, "says");
    assert_eq!(day(says.when.earliest).as_deref(), Some("2025-10-20"));
    assert_eq!(day(says.when.latest).as_deref(), Some("2025-10-20"));
    let said = find(&found, "said");
    assert_eq!(day(said.when.earliest).as_deref(), Some("2025-10-17"));
    assert_eq!(day(said.when.latest).as_deref(), Some("2025-10-20"));
}

#[test]
fn who_broke_a_truce_attacked_it() {
    // Each way news tells who broke a truce: an agent after the words that say so, the side
    // accused of it, the subject, and the side that fired when it collapsed.
    let truce = "Armenia and Azerbaijan agreed a ceasefire on Saturday after weeks of Armenian and Azerbaijani shelling.";
    let breakers = |sentence: &str, trigger: &str| {
        let found = mentions(&format!("{truce} {sentence}"));
        let mention = find(&found, trigger);
        assert_eq!(
            mention.phase,
            Some(chronicle::Phase::Violated),
            "{sentence}"
        );
        actors(mention, Role::Attacker)
            .into_iter()
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        breakers(
            "The truce was broken by Armenian forces minutes later.",
            "truce"
        ),
        ["Armenia"]
    );
    assert_eq!(
        breakers("Baku accused Armenia of breaking the truce.", "truce"),
        ["Armenia"]
    );
    assert_eq!(
        breakers("Officials said Azerbaijan had violated the truce.", "truce"),
        ["Azerbaijan"]
    );
    assert_eq!(
        breakers(
            "The truce collapsed on Sunday, when Azerbaijani forces shelled villages.",
            "truce"
        ),
        ["Azerbaijan"]
    );
    // "Both countries" are the report's two sides.
    let mut both = breakers(
        "The mediators said both countries had violated the truce.",
        "truce",
    );
    both.sort();
    assert_eq!(both, ["Armenia", "Azerbaijan"]);
    // A truce told as broken by no one named has its parties, and no attacker.
    assert!(breakers("The truce collapsed on Sunday night.", "truce").is_empty());
}

#[test]
fn a_breach_far_from_the_truce_named_in_its_sentence_is_its_own_mention() {
    // "the truce" is brokered; "violated it" is another event of the same sentence.
    let found = mentions(
        "Israel and Iran fought for twelve days. He said Washington had brokered the truce on its own, and told reporters in The Hague that Israel and Iran had both violated it in the first hours.",
    );
    let breach = find(&found, "violated");
    assert_eq!(breach.phase, Some(chronicle::Phase::Violated));
    let mut attackers = actors(breach, Role::Attacker);
    attackers.sort();
    assert_eq!(attackers, ["Iran", "Israel"]);
    assert_eq!(
        find(&found, "truce").phase,
        Some(chronicle::Phase::Declared)
    );
}

#[test]
fn a_pause_in_a_report_that_has_named_its_truce_is_the_truce() {
    let found = mentions(
        "A four-day truce between Israel and Hamas took effect on Friday. Aid lorries queued at Rafah.\n\nThe pause began at 07:00 GMT, and by the afternoon Israel said Hamas broke the pause by firing rockets.",
    );
    let pauses: Vec<&Mention> = found.iter().filter(|m| m.text == "pause").collect();
    assert_eq!(pauses.len(), 2, "{found:?}");
    assert!(pauses.iter().all(|m| m.kind == EventKind::Ceasefire));
    // "by firing rockets" says how it was broken; the subject says who.
    assert_eq!(actors(pauses[1], Role::Attacker), ["Hamas"]);
    // Without a truce named, a pause is something else.
    let found = mentions("The committee took a pause before voting on the budget.");
    assert!(found.iter().all(|m| m.text != "pause"), "{found:?}");
}

#[test]
fn an_extension_takes_the_length_that_follows_it() {
    let found = mentions(
        "A seven-day ceasefire took effect on May 22. The truce was extended on Monday by five days, and aid convoys moved for a further week.",
    );
    let extension = found
        .iter()
        .find(|m| m.phase == Some(chronicle::Phase::Extended))
        .expect("an extension");
    assert_eq!(extension.duration.as_deref(), Some("P5D"));
    // A length after a truce that is not extended is not its length.
    let found = mentions(
        "A seven-day ceasefire took effect on May 22. The truce held on Monday, and aid convoys moved for five days.",
    );
    assert!(
        found
            .iter()
            .filter(|m| m.kind == EventKind::Ceasefire)
            .all(|m| m.duration.as_deref() != Some("P5D")),
        "{found:?}"
    );
}

#[test]
fn each_side_that_accuses_the_other_is_both_sides_speaking() {
    let speakers = |text: &str| {
        let found = mentions(text);
        let mut named = actors(find(&found, "accused"), Role::Speaker);
        named.sort();
        named.into_iter().map(str::to_string).collect::<Vec<_>>()
    };
    let story = "Armenian and Azerbaijani forces clashed on Sunday. Armenia and Azerbaijan agreed a truce on Monday.";
    for subject in [
        "Each side",
        "Each",
        "Both governments",
        "The two sides",
        "Within minutes each side",
    ] {
        assert_eq!(
            speakers(&format!(
                "{story} {subject} accused the other of breaking it on Tuesday."
            )),
            ["Armenia", "Azerbaijan"],
            "{subject}"
        );
    }
    // A source the lists know still speaks for itself, one side.
    assert_eq!(
        speakers(&format!(
            "{story} Armenia accused Azerbaijan of breaking it."
        )),
        ["Armenia"]
    );
    // What the two sides accuse each other of starting is not their claim: the fighting
    // happened; who began it is what they say.
    let found = mentions(
        "Thai and Cambodian troops fought on Thursday. Each side accused the other of starting the clashes.",
    );
    assert_eq!(source(find(&found, "clashes")), None);
    assert!(
        source(find(
            &mentions("Thai troops said Cambodia had launched the clashes."),
            "clashes"
        ))
        .is_some()
    );
}

#[test]
fn a_breach_dated_by_its_accusation_falls_after_the_truce_began_told_later() {
    let found = mentions(
        "Mediators announced a truce between Armenia and Azerbaijan. On Sunday each side accused the other of breaking it. The truce took effect on Saturday, 18 October.",
    );
    let breach = find(&found, "breaking");
    assert_eq!(breach.phase, Some(chronicle::Phase::Violated));
    assert_eq!(day(breach.when.earliest).as_deref(), Some("2025-10-18"));
    // Told in the past: no later than the report's day.
    assert_eq!(day(breach.when.latest).as_deref(), Some("2025-10-20"));
}

#[test]
fn one_unnamed_official_speaks_for_the_side_their_title_names() {
    let said = |text: &str| {
        mentions(text)
            .iter()
            .any(|m| m.kind == EventKind::Statement && m.text == "said")
    };
    for source in [
        "A Hamas official",
        "A Saudi official",
        "An army spokesman",
        "A spokesman for the Afghan foreign ministry",
    ] {
        assert!(
            said(&format!("{source} said the talks would resume.")),
            "{source}"
        );
    }
    // Placed by where they work, or retired: an attribution, not a statement of its own.
    for source in [
        "An official at the Foreign Office",
        "A retired Thai general",
    ] {
        assert!(
            !said(&format!("{source} said the talks would resume.")),
            "{source}"
        );
    }
}

#[test]
fn what_was_said_is_not_dated_by_a_later_day_it_tells_of() {
    let found = mentions(
        "Gulf foreign ministers will meet in Riyadh next week to discuss the truce, a Saudi official said.",
    );
    let said = find(&found, "said");
    assert_eq!(said.kind, EventKind::Statement);
    assert_eq!(day(said.when.latest).as_deref(), Some("2025-10-20"));
    let meet = find(&found, "meet");
    assert_eq!(day(meet.when.earliest).as_deref(), Some("2025-10-27"));
}

#[test]
fn the_subject_that_opens_the_sentence_says_what_its_second_verb_reports() {
    let found = mentions(
        "Taliban spokesman Zabihullah Mujahid put the Pakistani toll at 58 soldiers and said nine Afghan fighters had been killed.",
    );
    assert_eq!(
        actors(find(&found, "said"), Role::Speaker),
        ["Zabihullah Mujahid"]
    );
    assert_eq!(
        source(find(&found, "killed")),
        Some((
            "Taliban spokesman Zabihullah Mujahid",
            Some("Zabihullah Mujahid")
        ))
    );
    // The relative clause's verb and the main verb after it have the same subject.
    let found = mentions(
        "The provincial health department, which had said on Sunday that 12 people were wounded, said three more people had died.",
    );
    let said: Vec<&Mention> = found
        .iter()
        .filter(|m| m.kind == EventKind::Statement)
        .collect();
    assert_eq!(said.len(), 2, "{found:?}");
    for told in ["wounded", "died"] {
        assert_eq!(
            source(find(&found, told)),
            Some(("The provincial health department", None)),
            "{told}"
        );
    }
}

#[test]
fn a_count_of_the_dead_raised_to_a_figure_is_a_revised_total() {
    let found = mentions("The health ministry raised its count of the dead on Wednesday to 627.");
    let count = find(&found, "dead").count.clone().expect("a count");
    assert_eq!((count.low, count.high), (Some(627), Some(627)));
    assert!(count.total && count.revised, "{count:?}");
}

#[test]
fn talks_dated_by_a_stretch_of_days_set_off_after_them_began_on_the_first() {
    for text in [
        "The talks, held on October 13 and 14, ended without agreement.",
        "The talks, which ran Oct 13-15 in Istanbul, ended without agreement.",
    ] {
        let found = mentions(text);
        let talks = find(&found, "talks");
        assert_eq!(
            day(talks.when.earliest).as_deref(),
            Some("2025-10-13"),
            "{text}"
        );
        assert_eq!(
            day(talks.when.latest).as_deref(),
            Some("2025-10-13"),
            "{text}"
        );
    }
    // A day told in another clause, not set off right after the event, is not a stretch of it.
    let found = mentions("The talks ended without agreement, officials said on October 13 and 14.");
    assert_ne!(
        day(find(&found, "talks").when.latest).as_deref(),
        Some("2025-10-13")
    );
}

#[test]
fn what_talks_are_about_is_not_a_party_to_them() {
    let found = mentions(
        "Pakistan and Afghanistan held talks in Istanbul that ended without a deal on action against the Tehrik-e-Taliban Pakistan (TTP).",
    );
    let mut parties = actors(find(&found, "talks"), Role::Party);
    parties.sort();
    assert_eq!(parties, ["Afghanistan", "Pakistan"]);
    let found = mentions(
        "The Afghan delegation refused to put its assurances about the TTP in writing at the talks.",
    );
    assert!(!actors(find(&found, "talks"), Role::Party).contains(&"TTP"));
}

#[test]
fn a_date_right_after_what_is_announced_dates_the_announcing() {
    let found = mentions(
        "Trump announced the truce late Saturday in a post on social media, saying Iran would stop firing first.",
    );
    let announced = find(&found, "announced");
    assert_eq!(announced.kind, EventKind::Statement);
    assert_eq!(day(announced.when.earliest).as_deref(), Some("2025-10-18"));
    assert_eq!(
        day(find(&found, "truce").when.earliest).as_deref(),
        Some("2025-10-18")
    );
}

#[test]
fn a_breach_told_as_soon_after_the_start_is_on_the_truce_s_first_day_or_the_next() {
    let found = mentions(
        "The truce took effect on Monday, 13 October. Residents fled the town. Both forces had broken the truce within hours.",
    );
    let breach = found
        .iter()
        .find(|m| m.phase == Some(chronicle::Phase::Violated))
        .expect("a breach");
    assert_eq!(day(breach.when.earliest).as_deref(), Some("2025-10-13"));
    assert_eq!(day(breach.when.latest).as_deref(), Some("2025-10-14"));
}

#[test]
fn a_truce_wished_for_called_for_or_to_be_restored_is_hypothetical() {
    for text in [
        "Residents said they want a pause in the shelling.",
        "Egypt called for a ceasefire in Gaza.",
        "Mediators met in Cairo in the hope of a longer truce.",
        "Qatar is working to restore the truce.",
        "Officials in Phnom Penh said they prefer bilateral talks.",
    ] {
        let found = mentions(text);
        let event = found
            .iter()
            .find(|m| m.kind == EventKind::Ceasefire)
            .or_else(|| found.iter().find(|m| m.kind == EventKind::Talks))
            .unwrap_or_else(|| panic!("no truce or talks in {text:?}"));
        assert_eq!(event.modality, Modality::Hypothetical, "{text}");
    }
    // What was asked for and then agreed happened.
    let found = mentions("Hamas and Israel agreed a truce on Sunday.");
    assert_eq!(find(&found, "truce").modality, Modality::Happened);
}

#[test]
fn a_subject_set_off_before_an_auxiliary_still_says_so() {
    let found = mentions(
        "Israel's prime minister, Benjamin Netanyahu, has said Israel will return to fighting when the pause ends.",
    );
    let said = find(&found, "said");
    assert_eq!(said.kind, EventKind::Statement);
    assert_eq!(actors(said, Role::Speaker), ["Benjamin Netanyahu"]);
    // The name the apposition is set off from speaks, not the one inside it.
    let found = mentions("Turkey, Azerbaijan's closest ally, has said it will back Baku.");
    assert_eq!(actors(find(&found, "said"), Role::Speaker), ["Turkey"]);
}

#[test]
fn how_soon_is_not_how_long() {
    let found = mentions(
        "The truce took effect on Saturday, and within minutes each side accused the other of breaking it.",
    );
    assert_eq!(find(&found, "accused").duration, None);
    let found = mentions("The two delegations held four-day talks in Istanbul.");
    assert_eq!(find(&found, "talks").duration.as_deref(), Some("P4D"));
}

#[test]
fn a_name_the_lists_do_not_know_may_open_the_sentence() {
    // The words before a source are read only when there are some.
    let found = mentions("Kesterwold Veyhaunt said the talks had failed.");
    assert_eq!(
        source(find(&found, "talks")),
        Some(("Kesterwold Veyhaunt", None))
    );
}

#[test]
fn fighting_taken_up_again_is_no_round_of_talks() {
    let talks = |text: &str| {
        mentions(text)
            .iter()
            .any(|m| m.kind == EventKind::Talks && m.text == "resumed")
    };
    let story = "Mediators in Doha held talks on the truce.";
    assert!(!talks(&format!(
        "{story} Israel's military says it has resumed combat operations in Gaza."
    )));
    assert!(!talks(&format!(
        "{story} Shelling along the front resumed the same afternoon."
    )));
    assert!(talks(&format!(
        "{story} Contacts resumed in Jeddah last week."
    )));
    // Where what is said happened is not where it was said.
    let found = mentions("Israel's military says it has resumed combat operations in Gaza.");
    assert_eq!(find(&found, "says").place, None);
    let found = mentions("An army spokesman told reporters in Bangkok that the border was closed.");
    assert_eq!(
        find(&found, "told").place.as_ref().map(|p| p.name.as_str()),
        Some("Bangkok")
    );
}

#[test]
fn plural_titles_speak_as_their_singulars_do() {
    for source in [
        "The foreign ministries of the two countries",
        "Government spokesmen",
    ] {
        let found = mentions(&format!("{source} announced the ceasefire on Saturday."));
        assert!(
            found
                .iter()
                .any(|m| m.kind == EventKind::Statement && m.text == "announced"),
            "{source}: {found:?}"
        );
    }
}

#[test]
fn the_weapon_and_the_strike_of_one_sentence_share_its_place() {
    let found = caucasus_mentions(
        "Azerbaijani missiles struck an apartment block in Kapan on Monday, officials said.",
    );
    let missiles = find(&found, "missiles");
    assert_eq!(missiles.kind, EventKind::Shelling);
    assert_eq!(place(missiles), Some("Kapan"));
    assert_eq!(place(find(&found, "struck")), Some("Kapan"));
}

#[test]
fn a_group_named_before_an_attack_noun_behind_a_preposition_carried_it_out() {
    let found = mentions("Dozens of people were killed in the TTP attack on a police post.");
    assert_eq!(
        sides(find(&found, "attack")),
        [(Role::Attacker, "TTP")],
        "{found:#?}"
    );
    // A capital there is where it was, not who attacked.
    let found = mentions("Dozens of people were killed in the Kabul attack.");
    assert!(sides(find(&found, "attack")).is_empty(), "{found:#?}");
}

#[test]
fn a_modal_over_what_is_done_to_an_event_named_with_the_leaves_the_event_given() {
    let found = mentions(
        "Qatar said it would not let the attack derail the talks. \
         Dozens of prisoners could be freed under the agreement. \
         Pakistan could accept a ceasefire. \
         The sides did not reach an agreement.",
    );
    let modality = |trigger: &str| {
        found
            .iter()
            .filter(|m| m.text == trigger)
            .map(|m| m.modality)
            .collect::<Vec<_>>()
    };
    assert_eq!(modality("attack"), [Modality::Happened]);
    assert_eq!(modality("talks"), [Modality::Happened]);
    assert_eq!(
        modality("agreement"),
        [Modality::Happened, Modality::Negated]
    );
    assert_eq!(modality("ceasefire"), [Modality::Hypothetical]);
}

#[test]
fn an_ordinal_standing_for_the_truce_named_after_it_numbers_it() {
    let found = mentions(
        "Two truces failed this month. The first, a 72-hour ceasefire, broke down at once, \
         leading to a second truce on October 12.",
    );
    assert_eq!(find(&found, "ceasefire").round, Some(1), "{found:#?}");
    assert_eq!(find(&found, "truce").round, Some(2), "{found:#?}");
    // Not an ordinal of something else before a list.
    let found = mentions("On the first, a ceasefire was declared.");
    assert_eq!(find(&found, "ceasefire").round, None, "{found:#?}");
}

#[test]
fn a_place_of_whom_a_statement_accuses_is_not_where_it_was_made() {
    let found = mentions(
        "Pakistan has accused the Taliban government in Afghanistan of sheltering militants. \
         The foreign minister said in Islamabad that the talks had failed.",
    );
    assert_eq!(place(find(&found, "accused")), None, "{found:#?}");
    assert_eq!(place(find(&found, "said")), Some("Islamabad"), "{found:#?}");
}

#[test]
fn where_something_came_from_is_not_where_it_happened() {
    let found = mentions(
        "Two rockets were fired from Gaza on Monday. \
         Islamabad is still waiting for an agreement from Kabul.",
    );
    assert_eq!(place(find(&found, "rockets")), None, "{found:#?}");
    let agreement = find(&found, "agreement");
    assert_eq!(place(agreement), None, "{found:#?}");
    assert!(
        agreement
            .participants
            .iter()
            .any(|p| p.actor == "Afghanistan"),
        "{found:#?}"
    );
}

#[test]
fn an_event_whose_absence_or_lack_is_told_did_not_happen() {
    let found = mentions(
        "In the absence of a written agreement, the border stayed closed. \
         Diplomats blamed the lack of a ceasefire for the exodus.",
    );
    assert_eq!(find(&found, "agreement").modality, Modality::Negated);
    assert_eq!(find(&found, "ceasefire").modality, Modality::Negated);
}

#[test]
fn a_truce_that_will_hold_is_under_way_and_talks_that_will_continue_are_to_come() {
    let found = mentions(
        "The minister said the ceasefire would hold as long as the border stayed quiet. \
         Officials said the talks would continue in Doha next week.",
    );
    assert_eq!(find(&found, "ceasefire").modality, Modality::Happened);
    assert_eq!(find(&found, "talks").modality, Modality::Planned);
}

#[test]
fn a_threat_made_by_saying_it_is_the_sayers_and_further_before_a_verb_plans_nothing() {
    let found = mentions(
        "Defence Minister Khawaja Asif said the talks had ended. He further warned that any \
         attack from Afghan soil would invite a strong response.",
    );
    let warned = find(&found, "warned");
    assert_eq!(warned.kind, EventKind::Threat);
    assert_eq!(warned.modality, Modality::Happened, "{warned:#?}");
    assert!(takes(warned, "Khawaja Asif", Role::Speaker), "{warned:#?}");
    assert_eq!(warned.attribution, None, "{warned:#?}");
    // "further" before a noun still tells of talks to come.
    let found = mentions("Both sides said further talks were needed.");
    assert_eq!(find(&found, "talks").modality, Modality::Planned);
}

#[test]
fn a_state_heard_only_speaking_or_mediating_is_no_side_of_the_war_or_truce_it_is_named_beside() {
    let found = mentions(
        "Pakistani and Afghan forces clashed along the border on Monday. Pakistan said Afghan \
         forces had shelled its posts near Chaman. Qatar mediated talks between the two in \
         Doha on Sunday. Qatar said the truce must hold. The fighting Qatar feared was over \
         for now.",
    );
    let fighting = find(&found, "fighting");
    assert_eq!(
        sides(fighting),
        [(Role::Party, "Afghanistan"), (Role::Party, "Pakistan")],
        "{fighting:#?}"
    );
    // Talks may have a third party at the table.
    let talks = find(&found, "talks");
    assert!(takes(talks, "Qatar", Role::Mediator), "{talks:#?}");
}

#[test]
fn the_side_an_attack_is_blamed_on_attacked_and_is_not_its_target() {
    let found = mentions(
        "The talks came after explosions in Kabul on October 9 \u{2014} attacks that Afghan \
         authorities blamed on Pakistan \u{2014} set off days of clashes.",
    );
    let attacks = find(&found, "attacks");
    assert!(!takes(attacks, "Pakistan", Role::Target), "{attacks:#?}");
    assert!(takes(attacks, "Pakistan", Role::Attacker), "{attacks:#?}");
}

#[test]
fn a_collapse_past_a_description_is_its_subjects_not_the_truce_described() {
    let found = mentions(
        "Negotiations between the two sides, intended to shore up a shaky ceasefire, have \
         collapsed in Doha. The truce, which took effect on Monday, collapsed on Friday.",
    );
    let collapsed: Vec<EventKind> = found
        .iter()
        .filter(|m| m.text == "collapsed")
        .map(|m| m.kind)
        .collect();
    assert_eq!(collapsed, [EventKind::Ceasefire], "{found:#?}");
    let lapse = find(&found, "collapsed");
    assert!(lapse.sentence.start > 60, "{lapse:#?}");
}

#[test]
fn the_dead_of_a_strike_told_with_it_are_its_targets() {
    let found = mentions(
        "Israel and Iran traded strikes for a week. Israeli officials said Iran fired missiles \
         at Israel again. Iranian missiles hit a building in Haifa on Tuesday, killing four \
         people.",
    );
    let killing = find(&found, "killing");
    assert!(takes(killing, "Israel", Role::Target), "{found:#?}");
    // Fighting between the two sides leaves the losses' side open.
    let found = mentions(
        "Israel and Iran traded strikes for a week. Israeli officials said Iran fired missiles \
         at Israel again. Heavy fighting broke out on Tuesday, killing four people.",
    );
    let killing = find(&found, "killing");
    assert!(
        !killing.participants.iter().any(|p| p.role == Role::Target),
        "{found:#?}"
    );
}

#[test]
fn a_name_a_relative_clause_describes_is_the_speaker_not_a_name_inside_the_clause() {
    let found = mentions(
        "Eritrea, which observers say arms the TPLF, has denied the reports. Norway, \
         which mediated between Ethiopia and the TPLF, said it was alarmed.",
    );
    assert_eq!(actors(find(&found, "denied"), Role::Speaker), ["Eritrea"]);
    assert_eq!(actors(find(&found, "said"), Role::Speaker), ["Norway"]);
}

#[test]
fn a_word_inside_a_joining_phrase_is_not_an_event() {
    let found = mentions(
        "Ethiopian jets bombed Mekelle on Monday in retaliation for an attack on a base. \
         The TPLF vowed retaliation.",
    );
    // The joining phrase names no threat; the vow, in the second sentence, does.
    let retaliation: Vec<&Mention> = found.iter().filter(|m| m.text == "retaliation").collect();
    assert_eq!(retaliation.len(), 1, "{found:#?}");
    assert_eq!(retaliation[0].kind, EventKind::Threat);
    assert!(retaliation[0].sentence.start > 70, "{found:#?}");
    assert_eq!(find(&found, "jets bombed").kind, EventKind::Airstrike);
}

#[test]
fn talks_called_off_did_not_take_place_and_talks_put_off_are_still_to_come() {
    let found = mentions(
        "A new round of talks hosted by Kenya, scheduled for Monday in Nairobi, was called \
         off. Talks in Addis Ababa set for next week were postponed, diplomats said. Norway \
         called off the next session. The mediators put off the negotiations until March.",
    );
    assert_eq!(find(&found, "round of talks").modality, Modality::Negated);
    assert_eq!(find(&found, "Talks").modality, Modality::Planned);
    assert_eq!(find(&found, "session").modality, Modality::Negated);
    assert_eq!(find(&found, "negotiations").modality, Modality::Planned);
    // Talks that went ahead are not touched by a cancellation told of something else.
    let found = mentions("The talks opened in Nairobi on Monday after a flight was cancelled.");
    assert_eq!(find(&found, "talks").modality, Modality::Happened);
}

#[test]
fn a_date_in_the_words_that_describe_an_event_noun_is_that_events() {
    let found = mentions(
        "A truce brokered in Nairobi in March has been broken repeatedly, aid groups say.",
    );
    let truce = find(&found, "truce");
    assert_eq!(day(truce.when.earliest).as_deref(), Some("2025-03-01"));
    assert_eq!(day(truce.when.latest).as_deref(), Some("2025-03-31"));
    // Past a word of order, the date is another event's, which came first.
    let found =
        mentions("A truce declared after last month's floods has been broken, aid groups say.");
    let truce = find(&found, "truce");
    assert_eq!(day(truce.when.earliest).as_deref(), Some("2025-09-01"));
    assert_ne!(day(truce.when.latest).as_deref(), Some("2025-09-30"));
}

#[test]
fn the_war_that_frames_an_event_does_not_take_its_date() {
    let found = mentions(
        "Ethiopian jets carried out the heaviest airstrikes of the war on Sunday, killing 30 \
         people in Tigray.",
    );
    let strikes = find(&found, "airstrikes");
    assert_eq!(day(strikes.when.earliest).as_deref(), Some("2025-10-19"));
    let war = find(&found, "war");
    assert_eq!(war.when.earliest, None, "{war:#?}");
    // The war's own clause still dates it, and so does a part of its own time.
    let found = mentions("It was the first truce of the war, which began on November 4.");
    assert_eq!(
        day(find(&found, "war").when.earliest).as_deref(),
        Some("2024-11-04")
    );
    let found = mentions("Families fled on the third day of the war, on June 15.");
    assert_eq!(
        day(find(&found, "war").when.earliest).as_deref(),
        Some("2025-06-15")
    );
}

#[test]
fn a_deal_to_be_monitored_is_in_place_and_a_round_not_scheduled_is_not_planned() {
    let found = mentions(
        "African Union observers will monitor the agreement. The two sides will sign a \
         new agreement next week. A fourth round of talks has not been scheduled.",
    );
    let agreements: Vec<Modality> = found
        .iter()
        .filter(|m| m.kind == EventKind::Agreement)
        .map(|m| m.modality)
        .collect();
    assert_eq!(
        agreements,
        [Modality::Happened, Modality::Planned],
        "{found:#?}"
    );
    assert_eq!(find(&found, "round of talks").modality, Modality::Negated);
}

#[test]
fn a_capital_after_a_verb_that_takes_on_is_addressed_not_a_place() {
    let found = mentions(
        "Ethiopia accused Eritrea of breaking the truce and called on Washington to \
         intervene. Raids on the border had increased pressure on Addis Ababa.",
    );
    assert_eq!(find(&found, "truce").place, None, "{found:#?}");
    assert_eq!(find(&found, "Raids").place, None, "{found:#?}");
    // "on" still places what happens on a border or a front.
    let found = mentions("Heavy fighting raged on the Durand Line.");
    assert_eq!(
        find(&found, "fighting")
            .place
            .as_ref()
            .map(|p| p.name.as_str()),
        Some("Durand Line")
    );
}

#[test]
fn who_launched_strikes_described_at_length_attacked() {
    let found = mentions(
        "Ethiopia launched one of its heaviest drone and missile strikes on Tigray overnight.",
    );
    let strikes = found
        .iter()
        .find(|m| m.kind == EventKind::Airstrike)
        .expect("the strikes");
    assert_eq!(actors(strikes, Role::Attacker), ["Ethiopia"], "{found:#?}");
}

#[test]
fn a_group_that_watches_is_a_source_and_a_clause_after_a_noun_is_not_its_subject() {
    let found = mentions(
        "A monitoring group said army jets bombed a market near Gondar on Saturday. The \
         government extended the truce, even as rights groups reported fresh air raids.",
    );
    assert_eq!(
        source(find(&found, "jets bombed")).map(|(s, _)| s),
        Some("A monitoring group")
    );
    assert_eq!(
        source(find(&found, "air raids")).map(|(s, _)| s),
        Some("rights groups")
    );
    let found = mentions(
        "Ethiopia wants guarantees against the TPLF, the armed group it blames for a wave of \
         attacks on its soldiers.",
    );
    assert_eq!(source(find(&found, "attacks")), None, "{found:#?}");
}

#[test]
fn what_is_told_as_done_was_done_by_the_reports_day() {
    let found = mentions(
        "The government said it would extend the truce until November 30, even as rights \
         groups reported fresh air raids.",
    );
    let raids = find(&found, "air raids");
    assert_eq!(raids.modality, Modality::Happened);
    assert_eq!(day(raids.when.latest).as_deref(), Some("2025-10-20"));
}

#[test]
fn a_warning_of_what_would_come_was_made() {
    let found = mentions("The rebels warned that they would respond to any offensive.");
    assert_eq!(find(&found, "warned").modality, Modality::Happened);
    // A noun's own predicate still tells what is to come.
    let found = mentions("The talks will resume in Nairobi.");
    assert_eq!(find(&found, "talks").modality, Modality::Planned);
}

#[test]
fn a_name_right_after_a_quotation_is_who_is_quoted() {
    let found = mentions("\"The rebels have chosen war,\" Okello wrote on X.");
    assert_eq!(source(find(&found, "war")).map(|(s, _)| s), Some("Okello"));
    // An opening quotation names no one: "We" is inside it, and the quotation is the
    // official's, who speaks after it.
    let found = mentions(
        "A Kenyan official was guarded. \"We have a truce that both sides now say they will \
         respect. Let us see,\" he said.",
    );
    assert_eq!(
        find(&found, "said").kind,
        EventKind::Statement,
        "{found:#?}"
    );
}

#[test]
fn a_stretch_of_time_before_a_subject_and_a_capital_before_a_peace_deal() {
    let text = "Kenya accused Somalia on Thursday of massing troops, days after Jubaland \
                officials warned that the Nairobi peace deal was close to collapse.";
    let found = mentions(text);
    let warned = find(&found, "warned");
    assert_eq!(
        actors(warned, Role::Speaker),
        ["Jubaland officials"],
        "{found:#?}"
    );
    // The capital says where the deal was made; it names no party to it.
    let deal = find(&found, "deal");
    assert_eq!(
        deal.place.as_ref().map(|p| p.name.as_str()),
        Some("Nairobi")
    );
    let nairobi = deal.place.as_ref().map(|p| p.span.start);
    assert!(
        deal.participants
            .iter()
            .all(|p| Some(p.span.start) != nairobi),
        "{deal:#?}"
    );
}

#[test]
fn a_date_in_a_relative_clause_about_someone_is_not_the_main_verbs() {
    let found = mentions(
        "The African Union, which brokered the Nairobi agreement in November 2022, said on \
         the phone that it was deeply concerned.",
    );
    let said = find(&found, "said");
    assert_ne!(
        day(said.when.earliest).as_deref(),
        Some("2022-11-01"),
        "{said:#?}"
    );
    assert_eq!(day(said.when.latest).as_deref(), Some("2025-10-20"));
    // The relative clause's own event keeps it.
    assert_eq!(
        day(find(&found, "agreement").when.earliest).as_deref(),
        Some("2022-11-01")
    );
}

#[test]
fn an_alliance_speaks_but_the_summit_named_after_it_is_no_side() {
    let found =
        mentions("NATO, which has 3,800 peacekeepers in Kosovo, urged restraint on Friday.");
    assert_eq!(actors(find(&found, "urged"), Role::Speaker), ["NATO"]);
    let found = mentions(
        "He said Washington had brokered the truce, and he told reporters at a NATO summit in The Hague that both sides had violated it.",
    );
    for trigger in ["truce", "summit"] {
        let mention = find(&found, trigger);
        assert!(
            mention.participants.iter().all(|p| p.actor != "NATO"),
            "{trigger}: {:?}",
            mention.participants
        );
    }
}

#[test]
fn a_body_s_envoy_mediates_and_a_country_s_is_a_side() {
    let found = mentions("The UN envoy will hold talks with both sides in Geneva next week.");
    let talks = find(&found, "talks");
    assert_eq!(actors(talks, Role::Mediator), ["United Nations"]);
    assert!(
        actors(talks, Role::Party).is_empty(),
        "{:?}",
        talks.participants
    );
    let found = mentions("Pakistan's envoy held talks with Afghan officials in Kabul on Monday.");
    let talks = find(&found, "talks");
    assert!(
        actors(talks, Role::Mediator).is_empty(),
        "{:?}",
        talks.participants
    );
    assert!(actors(talks, Role::Party).contains(&"Pakistan"));
}

#[test]
fn an_undated_report_dates_its_statements_by_the_last_day_it_names() {
    // No front matter: the report was written on the last day its own clauses date
    // something done on ("said on Monday, March 3"), and its statements that no date
    // reaches were made on it, as a dated report's are made on its day. A plan to meet "next
    // week", even read as done, names no one day.
    let found = extract(&super::report(
        "Rebel leaders say truce held overnight\n\n\
         ADEN - The rebel council said on Monday, March 3, 2025, that the ceasefire with the \
         government had begun at dawn on Saturday and that its fighters had respected it ever \
         since, and it accused the army of shelling two villages in the first hours.\n\n\
         Council spokesman Ahmed Saleh said government artillery had shelled positions near \
         the port after the deadline. He rejected army claims that drones had been launched \
         from rebel areas.\n\n\
         The two sides agreed to meet again next week in Muscat, where mediators hope to turn \
         the truce into a lasting agreement.",
        "",
    ))
    .mentions;
    for trigger in ["said", "rejected"] {
        let said = found.iter().rfind(|m| m.text == trigger).expect(trigger);
        assert_eq!(
            day(said.when.earliest).as_deref(),
            Some("2025-03-03"),
            "{trigger}"
        );
        assert_eq!(
            day(said.when.latest).as_deref(),
            Some("2025-03-03"),
            "{trigger}"
        );
    }
}

#[test]
fn what_its_clause_dates_after_publication_is_still_to_come() {
    // "agreed to meet again next week": no cue of a plan, but a report cannot tell as done
    // what lies after its day. A truce dated by its end stays in force.
    let found = mentions(
        "The two delegations agreed to meet again next week in Muscat. The truce is due to \
         expire on October 25.",
    );
    assert_eq!(find(&found, "meet").modality, Modality::Planned);
    assert_eq!(find(&found, "truce").modality, Modality::Happened);
}

#[test]
fn ground_taken_is_a_battle_and_people_taken_are_not() {
    // A place after "took", "seized", "captured" or "taken" is ground changing hands, which
    // ACLED codes as a battle; people, power and parts are not ground, nor is a name taken
    // where no fighting is told (a takeover).
    let found = mentions(
        "The tycoon took Polly Peck in 1980. Rebels seized the airport on Friday. The army \
         had taken Kavumu, officials said. \
         Troops captured soldiers and seized weapons. He took part in talks that took place \
         in Doha. Police took Palestinian youths into custody.",
    );
    let clashes: Vec<&str> = found
        .iter()
        .filter(|m| m.kind == EventKind::ArmedClash)
        .map(|m| m.text.as_str())
        .collect();
    assert_eq!(clashes, ["seized", "taken"]);
    // The place taken is where it happened.
    let taken = find(&found, "taken")
        .place
        .as_ref()
        .map(|p| p.name.as_str());
    assert_eq!(taken, Some("Kavumu"));
}

#[test]
fn ground_taken_is_not_the_war_named_after_it() {
    // A capture is one battle of a war: "the war" after it is the war told before, not the
    // capture.
    let found = extract(&super::report(
        "The war began on September 27. On November 8, Aliyev announced that his forces \
         had taken Shusha. Two days later the war was over.",
        "2025-10-20",
    ));
    let at = |text: &str| {
        found
            .mentions
            .iter()
            .rposition(|m| m.text == text)
            .expect(text)
    };
    let (taken, last_war) = (at("taken"), at("war"));
    let same = |a: usize, b: usize| {
        found.relations.iter().any(|r| {
            r.kind == chronicle::RelationKind::SameEvent && (r.from, r.to) == (a.min(b), a.max(b))
        })
    };
    assert!(!same(taken, last_war));
    assert!(
        found
            .relations
            .iter()
            .any(|r| { r.kind == chronicle::RelationKind::SameEvent && r.to == last_war })
    );
}

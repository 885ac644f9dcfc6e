//! The results, answer first: a headline of what can be proposed now (how many, which),
//! then the awards that can be proposed, then those not yet reached (each with what is
//! missing and the earliest year on its first lines), then — apart and not counted —
//! closed review rounds, awards with no rule in force and those that need a manual
//! review. While nothing deciding has been entered, every award shows a neutral
//! "not entered" state. Everything said about an award comes from the engine.

use std::rc::Rc;

use yew::prelude::*;

use super::i18n::{self, tr};
use super::result_item::result_item;
use crate::rules::determination::{Determination, Outcome};
use crate::rules::{Evaluation, InputError, Lang, Profile, Text};

pub use super::result_item::outcome_icon;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub result: Rc<Result<Evaluation, Vec<InputError>>>,
    pub lang: Lang,
    /// A heading other than "Kết quả kiểm tra" (the unit view uses its own).
    #[prop_or_default]
    pub title: Option<&'static str>,
    /// `false` while nothing that decides an award has been entered.
    #[prop_or(true)]
    pub entered: bool,
}

/// Whether anything that decides an award has been entered: a rating (own, party or
/// discipline) of some year, an initiative, an award received. A name, a date or a
/// ticked declaration alone leave the results in their neutral "not entered" state —
/// an empty form is not a list of refusals. A row added and not filled in yet
/// (`is_blank`) counts as nothing entered.
pub fn entered(p: &Profile) -> bool {
    p.years
        .iter()
        .any(|y| y.rating.is_some() || y.party_rating.is_some() || y.discipline.is_some())
        || p.achievements.iter().any(|a| !a.is_blank())
        || p.awards_received.iter().any(|a| !a.is_blank())
}

/// Where an award goes in the results.
#[derive(Clone, Debug, PartialEq)]
pub enum Place {
    /// Eligible and open: can be proposed now (counted in the headline).
    Now,
    /// Not eligible or not enough data: what is missing and when.
    NotYet,
    /// Shown apart, not counted: a closed review round (with the words saying so), no
    /// rule in force, or a manual review.
    Apart(Option<Text>),
}

/// Where each award goes. What can be proposed now is the engine's one definition
/// (`Determination::can_propose_now`: eligible and not in a closed round); a closed
/// round (rule book §6.1) is shown apart with the engine's words for it.
pub fn place(d: &Determination) -> Place {
    if let Some(closed) = &d.closed_round {
        return Place::Apart(Some(closed.text.clone()));
    }
    if d.can_propose_now() {
        return Place::Now;
    }
    match d.outcome {
        Outcome::Eligible => Place::Now,
        Outcome::NotEligible | Outcome::Undetermined => Place::NotYet,
        Outcome::NotInForce | Outcome::ManualReview => Place::Apart(None),
    }
}

/// The awards that can be proposed now, in the engine's order (`Evaluation::proposable`).
pub fn proposable_now(ev: &Evaluation) -> Vec<&Determination> {
    ev.proposable().collect()
}

fn headline(ev: &Evaluation, lang: Lang, entered: bool) -> Html {
    if !entered {
        return html! {
            <div class="headline neutral" id="results-headline">
                <p class="headline-main">{ tr(lang, i18n::HEADLINE_EMPTY) }</p>
            </div>
        };
    }
    let now = proposable_now(ev);
    let basis = ev
        .legal_basis
        .as_ref()
        .map(|t| t.get(lang).to_string())
        .unwrap_or_else(|| "—".into());
    html! {
        <div class="headline" data-some={(!now.is_empty()).then_some("1")} id="results-headline">
            if now.is_empty() {
                <p class="headline-main">{ tr(lang, i18n::HEADLINE_NONE) }{ " " }{ ev.evaluation_year }{ "." }</p>
            } else {
                <p class="headline-main">
                    { tr(lang, i18n::HEADLINE_NOW) }{ " " }{ ev.evaluation_year }{ ": " }
                    <strong class="count">{ now.len() }</strong>
                </p>
                <ul class="headline-names">{ for now.iter().map(|d| html! {
                    <li><a href={format!("#award-{}", d.award)}>{ d.name.get(lang) }</a></li>
                }) }</ul>
            }
            <p class="headline-basis">{ tr(lang, i18n::LEGAL_BASIS) }{ ": " }{ basis }</p>
        </div>
    }
}

fn group(id: &str, title: &str, items: Html) -> Html {
    html! {
        <div class="group" id={id.to_string()}>
            <h3>{ title }</h3>
            <ul class="awards">{ items }</ul>
        </div>
    }
}

#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let lang = props.lang;
    let body = match &*props.result {
        // Issue 12 (helper C1): the problems are listed and linked at the top of the form;
        // here only how many, with a link there (no program paths on screen).
        Err(errors) => super::error_summary::error_count(lang, errors.len()),
        Ok(ev) => {
            let placed: Vec<(&Determination, Place)> =
                ev.determinations.iter().map(|d| (d, place(d))).collect();
            let entered = props.entered;
            let items = |want: fn(&Place) -> bool| -> Vec<Html> {
                placed
                    .iter()
                    .filter(|(_, p)| want(p))
                    .map(|(d, p)| {
                        let apart = match p {
                            Place::Apart(t) => t.as_ref(),
                            _ => None,
                        };
                        result_item(d, lang, apart, entered)
                    })
                    .collect()
            };
            let now = items(|p| *p == Place::Now);
            let not_yet = items(|p| *p == Place::NotYet);
            let apart = items(|p| matches!(p, Place::Apart(_)));
            html! {
                <>
                    <div aria-live="polite" aria-atomic="true">{ headline(ev, lang, entered) }</div>
                    { for ev.notices.iter().map(|n| html! { <p class="notice" role="note">{ n.text.get(lang) }</p> }) }
                    if !ev.warnings.is_empty() {
                        <div class="warnings" role="note"><strong>{ tr(lang, i18n::WARNINGS) }</strong>
                            <ul>{ for ev.warnings.iter().map(|w| html! { <li>{ w.get(lang) }</li> }) }</ul></div>
                    }
                    if !now.is_empty() {
                        { group("group-now", tr(lang, i18n::GROUP_NOW), now.into_iter().collect()) }
                    }
                    if !not_yet.is_empty() {
                        { group("group-not-yet", tr(lang, if entered { i18n::GROUP_NOT_YET } else { i18n::GROUP_ALL }), not_yet.into_iter().collect()) }
                    }
                    if !apart.is_empty() {
                        { group("group-apart", tr(lang, i18n::GROUP_APART), apart.into_iter().collect()) }
                    }
                    <p class="disclaimer">{ tr(lang, i18n::DISCLAIMER) }</p>
                </>
            }
        }
    };
    html! {
        <section class="card results" id="results" tabindex="-1" aria-labelledby="sec-results">
            <h2 id="sec-results">{ props.title.unwrap_or(tr(lang, i18n::SEC_RESULTS)) }</h2>
            <p class="jump no-print"><a href="#toolbar" id="to-toolbar">{ tr(lang, i18n::TO_TOOLBAR) }</a>{ " · " }<a href="#form">{ tr(lang, i18n::TO_FORM) }</a></p>
            { body }
        </section>
    }
}

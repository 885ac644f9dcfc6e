//! Section 6 (a unit's section 4): the yes/no facts of `standards/facts.json` (the 2025
//! campaign's "100 % of tasks in the first 10 months", rule book §6.2, with Sở Ngoại vụ's
//! quota named as theirs) and the review period of each periodic review of the subject
//! (§6.1: the rule book's default, or a period the user chooses).
//!
//! Both lists come from the data: a new fact or periodic review appears here by itself.

use yew::prelude::*;

use super::fields::{field, input, yes_no};
use super::i18n::{self, tr};
use super::state::Action;
use super::error_summary::FieldErrors;
use super::state::State;
use crate::rules::facts::{Period, Subject};
use crate::rules::standards::Standards;

/// The section; a plain function called by the app (a component costs about 1 kB of wasm).
pub fn programme_facts(state: &UseReducerHandle<State>, errs: &FieldErrors) -> Html {
    let lang = state.lang;
    let std = Standards::get();
    let cur = state.current();
    let subject = cur.subject;
    // Periodic reviews of this subject with their default period (the latest version's).
    let reviews: Vec<(&'static str, &str, Period)> = std
        .awards
        .iter()
        .filter(|a| a.subject == subject)
        .filter_map(|a| a.versions.iter().rev().find_map(|v| v.review_period).map(|p| (a.id, a.name.get(lang), p)))
        .collect();
    let facts: Vec<Html> = std
        .facts
        .iter()
        .map(|f| {
            let id = format!("fact-{}", f.id);
            let fact = f.id.to_string();
            let s = state.clone();
            let on = Callback::from(move |e: Event| s.dispatch(Action::SetFact(fact.clone(), super::event_value(&e))));
            field(lang, &(f.text.vi, f.text.en), &id, None, errs, None, yes_no(lang, &id, on, cur.facts.get(f.id).copied(), errs))
        })
        .collect();
    let periods: Html = reviews
        .iter()
        .map(|(award, name, default)| {
            let chosen = cur.review_periods.get(*award).copied();
            let end = |to: bool| {
                let id = format!("review-{award}-{}", if to { "to" } else { "from" });
                let a = award.to_string();
                let s = state.clone();
                let on = Callback::from(move |e: Event| s.dispatch(Action::SetReviewPeriod(a.clone(), to, super::event_value(&e))));
                let value = chosen.map(|p| if to { p.to } else { p.from }.to_string()).unwrap_or_default();
                let control = input(&id, "number", Some("year"), value, on, errs);
                field(lang, if to { i18n::PERIOD_TO } else { i18n::PERIOD_FROM }, &id, None, errs, None, control)
            };
            html! {
                <fieldset key={*award} class="row" id={format!("review-{award}")}>
                    <legend>{ name }</legend>
                    <div class="row-fields">
                        { end(false) }
                        { end(true) }
                        <p class="hint">{ tr(lang, i18n::DEFAULT_PERIOD) }{ format!(": {}–{}", default.from, default.to) }</p>
                    </div>
                </fieldset>
            }
        })
        .collect();
    let collective = subject == Subject::Collective;
    html! {
        <section class="card" aria-labelledby="sec-programmes" id="programmes">
            <h2 id="sec-programmes">{ tr(lang, if collective { i18n::SEC_UNIT_PROGRAMMES } else { i18n::SEC_PROGRAMMES }) }</h2>
            if !facts.is_empty() {
                <p class="hint" id="campaign-quota">{ tr(lang, i18n::CAMPAIGN_HINT) }</p>
                { for facts }
            }
            if !reviews.is_empty() {
                <h3>{ tr(lang, i18n::REVIEW_PERIODS) }</h3>
                <p class="hint">{ tr(lang, i18n::REVIEW_PERIOD_HINT) }</p>
                <div class="rows">{ periods }</div>
            }
        </section>
    }
}

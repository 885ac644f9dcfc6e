//! Section 2: one row per year — rating, party rating, discipline.

use yew::prelude::*;

use super::i18n::{self, tr};
use super::state::Action;
use super::fields::{cell, head, labelled, remove_button, select, year_input, yes_no};
use super::{code, on_value, SectionProps};

#[component]
pub fn YearsTable(props: &SectionProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let cur = state.current();
    let party = match cur.subject {
        crate::rules::facts::Subject::Individual => {
            cur.person.as_ref().and_then(|p| p.party_member) == Some(true)
        }
        crate::rules::facts::Subject::Collective => {
            cur.unit.as_ref().and_then(|u| u.has_party_organisation) == Some(true)
        }
    };
    let set = |i: usize, field: &'static str| on_value(state, move |v| Action::SetYear(i, field, v));
    let rows: Html = state
        .current()
        .years
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let remove = {
                let s = state.clone();
                Callback::from(move |_| s.dispatch(Action::RemoveYear(i)))
            };
            let id = |f: &str| format!("year-{i}-{f}");
            let disc = row.discipline.as_ref();
            html! {
                <tr key={i}>
                    { cell(lang, i18n::YEAR, &id("year"), year_input(&id("year"), row.year.clone(), set(i, "year"))) }
                    { cell(lang, i18n::RATING, &id("rating"), select(lang, &id("rating"), set(i, "rating"), Some(i18n::NOT_RATED), &i18n::RATINGS, &code(&row.rating))) }
                    if party {
                        { cell(lang, i18n::PARTY_RATING, &id("party"), select(lang, &id("party"), set(i, "party_rating"), Some(i18n::NOT_RATED), &i18n::RATINGS, &code(&row.party_rating))) }
                    }
                    <td><label class="sr-only" for={id("discipline")}>{ tr(lang, i18n::DISCIPLINE) }</label>
                        { select(lang, &id("discipline"), set(i, "discipline"), Some(i18n::NONE), &i18n::DISCIPLINES, &code(&disc.map(|d| d.level))) }
                        if let Some(d) = disc {
                            { labelled(lang, i18n::DUTY_RELATED, &id("duty"), None, yes_no(lang, &id("duty"), set(i, "duty_related"), d.duty_related)) }
                        }
                    </td>
                    <td>{ remove_button(lang, remove, Some(format!("{} {}", tr(lang, i18n::REMOVE), row.year))) }</td>
                </tr>
            }
        })
        .collect();
    let add = {
        let s = state.clone();
        Callback::from(move |_| s.dispatch(Action::AddYear))
    };
    html! {
        <section class="card" aria-labelledby="sec-years">
            <h2 id="sec-years">{ tr(lang, if cur.subject == crate::rules::facts::Subject::Collective { i18n::SEC_UNIT_YEARS } else { i18n::SEC_YEARS }) }</h2>
            <div class="table-wrap" tabindex="0" role="group" aria-labelledby="sec-years">
                <table>
                    { head(lang, if party { &[i18n::YEAR, i18n::RATING, i18n::PARTY_RATING, i18n::DISCIPLINE] } else { &[i18n::YEAR, i18n::RATING, i18n::DISCIPLINE] }) }
                    <tbody>{ rows }</tbody>
                </table>
            </div>
            <button type="button" id="add-year" onclick={add}>{ tr(lang, i18n::ADD_YEAR) }</button>
        </section>
    }
}

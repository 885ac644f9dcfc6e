//! Section 2: one row per year — rating, party rating (a person's as a party member, a
//! unit's party organisation), the unit's mass organisations, discipline and its period.
//!
//! Rows are cards whose fields wrap (issue 12): every field is visible at 360 px and at
//! 1280 px with no sideways scrolling. A new row starts empty, with the focus on its year.

use yew::prelude::*;

use super::fields::{use_focus_after_render, date_field, field, add_row, remove_button, row_legend, select, year_input, yes_no};
use super::i18n::{self, tr};
use super::state::Action;
use super::{code, on_value, SectionProps};
use crate::rules::facts::Subject;

#[component]
pub fn YearsTable(props: &SectionProps) -> Html {
    let state = &props.state;
    let errs = &props.errors;
    let lang = state.lang;
    let cur = state.current();
    let collective = cur.subject == Subject::Collective;
    let party = if collective {
        cur.unit.as_ref().and_then(|u| u.has_party_organisation) == Some(true)
    } else {
        cur.person.as_ref().and_then(|p| p.party_member) == Some(true)
    };
    let mass = collective && cur.unit.as_ref().and_then(|u| u.has_mass_organisations) == Some(true);
    let focus_next = use_focus_after_render();
    let set = |i: usize, field: &'static str| on_value(state, move |v| Action::SetYear(i, field, v));
    let rows: Html = cur
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
            let remove_name = if row.year.trim().is_empty() {
                format!("{} {} {}", tr(lang, i18n::REMOVE), tr(lang, i18n::ROW), i + 1)
            } else {
                format!("{} {} {}", tr(lang, i18n::REMOVE), tr(lang, i18n::YEAR_NOUN), row.year.trim())
            };
            html! {
                <fieldset key={i} class="row">
                    { row_legend(lang, i) }
                    <div class="row-fields">
                        { field(lang, i18n::YEAR, &id("year"), None, errs, None, year_input(&id("year"), row.year.clone(), set(i, "year"), errs)) }
                        { field(lang, i18n::RATING, &id("rating"), None, errs, None, select(lang, &id("rating"), set(i, "rating"), Some(i18n::NOT_RATED), &i18n::RATINGS, &code(&row.rating), errs)) }
                        if party {
                            { field(lang, if collective { i18n::PARTY_ORG_RATING } else { i18n::PARTY_RATING }, &id("party"), None, errs, None,
                                select(lang, &id("party"), set(i, "party_rating"), Some(i18n::NOT_RATED), &i18n::RATINGS, &code(&row.party_rating), errs)) }
                        }
                        if mass {
                            { field(lang, i18n::MASS_RATING, &id("mass"), None, errs, None,
                                select(lang, &id("mass"), set(i, "mass_rating"), Some(i18n::NOT_RATED), &i18n::RATINGS, &code(&row.mass_organisation_rating), errs)) }
                        }
                        { field(lang, i18n::DISCIPLINE, &id("discipline"), None, errs, None,
                            select(lang, &id("discipline"), set(i, "discipline"), Some(i18n::NONE), &i18n::DISCIPLINES, &code(&disc.map(|d| d.level)), errs)) }
                        if let Some(d) = disc {
                            { field(lang, i18n::DUTY_RELATED, &id("duty"), None, errs, None, yes_no(lang, &id("duty"), set(i, "duty_related"), d.duty_related, errs)) }
                            { date_field(lang, i18n::DISC_FROM, &id("disc-from"), None, d.from.as_deref(), set(i, "disc_from"), errs) }
                            { date_field(lang, i18n::DISC_TO, &id("disc-to"), None, d.to.as_deref(), set(i, "disc_to"), errs) }
                        }
                    </div>
                    { remove_button(lang, remove, remove_name) }
                </fieldset>
            }
        })
        .collect();
    let n = cur.years.len();
    let add = add_row(state, &focus_next, format!("year-{n}-year"), || Action::AddYear);
    html! {
        <section class="card" aria-labelledby="sec-years" id="years">
            <h2 id="sec-years">{ tr(lang, if collective { i18n::SEC_UNIT_YEARS } else { i18n::SEC_YEARS }) }</h2>
            <div class="rows">{ rows }</div>
            <button type="button" id="add-year" onclick={add}>{ tr(lang, i18n::ADD_YEAR) }</button>
        </section>
    }
}

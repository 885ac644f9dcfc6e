//! Section 2: one row per year — rating, party rating, discipline.

use yew::prelude::*;

use super::i18n::{self, tr};
use super::state::Action;
use super::{code, on_value, options, tri_code, SectionProps};

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
                    <td><label class="sr-only" for={id("year")}>{ tr(lang, i18n::YEAR) }</label>
                        <input id={id("year")} class="year" type="text" inputmode="numeric" value={row.year.clone()} onchange={set(i, "year")} /></td>
                    <td><label class="sr-only" for={id("rating")}>{ tr(lang, i18n::RATING) }</label>
                        <select id={id("rating")} onchange={set(i, "rating")}>
                            <option value="" selected={row.rating.is_none()}>{ tr(lang, i18n::NOT_RATED) }</option>
                            { options(lang, &i18n::RATINGS, &code(&row.rating)) }
                        </select></td>
                    if party {
                        <td><label class="sr-only" for={id("party")}>{ tr(lang, i18n::PARTY_RATING) }</label>
                            <select id={id("party")} onchange={set(i, "party_rating")}>
                                <option value="" selected={row.party_rating.is_none()}>{ tr(lang, i18n::NOT_RATED) }</option>
                                { options(lang, &i18n::RATINGS, &code(&row.party_rating)) }
                            </select></td>
                    }
                    <td><label class="sr-only" for={id("discipline")}>{ tr(lang, i18n::DISCIPLINE) }</label>
                        <select id={id("discipline")} onchange={set(i, "discipline")}>
                            <option value="" selected={disc.is_none()}>{ tr(lang, i18n::NONE) }</option>
                            { options(lang, &i18n::DISCIPLINES, &code(&disc.map(|d| d.level))) }
                        </select>
                        if let Some(d) = disc {
                            <label for={id("duty")}>{ tr(lang, i18n::DUTY_RELATED) }
                                <select id={id("duty")} onchange={set(i, "duty_related")}>
                                    <option value="" selected={d.duty_related.is_none()}>{ tr(lang, i18n::NOT_ANSWERED) }</option>
                                    <option value="true" selected={tri_code(d.duty_related) == "true"}>{ tr(lang, i18n::YES) }</option>
                                    <option value="false" selected={tri_code(d.duty_related) == "false"}>{ tr(lang, i18n::NO) }</option>
                                </select></label>
                        }
                    </td>
                    <td><button type="button" class="secondary" onclick={remove} aria-label={format!("{} {}", tr(lang, i18n::REMOVE), row.year)}>{ tr(lang, i18n::REMOVE) }</button></td>
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
            <div class="table-wrap">
                <table>
                    <thead><tr>
                        <th scope="col">{ tr(lang, i18n::YEAR) }</th>
                        <th scope="col">{ tr(lang, i18n::RATING) }</th>
                        if party { <th scope="col">{ tr(lang, i18n::PARTY_RATING) }</th> }
                        <th scope="col">{ tr(lang, i18n::DISCIPLINE) }</th>
                        <th scope="col"><span class="sr-only">{ tr(lang, i18n::REMOVE) }</span></th>
                    </tr></thead>
                    <tbody>{ rows }</tbody>
                </table>
            </div>
            <button type="button" id="add-year" onclick={add}>{ tr(lang, i18n::ADD_YEAR) }</button>
        </section>
    }
}

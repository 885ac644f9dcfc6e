//! Section 1: the person and the proposal date.

use yew::prelude::*;

use super::i18n::{self, tr};
use super::state::Action;
use super::{code, on_value, options, tri_code, SectionProps};
use crate::rules::directory::unit_suggestions;

#[component]
pub fn PersonForm(props: &SectionProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let p = state.current();
    let person = p.person.clone().unwrap_or_default();
    let set = |field: &'static str| on_value(state, move |v| Action::SetPerson(field, v));
    let on_date = on_value(state, Action::SetProposalDate);
    let on_year = on_value(state, Action::SetEvaluationYear);
    let on_pending = on_value(state, Action::SetPending);
    let yes_no = |v: Option<bool>| {
        html! { <>
            <option value="" selected={v.is_none()}>{ tr(lang, i18n::NOT_ANSWERED) }</option>
            <option value="true" selected={v == Some(true)}>{ tr(lang, i18n::YES) }</option>
            <option value="false" selected={v == Some(false)}>{ tr(lang, i18n::NO) }</option>
        </> }
    };
    html! {
        <section class="card" aria-labelledby="sec-person">
            <h2 id="sec-person">{ tr(lang, i18n::SEC_PERSON) }</h2>
            <div class="grid">
                <label for="full_name">{ tr(lang, i18n::FULL_NAME) }
                    <input id="full_name" type="text" autocomplete="name" value={person.full_name.clone()} onchange={set("full_name")} />
                </label>
                <label for="unit">{ tr(lang, i18n::UNIT) }
                    <input id="unit" type="text" list="unit-suggestions" value={person.unit.clone()} onchange={set("unit")} aria-describedby="unit-hint" />
                    <small id="unit-hint">{ tr(lang, i18n::UNIT_HINT) }</small>
                    <datalist id="unit-suggestions">
                        { for unit_suggestions().into_iter().map(|u| html! { <option value={u.name} label={u.label.get(lang).to_string()} /> }) }
                    </datalist>
                </label>
                <label for="position">{ tr(lang, i18n::POSITION) }
                    <input id="position" type="text" value={person.position.clone()} onchange={set("position")} />
                </label>
                <label for="kind">{ tr(lang, i18n::PERSON_KIND) }
                    <select id="kind" onchange={set("kind")}>
                        <option value="" selected={person.kind.is_none()}>{ tr(lang, i18n::NOT_ANSWERED) }</option>
                        { options(lang, &i18n::KINDS, &code(&person.kind)) }
                    </select>
                </label>
                <label for="party_member">{ tr(lang, i18n::PARTY_MEMBER) }
                    <select id="party_member" onchange={set("party_member")} data-value={tri_code(person.party_member)}>{ yes_no(person.party_member) }</select>
                </label>
                <label for="recruitment_date">{ tr(lang, i18n::RECRUITMENT) }
                    <input id="recruitment_date" type="date" value={person.recruitment_date.clone().unwrap_or_default()} onchange={set("recruitment_date")} />
                </label>
                <label for="proposal_date">{ tr(lang, i18n::PROPOSAL_DATE) }
                    <input id="proposal_date" type="date" value={p.proposal_date.clone().unwrap_or_default()} onchange={on_date} />
                </label>
                <label for="evaluation_year">{ tr(lang, i18n::EVAL_YEAR) }
                    <input id="evaluation_year" type="number" min="2000" max="2100" inputmode="numeric" aria-describedby="eval-year-hint"
                        value={p.evaluation_year.map(|y| y.to_string()).unwrap_or_default()} onchange={on_year} />
                    <small id="eval-year-hint">{ tr(lang, i18n::EVAL_YEAR_HINT) }</small>
                </label>
                <label for="pending" class="wide">{ tr(lang, i18n::PENDING) }
                    <select id="pending" onchange={on_pending}>{ yes_no(p.pending_proceedings) }</select>
                </label>
            </div>
        </section>
    }
}

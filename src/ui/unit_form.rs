//! Unit view, section 1: the unit's name, whether it is also rated as a party
//! organisation, and the proposal date and year that every candidate is evaluated for.

use yew::prelude::*;

use super::i18n::{self, tr};
use super::state::Action;
use super::fields::{input, labelled, unit_datalist, yes_no};
use super::{on_value, SectionProps};

#[component]
pub fn UnitForm(props: &SectionProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let u = &state.unit;
    let info = u.unit.clone().unwrap_or_default();
    let set = |field: &'static str| on_value(state, move |v| Action::SetUnit(field, v));
    let on_date = on_value(state, Action::SetProposalDate);
    let on_year = on_value(state, Action::SetEvaluationYear);
    // Rule book §2a.1: the pending-matters bar holds for a collective too.
    let on_pending = on_value(state, Action::SetPending);
    html! {
        <section class="card" aria-labelledby="sec-unit">
            <h2 id="sec-unit">{ tr(lang, i18n::SEC_UNIT) }</h2>
            <div class="grid">
                <label for="unit_name">{ tr(lang, i18n::UNIT_NAME) }
                    <input id="unit_name" type="text" list="unit-suggestions-2" value={info.name.clone()} onchange={set("name")} />
                    { unit_datalist(lang, "unit-suggestions-2") }
                </label>
                { labelled(lang, i18n::HAS_PARTY_ORG, "unit_party", None, yes_no(lang, "unit_party", set("has_party_organisation"), info.has_party_organisation)) }
                { labelled(lang, i18n::PENDING, "unit_pending", None, yes_no(lang, "unit_pending", on_pending, u.pending_proceedings)) }
                { labelled(lang, i18n::PROPOSAL_DATE, "unit_proposal_date", None, input("unit_proposal_date", "date", None, u.proposal_date.clone().unwrap_or_default(), on_date)) }
                <label for="unit_evaluation_year">{ tr(lang, i18n::EVAL_YEAR) }
                    <input id="unit_evaluation_year" type="number" min="2000" max="2100" value={u.evaluation_year.map(|y| y.to_string()).unwrap_or_default()} onchange={on_year} />
                </label>
            </div>
        </section>
    }
}

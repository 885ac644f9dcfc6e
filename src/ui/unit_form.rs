//! Unit view, section 1: the unit's name, whether it is also rated as a party
//! organisation and has mass organisations (rule book §2), the pending flag (§2a.1), and
//! the proposal date and year that every candidate is evaluated for.

use yew::prelude::*;

use super::fields::{date_field, field, unit_datalist, yes_no};
use super::i18n::{self, tr};
use super::state::Action;
use super::{on_value, SectionProps};

/// A plain function, not a component (its props change on every dispatch anyway; issue
/// 13: each component type costs code in the browser).
pub fn unit_form(props: &SectionProps) -> Html {
    let state = &props.state;
    let errs = &props.errors;
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
                { field(lang, i18n::UNIT_NAME, "unit_name", None, errs, None, html! {
                    <>
                        <input id="unit_name" type="text" list="unit-suggestions-2" value={info.name.clone()} onchange={set("name")} />
                        { unit_datalist(lang, "unit-suggestions-2") }
                    </>
                }) }
                { field(lang, i18n::HAS_PARTY_ORG, "unit_party", None, errs, None, yes_no(lang, "unit_party", set("has_party_organisation"), info.has_party_organisation, errs)) }
                { field(lang, i18n::HAS_MASS_ORGS, "unit_mass", None, errs, None, yes_no(lang, "unit_mass", set("has_mass_organisations"), info.has_mass_organisations, errs)) }
                { field(lang, i18n::PENDING, "unit_pending", None, errs, None, yes_no(lang, "unit_pending", on_pending, u.pending_proceedings, errs)) }
                { date_field(lang, i18n::PROPOSAL_DATE, "unit_proposal_date", None, u.proposal_date.as_deref(), on_date, errs) }
                { field(lang, i18n::EVAL_YEAR, "unit_evaluation_year", None, errs, None, html! {
                    <input id="unit_evaluation_year" type="number" min="2000" max="2100" value={u.evaluation_year.map(|y| y.to_string()).unwrap_or_default()} onchange={on_year}
                        aria-invalid={errs.get("unit_evaluation_year").map(|_| "true")} aria-describedby={super::fields::described_by(errs, "unit_evaluation_year", false)} />
                }) }
            </div>
        </section>
    }
}

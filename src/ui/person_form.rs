//! Section 1: the person and the proposal date. Dates are typed dd/mm/yyyy (issue 12);
//! the date continuous work began is labelled as the rule book §2 words it.

use yew::prelude::*;

use super::fields::{date_field, described_by, field, input, select, unit_datalist, yes_no};
use super::i18n::{self, tr};
use super::state::Action;
use super::{code, on_value, SectionProps};

/// A plain function, not a component (its props change on every dispatch anyway; issue
/// 13: each component type costs code in the browser).
pub fn person_form(props: &SectionProps) -> Html {
    let state = &props.state;
    let errs = &props.errors;
    let lang = state.lang;
    let p = state.current();
    let person = p.person.clone().unwrap_or_default();
    let set = |field: &'static str| on_value(state, move |v| Action::SetPerson(field, v));
    let on_date = on_value(state, Action::SetProposalDate);
    let on_year = on_value(state, Action::SetEvaluationYear);
    let on_pending = on_value(state, Action::SetPending);
    html! {
        <section class="card" aria-labelledby="sec-person">
            <h2 id="sec-person">{ tr(lang, i18n::SEC_PERSON) }</h2>
            <div class="grid">
                { field(lang, i18n::FULL_NAME, "full_name", None, errs, None, html! {
                    <input id="full_name" type="text" autocomplete="name" value={person.full_name.clone()} onchange={set("full_name")} />
                }) }
                { field(lang, i18n::UNIT, "unit", None, errs, Some(i18n::UNIT_HINT), html! {
                    <>
                        <input id="unit" type="text" list="unit-suggestions" value={person.unit.clone()} onchange={set("unit")} aria-describedby="unit-hint" />
                        { unit_datalist(lang, "unit-suggestions") }
                    </>
                }) }
                { field(lang, i18n::POSITION, "position", None, errs, None, input("position", "text", None, person.position.clone(), set("position"), errs)) }
                { field(lang, i18n::PERSON_KIND, "kind", None, errs, None, select(lang, "kind", set("kind"), Some(i18n::NOT_ANSWERED), &i18n::KINDS, &code(&person.kind), errs)) }
                { field(lang, i18n::PARTY_MEMBER, "party_member", None, errs, None, yes_no(lang, "party_member", set("party_member"), person.party_member, errs)) }
                { date_field(lang, i18n::RECRUITMENT, "recruitment_date", None, person.recruitment_date.as_deref(), set("recruitment_date"), errs) }
                { date_field(lang, i18n::CONTINUOUS_WORK, "continuous_work_from", Some("wide"), person.continuous_work_from.as_deref(), set("continuous_work_from"), errs) }
                { date_field(lang, i18n::BIRTH_DATE, "birth_date", None, person.birth_date.as_deref(), set("birth_date"), errs) }
                <div class="field wide">
                    <label for="duties">{ tr(lang, i18n::DUTIES) }</label>
                    <textarea id="duties" rows="3" value={person.duties.clone()} onchange={set("duties")} />
                </div>
                { date_field(lang, i18n::PROPOSAL_DATE, "proposal_date", None, p.proposal_date.as_deref(), on_date, errs) }
                { field(lang, i18n::EVAL_YEAR, "evaluation_year", None, errs, Some(i18n::EVAL_YEAR_HINT), html! {
                    <input id="evaluation_year" type="number" min="2000" max="2100" inputmode="numeric" aria-describedby={described_by(errs, "evaluation_year", true)}
                        aria-invalid={errs.get("evaluation_year").map(|_| "true")}
                        value={p.evaluation_year.map(|y| y.to_string()).unwrap_or_default()} onchange={on_year} />
                }) }
                { field(lang, i18n::PENDING, "pending", Some("wide"), errs, None, yes_no(lang, "pending", on_pending, p.pending_proceedings, errs)) }
            </div>
        </section>
    }
}

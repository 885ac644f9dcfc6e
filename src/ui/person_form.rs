//! Section 1: the person and the proposal date.

use yew::prelude::*;

use super::i18n::{self, tr};
use super::state::Action;
use super::fields::{input, labelled, select, unit_datalist, yes_no};
use super::{code, on_value, SectionProps};

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
                    { unit_datalist(lang, "unit-suggestions") }
                </label>
                { labelled(lang, i18n::POSITION, "position", None, input("position", "text", None, person.position.clone(), set("position"))) }
                { labelled(lang, i18n::PERSON_KIND, "kind", None, select(lang, "kind", set("kind"), Some(i18n::NOT_ANSWERED), &i18n::KINDS, &code(&person.kind))) }
                { labelled(lang, i18n::PARTY_MEMBER, "party_member", None, yes_no(lang, "party_member", set("party_member"), person.party_member)) }
                { labelled(lang, i18n::RECRUITMENT, "recruitment_date", None, input("recruitment_date", "date", None, person.recruitment_date.clone().unwrap_or_default(), set("recruitment_date"))) }
                { labelled(lang, i18n::BIRTH_DATE, "birth_date", None, input("birth_date", "date", None, person.birth_date.clone().unwrap_or_default(), set("birth_date"))) }
                <label for="duties" class="wide">{ tr(lang, i18n::DUTIES) }
                    <textarea id="duties" rows="3" value={person.duties.clone()} onchange={set("duties")} />
                </label>
                { labelled(lang, i18n::PROPOSAL_DATE, "proposal_date", None, input("proposal_date", "date", None, p.proposal_date.clone().unwrap_or_default(), on_date)) }
                <label for="evaluation_year">{ tr(lang, i18n::EVAL_YEAR) }
                    <input id="evaluation_year" type="number" min="2000" max="2100" inputmode="numeric" aria-describedby="eval-year-hint"
                        value={p.evaluation_year.map(|y| y.to_string()).unwrap_or_default()} onchange={on_year} />
                    <small id="eval-year-hint">{ tr(lang, i18n::EVAL_YEAR_HINT) }</small>
                </label>
                { labelled(lang, i18n::PENDING, "pending", Some("wide"), yes_no(lang, "pending", on_pending, p.pending_proceedings)) }
            </div>
        </section>
    }
}

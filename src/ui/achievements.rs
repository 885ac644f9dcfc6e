//! Section 3: initiatives and research, with year, scope and effective application.

use yew::prelude::*;

use super::i18n::{self, tr};
use super::state::Action;
use super::fields::{input, labelled, remove_button, select, year_input, yes_no};
use super::{code, on_value, SectionProps};

#[component]
pub fn Achievements(props: &SectionProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let set = |i: usize, field: &'static str| on_value(state, move |v| Action::SetAchievement(i, field, v));
    let rows: Html = state
        .current()
        .achievements
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let remove = {
                let s = state.clone();
                Callback::from(move |_| s.dispatch(Action::RemoveAchievement(i)))
            };
            let id = |f: &str| format!("ach-{i}-{f}");
            html! {
                <fieldset key={i} class="row">
                    <legend class="sr-only">{ format!("{} {}", tr(lang, i18n::SEC_ACHIEVEMENTS), i + 1) }</legend>
                    { labelled(lang, i18n::ACH_KIND, &id("kind"), None, select(lang, &id("kind"), set(i, "kind"), None, &i18n::ACH_KINDS, &code(&Some(a.kind)))) }
                    { labelled(lang, i18n::ACH_TITLE, &id("title"), Some("grow"), input(&id("title"), "text", None, a.title.clone(), set(i, "title"))) }
                    { labelled(lang, i18n::ACH_YEAR, &id("year"), None, year_input(&id("year"), a.year.clone(), set(i, "year"))) }
                    { labelled(lang, i18n::SCOPE, &id("scope"), None, select(lang, &id("scope"), set(i, "scope"), None, &i18n::SCOPES, &code(&Some(a.scope)))) }
                    { labelled(lang, i18n::APPLIED, &id("applied"), None, yes_no(lang, &id("applied"), set(i, "applied"), a.applied)) }
                    { remove_button(lang, remove, None) }
                </fieldset>
            }
        })
        .collect();
    let add = {
        let s = state.clone();
        Callback::from(move |_| s.dispatch(Action::AddAchievement))
    };
    html! {
        <section class="card" aria-labelledby="sec-ach">
            <h2 id="sec-ach">{ tr(lang, i18n::SEC_ACHIEVEMENTS) }</h2>
            { rows }
            <button type="button" id="add-achievement" onclick={add}>{ tr(lang, i18n::ADD_ACHIEVEMENT) }</button>
        </section>
    }
}

//! Section 3: initiatives and research, with year, scope and effective application.

use yew::prelude::*;

use super::i18n::{self, tr};
use super::state::Action;
use super::{code, on_value, options, tri_code, SectionProps};

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
                    <label for={id("kind")}>{ tr(lang, i18n::ACH_KIND) }
                        <select id={id("kind")} onchange={set(i, "kind")}>{ options(lang, &i18n::ACH_KINDS, &code(&Some(a.kind))) }</select></label>
                    <label for={id("title")} class="grow">{ tr(lang, i18n::ACH_TITLE) }
                        <input id={id("title")} type="text" value={a.title.clone()} onchange={set(i, "title")} /></label>
                    <label for={id("year")}>{ tr(lang, i18n::ACH_YEAR) }
                        <input id={id("year")} class="year" type="text" inputmode="numeric" value={a.year.clone()} onchange={set(i, "year")} /></label>
                    <label for={id("scope")}>{ tr(lang, i18n::SCOPE) }
                        <select id={id("scope")} onchange={set(i, "scope")}>{ options(lang, &i18n::SCOPES, &code(&Some(a.scope))) }</select></label>
                    <label for={id("applied")}>{ tr(lang, i18n::APPLIED) }
                        <select id={id("applied")} onchange={set(i, "applied")}>
                            <option value="" selected={a.applied.is_none()}>{ tr(lang, i18n::NOT_ANSWERED) }</option>
                            <option value="true" selected={tri_code(a.applied) == "true"}>{ tr(lang, i18n::YES) }</option>
                            <option value="false" selected={tri_code(a.applied) == "false"}>{ tr(lang, i18n::NO) }</option>
                        </select></label>
                    <button type="button" class="secondary" onclick={remove}>{ tr(lang, i18n::REMOVE) }</button>
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

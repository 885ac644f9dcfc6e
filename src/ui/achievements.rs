//! Section 3: initiatives and research, with year, scope, effective application and the
//! award each was already used for (rule book §2a.4: one initiative, one use).
//!
//! Rows are cards (issue 12); a new row starts with no year and no title — it counts for
//! nothing until filled in — and takes the focus.

use yew::prelude::*;

use super::awards_received::choices;
use super::fields::{use_focus_after_render, field, add_row, input, remove_button, remove_label, row_legend, select, year_input, yes_no};
use super::i18n::{self, tr};
use super::state::Action;
use super::{code, on_value, SectionProps};
use crate::rules::standards::Standards;

#[component]
pub fn Achievements(props: &SectionProps) -> Html {
    let state = &props.state;
    let errs = &props.errors;
    let lang = state.lang;
    let cur = state.current();
    let focus_next = use_focus_after_render();
    let awards = choices(Standards::get(), cur.subject, lang);
    let set = |i: usize, field: &'static str| on_value(state, move |v| Action::SetAchievement(i, field, v));
    let rows: Html = cur
        .achievements
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let remove = {
                let s = state.clone();
                Callback::from(move |_| s.dispatch(Action::RemoveAchievement(i)))
            };
            let id = |f: &str| format!("ach-{i}-{f}");
            let used = a.used_for.as_ref().map(|u| u.award.as_str()).unwrap_or("");
            let used_select = html! {
                <select id={id("used")} onchange={set(i, "used_award")}>
                    <option value="" selected={used.is_empty()}>{ tr(lang, i18n::NOT_USED) }</option>
                    { for awards.iter().map(|(v, n)| html! { <option value={v.clone()} selected={v == used}>{ n }</option> }) }
                </select>
            };
            html! {
                <fieldset key={i} class="row">
                    { row_legend(lang, i) }
                    <div class="row-fields">
                        { field(lang, i18n::ACH_KIND, &id("kind"), None, errs, None, select(lang, &id("kind"), set(i, "kind"), Some(i18n::CHOOSE), &i18n::ACH_KINDS, &code(&a.kind), errs)) }
                        { field(lang, i18n::ACH_TITLE, &id("title"), Some("grow"), errs, None, input(&id("title"), "text", None, a.title.clone(), set(i, "title"), errs)) }
                        { field(lang, i18n::ACH_YEAR, &id("year"), None, errs, None, year_input(&id("year"), a.year.clone(), set(i, "year"), errs)) }
                        { field(lang, i18n::SCOPE, &id("scope"), None, errs, None, select(lang, &id("scope"), set(i, "scope"), Some(i18n::CHOOSE), &i18n::SCOPES, &code(&a.scope), errs)) }
                        { field(lang, i18n::APPLIED, &id("applied"), None, errs, None, yes_no(lang, &id("applied"), set(i, "applied"), a.applied, errs)) }
                        { field(lang, i18n::USED_FOR, &id("used"), Some("grow"), errs, None, used_select) }
                        if let Some(u) = &a.used_for {
                            { field(lang, i18n::USED_YEAR, &id("used-year"), None, errs, None, year_input(&id("used-year"), u.year.clone(), set(i, "used_year"), errs)) }
                        }
                    </div>
                    { remove_button(lang, remove, remove_label(lang, i18n::ACH_NOUN, i)) }
                </fieldset>
            }
        })
        .collect();
    let n = cur.achievements.len();
    let add = add_row(state, &focus_next, format!("ach-{n}-kind"), || Action::AddAchievement);
    html! {
        <section class="card" aria-labelledby="sec-ach" id="achievements">
            <h2 id="sec-ach">{ tr(lang, i18n::SEC_ACHIEVEMENTS) }</h2>
            <div class="rows">{ rows }</div>
            <button type="button" id="add-achievement" onclick={add}>{ tr(lang, i18n::ADD_ACHIEVEMENT) }</button>
        </section>
    }
}

//! Section 4: awards already received — danh hiệu thi đua and hình thức khen thưởng, the
//! two groups of the achievement report (rule book §9) — as one list of cards.
//!
//! Issue 12: a new row starts empty ("— chọn —", no period), so nothing is recorded until
//! the user picks an award, and takes the focus; an award whose decision names no period
//! is entered with its decision date only (rule book §2a.6).

use yew::prelude::*;

use super::fields::{use_focus_after_render, date_field, field, add_row, input, remove_button, remove_label, row_legend, select};
use super::i18n::{self, tr};
use super::state::Action;
use super::{code, on_value, SectionProps};
use crate::rules::facts::Subject;
use crate::rules::standards::{AwardKind, Standards};
use crate::rules::Lang;

/// Catalogue awards a person of `subject` may have received, of one kind.
fn choices_of(std: &Standards, subject: Subject, kind: AwardKind, lang: Lang) -> Vec<(String, String)> {
    let main = std
        .awards
        .iter()
        .filter(|a| a.subject == subject && a.kind == kind)
        .map(|a| (a.id.to_string(), a.name.get(lang).to_string()));
    let other = std
        .other_awards
        .iter()
        .filter(|a| a.subject == subject && a.kind == kind)
        .map(|a| (a.id.to_string(), a.name.get(lang).to_string()));
    main.chain(other).collect()
}

/// Every catalogue award of `subject`: titles, then forms.
pub fn choices(std: &Standards, subject: Subject, lang: Lang) -> Vec<(String, String)> {
    let mut all = choices_of(std, subject, AwardKind::DanhHieu, lang);
    all.extend(choices_of(std, subject, AwardKind::HinhThuc, lang));
    all
}

#[component]
pub fn AwardsReceived(props: &SectionProps) -> Html {
    let state = &props.state;
    let errs = &props.errors;
    let lang = state.lang;
    let std = Standards::get();
    let cur = state.current();
    let focus_next = use_focus_after_render();
    let groups = [
        (i18n::DANH_HIEU, choices_of(std, cur.subject, AwardKind::DanhHieu, lang)),
        (i18n::HINH_THUC, choices_of(std, cur.subject, AwardKind::HinhThuc, lang)),
    ];
    let rows: Html = cur
        .awards_received
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let set = |field: &'static str| on_value(state, move |v| Action::SetAward(i, field, v));
            let remove = {
                let s = state.clone();
                Callback::from(move |_| s.dispatch(Action::RemoveAward(i)))
            };
            let id = |f: &str| format!("award-{i}-{f}");
            let award = html! {
                <select id={id("award")} onchange={set("award")} aria-invalid={errs.get(&id("award")).map(|_| "true")}
                    aria-describedby={super::fields::described_by(errs, &id("award"), false)}>
                    <option value="" selected={a.award.is_empty()}>{ tr(lang, i18n::CHOOSE) }</option>
                    { for groups.iter().map(|(label, items)| html! {
                        <optgroup label={tr(lang, *label)}>
                            { for items.iter().map(|(v, n)| html! { <option value={v.clone()} selected={*v == a.award}>{ n }</option> }) }
                        </optgroup>
                    }) }
                </select>
            };
            let year = |p: Option<i64>| p.map(|y| y.to_string()).unwrap_or_default();
            html! {
                <fieldset key={i} class="row">
                    { row_legend(lang, i) }
                    <div class="row-fields">
                        { field(lang, i18n::AWARD, &id("award"), Some("grow"), errs, None, award) }
                        { field(lang, i18n::PERIOD_FROM, &id("from"), None, errs, None, input(&id("from"), "number", Some("year"), year(a.period.map(|p| p.from)), set("from"), errs)) }
                        { field(lang, i18n::PERIOD_TO, &id("to"), None, errs, None, input(&id("to"), "number", Some("year"), year(a.period.map(|p| p.to)), set("to"), errs)) }
                        { field(lang, i18n::AWARD_TYPE, &id("type"), None, errs, None, select(lang, &id("type"), set("type"), None, &i18n::AWARD_TYPES, &code(&Some(a.award_type)), errs)) }
                        { field(lang, i18n::DECISION, &id("decision"), None, errs, None, input(&id("decision"), "text", None, a.decision_number.clone(), set("decision_number"), errs)) }
                        { date_field(lang, i18n::DECISION_DATE, &id("date"), None, a.decision_date.as_deref(), set("decision_date"), errs) }
                        { field(lang, i18n::AUTHORITY, &id("authority"), Some("grow"), errs, None, input(&id("authority"), "text", None, a.authority.clone(), set("authority"), errs)) }
                    </div>
                    { remove_button(lang, remove, remove_label(lang, i18n::AWARD_NOUN, i)) }
                </fieldset>
            }
        })
        .collect();
    let n = cur.awards_received.len();
    let add = add_row(state, &focus_next, format!("award-{n}-award"), || Action::AddAward(String::new()));
    html! {
        <section class="card" aria-labelledby="sec-awards" id="awards">
            <h2 id="sec-awards">{ tr(lang, i18n::SEC_AWARDS) }</h2>
            <p class="hint">{ tr(lang, i18n::PERIOD_HINT) }</p>
            <div class="rows">{ rows }</div>
            <button type="button" id="add-award" onclick={add}>{ tr(lang, i18n::ADD_AWARD) }</button>
        </section>
    }
}

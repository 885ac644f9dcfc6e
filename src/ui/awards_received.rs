//! Section 4: awards already received, as two tables — danh hiệu thi đua and hình thức
//! khen thưởng — like the individual achievement report (rule book §9).

use yew::prelude::*;

use super::i18n::{self, tr};
use super::state::Action;
use super::fields::{cell, head, input, remove_button, select};
use super::{code, on_value, SectionProps};
use crate::rules::facts::Subject;
use crate::rules::standards::{AwardKind, Standards};
use crate::rules::Lang;

/// Catalogue awards a person of `subject` may have received, of one kind.
fn choices(
    std: &Standards,
    subject: Subject,
    kind: AwardKind,
    lang: Lang,
) -> Vec<(String, String)> {
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

#[component]
pub fn AwardsReceived(props: &SectionProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let std = Standards::get();
    let subject = state.current().subject;
    let table = |kind: AwardKind, title: i18n::S, add_label: i18n::S, add_id: &'static str| {
        let items = choices(std, subject, kind, lang);
        let rows: Html = state
        .current()
            .awards_received
            .iter()
            .enumerate()
            .filter(|(_, a)| std.award_label(&a.award).map(|(_, k)| k).unwrap_or(AwardKind::HinhThuc) == kind)
            .map(|(i, a)| {
                let set = |field: &'static str| on_value(state, move |v| Action::SetAward(i, field, v));
                let remove = {
                    let s = state.clone();
                    Callback::from(move |_| s.dispatch(Action::RemoveAward(i)))
                };
                let id = |f: &str| format!("award-{i}-{f}");
                let award = html! {
                    <select id={id("award")} onchange={set("award")}>
                        { for items.iter().map(|(v, n)| html! { <option value={v.clone()} selected={*v == a.award}>{ n }</option> }) }
                    </select>
                };
                html! {
                    <tr key={i}>
                        { cell(lang, i18n::AWARD, &id("award"), award) }
                        { cell(lang, i18n::PERIOD_FROM, &id("from"), input(&id("from"), "number", Some("year"), a.period.map(|p| p.from.to_string()).unwrap_or_default(), set("from"))) }
                        { cell(lang, i18n::PERIOD_TO, &id("to"), input(&id("to"), "number", Some("year"), a.period.map(|p| p.to.to_string()).unwrap_or_default(), set("to"))) }
                        { cell(lang, i18n::AWARD_TYPE, &id("type"), select(lang, &id("type"), set("type"), None, &i18n::AWARD_TYPES, &code(&Some(a.award_type)))) }
                        { cell(lang, i18n::DECISION, &id("decision"), input(&id("decision"), "text", None, a.decision_number.clone(), set("decision_number"))) }
                        { cell(lang, i18n::DECISION_DATE, &id("date"), input(&id("date"), "date", None, a.decision_date.clone().unwrap_or_default(), set("decision_date"))) }
                        { cell(lang, i18n::AUTHORITY, &id("authority"), input(&id("authority"), "text", None, a.authority.clone(), set("authority"))) }
                        <td>{ remove_button(lang, remove, None) }</td>
                    </tr>
                }
            })
            .collect();
        let add = {
            let s = state.clone();
            let first = items.first().map(|(v, _)| v.clone()).unwrap_or_default();
            Callback::from(move |_| s.dispatch(Action::AddAward(first.clone())))
        };
        html! {
            <>
                <h3>{ tr(lang, title) }</h3>
                <div class="table-wrap" tabindex="0" role="group" aria-label={tr(lang, title)}><table>
                    { head(lang, &[i18n::AWARD, i18n::PERIOD_FROM, i18n::PERIOD_TO, i18n::AWARD_TYPE, i18n::DECISION, i18n::DECISION_DATE, i18n::AUTHORITY]) }
                    <tbody>{ rows }</tbody>
                </table></div>
                <button type="button" id={add_id} onclick={add}>{ tr(lang, add_label) }</button>
            </>
        }
    };
    html! {
        <section class="card" aria-labelledby="sec-awards">
            <h2 id="sec-awards">{ tr(lang, i18n::SEC_AWARDS) }</h2>
            { table(AwardKind::DanhHieu, i18n::DANH_HIEU, i18n::ADD_TITLE, "add-title") }
            { table(AwardKind::HinhThuc, i18n::HINH_THUC, i18n::ADD_FORM, "add-form") }
        </section>
    }
}

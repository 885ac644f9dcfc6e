//! Section 4: awards already received, as two tables — danh hiệu thi đua and hình thức
//! khen thưởng — like the individual achievement report (rule book §9).

use yew::prelude::*;

use super::i18n::{self, tr};
use super::state::Action;
use super::{code, on_value, options, SectionProps};
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
                html! {
                    <tr key={i}>
                        <td><label class="sr-only" for={id("award")}>{ tr(lang, i18n::AWARD) }</label>
                            <select id={id("award")} onchange={set("award")}>
                                { for items.iter().map(|(v, n)| html! { <option value={v.clone()} selected={*v == a.award}>{ n }</option> }) }
                            </select></td>
                        <td><label class="sr-only" for={id("from")}>{ tr(lang, i18n::PERIOD_FROM) }</label>
                            <input id={id("from")} class="year" type="number" value={a.period.from.to_string()} onchange={set("from")} /></td>
                        <td><label class="sr-only" for={id("to")}>{ tr(lang, i18n::PERIOD_TO) }</label>
                            <input id={id("to")} class="year" type="number" value={a.period.to.to_string()} onchange={set("to")} /></td>
                        <td><label class="sr-only" for={id("type")}>{ tr(lang, i18n::AWARD_TYPE) }</label>
                            <select id={id("type")} onchange={set("type")}>{ options(lang, &i18n::AWARD_TYPES, &code(&Some(a.award_type))) }</select></td>
                        <td><label class="sr-only" for={id("decision")}>{ tr(lang, i18n::DECISION) }</label>
                            <input id={id("decision")} type="text" value={a.decision_number.clone()} onchange={set("decision_number")} /></td>
                        <td><label class="sr-only" for={id("date")}>{ tr(lang, i18n::DECISION_DATE) }</label>
                            <input id={id("date")} type="date" value={a.decision_date.clone().unwrap_or_default()} onchange={set("decision_date")} /></td>
                        <td><label class="sr-only" for={id("authority")}>{ tr(lang, i18n::AUTHORITY) }</label>
                            <input id={id("authority")} type="text" value={a.authority.clone()} onchange={set("authority")} /></td>
                        <td><button type="button" class="secondary" onclick={remove}>{ tr(lang, i18n::REMOVE) }</button></td>
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
                <div class="table-wrap"><table>
                    <thead><tr>
                        <th scope="col">{ tr(lang, i18n::AWARD) }</th>
                        <th scope="col">{ tr(lang, i18n::PERIOD_FROM) }</th>
                        <th scope="col">{ tr(lang, i18n::PERIOD_TO) }</th>
                        <th scope="col">{ tr(lang, i18n::AWARD_TYPE) }</th>
                        <th scope="col">{ tr(lang, i18n::DECISION) }</th>
                        <th scope="col">{ tr(lang, i18n::DECISION_DATE) }</th>
                        <th scope="col">{ tr(lang, i18n::AUTHORITY) }</th>
                        <th scope="col"><span class="sr-only">{ tr(lang, i18n::REMOVE) }</span></th>
                    </tr></thead>
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

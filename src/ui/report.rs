//! The print view (A4), organised like the individual achievement report (Mẫu 05,
//! NĐ 152/2025): personal summary, years with ratings, initiatives, awards received in
//! two tables, then the checker's results with rule set, date and the reference notice.
//! Hidden on screen, shown by the print stylesheet.

use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use super::i18n::{self, tr};
use super::state::State;
use crate::rules::standards::{AwardKind, Standards};
use crate::rules::{Evaluation, InputError, Lang};

/// The state handle (compared by revision, so the report is not re-rendered or copied
/// when nothing changed) and the evaluation it prints.
#[derive(Properties, PartialEq)]
pub struct ReportProps {
    pub state: UseReducerHandle<State>,
    pub result: Rc<Result<Evaluation, Vec<InputError>>>,
    pub today: NaiveDate,
}

fn label(items: &[(&str, i18n::S)], code: &str, lang: Lang) -> String {
    items
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, s)| tr(lang, *s).to_string())
        .unwrap_or_default()
}

#[component]
pub fn Report(props: &ReportProps) -> Html {
    let lang = props.state.lang;
    let p = props.state.current();
    let std = Standards::get();
    let person = p.person.clone().unwrap_or_default();
    let code = |v: &Option<crate::rules::facts::Rating>| super::code(v);
    let awards = |kind: AwardKind| -> Html {
        let rows: Vec<_> = p
            .awards_received
            .iter()
            .filter(|a| {
                std.award_label(&a.award)
                    .map(|(_, k)| k)
                    .unwrap_or(AwardKind::HinhThuc)
                    == kind
            })
            .collect();
        html! {
            <table class="report-table">
                <thead><tr>
                    <th>{ tr(lang, i18n::PERIOD_TO) }</th><th>{ tr(lang, i18n::AWARD) }</th>
                    <th>{ tr(lang, i18n::DECISION) }</th><th>{ tr(lang, i18n::DECISION_DATE) }</th><th>{ tr(lang, i18n::AUTHORITY) }</th>
                </tr></thead>
                <tbody>{ for rows.iter().map(|a| html! { <tr>
                    <td>{ a.period_text() }</td>
                    <td>{ std.award_label(&a.award).map(|(n, _)| n.get(lang).to_string()).unwrap_or_else(|| a.award.clone()) }</td>
                    <td>{ &a.decision_number }</td><td>{ a.decision_date.clone().unwrap_or_default() }</td><td>{ &a.authority }</td>
                </tr> }) }</tbody>
            </table>
        }
    };
    html! {
        <section class="report print-only" aria-hidden="true">
            <h1>{ tr(lang, i18n::PRINT_TITLE) }</h1>
            <h2>{ tr(lang, i18n::REPORT_PERSON) }</h2>
            <table class="report-table"><tbody>
                <tr><th>{ tr(lang, i18n::FULL_NAME) }</th><td>{ &person.full_name }</td></tr>
                <tr><th>{ tr(lang, i18n::UNIT) }</th><td>{ &person.unit }</td></tr>
                <tr><th>{ tr(lang, i18n::POSITION) }</th><td>{ &person.position }</td></tr>
                <tr><th>{ tr(lang, i18n::RECRUITMENT) }</th><td>{ person.recruitment_date.clone().unwrap_or_default() }</td></tr>
            </tbody></table>
            <h2>{ tr(lang, i18n::SEC_YEARS) }</h2>
            <table class="report-table">
                <thead><tr><th>{ tr(lang, i18n::YEAR) }</th><th>{ tr(lang, i18n::RATING) }</th><th>{ tr(lang, i18n::PARTY_RATING) }</th></tr></thead>
                <tbody>{ for p.years.iter().map(|r| html! { <tr>
                    <td>{ &r.year }</td><td>{ label(&i18n::RATINGS, &code(&r.rating), lang) }</td><td>{ label(&i18n::RATINGS, &code(&r.party_rating), lang) }</td>
                </tr> }) }</tbody>
            </table>
            <h2>{ tr(lang, i18n::SEC_ACHIEVEMENTS) }</h2>
            <table class="report-table">
                <thead><tr><th>{ tr(lang, i18n::ACH_YEAR) }</th><th>{ tr(lang, i18n::ACH_TITLE) }</th><th>{ tr(lang, i18n::SCOPE) }</th><th>{ tr(lang, i18n::APPLIED) }</th></tr></thead>
                <tbody>{ for p.achievements.iter().map(|a| html! { <tr>
                    <td>{ &a.year }</td><td>{ &a.title }</td><td>{ label(&i18n::SCOPES, &super::code(&Some(a.scope)), lang) }</td>
                    <td>{ match a.applied { Some(true) => tr(lang, i18n::YES), Some(false) => tr(lang, i18n::NO), None => "" } }</td>
                </tr> }) }</tbody>
            </table>
            <h2>{ tr(lang, i18n::SEC_AWARDS) }</h2>
            <h3>{ tr(lang, i18n::DANH_HIEU) }</h3>
            { awards(AwardKind::DanhHieu) }
            <h3>{ tr(lang, i18n::HINH_THUC) }</h3>
            { awards(AwardKind::HinhThuc) }
            <h2>{ tr(lang, i18n::SEC_RESULTS) }</h2>
            if let Ok(ev) = &*props.result {
                <p>{ tr(lang, i18n::RULE_SET) }{ ": " }{ ev.rule_set.clone().unwrap_or_default() }{ " · " }{ tr(lang, i18n::REPORT_DATE) }{ ": " }{ crate::rules::date::dmy(props.today) }{ " · " }{ tr(lang, i18n::EVAL_YEAR) }{ ": " }{ ev.evaluation_year }</p>
                <table class="report-table">
                    <thead><tr><th>{ tr(lang, i18n::AWARD) }</th><th>{ tr(lang, i18n::REPORT_OUTCOME) }</th></tr></thead>
                    <tbody>{ for ev.determinations.iter().map(|d| html! { <tr>
                        <td>{ d.name.get(lang) }</td>
                        <td>{ super::results::outcome_icon(d.outcome) }{ " " }{ d.outcome.label().get(lang) }{ d.gaps.first().map(|g| format!(" — {}", g.summary.get(lang))).unwrap_or_default() }</td>
                    </tr> }) }</tbody>
                </table>
            }
            <p class="disclaimer">{ tr(lang, i18n::DISCLAIMER) }</p>
        </section>
    }
}

//! The candidates' table: one row per candidate, one column per main award with the
//! outcome as icon and text; filter, sort and pages (so that a unit of 1,000 renders in
//! small steps); each row opens the candidate's full explanation in the individual form.

use yew::prelude::*;

use super::i18n::{self, tr};
use super::results::outcome_icon;
use super::state::{Action, State, View};
use super::event_value;
use crate::rules::determination::Outcome;
use crate::rules::unit::MAIN_AWARDS;
use crate::rules::{Evaluation, Lang};
use crate::rules::order;

const PAGE_SIZE: usize = 50;

fn outcome_of(state: &State, i: usize, award: &str) -> Option<Outcome> {
    let r = state.member_results.get(i)?.as_ref()?;
    Some(r.as_ref().as_ref().ok()?.determination(award)?.outcome)
}

fn short(lang: Lang, award: &str) -> &'static str {
    i18n::AWARD_SHORT
        .iter()
        .find(|(a, _)| *a == award)
        .map(|(_, s)| tr(lang, *s))
        .unwrap_or("")
}

fn cell(state: &State, i: usize, award: &str, lang: Lang) -> Html {
    match state.member_results.get(i).and_then(|r| r.as_ref()) {
        None => html! { <td class="pending">{ "…" }</td> },
        Some(r) => match r.as_ref() {
            Err(_) => html! { <td class="input-error">{ "!" }</td> },
            Ok(ev) => {
                let o = ev
                    .determination(award)
                    .map(|d| d.outcome)
                    .unwrap_or(Outcome::NotInForce);
                // The icon is an image named by the outcome (`role="img"`): one element
                // instead of an icon hidden from screen readers beside a visually hidden
                // label, whose 450 absolutely placed boxes a page were most of the
                // table's layout time (issue 13).
                let t = o.label();
                let label = AttrValue::from(if lang == Lang::Vi { t.vi } else { t.en });
                html! { <td class="cell" data-o={o.code()} title={label.clone()}>
                    <span role="img" aria-label={label}>{ outcome_icon(o) }</span>
                </td> }
            }
        },
    }
}

/// A row's button named with its candidate ("Mở Nguyễn Văn A"): one copy of the format.
fn named(lang: Lang, action: i18n::S, name: &str) -> String {
    format!("{} {name}", tr(lang, action))
}

#[derive(Properties, PartialEq)]
pub struct CandidatesProps {
    pub state: UseReducerHandle<State>,
    /// Candidates evaluated so far, and rows of a CSV read so far of all: progress is no
    /// new revision of the state (`state.rs`), so it comes as props of its own.
    pub done: usize,
    pub importing: Option<(usize, usize)>,
}

#[component]
pub fn Candidates(props: &CandidatesProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let name_filter = use_state(String::new);
    let award_filter = use_state(String::new);
    let sort = use_state(|| "input".to_string());
    let page = use_state(|| 0usize);

    let members = &state.unit.members;
    // The names folded (marks and case) once per change of the unit, not at every render:
    // a unit of 10,000 re-renders after each evaluated chunk, and filter and sort use them.
    let names = {
        let s = state.clone();
        use_memo((state.unit_rev, state.unit.members.len()), move |_| {
            s.unit
                .members
                .iter()
                .map(|m| {
                    m.person
                        .as_ref()
                        .map(|p| crate::rules::summary::ascii_fold(&p.full_name).to_ascii_lowercase())
                        .unwrap_or_default()
                })
                .collect::<Vec<String>>()
        })
    };
    let needle = crate::rules::summary::ascii_fold(&name_filter).to_ascii_lowercase();
    let name_of = |i: usize| names.get(i).map(String::as_str).unwrap_or("");
    let mut rows: Vec<usize> = (0..members.len())
        .filter(|&i| needle.is_empty() || name_of(i).contains(&needle))
        .filter(|&i| {
            award_filter.is_empty()
                || outcome_of(state, i, &award_filter) == Some(Outcome::Eligible)
        })
        .collect();
    match sort.as_str() {
        "name" => order::sort_by(&mut rows, |&a, &b| name_of(a).cmp(name_of(b))),
        "input" => {}
        award => {
            // Each candidate's key once, not at every comparison (10,000 candidates).
            let key = |i: usize| match outcome_of(state, i, award) {
                Some(Outcome::Eligible) => 0u8,
                Some(Outcome::Undetermined) => 1,
                Some(Outcome::NotEligible) => 2,
                _ => 3,
            };
            let keys: Vec<u8> = (0..members.len()).map(key).collect();
            order::sort_by(&mut rows, |&a, &b| keys[a].cmp(&keys[b]));
        }
    }
    let pages = rows.len().div_ceil(PAGE_SIZE).max(1);
    let current_page = (*page).min(pages - 1);
    let shown = &rows[(current_page * PAGE_SIZE).min(rows.len())
        ..((current_page + 1) * PAGE_SIZE).min(rows.len())];

    let on_name = {
        let (f, p) = (name_filter.clone(), page.clone());
        Callback::from(move |e: InputEvent| {
            let v = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            f.set(v);
            p.set(0);
        })
    };
    let on_award = {
        let (f, p) = (award_filter.clone(), page.clone());
        Callback::from(move |e: Event| {
            f.set(event_value(&e));
            p.set(0);
        })
    };
    let on_sort = {
        let s = sort.clone();
        Callback::from(move |e: Event| s.set(event_value(&e)))
    };
    let go = |to: usize| {
        let p = page.clone();
        Callback::from(move |_| p.set(to))
    };
    let add = {
        let s = state.clone();
        Callback::from(move |_| s.dispatch(Action::AddMember))
    };
    let done = props.done;
    let award_options = || -> Html {
        MAIN_AWARDS
            .iter()
            .map(|a| html! { <option value={a.to_string()}>{ short(lang, a) }</option> })
            .collect()
    };
    html! {
        <section class="card candidates" aria-labelledby="sec-candidates">
            <h2 id="sec-candidates">{ tr(lang, i18n::SEC_CANDIDATES) }</h2>
            <p class="summary" aria-live="polite" id="candidates-status">
                { format!("{} {}", members.len(), tr(lang, i18n::CANDIDATES_COUNT)) }
                if let Some((k, n)) = props.importing { { format!(" · {} {k}/{n}", tr(lang, i18n::IMPORTING)) } }
                if done < members.len() { { format!(" · {} {}/{}", tr(lang, i18n::EVALUATING), done, members.len()) } }
            </p>
            <div class="filters">
                <label for="filter-name">{ tr(lang, i18n::FILTER_NAME) }
                    <input id="filter-name" type="search" value={(*name_filter).clone()} oninput={on_name} /></label>
                <label for="filter-award">{ tr(lang, i18n::FILTER_AWARD) }
                    <select id="filter-award" onchange={on_award}>
                        <option value="" selected={award_filter.is_empty()}>{ tr(lang, i18n::FILTER_ALL) }</option>
                        { for MAIN_AWARDS.iter().map(|a| html! { <option value={a.to_string()} selected={*award_filter == *a}>{ format!("{} {}", tr(lang, i18n::FILTER_ELIGIBLE_FOR), short(lang, a)) }</option> }) }
                    </select></label>
                <label for="sort-by">{ tr(lang, i18n::SORT_BY) }
                    <select id="sort-by" onchange={on_sort}>
                        <option value="input" selected={*sort == "input"}>{ tr(lang, i18n::SORT_INPUT) }</option>
                        <option value="name" selected={*sort == "name"}>{ tr(lang, i18n::SORT_NAME) }</option>
                        { award_options() }
                    </select></label>
            </div>
            <div class="table-wrap" tabindex="0" role="group" aria-label={tr(lang, i18n::SEC_CANDIDATES)}>
                <table id="candidates-table">
                    <thead><tr>
                        <th scope="col">{ tr(lang, i18n::FULL_NAME) }</th>
                        { for MAIN_AWARDS.iter().map(|a| html! { <th scope="col" class="award-col">{ short(lang, a) }</th> }) }
                        <th scope="col"><span class="sr-only">{ tr(lang, i18n::OPEN) }</span></th>
                    </tr></thead>
                    <tbody>
                        // Keyed by the row's place on the page, not by the candidate: a new
                        // filter, sort or page then patches the 50 rows in place (a name, a
                        // few labels and icons) instead of removing them and building 2,700
                        // elements again — that took most of a filter's 100 ms (issue 13).
                        { for shown.iter().enumerate().map(|(slot, &i)| {
                            let name = members[i].person.as_ref().map(|p| p.full_name.clone()).unwrap_or_default();
                            let open = { let s = state.clone(); Callback::from(move |_| s.dispatch(Action::SetView(View::Member(i)))) };
                            let dup = { let s = state.clone(); Callback::from(move |_| s.dispatch(Action::DuplicateMember(i))) };
                            let del = { let s = state.clone(); Callback::from(move |_| if crate::browser::confirm(tr(s.lang, i18n::REMOVE_CONFIRM)) { s.dispatch(Action::RemoveMember(i)) }) };
                            html! {
                                <tr key={slot} data-row={i.to_string()}>
                                    <th scope="row">{ if name.is_empty() { "—".to_string() } else { name.clone() } }</th>
                                    { for MAIN_AWARDS.iter().map(|a| cell(state, i, a, lang)) }
                                    <td class="actions">
                                        <button type="button" class="secondary open-member" onclick={open} aria-label={named(lang, i18n::OPEN, &name)}>{ tr(lang, i18n::OPEN) }</button>
                                        <button type="button" class="secondary" onclick={dup} aria-label={named(lang, i18n::DUPLICATE, &name)}>{ tr(lang, i18n::DUPLICATE) }</button>
                                        <button type="button" class="secondary" onclick={del} aria-label={named(lang, i18n::REMOVE, &name)}>{ tr(lang, i18n::REMOVE) }</button>
                                    </td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            if pages > 1 {
                <nav class="pager" aria-label={tr(lang, i18n::PAGE)}>
                    <button type="button" class="secondary" disabled={current_page == 0} onclick={go(current_page.saturating_sub(1))}>{ tr(lang, i18n::PREV) }</button>
                    <span>{ format!("{} {}/{}", tr(lang, i18n::PAGE), current_page + 1, pages) }</span>
                    <button type="button" class="secondary" id="next-page" disabled={current_page + 1 >= pages} onclick={go(current_page + 1)}>{ tr(lang, i18n::NEXT) }</button>
                </nav>
            }
            <button type="button" id="add-candidate" onclick={add}>{ tr(lang, i18n::ADD_CANDIDATE) }</button>
        </section>
    }
}

/// One printed row: a candidate's name and unit, and the outcome of each main award.
pub type ReportRow = (String, String, Vec<Option<Outcome>>);

/// The rows of the printed summary, built once per change of the results (not per render).
pub fn report_rows(state: &State) -> Vec<ReportRow> {
    (0..state.unit.members.len())
        .map(|i| {
            let person = state.unit.members[i].person.as_ref();
            (
                person.map(|p| p.full_name.clone()).unwrap_or_default(),
                person.map(|p| p.unit.clone()).unwrap_or_default(),
                MAIN_AWARDS
                    .iter()
                    .map(|a| outcome_of(state, i, a))
                    .collect(),
            )
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct UnitReportProps {
    pub lang: Lang,
    pub unit_name: String,
    /// Compared by pointer: the report re-renders only when its rows were rebuilt.
    pub rows: std::rc::Rc<Vec<ReportRow>>,
    pub unit_result: std::rc::Rc<Result<Evaluation, Vec<crate::rules::InputError>>>,
    pub warnings: Vec<crate::rules::Text>,
}

/// The printed unit summary: every candidate (no pages), the unit's titles, the warnings.
#[component]
pub fn UnitReport(props: &UnitReportProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="report print-only" aria-hidden="true">
            <h1>{ tr(lang, i18n::UNIT_PRINT_TITLE) }</h1>
            <p><strong>{ &props.unit_name }</strong></p>
            <p class="unit-legend">{ for [Outcome::Eligible, Outcome::NotEligible, Outcome::Undetermined, Outcome::ManualReview, Outcome::NotInForce]
                .iter().map(|o| html! { <span>{ outcome_icon(*o) }{ " " }{ o.label().get(lang) }</span> }) }</p>
            <table class="report-table unit-list">
                <thead><tr><th>{ "#" }</th><th>{ tr(lang, i18n::FULL_NAME) }</th><th>{ tr(lang, i18n::UNIT) }</th>{ for MAIN_AWARDS.iter().map(|a| html! { <th>{ short(lang, a) }</th> }) }</tr></thead>
                <tbody>{ for props.rows.iter().enumerate().map(|(i, (name, unit, outcomes))| html! { <tr>
                    <td>{ i + 1 }</td><td>{ name }</td><td>{ unit }</td>
                    { for outcomes.iter().map(|o| html! { <td class="icon">{ o.map(outcome_icon).unwrap_or_default() }</td> }) }
                </tr> }) }</tbody>
            </table>
            if let Ok(ev) = &*props.unit_result {
                <h2>{ tr(lang, i18n::UNIT_RESULTS) }</h2>
                <ul>{ for ev.determinations.iter().map(|d| html! { <li>{ d.name.get(lang) }{ ": " }{ outcome_icon(d.outcome) }{ " " }{ d.outcome.label().get(lang) }</li> }) }</ul>
            }
            if !props.warnings.is_empty() {
                <h2>{ tr(lang, i18n::REVIEW_WARNINGS) }</h2>
                <ul>{ for props.warnings.iter().map(|w| html! { <li>{ w.get(lang) }</li> }) }</ul>
            }
            <p class="disclaimer">{ tr(lang, i18n::DISCLAIMER) }</p>
        </section>
    }
}

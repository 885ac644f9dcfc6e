//! Unit view: import candidates (CSV or JSON), the CSV template, exports, print, clear.
//! A bad row is reported with its row and column; the good rows are kept. Every imported
//! candidate is validated before it enters the state (and so before autosave): an invalid
//! one is reported, not stored. Into a list that has candidates, an import asks "replace"
//! or "add"; adding skips duplicates (same name and unit, or same content) and says so.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use super::i18n::{self, tr};
use super::state::{split_duplicates, Action, Message, State};
use crate::browser;
use crate::rules::unit::{self, Import};
use crate::rules::{Evaluation, InputError, Profile, Standards, Text};

#[derive(Properties, PartialEq)]
pub struct UnitToolbarProps {
    pub state: UseReducerHandle<State>,
    pub unit_result: Rc<Result<Evaluation, Vec<InputError>>>,
    pub today: NaiveDate,
    /// Candidates evaluated so far: the exports read their results (`state.rs`: progress
    /// is no new revision of the state, so it comes as a prop of its own).
    pub done: usize,
}

/// CSV rows read and added per task when importing.
const IMPORT_SLICE: usize = 200;

/// "Đã nhập n ứng viên." — one copy of the message for every way candidates come in.
fn imported(n: usize) -> Text {
    Text::new(format!("{} {n}.", i18n::IMPORTED.0), format!("{} {n}.", i18n::IMPORTED.1))
}

/// "Không đọc được tệp: …" with why.
fn load_failed(why: &Text) -> Text {
    Text::new(format!("{} {}", i18n::LOAD_FAILED.0, why.vi), format!("{} {}", i18n::LOAD_FAILED.1, why.en))
}

/// Candidates read from a file, waiting for "replace" or "add" (the list is not empty).
pub struct Pending {
    members: Vec<Profile>,
    /// What the import already has to say (bad rows, invalid candidates).
    report: Vec<Text>,
}

type PendingHandle = UseStateHandle<Option<Rc<Pending>>>;

/// A candidate's name for a report line.
fn name_of(p: &Profile) -> String {
    p.person.as_ref().map(|x| x.full_name.trim().to_string()).filter(|n| !n.is_empty()).unwrap_or_else(|| "?".into())
}

/// Keeps the candidates the engine accepts as they would be evaluated in the unit (its
/// proposal date and year); an invalid one is left out and reported with its first error.
fn validated(unit_now: &Profile, today: NaiveDate, ps: Vec<Profile>, report: &mut Vec<Text>) -> Vec<Profile> {
    let (date, y) = unit::unit_context(unit_now, today);
    let mut bad: Vec<Text> = Vec::new();
    let good = ps
        .into_iter()
        .filter(|p| match crate::rules::validate::validate(&unit::member_in_unit(p, date, y), Standards::get(), today) {
            Ok(_) => true,
            Err(e) => {
                let (name, e) = (name_of(p), &e[0]);
                bad.push(Text::new(format!("{name} — {}: {}", e.field, e.message.vi), format!("{name} — {}: {}", e.field, e.message.en)));
                false
            }
        })
        .collect();
    if !bad.is_empty() {
        report.push(Text::join(&[Text::new(i18n::INVALID_SKIPPED.0, i18n::INVALID_SKIPPED.1), Text::join(&bad, " · ")], " "));
    }
    good
}

/// Adds (or, with `replace`, substitutes) the candidates, skipping duplicates, and says
/// how many came in and what was left out.
fn add_members(state: &UseReducerHandle<State>, members: Vec<Profile>, mut report: Vec<Text>, replace: bool) {
    let existing: &[Profile] = if replace { &[] } else { &state.unit.members };
    let (keep, dup) = split_duplicates(existing, members);
    let n = keep.len();
    state.dispatch(if replace { Action::ReplaceMembers(keep) } else { Action::ImportMembers(keep) });
    if !dup.is_empty() {
        let names = dup.iter().map(name_of).collect::<Vec<_>>().join(", ");
        report.push(Text::new(format!("{} {names}", i18n::DUPLICATES_IN_FILE.0), format!("{} {names}", i18n::DUPLICATES_IN_FILE.1)));
    }
    let error = !report.is_empty();
    report.insert(0, imported(n));
    state.dispatch(Action::Say(Some(Message { error, text: Text::join(&report, " ") })));
}

/// Adds at once into an empty list; otherwise asks "replace" or "add" first.
fn offer(state: &UseReducerHandle<State>, pending: &PendingHandle, members: Vec<Profile>, report: Vec<Text>) {
    if state.unit.members.is_empty() {
        add_members(state, members, report, false);
    } else {
        pending.set(Some(Rc::new(Pending { members, report })));
    }
}

/// Reads a CSV a slice of rows per task (a file of 1,000 rows would otherwise block the
/// page), validates the good rows as it goes, and offers them at the end.
fn import_csv_in_slices(state: &UseReducerHandle<State>, pending: &PendingHandle, today: NaiveDate, text: &str, say: impl Fn(bool, Text) + 'static) {
    let mut rows = unit::split_csv(text);
    let reader = match unit::CsvReader::new(rows.first().map(Vec::as_slice)) {
        Ok(r) => Rc::new(r),
        Err(e) => return say(true, load_failed(&e.text())),
    };
    let all = rows.len().saturating_sub(1);
    // The rows are moved into their slices (from the end), not copied: 10,000 rows are
    // 120,000 cells. Each slice knows the index of its first row; the last step (`None`)
    // offers what was read, in a task of its own.
    let mut steps: Vec<Option<(usize, Vec<Vec<String>>)>> = vec![None];
    while rows.len() > 1 {
        let at = 1 + (rows.len() - 2) / IMPORT_SLICE * IMPORT_SLICE;
        steps.push(Some((at, rows.split_off(at))));
    }
    steps.reverse();
    type Found = (Vec<Profile>, Vec<unit::CsvError>, Vec<Text>);
    let found: Rc<RefCell<Found>> = Rc::new(RefCell::new((Vec::new(), Vec::new(), Vec::new())));
    if all == 0 {
        return say(false, imported(0));
    }
    for step in steps {
        let (state, pending, reader, found) = (state.clone(), pending.clone(), reader.clone(), found.clone());
        crate::browser::after(0, Box::new(move || {
            let mut f = found.borrow_mut();
            let Some((at, slice)) = step else {
                state.dispatch(Action::ImportProgress(None));
                let (members, errors, invalid) = std::mem::take(&mut *f);
                let mut report: Vec<Text> = Vec::new();
                if !errors.is_empty() {
                    let texts: Vec<Text> = errors.iter().map(|e| e.text()).collect();
                    report.push(Text::join(&[Text::new(i18n::IMPORT_ROW_ERRORS.0, i18n::IMPORT_ROW_ERRORS.1), Text::join(&texts, " · ")], " "));
                }
                report.extend(invalid);
                drop(f);
                return offer(&state, &pending, members, report);
            };
            let mut good = Vec::new();
            for (j, cells) in slice.iter().enumerate() {
                match reader.row(cells, at + j + 1, Standards::get()) {
                    Ok(p) => good.push(p),
                    Err(e) => f.1.extend(e),
                }
            }
            let good = validated(&state.unit, today, good, &mut f.2);
            f.0.extend(good);
            // The progress line ("Đang nhập k/N") while the rows are read and checked.
            state.dispatch(Action::ImportProgress(Some((at - 1 + slice.len(), all))));
        }));
    }
}

fn refs(state: &State) -> Vec<Option<&Evaluation>> {
    state
        .member_results
        .iter()
        .map(|r| r.as_ref().and_then(|r| r.as_ref().as_ref().ok()))
        .collect()
}

#[component]
pub fn UnitToolbar(props: &UnitToolbarProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let reader: Rc<RefCell<Option<gloo::file::callbacks::FileReader>>> = use_mut_ref(|| None);
    let pending: PendingHandle = use_state(|| None);
    let today = props.today;
    let import = {
        let (state, reader, pending) = (state.clone(), reader.clone(), pending.clone());
        Callback::from(move |e: Event| {
            let Some(file) = super::chosen_file(&e) else {
                return;
            };
            let name = file.name();
            let (state, pending) = (state.clone(), pending.clone());
            let r = browser::read_text(file, move |res| {
                let say = {
                    let state = state.clone();
                    move |error: bool, text: Text| state.dispatch(Action::Say(Some(Message { error, text })))
                };
                let Ok(text) = res else {
                    return say(true, Text::new(i18n::LOAD_FAILED.0, i18n::LOAD_FAILED.1));
                };
                if name.to_ascii_lowercase().ends_with(".csv") {
                    return import_csv_in_slices(&state, &pending, today, &text, say);
                }
                match unit::import(&name, &text, Standards::get()) {
                    Import::Refused(why) => say(true, load_failed(&why)),
                    Import::Unit(mut u) => {
                        // A whole unit replaces the current one: asked first unless it is empty.
                        if *state.unit != super::state::empty_unit() && !browser::confirm(tr(state.lang, i18n::UNIT_REPLACE_CONFIRM)) {
                            return;
                        }
                        let mut report = Vec::new();
                        let members = std::mem::take(&mut u.members);
                        u.members = validated(&u, today, members, &mut report);
                        let n = u.members.len();
                        state.dispatch(Action::LoadUnit(u));
                        report.insert(0, imported(n));
                        say(report.len() > 1, Text::join(&report, " "));
                    }
                    Import::Members(ps, errors) => {
                        let mut report = Vec::new();
                        if !errors.is_empty() {
                            let texts: Vec<Text> = errors.iter().map(|e| e.text()).collect();
                            report.push(Text::join(&[Text::new(i18n::IMPORT_ROW_ERRORS.0, i18n::IMPORT_ROW_ERRORS.1), Text::join(&texts, " · ")], " "));
                        }
                        let ps = validated(&state.unit, today, ps, &mut report);
                        offer(&state, &pending, ps, report);
                    }
                }
            });
            *reader.borrow_mut() = Some(r);
        })
    };
    let template = Callback::from(|_| {
        browser::download(
            "mau-danh-sach-ung-vien.csv",
            &unit::csv_template(),
            "text/csv;charset=utf-8",
        )
    });
    let export_csv = {
        let (state, today) = (state.clone(), props.today);
        Callback::from(move |_| {
            let csv = unit::results_csv(&state.unit.members, &refs(&state), state.lang);
            browser::download(
                &format!("ket-qua-don-vi-{today}.csv"),
                &csv,
                "text/csv;charset=utf-8",
            );
        })
    };
    // Findings, gaps and notes of every candidate only when asked: they are most of the size.
    let details = use_state(|| false);
    let on_details = {
        let details = details.clone();
        Callback::from(move |e: Event| {
            details.set(e.target_dyn_into::<web_sys::HtmlInputElement>().is_some_and(|i| i.checked()))
        })
    };
    let export_json = {
        let (state, today, result, details) = (state.clone(), props.today, props.unit_result.clone(), *details);
        Callback::from(move |_| {
            // The table keeps outcomes only (`state::outcomes_only`): with details, every
            // candidate is evaluated again in full for the file.
            let full: Vec<Option<Evaluation>> = if details {
                let (date, y) = unit::unit_context(&state.unit, today);
                state.unit.members.iter().map(|m| crate::rules::evaluate(&unit::member_in_unit(m, date, y), today).ok()).collect()
            } else {
                Vec::new()
            };
            let v = unit::export_json(
                &state.unit,
                result.as_ref().as_ref().ok(),
                &if details { full.iter().map(Option::as_ref).collect() } else { refs(&state) },
                &browser::now_iso(),
                details,
            );
            browser::download(
                &format!("don-vi-{today}.json"),
                &v,
                "application/json",
            );
        })
    };
    // The printed list of every candidate is built only for printing (it is large): here
    // before the print dialog opens; `afterprint` (see `browser::on_print`) drops it.
    let print = {
        let state = state.clone();
        Callback::from(move |_| {
            state.dispatch(Action::SetPrinting(true));
            browser::after(50, Box::new(browser::print));
        })
    };
    let print_report = {
        let state = state.clone();
        Callback::from(move |_| {
            state.dispatch(Action::PrintReport(true));
            browser::after(50, Box::new(browser::print));
        })
    };
    // The collective's achievement report as an editable Word document (same blocks as print).
    let docx = {
        let (state, result) = (state.clone(), props.unit_result.clone());
        Callback::from(move |_| {
            let ev = result.as_ref().as_ref().ok();
            let blocks = crate::rules::dossier::report(Standards::get(), &state.unit, ev, state.lang);
            let name = state.unit.unit.as_ref().map(|u| u.name.clone()).unwrap_or_default();
            browser::download_bytes(
                &crate::rules::dossier::docx_file_name(&name, ev.map(|e| e.proposal_date)),
                &crate::rules::docx::docx(&blocks),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            );
        })
    };
    let clear = super::confirm_clear(state, i18n::CLEAR_UNIT_CONFIRM, browser::UNIT_KEY, || Action::ClearUnit);
    html! {
        <div class="toolbar no-print">
            <label class="button" for="import-file">{ tr(lang, i18n::IMPORT) }</label>
            <input id="import-file" class="visually-hidden-file" type="file" accept=".csv,.json,text/csv,application/json" onchange={import} />
            <button type="button" id="download-template" class="secondary" onclick={template}>{ tr(lang, i18n::TEMPLATE) }</button>
            <button type="button" id="export-csv" onclick={export_csv}>{ tr(lang, i18n::EXPORT_CSV) }</button>
            <button type="button" id="export-json" onclick={export_json}>{ tr(lang, i18n::EXPORT_JSON) }</button>
            <label class="inline-check" for="export-details"><input type="checkbox" id="export-details" checked={*details} onchange={on_details} />{ tr(lang, i18n::EXPORT_DETAILS) }</label>
            <button type="button" id="print-unit" onclick={print}>{ tr(lang, i18n::PRINT_UNIT) }</button>
            <button type="button" id="print-unit-report" onclick={print_report}>{ tr(lang, i18n::PRINT_UNIT_REPORT) }</button>
            <button type="button" id="download-unit-docx" onclick={docx}>{ tr(lang, i18n::DOWNLOAD_DOCX) }</button>
            <button type="button" id="clear-unit" class="danger" onclick={clear}>{ tr(lang, i18n::CLEAR_UNIT) }</button>
            if let Some(p) = &*pending {
                <div class="message import-choice" role="group" id="import-choice">
                    <p>{ tr(lang, i18n::IMPORT_CHOICE) }{ " " }{ p.members.len() }</p>
                    <button type="button" id="import-replace" onclick={choose(state, &pending, Some(true))}>{ tr(lang, i18n::IMPORT_REPLACE) }</button>
                    { " " }
                    <button type="button" id="import-add" onclick={choose(state, &pending, Some(false))}>{ tr(lang, i18n::IMPORT_ADD) }</button>
                    { " " }
                    <button type="button" id="import-cancel" class="secondary" onclick={choose(state, &pending, None)}>{ tr(lang, i18n::CANCEL) }</button>
                </div>
            }
        </div>
    }
}

/// The answer to "replace or add?": `Some(true)` replaces, `Some(false)` adds, `None` drops the import.
fn choose(state: &UseReducerHandle<State>, pending: &PendingHandle, replace: Option<bool>) -> Callback<MouseEvent> {
    let (state, pending) = (state.clone(), pending.clone());
    Callback::from(move |_| {
        let Some(p) = (*pending).clone() else { return };
        pending.set(None);
        if let Some(replace) = replace {
            add_members(&state, p.members.clone(), p.report.clone(), replace);
        }
    })
}

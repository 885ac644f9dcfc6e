//! Unit view: import candidates (CSV or JSON), the CSV template, exports, print, clear.
//! A bad row is reported with its row and column; the good rows are kept.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use super::i18n::{self, tr};
use super::state::{Action, Message, State};
use crate::browser;
use crate::rules::unit::{self, Import};
use crate::rules::{Evaluation, InputError, Standards, Text};

#[derive(Properties, PartialEq)]
pub struct UnitToolbarProps {
    pub state: UseReducerHandle<State>,
    pub unit_result: Rc<Result<Evaluation, Vec<InputError>>>,
    pub today: NaiveDate,
}

/// CSV rows read and added per task when importing.
const IMPORT_SLICE: usize = 200;

fn import_message(n: usize, errors: &[unit::CsvError]) -> Text {
    let mut vi = format!("{} {n}.", i18n::IMPORTED.0);
    let mut en = format!("{} {n}.", i18n::IMPORTED.1);
    if !errors.is_empty() {
        let texts: Vec<Text> = errors.iter().map(|e| e.text()).collect();
        let j = Text::join(&texts, " · ");
        vi += &format!(" {} {}", i18n::IMPORT_ROW_ERRORS.0, j.vi);
        en += &format!(" {} {}", i18n::IMPORT_ROW_ERRORS.1, j.en);
    }
    Text { vi, en }
}

/// Reads a CSV a slice of rows per task (a file of 1,000 rows would otherwise block the
/// page), adds the good rows as it goes and reports the bad ones at the end.
fn import_csv_in_slices(state: &UseReducerHandle<State>, text: &str, say: impl Fn(bool, Text) + 'static) {
    let rows = unit::split_csv(text);
    let reader = match unit::CsvReader::new(rows.first().map(Vec::as_slice)) {
        Ok(r) => Rc::new(r),
        Err(e) => return say(true, Text { vi: format!("{} {}", i18n::LOAD_FAILED.0, e.text().vi), en: format!("{} {}", i18n::LOAD_FAILED.1, e.text().en) }),
    };
    let rows: Vec<(usize, Vec<String>)> = rows.into_iter().enumerate().skip(1).map(|(i, r)| (i + 1, r)).collect();
    let slices: Vec<Vec<(usize, Vec<String>)>> = rows.chunks(IMPORT_SLICE).map(<[_]>::to_vec).collect();
    let total = slices.len();
    let found: Rc<RefCell<(usize, Vec<unit::CsvError>)>> = Rc::new(RefCell::new((0, Vec::new())));
    let say = Rc::new(say);
    if total == 0 {
        return say(false, import_message(0, &[]));
    }
    for (k, slice) in slices.into_iter().enumerate() {
        let (state, reader, found, say) = (state.clone(), reader.clone(), found.clone(), say.clone());
        gloo::timers::callback::Timeout::new(0, move || {
            let mut good = Vec::new();
            for (row_no, cells) in &slice {
                match reader.row(cells, *row_no, Standards::get()) {
                    Ok(p) => good.push(p),
                    Err(e) => found.borrow_mut().1.extend(e),
                }
            }
            found.borrow_mut().0 += good.len();
            state.dispatch(Action::ImportMembers(good));
            if k + 1 == total {
                let f = found.borrow();
                say(!f.1.is_empty(), import_message(f.0, &f.1));
            }
        })
        .forget();
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
    let import = {
        let (state, reader) = (state.clone(), reader.clone());
        Callback::from(move |e: Event| {
            let Some(file) = super::chosen_file(&e) else {
                return;
            };
            let name = file.name();
            let state = state.clone();
            let r = browser::read_text(file, move |res| {
                let say = {
                    let state = state.clone();
                    move |error: bool, text: Text| state.dispatch(Action::Say(Some(Message { error, text })))
                };
                let Ok(text) = res else {
                    return say(true, Text::new(i18n::LOAD_FAILED.0, i18n::LOAD_FAILED.1));
                };
                if name.to_ascii_lowercase().ends_with(".csv") {
                    return import_csv_in_slices(&state, &text, say);
                }
                match unit::import(&name, &text, Standards::get()) {
                    Import::Refused(why) => say(true, Text { vi: format!("{} {}", i18n::LOAD_FAILED.0, why.vi), en: format!("{} {}", i18n::LOAD_FAILED.1, why.en) }),
                    Import::Unit(u) => {
                        let n = u.members.len();
                        state.dispatch(Action::LoadUnit(u));
                        say(false, Text { vi: format!("{} {n}", i18n::IMPORTED.0), en: format!("{} {n}", i18n::IMPORTED.1) });
                    }
                    Import::Members(ps, errors) => {
                        let n = ps.len();
                        state.dispatch(Action::ImportMembers(ps));
                        say(!errors.is_empty(), import_message(n, &errors));
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
            let v = unit::export_json(
                &state.unit,
                result.as_ref().as_ref().ok(),
                &refs(&state),
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
            gloo::timers::callback::Timeout::new(50, browser::print).forget();
        })
    };
    let print_report = {
        let state = state.clone();
        Callback::from(move |_| {
            state.dispatch(Action::PrintReport(true));
            gloo::timers::callback::Timeout::new(50, browser::print).forget();
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
    let clear = super::confirm_clear(state, i18n::CLEAR_UNIT_CONFIRM, browser::UNIT_KEY, Action::ClearUnit);
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
        </div>
    }
}

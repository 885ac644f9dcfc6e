//! Download the dossier summary, open a profile file, print, clear this device's data.
//! A file that cannot be used leaves the current data exactly as it was.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use crate::rules::date::iso;
use super::i18n::{self, tr};
use super::state::{Action, Message, State};
use crate::browser;
use crate::rules::{self, summary, Evaluation, InputError, Standards, Text};

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub state: UseReducerHandle<State>,
    pub result: Rc<Result<Evaluation, Vec<InputError>>>,
    pub today: NaiveDate,
}

/// Checks a loaded file fully (shape and values) before anything changes.
pub fn check_file(text: &str, today: NaiveDate) -> Result<rules::Profile, Text> {
    let profiles = rules::parse_profiles(text).map_err(|e| e.message)?;
    let first = profiles
        .into_iter()
        .next()
        .ok_or_else(|| Text::new("Tệp không có hồ sơ nào.", "The file holds no profile."))?;
    match rules::evaluate(&first, today) {
        Ok(_) => Ok(first),
        Err(errors) => {
            let e = &errors[0];
            Err(Text::new(format!("{}: {}", e.field, e.message.vi), format!("{}: {}", e.field, e.message.en)))
        }
    }
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let reader: Rc<RefCell<Option<gloo::file::callbacks::FileReader>>> = use_mut_ref(|| None);

    let download = {
        let (state, result) = (state.clone(), props.result.clone());
        Callback::from(move |_| {
            let Ok(ev) = &*result else { return };
            let s = summary::summary(Standards::get(), &state.profile, ev, &browser::now_iso());
            let name = state
                .profile
                .person
                .as_ref()
                .map(|p| p.full_name.clone())
                .unwrap_or_default();
            let text = summary::to_json(&s);
            browser::download(
                &summary::file_name(&name, &iso(ev.proposal_date)),
                &text,
                "application/json",
            );
        })
    };
    let load = {
        let (state, today, reader) = (state.clone(), props.today, reader.clone());
        Callback::from(move |e: Event| {
            let Some(file) = super::chosen_file(&e) else {
                return;
            };
            let state = state.clone();
            let r = browser::read_text(file, move |res| {
                let outcome = match res {
                    Err(()) => Err(Text::new(
                        "Không đọc được tệp.",
                        "The file could not be read.",
                    )),
                    Ok(text) => check_file(&text, today),
                };
                match outcome {
                    Ok(_) if state.profile != super::state::empty_profile()
                        && !browser::confirm(tr(state.lang, i18n::LOAD_REPLACE_CONFIRM)) => {}
                    Ok(profile) => {
                        state.dispatch(Action::Load(profile));
                        state.dispatch(Action::Say(Some(Message {
                            error: false,
                            text: Text::new(i18n::LOADED.0, i18n::LOADED.1),
                        })));
                    }
                    Err(why) => state.dispatch(Action::Say(Some(Message {
                        error: true,
                        text: Text::new(format!("{} {}", i18n::LOAD_FAILED.0, why.vi), format!("{} {}", i18n::LOAD_FAILED.1, why.en)),
                    }))),
                }
            });
            *reader.borrow_mut() = Some(r);
        })
    };
    let print = Callback::from(|_| browser::print());
    let docx = {
        let (state, result) = (state.clone(), props.result.clone());
        Callback::from(move |_| {
            let p = state.current();
            let ev = result.as_ref().as_ref().ok();
            let bytes = crate::rules::docx::docx(&crate::rules::dossier::report(Standards::get(), p, ev, state.lang));
            let name = p.person.as_ref().map(|x| x.full_name.clone()).or(p.unit.as_ref().map(|u| u.name.clone())).unwrap_or_default();
            browser::download_bytes(
                &crate::rules::dossier::docx_file_name(&name, ev.map(|e| e.proposal_date)),
                &bytes,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            );
        })
    };
    let clear = super::confirm_clear(state, i18n::CLEAR_CONFIRM, browser::STORAGE_KEY, || Action::Clear);
    html! {
        <div class="toolbar no-print">
            <button type="button" id="download" onclick={download} disabled={props.result.is_err()}>{ tr(lang, i18n::DOWNLOAD) }</button>
            <label class="button" for="load-file">{ tr(lang, i18n::LOAD) }</label>
            <input id="load-file" class="visually-hidden-file" type="file" accept=".json,application/json" onchange={load} />
            <button type="button" id="print" onclick={print}>{ tr(lang, i18n::PRINT) }</button>
            <button type="button" id="download-docx" onclick={docx}>{ tr(lang, i18n::DOWNLOAD_DOCX) }</button>
            <button type="button" id="clear" class="danger" onclick={clear}>{ tr(lang, i18n::CLEAR) }</button>
        </div>
    }
}

//! The root component: restores saved data, autosaves every change, derives the results
//! from the profile on every change, and lays out the sections.

use yew::prelude::*;

use super::achievements::Achievements;
use super::awards_received::AwardsReceived;
use super::calendar::CalendarPanel;
use super::declarations::Declarations;
use super::i18n::{self, tr};
use super::person_form::PersonForm;
use super::report::Report;
use super::results::Results;
use super::state::{Action, State};
use super::toolbar::Toolbar;
use super::years_table::YearsTable;
use crate::browser;
use crate::rules::{self, Lang};

/// The state at start: the saved profile and language, if storage allows.
pub fn initial_state() -> State {
    let mut s = State::default();
    match browser::load(browser::LANG_KEY) {
        Err(()) => s.storage_ok = false,
        Ok(Some(l)) if l == "en" => s.lang = Lang::En,
        Ok(_) => {}
    }
    if let Ok(Some(text)) = browser::load(browser::STORAGE_KEY) {
        if let Some(p) = rules::parse_profiles(&text).ok().and_then(|v| v.into_iter().next()) {
            s.profile = p;
        }
    }
    s
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(initial_state);
    let today = *use_state(browser::today);

    {
        let s = state.clone();
        use_effect_with((state.profile.clone(), state.lang), move |(profile, lang)| {
            let code = if *lang == Lang::En { "en" } else { "vi" };
            browser::set_document_lang(code);
            let text = serde_json::to_string(profile).unwrap_or_default();
            let saved = browser::save(browser::STORAGE_KEY, &text).and_then(|_| browser::save(browser::LANG_KEY, code));
            if saved.is_err() && s.storage_ok {
                s.dispatch(Action::StorageFailed);
            }
        });
    }
    let result = use_memo((state.profile.clone(), today), |(p, t)| rules::evaluate(p, *t));

    let lang = state.lang;
    let proposal_date = match &*result {
        Ok(ev) => ev.proposal_date,
        Err(_) => today,
    };
    let switch = {
        let s = state.clone();
        Callback::from(move |_| s.dispatch(Action::SetLang(if s.lang == Lang::Vi { Lang::En } else { Lang::Vi })))
    };
    html! {
        <div class="app">
            <header class="top">
                <div>
                    <h1>{ tr(lang, i18n::APP_TITLE) }</h1>
                    <p class="subtitle">{ tr(lang, i18n::APP_SUBTITLE) }</p>
                </div>
                <button type="button" id="lang-switch" class="secondary no-print" onclick={switch}
                    aria-label={tr(lang, i18n::LANG_SWITCH_LABEL)} lang={if lang == Lang::Vi { "en" } else { "vi" }}>{ tr(lang, i18n::LANG_SWITCH) }</button>
            </header>
            <nav aria-label={tr(lang, i18n::TOOLBAR_LABEL)}>
                <Toolbar state={state.clone()} result={result.clone()} today={today} />
            </nav>
            <main class="layout">
                if !state.storage_ok {
                    <p class="message error wide" role="alert" id="storage-warning">{ tr(lang, i18n::STORAGE_BLOCKED) }</p>
                }
                if let Some(m) = &state.message {
                    <p class={classes!("message", "wide", m.error.then_some("error"))} role={if m.error { "alert" } else { "status" }} id="message">{ m.text.get(lang) }</p>
                }
                <div class="form no-print">
                    <PersonForm state={state.clone()} />
                    <YearsTable state={state.clone()} />
                    <Achievements state={state.clone()} />
                    <AwardsReceived state={state.clone()} />
                    <Declarations state={state.clone()} />
                </div>
                <div class="side">
                    <Results result={result.clone()} lang={lang} />
                    <CalendarPanel date={proposal_date} lang={lang} />
                </div>
            </main>
            <Report profile={state.profile.clone()} result={result.clone()} lang={lang} today={today} />
        </div>
    }
}

//! The root component: restores saved data, autosaves every change, derives results
//! from the profiles (`use_memo`), evaluates a unit's candidates in small chunks so no
//! task blocks the page, and lays out the individual or the unit view.

use std::rc::Rc;

use yew::prelude::*;

use super::achievements::Achievements;
use super::awards_received::AwardsReceived;
use super::calendar::CalendarPanel;
use super::candidates::{Candidates, UnitReport};
use super::declarations::Declarations;
use super::error_summary::{error_summary, FieldErrors};
use super::i18n::{self, tr};
use super::person_form::PersonForm;
use super::programme_facts::programme_facts;
use super::report::Report;
use super::results::Results;
use super::state::{Action, State, View};
use super::toolbar::Toolbar;
use super::unit_form::UnitForm;
use super::unit_toolbar::UnitToolbar;
use super::years_table::YearsTable;
use crate::browser;
use crate::rules::{self, unit, Evaluation, Lang};

/// Longest stretch of candidate evaluation in one task, in milliseconds.
const CHUNK_MS: f64 = 25.0;

/// The state at start: the saved profile, unit and language, if storage allows.
pub fn initial_state() -> State {
    let mut s = State::default();
    match browser::load(browser::LANG_KEY) {
        Err(()) => s.storage_ok = false,
        Ok(Some(l)) if l == "en" => s.lang = Lang::En,
        Ok(_) => {}
    }
    let first = |key: &str| {
        browser::load(key)
            .ok()
            .flatten()
            .and_then(|t| rules::parse_profiles(&t).ok())
            .and_then(|v| v.into_iter().next())
    };
    if let Some(p) = first(browser::STORAGE_KEY) {
        s.profile = p;
    }
    if let Some(u) = first(browser::UNIT_KEY) {
        s.apply(Action::LoadUnit(u));
    }
    if browser::load(browser::VIEW_KEY).ok().flatten().as_deref() == Some("unit") {
        s.view = View::Unit;
    }
    s
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(initial_state);
    let today = *use_state(browser::today);

    // Autosave: the individual profile and language on change; the unit by revision.
    {
        let s = state.clone();
        use_effect_with(
            (state.profile.clone(), state.lang, state.view == View::Unit),
            move |(profile, lang, unit_view)| {
                let code = if *lang == Lang::En { "en" } else { "vi" };
                browser::set_document_lang(code);
                let text = serde_json::to_string(profile).unwrap_or_default();
                let saved = browser::save(browser::STORAGE_KEY, &text)
                    .and_then(|_| browser::save(browser::LANG_KEY, code))
                    .and_then(|_| {
                        browser::save(
                            browser::VIEW_KEY,
                            if *unit_view { "unit" } else { "individual" },
                        )
                    });
                if saved.is_err() && s.storage_ok {
                    s.dispatch(Action::StorageFailed);
                }
            },
        );
    }
    {
        let s = state.clone();
        use_effect_with(state.unit_rev, move |_| {
            // In a task of its own: a unit of 1,000 is about 1 MB of JSON.
            let timer = (s.unit_rev > 0).then(|| {
                gloo::timers::callback::Timeout::new(0, move || {
                    let text = serde_json::to_string(&s.unit).unwrap_or_default();
                    if browser::save(browser::UNIT_KEY, &text).is_err() && s.storage_ok {
                        s.dispatch(Action::StorageFailed);
                    }
                })
            });
            move || drop(timer)
        });
    }
    // Candidates are evaluated a chunk at a time; each result re-runs this effect.
    {
        let s = state.clone();
        use_effect_with(
            (state.members_rev, state.pending(), today),
            move |(rev, pending, today)| {
                let timer = (*pending > 0).then(|| {
                    let (s, rev, today) = (s.clone(), *rev, *today);
                    gloo::timers::callback::Timeout::new(0, move || {
                        let (date, y) = unit::unit_context(&s.unit, today);
                        let start = js_sys::Date::now();
                        let mut out = Vec::new();
                        for (i, slot) in s.member_results.iter().enumerate() {
                            if slot.is_none() {
                                let m = unit::member_in_unit(&s.unit.members[i], date, y);
                                out.push((i, Rc::new(rules::evaluate(&m, today))));
                                if js_sys::Date::now() - start > CHUNK_MS {
                                    break;
                                }
                            }
                        }
                        s.dispatch(Action::MemberResults(rev, out));
                    })
                });
                move || drop(timer)
            },
        );
    }

    // The profile in the form, evaluated (a candidate on the unit's date and year). The
    // unit view has its own evaluation below: cloning and comparing a unit of 1,000 on
    // every render would block the page.
    let current = match state.view {
        View::Member(i) if i < state.unit.members.len() => {
            let (date, y) = unit::unit_context(&state.unit, today);
            Some(unit::member_in_unit(&state.unit.members[i], date, y))
        }
        View::Unit => None,
        _ => Some(state.current().clone()),
    };
    let result = use_memo((current, today), |(p, t)| match p {
        Some(p) => rules::evaluate(p, *t),
        None => rules::evaluate(&super::state::empty_profile(), *t),
    });
    let unit_result = {
        let s = state.clone();
        use_memo(
            (state.unit_rev, state.members_rev, state.pending(), today),
            move |(_, _, _, today)| {
                let refs: Vec<Option<&Evaluation>> = s
                    .member_results
                    .iter()
                    .map(|r| r.as_ref().and_then(|r| r.as_ref().as_ref().ok()))
                    .collect();
                let ev = unit::evaluate_unit(&s.unit, &refs, *today);
                let (_, y) = unit::unit_context(&s.unit, *today);
                let warnings = unit::review_warnings(&s.unit, ev.as_ref().ok(), &refs, y);
                (Rc::new(ev), warnings)
            },
        )
    };

    // The printed unit list, rebuilt only when the results settle.
    let report_rows = {
        let s = state.clone();
        let wanted = state.printing;
        use_memo(
            (state.members_rev, state.pending(), state.unit_rev, wanted),
            move |(_, _, _, wanted)| {
                if *wanted {
                    super::candidates::report_rows(&s)
                } else {
                    Vec::new()
                }
            },
        )
    };
    let lang = state.lang;
    let proposal_date = match &*result {
        Ok(ev) => ev.proposal_date,
        Err(_) => today,
    };
    let switch = {
        let s = state.clone();
        Callback::from(move |_| {
            s.dispatch(Action::SetLang(if s.lang == Lang::Vi {
                Lang::En
            } else {
                Lang::Vi
            }))
        })
    };
    let set_view = |v: View| {
        let s = state.clone();
        Callback::from(move |_| s.dispatch(Action::SetView(v)))
    };
    let unit_view = state.view == View::Unit;
    let member_view = matches!(state.view, View::Member(_));
    let embed = *use_state(browser::embed_mode);
    // The form's input errors, placed at their fields and in the summary (issue 12).
    let no_errors = Vec::new();
    let form_errors = FieldErrors::new(
        match if unit_view { &*unit_result.0 } else { &*result } {
            Err(e) => e,
            Ok(_) => &no_errors,
        },
        unit_view,
        lang,
    );
    html! {
        <div class={classes!("app", embed.then_some("embed"))}>
            <header class="top">
                if embed {
                    // Embedded: the host page carries the header; the title stays for screen readers.
                    <h1 class="sr-only">{ tr(lang, i18n::APP_TITLE) }</h1>
                } else {
                    <div>
                        <h1>{ tr(lang, i18n::APP_TITLE) }</h1>
                        <p class="subtitle">{ tr(lang, i18n::APP_SUBTITLE) }</p>
                    </div>
                }
                <button type="button" id="lang-switch" class="secondary no-print" onclick={switch}
                    aria-label={tr(lang, i18n::LANG_SWITCH_LABEL)} lang={if lang == Lang::Vi { "en" } else { "vi" }}>{ tr(lang, i18n::LANG_SWITCH) }</button>
            </header>
            <nav aria-label={tr(lang, i18n::TOOLBAR_LABEL)} class="no-print">
                <div class="tabs" role="group" aria-label={tr(lang, i18n::MODE_LABEL)}>
                    <button type="button" id="mode-individual" class={classes!("tab", (state.view == View::Individual).then_some("active"))}
                        aria-pressed={(state.view == View::Individual).to_string()} onclick={set_view(View::Individual)}>{ tr(lang, i18n::MODE_INDIVIDUAL) }</button>
                    <button type="button" id="mode-unit" class={classes!("tab", (unit_view || member_view).then_some("active"))}
                        aria-pressed={(unit_view || member_view).to_string()} onclick={set_view(View::Unit)}>{ tr(lang, i18n::MODE_UNIT) }</button>
                </div>
                if unit_view {
                    <UnitToolbar state={state.clone()} unit_result={unit_result.0.clone()} today={today} />
                } else {
                    <Toolbar state={state.clone()} result={result.clone()} today={today} />
                }
            </nav>
            <main class="layout">
                if !state.storage_ok {
                    <p class="message error wide" role="alert" id="storage-warning">{ tr(lang, i18n::STORAGE_BLOCKED) }</p>
                }
                if let Some(m) = &state.message {
                    <p class={classes!("message", "wide", m.error.then_some("error"))} role={if m.error { "alert" } else { "status" }} id="message">{ m.text.get(lang) }</p>
                }
                if member_view {
                    <p class="wide member-bar">
                        <button type="button" id="back-to-unit" class="secondary" onclick={set_view(View::Unit)}>{ tr(lang, i18n::BACK_TO_UNIT) }</button>
                        { " " }{ tr(lang, i18n::EDITING_MEMBER) }
                    </p>
                }
                if unit_view {
                    <div class="form no-print">
                        { error_summary(&form_errors, lang) }
                        <UnitForm state={state.clone()} errors={form_errors.clone()} />
                        <YearsTable state={state.clone()} errors={form_errors.clone()} />
                        <Declarations state={state.clone()} />
                        { programme_facts(&state, &form_errors) }
                    </div>
                    <div class="side">
                        <Candidates state={state.clone()} />
                        if !unit_result.1.is_empty() {
                            <section class="card warnings-card" aria-labelledby="sec-review" id="review-warnings">
                                <h2 id="sec-review">{ tr(lang, i18n::REVIEW_WARNINGS) }</h2>
                                <ul>{ for unit_result.1.iter().map(|w| html! { <li>{ w.get(lang) }</li> }) }</ul>
                            </section>
                        }
                        <Results result={unit_result.0.clone()} lang={lang} title={Some(tr(lang, i18n::UNIT_RESULTS))} />
                    </div>
                } else {
                    <div class="form no-print">
                        { error_summary(&form_errors, lang) }
                        <PersonForm state={state.clone()} errors={form_errors.clone()} />
                        <YearsTable state={state.clone()} errors={form_errors.clone()} />
                        <Achievements state={state.clone()} errors={form_errors.clone()} />
                        <AwardsReceived state={state.clone()} errors={form_errors.clone()} />
                        <Declarations state={state.clone()} />
                        { programme_facts(&state, &form_errors) }
                    </div>
                    <div class="side">
                        <Results result={result.clone()} lang={lang} />
                        <CalendarPanel date={proposal_date} lang={lang} />
                    </div>
                }
            </main>
            if unit_view {
                <UnitReport lang={lang} unit_name={state.unit.unit.as_ref().map(|u| u.name.clone()).unwrap_or_default()}
                    rows={report_rows.clone()} unit_result={unit_result.0.clone()} warnings={unit_result.1.clone()} />
            } else {
                <Report state={state.clone()} result={result.clone()} today={today} />
            }
        </div>
    }
}

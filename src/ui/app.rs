//! The root component: restores saved data, autosaves every change, derives results
//! from the profiles (`use_memo`), evaluates a unit's candidates in small chunks so no
//! task blocks the page, and lays out the individual or the unit view.
//! Invariants (issue 11): stored data that cannot be read is copied to a backup key and
//! reported, never replaced unseen (a newer format is never written over); every save goes
//! through `browser::save_tracked`, which refuses to write over another tab's newer
//! revision; other tabs' saves are followed through the `storage` event.

use std::rc::Rc;

use yew::prelude::*;

use super::achievements::Achievements;
use super::awards_received::AwardsReceived;
use super::calendar::CalendarPanel;
use super::candidates::{Candidates, UnitReport};
use super::declarations::declarations;
use super::error_summary::{error_summary, FieldErrors};
use super::i18n::{self, tr};
use super::person_form::person_form;
use super::programme_facts::programme_facts;
use super::report::Report;
use super::jump_bar::jump_bar;
use super::results::{self as results_mod, Results};
use super::start_panel::StartPanel;
use super::state::{Action, Message, State, Unreadable, View};
use super::toolbar::Toolbar;
use super::unit_form::unit_form;
use super::unit_toolbar::UnitToolbar;
use super::years_table::YearsTable;
use super::SectionProps;
use crate::browser;
use crate::rules::{self, unit, Evaluation, Lang, Profile, Text};

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
    if let Some(p) = read_stored(&mut s, browser::STORAGE_KEY) {
        s.profile = p;
    }
    // A unit too large for local storage is in IndexedDB: read after mount (`App`). A large
    // one in local storage (up to 4 MB, about 4,000 candidates: a task of about a second)
    // is parsed after mount too, a slice at a time (`restore_in_slices`).
    if !browser::db::spilled(browser::UNIT_KEY) {
        match browser::load_tracked(browser::UNIT_KEY).ok().flatten() {
            Some(text) if text.len() > SLICED_FROM => LATER.with(|l| *l.borrow_mut() = Some(text)),
            Some(text) => {
                if let Some(u) = parse_stored(&mut s.unreadable, browser::UNIT_KEY, &text) {
                    s.apply(Action::RestoreUnit(u));
                }
            }
            None => {}
        }
    } else {
        // Its revision still counts between tabs: read, so that this tab's saves are not
        // refused as stale when the unit later fits in local storage again.
        let _ = browser::load_tracked(browser::UNIT_KEY);
    }
    if browser::load(browser::VIEW_KEY).ok().flatten().as_deref() == Some("unit") {
        s.view = View::Unit;
    }
    s
}

/// Reads the profile saved under `key`, remembering its revision (tabs, issue 11). Data
/// that is there but cannot be read (a newer format, cut short, another shape) is never
/// replaced unseen: it is copied to its backup key and listed in `s.unreadable`, which the
/// page reports with a download; autosave leaves it alone when it is newer or uncopied.
fn read_stored(s: &mut State, key: &'static str) -> Option<Profile> {
    let text = browser::load_tracked(key).ok().flatten()?;
    parse_stored(&mut s.unreadable, key, &text)
}

/// Parses stored `text`; what cannot be read is backed up and listed in `unreadable`.
fn parse_stored(unreadable: &mut Vec<Unreadable>, key: &'static str, text: &str) -> Option<Profile> {
    let error = match rules::parse_profiles(text) {
        Ok(v) => return v.into_iter().next(),
        Err(e) => e,
    };
    unreadable.push(Unreadable {
        key,
        backup: browser::keep_backup(key, text),
        newer: error.field == "schema_version",
        why: error.message,
    });
    None
}

/// Saved units longer than this (bytes of JSON, about 250 candidates) are parsed after
/// mount, a slice at a time; shorter ones at start, in one task.
const SLICED_FROM: usize = 256 * 1024;

thread_local! {
    /// A large unit read from local storage at start, parsed after mount (`App`).
    static LATER: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// What became of a save through the one save path.
enum Saved {
    Written,
    /// Not written, on purpose: the stored data must be kept (unreadable and newer, or not
    /// backed up) or another tab saved newer data (the conflict warning is shown).
    Kept,
    /// Local storage could not take it (blocked, full, or too large to try).
    NoRoom,
}

/// Saves `text` under `key` through `browser::save_tracked` (revisions between tabs),
/// unless the stored data must be kept; `None` skips local storage (`NoRoom`). A newer
/// revision from another tab becomes the conflict warning, never a silent loss.
fn save_local(s: &UseReducerHandle<State>, key: &'static str, text: Option<&str>) -> Saved {
    if s.unreadable.iter().any(|u| u.key == key && u.keep_stored()) {
        return Saved::Kept;
    }
    match text.map_or(Err(browser::SaveError::Unavailable), |t| browser::save_tracked(key, t)) {
        Ok(()) => Saved::Written,
        Err(browser::SaveError::Unavailable) => Saved::NoRoom,
        Err(browser::SaveError::Newer) => {
            if !s.conflict {
                s.dispatch(Action::Conflict(true));
            }
            Saved::Kept
        }
    }
}

/// Saves the profile or the language; no room becomes the "storage blocked" warning.
fn persist(s: &UseReducerHandle<State>, key: &'static str, text: &str) {
    if let Saved::NoRoom = save_local(s, key, Some(text)) {
        if s.storage_ok {
            s.dispatch(Action::StorageFailed);
        }
    }
}

/// Takes what another tab stored under `key` (the profile or the unit).
fn take_stored(s: &UseReducerHandle<State>, key: &str) {
    let stored = || {
        let text = browser::load_tracked(key).ok()?;
        match text {
            None => Some(None),
            Some(t) => rules::parse_profiles(&t).ok()?.into_iter().next().map(Some),
        }
    };
    match stored() {
        Some(p) if key == browser::UNIT_KEY => s.dispatch(Action::RestoreUnit(p.unwrap_or_else(super::state::empty_unit))),
        Some(p) => s.dispatch(Action::RestoreProfile(p.unwrap_or_else(super::state::empty_profile))),
        // Unreadable (a newer app in the other tab): this tab keeps what it shows.
        None => {}
    }
}

/// Parses a unit saved by `save_unit_in_slices` (one candidate per line after the first)
/// `SAVE_SLICE` candidates per task, with the progress line, then loads it: 10,000 parsed
/// at once were one task of over a second. `at` is the byte where the next line starts.
/// Anything unexpected (an older save without lines, a line that does not parse) falls back
/// to parsing the whole text at once, as before: the same result or the same refusal — an
/// unreadable unit is backed up and reported like one read at start (`parse_stored`).
fn restore_in_slices(s: UseReducerHandle<State>, text: Rc<String>, unit: Option<(Profile, usize)>, at: usize) {
    crate::browser::after(0, Box::new(move || {
        let one = |t: &str| rules::parse_profiles(t).ok().and_then(|v| v.into_iter().next());
        let whole = || {
            let mut bad = Vec::new();
            match parse_stored(&mut bad, browser::UNIT_KEY, &text) {
                Some(u) => {
                    s.dispatch(Action::ImportProgress(None));
                    s.dispatch(Action::RestoreUnit(u));
                }
                None => bad.into_iter().for_each(|u| s.dispatch(Action::Unreadable(u))),
            }
        };
        let (mut unit, total, mut at) = match unit {
            Some((u, total)) => (u, total, at),
            None => match text.split_once('\n').and_then(|(head, _)| Some((one(&format!("{head}]}}"))?, head.len() + 1))) {
                Some((u, at)) => (u, text.matches('\n').count(), at),
                None => return whole(),
            },
        };
        for _ in 0..SAVE_SLICE {
            if at >= text.len() {
                break;
            }
            let end = text[at..].find('\n').map_or(text.len(), |e| at + e);
            let line = &text[at..end];
            let line = line.strip_suffix("]}").or_else(|| line.strip_suffix(',')).unwrap_or(line);
            match one(line) {
                Some(m) => unit.members.push(m),
                None => return whole(),
            }
            at = end + 1;
        }
        if at < text.len() {
            s.dispatch(Action::ImportProgress(Some((unit.members.len(), total))));
            return restore_in_slices(s, text, Some((unit, total)), at);
        }
        s.dispatch(Action::ImportProgress(None));
        s.dispatch(Action::RestoreUnit(unit));
    }));
}

/// How often, at most, evaluated candidates are handed to the page (the progress line and
/// the table): each hand-over renders the page, and a page rendered after every chunk spent
/// more time rendering and waiting for frames than evaluating (issue 13, 10,000 candidates).
const HAND_OVER_MS: f64 = 250.0;

/// Evaluates the candidates the state snapshot in `s` has no result for, from index `from`
/// on, at most `CHUNK_MS` per task; results gather in `out` and go to the state (one
/// `MemberResults`) every `HAND_OVER_MS` and at the end. The state's revision makes results
/// of an edited unit stale (dropped by the reducer); `cancelled` stops a loop whose effect
/// was cleaned up.
fn evaluate_in_chunks(s: UseReducerHandle<State>, today: chrono::NaiveDate, cancelled: Rc<std::cell::Cell<bool>>, from: usize, mut out: Vec<(usize, super::state::EvalResult)>, handed: f64) {
    crate::browser::after(0, Box::new(move || {
        if cancelled.get() {
            return;
        }
        let (date, y) = unit::unit_context(&s.unit, today);
        let start = js_sys::Date::now();
        let mut next = s.member_results.len();
        for (i, slot) in s.member_results.iter().enumerate().skip(from) {
            if slot.is_none() {
                let m = unit::member_in_unit(&s.unit.members[i], date, y);
                out.push((i, Rc::new(super::state::outcomes_only(rules::evaluate(&m, today)))));
                if js_sys::Date::now() - start > CHUNK_MS {
                    next = i + 1;
                    break;
                }
            }
        }
        let now = js_sys::Date::now();
        if next < s.member_results.len() && now - handed < HAND_OVER_MS {
            return evaluate_in_chunks(s, today, cancelled, next, out, handed);
        }
        // The effect runs again for this new state and goes on with the rest.
        s.dispatch(Action::MemberResults(s.members_rev, out));
    }));
}

/// Candidates written to JSON per task when autosaving (and parsed per task when restoring):
/// a unit of 10,000 is about 10 MB of JSON, far more than one task may take. 250, not 500:
/// a filter typed while the unit is being saved waits for the slice under way (issue 13:
/// ≤ 100 ms), and parsing 500 took 50–65 ms a task on the loaded machine.
const SAVE_SLICE: usize = 250;

/// Writes the unit as JSON a slice of candidates per task (the state snapshot in `s`
/// stays the same throughout), then saves it (`persist_unit`).
fn save_unit_in_slices(s: UseReducerHandle<State>, cancelled: Rc<std::cell::Cell<bool>>) {
    fn step(s: UseReducerHandle<State>, cancelled: Rc<std::cell::Cell<bool>>, mut json: String, from: usize) {
        crate::browser::after(0, Box::new(move || {
            if cancelled.get() {
                return;
            }
            let members = &s.unit.members;
            if from == 0 {
                // The unit without its candidates, its closing brace replaced by the list.
                json = rules::json::profile_to_string(&s.unit.without_members());
                json.pop();
                json.push_str(r#","members":["#);
            }
            // One candidate at a time into a buffer kept for the slice (no string per candidate).
            let mut one = rules::json::Out::<false>::default();
            let to = (from + SAVE_SLICE).min(members.len());
            for (i, m) in members[from..to].iter().enumerate() {
                if from + i > 0 {
                    json.push(',');
                }
                // Each candidate on a line of its own (compact JSON has no raw line break
                // inside), so that the restore can parse them a slice at a time.
                json.push('\n');
                one.0.clear();
                rules::json::write_profile(&mut one, m);
                json.push_str(&one.0);
            }
            if to < members.len() {
                return step(s, cancelled, json, to);
            }
            json.push_str("]}");
            persist_unit(&s, json);
        }));
    }
    step(s, cancelled, String::new(), 0);
}

/// The unit's save: through the one save path (`save_local`, revisions between tabs) when it
/// fits in local storage, else in IndexedDB (`browser::db`, issue 13: units of thousands).
/// Above 4 MB local storage is not even tried (browsers give it about 5 MB, and a refused
/// 10 MB write still costs a long task). Once it fits again the IndexedDB copy is dropped.
fn persist_unit(s: &UseReducerHandle<State>, text: String) {
    const LOCAL_MAX: usize = 4_000_000;
    let key = browser::UNIT_KEY;
    let fits = text.len() <= LOCAL_MAX;
    match save_local(s, key, fits.then_some(text.as_str())) {
        Saved::Written => browser::db::unspill(key),
        Saved::NoRoom => {
            let s = s.clone();
            browser::db::spill(key, text, move |r| {
                if r.is_err() && s.storage_ok {
                    s.dispatch(Action::StorageFailed);
                }
            });
        }
        Saved::Kept => {}
    }
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(initial_state);
    let today = *use_state(browser::today);

    // Autosave: the individual profile and language on change; the unit by revision.
    {
        let s = state.clone();
        use_effect_with(
            (state.profile_rev, state.lang, state.view == View::Unit),
            move |(_, lang, unit_view)| {
                let profile = &s.profile;
                let code = if *lang == Lang::En { "en" } else { "vi" };
                browser::set_document_lang(code);
                browser::set_document_title(tr(*lang, i18n::PAGE_TITLE));
                let text = rules::json::profile_to_string(profile);
                persist(&s, browser::STORAGE_KEY, &text);
                let saved = browser::save(browser::LANG_KEY, code)
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
            // A newer revision cancels a save still under way (it saves everything again).
            let cancelled = Rc::new(std::cell::Cell::new(false));
            // Nothing to write for a unit just restored from storage (`RestoreUnit`).
            if s.unit_rev > 0 && s.unit_rev != s.unit_stored_rev {
                save_unit_in_slices(s, cancelled.clone());
            }
            move || cancelled.set(true)
        });
    }
    // Once, on start (one effect for the three: each `use_effect_with` compiles its own hook).
    {
        let s = state.clone();
        use_effect_with((), move |_| {
            // A large unit from local storage, or one saved in IndexedDB (too large for
            // local storage), is restored a slice at a time.
            if let Some(text) = LATER.with(|l| l.borrow_mut().take()) {
                restore_in_slices(s.clone(), Rc::new(text), None, 0);
            } else if browser::db::spilled(browser::UNIT_KEY) {
                let s = s.clone();
                browser::db::get(browser::UNIT_KEY, move |r| {
                    if let Some(text) = r.ok().flatten() {
                        restore_in_slices(s, Rc::new(text), None, 0);
                    }
                });
            }
            // The browser's own print (Ctrl+P) builds the printed unit list too, and drops it after.
            let p = s.clone();
            browser::on_print(move |on| p.dispatch(Action::SetPrinting(on)));
            // Other tabs: their saves (seen as a new revision) are taken over here, unless this
            // tab holds changes that could not be saved; then the warning stays and the user
            // chooses.
            browser::on_storage_change(move |changed| {
                for key in [browser::STORAGE_KEY, browser::UNIT_KEY] {
                    if changed != browser::rev_key(key) && !changed.is_empty() {
                        continue;
                    }
                    if browser::refused(key) {
                        s.dispatch(Action::Conflict(true));
                    } else {
                        take_stored(&s, key);
                        s.dispatch(Action::Say(Some(Message { error: false, text: Text::new(i18n::OTHER_TAB_SYNCED.0, i18n::OTHER_TAB_SYNCED.1) })));
                    }
                }
                if changed == browser::LANG_KEY {
                    match browser::load(browser::LANG_KEY).ok().flatten().as_deref() {
                        Some("en") => s.dispatch(Action::SetLang(Lang::En)),
                        Some("vi") => s.dispatch(Action::SetLang(Lang::Vi)),
                        _ => {}
                    }
                }
            });
        });
    }
    // Candidates are evaluated a chunk at a time (`evaluate_in_chunks`); each batch of
    // results re-runs this effect for the ones still missing.
    {
        let s = state.clone();
        use_effect_with(
            (state.members_rev, state.pending(), today),
            move |(_, pending, today)| {
                let cancelled = Rc::new(std::cell::Cell::new(false));
                if *pending > 0 {
                    evaluate_in_chunks(s, *today, cancelled.clone(), 0, Vec::new(), js_sys::Date::now());
                }
                move || cancelled.set(true)
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
    // Nothing deciding entered yet: the results show neutral "not entered" states.
    let entered = current.as_ref().is_some_and(results_mod::entered);
    let result = use_memo((current, today), |(p, t)| match p {
        Some(p) => rules::evaluate(p, *t),
        None => rules::evaluate(&super::state::empty_profile(), *t),
    });
    let unit_result = {
        let s = state.clone();
        // While candidates are being evaluated the unit is evaluated once, then again when
        // all are done: at every chunk it cost O(candidates) each time (issue 13: 10,000).
        use_memo(
            (state.unit_rev, state.members_rev, state.pending() == 0, today),
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
        let wanted = state.printing && !state.print_report;
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
    // Candidates evaluated: the progress of the evaluation, a prop of its own (it is no
    // new revision of the state, see `state.rs`).
    let done = state.unit.members.len() - state.pending();
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
        <div class="app" data-embed={embed.then_some("1")}>
            <nav class="skip-links no-print" aria-label={tr(lang, i18n::SKIP_LABEL)}>
                <a href="#form">{ tr(lang, i18n::SKIP_FORM) }</a>
                <a href="#results">{ tr(lang, i18n::SKIP_RESULTS) }</a>
            </nav>
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
            <nav aria-label={tr(lang, i18n::TOOLBAR_LABEL)} class="no-print" id="toolbar" tabindex="-1">
                <div class="tabs" role="group" aria-label={tr(lang, i18n::MODE_LABEL)}>
                    <button type="button" id="mode-individual" class="tab"
                        aria-pressed={(state.view == View::Individual).to_string()} onclick={set_view(View::Individual)}>{ tr(lang, i18n::MODE_INDIVIDUAL) }</button>
                    <button type="button" id="mode-unit" class="tab"
                        aria-pressed={(unit_view || member_view).to_string()} onclick={set_view(View::Unit)}>{ tr(lang, i18n::MODE_UNIT) }</button>
                </div>
                if unit_view {
                    <UnitToolbar state={state.clone()} unit_result={unit_result.0.clone()} today={today} done={done} />
                } else {
                    <Toolbar state={state.clone()} result={result.clone()} today={today} />
                }
            </nav>
            <main class="layout">
                if !unit_view {
                    { jump_bar(&result, lang, entered) }
                }
                if state.view == View::Individual {
                    <StartPanel lang={lang} />
                }
                if !state.storage_ok {
                    <p class="message error wide" role="alert" id="storage-warning">{ tr(lang, i18n::STORAGE_BLOCKED) }</p>
                }
                { for state.unreadable.iter().map(|u| unreadable_notice(u, lang)) }
                if state.conflict {
                    <div class="message error wide" role="alert" id="other-tab">
                        <p>{ tr(lang, i18n::OTHER_TAB) }</p>
                        <button type="button" id="load-other-tab" onclick={use_other_tab(&state)}>{ tr(lang, i18n::LOAD_OTHER_TAB) }</button>
                        { " " }
                        <button type="button" id="download-this-tab" class="secondary" onclick={download_this_tab(&state)}>{ tr(lang, i18n::DOWNLOAD_THIS_TAB) }</button>
                    </div>
                }
                if let Some(m) = &state.message {
                    <p class="message wide" role={if m.error { "alert" } else { "status" }} id="message">{ m.text.get(lang) }</p>
                }
                if member_view {
                    <p class="wide member-bar">
                        <button type="button" id="back-to-unit" class="secondary" onclick={set_view(View::Unit)}>{ tr(lang, i18n::BACK_TO_UNIT) }</button>
                        { " " }{ tr(lang, i18n::EDITING_MEMBER) }
                    </p>
                }
                if unit_view {
                    <div class="form no-print" id="form" tabindex="-1">
                        { error_summary(&form_errors, lang) }
                        { unit_form(&SectionProps { state: state.clone(), errors: form_errors.clone() }) }
                        <YearsTable state={state.clone()} errors={form_errors.clone()} />
                        { declarations(&SectionProps { state: state.clone(), errors: Default::default() }) }
                        { programme_facts(&state, &form_errors) }
                    </div>
                    <div class="side">
                        <Candidates state={state.clone()} done={done} importing={state.import_progress} />
                        if !unit_result.1.is_empty() {
                            <section class="card warnings-card" aria-labelledby="sec-review" id="review-warnings">
                                <h2 id="sec-review">{ tr(lang, i18n::REVIEW_WARNINGS) }</h2>
                                <ul>{ for unit_result.1.iter().map(|w| html! { <li>{ w.get(lang) }</li> }) }</ul>
                            </section>
                        }
                        <Results result={unit_result.0.clone()} lang={lang} title={Some(tr(lang, i18n::UNIT_RESULTS))} />
                    </div>
                } else {
                    <div class="form no-print" id="form" tabindex="-1">
                        { error_summary(&form_errors, lang) }
                        { person_form(&SectionProps { state: state.clone(), errors: form_errors.clone() }) }
                        <YearsTable state={state.clone()} errors={form_errors.clone()} />
                        <Achievements state={state.clone()} errors={form_errors.clone()} />
                        <AwardsReceived state={state.clone()} errors={form_errors.clone()} />
                        { declarations(&SectionProps { state: state.clone(), errors: Default::default() }) }
                        { programme_facts(&state, &form_errors) }
                        <nav class="form-end" aria-label={tr(lang, i18n::FORM_END)}>
                            <a href="#results">{ tr(lang, i18n::TO_RESULTS) }</a>
                            <a href="#toolbar">{ tr(lang, i18n::TO_TOOLBAR) }</a>
                        </nav>
                    </div>
                    <div class="side">
                        <Results result={result.clone()} lang={lang} entered={entered} />
                        <CalendarPanel date={proposal_date} lang={lang} />
                    </div>
                }
            </main>
            if unit_view && state.print_report {
                // The collective's own achievement report (collective template), as the individual's.
                <Report state={state.clone()} result={unit_result.0.clone()} today={today} />
            } else if unit_view {
                <UnitReport lang={lang} unit_name={state.unit.unit.as_ref().map(|u| u.name.clone()).unwrap_or_default()}
                    rows={report_rows.clone()} unit_result={unit_result.0.clone()} warnings={unit_result.1.clone()} />
            } else {
                <Report state={state.clone()} result={result.clone()} today={today} />
            }
        </div>
    }
}

/// The notice for stored data that could not be read, with a download of the untouched copy.
fn unreadable_notice(u: &Unreadable, lang: Lang) -> Html {
    let which = if u.key == browser::UNIT_KEY { i18n::UNREADABLE_UNIT } else { i18n::UNREADABLE_PROFILE };
    let extra = if u.newer {
        Some(i18n::UNREADABLE_NEWER)
    } else if u.backup.is_none() {
        Some(i18n::UNREADABLE_NO_COPY)
    } else {
        None
    };
    // The copy, or the original itself when no copy could be made (it is then never overwritten).
    let from = u.backup.clone().unwrap_or_else(|| u.key.to_string());
    let file = if u.key == browser::UNIT_KEY { "du-lieu-don-vi-khong-doc-duoc.json" } else { "du-lieu-ca-nhan-khong-doc-duoc.json" };
    let download = Callback::from(move |_| {
        if let Ok(Some(text)) = browser::load(&from) {
            browser::download(file, &text, "application/json");
        }
    });
    html! {
        <div class="message error wide unreadable" role="alert" id={if u.key == browser::UNIT_KEY { "unreadable-unit" } else { "unreadable-profile" }}>
            <p>{ tr(lang, which) }{ " " }{ tr(lang, i18n::UNREADABLE) }</p>
            <p>{ u.why.get(lang) }</p>
            if let Some(e) = extra { <p>{ tr(lang, e) }</p> }
            <button type="button" class="download-backup" onclick={download}>{ tr(lang, i18n::DOWNLOAD_BACKUP) }</button>
        </div>
    }
}

/// "Load the other tab's data": this tab's unsaved changes are dropped for what is stored.
fn use_other_tab(state: &UseReducerHandle<State>) -> Callback<MouseEvent> {
    let s = state.clone();
    Callback::from(move |_| {
        take_stored(&s, browser::STORAGE_KEY);
        take_stored(&s, browser::UNIT_KEY);
        s.dispatch(Action::Conflict(false));
    })
}

/// "Download this tab's data": what this tab could not save, as files the app opens again
/// (the profile with "Mở tệp", the unit with "Nhập"), so nothing typed here is lost.
fn download_this_tab(state: &UseReducerHandle<State>) -> Callback<MouseEvent> {
    let s = state.clone();
    Callback::from(move |_| {
        if browser::refused(browser::STORAGE_KEY) {
            let text = rules::json::profile_to_string(&s.profile);
            browser::download("du-lieu-tab-nay-ca-nhan.json", &text, "application/json");
        }
        if browser::refused(browser::UNIT_KEY) {
            let text = format!("{{\"unit\":{}}}", rules::json::profile_to_string(&s.unit));
            browser::download("du-lieu-tab-nay-don-vi.json", &text, "application/json");
        }
    })
}

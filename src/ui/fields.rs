//! Markup the form sections share: labelled fields with their error message, inputs,
//! selects, dates, remove buttons. Not components (they hold no state); plain functions, so
//! each piece of markup is compiled once instead of once per form field (issue 6: download
//! size).
//!
//! Invariant (issue 12): a control with an input error carries `aria-invalid` and is
//! described by the message shown next to it (`{id}-error`), the same message the error
//! summary links to; a date is typed as dd/mm/yyyy text and what was typed is kept.

use yew::prelude::*;

use super::error_summary::FieldErrors;
use super::i18n::{self, tr, S};
use super::options;
use crate::rules::Lang;

/// `aria-invalid` of the control `id`.
fn invalid(errs: &FieldErrors, id: &str) -> Option<&'static str> {
    errs.get(id).map(|_| "true")
}

/// `aria-describedby` of the control `id`: its error message, when it has one, and its hint.
pub fn described_by(errs: &FieldErrors, id: &str, hint: bool) -> Option<String> {
    match (errs.get(id).is_some(), hint) {
        (true, true) => Some(format!("{id}-error {id}-hint")),
        (true, false) => Some(format!("{id}-error")),
        (false, true) => Some(format!("{id}-hint")),
        (false, false) => None,
    }
}

/// A field: its visible label, its error message (when it has one), the control, and an
/// optional hint (the control must then be described by `{id}-hint`, see `described_by`).
pub fn field(lang: Lang, label: &(&'static str, &'static str), id: &str, class: Option<&'static str>, errs: &FieldErrors, hint: Option<S>, control: Html) -> Html {
    html! {
        <div class="field" data-w={class} data-error={errs.get(id).map(|_| "1")}>
            <label for={id.to_string()}>{ tr(lang, label) }</label>
            if let Some(m) = errs.get(id) {
                <p class="field-error" id={format!("{id}-error")}><span class="sr-only">{ tr(lang, i18n::ERROR_PREFIX) }</span>{ m.get(lang) }</p>
            }
            { control }
            if let Some(h) = hint { <small id={format!("{id}-hint")}>{ tr(lang, h) }</small> }
        </div>
    }
}

/// An `<input>` of type `kind` (`text`, `number`).
pub fn input(id: &str, kind: &'static str, class: Option<&'static str>, value: String, onchange: Callback<Event>, errs: &FieldErrors) -> Html {
    html! { <input id={id.to_string()} data-w={class} type={kind} value={value} onchange={onchange}
        aria-invalid={invalid(errs, id)} aria-describedby={described_by(errs, id, false)} /> }
}

/// A year typed as text with a numeric keyboard (`2025` or a school year `2024-2025`).
pub fn year_input(id: &str, value: String, onchange: Callback<Event>, errs: &FieldErrors) -> Html {
    html! { <input id={id.to_string()} class="year" type="text" inputmode="numeric" value={value} onchange={onchange}
        aria-invalid={invalid(errs, id)} aria-describedby={described_by(errs, id, false)} /> }
}

/// A stored date as the form shows it: `2025-02-31` → `31/02/2025` (even when the day does
/// not exist, so an impossible date stays on screen as typed); other text unchanged.
pub fn show_date(stored: Option<&str>) -> String {
    let s = stored.unwrap_or("").trim();
    let mut it = s.split('-');
    match (it.next(), it.next(), it.next(), it.next()) {
        (Some(y), Some(m), Some(d), None)
            if y.len() == 4 && !m.is_empty() && m.len() <= 2 && !d.is_empty() && d.len() <= 2
                && [y, m, d].iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) =>
        {
            format!("{d:0>2}/{m:0>2}/{y}")
        }
        _ => s.to_string(),
    }
}

/// A date field: dd/mm/yyyy typed as text (no native date picker, which empties itself
/// silently on an impossible date), with its format as a hint.
pub fn date_field(lang: Lang, label: S, id: &str, class: Option<&'static str>, value: Option<&str>, onchange: Callback<Event>, errs: &FieldErrors) -> Html {
    let control = html! {
        <input id={id.to_string()} class="date" type="text" inputmode="numeric" autocomplete="off" value={show_date(value)} onchange={onchange}
            aria-invalid={invalid(errs, id)} aria-describedby={described_by(errs, id, true)} />
    };
    field(lang, label, id, class, errs, Some(i18n::DATE_HINT), control)
}

/// A `<select>` of `items`, the one coded `selected` chosen; with `empty`, a first
/// option coded "" (not answered, not rated…).
pub fn select(lang: Lang, id: &str, onchange: Callback<Event>, empty: Option<S>, items: &[(&str, S)], selected: &str, errs: &FieldErrors) -> Html {
    html! {
        <select id={id.to_string()} onchange={onchange} aria-invalid={invalid(errs, id)} aria-describedby={described_by(errs, id, false)}>
            if let Some(e) = empty { <option value="" selected={selected.is_empty()}>{ tr(lang, e) }</option> }
            { options(lang, items, selected) }
        </select>
    }
}

/// A yes / no / not answered `<select>`.
pub fn yes_no(lang: Lang, id: &str, onchange: Callback<Event>, v: Option<bool>, errs: &FieldErrors) -> Html {
    select(lang, id, onchange, Some(i18n::NOT_ANSWERED), &i18n::YES_NO, super::tri_code(v), errs)
}

/// A "Remove" button whose accessible name says which row it removes ("Xoá năm 2024").
pub fn remove_button(lang: Lang, onclick: Callback<MouseEvent>, aria_label: String) -> Html {
    html! { <button type="button" class="secondary remove" onclick={onclick} aria-label={aria_label}>{ tr(lang, i18n::REMOVE) }</button> }
}

/// The legend of row `i` of a list of rows ("Dòng 2").
pub fn row_legend(lang: Lang, i: usize) -> Html {
    html! { <legend>{ tr(lang, i18n::ROW_CAP) }{ " " }{ i + 1 }</legend> }
}

/// "Xoá {noun} dòng {i+1}", the accessible name of a row's remove button.
pub fn remove_label(lang: Lang, noun: S, i: usize) -> String {
    format!("{} {} {} {}", tr(lang, i18n::REMOVE), tr(lang, noun), tr(lang, i18n::ROW), i + 1)
}

/// Moves the keyboard focus to the element `id` (a new row's first field, a field named
/// by the error summary); the browser scrolls it into view. The DOM call is the browser layer's.
pub use crate::browser::focus;

/// The id of the field to focus after the next render: set by `add_row`.
pub type FocusSlot = std::rc::Rc<std::cell::RefCell<Option<String>>>;

/// A slot whose id gets the focus after the next render (one hook for every section).
#[hook]
pub fn use_focus_after_render() -> FocusSlot {
    let slot = use_mut_ref(|| None::<String>);
    {
        let slot = slot.clone();
        use_effect(move || {
            if let Some(id) = slot.borrow_mut().take() {
                focus(&id);
            }
        });
    }
    slot
}

/// An "add a row" button's handler: dispatches `action`, then focuses `first_field` (the new
/// row's first field) once it is rendered.
pub fn add_row(state: &UseReducerHandle<super::state::State>, slot: &FocusSlot, first_field: String, action: fn() -> super::state::Action) -> Callback<MouseEvent> {
    let (s, slot) = (state.clone(), slot.clone());
    Callback::from(move |_| {
        *slot.borrow_mut() = Some(first_field.clone());
        s.dispatch(action())
    })
}

/// The unit names the unit fields suggest (rule book §8), with cluster and new name.
pub fn unit_datalist(lang: Lang, id: &'static str) -> Html {
    html! {
        <datalist id={id}>
            { for crate::rules::directory::unit_suggestions().into_iter().map(|u| html! { <option value={u.name} label={u.label.get(lang).to_string()} /> }) }
        </datalist>
    }
}

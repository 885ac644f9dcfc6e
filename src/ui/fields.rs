//! Markup the form sections share: labelled inputs and selects, table cells and heads,
//! remove buttons. Not components (they hold no state); plain functions, so each piece of
//! markup is compiled once instead of once per form field (issue 6: download size).

use yew::prelude::*;

use super::i18n::{self, tr, S};
use super::options;
use crate::rules::Lang;

/// An `<input>` of type `kind` (`text`, `date`, `number`).
pub fn input(id: &str, kind: &'static str, class: Option<&'static str>, value: String, onchange: Callback<Event>) -> Html {
    html! { <input id={id.to_string()} class={class} type={kind} value={value} onchange={onchange} /> }
}

/// A year typed as text with a numeric keyboard (`2025` or a school year `2024-2025`).
pub fn year_input(id: &str, value: String, onchange: Callback<Event>) -> Html {
    html! { <input id={id.to_string()} class="year" type="text" inputmode="numeric" value={value} onchange={onchange} /> }
}

/// A `<select>` of `items`, the one coded `selected` chosen; with `empty`, a first
/// option coded "" (not answered, not rated…).
pub fn select(lang: Lang, id: &str, onchange: Callback<Event>, empty: Option<S>, items: &[(&str, S)], selected: &str) -> Html {
    html! {
        <select id={id.to_string()} onchange={onchange}>
            if let Some(e) = empty { <option value="" selected={selected.is_empty()}>{ tr(lang, e) }</option> }
            { options(lang, items, selected) }
        </select>
    }
}

/// A yes / no / not answered `<select>`.
pub fn yes_no(lang: Lang, id: &str, onchange: Callback<Event>, v: Option<bool>) -> Html {
    select(lang, id, onchange, Some(i18n::NOT_ANSWERED), &i18n::YES_NO, super::tri_code(v))
}

/// A visible label around `control`.
pub fn labelled(lang: Lang, label: S, id: &str, class: Option<&'static str>, control: Html) -> Html {
    html! { <label for={id.to_string()} class={class}>{ tr(lang, label) }{ control }</label> }
}

/// A table cell holding `control`, labelled for screen readers (the column head shows it).
pub fn cell(lang: Lang, label: S, id: &str, control: Html) -> Html {
    html! { <td><label class="sr-only" for={id.to_string()}>{ tr(lang, label) }</label>{ control }</td> }
}

/// The head of an editable table: a column per label, then the remove buttons' column.
pub fn head(lang: Lang, cols: &[S]) -> Html {
    html! {
        <thead><tr>
            { for cols.iter().map(|c| html! { <th scope="col">{ tr(lang, *c) }</th> }) }
            <th scope="col"><span class="sr-only">{ tr(lang, i18n::REMOVE) }</span></th>
        </tr></thead>
    }
}

/// A "Remove" button; `aria_label` names what it removes when the row does not.
pub fn remove_button(lang: Lang, onclick: Callback<MouseEvent>, aria_label: Option<String>) -> Html {
    html! { <button type="button" class="secondary" onclick={onclick} aria-label={aria_label}>{ tr(lang, i18n::REMOVE) }</button> }
}

/// The unit names the unit fields suggest (rule book §8), with cluster and new name.
pub fn unit_datalist(lang: Lang, id: &'static str) -> Html {
    html! {
        <datalist id={id}>
            { for crate::rules::directory::unit_suggestions().into_iter().map(|u| html! { <option value={u.name} label={u.label.get(lang).to_string()} /> }) }
        </datalist>
    }
}

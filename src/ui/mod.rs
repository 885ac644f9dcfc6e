//! Yew components: render what `rules` returns and turn events into `state::Action`s.
//! Invariant: no component writes a verdict or a reason of its own; every interface
//! string lives in `i18n`, every reason comes from the engine's `Text`s.

pub mod achievements;
pub mod app;
pub mod awards_received;
pub mod calendar;
pub mod candidates;
pub mod declarations;
pub mod error_summary;
pub mod fields;
pub mod i18n;
pub mod jump_bar;
pub mod person_form;
pub mod programme_facts;
pub mod report;
pub mod result_item;
pub mod results;
pub mod start_panel;
pub mod state;
pub mod toolbar;
pub mod unit_form;
pub mod unit_toolbar;
pub mod years_table;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The value of the `<input>` or `<select>` that fired `e`.
pub fn event_value(e: &Event) -> String {
    if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
        return i.value();
    }
    e.target_dyn_into::<HtmlSelectElement>()
        .map(|s| s.value())
        .unwrap_or_default()
}

/// A change handler that dispatches the action made from the field's new value.
pub fn on_value(state: &UseReducerHandle<state::State>, action: impl Fn(String) -> state::Action + 'static) -> Callback<Event> {
    let state = state.clone();
    Callback::from(move |e: Event| state.dispatch(action(event_value(&e))))
}

/// The file chosen in the `<input type=file>` that fired `e`; the input is cleared so that
/// choosing the same file again fires again.
pub fn chosen_file(e: &Event) -> Option<web_sys::File> {
    let input = e.target_dyn_into::<HtmlInputElement>()?;
    let file = input.files().and_then(|f| f.get(0))?;
    input.set_value("");
    Some(file)
}

/// Whether the checkbox that fired `e` is checked.
pub fn event_checked(e: &Event) -> bool {
    e.target_dyn_into::<HtmlInputElement>()
        .is_some_and(|i| i.checked())
}

/// Props of the form sections: the shared state handle (dispatch and read).
#[derive(Properties, PartialEq, Clone)]
pub struct SectionProps {
    pub state: UseReducerHandle<state::State>,
    /// The input errors of the profile shown, placed in the form (issue 12).
    #[prop_or_default]
    pub errors: error_summary::FieldErrors,
}

/// `<option>`s for a list of (code, label) pairs, with `selected` marked.
pub fn options(lang: crate::rules::Lang, items: &[(&str, i18n::S)], selected: &str) -> Html {
    items
        .iter()
        .map(|(code, label)| html! { <option value={code.to_string()} selected={*code == selected}>{ i18n::tr(lang, *label) }</option> })
        .collect()
}

/// The file code of an enum value (`htxs`, `co_so`…), empty for `None`.
pub fn code<T: crate::rules::facts::UnitEnum>(v: &Option<T>) -> String {
    v.map_or("", |v| v.code()).to_string()
}

/// `true` / `false` / empty for a yes/no/unknown select.
pub fn tri_code(v: Option<bool>) -> &'static str {
    match v {
        Some(true) => "true",
        Some(false) => "false",
        None => "",
    }
}

/// A button callback that asks `question` and, if confirmed, forgets `key` on this device
/// and dispatches `action`.
pub fn confirm_clear(state: &UseReducerHandle<state::State>, question: i18n::S, key: &'static str, action: fn() -> state::Action) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |_| {
        if crate::browser::confirm(i18n::tr(state.lang, question)) {
            let _ = crate::browser::remove(key);
            state.dispatch(action());
        }
    })
}

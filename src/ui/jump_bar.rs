//! The jump bar: on a phone and in a narrow embed the results come after the whole form,
//! so a bar that stays at the top of the screen says what can be proposed now (or how
//! many problems to correct) and links to the results. Hidden on wide screens, where the
//! results sit beside the form.

use yew::prelude::*;

use super::i18n::{self, tr};
use crate::rules::{Evaluation, InputError, Lang};

/// A plain function, not a component: it re-renders with the results anyway.
pub fn jump_bar(result: &Result<Evaluation, Vec<InputError>>, lang: Lang, entered: bool) -> Html {
    let text = match result {
        Err(e) => i18n::errors_count(lang, e.len()),
        Ok(_) if !entered => tr(lang, i18n::JUMP_EMPTY).to_string(),
        Ok(ev) => format!(
            "{} {}",
            tr(lang, i18n::JUMP_NOW),
            ev.proposable().count()
        ),
    };
    html! {
        <div class="jump-bar no-print" id="jump-bar">
            <span class="jump-text">{ text }</span>
            <a href="#results" id="jump-to-results">{ tr(lang, i18n::JUMP_SEE) }</a>
        </div>
    }
}

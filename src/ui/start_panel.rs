//! The first-visit panel: what the checker does, what to have at hand, how the result is
//! reached, that nothing leaves the device. Dismissed once, remembered on this device
//! (when storage is blocked it simply shows again next time).

use yew::prelude::*;

use super::i18n::{self, tr};
use crate::browser;
use crate::rules::Lang;

#[derive(Properties, PartialEq)]
pub struct StartPanelProps {
    pub lang: Lang,
}

#[component]
pub fn StartPanel(props: &StartPanelProps) -> Html {
    let lang = props.lang;
    let shown = use_state(|| browser::load(browser::START_KEY).ok().flatten().is_none());
    if !*shown {
        return html! {};
    }
    let dismiss = {
        let shown = shown.clone();
        Callback::from(move |_| {
            let _ = browser::save(browser::START_KEY, "1");
            shown.set(false);
            // The panel is gone: keep the keyboard where the work starts.
            browser::focus("form");
        })
    };
    html! {
        <section class="card start wide no-print" id="start-panel" aria-labelledby="start-title">
            <h2 id="start-title">{ tr(lang, i18n::START_TITLE) }</h2>
            <ul>
                <li>{ tr(lang, i18n::START_WHAT) }</li>
                <li>{ tr(lang, i18n::START_HAVE) }</li>
                <li>{ tr(lang, i18n::START_HOW) }</li>
                <li>{ tr(lang, i18n::START_PRIVATE) }</li>
            </ul>
            <button type="button" id="start-dismiss" class="secondary" onclick={dismiss}>{ tr(lang, i18n::START_DISMISS) }</button>
        </section>
    }
}

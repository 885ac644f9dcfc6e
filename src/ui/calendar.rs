//! The calendar panel: submission windows and plan items from the seed documents,
//! relative to the proposal date — what is open now, what comes next.

use chrono::NaiveDate;
use yew::prelude::*;

use super::i18n::{self, tr};
use crate::rules::directory::{calendar_view, CalendarItem};
use crate::rules::Lang;

#[derive(Properties, PartialEq)]
pub struct CalendarProps {
    pub date: NaiveDate,
    pub lang: Lang,
}

fn item(i: &CalendarItem, lang: Lang) -> Html {
    let when = if i.from == i.to {
        crate::rules::date::dmy(i.from)
    } else {
        format!(
            "{} – {}",
            crate::rules::date::dmy(i.from),
            crate::rules::date::dmy(i.to)
        )
    };
    html! {
        <li key={i.id.clone()}>
            <time datetime={i.from.to_string()}>{ when }</time>{ ": " }{ i.text.get(lang) }
            <span class="cite">{ " (" }<cite>{ &i.cite }</cite>{ ")" }</span>
        </li>
    }
}

#[component]
pub fn CalendarPanel(props: &CalendarProps) -> Html {
    let lang = props.lang;
    let v = calendar_view(props.date, 4);
    let list = |items: &[CalendarItem]| -> Html {
        if items.is_empty() {
            html! { <p class="hint">{ tr(lang, i18n::CAL_NONE) }</p> }
        } else {
            html! { <ul>{ for items.iter().map(|i| item(i, lang)) }</ul> }
        }
    };
    html! {
        <section class="card calendar no-print" aria-labelledby="sec-calendar" id="calendar">
            <h2 id="sec-calendar">{ tr(lang, i18n::CAL_TITLE) }{ " " }{ crate::rules::date::dmy(props.date) }</h2>
            <h3>{ tr(lang, i18n::CAL_OPEN) }</h3>
            { list(&v.open) }
            <h3>{ tr(lang, i18n::CAL_NEXT) }</h3>
            { list(&v.next) }
            <details><summary>{ tr(lang, i18n::CAL_RECENT) }</summary>{ list(&v.recent) }</details>
        </section>
    }
}

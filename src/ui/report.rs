//! The print view (A4): the achievement report (Mẫu 05 of NĐ 152/2025, or the collective
//! template) rendered from `rules::dossier` blocks — the same blocks the .docx is written
//! from — then the checker's result on its own page. Hidden on screen, shown by the print
//! stylesheet.

use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use super::state::State;
use crate::rules::dossier::{report, Block};
use crate::rules::standards::Standards;
use crate::rules::{Evaluation, InputError};

/// The state handle (compared by revision, so the report is not re-rendered or copied
/// when nothing changed) and the evaluation it prints.
#[derive(Properties, PartialEq)]
pub struct ReportProps {
    pub state: UseReducerHandle<State>,
    pub result: Rc<Result<Evaluation, Vec<InputError>>>,
    pub today: NaiveDate,
}

fn block(b: &Block) -> Html {
    let row = |r: &Vec<String>| html! { <tr>{ for r.iter().map(|c| html! { <td>{ c }</td> }) }</tr> };
    match b {
        Block::Header(l) => html! { <p class="report-national">{ for l.iter().map(|x| html! { <strong>{ x }</strong> }) }</p> },
        Block::Title(t) => html! { <h1>{ t }</h1> },
        Block::Heading(t) => html! { <h2>{ t }</h2> },
        Block::Para(t) => html! { <p class="report-para">{ t }</p> },
        Block::Fields(f) => html! { <table class="report-table report-fields"><tbody>
            { for f.iter().map(|(k, v)| html! { <tr><th>{ k }</th><td>{ v }</td></tr> }) }
        </tbody></table> },
        Block::Table { head, rows } => html! { <table class="report-table">
            <thead><tr>{ for head.iter().map(|h| html! { <th>{ h }</th> }) }</tr></thead>
            <tbody>{ for rows.iter().map(row) }</tbody>
        </table> },
        Block::PlaceDate(t) => html! { <p class="report-place">{ t }</p> },
        Block::Signatures(s) => html! { <div class="report-signatures">
            { for s.iter().map(|(t, h)| html! { <div><strong>{ t }</strong><br/><em>{ h }</em></div> }) }
        </div> },
        Block::PageBreak => html! { <div class="page-break"></div> },
    }
}

#[component]
pub fn Report(props: &ReportProps) -> Html {
    let lang = props.state.lang;
    let p = props.state.current();
    let ev = props.result.as_ref().as_ref().ok();
    let blocks = report(Standards::get(), p, ev, lang);
    html! {
        <section class="report print-only" aria-hidden="true">
            { for blocks.iter().map(block) }
        </section>
    }
}

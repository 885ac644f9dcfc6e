//! The results: every award grouped, its outcome as icon and text; opening one shows
//! the findings with citation and evidence, the gaps with the earliest year, and notes.
//! Everything shown comes from the engine's determinations.

use std::rc::Rc;

use yew::prelude::*;

use super::i18n::{self, tr};
use crate::rules::determination::{Determination, Finding, NoteKind, Outcome, Status};
use crate::rules::{Evaluation, InputError, Lang};

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub result: Rc<Result<Evaluation, Vec<InputError>>>,
    pub lang: Lang,
    /// A heading other than "Kết quả kiểm tra" (the unit view uses its own).
    #[prop_or_default]
    pub title: Option<&'static str>,
}

pub fn outcome_icon(o: Outcome) -> &'static str {
    match o {
        Outcome::Eligible => "✓",
        Outcome::NotEligible => "✗",
        Outcome::Undetermined => "?",
        Outcome::ManualReview => "⚑",
        Outcome::NotInForce => "–",
    }
}

fn status_icon(s: Status) -> &'static str {
    match s {
        Status::Met => "✓",
        Status::NotMet => "✗",
        Status::Unknown => "?",
    }
}

fn finding(f: &Finding, lang: Lang) -> Html {
    html! {
        <li class={classes!("finding", f.status_class())}>
            <span class="icon" aria-hidden="true">{ status_icon(f.status) }</span>
            <span class="status">{ f.status.label().get(lang) }{ ": " }</span>
            <span class="ftext">{ f.text.get(lang) }</span>
            <div class="meta">
                <div><span class="k">{ tr(lang, i18n::EVIDENCE) }{ ": " }</span>{ f.evidence.get(lang) }</div>
                <div><span class="k">{ tr(lang, i18n::CITATION) }{ ": " }</span><cite>{ &f.cite }</cite></div>
            </div>
            if !f.routes.is_empty() {
                <ul class="routes">
                    { for f.routes.iter().map(|r| html! {
                        <li class={classes!("route", status_class(r.status))}>
                            <span class="icon" aria-hidden="true">{ status_icon(r.status) }</span>
                            <strong>{ r.text.get(lang) }</strong>{ " — " }{ r.status.label().get(lang) }
                            <ul>{ for r.findings.iter().map(|f| finding(f, lang)) }</ul>
                        </li>
                    }) }
                </ul>
            }
        </li>
    }
}

fn status_class(s: Status) -> &'static str {
    match s {
        Status::Met => "met",
        Status::NotMet => "not-met",
        Status::Unknown => "unknown",
    }
}

trait StatusClass {
    fn status_class(&self) -> &'static str;
}
impl StatusClass for Finding {
    fn status_class(&self) -> &'static str {
        status_class(self.status)
    }
}

pub fn determination(d: &Determination, lang: Lang) -> Html {
    let period = d
        .review_period
        .map(|p| format!(" ({}–{})", p.from, p.to))
        .unwrap_or_default();
    html! {
        <details class={classes!("award", d.outcome.code())} id={format!("award-{}", d.award)} data-outcome={d.outcome.code()}>
            <summary>
                <span class="icon" aria-hidden="true">{ outcome_icon(d.outcome) }</span>
                <span class="name">{ d.name.get(lang) }{ period }</span>
                <span class="outcome">{ d.outcome.label().get(lang) }</span>
            </summary>
            if !d.findings.is_empty() {
                <h4>{ tr(lang, i18n::FINDINGS) }</h4>
                <ul class="findings">{ for d.findings.iter().map(|f| finding(f, lang)) }</ul>
            }
            if !d.gaps.is_empty() {
                <h4>{ tr(lang, i18n::GAPS) }</h4>
                <ul class="gaps">{ for d.gaps.iter().map(|g| html! { <li>{ g.summary.get(lang) }</li> }) }</ul>
            }
            if !d.notes.is_empty() {
                <h4>{ tr(lang, i18n::NOTES) }</h4>
                <ul class="notes">{ for d.notes.iter().map(|n| html! {
                    <li class={classes!("note", match n.kind { NoteKind::Decision => "decision", NoteKind::Procedural => "procedural", NoteKind::Bonus => "bonus", NoteKind::Scope => "scope" })}>
                        { n.text.get(lang) }
                        if !n.cite.is_empty() { <span class="cite">{ " (" }<cite>{ &n.cite }</cite>{ ")" }</span> }
                    </li>
                }) }</ul>
            }
        </details>
    }
}

#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let lang = props.lang;
    let body = match &*props.result {
        // Issue 12 (helper C1): the problems are listed and linked at the top of the form;
        // here only how many, with a link there (no program paths on screen).
        Err(errors) => super::error_summary::error_count(lang, errors.len()),
        Ok(ev) => {
            let eligible = ev
                .determinations
                .iter()
                .filter(|d| d.outcome == Outcome::Eligible)
                .count();
            html! {
                <>
                    <p class="summary" aria-live="polite" id="results-summary">
                        { format!("{} / {} {} · {} {}", eligible, ev.determinations.len(), tr(lang, i18n::RESULTS_COUNT), tr(lang, i18n::YEAR), ev.evaluation_year) }
                        { " · " }{ tr(lang, i18n::RULE_SET) }{ ": " }{ ev.legal_basis.as_ref().map(|t| t.get(lang).to_string()).unwrap_or_else(|| "—".into()) }
                    </p>
                    { for ev.notices.iter().map(|n| html! { <p class="notice" role="note">{ n.text.get(lang) }</p> }) }
                    if !ev.warnings.is_empty() {
                        <div class="warnings" role="note"><strong>{ tr(lang, i18n::WARNINGS) }</strong>
                            <ul>{ for ev.warnings.iter().map(|w| html! { <li>{ w.get(lang) }</li> }) }</ul></div>
                    }
                    { for i18n::GROUPS.iter().map(|(code, title)| {
                        let ds: Vec<&Determination> = ev.determinations.iter().filter(|d| super::code(&Some(d.group)) == *code).collect();
                        if ds.is_empty() { return html! {}; }
                        html! { <div class="group"><h3>{ tr(lang, *title) }</h3>{ for ds.iter().map(|d| determination(d, lang)) }</div> }
                    }) }
                    <p class="disclaimer">{ tr(lang, i18n::DISCLAIMER) }</p>
                </>
            }
        }
    };
    html! {
        <section class="card results" aria-labelledby="sec-results">
            <h2 id="sec-results">{ props.title.unwrap_or(tr(lang, i18n::SEC_RESULTS)) }</h2>
            { body }
        </section>
    }
}

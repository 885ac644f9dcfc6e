//! One award in the results (plain functions, like `fields.rs`: no component state), answer first: its name and outcome; for one not yet reached,
//! what is still missing and the earliest year (the engine's gap) on the next line; one
//! sentence of why (the engine's deciding finding); then, on demand, the criteria with
//! evidence and citation, the gaps and the notes. At most two levels open: the award's
//! "criteria" panel, and inside it one panel per alternative route.
//!
//! Invariant: every sentence shown is the engine's (`Determination`); this file only
//! chooses which of them leads and adds interface labels from `i18n`.

use yew::prelude::*;

use super::i18n::{self, tr};
use crate::rules::determination::{Determination, Finding, NoteKind, Outcome, RouteFinding, Status};
use crate::rules::{Lang, Text};

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

fn status_class(s: Status) -> &'static str {
    match s {
        Status::Met => "met",
        Status::NotMet => "not-met",
        Status::Unknown => "unknown",
    }
}

/// The §2a principle findings (pending matters, discipline period) come first in every
/// encoded award; they say nothing about why an award was reached.
fn is_principle(f: &Finding) -> bool {
    f.criterion.starts_with("d4_k4_")
}

/// The engine's sentence that decides the outcome: for a reached award the route that
/// was met (or the first own criterion with its evidence); otherwise the first criterion
/// not met, or not known (with what is missing, or the evidence). `None` for awards the
/// engine does not evaluate: their scope note is shown instead.
pub fn why(d: &Determination) -> Option<(Status, Text)> {
    let with = |f: &Finding, extra: Option<&Text>| -> Text {
        match extra {
            Some(e) if !e.vi.is_empty() => Text {
                vi: format!("{} — {}", f.text.vi, e.vi),
                en: format!("{} — {}", f.text.en, e.en),
            },
            _ => f.text.clone(),
        }
    };
    match d.outcome {
        Outcome::Eligible => {
            let own = d.findings.iter().find(|f| !is_principle(f))?;
            if let Some(r) = d
                .findings
                .iter()
                .flat_map(|f| f.routes.iter())
                .find(|r| r.status == Status::Met)
            {
                return Some((Status::Met, r.text.clone()));
            }
            Some((Status::Met, with(own, Some(&own.evidence))))
        }
        Outcome::NotEligible => {
            let f = d.findings.iter().find(|f| f.status == Status::NotMet)?;
            Some((Status::NotMet, f.text.clone()))
        }
        Outcome::Undetermined => {
            let f = d.findings.iter().find(|f| f.status == Status::Unknown)?;
            Some((Status::Unknown, with(f, f.missing.as_ref().or(Some(&f.evidence)))))
        }
        Outcome::NotInForce | Outcome::ManualReview => None,
    }
}

fn finding(f: &Finding, lang: Lang, nested: bool) -> Html {
    html! {
        <li class="finding" data-status={status_class(f.status)}>
            <span class="icon" aria-hidden="true">{ status_icon(f.status) }</span>
            <span class="status">{ f.status.label().get(lang) }{ ": " }</span>
            <span class="ftext">{ f.text.get(lang) }</span>
            <div class="meta">
                <div><span class="k">{ tr(lang, i18n::EVIDENCE) }{ ": " }</span>{ f.evidence.get(lang) }</div>
                <div><span class="k">{ tr(lang, i18n::CITATION) }{ ": " }</span><cite>{ &f.cite }</cite></div>
            </div>
            // A route's own criteria are listed, not opened again: two levels at most (the
            // finding's evidence already names each of its routes with its status).
            if !nested && !f.routes.is_empty() {
                <div class="routes">{ for f.routes.iter().map(|r| route(r, lang)) }</div>
            }
        </li>
    }
}

fn route(r: &RouteFinding, lang: Lang) -> Html {
    html! {
        <details class="route" data-status={status_class(r.status)} open={r.status == Status::Met}>
            <summary>
                <span class="icon" aria-hidden="true">{ status_icon(r.status) }</span>
                <strong>{ r.text.get(lang) }</strong>{ " — " }{ r.status.label().get(lang) }
            </summary>
            <ul class="findings">{ for r.findings.iter().map(|f| finding(f, lang, true)) }</ul>
        </details>
    }
}

/// The gap as one line: "Còn thiếu: …; sớm nhất năm …" (the engine's summary), or the
/// engine's sentence alone when it is not a list of what is missing (a pending matter).
fn gap_line(d: &Determination, lang: Lang) -> Html {
    let Some(g) = d.gaps.first() else {
        return html! {};
    };
    let labelled = !(g.earliest_year.is_none() && g.missing.len() == 1 && g.missing[0] == g.summary);
    html! {
        <p class="gap-line">
            if labelled { <strong>{ tr(lang, i18n::GAPS) }{ ": " }</strong> }
            { g.summary.get(lang) }
        </p>
    }
}

/// One award. `apart`: why it is shown apart and not counted (a closed review round), if
/// it is. `entered`: `false` while nothing that decides an award has been entered — a
/// neutral "not entered" state instead of an outcome.
pub fn result_item(d: &Determination, lang: Lang, apart: Option<&Text>, entered: bool) -> Html {
    let period = d
        .review_period
        .map(|p| format!(" ({}–{})", p.from, p.to))
        .unwrap_or_default();
    let evaluated = !matches!(d.outcome, Outcome::NotInForce | Outcome::ManualReview);
    let neutral = !entered && evaluated;
    let (code, icon, label) = if neutral {
        ("not_entered", "·", tr(lang, i18n::NOT_ENTERED).to_string())
    } else {
        (d.outcome.code(), outcome_icon(d.outcome), d.outcome.label().get(lang).to_string())
    };
    let scope = d.notes.iter().find(|n| n.kind == NoteKind::Scope);
    html! {
        <li key={d.award.clone()} class="award" id={format!("award-{}", d.award)} data-outcome={code}>
            <p class="award-head">
                <span class="icon" aria-hidden="true">{ icon }</span>
                <span class="name">{ d.name.get(lang) }{ period }</span>
                <span class="outcome">{ label }</span>
            </p>
            if let Some(a) = apart {
                <p class="apart-why">{ a.get(lang) }</p>
            }
            if !neutral {
                { gap_line(d, lang) }
                if let Some((s, t)) = why(d) {
                    <p class="why"><span class="k">{ s.label().get(lang) }{ ": " }</span>{ t.get(lang) }</p>
                } else if let Some(n) = scope {
                    <p class="why">{ n.text.get(lang) }</p>
                }
                if !d.findings.is_empty() || d.notes.iter().any(|n| n.kind != NoteKind::Scope) {
                    <details class="more">
                        <summary>{ tr(lang, i18n::MORE) }<span class="sr-only">{ " — " }{ d.name.get(lang) }</span></summary>
                        if !d.findings.is_empty() {
                            <h4>{ tr(lang, i18n::FINDINGS) }</h4>
                            <ul class="findings">{ for d.findings.iter().map(|f| finding(f, lang, false)) }</ul>
                        }
                        if d.gaps.len() > 1 {
                            <h4>{ tr(lang, i18n::GAPS) }</h4>
                            <ul class="gaps">{ for d.gaps.iter().map(|g| html! { <li>{ g.summary.get(lang) }</li> }) }</ul>
                        }
                        if !d.notes.is_empty() {
                            <h4>{ tr(lang, i18n::NOTES) }</h4>
                            <ul class="notes">{ for d.notes.iter().map(|n| html! {
                                <li class="note" data-kind={match n.kind { NoteKind::Decision => "decision", NoteKind::Procedural => "procedural", NoteKind::Bonus => "bonus", NoteKind::Scope => "scope" }}>
                                    { n.text.get(lang) }
                                    if !n.cite.is_empty() { <span class="cite">{ " (" }<cite>{ &n.cite }</cite>{ ")" }</span> }
                                </li>
                            }) }</ul>
                        }
                    </details>
                }
            }
        </li>
    }
}

//! The form's errors, GOV.UK style (issue 12): a summary at the top of the form ("Có lỗi
//! cần sửa"), one link per problem that moves the focus to its field, and the same message
//! next to the field (`fields` reads `FieldErrors`).
//!
//! Invariants: the message is the rules layer's (`InputError::message`); only the place
//! ("Mục 2, dòng 2, Năm") is the interface's, from `i18n`. Program paths such as
//! `years[1].year` are turned into a place here and never shown: they stay in files and on
//! the command line.

use std::rc::Rc;

use yew::prelude::*;

use super::fields::focus;
use super::i18n::{self, tr, S};
use crate::rules::standards::Standards;
use crate::rules::{InputError, Lang, Text};

/// One input error placed in the form.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    /// The id of the form element it belongs to, when the form has one.
    pub id: Option<String>,
    /// Where it is, as a user reads it: "Mục 2, dòng 2, Năm".
    pub place: String,
    pub message: Text,
}

/// The input errors of the profile in the form, placed; empty when it evaluates.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct FieldErrors(pub Rc<Vec<Placed>>);

impl FieldErrors {
    /// Places `errors` in the form; `unit_view` when the unit form shows them.
    pub fn new(errors: &[InputError], unit_view: bool, lang: Lang) -> Self {
        FieldErrors(Rc::new(errors.iter().map(|e| place(e, unit_view, lang)).collect()))
    }

    /// The message for the element `id`.
    pub fn get(&self, id: &str) -> Option<&Text> {
        self.0.iter().find(|p| p.id.as_deref() == Some(id)).map(|p| &p.message)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// `"years[1]"` → `("years", Some(1))`.
fn indexed(part: &str) -> (&str, Option<usize>) {
    match part.split_once('[') {
        Some((name, rest)) => (name, rest.trim_end_matches(']').parse().ok()),
        None => (part, None),
    }
}

fn place(e: &InputError, unit_view: bool, lang: Lang) -> Placed {
    let t = |s: S| tr(lang, s);
    let mut parts = e.field.split('.');
    let (head, index) = indexed(parts.next().unwrap_or(""));
    let rest: Vec<&str> = parts.collect();
    let rest = rest.join(".");
    let unit = if unit_view { "unit_" } else { "" };
    // (section number, row, element id, field label)
    let (section, row, id, label): (u8, Option<usize>, Option<String>, Option<S>) = match (head, index, rest.as_str()) {
        ("proposal_date", None, _) => (1, None, Some(format!("{unit}proposal_date")), Some(i18n::PROPOSAL_DATE)),
        ("evaluation_year", None, _) => (1, None, Some(format!("{unit}evaluation_year")), Some(i18n::EVAL_YEAR)),
        ("person", None, "recruitment_date") => (1, None, Some("recruitment_date".into()), Some(i18n::RECRUITMENT)),
        ("person", None, "continuous_work_from") => (1, None, Some("continuous_work_from".into()), Some(i18n::CONTINUOUS_WORK)),
        ("person", None, "birth_date") => (1, None, Some("birth_date".into()), Some(i18n::BIRTH_DATE)),
        ("years", Some(i), f) => {
            let (id, label) = match f {
                "discipline.from" => ("disc-from", i18n::DISC_FROM),
                "discipline.to" => ("disc-to", i18n::DISC_TO),
                _ => ("year", i18n::YEAR),
            };
            (2, Some(i), Some(format!("year-{i}-{id}")), Some(label))
        }
        ("achievements", Some(i), _) => (3, Some(i), Some(format!("ach-{i}-year")), Some(i18n::ACH_YEAR)),
        ("awards_received", Some(i), f) => {
            let (id, label) = match f {
                "award" => ("award", i18n::AWARD),
                "decision_date" => ("date", i18n::DECISION_DATE),
                "period.to" => ("to", i18n::PERIOD_TO),
                _ => ("from", i18n::PERIOD_FROM),
            };
            (4, Some(i), Some(format!("award-{i}-{id}")), Some(label))
        }
        ("declarations", None, _) => (if unit_view { 3 } else { 5 }, None, None, None),
        ("facts", None, f) => (if unit_view { 4 } else { 6 }, None, Some(format!("fact-{f}")), None),
        ("review_periods", None, f) => {
            let (award, end) = f.split_once('.').unwrap_or((f, "from"));
            let name = Standards::get().award(award).map(|a| a.name.get(lang).to_string());
            let place = match name {
                Some(n) => format!("{} {}, {}, {}", t(i18n::SECTION), if unit_view { 4 } else { 6 }, n, t(if end == "to" { i18n::PERIOD_TO } else { i18n::PERIOD_FROM })),
                None => format!("{} {}", t(i18n::SECTION), if unit_view { 4 } else { 6 }),
            };
            return Placed { id: Some(format!("review-{award}-{end}")), place, message: e.message.clone() };
        }
        ("members", Some(i), _) => {
            return Placed { id: None, place: format!("{} {}", t(i18n::CANDIDATE), i + 1), message: e.message.clone() };
        }
        _ => (0, None, None, None),
    };
    let mut place = String::new();
    if section > 0 {
        place = format!("{} {}", t(i18n::SECTION), section);
    }
    if let Some(i) = row {
        place = format!("{place}, {} {}", t(i18n::ROW), i + 1);
    }
    if let Some(l) = label {
        place = format!("{place}, {}", t(l));
    }
    Placed { id, place, message: e.message.clone() }
}

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub errors: FieldErrors,
    pub lang: Lang,
}

/// A link that moves the focus to the element `id` (and so scrolls it into view).
fn focus_link(id: String) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        focus(&id);
    })
}

/// The summary at the top of the form; nothing when the form has no error.
#[component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    let lang = props.lang;
    if props.errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="error-summary" id="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
            <h2 id="error-summary-title">{ tr(lang, i18n::ERROR_SUMMARY) }</h2>
            <ul>
                { for props.errors.0.iter().map(|e| {
                    let text = if e.place.is_empty() { e.message.get(lang).to_string() } else { format!("{}: {}", e.place, e.message.get(lang)) };
                    match &e.id {
                        Some(id) => html! { <li><a href={format!("#{id}")} onclick={focus_link(id.clone())}>{ text }</a></li> },
                        None => html! { <li>{ text }</li> },
                    }
                }) }
            </ul>
        </div>
    }
}

/// What the results column says while the form has errors: how many, and a link to the
/// summary (the results come back once they are fixed).
pub fn error_count(lang: Lang, n: usize) -> Html {
    html! {
        <div class="errors" id="results-errors">
            <p><strong>{ tr(lang, i18n::ERRORS_IN_FORM) }{ " " }{ n }</strong></p>
            <p><a href="#error-summary" onclick={focus_link("error-summary".into())}>{ tr(lang, i18n::ERRORS_THEN) }</a></p>
        </div>
    }
}

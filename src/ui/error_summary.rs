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

/// Appends `part` to a place, after ", " when it is not the first.
fn push(place: &mut String, part: &str) {
    if !place.is_empty() {
        place.push_str(", ");
    }
    place.push_str(part);
}

/// Where the error on the profile path `e.field` is in the form, and its element id.
fn place(e: &InputError, unit_view: bool, lang: Lang) -> Placed {
    let f = e.field.as_str();
    let (head, tail) = f.split_once('.').unwrap_or((f, ""));
    // `years[1]` → `years`, `1`
    let (name, index) = match head.split_once('[') {
        Some((n, i)) => (n, Some(i.trim_end_matches(']'))),
        None => (head, None),
    };
    let (individual, unit) = match name {
        "declarations" => (5, 3),
        "facts" | "review_periods" => (6, 4),
        _ => (0, 0),
    };
    // Section number (individual form), element id without its row prefix, field label.
    let (mut section, field, label): (u8, String, Option<S>) = match (name, tail) {
        ("proposal_date", _) => (1, "proposal_date".into(), Some(i18n::PROPOSAL_DATE)),
        ("evaluation_year", _) => (1, "evaluation_year".into(), Some(i18n::EVAL_YEAR)),
        ("person", "recruitment_date") => (1, tail.into(), Some(i18n::RECRUITMENT)),
        ("person", "continuous_work_from") => (1, tail.into(), Some(i18n::CONTINUOUS_WORK)),
        ("person", "birth_date") => (1, tail.into(), Some(i18n::BIRTH_DATE)),
        ("years", "discipline.from") => (2, "disc-from".into(), Some(i18n::DISC_FROM)),
        ("years", "discipline.to") => (2, "disc-to".into(), Some(i18n::DISC_TO)),
        ("years", _) => (2, "year".into(), Some(i18n::YEAR)),
        ("achievements", "kind") => (3, "kind".into(), Some(i18n::ACH_KIND)),
        ("achievements", "scope") => (3, "scope".into(), Some(i18n::SCOPE)),
        ("achievements", _) => (3, "year".into(), Some(i18n::ACH_YEAR)),
        ("awards_received", "award") => (4, "award".into(), Some(i18n::AWARD)),
        ("awards_received", "decision_date") => (4, "date".into(), Some(i18n::DECISION_DATE)),
        ("awards_received", "period.to") => (4, "to".into(), Some(i18n::PERIOD_TO)),
        ("awards_received", _) => (4, "from".into(), Some(i18n::PERIOD_FROM)),
        ("facts", _) => (individual, "fact-".to_string() + tail, None),
        // `review_periods.hcm_so_ket_5_nam.to` → `review-hcm_so_ket_5_nam-to`
        ("review_periods", _) => {
            let (award, end) = tail.split_once('.').unwrap_or((tail, "from"));
            (individual, "review-".to_string() + award + "-" + end, None)
        }
        _ => (individual, String::new(), None),
    };
    let mut id = match (name, index) {
        ("years", Some(i)) => "year-".to_string() + i + "-" + &field,
        ("achievements", Some(i)) => "ach-".to_string() + i + "-" + &field,
        ("awards_received", Some(i)) => "award-".to_string() + i + "-" + &field,
        _ => field,
    };
    if unit_view {
        section = if section > 4 { unit } else { section };
        if section == 1 {
            id.insert_str(0, "unit_");
        }
    }
    let mut place = String::new();
    if name == "members" {
        push(&mut place, tr(lang, i18n::CANDIDATE));
    } else if section > 0 {
        push(&mut place, &(tr(lang, i18n::SECTION).to_string() + " " + &section.to_string()));
    }
    if let Some(i) = index.and_then(|i| i.parse::<usize>().ok()) {
        let n = (i + 1).to_string();
        if name == "members" {
            place = place + " " + &n; // "Ứng viên 4"
        } else {
            push(&mut place, &(tr(lang, i18n::ROW).to_string() + " " + &n));
        }
    }
    if name == "review_periods" {
        let award = tail.split('.').next().unwrap_or("");
        if let Some(a) = Standards::get().award(award) {
            push(&mut place, a.name.get(lang));
        }
    }
    if let Some(l) = label {
        push(&mut place, tr(lang, l));
    }
    Placed { id: (!id.is_empty()).then_some(id), place, message: e.message.clone() }
}

/// A link that moves the focus to the element `id` (and so scrolls it into view).
fn focus_link(id: String) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        focus(&id);
    })
}

/// The summary at the top of the form; nothing when the form has no error. A plain
/// function, not a component: the app renders it on every change anyway, and a component
/// costs about 1 kB of wasm.
pub fn error_summary(errors: &FieldErrors, lang: Lang) -> Html {
    if errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="error-summary" id="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
            <h2 id="error-summary-title">{ tr(lang, i18n::ERROR_SUMMARY) }</h2>
            <ul>
                { for errors.0.iter().map(|e| {
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

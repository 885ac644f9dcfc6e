//! Section 5: the yes/no declarations the awards of this subject use, each with its
//! one-line explanation. Conduct declarations first, then the route declarations.

use yew::prelude::*;

use super::i18n::{self, tr};
use super::state::Action;
use super::{event_checked, SectionProps};
use crate::rules::standards::{Check, Declaration, Standards};

/// Declarations used by the awards of `subject`, in catalogue order.
fn used(std: &Standards, subject: crate::rules::facts::Subject) -> Vec<&Declaration> {
    let mut ids = Vec::new();
    for a in std.awards.iter().filter(|a| a.subject == subject) {
        for v in a.versions {
            let mut cs = Vec::new();
            v.criteria.iter().for_each(|c| c.walk(&mut cs));
            for c in cs {
                if let Check::Declaration { declaration } = &c.check {
                    ids.push(*declaration);
                }
            }
        }
    }
    std.declarations
        .iter()
        .filter(|d| ids.contains(&d.id))
        .collect()
}

/// A plain function, not a component (its props change on every dispatch anyway; issue
/// 13: each component type costs code in the browser).
pub fn declarations(props: &SectionProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let std = Standards::get();
    let decls = used(std, state.current().subject);
    let item = |d: &Declaration| {
        let id = d.id;
        let s = state.clone();
        let on = Callback::from(move |e: Event| {
            s.dispatch(Action::SetDeclaration(id.to_string(), event_checked(&e)))
        });
        let checked = state.current().declarations.get(d.id) == Some(&true);
        let input_id = format!("decl-{}", d.id);
        html! {
            <li key={d.id}>
                <input type="checkbox" id={input_id.clone()} checked={checked} onchange={on} aria-describedby={format!("{input_id}-hint")} />
                <label for={input_id.clone()}>{ d.text.get(lang) }</label>
                <small id={format!("{input_id}-hint")}>{ d.explain.get(lang) }</small>
            </li>
        }
    };
    html! {
        <section class="card" aria-labelledby="sec-decl" id="declarations">
            <h2 id="sec-decl">{ tr(lang, if state.current().subject == crate::rules::facts::Subject::Collective { i18n::SEC_UNIT_DECLARATIONS } else { i18n::SEC_DECLARATIONS }) }</h2>
            <p class="hint">{ tr(lang, if state.current().subject == crate::rules::facts::Subject::Collective { i18n::DECL_HINT_UNIT } else { i18n::DECL_HINT }) }</p>
            <ul class="checks">{ for decls.iter().filter(|d| !d.route).map(|d| item(d)) }</ul>
            <h3>{ tr(lang, i18n::ROUTE_DECL) }</h3>
            <ul class="checks">{ for decls.iter().filter(|d| d.route).map(|d| item(d)) }</ul>
        </section>
    }
}

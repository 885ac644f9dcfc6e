//! Component tests in headless Chromium (wasm-bindgen-test): mount, act, assert the DOM.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use chrono::NaiveDate;
use khen_thuong::browser;
use khen_thuong::rules::{self, Lang};
use khen_thuong::ui::app::App;
use khen_thuong::ui::results::{Results, ResultsProps};
use khen_thuong::ui::toolbar::check_file;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const WORKED_EXAMPLE: &str = include_str!("../examples/worked-example-bang-khen-tinh.json");

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn mount_point() -> web_sys::Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

fn click(root: &web_sys::Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
}

#[wasm_bindgen_test]
async fn results_show_each_award_with_outcome_text_icon_and_citation() {
    let profile = rules::parse_profiles(WORKED_EXAMPLE).unwrap().remove(0);
    let result = Rc::new(rules::evaluate(&profile, today()));
    let root = mount_point();
    yew::Renderer::<Results>::with_root_and_props(
        root.clone(),
        ResultsProps {
            result,
            lang: Lang::Vi,
            title: None,
            entered: true,
        },
    )
    .render();
    yew::scheduler::flush().await;
    let bk = root
        .query_selector("#award-bang_khen_chu_tich_ubnd_tinh")
        .unwrap()
        .expect("the award is shown");
    assert_eq!(
        bk.get_attribute("data-outcome").as_deref(),
        Some("eligible")
    );
    let text = bk.text_content().unwrap();
    assert!(
        text.contains("Đủ điều kiện") && text.contains("✓"),
        "{text}"
    );
    assert!(
        text.contains("Luật TĐKT 2022, Điều 74 khoản 1 điểm d"),
        "{text}"
    );
    let headline = root.query_selector("#results-headline").unwrap().unwrap();
    let headline_text = headline.text_content().unwrap();
    assert!(
        headline_text.contains("Có thể đề nghị ngay cho năm 2024: 4"),
        "{headline_text}"
    );
    assert_eq!(
        headline.parent_element().unwrap().get_attribute("aria-live").as_deref(),
        Some("polite")
    );
}

#[wasm_bindgen_test]
async fn input_errors_are_counted_in_the_results_with_a_link_to_the_form_and_no_program_path() {
    // Issue 12: the problems are listed at their fields and in the form's summary.
    let mut profile = rules::parse_profiles(WORKED_EXAMPLE).unwrap().remove(0);
    profile.years[1].year = "2023".into();
    let root = mount_point();
    yew::Renderer::<Results>::with_root_and_props(
        root.clone(),
        ResultsProps {
            result: Rc::new(rules::evaluate(&profile, today())),
            lang: Lang::En,
            title: None,
            entered: true,
        },
    )
    .render();
    yew::scheduler::flush().await;
    let text = root.text_content().unwrap();
    assert!(text.contains("Problems to fix in the form: 1"), "{text}");
    assert!(!text.contains("years[1]"), "no program path: {text}");
    let link = root.query_selector("#results-errors a").unwrap().expect("a link to the summary");
    assert_eq!(link.get_attribute("href").as_deref(), Some("#error-summary"));
    assert!(root.query_selector("li.award").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn the_app_restores_saved_data_and_switches_language() {
    browser::save(browser::STORAGE_KEY, WORKED_EXAMPLE).unwrap();
    browser::remove(browser::LANG_KEY).unwrap();
    let root = mount_point();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    let text = root.text_content().unwrap();
    assert!(
        text.contains("Kiểm tra điều kiện thi đua, khen thưởng"),
        "starts in Vietnamese"
    );
    let name = root
        .query_selector("#full_name")
        .unwrap()
        .unwrap()
        .dyn_into::<web_sys::HtmlInputElement>()
        .unwrap();
    assert_eq!(
        name.value(),
        "Nguyễn Thị Hoa",
        "the saved profile is restored"
    );
    let bk = root
        .query_selector("#award-bang_khen_chu_tich_ubnd_tinh")
        .unwrap()
        .unwrap();
    assert_eq!(
        bk.get_attribute("data-outcome").as_deref(),
        Some("eligible")
    );

    click(&root, "#lang-switch");
    yew::scheduler::flush().await;
    assert!(root
        .text_content()
        .unwrap()
        .contains("Award eligibility checker"));
    let lang = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap()
        .get_attribute("lang");
    assert_eq!(lang.as_deref(), Some("en"));
    assert_eq!(
        browser::load(browser::LANG_KEY).unwrap().as_deref(),
        Some("en"),
        "the choice is remembered"
    );
    browser::remove(browser::STORAGE_KEY).unwrap();
    browser::remove(browser::LANG_KEY).unwrap();
}

#[wasm_bindgen_test]
async fn adding_a_year_adds_an_empty_row_with_the_focus_on_its_year() {
    // Issue 12: a new row records nothing until the user types; the focus goes to it.
    browser::save(browser::STORAGE_KEY, WORKED_EXAMPLE).unwrap();
    let root = mount_point();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    click(&root, "#add-year");
    yew::scheduler::flush().await;
    let y = root
        .query_selector("#year-2-year")
        .unwrap()
        .expect("a third row")
        .dyn_into::<web_sys::HtmlInputElement>()
        .unwrap();
    assert_eq!(y.value(), "");
    let focused = web_sys::window().unwrap().document().unwrap().active_element().map(|e| e.id());
    assert_eq!(focused.as_deref(), Some("year-2-year"));
    browser::remove(browser::STORAGE_KEY).unwrap();
}

#[wasm_bindgen_test]
fn a_file_that_is_not_json_or_has_impossible_values_is_refused_with_a_message() {
    let e = check_file("{ not json", today()).unwrap_err();
    assert!(e.vi.contains("không phải JSON hợp lệ"), "{}", e.vi);
    let e = check_file(&WORKED_EXAMPLE.replace("2025-03-01", "2025-02-30"), today()).unwrap_err();
    assert!(
        e.vi.starts_with("proposal_date") && e.en.contains("does not exist"),
        "{}",
        e.en
    );
    assert!(check_file(WORKED_EXAMPLE, today()).is_ok());
}

#[wasm_bindgen_test]
fn the_unit_reducer_adds_duplicates_removes_candidates_and_drops_stale_results() {
    use khen_thuong::ui::state::{empty_profile, Action, State};
    let mut s = State::default();
    let mut a = empty_profile();
    a.person.as_mut().unwrap().full_name = "A".into();
    let mut b = empty_profile();
    b.person.as_mut().unwrap().full_name = "B".into();
    s.apply(Action::ImportMembers(vec![a, b]));
    assert_eq!((s.unit.members.len(), s.pending()), (2, 2));
    let rev = s.members_rev;
    let result = Rc::new(rules::evaluate(&s.unit.members[0], today()));
    s.apply(Action::MemberResults(rev, vec![(0, result.clone())]));
    assert_eq!(s.pending(), 1);
    s.apply(Action::DuplicateMember(0));
    assert_eq!(s.unit.members.len(), 3);
    assert_eq!(s.unit.members[1].person.as_ref().unwrap().full_name, "A");
    assert!(s.member_results[1].is_some(), "the copy keeps its result");
    s.apply(Action::RemoveMember(0));
    assert_eq!(s.unit.members.iter().map(|m| m.person.as_ref().unwrap().full_name.clone()).collect::<Vec<_>>(), ["A", "B"]);
    // A result computed before a change belongs to an older revision and is dropped.
    let old = s.members_rev;
    s.apply(Action::AddMember);
    s.apply(Action::MemberResults(old, vec![(1, result)]));
    assert!(s.member_results[1].is_none());
}

#[wasm_bindgen_test]
fn every_change_of_the_individual_profile_bumps_its_revision_which_autosave_follows() {
    use khen_thuong::ui::state::{empty_profile, Action, State, View};
    let mut s = State::default();
    let r0 = s.profile_rev;
    let mut p = empty_profile();
    p.person.as_mut().unwrap().full_name = "A".into();
    s.apply(Action::Load(p.clone()));
    assert!(s.profile_rev > r0, "loading a file changes the profile");
    let r1 = s.profile_rev;
    s.apply(Action::SetLang(khen_thuong::rules::Lang::En));
    s.apply(Action::SetView(View::Unit));
    assert_eq!(s.profile_rev, r1, "language and view leave the profile alone");
    s.apply(Action::AddMember);
    assert_eq!(s.profile_rev, r1, "an edit of the unit leaves the profile alone");
    s.apply(Action::SetView(View::Individual));
    s.apply(Action::Clear);
    assert!(s.profile_rev > r1, "clearing the form changes the profile");
    let r2 = s.profile_rev;
    s.apply(Action::RestoreProfile(p));
    assert!(s.profile_rev > r2, "another tab's profile taken over is saved as this tab's");
}

#[wasm_bindgen_test]
fn a_unit_restored_from_storage_is_not_written_back_but_the_next_edit_is() {
    use khen_thuong::ui::state::{empty_unit, Action, State, View};
    let mut s = State::default();
    s.apply(Action::SetView(View::Unit));
    s.apply(Action::RestoreUnit(empty_unit()));
    assert!(s.unit_rev > 0);
    assert_eq!(s.unit_stored_rev, s.unit_rev, "storage holds this revision: autosave skips it");
    s.apply(Action::AddMember);
    assert_ne!(s.unit_stored_rev, s.unit_rev, "an edit after the restore is saved");
    s.apply(Action::LoadUnit(empty_unit()));
    assert_ne!(s.unit_stored_rev, s.unit_rev, "a unit loaded from a file is saved");
}

// ---- Issue 11: data safety in the browser (storage revisions, backups, duplicates).

#[wasm_bindgen_test]
fn a_save_is_refused_when_another_tab_saved_a_newer_revision_since_this_tab_read() {
    use browser::SaveError;
    let key = "kiem-tra-khen-thuong/test-rev";
    browser::remove(key).unwrap();
    browser::remove(&browser::rev_key(key)).unwrap();
    browser::load_tracked(key).unwrap();
    browser::save_tracked(key, "one").unwrap();
    assert_eq!(browser::load(&browser::rev_key(key)).unwrap().as_deref(), Some("1"));
    // Another tab writes revision 2.
    browser::save(key, "other tab").unwrap();
    browser::save(&browser::rev_key(key), "2").unwrap();
    assert_eq!(browser::save_tracked(key, "stale"), Err(SaveError::Newer));
    assert!(browser::refused(key));
    assert_eq!(browser::load(key).unwrap().as_deref(), Some("other tab"), "nothing written");
    // Saving what is stored is no change; after reading again this tab may save.
    assert_eq!(browser::save_tracked(key, "other tab"), Ok(()));
    assert!(!browser::refused(key));
    assert_eq!(browser::save_tracked(key, "mine"), Ok(()));
    assert_eq!(browser::load(&browser::rev_key(key)).unwrap().as_deref(), Some("3"));
    browser::remove(key).unwrap();
    browser::remove(&browser::rev_key(key)).unwrap();
}

#[wasm_bindgen_test]
fn unreadable_stored_data_is_backed_up_at_start_and_a_newer_version_is_marked_to_keep() {
    use khen_thuong::ui::app::initial_state;
    let newer = r#"{"schema_version": 99, "person": {"full_name": "X"}}"#;
    browser::save(browser::STORAGE_KEY, newer).unwrap();
    browser::save(browser::UNIT_KEY, r#"{"schema_version": 2, "members": "#).unwrap();
    let s = initial_state();
    assert_eq!(s.unreadable.len(), 2);
    let (p, u) = (&s.unreadable[0], &s.unreadable[1]);
    assert!(p.newer && p.keep_stored(), "a newer version is never overwritten");
    assert!(p.why.vi.contains("phiên bản định dạng 99"), "{}", p.why.vi);
    assert_eq!(browser::load(p.backup.as_deref().unwrap()).unwrap().as_deref(), Some(newer));
    assert!(!u.newer && !u.keep_stored(), "cut short: the copy is kept, autosave may write");
    assert!(u.why.vi.contains("không phải JSON hợp lệ"), "{}", u.why.vi);
    for k in [browser::STORAGE_KEY, browser::UNIT_KEY] {
        browser::remove(k).unwrap();
        browser::remove(&browser::backup_key(k)).unwrap();
    }
}

#[wasm_bindgen_test]
fn duplicates_are_candidates_with_the_same_name_and_unit_or_the_same_content() {
    use khen_thuong::ui::state::{empty_profile, split_duplicates};
    let named = |n: &str, u: &str| {
        let mut p = empty_profile();
        let person = p.person.as_mut().unwrap();
        person.full_name = n.into();
        person.unit = u.into();
        p
    };
    let existing = vec![named("Nguyễn Văn An", "Sở Nội vụ"), empty_profile()];
    let incoming = vec![
        named("NGUYEN VAN AN", "so noi vu"),  // same person, no marks
        named("Nguyễn Văn An", "Sở Tài chính"), // same name, other unit: another person
        named("Trần Bình", ""),
        named("Trần Bình", ""),               // twice in the file
        empty_profile(),                        // same content as an existing one
    ];
    let (keep, dup) = split_duplicates(&existing, incoming);
    let names = |v: &[khen_thuong::rules::Profile]| v.iter().map(|p| p.person.as_ref().unwrap().full_name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&keep), ["Nguyễn Văn An", "Trần Bình"]);
    assert_eq!(names(&dup), ["NGUYEN VAN AN", "Trần Bình", ""]);
}

#[wasm_bindgen_test]
fn duplicates_found_by_sorting_are_those_of_the_pairwise_definition_in_file_order() {
    // Issue 13: `split_duplicates` sorts instead of comparing every pair; on a generated
    // import it must keep and skip exactly what the pairwise definition does, in file order.
    use khen_thuong::ui::state::{empty_profile, split_duplicates};
    let make = |n: usize| {
        let mut p = empty_profile();
        let person = p.person.as_mut().unwrap();
        // Names repeat with other case and marks; every 7th has no name (compared by content).
        person.full_name = match n % 7 {
            0 => String::new(),
            1 => format!("NGUYEN VAN {}", n % 40),
            _ => format!("Nguyễn Văn {}", n % 40),
        };
        person.unit = if n % 3 == 0 { "Sở Nội vụ".into() } else { "so noi vu".into() };
        person.position = format!("{}", n % 5);
        p
    };
    let fold = |p: &khen_thuong::rules::Profile| {
        let x = p.person.as_ref().unwrap();
        let f = |s: &str| khen_thuong::rules::summary::ascii_fold(s.trim()).to_ascii_lowercase();
        (f(&x.full_name), f(&x.unit))
    };
    let existing: Vec<_> = (0..30).map(|n| make(n * 11)).collect();
    let incoming: Vec<_> = (0..600).map(|n| make((n * 37) % 500)).collect();
    // The pairwise definition (the code before issue 13).
    let (mut keep_ref, mut dup_ref) = (Vec::new(), Vec::new());
    let mut seen: Vec<(String, String)> = existing.iter().map(fold).filter(|id| !id.0.is_empty()).collect();
    for p in incoming.clone() {
        let id = fold(&p);
        let named = !id.0.is_empty();
        if (named && seen.contains(&id)) || existing.contains(&p) || keep_ref.contains(&p) {
            dup_ref.push(p);
        } else {
            if named {
                seen.push(id);
            }
            keep_ref.push(p);
        }
    }
    let (keep, dup) = split_duplicates(&existing, incoming);
    assert!(!keep.is_empty() && !dup.is_empty());
    assert_eq!(keep, keep_ref);
    assert_eq!(dup, dup_ref);
}

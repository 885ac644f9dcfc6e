//! What the form needs from validation (issue 12): a row added and not yet filled in is
//! no input error and changes no result; an impossible date is named as the form shows it.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use khen_thuong::rules::Outcome;
use serde_json::json;

#[test]
fn empty_rows_just_added_in_the_form_are_ignored_and_change_no_result() {
    let filled = person().year(2023, "htxs").year(2024, "htxs").for_year(2024);
    let with_blanks = filled
        .clone()
        .row(json!({ "year": "" }))
        .set("achievements", json!([{ "kind": "sang_kien", "title": "", "year": "", "scope": "co_so" }]))
        .set("awards_received", json!([{ "award": "", "type": "cong_trang" }]));
    let (a, b) = (filled.eval(), with_blanks.eval());
    assert_eq!(outcome(&b, "chien_si_thi_dua_co_so"), Outcome::Eligible);
    for d in &a.determinations {
        assert_eq!(outcome(&b, &d.award), d.outcome, "{}", d.award);
    }
}

#[test]
fn a_row_with_only_a_rating_is_still_an_error_naming_its_year_field() {
    let e = person().row(json!({ "year": "", "rating": "htt" })).errors();
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].field, "years[0].year");
}

#[test]
fn an_impossible_date_is_named_day_first_as_the_form_shows_it() {
    let e = person().person_field("recruitment_date", json!("2025-02-31")).errors();
    assert_eq!(e[0].field, "person.recruitment_date");
    assert_eq!(e[0].message.vi, "Ngày 31/02/2025 không tồn tại (không có trên lịch).");
    assert_eq!(e[0].message.en, "The date 31/02/2025 does not exist.");
    let e = person().person_field("recruitment_date", json!("31-2")).errors();
    assert!(e[0].message.vi.contains("\"31-2\" không đọc được là một ngày: hãy viết ngày/tháng/năm"), "{}", e[0].message.vi);
}

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

#[test]
fn a_new_initiative_row_starts_with_no_kind_and_no_scope_and_counts_for_nothing() {
    let filled = person().year(2023, "htxs").year(2024, "htxs").for_year(2024);
    let with_new_row = filled.clone().set("achievements", json!([{ "title": "", "year": "" }]));
    assert_eq!(outcome(&with_new_row.eval(), "chien_si_thi_dua_co_so"), outcome(&filled.eval(), "chien_si_thi_dua_co_so"));
}

#[test]
fn an_initiative_with_a_year_but_no_kind_or_scope_is_an_error_at_each_of_those_fields() {
    let e = person()
        .year(2024, "htxs")
        .for_year(2024)
        .set("achievements", json!([{ "title": "Cải tiến quy trình", "year": "2024" }]))
        .errors();
    let fields: Vec<&str> = e.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["achievements[0].kind", "achievements[0].scope"]);
    assert_eq!(e[0].message.vi, "Chọn loại: sáng kiến hay đề tài, đề án.");
    assert_eq!(e[1].message.vi, "Chọn phạm vi công nhận.");
    assert_eq!(e[1].message.en, "Choose the scope at which it was recognised.");
}

//! Rule book version 2: the general principles (§2a), unknown inside a run (§3), the
//! format's version 2 and the migration of version-1 files.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use khen_thuong::rules::{self, Outcome::*, Status::*};
use serde_json::json;

const LDTT: &str = "lao_dong_tien_tien";
const BK: &str = "bang_khen_chu_tich_ubnd_tinh";
const BK_TTG: &str = "bang_khen_thu_tuong";
const HCLD3: &str = "huan_chuong_lao_dong_hang_ba";
const TTLDTT: &str = "tap_the_lao_dong_tien_tien";
const PENDING: &str = "d4_k4_dang_xem_xet";
const DISCIPLINE: &str = "d4_k4_ky_luat";

/// The worked example's person: htxs in 2023 and 2024 with an applied initiative each year.
fn bk_tinh_person() -> P {
    person()
        .years(2023, 2024, "htxs")
        .initiative(2023, "co_so", Some(true))
        .initiative(2024, "co_so", Some(true))
}

// ---- §2a.1 pending matters (Điều 4 khoản 4, first sentence)

#[test]
fn d4_k4_a_person_under_investigation_is_not_proposed_for_bang_khen_tinh_and_may_be_proposed_for_the_year_once_cleared() {
    let clear = bk_tinh_person().eval();
    assert_eq!(outcome(&clear, BK), Eligible);
    let pending = bk_tinh_person().set("pending_proceedings", json!(true)).eval();
    assert_eq!(outcome(&pending, BK), NotEligible);
    let f = finding(&pending, BK, PENDING);
    assert_eq!(f.status, NotMet);
    assert!(f.evidence.vi.starts_with("Tạm chưa xét khen thưởng trong thời gian đang xem xét"), "{}", f.evidence.vi);
    assert!(f.cite.contains("Điều 4 khoản 4"));
    // The gap is not a later year but the same year once the matter is concluded.
    assert_eq!(
        gap_summary(&pending, BK),
        "Khi có kết luận không vi phạm, có thể đề nghị lại cho năm 2024."
    );
    assert_eq!(earliest(&pending, BK), None);
}

#[test]
fn d4_k4_the_pending_bar_holds_for_every_award_of_a_person_and_of_a_collective() {
    let pending = bk_tinh_person().set("pending_proceedings", json!(true)).eval();
    for d in pending.determinations.iter().filter(|d| !d.findings.is_empty()) {
        assert_eq!(d.outcome, NotEligible, "{}", d.award);
        assert_eq!(d.findings[0].criterion, PENDING, "{}", d.award);
    }
    let unit = unit()
        .row(json!({ "year": "2024", "rating": "htt", "members": { "total": 10, "lao_dong_tien_tien": 8, "disciplined_canh_cao_or_heavier": 0 } }))
        .declare("tt_thi_dua_doan_ket", true);
    assert_eq!(outcome(&unit.eval(), TTLDTT), Eligible);
    let pending = unit.clone().set("pending_proceedings", json!(true)).eval();
    assert_eq!(status(&pending, TTLDTT, PENDING), NotMet);
    assert_eq!(outcome(&pending, TTLDTT), NotEligible);
    let unanswered = unit.set("pending_proceedings", serde_json::Value::Null).eval();
    assert_eq!(status(&unanswered, TTLDTT, PENDING), Unknown);
    assert_eq!(outcome(&unanswered, TTLDTT), Undetermined);
}

// ---- §2a.2 discipline periods (Điều 4 khoản 4, second sentence)

#[test]
fn d4_k4_a_year_in_which_a_discipline_period_runs_counts_for_no_award() {
    let ev = bk_tinh_person()
        .row(json!({ "year": "2022", "rating": "htt" }))
        .eval();
    assert_eq!(outcome(&ev, LDTT), Eligible);
    // A khiển trách not related to duties, from 01/11/2023 to 31/01/2024: both years are touched.
    let mut p = bk_tinh_person();
    p.0["years"][0]["discipline"] = json!({ "level": "khien_trach", "duty_related": false, "from": "2023-11-01", "to": "2024-01-31" });
    let ev = p.eval();
    let f = finding(&ev, LDTT, DISCIPLINE);
    assert_eq!(f.status, NotMet);
    assert!(f.evidence.vi.contains("01/11/2023 – 31/01/2024"), "{}", f.evidence.vi);
    assert_eq!(
        f.missing.as_ref().unwrap().vi,
        "Thành tích được tính từ khi hết thời gian kỷ luật: năm đầu tiên được tính lại là năm 2025."
    );
    assert_eq!(outcome(&ev, LDTT), NotEligible);
    assert_eq!(outcome(&ev, BK), NotEligible);
    assert!(notes(&ev, LDTT).contains("Cách hiểu áp dụng trong công cụ: năm có thời gian thi hành kỷ luật"));
}

#[test]
fn d4_k4_the_end_date_matters_a_period_ending_before_the_year_leaves_it_counting() {
    let mut p = bk_tinh_person().row(json!({ "year": "2022", "rating": "htt" }));
    p.0["years"][2]["discipline"] = json!({ "level": "khien_trach", "duty_related": false, "from": "2022-01-10", "to": "2022-12-20" });
    let ev = p.eval();
    assert_eq!(status(&ev, LDTT, DISCIPLINE), Met);
    assert_eq!(outcome(&ev, LDTT), Eligible);
    assert_eq!(outcome(&ev, BK), Eligible, "2023–2024 are after the period");
}

#[test]
fn d4_k4_a_discipline_period_breaks_a_run_and_no_end_date_means_the_end_of_its_year_with_a_note() {
    // Bằng khen tỉnh needs htxs in 2023 and 2024: a discipline in 2023 with no end date breaks it.
    let mut p = bk_tinh_person();
    p.0["years"][0]["discipline"] = json!({ "level": "khien_trach", "duty_related": false });
    let ev = p.eval();
    assert_eq!(status(&ev, LDTT, DISCIPLINE), Met, "2024 itself is free");
    assert_eq!(outcome(&ev, LDTT), Eligible);
    assert_eq!(outcome(&ev, BK), NotEligible);
    let route = finding(&ev, BK, "d74_k1_d_htxs");
    assert!(route.evidence.vi.contains("2023: thuộc thời gian thi hành kỷ luật"), "{}", route.evidence.vi);
    let ev2024 = {
        let mut p = bk_tinh_person();
        p.0["years"][1]["discipline"] = json!({ "level": "khien_trach", "duty_related": false });
        p.eval()
    };
    assert!(finding(&ev2024, LDTT, DISCIPLINE).evidence.vi.contains("Chưa nhập ngày kết thúc: tạm tính hết năm 2024"));
}

#[test]
fn d4_k4_a_school_year_row_is_touched_only_between_september_and_may() {
    let p = person().person_field("recruitment_date", json!("2010-01-01"));
    let mut p = p.row(json!({ "year": "2024-2025", "rating": "htt" }));
    p.0["years"][0]["discipline"] = json!({ "level": "khien_trach", "duty_related": false, "from": "2024-06-01", "to": "2024-08-15" });
    let ev = p.proposal("2025-07-01").eval();
    assert_eq!(status(&ev, LDTT, DISCIPLINE), Met, "the summer of 2024 is before the school year 2024-2025");
}

// ---- §3 unknown inside a run

/// Bằng khen tỉnh 2018, then htt 2019 and 2021–2024 with 2020 not rated, CSTĐCS received
/// in `cstdcs` years.
fn bk_ttg_person(cstdcs: &[i64]) -> P {
    let mut p = person()
        .year(2019, "htt")
        .row(json!({ "year": "2020" }))
        .years(2021, 2024, "htt")
        .received(BK, 2017, 2018);
    for y in cstdcs {
        p = p.received("chien_si_thi_dua_co_so", *y, *y);
    }
    p
}

#[test]
fn d73_k1_b_a_missing_year_inside_the_run_leaves_the_count_unknown_when_it_could_still_be_met() {
    // 2021–2024 hold two CSTĐCS; 2019 holds the third, reachable if 2020 is rated well.
    let ev = bk_ttg_person(&[2019, 2021, 2022]).eval();
    assert_eq!(status(&ev, BK_TTG, "d73_k1_b_5_nam"), Unknown);
    let f = finding(&ev, BK_TTG, "d73_k1_b_3_cstdcs");
    assert_eq!(f.status, Unknown);
    assert!(f.evidence.vi.contains("Năm 2020 chưa nhập xếp loại"), "{}", f.evidence.vi);
    assert_eq!(outcome(&ev, BK_TTG), Undetermined);
}

#[test]
fn d73_k1_b_a_missing_year_leaves_the_count_not_met_when_no_value_of_it_could_meet_it() {
    // Only two CSTĐCS anywhere after the Bằng khen tỉnh: no rating of 2020 adds a title.
    let ev = bk_ttg_person(&[2021, 2022]).eval();
    assert_eq!(status(&ev, BK_TTG, "d73_k1_b_3_cstdcs"), NotMet);
}

#[test]
fn d44_k1_e_huan_chuong_hang_ba_counts_htxs_years_over_the_open_part_of_the_run() {
    let base = |y2019: &str| {
        person()
            .year(2019, y2019)
            .row(json!({ "year": "2020" }))
            .years(2021, 2024, "htt")
            .received(BK_TTG, 2017, 2018)
    };
    // No htxs in 2021–2024; 2019 is htxs and the unrated 2020 could join it to the run.
    let ev = base("htxs").eval();
    assert_eq!(status(&ev, HCLD3, "htxs_trong_chuoi"), Unknown);
    // 2019 rated ht breaks the run before 2020: only 2020 itself could be htxs → still unknown.
    let ev = base("ht").eval();
    assert_eq!(status(&ev, HCLD3, "htxs_trong_chuoi"), Unknown);
}

// ---- format version 2

#[test]
fn a_version_1_file_loads_migrated_to_version_2_and_is_evaluated_under_the_new_rules() {
    let v1 = r#"{ "schema_version": 1, "proposal_date": "2025-03-01", "pending_proceedings": true,
                  "person": { "full_name": "Hoàng Văn A", "recruitment_date": "2010-01-01" },
                  "years": [ { "year": "2023", "rating": "htxs" }, { "year": "2024", "rating": "htxs" } ] }"#;
    let ps = rules::parse_profiles(v1).unwrap();
    assert_eq!(ps[0].schema_version, 2);
    let ev = rules::evaluate(&ps[0], today()).unwrap();
    assert_eq!(status(&ev, BK, PENDING), NotMet);
}

#[test]
fn d30_k9_an_award_with_a_decision_date_and_no_period_starts_the_next_window_the_year_after_the_decision() {
    let mut p = bk_tinh_person().year(2022, "htxs");
    p.0["awards_received"] = json!([{ "award": BK, "decision_date": "2023-05-10", "decision_number": "QĐ 1" }]);
    let ev = p.eval();
    // The window starts in 2024: the two-year run 2023–2024 is not after the previous award.
    assert_eq!(outcome(&ev, BK), NotEligible);
    let mut none = bk_tinh_person();
    none.0["awards_received"] = json!([{ "award": BK }]);
    let e = none.errors();
    assert_eq!(e[0].field, "awards_received[0].period");
    assert_eq!(e[0].message.vi, "Cần nhập thời gian đạt thành tích hoặc ngày quyết định.");
}

// ---- §10 what users see as a source

#[test]
fn no_text_or_citation_a_person_reads_names_an_internal_reference() {
    let profiles = [
        bk_tinh_person().eval(),
        bk_tinh_person().set("pending_proceedings", json!(true)).eval(),
        bk_ttg_person(&[2019, 2021, 2022]).eval(),
        person().year(2025, "htt").proposal("2026-10-01").eval(),
        unit().row(json!({ "year": "2024", "rating": "htxs", "members": { "total": 10, "lao_dong_tien_tien": 8 } })).eval(),
    ];
    for ev in &profiles {
        // Everything but the ids meant for programs (award, criterion, rule_set).
        let mut v = serde_json::to_value(ev).unwrap();
        v.as_object_mut().unwrap().remove("rule_set");
        let text = v.to_string();
        for bad in ["seed", "§", "[S]", "[I]", "[V]", "law2022", "research/", "quy tắc", ".md"] {
            let hit = text.find(bad).map(|i| &text[i.saturating_sub(80)..(i + 40).min(text.len())]);
            assert!(hit.is_none(), "{bad:?} in {:?}", hit);
        }
    }
}

// ---- §2a.4 one initiative, one use; Điều 74 khoản 1 điểm d

#[test]
fn d74_k1_d_the_ministry_worked_example_htxs_years_leave_both_initiatives_free() {
    // htxs 2023 + 1 initiative, htxs 2024 + 1 initiative; CSTĐCS 2024 rests on the rating.
    let ev = bk_tinh_person().received("chien_si_thi_dua_co_so", 2023, 2023).eval();
    assert_eq!(outcome(&ev, "chien_si_thi_dua_co_so"), Eligible);
    assert_eq!(status(&ev, BK, "d74_k1_d_sang_kien"), Met);
    assert_eq!(outcome(&ev, BK), Eligible);
}

#[test]
fn law_d5_k2_c_an_initiative_marked_as_used_for_another_award_is_not_counted_again_for_a_form() {
    let mut p = bk_tinh_person();
    p.0["achievements"][0]["used_for"] = json!({ "award": "giay_khen", "year": "2023" });
    let ev = p.eval();
    let f = finding(&ev, BK, "d74_k1_d_sang_kien");
    assert_eq!(f.status, NotMet);
    assert!(f.evidence.vi.contains("đã dùng cho Giấy khen"), "{}", f.evidence.vi);
    assert_eq!(outcome(&ev, BK), NotEligible);
    // Used for a form, it cannot serve a title either; used for a title, a later title may reuse it.
    let mut p = person().year(2024, "htt").initiative(2024, "co_so", Some(true));
    p.0["achievements"][0]["used_for"] = json!({ "award": "giay_khen", "year": "2024" });
    assert_eq!(outcome(&p.eval(), "chien_si_thi_dua_co_so"), NotEligible);
    p.0["achievements"][0]["used_for"] = json!({ "award": "chien_si_thi_dua_co_so", "year": "2024" });
    assert_eq!(outcome(&p.eval(), "chien_si_thi_dua_co_so"), Eligible);
}

#[test]
fn d74_k1_d_one_initiative_and_one_research_work_are_left_to_the_appraising_body() {
    let mut p = person().years(2023, 2024, "htxs").initiative(2023, "co_so", Some(true));
    p.0["achievements"].as_array_mut().unwrap().push(json!({ "kind": "de_tai", "title": "Đề tài 2024", "year": "2024", "scope": "co_so", "applied": true }));
    let ev = p.eval();
    let f = finding(&ev, BK, "d74_k1_d_sang_kien");
    assert_eq!(f.status, Unknown);
    assert!(f.evidence.vi.contains("Luật nêu 02 sáng kiến hoặc 02 đề tài; trường hợp kết hợp cần cơ quan thẩm định xem xét"));
    assert_eq!(outcome(&ev, BK), Undetermined);
}

// ---- Lao động tiên tiến: six months at the end of the evaluation period (TT 01/2024 Đ1 k5)

#[test]
fn d24_k1_six_months_are_counted_to_31_december_or_to_31_may_of_a_school_year() {
    let calendar = |start: &str| {
        person().person_field("recruitment_date", json!(null)).person_field("continuous_work_from", json!(start)).year(2024, "htt").eval()
    };
    assert_eq!(status(&calendar("2024-07-01"), LDTT, "d24_k1_6_thang"), Met);
    let late = calendar("2024-07-02");
    let f = finding(&late, LDTT, "d24_k1_6_thang");
    assert_eq!(f.status, NotMet);
    assert_eq!(f.missing.as_ref().unwrap().vi, "Chưa đủ 6 tháng làm việc liên tục tính đến hết năm 2024.");
    let school = |start: &str| {
        person()
            .person_field("recruitment_date", json!(start))
            .row(json!({ "year": "2024-2025", "rating": "htt" }))
            .proposal("2025-07-01")
            .eval()
    };
    assert_eq!(status(&school("2024-12-01"), LDTT, "d24_k1_6_thang"), Met);
    let f = school("2024-12-02");
    assert_eq!(status(&f, LDTT, "d24_k1_6_thang"), NotMet);
    assert!(finding(&f, LDTT, "d24_k1_6_thang").evidence.vi.contains("đến hết 2024-2025 (31/05/2025)"));
}

#[test]
fn d24_k1_labour_contract_time_before_recruitment_counts_through_the_continuous_work_date() {
    let ev = person()
        .person_field("recruitment_date", json!("2024-10-01"))
        .person_field("continuous_work_from", json!("2024-03-01"))
        .year(2024, "htt")
        .eval();
    assert_eq!(status(&ev, LDTT, "d24_k1_6_thang"), Met);
}

#[test]
fn gaps_when_the_evaluation_year_is_not_rated_ask_for_its_rating_first() {
    // 2024 entered without a rating and no initiative: Bằng khen tỉnh is not reachable now.
    let ev = person().year(2023, "htxs").row(json!({ "year": "2024" })).eval();
    assert_eq!(outcome(&ev, BK), NotEligible);
    assert!(gap_summary(&ev, BK).starts_with("Nhập xếp loại năm 2024."), "{}", gap_summary(&ev, BK));
}

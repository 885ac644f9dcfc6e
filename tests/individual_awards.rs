//! Individual awards of the rule book §4 (Luật TĐKT 2022), each threshold from both sides.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use khen_thuong::rules::{Outcome::*, Status::*};

const LDTT: &str = "lao_dong_tien_tien";
const CSTDCS: &str = "chien_si_thi_dua_co_so";
const CSTD_TINH: &str = "chien_si_thi_dua_cap_tinh";
const CSTD_TQ: &str = "chien_si_thi_dua_toan_quoc";
const GK: &str = "giay_khen";
const BK: &str = "bang_khen_chu_tich_ubnd_tinh";
const BK_TTG: &str = "bang_khen_thu_tuong";
const HCLD3: &str = "huan_chuong_lao_dong_hang_ba";
const HCLD2: &str = "huan_chuong_lao_dong_hang_nhi";

// ---- Lao động tiên tiến, Điều 24

#[test]
fn d24_rated_htt_recruited_early_nothing_pending_and_declared_is_lao_dong_tien_tien() {
    let ev = person().year(2024, "htt").eval();
    assert_eq!(outcome(&ev, LDTT), Eligible);
    assert_eq!(status(&ev, LDTT, "d24_k1_a"), Met);
    assert!(finding(&ev, LDTT, "d24_k1_a")
        .evidence
        .vi
        .contains("2024: HTTNV"));
    assert!(finding(&ev, LDTT, "d24_k1_a").cite.contains("Điều 24"));
}

#[test]
fn d24_k1_a_rated_ht_is_not_lao_dong_tien_tien_and_says_which_rating_is_needed() {
    let ev = person().year(2024, "ht").eval();
    assert_eq!(outcome(&ev, LDTT), NotEligible);
    let f = finding(&ev, LDTT, "d24_k1_a");
    assert_eq!(f.status, NotMet);
    assert!(
        f.missing.as_ref().unwrap().vi.contains("HTTNV"),
        "{:?}",
        f.missing
    );
    assert!(
        gap_summary(&ev, LDTT).contains("Sớm nhất năm 2025"),
        "{}",
        gap_summary(&ev, LDTT)
    );
}

#[test]
fn tt01_recruited_on_1_july_has_six_months_in_the_year() {
    let ev = person()
        .person_field("recruitment_date", "2024-07-01".into())
        .year(2024, "htt")
        .eval();
    assert_eq!(status(&ev, LDTT, "d24_k1_6_thang"), Met);
    assert_eq!(outcome(&ev, LDTT), Eligible);
}

#[test]
fn tt01_recruited_on_2_july_has_fewer_than_six_months_and_can_reach_it_next_year() {
    let ev = person()
        .person_field("recruitment_date", "2024-07-02".into())
        .year(2024, "htt")
        .eval();
    assert_eq!(status(&ev, LDTT, "d24_k1_6_thang"), NotMet);
    assert_eq!(outcome(&ev, LDTT), NotEligible);
    assert_eq!(earliest(&ev, LDTT), Some(2025));
}

#[test]
fn nd_d4_k4_pending_proceedings_block_the_title_and_unanswered_leaves_it_unknown() {
    let pending = person()
        .year(2024, "htxs")
        .set("pending_proceedings", true.into())
        .eval();
    assert_eq!(status(&pending, LDTT, "d4_k4_dang_xem_xet"), NotMet);
    assert_eq!(outcome(&pending, LDTT), NotEligible);
    let unanswered = person()
        .year(2024, "htxs")
        .set("pending_proceedings", serde_json::Value::Null)
        .eval();
    assert_eq!(status(&unanswered, LDTT, "d4_k4_dang_xem_xet"), Unknown);
    assert_eq!(outcome(&unanswered, LDTT), Undetermined);
}

#[test]
fn d24_k1_b_an_unticked_conduct_declaration_is_unknown_never_a_no() {
    let ev = person()
        .year(2024, "htxs")
        .undeclare("tu_luc_doan_ket_thi_dua")
        .eval();
    assert_eq!(status(&ev, LDTT, "d24_k1_b"), Unknown);
    assert_eq!(outcome(&ev, LDTT), Undetermined);
    let said_no = person()
        .year(2024, "htxs")
        .declare("tu_luc_doan_ket_thi_dua", false)
        .eval();
    assert_eq!(outcome(&said_no, LDTT), NotEligible);
}

#[test]
fn a_missing_rating_or_recruitment_date_gives_not_enough_data() {
    let ev = person().row(serde_json::json!({ "year": "2024" })).eval();
    assert_eq!(status(&ev, LDTT, "d24_k1_a"), Unknown);
    assert_eq!(outcome(&ev, LDTT), Undetermined);
    assert_eq!(outcome(&ev, CSTDCS), Undetermined);
    let no_date = person()
        .person_field("recruitment_date", serde_json::Value::Null)
        .year(2024, "htt")
        .eval();
    assert_eq!(status(&no_date, LDTT, "d24_k1_6_thang"), Unknown);
}

#[test]
fn nd335_duty_related_discipline_with_htxs_is_a_conflict_evaluated_as_kht() {
    let ev = person()
        .row(serde_json::json!({ "year": "2024", "rating": "htxs", "discipline": { "level": "khien_trach", "duty_related": true } }))
        .eval();
    assert_eq!(ev.warnings.len(), 1);
    assert!(ev.warnings[0].vi.contains("mâu thuẫn"), "{:?}", ev.warnings);
    assert_eq!(outcome(&ev, LDTT), NotEligible);
    assert!(finding(&ev, LDTT, "d24_k1_a").evidence.vi.contains("KHTNV"));
    assert!(notes(&ev, LDTT).contains("khiển trách"));
}

#[test]
fn a_discipline_not_said_to_relate_to_duties_makes_the_rating_unknown_and_its_period_still_bars_the_year() {
    let ev = person().row(serde_json::json!({ "year": "2024", "rating": "htxs", "discipline": { "level": "khien_trach" } })).eval();
    assert_eq!(ev.warnings.len(), 1);
    // Version 2 (§2a.2): the year of a discipline period counts for no award, whatever the relation to duties.
    assert_eq!(status(&ev, LDTT, "d4_k4_ky_luat"), NotMet);
    assert_eq!(outcome(&ev, LDTT), NotEligible);
    let unrelated = person()
        .row(serde_json::json!({ "year": "2024", "rating": "htxs", "discipline": { "level": "khien_trach", "duty_related": false } }))
        .eval();
    assert_eq!(outcome(&unrelated, LDTT), NotEligible);
}

// ---- Chiến sĩ thi đua cơ sở, Điều 23

#[test]
fn d23_lao_dong_tien_tien_rated_htxs_is_chien_si_thi_dua_co_so() {
    let ev = person().year(2024, "htxs").eval();
    assert_eq!(outcome(&ev, CSTDCS), Eligible);
    assert_eq!(status(&ev, CSTDCS, "d23_lao_dong_tien_tien"), Met);
    assert!(finding(&ev, CSTDCS, "d23_lao_dong_tien_tien")
        .evidence
        .vi
        .contains("đủ điều kiện Lao động tiên tiến"));
    assert!(
        notes(&ev, CSTDCS).contains("80%"),
        "the council vote is a procedural note"
    );
}

#[test]
fn d23_rated_htt_with_an_initiative_recognised_in_the_year_is_chien_si_thi_dua_co_so() {
    let ev = person()
        .year(2024, "htt")
        .initiative(2024, "co_so", None)
        .eval();
    assert_eq!(status(&ev, CSTDCS, "d23_sang_kien"), Met);
    assert_eq!(outcome(&ev, CSTDCS), Eligible);
}

#[test]
fn d23_rated_htt_with_the_initiative_a_year_earlier_is_not_and_the_gap_says_what_is_missing() {
    let ev = person()
        .year(2024, "htt")
        .initiative(2023, "co_so", Some(true))
        .eval();
    assert_eq!(status(&ev, CSTDCS, "d23_thanh_tich"), NotMet);
    assert_eq!(outcome(&ev, CSTDCS), NotEligible);
    assert_eq!(earliest(&ev, CSTDCS), Some(2025));
}

#[test]
fn d23_an_initiative_without_the_lao_dong_tien_tien_title_is_not_enough() {
    let ev = person()
        .year(2024, "ht")
        .initiative(2024, "tinh", Some(true))
        .eval();
    assert_eq!(status(&ev, CSTDCS, "d23_lao_dong_tien_tien"), NotMet);
    assert_eq!(status(&ev, CSTDCS, "d23_thanh_tich"), Met);
    assert_eq!(outcome(&ev, CSTDCS), NotEligible);
}

// ---- Chiến sĩ thi đua cấp tỉnh, Điều 22

fn three_years_cstdcs() -> P {
    person()
        .years(2022, 2024, "htxs")
        .received(CSTDCS, 2022, 2022)
        .received(CSTDCS, 2023, 2023)
        .initiative(2023, "tinh", Some(true))
}

#[test]
fn d22_three_consecutive_cstdcs_and_an_applied_provincial_initiative_make_chien_si_thi_dua_cap_tinh(
) {
    let ev = three_years_cstdcs().eval();
    assert_eq!(status(&ev, CSTD_TINH, "d22_ba_lan_cstdcs"), Met);
    assert_eq!(status(&ev, CSTD_TINH, "d22_sang_kien_cap_tinh"), Met);
    assert_eq!(outcome(&ev, CSTD_TINH), Eligible);
    assert!(notes(&ev, CSTD_TINH).contains("90%"));
}

#[test]
fn d22_two_of_three_cstdcs_years_are_not_enough_and_the_earliest_year_is_next_year() {
    let ev = person()
        .years(2022, 2024, "htxs")
        .received(CSTDCS, 2023, 2023)
        .initiative(2023, "tinh", Some(true))
        .eval();
    assert_eq!(status(&ev, CSTD_TINH, "d22_ba_lan_cstdcs"), NotMet);
    assert!(finding(&ev, CSTD_TINH, "d22_ba_lan_cstdcs")
        .evidence
        .vi
        .contains("2022: chưa nhập"));
    assert_eq!(earliest(&ev, CSTD_TINH), Some(2025));
}

#[test]
fn d22_a_unit_level_initiative_is_below_the_provincial_scope() {
    let ev = person()
        .years(2022, 2024, "htxs")
        .received(CSTDCS, 2022, 2022)
        .received(CSTDCS, 2023, 2023)
        .initiative(2023, "co_so", Some(true))
        .eval();
    assert_eq!(status(&ev, CSTD_TINH, "d22_sang_kien_cap_tinh"), NotMet);
    assert_eq!(outcome(&ev, CSTD_TINH), NotEligible);
}

#[test]
fn d22_an_initiative_outside_the_three_years_does_not_count() {
    let ev = person()
        .years(2022, 2024, "htxs")
        .received(CSTDCS, 2022, 2022)
        .received(CSTDCS, 2023, 2023)
        .initiative(2021, "tinh", Some(true))
        .eval();
    assert_eq!(status(&ev, CSTD_TINH, "d22_sang_kien_cap_tinh"), NotMet);
}

#[test]
fn d22_an_initiative_whose_application_is_not_stated_leaves_the_title_undetermined() {
    let ev = person()
        .years(2022, 2024, "htxs")
        .received(CSTDCS, 2022, 2022)
        .received(CSTDCS, 2023, 2023)
        .initiative(2023, "tinh", None)
        .eval();
    assert_eq!(status(&ev, CSTD_TINH, "d22_sang_kien_cap_tinh"), Unknown);
    assert_eq!(outcome(&ev, CSTD_TINH), Undetermined);
}

#[test]
fn d22_the_window_restarts_after_a_previous_chien_si_thi_dua_cap_tinh() {
    let ev = three_years_cstdcs().received(CSTD_TINH, 2021, 2023).eval();
    assert_eq!(status(&ev, CSTD_TINH, "d22_ba_lan_cstdcs"), NotMet);
    assert!(finding(&ev, CSTD_TINH, "d22_ba_lan_cstdcs")
        .evidence
        .vi
        .contains("thuộc thời gian của lần khen trước"));
    assert_eq!(earliest(&ev, CSTD_TINH), Some(2026));
}

#[test]
fn nd_d4_k3_a_one_off_cstdcs_does_not_count_as_a_prerequisite() {
    let ev = person()
        .years(2022, 2024, "htxs")
        .received(CSTDCS, 2022, 2022)
        .received_as(CSTDCS, 2023, 2023, "dot_xuat")
        .initiative(2023, "tinh", Some(true))
        .eval();
    assert_eq!(status(&ev, CSTD_TINH, "d22_ba_lan_cstdcs"), NotMet);
    assert!(finding(&ev, CSTD_TINH, "d22_ba_lan_cstdcs")
        .evidence
        .vi
        .contains("không được tính"));
}

// ---- Chiến sĩ thi đua toàn quốc, Điều 21

#[test]
fn d21_two_consecutive_provincial_titles_and_a_national_initiative_may_be_proposed() {
    let ev = person()
        .years(2019, 2024, "htxs")
        .received(CSTD_TINH, 2019, 2021)
        .received(CSTD_TINH, 2022, 2024)
        .initiative(2023, "toan_quoc", Some(true))
        .eval();
    assert_eq!(status(&ev, CSTD_TQ, "d21_hai_lan_cstd_tinh"), Met);
    assert_eq!(outcome(&ev, CSTD_TQ), Eligible);
    assert!(notes(&ev, CSTD_TQ).contains("có thể đề nghị"));
}

#[test]
fn d21_provincial_titles_with_a_gap_between_them_are_not_consecutive() {
    let ev = person()
        .years(2018, 2024, "htxs")
        .received(CSTD_TINH, 2018, 2020)
        .received(CSTD_TINH, 2022, 2024)
        .initiative(2023, "toan_quoc", Some(true))
        .eval();
    assert_eq!(status(&ev, CSTD_TQ, "d21_hai_lan_cstd_tinh"), NotMet);
}

#[test]
fn d21_a_provincial_initiative_is_below_the_national_scope() {
    let ev = person()
        .years(2019, 2024, "htxs")
        .received(CSTD_TINH, 2019, 2021)
        .received(CSTD_TINH, 2022, 2024)
        .initiative(2023, "tinh", Some(true))
        .eval();
    assert_eq!(status(&ev, CSTD_TQ, "d21_sang_kien_toan_quoc"), NotMet);
    assert_eq!(outcome(&ev, CSTD_TQ), NotEligible);
}

// ---- Giấy khen, Điều 75

#[test]
fn d75_htt_exemplary_and_a_movement_achievement_earn_giay_khen() {
    let ev = person()
        .year(2024, "htt")
        .declare("thanh_tich_phong_trao", true)
        .eval();
    assert_eq!(outcome(&ev, GK), Eligible);
    assert!(
        notes(&ev, GK).contains("quy chế"),
        "the unit's own regulation decides"
    );
}

#[test]
fn d75_htxs_alone_opens_the_computed_route() {
    let ev = person().year(2024, "htxs").eval();
    assert_eq!(status(&ev, GK, "d75_htxs"), Met);
    assert_eq!(outcome(&ev, GK), Eligible);
}

#[test]
fn d75_with_every_conduct_declaration_ticked_and_no_route_ticked_only_computed_routes_count() {
    let ev = person().year(2024, "htt").eval();
    assert_eq!(status(&ev, GK, "d75_phong_trao"), NotMet);
    assert_eq!(outcome(&ev, GK), NotEligible);
}

#[test]
fn d75_without_the_conduct_declaration_the_route_declarations_stay_unknown() {
    let ev = person()
        .year(2024, "htt")
        .undeclare("guong_mau_chap_hanh")
        .eval();
    assert_eq!(status(&ev, GK, "d75_phong_trao"), Unknown);
    assert_eq!(outcome(&ev, GK), Undetermined);
}

// ---- Bằng khen của Chủ tịch UBND tỉnh, Điều 74 khoản 1

fn worked_example() -> P {
    person()
        .year(2023, "htxs")
        .year(2024, "htxs")
        .initiative(2023, "co_so", Some(true))
        .initiative(2024, "co_so", Some(true))
}

#[test]
fn rule_book_worked_example_htxs_2023_and_2024_with_one_initiative_each_gives_bang_khen_tinh_in_2024(
) {
    let ev = worked_example().eval();
    assert_eq!(ev.evaluation_year, 2024);
    assert_eq!(outcome(&ev, BK), Eligible);
    assert_eq!(status(&ev, BK, "d74_k1_d_htxs"), Met);
    assert_eq!(status(&ev, BK, "d74_k1_d_sang_kien"), Met);
    assert!(
        notes(&ev, BK).contains("cả hai nhánh"),
        "the conservative reading is noted"
    );
    assert!(
        notes(&ev, BK)
            .contains("Tiền thưởng ước tính: 1,5 × lương cơ sở 2.340.000 đ = 3.510.000 đ"),
        "{}",
        notes(&ev, BK)
    );
}

#[test]
fn d74_k1_d_one_initiative_in_two_years_is_one_short() {
    let ev = person()
        .year(2023, "htxs")
        .year(2024, "htxs")
        .initiative(2024, "co_so", Some(true))
        .eval();
    assert_eq!(status(&ev, BK, "d74_k1_d_sang_kien"), NotMet);
    assert_eq!(outcome(&ev, BK), NotEligible);
    assert!(
        gap_summary(&ev, BK).contains("Cần thêm 1 sáng kiến"),
        "{}",
        gap_summary(&ev, BK)
    );
    assert_eq!(earliest(&ev, BK), Some(2025));
}

#[test]
fn d74_k1_d_htt_in_the_previous_year_breaks_the_two_year_htxs_branch() {
    let ev = person()
        .year(2023, "htt")
        .year(2024, "htxs")
        .initiative(2023, "co_so", Some(true))
        .initiative(2024, "co_so", Some(true))
        .eval();
    assert_eq!(status(&ev, BK, "d74_k1_d_htxs"), NotMet);
    assert_eq!(outcome(&ev, BK), NotEligible);
}

#[test]
fn d74_k1_d_two_cstdcs_years_open_the_other_branch_but_their_own_initiatives_are_used_by_the_titles() {
    let base = || {
        person()
            .year(2023, "htt")
            .year(2024, "htt")
            .received(CSTDCS, 2023, 2023)
            .initiative(2023, "co_so", Some(true))
            .initiative(2024, "co_so", Some(true))
    };
    let ev = base().eval();
    assert_eq!(status(&ev, BK, "d74_k1_d_cstdcs"), Met);
    // Rated htt, each CSTĐCS rested on its year's initiative (rule book §2a.4).
    let f = finding(&ev, BK, "d74_k1_d_sang_kien");
    assert_eq!(f.status, NotMet);
    assert!(f.evidence.vi.contains("coi là căn cứ của Chiến sĩ thi đua cơ sở năm 2023"), "{}", f.evidence.vi);
    assert!(f.evidence.vi.contains("dùng cho Chiến sĩ thi đua cơ sở năm 2024 đề nghị cùng đợt"), "{}", f.evidence.vi);
    assert_eq!(outcome(&ev, BK), NotEligible);
    // Two more initiatives, unused, make it.
    let ev = base()
        .initiative(2023, "co_so", Some(true))
        .initiative(2024, "co_so", Some(true))
        .eval();
    assert_eq!(outcome(&ev, BK), Eligible);
}

#[test]
fn d74_k1_d_the_window_restarts_after_a_previous_bang_khen_tinh() {
    let ev = worked_example().received(BK, 2022, 2023).eval();
    assert_eq!(status(&ev, BK, "d74_k1_d_htxs"), NotMet);
    assert_eq!(status(&ev, BK, "d74_k1_d_sang_kien"), NotMet);
    assert_eq!(earliest(&ev, BK), Some(2025));
}

#[test]
fn d74_k1_a_a_provincial_movement_achievement_is_a_route_of_its_own() {
    let ev = person()
        .year(2024, "htt")
        .declare("bk_tinh_phong_trao_tinh", true)
        .eval();
    assert_eq!(outcome(&ev, BK), Eligible);
}

// ---- Bằng khen Thủ tướng, Điều 73 khoản 1 điểm b

fn bk_ttg_base() -> P {
    person()
        .received(BK, 2019, 2019)
        .years(2020, 2024, "htt")
        .received(CSTDCS, 2021, 2021)
        .received(CSTDCS, 2022, 2022)
        .received(CSTDCS, 2023, 2023)
}

#[test]
fn d73_k1_b_bang_khen_tinh_then_five_years_htt_with_three_cstdcs_gives_bang_khen_thu_tuong() {
    let ev = bk_ttg_base().eval();
    assert_eq!(status(&ev, BK_TTG, "d73_k1_b_bang_khen"), Met);
    assert_eq!(status(&ev, BK_TTG, "d73_k1_b_5_nam"), Met);
    assert!(finding(&ev, BK_TTG, "d73_k1_b_5_nam")
        .evidence
        .vi
        .contains("5 năm liên tục"));
    assert_eq!(outcome(&ev, BK_TTG), Eligible);
    assert!(
        notes(&ev, BK_TTG).contains("bắt đầu sau năm cuối"),
        "the conservative decision is noted"
    );
}

#[test]
fn d73_k1_b_four_years_after_the_bang_khen_are_one_short() {
    let ev = person()
        .received(BK, 2020, 2020)
        .years(2019, 2024, "htt")
        .received(CSTDCS, 2021, 2021)
        .received(CSTDCS, 2022, 2022)
        .received(CSTDCS, 2023, 2023)
        .eval();
    assert_eq!(status(&ev, BK_TTG, "d73_k1_b_5_nam"), NotMet);
    assert!(finding(&ev, BK_TTG, "d73_k1_b_5_nam")
        .missing
        .as_ref()
        .unwrap()
        .vi
        .contains("Cần thêm 1 năm"));
    assert_eq!(earliest(&ev, BK_TTG), Some(2025));
}

#[test]
fn d73_k1_b_a_one_off_bang_khen_tinh_is_not_a_basis() {
    let ev = person()
        .received_as(BK, 2019, 2019, "dot_xuat")
        .years(2020, 2024, "htt")
        .received(CSTDCS, 2021, 2021)
        .received(CSTDCS, 2022, 2022)
        .received(CSTDCS, 2023, 2023)
        .eval();
    assert_eq!(status(&ev, BK_TTG, "d73_k1_b_bang_khen"), NotMet);
    assert!(finding(&ev, BK_TTG, "d73_k1_b_bang_khen")
        .evidence
        .vi
        .contains("đột xuất"));
}

#[test]
fn d73_k1_b_an_ht_year_breaks_the_run() {
    let ev = person()
        .received(BK, 2019, 2019)
        .years(2020, 2021, "htt")
        .year(2022, "ht")
        .years(2023, 2024, "htt")
        .eval();
    assert_eq!(status(&ev, BK_TTG, "d73_k1_b_5_nam"), NotMet);
    assert!(finding(&ev, BK_TTG, "d73_k1_b_5_nam")
        .evidence
        .vi
        .contains("năm 2022 xếp loại HTNV"));
}

#[test]
fn d73_k1_b_two_cstdcs_in_the_run_are_one_short() {
    let ev = person()
        .received(BK, 2019, 2019)
        .years(2020, 2024, "htt")
        .received(CSTDCS, 2021, 2021)
        .received(CSTDCS, 2022, 2022)
        .eval();
    assert_eq!(status(&ev, BK_TTG, "d73_k1_b_3_cstdcs"), NotMet);
    assert_eq!(outcome(&ev, BK_TTG), NotEligible);
}

#[test]
fn d73_the_run_restarts_after_a_previous_bang_khen_thu_tuong() {
    let ev = bk_ttg_base().received(BK_TTG, 2018, 2022).eval();
    assert_eq!(status(&ev, BK_TTG, "d73_k1_b_bang_khen"), NotMet);
}

#[test]
fn unknown_earlier_years_leave_the_run_undetermined_not_failed() {
    let ev = person()
        .years(2022, 2024, "htt")
        .received(BK, 2015, 2015)
        .eval();
    assert_eq!(status(&ev, BK_TTG, "d73_k1_b_5_nam"), Unknown);
}

// ---- Huân chương Lao động, Điều 44 and 43

#[test]
fn d44_k1_e_bang_khen_thu_tuong_then_five_years_with_one_htxs_and_three_cstdcs_give_hang_ba() {
    let ev = person()
        .received(BK_TTG, 2015, 2019)
        .years(2020, 2023, "htt")
        .year(2024, "htxs")
        .received(CSTDCS, 2021, 2021)
        .received(CSTDCS, 2022, 2022)
        .received(CSTDCS, 2023, 2023)
        .eval();
    assert_eq!(outcome(&ev, HCLD3), Eligible);
    assert!(notes(&ev, HCLD3).contains("chưa đối chiếu được với văn bản gốc"));
}

#[test]
fn d44_k1_e_without_an_htxs_year_the_run_falls_short() {
    let ev = person()
        .received(BK_TTG, 2015, 2019)
        .years(2020, 2024, "htt")
        .received(CSTDCS, 2021, 2021)
        .received(CSTDCS, 2022, 2022)
        .received(CSTDCS, 2023, 2023)
        .eval();
    assert_eq!(status(&ev, HCLD3, "htxs_trong_chuoi"), NotMet);
    assert_eq!(outcome(&ev, HCLD3), NotEligible);
}

#[test]
fn d43_hang_ba_then_five_years_with_two_htxs_and_a_provincial_title_give_hang_nhi() {
    let base = person()
        .received(HCLD3, 2015, 2019)
        .years(2020, 2022, "htt")
        .received(CSTD_TINH, 2020, 2022);
    let ev = base.clone().years(2023, 2024, "htxs").eval();
    assert_eq!(outcome(&ev, HCLD2), Eligible);
    let one_htxs = base.year(2023, "htt").year(2024, "htxs").eval();
    assert_eq!(status(&one_htxs, HCLD2, "htxs_trong_chuoi"), NotMet);
}

#[test]
fn d42_hang_nhat_is_a_manual_review_with_its_reason() {
    let ev = person().year(2024, "htxs").eval();
    let d = ev.determination("huan_chuong_lao_dong_hang_nhat").unwrap();
    assert_eq!(d.outcome, ManualReview);
    assert!(d.findings.is_empty());
    assert!(d.notes[0].text.vi.contains("chưa được kiểm chứng"));
}

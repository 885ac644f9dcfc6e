//! Collective awards (rule book §5), the Lạng Sơn programmes (§6) and the rules that
//! apply to every award (§1, §3, §7).
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use khen_thuong::rules::{Outcome::*, Status::*};
use serde_json::json;

fn counts(
    y: i64,
    rating: &str,
    total: i64,
    ht: i64,
    ldtt: i64,
    cstdcs: i64,
    disciplined: i64,
) -> serde_json::Value {
    json!({ "year": y.to_string(), "rating": rating, "members": {
        "total": total, "at_least_ht": ht, "lao_dong_tien_tien": ldtt, "chien_si_thi_dua_co_so": cstdcs, "disciplined_canh_cao_or_heavier": disciplined } })
}

// ---- Tập thể lao động tiên tiến, Điều 28

#[test]
fn d28_htt_with_seven_of_ten_advanced_workers_and_no_discipline_is_tap_the_lao_dong_tien_tien() {
    let ev = unit()
        .row(counts(2024, "htt", 10, 10, 7, 0, 0))
        .declare("tt_thi_dua_doan_ket", true)
        .eval();
    assert_eq!(outcome(&ev, "tap_the_lao_dong_tien_tien"), Eligible);
    assert!(finding(&ev, "tap_the_lao_dong_tien_tien", "d28_70_ldtt")
        .evidence
        .vi
        .contains("7/10"));
    assert!(notes(&ev, "tap_the_lao_dong_tien_tien").contains("70%"));
}

#[test]
fn d28_six_of_ten_advanced_workers_are_below_seventy_percent() {
    let ev = unit()
        .row(counts(2024, "htt", 10, 10, 6, 0, 0))
        .declare("tt_thi_dua_doan_ket", true)
        .eval();
    assert_eq!(
        status(&ev, "tap_the_lao_dong_tien_tien", "d28_70_ldtt"),
        NotMet
    );
    assert_eq!(outcome(&ev, "tap_the_lao_dong_tien_tien"), NotEligible);
}

#[test]
fn d28_one_member_disciplined_at_canh_cao_bars_the_title() {
    let ev = unit()
        .row(counts(2024, "htt", 10, 10, 8, 0, 1))
        .declare("tt_thi_dua_doan_ket", true)
        .eval();
    assert_eq!(
        status(&ev, "tap_the_lao_dong_tien_tien", "d28_khong_ky_luat"),
        NotMet
    );
}

#[test]
fn d28_without_member_figures_the_title_is_undetermined() {
    let ev = unit()
        .year(2024, "htt")
        .declare("tt_thi_dua_doan_ket", true)
        .eval();
    assert_eq!(
        status(&ev, "tap_the_lao_dong_tien_tien", "d28_70_ldtt"),
        Unknown
    );
    assert_eq!(outcome(&ev, "tap_the_lao_dong_tien_tien"), Undetermined);
}

// ---- Tập thể lao động xuất sắc, Điều 27

#[test]
fn d27_htxs_all_members_ht_seventy_percent_advanced_and_one_fighter_is_tap_the_lao_dong_xuat_sac() {
    let ev = unit()
        .row(counts(2024, "htxs", 10, 10, 7, 1, 0))
        .declare("tt_doan_ket_guong_mau", true)
        .eval();
    assert_eq!(outcome(&ev, "tap_the_lao_dong_xuat_sac"), Eligible);
}

#[test]
fn d27_one_member_below_ht_or_no_fighter_fails_the_title() {
    let one_below = unit()
        .row(counts(2024, "htxs", 10, 9, 7, 1, 0))
        .declare("tt_doan_ket_guong_mau", true)
        .eval();
    assert_eq!(
        status(&one_below, "tap_the_lao_dong_xuat_sac", "d27_100_ht"),
        NotMet
    );
    let no_fighter = unit()
        .row(counts(2024, "htxs", 10, 10, 7, 0, 0))
        .declare("tt_doan_ket_guong_mau", true)
        .eval();
    assert_eq!(
        status(&no_fighter, "tap_the_lao_dong_xuat_sac", "d27_1_cstdcs"),
        NotMet
    );
}

#[test]
fn members_given_one_by_one_are_counted_by_evaluating_each_member() {
    let member = |rating: &str| person().year(2024, rating).0;
    let p = unit()
        .year(2024, "htxs")
        .set(
            "members",
            json!([member("htxs"), member("htt"), member("htt"), member("ht")]),
        )
        .declare("tt_doan_ket_guong_mau", true);
    let ev = p.eval();
    // 3 of 4 are LĐTT (75 %), one is CSTĐCS (htxs), all rated at least ht.
    assert_eq!(status(&ev, "tap_the_lao_dong_xuat_sac", "d27_70_ldtt"), Met);
    assert!(finding(&ev, "tap_the_lao_dong_xuat_sac", "d27_70_ldtt")
        .evidence
        .vi
        .contains("3/4"));
    assert_eq!(
        status(&ev, "tap_the_lao_dong_xuat_sac", "d27_1_cstdcs"),
        Met
    );
    assert_eq!(outcome(&ev, "tap_the_lao_dong_xuat_sac"), Eligible);
}

#[test]
fn members_without_a_rating_make_the_count_a_range_and_the_share_unknown() {
    let p = unit()
        .year(2024, "htt")
        .set(
            "members",
            json!([person().year(2024, "htt").0, person().0, person().0]),
        )
        .declare("tt_thi_dua_doan_ket", true);
    let ev = p.eval();
    assert_eq!(
        status(&ev, "tap_the_lao_dong_tien_tien", "d28_70_ldtt"),
        Unknown
    );
    assert!(finding(&ev, "tap_the_lao_dong_tien_tien", "d28_70_ldtt")
        .evidence
        .vi
        .contains("1–3/3"));
}

// ---- Cờ thi đua, Điều 26 and 25

/// A cluster leader with every conduct declaration of the flags ticked and no mass
/// organisations.
fn flag_unit() -> P {
    unit()
        .set("unit", json!({ "name": "Phòng Thi đua", "has_party_organisation": false, "has_mass_organisations": false }))
        .declare("dan_dau_cum_khoi", true)
        .declare("vuot_chi_tieu_tieu_bieu_tinh", true)
        .declare("tt_noi_bo_doan_ket", true)
        .declare("vuot_chi_tieu_tiet_kiem", true)
}

#[test]
fn d26_leading_htxs_unit_with_htxs_party_organisation_earns_co_thi_dua_cap_tinh() {
    let ev = flag_unit()
        .set(
            "unit",
            json!({ "name": "Sở X", "has_party_organisation": true, "has_mass_organisations": false }),
        )
        .row(json!({ "year": "2024", "rating": "htxs", "party_rating": "htxs" }))
        .eval();
    assert_eq!(outcome(&ev, "co_thi_dua_cap_tinh"), Eligible);
    assert!(notes(&ev, "co_thi_dua_cap_tinh").contains("Tiền thưởng ước tính: 8 × lương cơ sở"));
}

#[test]
fn d26_a_party_organisation_rated_htt_fails_and_no_party_organisation_is_not_a_failure() {
    let htt = flag_unit()
        .set(
            "unit",
            json!({ "name": "Sở X", "has_party_organisation": true, "has_mass_organisations": false }),
        )
        .row(json!({ "year": "2024", "rating": "htxs", "party_rating": "htt" }))
        .eval();
    assert_eq!(
        status(&htt, "co_thi_dua_cap_tinh", "d26_to_chuc_dang"),
        NotMet
    );
    let none = flag_unit().year(2024, "htxs").eval();
    assert_eq!(
        status(&none, "co_thi_dua_cap_tinh", "d26_to_chuc_dang"),
        Met
    );
}

#[test]
fn d25_k1_the_most_outstanding_cluster_leader_rated_htxs_earns_co_thi_dua_chinh_phu_and_htt_does_not() {
    let ev = flag_unit()
        .year(2024, "htxs")
        .declare("tieu_bieu_nhat_cum", true)
        .eval();
    assert_eq!(status(&ev, "co_thi_dua_chinh_phu", "d25_k1_htxs"), Met);
    assert_eq!(outcome(&ev, "co_thi_dua_chinh_phu"), Eligible);
    let not_htxs = flag_unit()
        .year(2024, "htt")
        .declare("tieu_bieu_nhat_cum", true)
        .eval();
    assert_eq!(outcome(&not_htxs, "co_thi_dua_chinh_phu"), NotEligible);
}

#[test]
fn d74_k3_two_htxs_years_give_the_collective_bang_khen_tinh_and_a_single_year_does_not() {
    let ev = unit()
        .year(2023, "htxs")
        .year(2024, "htxs")
        .declare("bk_tinh_tt_dan_chu", true)
        .declare("tt_doan_ket_guong_mau", true)
        .eval();
    assert_eq!(
        outcome(&ev, "bang_khen_chu_tich_ubnd_tinh_tap_the"),
        Eligible
    );
    let one = unit()
        .year(2023, "htt")
        .year(2024, "htxs")
        .declare("bk_tinh_tt_dan_chu", true)
        .declare("tt_doan_ket_guong_mau", true)
        .eval();
    assert_eq!(
        outcome(&one, "bang_khen_chu_tich_ubnd_tinh_tap_the"),
        NotEligible
    );
    assert_eq!(
        earliest(&one, "bang_khen_chu_tich_ubnd_tinh_tap_the"),
        Some(2025)
    );
}

#[test]
fn d73_k3_collective_bang_khen_thu_tuong_is_a_manual_review() {
    let ev = unit().year(2024, "htxs").eval();
    assert_eq!(outcome(&ev, "bang_khen_thu_tuong_tap_the"), ManualReview);
    assert_eq!(outcome(&ev, "huan_chuong_lao_dong_tap_the"), ManualReview);
}

// ---- Học tập và làm theo Bác (seed 000, §III)

fn hcm_person() -> P {
    person()
        .declare("hcm_dao_duc_guong_mau", true)
        .declare("hcm_viec_lam_cu_the", true)
}

#[test]
fn iii_1_2_an_exemplary_person_rated_htxs_is_an_annual_hcm_model() {
    let ev = hcm_person().year(2024, "htxs").eval();
    assert_eq!(outcome(&ev, "hcm_hang_nam_ca_nhan"), Eligible);
    let htt = hcm_person().year(2024, "htt").eval();
    assert_eq!(outcome(&htt, "hcm_hang_nam_ca_nhan"), NotEligible);
}

#[test]
fn iii_1_2_a_party_member_rated_htxs_as_party_member_qualifies_with_htt_at_work() {
    let ev = hcm_person()
        .person_field("party_member", true.into())
        .row(json!({ "year": "2024", "rating": "htt", "party_rating": "htxs" }))
        .eval();
    assert_eq!(outcome(&ev, "hcm_hang_nam_ca_nhan"), Eligible);
    assert!(finding(&ev, "hcm_hang_nam_ca_nhan", "iii_1_2_htxs")
        .evidence
        .vi
        .contains("xếp loại đảng viên: HTXSNV"));
}

#[test]
fn iii_2_five_year_review_2021_2024_needs_every_year_htt_and_two_htxs() {
    let ev = person()
        .years(2021, 2022, "htt")
        .years(2023, 2024, "htxs")
        .proposal("2025-09-10")
        .eval();
    let d = ev.determination("hcm_so_ket_5_nam").unwrap();
    assert_eq!(d.review_period.map(|p| (p.from, p.to)), Some((2021, 2024)));
    assert_eq!(d.outcome, Eligible);
    let one = person()
        .years(2021, 2023, "htt")
        .year(2024, "htxs")
        .proposal("2025-09-10")
        .eval();
    assert_eq!(
        status(&one, "hcm_so_ket_5_nam", "iii_2_so_nam_htxs"),
        NotMet
    );
    assert!(gap_summary(&one, "hcm_so_ket_5_nam").contains("Kỳ xét đã cố định"));
}

#[test]
fn iii_2_ten_year_review_needs_four_htxs_years_in_2016_2024() {
    let four = person()
        .years(2016, 2020, "htt")
        .years(2021, 2024, "htxs")
        .proposal("2025-09-10")
        .eval();
    assert_eq!(outcome(&four, "hcm_tong_ket_10_nam"), Eligible);
    let three = person()
        .years(2016, 2021, "htt")
        .years(2022, 2024, "htxs")
        .proposal("2025-09-10")
        .eval();
    assert_eq!(outcome(&three, "hcm_tong_ket_10_nam"), NotEligible);
    let missing_year = person()
        .years(2017, 2020, "htt")
        .years(2021, 2024, "htxs")
        .proposal("2025-09-10")
        .eval();
    assert_eq!(outcome(&missing_year, "hcm_tong_ket_10_nam"), Undetermined);
}

#[test]
fn iii_2_a_user_chosen_review_period_replaces_the_default() {
    let ev = person()
        .years(2024, 2025, "htxs")
        .year(2026, "htt")
        .set(
            "review_periods",
            json!({ "hcm_so_ket_3_nam": { "from": 2024, "to": 2026 } }),
        )
        .proposal("2026-11-01")
        .eval();
    let d = ev.determination("hcm_so_ket_3_nam").unwrap();
    assert_eq!(d.year, 2026);
    assert_eq!(d.outcome, Eligible);
}

#[test]
fn iii_2_a_unit_rated_as_party_organisation_counts_htxs_only_when_both_are_htxs() {
    let base = unit()
        .set(
            "unit",
            json!({ "name": "Chi bộ X", "has_party_organisation": true }),
        )
        .proposal("2025-09-10");
    let mut both = base.clone();
    let mut gov_only = base;
    for y in 2021..=2024 {
        both = both.row(json!({ "year": y.to_string(), "rating": "htxs", "party_rating": if y >= 2023 { "htxs" } else { "htt" } }));
        gov_only = gov_only.row(json!({ "year": y.to_string(), "rating": "htxs", "party_rating": if y == 2024 { "htxs" } else { "htt" } }));
    }
    assert_eq!(outcome(&both.eval(), "hcm_so_ket_5_nam_tap_the"), Eligible);
    assert_eq!(
        outcome(&gov_only.eval(), "hcm_so_ket_5_nam_tap_the"),
        NotEligible
    );
}

// ---- Phong trào thi đua đặc biệt 2025 (seed 004)

fn campaign_person() -> P {
    person()
        .declare("dbt_guong_mau_hoc_tap_bac", true)
        .declare("dbt_tich_cuc_trach_nhiem", true)
        .declare("dbt_sang_tao_thanh_tich", true)
        .proposal("2025-10-20")
        .year(2025, "htt")
}

#[test]
fn iv_2_1_b_declarations_and_all_tasks_done_in_ten_months_earn_the_campaign_certificate() {
    let ev = campaign_person()
        .set(
            "facts",
            json!({ "hoan_thanh_100_nhiem_vu_10_thang_2025": true }),
        )
        .eval();
    assert_eq!(
        outcome(&ev, "thi_dua_dac_biet_2025_giay_khen_ca_nhan"),
        Eligible
    );
    assert!(
        notes(&ev, "thi_dua_dac_biet_2025_giay_khen_ca_nhan").contains("01 tập thể và 03 cá nhân")
    );
    let not_done = campaign_person()
        .set(
            "facts",
            json!({ "hoan_thanh_100_nhiem_vu_10_thang_2025": false }),
        )
        .eval();
    assert_eq!(
        outcome(&not_done, "thi_dua_dac_biet_2025_giay_khen_ca_nhan"),
        NotEligible
    );
    let unknown = campaign_person().eval();
    assert_eq!(
        outcome(&unknown, "thi_dua_dac_biet_2025_giay_khen_ca_nhan"),
        Undetermined
    );
}

#[test]
fn the_campaign_is_not_in_force_after_its_deadline_and_its_bang_khen_is_a_manual_review_during_it()
{
    let during = campaign_person().eval();
    assert_eq!(
        outcome(&during, "thi_dua_dac_biet_2025_bang_khen_tinh"),
        ManualReview
    );
    assert!(notes(&during, "thi_dua_dac_biet_2025_bang_khen_tinh").contains("134/KH-UBND"));
    let after = campaign_person().proposal("2025-10-31").eval();
    assert_eq!(
        outcome(&after, "thi_dua_dac_biet_2025_giay_khen_ca_nhan"),
        NotInForce
    );
}

// ---- Rule sets and notices (§1), bonus (§7)

#[test]
fn the_rule_set_is_chosen_by_the_proposal_date() {
    assert_eq!(
        person()
            .year(2024, "htt")
            .proposal("2025-06-30")
            .eval()
            .rule_set
            .as_deref(),
        Some("law2022-nd98")
    );
    assert_eq!(
        person()
            .year(2024, "htt")
            .proposal("2025-07-01")
            .eval()
            .rule_set
            .as_deref(),
        Some("law2022-nd152")
    );
    let before = person().year(2023, "htt").proposal("2023-12-31").eval();
    assert_eq!(before.rule_set, None);
    assert_eq!(outcome(&before, "lao_dong_tien_tien"), NotInForce);
}

#[test]
fn years_before_2024_are_not_re_evaluated() {
    let ev = person().year(2023, "htxs").for_year(2023).eval();
    assert_eq!(outcome(&ev, "lao_dong_tien_tien"), NotInForce);
    assert!(notes(&ev, "lao_dong_tien_tien").contains("không đánh giá lại"));
}

#[test]
fn results_dated_from_1_october_2026_carry_the_amendment_notice() {
    use khen_thuong::rules::determination::NoteKind;
    let scope = |ev: &khen_thuong::rules::Evaluation| ev.notices.iter().filter(|n| n.kind == NoteKind::Scope).count();
    let before = person().year(2025, "htt").proposal("2026-09-30").eval();
    assert_eq!(scope(&before), 0);
    let after = person().year(2025, "htt").proposal("2026-10-01").eval();
    assert_eq!(scope(&after), 1);
    assert!(after.notices[0].text.vi.contains("chưa được mã hoá"));
}

#[test]
fn nd152_d49_the_bonus_uses_the_base_salary_of_the_date_and_is_rounded_up_to_ten_thousand() {
    let ev = person().year(2025, "htt").proposal("2026-07-01").eval();
    // 0.3 × 2,530,000 = 759,000 → 760,000.
    assert!(
        notes(&ev, "lao_dong_tien_tien").contains("0,3 × lương cơ sở 2.530.000 đ = 760.000 đ"),
        "{}",
        notes(&ev, "lao_dong_tien_tien")
    );
    assert!(notes(&ev, "lao_dong_tien_tien").contains("Nghị định 161/2026/NĐ-CP") || ev.determination("lao_dong_tien_tien").unwrap().notes.iter().any(|n| n.cite.contains("Nghị định 161/2026/NĐ-CP")));
    let before = person().year(2025, "htt").proposal("2026-06-30").eval();
    assert!(notes(&before, "lao_dong_tien_tien").contains("0,3 × lương cơ sở 2.340.000 đ = 710.000 đ"));
    let not_eligible = person().year(2025, "ht").proposal("2026-07-01").eval();
    assert!(!notes(&not_eligible, "lao_dong_tien_tien").contains("Tiền thưởng"));
}

#[test]
fn nd152_d49_titles_of_one_year_pay_only_the_highest_and_only_one_form_counts_in_the_total() {
    // htxs 2024 and 2025 with an initiative each: LĐTT + CSTĐCS 2025 (pay 1.0 only),
    // Giấy khen 0.3 and Bằng khen tỉnh 1.5 (one form: 1.5).
    let ev = person()
        .years(2024, 2025, "htxs")
        .initiative(2024, "co_so", Some(true))
        .initiative(2025, "co_so", Some(true))
        .declare("thanh_tich_phong_trao", true)
        .proposal("2026-07-01")
        .eval();
    assert_eq!(outcome(&ev, "chien_si_thi_dua_co_so"), Eligible);
    assert_eq!(outcome(&ev, "bang_khen_chu_tich_ubnd_tinh"), Eligible);
    let total = ev.notices.iter().find(|n| n.text.vi.starts_with("Tổng tiền thưởng")).expect("a total");
    // 1.0 × 2,530,000 + 1.5 × 2,530,000 = 2,530,000 + 3,800,000 (3,795,000 rounded up).
    assert!(total.text.vi.contains("6.330.000 đ"), "{}", total.text.vi);
    assert!(total.cite.contains("Điều 49"));
}

#[test]
fn a_school_year_label_is_keyed_by_its_first_year() {
    let ev = person()
        .row(json!({ "year": "2023-2024", "rating": "htxs" }))
        .row(json!({ "year": "2024-2025", "rating": "htxs" }))
        .proposal("2025-08-01")
        .eval();
    assert_eq!(ev.evaluation_year, 2024);
    assert_eq!(outcome(&ev, "lao_dong_tien_tien"), Eligible);
    assert_eq!(
        status(&ev, "bang_khen_chu_tich_ubnd_tinh", "d74_k1_d_htxs"),
        Met
    );
}

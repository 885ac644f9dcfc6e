//! Rule book version 2, the remainder of issue 10: closed review rounds (§6.1), the 2025
//! campaign after its deadline (§6.2), the collective routes (§5), gaps a person can act
//! on (§3), and the engine's own bounds on user-supplied ranges.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use khen_thuong::rules::{self, Outcome::*, Status::*};
use serde_json::json;

const SO_KET_3: &str = "hcm_so_ket_3_nam";
const SO_KET_5: &str = "hcm_so_ket_5_nam";
const CAMPAIGN: &str = "thi_dua_dac_biet_2025_giay_khen_ca_nhan";
const CAMPAIGN_FACT: &str = "hoan_thanh_100_nhiem_vu_10_thang_2025";

fn date(s: &str) -> chrono::NaiveDate {
    rules::date::parse_iso(s).unwrap()
}

// ---- §6.1 closed review rounds

/// Rated htt in 2021 and htxs from 2022 to 2024: meets the 3-year (2021–2022) and the
/// 5-year (2021–2024) reviews.
fn hcm_person() -> P {
    person().year(2021, "htt").years(2022, 2024, "htxs")
}

#[test]
fn vi_6_1_the_three_year_review_filed_08_10_03_2023_is_a_closed_round_in_2025_and_keeps_its_outcome() {
    let ev = hcm_person().proposal("2025-03-01").eval();
    let d = ev.determination(SO_KET_3).unwrap();
    assert_eq!(d.outcome, Eligible, "the computed outcome is kept");
    let c = d.closed_round.as_ref().expect("closed round flag");
    assert_eq!(c.deadline, date("2023-03-10"));
    assert_eq!(c.text.vi, "Đợt xét đã kết thúc (hạn nộp 10/03/2023).");
    assert!(!d.can_propose_now());
    assert!(!ev.proposable().any(|d| d.award == SO_KET_3), "not among what can be proposed now");
    assert!(ev.closed_rounds().any(|d| d.award == SO_KET_3));
    assert!(notes(&ev, SO_KET_3).contains("Thời hạn nộp hồ sơ của đợt này: 08/03/2023 – 10/03/2023."));
}

#[test]
fn vi_6_1_the_five_year_review_is_open_until_12_09_2025_and_closed_from_13_09_2025() {
    let on_last_day = hcm_person().proposal("2025-09-12").eval();
    let d = on_last_day.determination(SO_KET_5).unwrap();
    assert_eq!(d.outcome, Eligible);
    assert_eq!(d.closed_round, None);
    assert!(on_last_day.proposable().any(|d| d.award == SO_KET_5));
    assert!(notes(&on_last_day, SO_KET_5).contains("10/09/2025 – 12/09/2025"));
    let day_after = hcm_person().proposal("2025-09-13").eval();
    let d = day_after.determination(SO_KET_5).unwrap();
    assert_eq!(d.outcome, Eligible);
    assert_eq!(d.closed_round.as_ref().map(|c| c.deadline), Some(date("2025-09-12")));
    assert!(!day_after.proposable().any(|d| d.award == SO_KET_5));
    // The annual recognitions of the same programme have no window: they stay proposable.
    assert!(day_after.determination("hcm_hang_nam_ca_nhan").unwrap().closed_round.is_none());
}

#[test]
fn vi_6_1_a_closed_round_that_was_not_met_never_offers_itself_as_the_way_forward() {
    let ev = person().years(2021, 2022, "htt").proposal("2025-03-01").eval();
    assert_eq!(outcome(&ev, SO_KET_3), NotEligible);
    let g = gap_summary(&ev, SO_KET_3);
    assert!(g.contains("Đợt xét đã kết thúc (hạn nộp 10/03/2023)."), "{g}");
    assert!(g.contains("Có thể chọn kỳ xét của đợt khác."), "{g}");
    assert!(!g.contains("Kỳ xét đã cố định"), "{g}");
    assert_eq!(earliest(&ev, SO_KET_3), None);
}

#[test]
fn vi_6_1_a_review_period_the_user_chose_is_never_closed_and_asks_to_check_the_window() {
    let ev = person()
        .years(2024, 2025, "htxs")
        .year(2026, "htt")
        .set("review_periods", json!({ SO_KET_3: { "from": 2024, "to": 2026 } }))
        .proposal("2026-11-01")
        .eval();
    let d = ev.determination(SO_KET_3).unwrap();
    assert_eq!(d.outcome, Eligible);
    assert_eq!(d.closed_round, None);
    assert!(ev.proposable().any(|d| d.award == SO_KET_3));
    let n = notes(&ev, SO_KET_3);
    assert!(n.contains("Kỳ xét do người dùng chọn"), "{n}");
    assert!(n.contains("hãy kiểm tra thời hạn"), "{n}");
    assert!(!n.contains("08/03/2023"), "the default round's window is not this period's: {n}");
    // Choosing the round's own period is that round: still closed.
    let same = hcm_person()
        .set("review_periods", json!({ SO_KET_3: { "from": 2021, "to": 2022 } }))
        .proposal("2025-03-01")
        .eval();
    assert!(same.determination(SO_KET_3).unwrap().closed_round.is_some());
}

// ---- §6.2 the 2025 campaign

fn campaign_person() -> P {
    person()
        .declare("dbt_guong_mau_hoc_tap_bac", true)
        .declare("dbt_tich_cuc_trach_nhiem", true)
        .declare("dbt_sang_tao_thanh_tich", true)
        .year(2025, "htt")
}

#[test]
fn vi_6_2_the_campaign_fact_not_done_is_a_gap_until_30_10_2025() {
    let ev = campaign_person()
        .set("facts", json!({ CAMPAIGN_FACT: false }))
        .proposal("2025-10-30")
        .eval();
    assert_eq!(outcome(&ev, CAMPAIGN), NotEligible);
    assert_eq!(ev.determination(CAMPAIGN).unwrap().closed_round, None);
    assert!(gap_summary(&ev, CAMPAIGN).contains("Hoàn thành tốt 100% nhiệm vụ"));
    assert!(notes(&ev, CAMPAIGN).contains("15/05/2025 – 30/10/2025"));
}

#[test]
fn vi_6_2_after_30_10_2025_the_result_says_the_campaign_is_over_instead_of_offering_a_gap() {
    for facts in [json!({ CAMPAIGN_FACT: false }), json!({ CAMPAIGN_FACT: true }), json!({})] {
        let ev = campaign_person()
            .set("facts", facts)
            .proposal("2025-10-31")
            .eval();
        let d = ev.determination(CAMPAIGN).unwrap();
        assert_eq!(d.outcome, NotInForce);
        assert!(d.gaps.is_empty(), "no gap: {:?}", d.gaps);
        let c = d.closed_round.as_ref().expect("campaign over");
        assert_eq!(c.deadline, date("2025-10-30"));
        assert_eq!(c.text.vi, "Phong trào thi đua đã kết thúc (hạn nộp 30/10/2025).");
        assert_eq!(notes(&ev, CAMPAIGN), "Phong trào thi đua đã kết thúc (hạn nộp 30/10/2025).");
        assert!(!ev.proposable().any(|d| d.award == CAMPAIGN));
    }
    let unit_ev = unit().proposal("2026-01-05").eval();
    assert!(unit_ev.determination("thi_dua_dac_biet_2025_giay_khen_tap_the").unwrap().closed_round.is_some());
}

// ---- §5 Cờ thi đua của UBND tỉnh (Luật TĐKT 2022, Điều 26 khoản 1)

const CO_TINH: &str = "co_thi_dua_cap_tinh";
const CO_CP: &str = "co_thi_dua_chinh_phu";
const BK_TT: &str = "bang_khen_chu_tich_ubnd_tinh_tap_the";

/// A unit rated htxs in 2024 with no party or mass organisations, every conduct
/// declaration of the flags ticked, no route declaration ticked.
fn flag_unit(unit_fields: serde_json::Value) -> P {
    let mut u = json!({ "name": "Sở X", "has_party_organisation": false, "has_mass_organisations": false });
    for (k, v) in unit_fields.as_object().unwrap() {
        u[k] = v.clone();
    }
    unit()
        .set("unit", u)
        .declare("vuot_chi_tieu_tieu_bieu_tinh", true)
        .declare("tt_noi_bo_doan_ket", true)
        .declare("vuot_chi_tieu_tiet_kiem", true)
        .year(2024, "htxs")
}

#[test]
fn d26_k1_the_flag_is_reached_by_leading_the_cluster_or_by_leading_a_thematic_movement_and_by_neither_it_is_not() {
    let cluster = flag_unit(json!({})).declare("dan_dau_cum_khoi", true).eval();
    assert_eq!(outcome(&cluster, CO_TINH), Eligible);
    let thematic = flag_unit(json!({})).declare("dan_dau_phong_trao_chuyen_de", true).eval();
    assert_eq!(outcome(&thematic, CO_TINH), Eligible);
    assert_eq!(status(&thematic, CO_TINH, "d26_chuyen_de"), Met);
    assert!(notes(&thematic, CO_TINH).contains("không được tính làm điều kiện cho khen thưởng công trạng"));
    assert!(notes(&thematic, CO_TINH).contains("Cách hiểu áp dụng trong công cụ: xếp loại hoàn thành xuất sắc nhiệm vụ"));
    let neither = flag_unit(json!({})).eval();
    assert_eq!(outcome(&neither, CO_TINH), NotEligible);
    assert_eq!(status(&neither, CO_TINH, "d26_dan_dau"), NotMet);
    let g = gap_summary(&neither, CO_TINH);
    assert!(g.contains("Cần một trong các trường hợp: Dẫn đầu cụm, khối thi đua; Dẫn đầu phong trào chuyên đề."), "{g}");
}

#[test]
fn d26_k1_internal_unity_is_a_declaration_and_unticked_leaves_the_flag_undetermined() {
    let ev = flag_unit(json!({}))
        .declare("dan_dau_cum_khoi", true)
        .undeclare("tt_noi_bo_doan_ket")
        .eval();
    assert_eq!(status(&ev, CO_TINH, "d26_doan_ket"), Unknown);
    assert_eq!(outcome(&ev, CO_TINH), Undetermined);
}

#[test]
fn d26_k1_mass_organisations_must_be_htxs_where_they_exist_and_unknown_when_not_answered() {
    let leader = |u: serde_json::Value| flag_unit(u).declare("dan_dau_cum_khoi", true);
    let unanswered = leader(json!({ "has_mass_organisations": null })).eval();
    let f = finding(&unanswered, CO_TINH, "d26_doan_the");
    assert_eq!(f.status, Unknown);
    assert!(f.evidence.vi.contains("Chưa cho biết đơn vị có đoàn thể"), "{}", f.evidence.vi);
    assert_eq!(outcome(&unanswered, CO_TINH), Undetermined);
    let none = leader(json!({ "has_mass_organisations": false })).eval();
    assert_eq!(status(&none, CO_TINH, "d26_doan_the"), Met);
    let rated = |r: &str| {
        leader(json!({ "has_mass_organisations": true }))
            .set("years", json!([{ "year": "2024", "rating": "htxs", "mass_organisation_rating": r }]))
            .eval()
    };
    assert_eq!(outcome(&rated("htxs"), CO_TINH), Eligible);
    let htt = rated("htt");
    assert_eq!(status(&htt, CO_TINH, "d26_doan_the"), NotMet);
    assert_eq!(outcome(&htt, CO_TINH), NotEligible);
    assert!(gap_summary(&htt, CO_TINH).contains("Các đoàn thể cần xếp loại HTXSNV năm 2024."), "{}", gap_summary(&htt, CO_TINH));
    let not_entered = leader(json!({ "has_mass_organisations": true })).eval();
    assert_eq!(status(&not_entered, CO_TINH, "d26_doan_the"), Unknown);
}

#[test]
fn d26_k1_the_party_organisation_must_be_htxs_where_there_is_one() {
    let ev = |party: &str| {
        flag_unit(json!({ "has_party_organisation": true }))
            .declare("dan_dau_cum_khoi", true)
            .set("years", json!([{ "year": "2024", "rating": "htxs", "party_rating": party }]))
            .eval()
    };
    assert_eq!(outcome(&ev("htxs"), CO_TINH), Eligible);
    assert_eq!(status(&ev("htt"), CO_TINH, "d26_to_chuc_dang"), NotMet);
}

// ---- §5 Cờ thi đua của Chính phủ (Luật TĐKT 2022, Điều 25 khoản 1–3)

#[test]
fn d25_k1_the_most_outstanding_cluster_leader_needs_htxs_and_the_provincial_flag_is_only_shown_for_reference() {
    let k1 = flag_unit(json!({})).declare("tieu_bieu_nhat_cum", true).eval();
    assert_eq!(outcome(&k1, CO_CP), Eligible);
    // Cờ tỉnh is not reached (no cluster or thematic lead declared): not a condition.
    assert_eq!(outcome(&k1, CO_TINH), NotEligible);
    let n = notes(&k1, CO_CP);
    assert!(n.contains("Để tham khảo (không phải điều kiện): Cờ thi đua của UBND tỉnh năm 2024: Chưa đủ điều kiện."), "{n}");
    let htt = flag_unit(json!({}))
        .declare("tieu_bieu_nhat_cum", true)
        .set("years", json!([{ "year": "2024", "rating": "htt" }]))
        .eval();
    assert_eq!(outcome(&htt, CO_CP), NotEligible);
    assert_eq!(status(&htt, CO_CP, "d25_k1_htxs"), NotMet);
    assert!(gap_summary(&htt, CO_CP).contains("Cần xếp loại HTXSNV năm 2024."), "{}", gap_summary(&htt, CO_CP));
}

#[test]
fn d25_k2_and_k3_leading_a_central_cluster_or_a_prime_minister_movement_each_open_the_flag_on_their_own() {
    for route in ["dan_dau_cum_khoi_trung_uong", "dan_dau_phong_trao_thu_tuong"] {
        let ev = unit()
            .set("years", json!([{ "year": "2024", "rating": "htt" }]))
            .declare(route, true)
            .eval();
        assert_eq!(outcome(&ev, CO_CP), Eligible, "{route}");
    }
    let none = flag_unit(json!({})).eval();
    assert_eq!(outcome(&none, CO_CP), NotEligible);
    assert!(notes(&none, CO_CP).contains("Hồ sơ trình chậm nhất ngày 30/6"));
}

// ---- §5 Bằng khen tỉnh cho tập thể (Luật TĐKT 2022, Điều 74 khoản 3), four routes

fn bk_unit() -> P {
    unit().declare("tt_doan_ket_guong_mau", true).declare("bk_tinh_tt_dan_chu", true)
}

#[test]
fn d74_k3_each_declared_route_a_b_c_gives_the_collective_bang_khen_tinh_without_two_htxs_years() {
    for route in ["bk_tinh_tt_phong_trao", "bk_tinh_tt_dot_xuat", "bk_tinh_tt_dong_gop"] {
        let ev = bk_unit().year(2024, "htt").declare(route, true).eval();
        assert_eq!(outcome(&ev, BK_TT), Eligible, "{route}");
    }
}

#[test]
fn d74_k3_d_two_htxs_years_give_it_and_one_year_does_not_with_a_gap_on_the_computed_route() {
    assert_eq!(outcome(&bk_unit().years(2023, 2024, "htxs").eval(), BK_TT), Eligible);
    let one = bk_unit().year(2023, "htt").year(2024, "htxs").eval();
    assert_eq!(outcome(&one, BK_TT), NotEligible);
    let g = gap_summary(&one, BK_TT);
    assert!(g.starts_with("Hai năm liên tục hoàn thành xuất sắc nhiệm vụ hoặc Tập thể lao động xuất sắc"), "{g}");
    assert_eq!(earliest(&one, BK_TT), Some(2025));
    // Exemplary compliance and unity is needed on every route.
    let unticked = bk_unit().undeclare("tt_doan_ket_guong_mau").declare("bk_tinh_tt_phong_trao", true).eval();
    assert_eq!(status(&unticked, BK_TT, "d74_k3_guong_mau"), Unknown);
    assert_eq!(outcome(&unticked, BK_TT), Undetermined);
}

// ---- §5 TTLĐXS and a member's cảnh cáo (Điều 27 has no such condition)

#[test]
fn d27_a_members_canh_cao_blocks_ttldtt_only_and_ttldxs_carries_the_note() {
    let ev = |disciplined: i64| {
        unit()
            .declare("tt_thi_dua_doan_ket", true)
            .declare("tt_doan_ket_guong_mau", true)
            .row(json!({ "year": "2024", "rating": "htxs", "members": {
                "total": 10, "at_least_ht": 10, "lao_dong_tien_tien": 8,
                "chien_si_thi_dua_co_so": 1, "disciplined_canh_cao_or_heavier": disciplined } }))
            .eval()
    };
    let one = ev(1);
    assert_eq!(outcome(&one, "tap_the_lao_dong_tien_tien"), NotEligible);
    assert_eq!(status(&one, "tap_the_lao_dong_tien_tien", "d28_khong_ky_luat"), NotMet);
    assert_eq!(outcome(&one, "tap_the_lao_dong_xuat_sac"), Eligible);
    assert!(notes(&one, "tap_the_lao_dong_xuat_sac").contains("Điều 27 không quy định điều kiện về kỷ luật thành viên; Hội đồng có thể xem xét"));
    let none = ev(0);
    assert_eq!(outcome(&none, "tap_the_lao_dong_tien_tien"), Eligible);
    assert!(!notes(&none, "tap_the_lao_dong_xuat_sac").contains("Điều 27 không quy định"));
}

// ---- §6.1 HCM annual recognition of a collective: the party organisation's rating

#[test]
fn iii_1_1_a_unit_that_is_a_party_organisation_needs_htxs_as_party_organisation_too() {
    let decl = |p: P| {
        p.declare("hcm_tt_cach_lam_moi", true)
            .declare("hcm_tt_chuyen_bien", true)
            .declare("hcm_tt_chuan_muc", true)
    };
    let party = |r: &str| {
        decl(unit().set("unit", json!({ "name": "Chi bộ X", "has_party_organisation": true })))
            .row(json!({ "year": "2024", "rating": "htxs", "party_rating": r }))
            .eval()
    };
    assert_eq!(outcome(&party("htxs"), "hcm_hang_nam_tap_the"), Eligible);
    assert_eq!(status(&party("htt"), "hcm_hang_nam_tap_the", "iii_1_1_to_chuc_dang"), NotMet);
    let no_party = decl(unit()).year(2024, "htxs").eval();
    assert_eq!(outcome(&no_party, "hcm_hang_nam_tap_the"), Eligible);
}

// ---- §3 gaps a person can act on: member numbers

#[test]
fn d28_the_members_gap_states_the_number_needed_and_the_number_now() {
    let ev = unit()
        .declare("tt_thi_dua_doan_ket", true)
        .row(json!({ "year": "2024", "rating": "htt", "members": {
            "total": 23, "lao_dong_tien_tien": 16, "disciplined_canh_cao_or_heavier": 0 } }))
        .eval();
    assert_eq!(outcome(&ev, "tap_the_lao_dong_tien_tien"), NotEligible);
    let f = finding(&ev, "tap_the_lao_dong_tien_tien", "d28_70_ldtt");
    assert_eq!(f.missing.as_ref().unwrap().vi, "Cần ít nhất 17/23 thành viên đạt Lao động tiên tiến (hiện 16).");
    assert!(gap_summary(&ev, "tap_the_lao_dong_tien_tien").contains("Cần ít nhất 17/23 thành viên đạt Lao động tiên tiến (hiện 16)."));
    // 17 of 23 is 73.9 %: met.
    let met = unit()
        .declare("tt_thi_dua_doan_ket", true)
        .row(json!({ "year": "2024", "rating": "htt", "members": {
            "total": 23, "lao_dong_tien_tien": 17, "disciplined_canh_cao_or_heavier": 0 } }))
        .eval();
    assert_eq!(outcome(&met, "tap_the_lao_dong_tien_tien"), Eligible);
    // At most: a member's cảnh cáo.
    let disciplined = unit()
        .declare("tt_thi_dua_doan_ket", true)
        .row(json!({ "year": "2024", "rating": "htt", "members": {
            "total": 23, "lao_dong_tien_tien": 20, "disciplined_canh_cao_or_heavier": 2 } }))
        .eval();
    assert_eq!(
        finding(&disciplined, "tap_the_lao_dong_tien_tien", "d28_khong_ky_luat").missing.as_ref().unwrap().vi,
        "Tối đa 0/23 thành viên bị kỷ luật từ cảnh cáo trở lên (hiện 2)."
    );
}

#[test]
fn d27_every_member_rated_at_least_ht_the_gap_says_how_many_of_how_many() {
    let ev = unit()
        .declare("tt_doan_ket_guong_mau", true)
        .row(json!({ "year": "2024", "rating": "htxs", "members": {
            "total": 10, "at_least_ht": 9, "lao_dong_tien_tien": 8, "chien_si_thi_dua_co_so": 1 } }))
        .eval();
    assert_eq!(
        finding(&ev, "tap_the_lao_dong_xuat_sac", "d27_100_ht").missing.as_ref().unwrap().vi,
        "Cần ít nhất 10/10 thành viên hoàn thành nhiệm vụ trở lên (hiện 9)."
    );
}

// ---- §4 Bằng khen Thủ tướng: a ministry's Bằng khen is a basis; a second one needs a new basis

const BK: &str = "bang_khen_chu_tich_ubnd_tinh";
const BK_TTG: &str = "bang_khen_thu_tuong";
const CSTDCS: &str = "chien_si_thi_dua_co_so";

#[test]
fn d73_k1_b_a_ministry_level_bang_khen_is_a_basis_like_the_provincial_one() {
    let ev = person()
        .received("bang_khen_cap_bo", 2019, 2019)
        .years(2020, 2024, "htt")
        .received(CSTDCS, 2021, 2021)
        .received(CSTDCS, 2022, 2022)
        .received(CSTDCS, 2023, 2023)
        .eval();
    assert_eq!(status(&ev, BK_TTG, "d73_k1_b_bang_khen"), Met);
    assert!(finding(&ev, BK_TTG, "d73_k1_b_bang_khen").evidence.vi.contains("2019–2019"));
    assert_eq!(outcome(&ev, BK_TTG), Eligible);
}

#[test]
fn d73_a_second_bang_khen_thu_tuong_names_the_chain_a_new_bang_khen_first_in_its_gap() {
    // Bằng khen tỉnh 2016, Bằng khen Thủ tướng for 2017–2021; rated htt since.
    let second = person()
        .received(BK, 2016, 2016)
        .received(BK_TTG, 2017, 2021)
        .years(2017, 2024, "htt")
        .received(CSTDCS, 2022, 2022)
        .received(CSTDCS, 2023, 2023)
        .eval();
    assert_eq!(outcome(&second, BK_TTG), NotEligible);
    let m = finding(&second, BK_TTG, "d73_k1_b_bang_khen").missing.clone().unwrap().vi;
    assert!(m.starts_with("Cần một Bằng khen của Chủ tịch UBND tỉnh hoặc Bằng khen"), "{m}");
    assert!(m.contains("mới (khen công trạng) cho thời gian sau năm 2021 trước"), "{m}");
    assert!(m.contains("Điều 5 khoản 2 điểm c"), "{m}");
    let g = gap_summary(&second, BK_TTG);
    assert!(g.contains("sau năm 2021"), "{g}");
    assert!(notes(&second, BK_TTG).contains("Bằng khen Thủ tướng lần thứ hai"));
    // The first award's basis keeps the plain sentence.
    let first = person().years(2020, 2024, "htt").eval();
    let m = finding(&first, BK_TTG, "d73_k1_b_bang_khen").missing.clone().unwrap().vi;
    assert!(m.starts_with("Cần có Bằng khen"), "{m}");
    // With a new Bằng khen tỉnh after the first Bằng khen Thủ tướng, the chain is met.
    let with_new = person()
        .received(BK, 2016, 2016)
        .received(BK_TTG, 2017, 2021)
        .received(BK, 2022, 2022)
        .years(2017, 2027, "htt")
        .received(CSTDCS, 2023, 2023)
        .received(CSTDCS, 2024, 2024)
        .received(CSTDCS, 2025, 2025)
        .for_year(2027)
        .proposal("2028-03-01")
        .eval();
    assert_eq!(status(&with_new, BK_TTG, "d73_k1_b_bang_khen"), Met);
    assert_eq!(outcome(&with_new, BK_TTG), Eligible);
}

// ---- CSV columns for the version-2 facts (rule book §2, §2a.4, §2a.6, §6.2)

#[test]
fn the_csv_reads_continuous_work_the_campaign_fact_an_initiatives_earlier_use_and_an_award_dated_without_period() {
    let std = rules::Standards::get();
    let csv = "Họ và tên;Ngày tuyển dụng;Ngày bắt đầu làm việc liên tục;Sáng kiến;Đã nhận;Hoàn thành 100% nhiệm vụ 10 tháng 2025\n\
               Nguyễn Văn A;2025-03-01;01/06/2024;2023:co_so:có:chien_si_thi_dua_co_so/2023 | 2024:tinh:có;bang_khen_chu_tich_ubnd_tinh::15/03/2022 | lao_dong_tien_tien:2023:cong_trang:2024-01-20;có\n";
    let (ps, errors) = rules::unit::parse_csv(csv, std);
    assert!(errors.is_empty(), "{errors:?}");
    let p = &ps[0];
    let person = p.person.as_ref().unwrap();
    assert_eq!(person.continuous_work_from.as_deref(), Some("2024-06-01"));
    assert_eq!(p.facts.get(CAMPAIGN_FACT), Some(&true));
    let used = p.achievements[0].used_for.as_ref().expect("earlier use read");
    assert_eq!((used.award.as_str(), used.year.as_str()), ("chien_si_thi_dua_co_so", "2023"));
    assert!(p.achievements[1].used_for.is_none());
    let bk = &p.awards_received[0];
    assert_eq!(bk.period, None);
    assert_eq!(bk.decision_date.as_deref(), Some("2022-03-15"));
    let ldtt = &p.awards_received[1];
    assert_eq!(ldtt.period.map(|p| (p.from, p.to)), Some((2023, 2023)));
    assert_eq!(ldtt.decision_date.as_deref(), Some("2024-01-20"));
    // The fact's id works as a header too, and "không" is read as no.
    let (ps, errors) = rules::unit::parse_csv(&format!("Họ và tên;{CAMPAIGN_FACT}\nB;không\n"), std);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(ps[0].facts.get(CAMPAIGN_FACT), Some(&false));
}

#[test]
fn the_csv_names_the_cell_of_a_wrong_earlier_use_a_wrong_fact_answer_and_an_award_without_year_or_date() {
    let std = rules::Standards::get();
    let csv = "Họ và tên;Sáng kiến;Đã nhận;Hoàn thành 100% nhiệm vụ 10 tháng 2025\n\
               A;2023:co_so:có:khong_co/2023;bang_khen_chu_tich_ubnd_tinh;chắc chắn\n";
    let (ps, errors) = rules::unit::parse_csv(csv, std);
    assert!(ps.is_empty());
    let cols: Vec<&str> = errors.iter().map(|e| e.column.as_str()).collect();
    assert_eq!(cols, ["Sáng kiến", "Đã nhận", "Hoàn thành 100% nhiệm vụ 10 tháng 2025"], "{errors:?}");
    assert!(errors[0].message.vi.contains("chien_si_thi_dua_co_so/2023"));
    assert!(errors[1].message.vi.contains("mã::ngày quyết định"));
}

#[test]
fn a_csv_row_with_the_new_columns_is_evaluated_the_continuous_work_date_deciding_ldtt() {
    let std = rules::Standards::get();
    // Recruited 01/09/2024 but on a contract at the unit since 01/03/2024: six months by 31/12/2024.
    let csv = "Họ và tên;Ngày tuyển dụng;Ngày bắt đầu làm việc liên tục;Xếp loại 2024;Đang bị xem xét;Cam kết\n\
               A;2024-09-01;2024-03-01;HTTNV;không;có\n\
               B;2024-09-01;;HTTNV;không;có\n";
    let (ps, errors) = rules::unit::parse_csv(csv, std);
    assert!(errors.is_empty(), "{errors:?}");
    let ev = |p: &rules::Profile| {
        let mut p = p.clone();
        p.proposal_date = Some("2025-03-01".into());
        rules::evaluate(&p, today()).unwrap()
    };
    assert_eq!(outcome(&ev(&ps[0]), "lao_dong_tien_tien"), Eligible);
    assert_eq!(outcome(&ev(&ps[1]), "lao_dong_tien_tien"), NotEligible);
}

// ---- Issue 11 item 1, second guard: the engine bounds every user-supplied range itself

/// Runs `f` on a thread and fails the test when it takes more than 60 s (instead of
/// hanging the suite).
fn within_a_minute<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(std::time::Duration::from_secs(60)).expect("the engine returned within a minute")
}

#[test]
fn the_engine_bounds_out_of_range_periods_and_years_on_facts_that_bypassed_validation() {
    let std = rules::Standards::get();
    let p = hcm_person().received(BK, 2020, 2020).proposal("2025-09-10").profile();
    let mut facts = rules::validate::validate(&p, std, today()).unwrap();
    let good = rules::engine::evaluate_facts(std, &facts);
    // The review period from the smallest to the largest year, an evaluation year at the
    // end of time, an award period that ends before it starts and one of i64 extremes.
    facts.review_periods.insert(SO_KET_5.into(), rules::facts::Period { from: i64::MIN, to: i64::MAX });
    facts.evaluation_year = i64::MAX;
    let mut award = facts.awards[0].clone();
    award.period = rules::facts::Period { from: 2022, to: 2021 };
    facts.awards.push(award.clone());
    award.period = rules::facts::Period { from: i64::MIN, to: i64::MIN };
    facts.awards.push(award);
    let ev = within_a_minute(move || rules::engine::evaluate_facts(rules::Standards::get(), &facts));
    // Bounded: the evaluation year is the last one allowed, the review period at most 30 years.
    assert_eq!(ev.evaluation_year, 2026);
    let d = ev.determination(SO_KET_5).unwrap();
    let period = d.review_period.unwrap();
    assert_eq!((period.from, period.to), (2000, 2026));
    assert!(d.outcome != Eligible, "a period of unrated years is not met");
    // Facts within bounds are evaluated as they are.
    assert_eq!(good.evaluation_year, 2024);
}

// ---- §4 row notes: Giấy khen's HTXSNV route is an assumption; LĐTT's six months under NĐ 152

#[test]
fn d75_the_htxs_route_of_giay_khen_says_it_is_an_assumption_for_persons_and_collectives() {
    let ev = person().year(2024, "htxs").eval();
    let f = finding(&ev, "giay_khen", "d75_thanh_tich");
    let htxs = f.routes.iter().find(|r| r.route == "htxs").unwrap();
    assert_eq!(htxs.status, Met);
    assert!(htxs.text.vi.contains("giả định, chờ đối chiếu quy định của tỉnh"), "{}", htxs.text.vi);
    let unit_ev = unit().declare("tt_doan_ket_guong_mau", true).year(2024, "htxs").eval();
    assert_eq!(outcome(&unit_ev, "giay_khen_tap_the"), Eligible);
    let r = &finding(&unit_ev, "giay_khen_tap_the", "d75_thanh_tich").routes;
    assert!(r.iter().any(|r| r.text.vi.contains("giả định")));
    // The collective's conduct declaration is compliance and internal unity.
    let unticked = unit().year(2024, "htxs").eval();
    assert_eq!(status(&unticked, "giay_khen_tap_the", "d75_guong_mau"), Unknown);
}

#[test]
fn d24_k1_under_nd_152_the_six_months_note_says_the_newer_circular_was_not_checked() {
    let after = person().year(2025, "htt").proposal("2026-02-01").eval();
    assert!(notes(&after, "lao_dong_tien_tien").contains("việc TT 15/2025/TT-BNV giữ quy định này chưa được đối chiếu"));
    assert!(notes(&after, "lao_dong_tien_tien").contains("31/05 của năm thứ hai"));
    let before = person().year(2024, "htt").proposal("2025-03-01").eval();
    assert!(!notes(&before, "lao_dong_tien_tien").contains("TT 15/2025"));
}

// ---- §10 what users see: the new texts name real documents only

#[test]
fn no_text_of_closed_rounds_collective_routes_or_the_declarations_names_an_internal_reference() {
    let evs = [
        hcm_person().proposal("2025-03-01").eval(),
        person().years(2024, 2026, "htt").set("review_periods", json!({ SO_KET_3: { "from": 2024, "to": 2026 } })).proposal("2026-11-01").eval(),
        campaign_person().proposal("2025-11-01").eval(),
        flag_unit(json!({ "has_mass_organisations": null })).declare("tieu_bieu_nhat_cum", true).eval(),
        bk_unit().year(2023, "htt").year(2024, "htxs").eval(),
    ];
    let mut texts: Vec<String> = evs.iter().map(|ev| {
        let mut v = serde_json::to_value(ev).unwrap();
        v.as_object_mut().unwrap().remove("rule_set");
        v.to_string()
    }).collect();
    for d in rules::Standards::get().declarations {
        texts.push(format!("{} {} {} {}", d.text.vi, d.text.en, d.explain.vi, d.explain.en));
    }
    for text in &texts {
        for bad in ["seed", "§", "[S]", "[I]", "[V]", "[T]", "law2022", "research/", "quy tắc", ".md"] {
            let hit = text.find(bad).map(|i| &text[i.saturating_sub(80)..(i + 40).min(text.len())]);
            assert!(hit.is_none(), "{bad:?} in {:?}", hit);
        }
    }
}

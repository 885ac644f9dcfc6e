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

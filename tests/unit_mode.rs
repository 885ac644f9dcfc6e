//! Unit-head mode (issue 5): CSV import with row/column errors, the unit's collective
//! titles from its members, review warnings, exports, and the command line on CSV.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use khen_thuong::rules::unit::*;
use khen_thuong::rules::{self, Outcome, Standards};
use serde_json::json;

const CSV: &str = include_str!("../examples/unit-candidates.csv");

#[test]
fn the_csv_reader_handles_bom_semicolons_commas_quotes_and_crlf() {
    let rows = split_csv("\u{feff}a;b\r\n\"x;y\";\"he said \"\"hi\"\"\"\r\n");
    assert_eq!(rows, vec![vec!["a", "b"], vec!["x;y", "he said \"hi\""]]);
    let rows = split_csv("a,b\n1,\"2\n3\"\n");
    assert_eq!(rows, vec![vec!["a", "b"], vec!["1", "2\n3"]]);
}

#[test]
fn a_bad_row_is_reported_with_its_row_and_column_and_the_good_rows_are_kept() {
    let (profiles, errors) = parse_csv(CSV, Standards::get());
    assert_eq!(profiles.len(), 2);
    assert_eq!(
        profiles[0].person.as_ref().unwrap().full_name,
        "Nguyễn Thị Hoa"
    );
    assert_eq!(
        profiles[1].person.as_ref().unwrap().position,
        "Phó trưởng phòng; kiêm nhiệm"
    );
    assert_eq!(
        profiles[1]
            .person
            .as_ref()
            .unwrap()
            .recruitment_date
            .as_deref(),
        Some("2012-03-01")
    );
    assert_eq!(profiles[0].achievements.len(), 2);
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert_eq!(
        (errors[0].row, errors[0].column.as_str()),
        (4, "Ngày tuyển dụng")
    );
    assert_eq!(
        (errors[1].row, errors[1].column.as_str()),
        (4, "Xếp loại 2023")
    );
    assert!(errors[0]
        .text()
        .vi
        .starts_with("Dòng 4, cột \"Ngày tuyển dụng\""));
}

#[test]
fn a_comma_separated_file_with_ascii_headers_reads_the_same() {
    let text = "Ho va ten,Xep loai 2024,Cam ket\nA,htxs,có\n";
    let (profiles, errors) = parse_csv(text, Standards::get());
    assert!(errors.is_empty(), "{errors:?}");
    let ev = rules::evaluate(&profiles[0].clone(), today()).unwrap();
    assert_eq!(ev.evaluation_year, 2024);
    assert_eq!(
        outcome(&ev, "lao_dong_tien_tien"),
        Outcome::Undetermined,
        "recruitment date and pending are unknown"
    );
}

#[test]
fn the_template_reads_back_without_errors() {
    let (profiles, errors) = parse_csv(&csv_template(), Standards::get());
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(profiles.len(), 1);
    assert_eq!(profiles[0].years.len(), 3);
}

#[test]
fn a_file_without_the_name_column_is_refused() {
    let (profiles, errors) = parse_csv("Đơn vị;Xếp loại 2024\nX;htt\n", Standards::get());
    assert!(profiles.is_empty());
    assert_eq!(errors[0].column, "Họ và tên");
}

fn member(rating: &str) -> rules::Profile {
    person().year(2024, rating).profile()
}

fn evaluate_members(unit: &rules::Profile) -> Vec<rules::Evaluation> {
    let (date, y) = unit_context(unit, today());
    unit.members
        .iter()
        .map(|m| rules::evaluate(&member_in_unit(m, date, y), today()).unwrap())
        .collect()
}

#[test]
fn d27_the_unit_is_tap_the_lao_dong_xuat_sac_from_its_members_results() {
    let mut unit = unit()
        .year(2024, "htxs")
        .declare("tt_doan_ket_guong_mau", true)
        .profile();
    unit.members = vec![member("htxs"), member("htt"), member("htt"), member("ht")];
    let evs = evaluate_members(&unit);
    let refs: Vec<Option<&rules::Evaluation>> = evs.iter().map(Some).collect();
    let ev = evaluate_unit(&unit, &refs, today()).unwrap();
    assert_eq!(outcome(&ev, "tap_the_lao_dong_xuat_sac"), Outcome::Eligible);
    assert!(finding(&ev, "tap_the_lao_dong_xuat_sac", "d27_70_ldtt")
        .evidence
        .vi
        .contains("3/4"));
    // The same unit evaluated with members one by one by the engine agrees.
    let direct = rules::evaluate(&unit, today()).unwrap();
    assert_eq!(
        outcome(&direct, "tap_the_lao_dong_xuat_sac"),
        Outcome::Eligible
    );
    // Members not evaluated yet leave the share unknown, never failed.
    let pending: Vec<Option<&rules::Evaluation>> = vec![Some(&evs[0]), None, None, None];
    let partial = evaluate_unit(&unit, &pending, today()).unwrap();
    assert_eq!(
        outcome(&partial, "tap_the_lao_dong_xuat_sac"),
        Outcome::Undetermined
    );
}

#[test]
fn more_htxs_than_twenty_percent_of_htt_is_a_warning_and_twenty_five_when_the_unit_is_htxs() {
    let mut u = unit().year(2024, "htt").profile();
    u.members = vec![
        member("htxs"),
        member("htxs"),
        member("htt"),
        member("htt"),
        member("htt"),
        member("htt"),
        member("htt"),
    ];
    let evs = evaluate_members(&u);
    let refs: Vec<Option<&rules::Evaluation>> = evs.iter().map(Some).collect();
    let w = review_warnings(&u, None, &refs, 2024);
    assert!(w.iter().any(|t| t.vi.contains("vượt 20%")), "{w:?}");
    // The number the meeting can act on (rule book §3).
    assert!(w.iter().any(|t| t.vi.contains("tối đa 1 người HTXSNV (20% của 5)")), "{w:?}");
    // 1 htxs for 5 htt is exactly 20 %: no warning.
    u.members = vec![
        member("htxs"),
        member("htt"),
        member("htt"),
        member("htt"),
        member("htt"),
        member("htt"),
    ];
    let evs = evaluate_members(&u);
    let refs: Vec<Option<&rules::Evaluation>> = evs.iter().map(Some).collect();
    assert!(review_warnings(&u, None, &refs, 2024).is_empty());
    // 2 htxs for 8 htt is 25 %: a warning for an htt unit, none for an htxs unit.
    u.members = vec![member("htxs"), member("htxs")]
        .into_iter()
        .chain((0..8).map(|_| member("htt")))
        .collect();
    let evs = evaluate_members(&u);
    let refs: Vec<Option<&rules::Evaluation>> = evs.iter().map(Some).collect();
    assert_eq!(review_warnings(&u, None, &refs, 2024).len(), 1);
    let mut htxs_unit = u.clone();
    htxs_unit.years[0].rating = Some(khen_thuong::rules::facts::Rating::Htxs);
    assert!(review_warnings(&htxs_unit, None, &refs, 2024).is_empty());
}

#[test]
fn the_campaign_quota_counts_who_qualifies_and_keeps_everyone() {
    let campaign = |ticked: bool| {
        person()
            .proposal("2025-10-20")
            .year(2025, "htt")
            .declare("dbt_guong_mau_hoc_tap_bac", true)
            .declare("dbt_tich_cuc_trach_nhiem", true)
            .declare("dbt_sang_tao_thanh_tich", true)
            .set(
                "facts",
                json!({ "hoan_thanh_100_nhiem_vu_10_thang_2025": ticked }),
            )
            .profile()
    };
    let mut u = unit().proposal("2025-10-20").year(2025, "htt").profile();
    u.members = vec![
        campaign(true),
        campaign(true),
        campaign(true),
        campaign(true),
        campaign(false),
    ];
    let evs = evaluate_members(&u);
    let refs: Vec<Option<&rules::Evaluation>> = evs.iter().map(Some).collect();
    let w = review_warnings(&u, None, &refs, 2025);
    assert!(
        w.iter()
            .any(|t| t.vi.contains("4 cá nhân đủ điều kiện so với chỉ tiêu 03")),
        "{w:?}"
    );
    assert_eq!(evs.len(), 5, "nobody is dropped");
}

#[test]
fn results_export_as_csv_with_one_row_per_candidate() {
    let (profiles, _) = parse_csv(CSV, Standards::get());
    let evs: Vec<rules::Evaluation> = profiles
        .iter()
        .map(|p| rules::evaluate(p, today()).unwrap())
        .collect();
    let refs: Vec<Option<&rules::Evaluation>> = evs.iter().map(Some).collect();
    let out = results_csv(&profiles, &refs, rules::Lang::Vi);
    let rows = split_csv(&out);
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0][2], "Lao động tiên tiến");
    assert_eq!(rows[1][0], "Nguyễn Thị Hoa");
    assert_eq!(
        rows[1][6], "Đủ điều kiện",
        "Bằng khen tỉnh for the worked example"
    );
}

#[test]
fn the_command_line_evaluates_the_same_csv_and_names_the_bad_cell() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_khen-thuong"))
        .args([
            "--lang",
            "en",
            "evaluate",
            "--today",
            "2026-11-22",
            concat!(env!("CARGO_MANIFEST_DIR"), "/examples/unit-candidates.csv"),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Row 4, column \"Ngày tuyển dụng\""), "{err}");
    let scratch = common::Scratch::new("csv");
    let dir = &scratch.0;
    let good = dir.join("good.csv");
    std::fs::write(&good, CSV.lines().take(3).collect::<Vec<_>>().join("\n")).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_khen-thuong"))
        .args(["evaluate", "--today", "2026-11-22"])
        .arg(&good)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
}

#[test]
fn an_exported_unit_imports_back_whole_and_json_candidates_append() {
    let mut u = unit().year(2024, "htxs").profile();
    u.members = vec![member("htxs"), member("htt")];
    let evs = evaluate_members(&u);
    let refs: Vec<Option<&rules::Evaluation>> = evs.iter().map(Some).collect();
    let ev = evaluate_unit(&u, &refs, today()).unwrap();
    let text = export_json(&u, Some(&ev), &refs, "2026-11-22T10:00:00", false);
    match import("don-vi.json", &text, Standards::get()) {
        Import::Unit(back) => assert_eq!(back, u),
        other => panic!("{other:?}"),
    }
    let two = serde_json::to_string(&vec![member("htt"), member("ht")]).unwrap();
    match import("ung-vien.json", &two, Standards::get()) {
        Import::Members(ps, errors) => assert!(ps.len() == 2 && errors.is_empty()),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        import("x.json", "{ broken", Standards::get()),
        Import::Refused(_)
    ));
    match import("ung-vien.csv", CSV, Standards::get()) {
        Import::Members(ps, errors) => assert_eq!((ps.len(), errors.len()), (2, 2)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_collective_profile_saved_on_its_own_imports_as_the_unit() {
    // Its own `unit` key holds the unit's name; only a file without `schema_version` at
    // the top is a wrapper (`{"unit": profile}` from the unit export).
    let mut u = unit().year(2024, "htxs").profile();
    u.members = vec![member("htxs")];
    let text = serde_json::to_string(&u).unwrap();
    match import("tap-the.json", &text, Standards::get()) {
        Import::Unit(back) => assert_eq!(back, u),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_unit_export_from_a_newer_app_version_is_refused_with_the_reason() {
    let text = r#"{"app":"khen-thuong","unit":{"schema_version":9,"subject":"collective"},"candidates":[]}"#;
    match import("don-vi.json", text, Standards::get()) {
        Import::Refused(why) => assert!(why.vi.contains("mới hơn"), "{}", why.vi),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_broken_unit_file_is_refused_with_the_place_in_the_users_language() {
    match import("don-vi.json", "{ \"schema_version\": 1, \"years\": 5 }", Standards::get()) {
        Import::Refused(why) => {
            // The sentence itself says where; no program-facing field name in front of it.
            assert!(why.vi.starts_with("Dữ liệu không đúng cấu trúc hồ sơ tại"), "{}", why.vi);
            assert!(why.en.starts_with("The data does not have the profile's shape at"), "{}", why.en);
        }
        other => panic!("{other:?}"),
    }
}

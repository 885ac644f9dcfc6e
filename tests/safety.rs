//! The faults of issue 11 that bounded input, the CSV reader and writer and the command
//! line now refuse or survive, one plain test each.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use khen_thuong::rules::{self, unit, Standards};
use serde_json::json;

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn errors_of(v: serde_json::Value) -> Vec<rules::InputError> {
    let ps = rules::parse_profiles(&v.to_string()).expect("the shape is right");
    match rules::evaluate(&ps[0], today()) {
        Ok(_) => panic!("the input was accepted: {v}"),
        Err(e) => e,
    }
}

fn review_id() -> &'static str {
    Standards::get()
        .awards
        .iter()
        .find(|a| a.versions.iter().any(|v| v.review_period.is_some()))
        .expect("the catalogue has a periodic review")
        .id
}

// ---- bounded input

#[test]
fn a_review_period_starting_in_the_smallest_i64_year_is_refused_at_once_naming_the_review() {
    let id = review_id();
    let started = Instant::now();
    let errors = errors_of(json!({
        "schema_version": 1,
        "years": [{"year": "2025", "rating": "htt"}],
        "review_periods": {id: {"from": i64::MIN, "to": 2025}}
    }));
    assert!(started.elapsed() < Duration::from_secs(1), "took {:?}", started.elapsed());
    let e = errors
        .iter()
        .find(|e| e.field.starts_with(&format!("review_periods.{id}")))
        .unwrap_or_else(|| panic!("{errors:?}"));
    assert_eq!(e.field, format!("review_periods.{id}.from"));
    assert_eq!(
        e.message.vi,
        "Năm -9223372036854775808 nằm ngoài khoảng cho phép, từ 2000 đến 2027."
    );
    assert_eq!(
        e.message.en,
        "The year -9223372036854775808 is outside the accepted range, 2000 to 2027."
    );
}

#[test]
fn award_and_review_periods_longer_than_thirty_years_are_refused() {
    let errors = errors_of(json!({
        "schema_version": 1,
        "proposal_date": "2040-01-01",
        "awards_received": [{"award": "giay_khen", "period": {"from": 2000, "to": 2030}}],
        "review_periods": {review_id(): {"from": 2000, "to": 2030}}
    }));
    let e = errors.iter().find(|e| e.field == format!("review_periods.{}", review_id())).unwrap_or_else(|| panic!("{errors:?}"));
    assert_eq!(e.message.vi, "Khoảng thời gian 2000–2030 dài hơn 30 năm.");
    let e = errors.iter().find(|e| e.field == "awards_received[0].period").unwrap_or_else(|| panic!("{errors:?}"));
    assert_eq!(e.message.vi, "Khoảng thời gian 2000–2030 dài hơn 30 năm.");
    assert_eq!(e.message.en, "The period 2000–2030 is longer than 30 years.");
}

#[test]
fn years_before_2000_are_refused_in_rows_achievements_awards_and_the_evaluation_year() {
    let errors = errors_of(json!({
        "schema_version": 1,
        "evaluation_year": 1999,
        "years": [{"year": "1999", "rating": "htt"}],
        "achievements": [{"kind": "sang_kien", "year": "0001", "scope": "co_so"}],
        "awards_received": [{"award": "giay_khen", "period": {"from": 1990, "to": 2024}}]
    }));
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    for f in ["evaluation_year", "years[0].year", "achievements[0].year", "awards_received[0].period.from"] {
        assert!(fields.contains(&f), "{f} missing in {fields:?}");
    }
    let e = errors.iter().find(|e| e.field == "years[0].year").unwrap();
    assert_eq!(e.message.vi, "Năm 1999 nằm ngoài khoảng cho phép, từ 2000 đến 2027.");
}

#[test]
fn a_year_after_the_proposal_date_keeps_its_own_message() {
    let errors = errors_of(json!({"schema_version": 1, "years": [{"year": "2027", "rating": "htt"}]}));
    assert_eq!(errors[0].field, "years[0].year");
    assert_eq!(errors[0].message.vi, "Năm 2027 sau ngày đề nghị 2026-11-22.");
}

#[test]
fn member_counts_of_4294967295_do_not_overflow_the_consistency_check() {
    let n = u32::MAX;
    let errors = errors_of(json!({
        "schema_version": 1,
        "subject": "collective",
        "years": [{"year": "2025", "rating": "htxs",
                   "members": {"total": n, "htxs": n, "htt": n, "at_least_ht": n}}]
    }));
    let e = errors.iter().find(|e| e.field == "years[0].members.htt").unwrap_or_else(|| panic!("{errors:?}"));
    assert_eq!(
        e.message.vi,
        "Số HTXSNV (4294967295) cộng số HTTNV (4294967295) lớn hơn tổng số thành viên 4294967295."
    );
    let errors = errors_of(json!({
        "schema_version": 1,
        "subject": "collective",
        "years": [{"year": "2025", "rating": "htxs", "members": {"total": 4294967296_i64}}]
    }));
    assert_eq!(errors[0].field, "years[0].members.total");
    assert_eq!(errors[0].message.vi, "Số lượng không được âm hoặc quá lớn: 4294967296.");
}

// ---- CSV in and out

#[test]
fn a_csv_with_lone_cr_line_endings_reads_every_row() {
    let (ps, errors) = unit::parse_csv("Họ và tên;Xếp loại 2024\rNguyễn Văn A;HTTNV\rTrần Thị B;HTNV\r", Standards::get());
    assert!(errors.is_empty(), "{errors:?}");
    let names: Vec<String> = ps.iter().map(|p| p.person.clone().unwrap().full_name).collect();
    assert_eq!(names, ["Nguyễn Văn A", "Trần Thị B"]);
    assert_eq!(ps[1].years[0].rating, Some(rules::facts::Rating::Ht));
}

#[test]
fn lf_crlf_and_lone_cr_read_the_same_rows_and_a_quoted_cr_stays_in_its_cell() {
    let lf = unit::split_csv("a;b\n1;2\n\"x\ry\";3\n");
    assert_eq!(lf, unit::split_csv("a;b\r\n1;2\r\n\"x\ry\";3\r\n"));
    assert_eq!(lf, unit::split_csv("a;b\r1;2\r\"x\ry\";3\r"));
    assert_eq!(lf[2][0], "x\ry");
    assert_eq!(lf.len(), 3);
}

#[test]
fn two_columns_meaning_the_same_are_an_error_naming_both() {
    let (ps, errors) = unit::parse_csv("Họ và tên;Xếp loại 2024;Xep loai 2024\nA;htt;ht\n", Standards::get());
    assert!(ps.is_empty());
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].column, "Xep loai 2024");
    assert_eq!(
        errors[0].text().vi,
        "Dòng 1, cột \"Xep loai 2024\": Cột \"Xếp loại 2024\" và cột \"Xep loai 2024\" có cùng ý nghĩa; hãy xoá một cột."
    );
    let (_, errors) = unit::parse_csv("Ho va ten;Họ và tên\nA;B\n", Standards::get());
    assert!(errors[0].message.en.contains("\"Ho va ten\" and \"Họ và tên\""), "{errors:?}");
}

#[test]
fn exported_cells_that_a_spreadsheet_would_run_as_formulas_start_with_a_quote() {
    assert_eq!(unit::csv_field("=SUM(A1)"), "\"'=SUM(A1)\"");
    for s in ["+1", "-1", "@x", "\tx", "\rx"] {
        assert_eq!(unit::csv_field(s), format!("\"'{s}\""));
    }
    assert_eq!(unit::csv_field("Nguyễn Văn A"), "Nguyễn Văn A");
    let (mut ps, _) = unit::parse_csv("Họ và tên;Đơn vị\nA;=1+2\n", Standards::get());
    ps[0].person.as_mut().unwrap().full_name = "=SUM(A1)".into();
    let out = unit::results_csv(&ps, &[None], rules::Lang::Vi);
    let row = out.lines().nth(1).unwrap();
    assert!(row.starts_with("\"'=SUM(A1)\";\"'=1+2\";"), "{row}");
}

// ---- the command line

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_khen-thuong"))
}

/// A JSON array of `n` copies of the worked example, the first replaced by `first`.
fn many_profiles(dir: &std::path::Path, n: usize, first: Option<serde_json::Value>) -> std::path::PathBuf {
    let example: serde_json::Value = serde_json::from_str(include_str!("../examples/worked-example-bang-khen-tinh.json")).unwrap();
    let mut all = vec![example; n];
    if let Some(f) = first {
        all[0] = f;
    }
    let path = dir.join("many.json");
    std::fs::write(&path, serde_json::to_string(&all).unwrap()).unwrap();
    path
}

#[test]
fn help_prints_the_usage_in_vietnamese_or_english_and_exits_0() {
    let out = cli().arg("--help").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("Cách dùng: khen-thuong"));
    let out = cli().args(["--lang", "en", "evaluate", "-h"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("Usage: khen-thuong"));
    let out = cli().output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_closed_output_pipe_ends_the_command_line_with_a_message_not_a_panic() {
    let scratch = common::Scratch::new("pipe");
    let input = many_profiles(&scratch.0, 300, None);
    let mut child = cli()
        .args(["evaluate", "--today", "2026-11-22"])
        .arg(&input)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    assert_eq!(first, "[\n");
    // The reader is dropped here: the pipe is closed, as `| head -1` does.
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert_eq!(err, "khen-thuong: đầu ra đã bị đóng; dừng lại.\n");
}

#[test]
fn a_full_disk_ends_the_command_line_with_a_message_not_a_panic() {
    let out = cli()
        .args(["--lang", "en", "evaluate", "--today", "2026-11-22"])
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/worked-example-bang-khen-tinh.json"))
        .stdout(std::fs::File::create("/dev/full").unwrap())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(err.starts_with("khen-thuong: cannot write the results (No space left on device"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn the_command_line_numbers_profiles_from_1_and_still_prints_the_valid_ones() {
    let scratch = common::Scratch::new("numbers");
    let bad = json!({"schema_version": 1, "years": [{"year": "1999"}]});
    let input = many_profiles(&scratch.0, 3, Some(bad));
    let out = cli().args(["evaluate", "--today", "2026-11-22"]).arg(&input).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.ends_with("many.json: hồ sơ 1: years[0].year: Năm 1999 nằm ngoài khoảng cho phép, từ 2000 đến 2027.\n"),
        "{err}"
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
    // A CSV row is numbered the same way: profile 1 is the first row under the header.
    let csv = scratch.0.join("a.csv");
    std::fs::write(&csv, "Họ và tên;Xếp loại 2024\nA;tốt\n").unwrap();
    let out = cli().args(["--lang", "en", "evaluate", "--today", "2026-11-22"]).arg(&csv).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("a.csv: profile 1: Row 2, column \"Xếp loại 2024\""), "{err}");
}

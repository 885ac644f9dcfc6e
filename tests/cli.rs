//! The command line at province scale (issue 13): the three output formats, input order
//! kept across parallel chunks, CSV records split across chunks, exit codes.

#[allow(dead_code)]
mod common;

use std::process::Command;

use serde_json::{json, Value};

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_khen-thuong"))
}

fn example() -> Value {
    serde_json::from_str(include_str!("../examples/worked-example-bang-khen-tinh.json")).unwrap()
}

/// `n` copies of the worked example named `Người 1` … `Người n`.
fn numbered(n: usize) -> Vec<Value> {
    (1..=n)
        .map(|i| {
            let mut p = example();
            p["person"]["full_name"] = json!(format!("Người {i}"));
            p
        })
        .collect()
}

fn write(dir: &std::path::Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn json_output_keeps_input_order_across_many_parallel_chunks() {
    let scratch = common::Scratch::new("cli-order");
    // More profiles than several chunks hold (a JSON chunk is 64 per core).
    let n = 600;
    let input = write(&scratch.0, "many.json", &serde_json::to_string(&numbered(n)).unwrap());
    let out = cli().args(["evaluate", "--today", "2026-11-22"]).arg(&input).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<&str> = v.as_array().unwrap().iter().map(|e| e["name"].as_str().unwrap()).collect();
    let expected: Vec<String> = (1..=n).map(|i| format!("Người {i}")).collect();
    assert_eq!(names, expected);
}

#[test]
fn summary_prints_one_line_per_profile_with_each_awards_outcome_and_earliest_year() {
    let scratch = common::Scratch::new("cli-summary");
    let input = write(&scratch.0, "two.json", &serde_json::to_string(&numbered(2)).unwrap());
    let out = cli()
        .args(["evaluate", "--today", "2026-11-22", "--format", "summary"])
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].starts_with("1. Người 1 (Sở Nội vụ) — Lao động tiên tiến: Đủ điều kiện; "), "{}", lines[0]);
    assert!(lines[1].starts_with("2. Người 2 (Sở Nội vụ) — "), "{}", lines[1]);
    // The worked example: Bằng khen tỉnh now, Chiến sĩ thi đua cấp tỉnh from 2026.
    assert!(lines[0].contains("; Bằng khen của Chủ tịch UBND tỉnh: Đủ điều kiện;"), "{}", lines[0]);
    assert!(lines[0].contains("; Chiến sĩ thi đua cấp tỉnh: Chưa đủ điều kiện, sớm nhất năm 2026;"), "{}", lines[0]);
    // The same in English with --lang en.
    let out = cli()
        .args(["--lang", "en", "evaluate", "--today", "2026-11-22", "--format", "summary"])
        .arg(&input)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Provincial Emulation Fighter: Not eligible, earliest 2026;"), "{text}");
    assert!(text.contains("Certificate of Merit of the Provincial Chairman: Eligible;"), "{text}");
}

#[test]
fn csv_output_has_a_header_two_columns_per_award_and_formula_safe_cells() {
    let scratch = common::Scratch::new("cli-csv");
    let mut ps = numbered(2);
    ps[1]["person"]["full_name"] = json!("=HYPERLINK(\"x\")");
    let input = write(&scratch.0, "two.json", &serde_json::to_string(&ps).unwrap());
    let out = cli()
        .args(["evaluate", "--today", "2026-11-22", "--format", "csv"])
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("\u{feff}STT;Họ và tên;Đơn vị;Lao động tiên tiến;Lao động tiên tiến — năm sớm nhất;"), "{text}");
    let rows: Vec<Vec<&str>> = text.split("\r\n").filter(|l| !l.is_empty()).map(|l| l.split(';').collect()).collect();
    assert_eq!(rows.len(), 3);
    let head = &rows[0];
    let col = |name: &str| head.iter().position(|h| *h == name).unwrap_or_else(|| panic!("{name} in {head:?}"));
    let cstd = col("Chiến sĩ thi đua cấp tỉnh");
    assert_eq!(rows[1][0], "1");
    assert_eq!(rows[1][1], "Người 1");
    assert_eq!(rows[1][cstd], "Chưa đủ điều kiện");
    assert_eq!(rows[1][cstd + 1], "2026");
    assert_eq!(rows[1][col("Bằng khen của Chủ tịch UBND tỉnh")], "Đủ điều kiện");
    assert_eq!(rows[1][col("Bằng khen của Chủ tịch UBND tỉnh") + 1], "", "no year when eligible now");
    // A name a spreadsheet would run as a formula is quoted with a leading '.
    assert!(text.contains("\r\n2;\"'=HYPERLINK(\"\"x\"\")\";Sở Nội vụ;"), "{text}");
    // Every row has as many cells as the header.
    assert!(rows.iter().all(|r| r.len() == head.len()));
    let en = cli()
        .args(["--lang", "en", "evaluate", "--today", "2026-11-22", "--format", "csv"])
        .arg(&input)
        .output()
        .unwrap();
    let en = String::from_utf8(en.stdout).unwrap();
    assert!(en.starts_with("\u{feff}No.;Full name;Unit;Advanced Worker;Advanced Worker — earliest year;"), "{en}");
    assert!(en.contains(";Not eligible;2026;"), "{en}");
}

#[test]
fn a_csv_of_thousands_of_rows_with_quoted_line_breaks_is_split_across_chunks_in_order() {
    let scratch = common::Scratch::new("cli-csv-chunks");
    // More rows than one chunk of records (2,048); every seventh position has a line break
    // and a `;` inside quotes, so a chunk boundary that ignored quotes would cut a row.
    let mut csv = String::from("\u{feff}Họ và tên;Chức vụ;Xếp loại 2024\r\n");
    let n = 2_300;
    for i in 1..=n {
        if i % 7 == 0 {
            csv.push_str(&format!("Người {i};\"Phó phòng;\nkiêm nhiệm\";HTXSNV\r\n"));
        } else if i % 11 == 0 {
            csv.push_str(&format!("Người {i};\"\";HTTNV\r"));
        } else {
            csv.push_str(&format!("Người {i};Chuyên viên;HTTNV\n"));
        }
    }
    let input = write(&scratch.0, "many.csv", &csv);
    let out = cli()
        .args(["evaluate", "--today", "2026-11-22", "--format", "summary"])
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let starts: Vec<String> = text.lines().map(|l| l.split(" — ").next().unwrap().to_string()).collect();
    let expected: Vec<String> = (1..=n).map(|i| format!("{i}. Người {i}")).collect();
    assert_eq!(starts, expected);
}

#[test]
fn refused_profiles_are_named_on_stderr_in_order_and_the_exit_status_is_2() {
    let scratch = common::Scratch::new("cli-refused");
    let mut ps = numbered(300);
    ps[9]["years"][0]["year"] = json!("1999");
    ps[250]["years"][0]["rating"] = json!("gioi");
    let input = write(&scratch.0, "some-bad.json", &serde_json::to_string(&ps).unwrap());
    let out = cli()
        .args(["--lang", "en", "evaluate", "--today", "2026-11-22", "--format", "summary"])
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(lines[0].ends_with("some-bad.json: profile 10: years[0].year: The year 1999 is outside the accepted range, 2000 to 2026."), "{err}");
    assert!(lines[1].contains("some-bad.json: profile 251: "), "{err}");
    assert!(lines[1].contains("years[0].rating"), "{err}");
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 298);
    assert!(text.lines().nth(9).unwrap().starts_with("11. Người 11 "), "the valid ones go on in order");
}

#[test]
fn several_files_are_printed_in_the_order_given_and_a_missing_one_is_reported() {
    let scratch = common::Scratch::new("cli-files");
    let a = write(&scratch.0, "a.json", &serde_json::to_string(&numbered(3)).unwrap());
    let b = write(&scratch.0, "b.csv", "Họ và tên;Xếp loại 2024\nCSV Một;HTXSNV\nCSV Hai;HTTNV\n");
    let out = cli()
        .args(["evaluate", "--today", "2026-11-22", "--format", "summary"])
        .arg(&a)
        .arg(scratch.0.join("missing.json"))
        .arg(&b)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stdout).unwrap();
    let starts: Vec<&str> = text.lines().map(|l| l.split(" — ").next().unwrap()).collect();
    assert_eq!(starts, ["1. Người 1 (Sở Nội vụ)", "2. Người 2 (Sở Nội vụ)", "3. Người 3 (Sở Nội vụ)", "1. CSV Một", "2. CSV Hai"]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("missing.json: không đọc được tệp ("), "{err}");
}

#[test]
fn an_unknown_format_is_refused_with_exit_status_2() {
    let out = cli()
        .args(["--lang", "en", "evaluate", "--format", "xml", "x.json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "--format needs json, summary or csv, not \"xml\".\n");
    let out = cli().args(["evaluate", "--format"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("--format cần json, summary hoặc csv"));
}

#[test]
fn empty_input_gives_an_empty_array_or_only_the_csv_header() {
    let scratch = common::Scratch::new("cli-empty");
    let input = write(&scratch.0, "empty.json", "[]");
    let out = cli().args(["evaluate", "--today", "2026-11-22"]).arg(&input).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "[]\n");
    let out = cli().args(["evaluate", "--today", "2026-11-22", "--format", "csv"]).arg(&input).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.matches("\r\n").count(), 1, "{text}");
    let out = cli().args(["evaluate", "--today", "2026-11-22", "--format", "summary"]).arg(&input).output().unwrap();
    assert_eq!(out.stdout, b"");
}

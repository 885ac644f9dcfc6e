//! Issue 13 item 5: the browser reads and writes JSON with `rules::json` instead of serde.
//! These tests hold it to serde's behaviour (serde is kept natively as the reference):
//! the same profiles read, the same files written byte for byte, the same refusals at the
//! same places with a message in both languages. The fuzz test (`tests/fuzz.rs`) and the
//! engine corpus (`tests/engine_equivalence.rs`) run the same comparison on thousands of
//! mutated and generated profiles.

mod common;

use common::{json_agrees, person, unit};
use khen_thuong::rules::{self, json, summary, unit as unit_mode, Standards};
use serde_json::json;

fn examples() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    let mut out: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    out.sort();
    out
}

/// Inputs broken in every way the reader has a branch for.
const BROKEN: &[&str] = &[
    "",
    " ",
    "{",
    "[",
    "{ \"schema_version\": 1, ",
    "{\"schema_version\": 1,}",
    "[{\"schema_version\": 1},]",
    "{\"schema_version\" 1}",
    "{schema_version: 1}",
    "{\"schema_version\": 01}",
    "{\"schema_version\": 1.}",
    "{\"schema_version\": -}",
    "{\"schema_version\": 1e}",
    "{\"schema_version\": 1} x",
    "{\"schema_version\": 1}}",
    "{\"schema_version\": tru}",
    "{\"schema_version\": nul}",
    "{\"schema_version\": 1, \"person\": {\"full_name\": \"a\tb\"}}",
    "{\"schema_version\": 1, \"person\": {\"full_name\": \"a\\qb\"}}",
    "{\"schema_version\": 1, \"person\": {\"full_name\": \"\\ud800\"}}",
    "{\"schema_version\": 1, \"person\": {\"full_name\": \"\\udc00\\ud800\"}}",
    "{\"schema_version\": 1, \"person\": {\"full_name\": \"\\ud800\\u0041\"}}",
    "{\"schema_version\": 1, \"person\": {\"full_name\": \"\\u12\"}}",
    "{\"schema_version\": 1, \"person\": {\"full_name\": \"\\u+123\"}}",
    "{\"schema_version\": 1, \"person\": {\"full_name\": \"abc",
    "\u{feff}{\"schema_version\": 1",
    "42",
    "\"a profile\"",
    "null",
    "true",
    "[1]",
    "[[]]",
    "{}",
    "{\"schema_version\": null}",
    "{\"schema_version\": \"2\"}",
    "{\"schema_version\": -1}",
    "{\"schema_version\": 4294967296}",
    "{\"schema_version\": 18446744073709551616}",
    "{\"schema_version\": 2.0}",
    "{\"schema_version\": 1e0}",
    "{\"schema_version\": 3, \"new_field\": true}",
    "{\"schema_version\": 2, \"colour\": \"red\"}",
    "{\"colour\": \"red\", \"schema_version\": 2}",
    "{\"schema_version\": 2, \"schema_version\": 2}",
    "{\"schema_version\": 2, \"subject\": \"group\"}",
    "{\"schema_version\": 2, \"subject\": 1}",
    "{\"schema_version\": 2, \"subject\": {\"collective\": null}}",
    "{\"schema_version\": 2, \"subject\": {\"collective\": 1}}",
    "{\"schema_version\": 2, \"subject\": null}",
    "{\"schema_version\": 2, \"proposal_date\": null}",
    "{\"schema_version\": 2, \"proposal_date\": 20250301}",
    "{\"schema_version\": 2, \"evaluation_year\": \"2025\"}",
    "{\"schema_version\": 2, \"evaluation_year\": 2025.5}",
    "{\"schema_version\": 2, \"evaluation_year\": -9223372036854775808}",
    "{\"schema_version\": 2, \"evaluation_year\": -9223372036854775809}",
    "{\"schema_version\": 2, \"evaluation_year\": 9223372036854775807}",
    "{\"schema_version\": 2, \"evaluation_year\": 9223372036854775808}",
    "{\"schema_version\": 2, \"evaluation_year\": -0}",
    "{\"schema_version\": 2, \"years\": null}",
    "{\"schema_version\": 2, \"years\": 5}",
    "{\"schema_version\": 2, \"years\": {}}",
    "{\"schema_version\": 2, \"years\": [5]}",
    "{\"schema_version\": 2, \"years\": [{}]}",
    "{\"schema_version\": 2, \"years\": [{\"rating\": \"htt\"}]}",
    "{\"schema_version\": 2, \"years\": [{\"year\": null}]}",
    "{\"schema_version\": 2, \"years\": [{\"year\": \"2024\", \"rating\": \"tot\"}]}",
    "{\"schema_version\": 2, \"years\": [{\"year\": \"2024\", \"rating\": null}]}",
    "{\"schema_version\": 2, \"years\": [{\"year\": \"2024\", \"discipline\": {}}]}",
    "{\"schema_version\": 2, \"years\": [{\"year\": \"2024\", \"discipline\": {\"level\": \"canh_cao\", \"x\": 1}}]}",
    "{\"schema_version\": 2, \"years\": [{\"year\": \"2024\", \"members\": {\"total\": \"5\"}}]}",
    "{\"schema_version\": 2, \"years\": [{\"year\": \"2024\", \"members\": {\"total\": null, \"htt\": 3}}]}",
    "{\"schema_version\": 2, \"years\": [{\"year\": \"2024\"}, {\"year\": \"2025\", \"party_rating\": \"x\"}]}",
    "{\"schema_version\": 2, \"person\": null}",
    "{\"schema_version\": 2, \"person\": 5}",
    "{\"schema_version\": 2, \"person\": {\"full_name\": null}}",
    "{\"schema_version\": 2, \"person\": {\"kind\": \"boss\"}}",
    "{\"schema_version\": 2, \"person\": {\"party_member\": \"yes\"}}",
    "{\"schema_version\": 2, \"unit\": {\"name\": \"A\", \"extra\": 1}}",
    "{\"schema_version\": 2, \"achievements\": [{\"title\": \"x\"}]}",
    "{\"schema_version\": 2, \"achievements\": [{\"year\": \"2024\", \"kind\": \"patent\"}]}",
    "{\"schema_version\": 2, \"achievements\": [{\"year\": \"2024\", \"used_for\": {\"award\": \"a\"}}]}",
    "{\"schema_version\": 2, \"awards_received\": [{}]}",
    "{\"schema_version\": 2, \"awards_received\": [{\"award\": \"a\", \"type\": \"x\"}]}",
    "{\"schema_version\": 2, \"awards_received\": [{\"award\": \"a\", \"period\": {\"from\": 2020}}]}",
    "{\"schema_version\": 2, \"awards_received\": [{\"award\": \"a\", \"period\": {\"from\": 2020, \"to\": 2021, \"x\": 0}}]}",
    "{\"schema_version\": 2, \"awards_received\": [{\"award\": \"a\", \"type\": null}]}",
    "{\"schema_version\": 2, \"declarations\": null}",
    "{\"schema_version\": 2, \"declarations\": []}",
    "{\"schema_version\": 2, \"declarations\": {\"a\": 1}}",
    "{\"schema_version\": 2, \"declarations\": {\"b\": true, \"a\": false, \"b\": false}}",
    "{\"schema_version\": 2, \"facts\": {\"x\": null}}",
    "{\"schema_version\": 2, \"review_periods\": {\"r\": {\"from\": 2021}}}",
    "{\"schema_version\": 2, \"review_periods\": {\"r\": null}}",
    "{\"schema_version\": 2, \"members\": [{}]}",
    "{\"schema_version\": 2, \"members\": [{\"schema_version\": 2, \"years\": [{\"year\": 2024}]}]}",
    "{\"profile\": {\"schema_version\": 1, \"years\": 5}, \"app_version\": \"x\"}",
    "{\"profile\": {\"schema_version\": 9}}",
    "{\"profile\": 5}",
    "{\"profile\": null, \"unit\": {\"schema_version\": 2, \"colour\": 1}}",
    "{\"unit\": {\"schema_version\": 9, \"subject\": \"collective\"}, \"candidates\": []}",
    "{\"unit\": \"Phòng A\"}",
    "{\"profiles\": [{\"schema_version\": 2}, {\"schema_version\": 2, \"x\": 1}]}",
    "{\"profiles\": [{\"schema_version\": 2}, {\"schema_version\": 7}]}",
    "{\"profiles\": 5}",
    "{\"profiles\": [5]}",
    "[{\"schema_version\": 2}, {\"schema_version\": 9}]",
    "[{\"schema_version\": 2}, {\"schema_version\": 2, \"years\": [{\"year\": \"2024\", \"rating\": \"tot\"}]}]",
];

#[test]
fn the_reader_refuses_and_reads_what_serde_did_at_the_same_place() {
    let mut failures = Vec::new();
    for text in BROKEN {
        if let Err(why) = json_agrees(text) {
            failures.push(why);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_examples_and_every_profile_of_the_test_helpers_read_and_write_as_with_serde() {
    for text in examples() {
        json_agrees(&text).unwrap();
        // A byte order mark (Windows Notepad's UTF-8) is not part of the JSON.
        let with_bom = format!("\u{feff}{text}");
        json_agrees(&with_bom).unwrap();
        assert_eq!(rules::parse_profiles(&with_bom).unwrap(), rules::parse_profiles(&text).unwrap());
    }
    let variants = [
        person().year(2024, "htxs").initiative(2024, "co_so", Some(true)).received("chien_si_thi_dua_co_so", 2023, 2023),
        person().person_field("full_name", json!("Nguyễn \"Văn\" \\ A\n\t\u{1}\u{1f}\u{7f}/é😀")),
        unit().year(2024, "htt").declare("tt_noi_bo_doan_ket", false),
    ];
    for p in variants {
        json_agrees(&p.0.to_string()).unwrap();
        json_agrees(&serde_json::to_string_pretty(&p.0).unwrap()).unwrap();
        json_agrees(&format!("[{},{}]", p.0, p.0)).unwrap();
        json_agrees(&format!("{{\"profile\":{}}}", p.0)).unwrap();
    }
}

#[test]
fn escapes_are_read_and_every_control_character_is_written_as_serde_wrote_it() {
    let all: String = (0u32..0x80).filter_map(char::from_u32).chain("đĐ€😀\u{2028}".chars()).collect();
    let p = person().person_field("full_name", json!(all)).person_field("unit", json!("\\ud83d\\ude00"));
    json_agrees(&p.0.to_string()).unwrap();
    let read = rules::parse_profiles(r#"{"schema_version":2,"person":{"full_name":"\ud83d\ude00 \u00e9\/\b\f\n\r\t\"\\"}}"#).unwrap();
    assert_eq!(read[0].person.as_ref().unwrap().full_name, "😀 é/\u{8}\u{c}\n\r\t\"\\");
}

#[test]
fn the_summary_and_the_unit_export_are_written_byte_for_byte_as_serde_wrote_them() {
    let std = Standards::get();
    let today = common::today();
    for text in examples() {
        for p in rules::parse_profiles(&text).unwrap() {
            let ev = rules::evaluate(&p, today).unwrap();
            let s = summary::summary(std, &p, &ev, "2026-11-22T10:00:00+07:00");
            assert_eq!(summary::to_json(&s), serde_json::to_string(&s).unwrap());
            assert_eq!(json::evaluation_to_string(&ev), serde_json::to_string(&ev).unwrap());
        }
    }
    // Pretty (the command line's `--format json`): nesting, empty lists, escapes in a name.
    let mut p = person().year(2025, "htxs").profile();
    p.person.as_mut().unwrap().full_name = "Tên \"ngoặc\" \\ \u{1}\t\n".into();
    for p in [p, unit().year(2024, "htt").profile()] {
        let ev = rules::evaluate(&p, today).unwrap();
        let mut pretty = json::Out::<true>::new(String::new());
        json::write_evaluation(&mut pretty, &ev);
        assert_eq!(pretty.0, serde_json::to_string_pretty(&ev).unwrap());
        assert!(pretty.0.contains("\"warnings\": []") && pretty.0.contains("\n  \"determinations\": [\n    {"));
    }
    let csv = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/unit-candidates.csv")).unwrap();
    let (members, _) = unit_mode::parse_csv(&csv, std);
    let mut u = unit().year(2024, "htt").profile();
    u.members = members;
    let unit_eval = rules::evaluate(&u, today).ok();
    let results: Vec<_> = u.members.iter().map(|m| rules::evaluate(m, today).ok()).collect();
    let refs: Vec<_> = results.iter().map(Option::as_ref).collect();
    for details in [false, true] {
        let x = unit_mode::export(&u, unit_eval.as_ref(), &refs, "2026-11-22T10:00:00+07:00", details);
        assert_eq!(unit_mode::write_export(&x), serde_json::to_string(&x).unwrap(), "details: {details}");
    }
    let none = unit_mode::export(&u, None, &[None], "t", false);
    assert_eq!(unit_mode::write_export(&none), serde_json::to_string(&none).unwrap());
}

#[test]
fn a_shape_error_names_the_path_and_the_line_and_column_in_both_languages() {
    let e = rules::parse_profiles("{\"schema_version\": 2,\n \"years\": [{\"year\": \"2024\",\n  \"rating\": \"tot\"}]}").unwrap_err();
    assert_eq!(e.field, "years[0].rating");
    assert_eq!(
        e.message.vi,
        "Dữ liệu không đúng cấu trúc hồ sơ tại \"years[0].rating\" (dòng 3, cột 13): giá trị `tot` không hợp lệ; các giá trị nhận được: `kht`, `ht`, `htt`, `htxs`"
    );
    assert_eq!(
        e.message.en,
        "The data does not have the profile's shape at \"years[0].rating\" (line 3, column 13): the value `tot` is not valid; accepted values: `kht`, `ht`, `htt`, `htxs`"
    );
    let e = rules::parse_profiles("{\"schema_version\": 2, \"years\": [{\"year\": \"2024\", \"year\": \"2025\"}]}").unwrap_err();
    assert_eq!(e.field, "years[0].year");
    assert!(e.message.vi.ends_with("trường `year` có hai lần"), "{}", e.message.vi);
    let e = rules::parse_profiles("{\"schema_version\": -1}").unwrap_err();
    assert_eq!(e.field, "schema_version");
    assert!(e.message.en.ends_with("the number -1 is out of range"), "{}", e.message.en);
    let e = rules::parse_profiles("{\"schema_version\": 2, \"person\": {\"full_name\": \"Hoà\", \"unit\": null}}").unwrap_err();
    assert_eq!(e.field, "person.unit");
    assert!(e.message.vi.contains("(dòng 1, cột 62)") && e.message.vi.ends_with("sai kiểu dữ liệu: có null, cần chuỗi"), "{}", e.message.vi);
}

#[test]
fn nesting_deeper_than_the_bound_is_broken_json_not_a_stack_overflow() {
    let deep = format!("{}{}", "[".repeat(json::MAX_DEPTH), "]".repeat(json::MAX_DEPTH));
    assert!(json::parse(&deep).is_ok());
    let too_deep = format!("{}{}", "[".repeat(json::MAX_DEPTH + 1), "]".repeat(json::MAX_DEPTH + 1));
    assert_eq!(json::parse(&too_deep).unwrap_err(), json::MAX_DEPTH);
    let e = rules::parse_profiles(&"[".repeat(100_000)).unwrap_err();
    assert!(e.message.vi.contains("không phải JSON hợp lệ (dòng 1, cột 129)"), "{}", e.message.vi);
    // (serde refused this one too, but as a list where a profile's version should be: its
    // probe stopped at the first element; the nesting is checked before the shape here.)
}

/// Reading speed, side by side (`cargo test --profile cli --test json_equivalence --
/// --ignored --nocapture`): the command line reads every profile with `parse_profiles`.
#[test]
#[ignore]
fn reading_speed_against_serde() {
    let text = &examples()[0];
    let n = 20_000;
    for round in 0..2 {
        let t = std::time::Instant::now();
        for _ in 0..n {
            std::hint::black_box(rules::parse_profiles(std::hint::black_box(text)).unwrap());
        }
        let new = t.elapsed();
        let t = std::time::Instant::now();
        for _ in 0..n {
            std::hint::black_box(rules::parse_profiles_serde(std::hint::black_box(text)).unwrap());
        }
        let old = t.elapsed();
        let t = std::time::Instant::now();
        let p = rules::parse_profiles(text).unwrap().remove(0);
        for _ in 0..n {
            std::hint::black_box(json::profile_to_string(std::hint::black_box(&p)));
        }
        let wnew = t.elapsed();
        let t = std::time::Instant::now();
        for _ in 0..n {
            std::hint::black_box(serde_json::to_string(std::hint::black_box(&p)).unwrap());
        }
        let wold = t.elapsed();
        eprintln!(
            "round {round}: read {:.2} µs (serde {:.2} µs), write {:.2} µs (serde {:.2} µs) per profile of {} bytes",
            new.as_secs_f64() * 1e6 / n as f64,
            old.as_secs_f64() * 1e6 / n as f64,
            wnew.as_secs_f64() * 1e6 / n as f64,
            wold.as_secs_f64() * 1e6 / n as f64,
            text.len()
        );
    }
}

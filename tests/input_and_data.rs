//! Input that cannot be true is reported by field, never evaluated; the standards data
//! is complete and consistent; the command line evaluates files.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use khen_thuong::rules::standards::{Check, Criterion, Standards};
use khen_thuong::rules::{self, parse_profiles};
use serde_json::json;

fn fields(errors: &[rules::InputError]) -> Vec<String> {
    errors.iter().map(|e| e.field.clone()).collect()
}

#[test]
fn a_year_entered_twice_is_an_input_error_naming_the_row() {
    let e = person().year(2024, "htt").year(2024, "htxs").errors();
    assert_eq!(fields(&e), ["years[1].year"]);
    assert!(e[0].message.vi.contains("hai lần"));
}

#[test]
fn a_year_after_the_proposal_date_is_an_input_error() {
    let e = person().year(2026, "htt").errors();
    assert_eq!(fields(&e), ["years[0].year"]);
}

#[test]
fn a_negative_count_and_more_advanced_workers_than_members_are_input_errors() {
    let e = unit()
        .row(json!({ "year": "2024", "members": { "total": -1 } }))
        .errors();
    assert_eq!(fields(&e), ["years[0].members.total"]);
    assert!(e[0].message.vi.contains("âm"));
    let e = unit()
        .row(json!({ "year": "2024", "members": { "total": 5, "lao_dong_tien_tien": 6 } }))
        .errors();
    assert_eq!(fields(&e), ["years[0].members.lao_dong_tien_tien"]);
    assert!(e[0]
        .message
        .en
        .contains("larger than the number of members"));
}

#[test]
fn an_unknown_award_id_is_an_input_error() {
    let e = person()
        .received("huan_chuong_khong_co", 2020, 2020)
        .errors();
    assert_eq!(fields(&e), ["awards_received[0].award"]);
}

#[test]
fn an_impossible_date_is_an_input_error_in_both_languages() {
    let e = person().proposal("2025-02-30").errors();
    assert_eq!(fields(&e), ["proposal_date"]);
    assert!(e[0].message.vi.contains("không tồn tại"));
    assert!(e[0].message.en.contains("does not exist"));
}

#[test]
fn an_unknown_declaration_and_a_backwards_period_are_input_errors() {
    let e = person()
        .declare("khong_co", true)
        .received("lao_dong_tien_tien", 2022, 2021)
        .errors();
    assert_eq!(
        fields(&e),
        ["awards_received[0].period", "declarations.khong_co"]
    );
}

#[test]
fn a_broken_file_says_where_it_breaks() {
    let e = parse_profiles("{ \"schema_version\": 1, ").unwrap_err();
    assert!(e.message.vi.contains("không phải JSON hợp lệ"));
    assert!(e.field.contains("line 1"));
}

#[test]
fn a_file_of_the_wrong_shape_names_the_path() {
    let e = parse_profiles(
        r#"{ "schema_version": 1, "years": [ { "year": "2024", "rating": "tot" } ] }"#,
    )
    .unwrap_err();
    assert_eq!(e.field, "years[0].rating");
    assert!(e.message.vi.contains("không đúng cấu trúc"));
}

#[test]
fn a_file_from_a_newer_version_says_so_before_anything_else() {
    let e = parse_profiles(r#"{ "schema_version": 3, "new_field": true }"#).unwrap_err();
    assert_eq!(e.field, "schema_version");
    assert!(e.message.vi.contains("mới hơn"));
}

#[test]
fn one_profile_an_array_and_a_downloaded_summary_all_load() {
    let one = person().0.to_string();
    assert_eq!(parse_profiles(&one).unwrap().len(), 1);
    assert_eq!(parse_profiles(&format!("[{one},{one}]")).unwrap().len(), 2);
    assert_eq!(
        parse_profiles(&format!("{{\"app_version\":\"x\",\"profile\":{one}}}"))
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        parse_profiles(&format!("\u{feff}{one}")).unwrap().len(),
        1,
        "a byte-order mark is accepted"
    );
}

// ---- the data

fn all_criteria(s: &Standards) -> Vec<(&str, &Criterion)> {
    let mut out = Vec::new();
    for a in s.awards {
        for v in a.versions {
            let mut cs = Vec::new();
            v.criteria.iter().for_each(|c| c.walk(&mut cs));
            out.extend(cs.into_iter().map(|c| (a.id, c)));
        }
    }
    out
}

/// build.rs parses the files (a bad one fails the build); this checks it compiled every
/// file under `standards/awards/`, each under its own name.
#[test]
fn every_award_file_is_compiled_in_under_its_name() {
    let s = Standards::get();
    let mut files: Vec<String> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/standards/awards"))
        .expect("standards/awards")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let mut ids: Vec<String> = s.awards.iter().map(|a| format!("{}.json", a.id)).collect();
    ids.sort();
    assert_eq!(files, ids);
    assert_eq!(s.awards.len(), 32);
}

#[test]
fn every_award_of_the_rule_book_is_present() {
    let s = Standards::get();
    for id in [
        "lao_dong_tien_tien",
        "chien_si_thi_dua_co_so",
        "chien_si_thi_dua_cap_tinh",
        "chien_si_thi_dua_toan_quoc",
        "giay_khen",
        "bang_khen_chu_tich_ubnd_tinh",
        "bang_khen_thu_tuong",
        "huan_chuong_lao_dong_hang_ba",
        "huan_chuong_lao_dong_hang_nhi",
        "huan_chuong_lao_dong_hang_nhat",
        "tap_the_lao_dong_tien_tien",
        "tap_the_lao_dong_xuat_sac",
        "co_thi_dua_cap_tinh",
        "co_thi_dua_chinh_phu",
        "giay_khen_tap_the",
        "bang_khen_chu_tich_ubnd_tinh_tap_the",
        "bang_khen_thu_tuong_tap_the",
        "huan_chuong_lao_dong_tap_the",
        "hcm_hang_nam_ca_nhan",
        "hcm_hang_nam_tap_the",
        "hcm_so_ket_3_nam",
        "hcm_so_ket_5_nam",
        "hcm_tong_ket_10_nam",
        "hcm_so_ket_3_nam_tap_the",
        "hcm_so_ket_5_nam_tap_the",
        "hcm_tong_ket_10_nam_tap_the",
        "thi_dua_dac_biet_2025_giay_khen_ca_nhan",
        "thi_dua_dac_biet_2025_giay_khen_tap_the",
        "thi_dua_dac_biet_2025_bang_khen_tinh",
    ] {
        assert!(s.award(id).is_some(), "{id} missing");
    }
}

#[test]
fn every_criterion_is_cited_and_described_in_both_languages() {
    let s = Standards::get();
    for (award, c) in all_criteria(s) {
        assert!(
            !c.cite.trim().is_empty(),
            "{award}/{} has no citation",
            c.id
        );
        assert!(
            !c.text.vi.trim().is_empty() && !c.text.en.trim().is_empty(),
            "{award}/{} lacks a text",
            c.id
        );
    }
    for a in s.awards {
        for v in a.versions {
            assert!(
                !v.criteria.is_empty() || v.manual_review.is_some(),
                "{} has neither criteria nor a manual-review reason",
                a.id
            );
            for n in v.notes.iter().chain(v.procedural).chain(&v.manual_review) {
                assert!(
                    !n.cite.is_empty() && !n.text.vi.is_empty() && !n.text.en.is_empty(),
                    "{}: a note lacks cite or text",
                    a.id
                );
            }
        }
    }
}

#[test]
fn every_id_a_criterion_names_exists() {
    let s = Standards::get();
    for (award, c) in all_criteria(s) {
        match &c.check {
            Check::Declaration { declaration } => assert!(
                s.declaration(declaration).is_some(),
                "{award}: {declaration}"
            ),
            Check::Fact { fact } => {
                assert!(s.facts.iter().any(|f| &f.id == fact), "{award}: {fact}")
            }
            Check::Title { award: a } | Check::ConsecutiveAwards { award: a, .. } => {
                assert!(s.award(a).is_some(), "{award}: {a}")
            }
            Check::PriorAward {
                awards,
                restart_after,
            } => awards
                .iter()
                .chain(restart_after.iter())
                .for_each(|a| assert!(s.knows_award(a), "{award}: {a}")),
            Check::Streak { restart_after, .. } | Check::Achievements { restart_after, .. } => {
                restart_after
                    .iter()
                    .for_each(|a| assert!(s.award(a).is_some(), "{award}: {a}"))
            }
            _ => {}
        }
    }
}

#[test]
fn dated_versions_of_each_award_neither_overlap_nor_leave_a_gap() {
    let s = Standards::get();
    for a in s.awards {
        for w in a.versions.windows(2) {
            let end = w[0]
                .to
                .unwrap_or_else(|| panic!("{}: an open version before another", a.id));
            assert_eq!(
                end.succ_opt(),
                Some(w[1].from),
                "{}: versions must join day to day",
                a.id
            );
        }
        let first = a.versions.first().unwrap().from;
        assert!(
            first >= s.general.evaluated_from,
            "{}: nothing before 2024 is evaluated",
            a.id
        );
    }
}

#[test]
fn the_rule_sets_cover_every_date_from_2024_without_gap_or_overlap() {
    let s = Standards::get();
    assert_eq!(s.rule_sets[0].from, s.general.evaluated_from);
    for w in s.rule_sets.windows(2) {
        assert_eq!(w[0].to.and_then(|d| d.succ_opt()), Some(w[1].from));
    }
    assert!(s.rule_sets.last().unwrap().to.is_none());
    let ids: Vec<&str> = s.rule_sets.iter().map(|r| r.id).collect();
    assert_eq!(ids, ["law2022-nd98", "law2022-nd152"]);
    // Awards that run with the law (not a campaign) start with the first rule set and stay open.
    for a in s
        .awards
        .iter()
        .filter(|a| !a.id.starts_with("thi_dua_dac_biet_2025"))
    {
        assert_eq!(a.versions[0].from, s.general.evaluated_from, "{}", a.id);
        assert!(a.versions.last().unwrap().to.is_none(), "{}", a.id);
    }
}

// ---- the command line

#[test]
fn the_command_line_evaluates_the_worked_example_and_prints_json() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_khen-thuong"))
        .args([
            "evaluate",
            "--today",
            "2026-11-22",
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/examples/worked-example-bang-khen-tinh.json"
            ),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let d = v[0]["determinations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["award"] == "bang_khen_chu_tich_ubnd_tinh")
        .unwrap();
    assert_eq!(d["outcome"], "eligible");
}

#[test]
fn the_command_line_fails_with_the_file_and_field_on_bad_input() {
    let scratch = common::Scratch::new("cli");
    let dir = &scratch.0;
    let bad = dir.join("bad.json");
    std::fs::write(
        &bad,
        person().year(2024, "htt").year(2024, "ht").0.to_string(),
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_khen-thuong"))
        .args(["evaluate", "--today", "2026-11-22"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.json") && err.contains("years[1].year"),
        "{err}"
    );
}

// ---- the dossier summary

#[test]
fn the_summary_file_name_is_ascii_and_splits_titles_from_forms() {
    use khen_thuong::rules::summary;
    assert_eq!(
        summary::file_name("Nguyễn Thị Hoà (Đội 2)", "2026-11-22"),
        "tom-tat-khen-thuong-nguyen-thi-hoa-doi-2-2026-11-22.json"
    );
    assert_eq!(
        summary::file_name("", "2026-11-22"),
        "tom-tat-khen-thuong-ho-so-2026-11-22.json"
    );
    let p = person()
        .year(2024, "htxs")
        .received("chien_si_thi_dua_co_so", 2023, 2023)
        .received("bang_khen_chu_tich_ubnd_tinh", 2022, 2023);
    let s = summary::summary(
        Standards::get(),
        &p.profile(),
        &p.eval(),
        "2026-11-22T10:00:00",
    );
    assert_eq!(s.awards_received.danh_hieu_thi_dua.len(), 1);
    assert_eq!(
        s.awards_received.hinh_thuc_khen_thuong[0].award,
        "bang_khen_chu_tich_ubnd_tinh"
    );
    assert_eq!(s.rule_set.as_deref(), Some("law2022-nd98"));
    // The downloaded summary loads back into exactly the same profile.
    let text = serde_json::to_string(&s).unwrap();
    assert_eq!(parse_profiles(&text).unwrap(), vec![p.profile()]);
}

#[test]
fn the_json_schema_names_every_field_of_the_profile_format() {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../schema/profile.schema.json")).unwrap();
    let props = &schema["$defs"]["profile"]["properties"];
    // Every top-level field a profile can serialise to is described by the schema.
    let full = person()
        .year(2024, "htt")
        .initiative(2024, "co_so", Some(true))
        .received("chien_si_thi_dua_co_so", 2023, 2023)
        .set("evaluation_year", json!(2024))
        .set(
            "facts",
            json!({ "hoan_thanh_100_nhiem_vu_10_thang_2025": true }),
        );
    for key in serde_json::to_value(full.profile())
        .unwrap()
        .as_object()
        .unwrap()
        .keys()
    {
        assert!(props.get(key).is_some(), "schema lacks {key}");
    }
    // …and the schema names nothing the format would refuse (deny_unknown_fields).
    let mut every = serde_json::Map::new();
    for key in props.as_object().unwrap().keys() {
        every.insert(
            key.clone(),
            serde_json::to_value(full.profile())
                .unwrap()
                .get(key)
                .cloned()
                .unwrap_or(json!({})),
        );
    }
    every.insert("person".into(), json!({}));
    every.insert("unit".into(), json!({}));
    every.insert("members".into(), json!([]));
    every.insert("pending_proceedings".into(), json!(false));
    every.insert("proposal_date".into(), json!("2025-03-01"));
    serde_json::from_value::<rules::Profile>(serde_json::Value::Object(every))
        .expect("every schema field is a format field");
    assert_eq!(
        schema["$defs"]["profile"]["properties"]["schema_version"]["enum"],
        json!([1, 2])
    );
}

// ---- unit directory and calendar (rule book §8, §6)

#[test]
fn merged_units_are_suggested_with_their_new_name_and_clusters_are_kept() {
    use khen_thuong::rules::directory::{merged_into, unit_suggestions};
    let s = unit_suggestions();
    let kh = s
        .iter()
        .find(|u| u.name == "Sở Kế hoạch và Đầu tư")
        .expect("listed");
    assert!(
        kh.label.vi.contains("nay là Sở Tài chính")
            && kh.label.vi.contains("Cụm các cơ quan Tham mưu tổng hợp"),
        "{}",
        kh.label.vi
    );
    assert!(
        s.iter().any(|u| u.name == "Sở Nông nghiệp và Môi trường"),
        "new merged units are suggested"
    );
    assert!(s
        .iter()
        .find(|u| u.name == "UBND huyện Chi Lăng")
        .unwrap()
        .label
        .vi
        .contains("cấp huyện kết thúc"));
    assert_eq!(merged_into("Sở Giao thông vận tải"), Some("Sở Xây dựng"));
    assert_eq!(merged_into("Sở Y tế"), None);
    assert!(s.len() > 100);
}

#[test]
fn the_calendar_shows_what_is_open_and_what_comes_next() {
    use khen_thuong::rules::directory::calendar_view;
    let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let v = calendar_view(d("2026-07-14"), 3);
    assert!(
        v.open.iter().any(|i| i.id == "hcm_hang_nam_2026"),
        "{:?}",
        v.open
    );
    assert!(v.open.iter().any(|i| i.id == "kh2026_q3"));
    assert_eq!(v.next[0].id, "kh2026_q4");
    let before = calendar_view(d("2025-09-01"), 2);
    assert!(before.next.iter().any(|i| i.id == "hcm_5_10_nam"));
    assert!(before.open.iter().any(|i| i.id == "thi_dua_dac_biet_2025"));
    let after = calendar_view(d("2026-11-22"), 2);
    assert!(after.open.iter().any(|i| i.id == "kh2026_q4"));
    assert!(after.recent.iter().all(|i| i.to < d("2026-11-22")));
}

#[test]
fn a_wrapped_profile_of_the_wrong_shape_names_the_path_inside_the_wrapper() {
    let e = parse_profiles(r#"{ "app_version": "x", "profile": { "schema_version": 1, "years": 5 } }"#)
        .unwrap_err();
    assert_eq!(e.field, "profile.years");
    assert!(e.message.en.contains("\"profile.years\""), "{}", e.message.en);
}

#[test]
fn a_file_that_is_not_a_profile_at_all_gets_a_shape_error_not_a_syntax_error() {
    let e = parse_profiles("42").unwrap_err();
    assert!(e.message.vi.contains("không đúng cấu trúc"), "{}", e.message.vi);
    assert!(e.field.contains("line 1"), "{}", e.field);
}

#[test]
fn shape_errors_are_explained_in_both_languages_without_serde_english() {
    let reason = |json: &str| parse_profiles(json).unwrap_err().message;
    let m = reason(r#"{ "schema_version": 1, "years": [ { "year": "2024", "rating": "tot" } ] }"#);
    assert!(m.vi.contains("giá trị `tot` không hợp lệ") && m.vi.contains("`htxs`"), "{}", m.vi);
    assert!(m.en.contains("the value `tot` is not valid"), "{}", m.en);
    let m = reason(r#"{ "schema_version": 1, "colour": "red" }"#);
    assert!(m.vi.contains("trường `colour` không có trong định dạng hồ sơ"), "{}", m.vi);
    let m = reason(r#"{ "schema_version": 1, "years": [ { "rating": "htt" } ] }"#);
    assert!(m.vi.contains("thiếu trường `year`"), "{}", m.vi);
    let m = reason(r#"{ "schema_version": 1, "evaluation_year": "2025" }"#);
    assert!(m.vi.contains("sai kiểu dữ liệu: có chuỗi \"2025\", cần số nguyên"), "{}", m.vi);
    assert!(m.en.contains("wrong kind of value: found string \"2025\", expected an integer"), "{}", m.en);
    assert!(!m.vi.contains(" at line "), "the place is said once, before the reason: {}", m.vi);
}

#[test]
fn every_declaration_explanation_that_cites_an_article_names_its_document_in_both_languages() {
    for d in Standards::get().declarations {
        let (vi, en) = (d.explain.vi, d.explain.en);
        if vi.contains("Điều ") {
            assert!(
                ["Luật", "Nghị định", "Thông tư"].iter().any(|doc| vi.contains(doc)),
                "{}: \"{vi}\" cites an article without its law",
                d.id
            );
        }
        if en.contains("Art. ") {
            assert!(
                ["Law", "Decree", "Circular"].iter().any(|doc| en.contains(doc)),
                "{}: \"{en}\" cites an article without its law",
                d.id
            );
        }
    }
}

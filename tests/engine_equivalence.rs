//! Issue 13: the fast engine gives exactly what the engine before it gave. Thousands of
//! generated profiles — individuals, collectives with member counts or members one by one,
//! unrated years, school years, discipline periods, pending matters, review periods,
//! initiatives already used, awards of every kind — are evaluated by both
//! (`rules::evaluate`, `rules::evaluate_reference`) and the whole serialized results
//! (outcomes, findings, evidence, gaps with their earliest years, notes) must be equal.
//! A small deterministic generator (xorshift, fixed seeds) keeps the runs repeatable; the
//! award and declaration ids come from the standards compiled in, so the corpus follows
//! the data.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::Gen;

use chrono::NaiveDate;
use khen_thuong::rules::facts::Subject;
use khen_thuong::rules::{self, Outcome, Profile, Standards};
use serde_json::{json, Value};


const RATINGS: [&str; 4] = ["kht", "ht", "htt", "htxs"];
/// Good ratings more often than bad ones, so that runs and chains form.
const MOSTLY_GOOD: [&str; 8] = ["htxs", "htxs", "htxs", "htt", "htt", "htt", "ht", "kht"];
const SCOPES: [&str; 3] = ["co_so", "tinh", "toan_quoc"];
const LEVELS: [&str; 6] = ["khien_trach", "canh_cao", "ha_bac_luong", "giang_chuc", "cach_chuc", "buoc_thoi_viec"];
const PROPOSALS: [&str; 6] = ["2024-06-01", "2025-03-01", "2025-06-30", "2025-08-15", "2026-01-15", "2026-11-01"];

fn award_ids(std: &Standards, subject: Subject) -> Vec<&'static str> {
    std.awards.iter().filter(|a| a.subject == subject).map(|a| a.id).collect()
}

fn tri(g: &mut Gen, yes: u64, no: u64) -> Option<bool> {
    let r = g.below(100);
    if r < yes {
        Some(true)
    } else if r < yes + no {
        Some(false)
    } else {
        None
    }
}

fn rating(g: &mut Gen) -> Value {
    json!(g.pick(&MOSTLY_GOOD))
}

/// The parts every subject shares: proposal date, evaluation year, declarations,
/// pending matters, facts, review periods, awards received.
fn common(g: &mut Gen, std: &Standards, subject: Subject) -> (Value, i64, i64) {
    let proposal = g.pick(&PROPOSALS);
    let py: i64 = proposal[..4].parse().unwrap();
    // Usually the year before the proposal; sometimes the proposal year, an earlier year
    // (before the first year evaluated, 2024) or left to the default.
    let eval = match g.below(10) {
        0 => Some(py),
        1 => Some(py - 2),
        2 | 3 => None,
        _ => Some(py - 1),
    };
    let ey = eval.unwrap_or(py - 1);
    let mut p = json!({
        "schema_version": g.pick(&[1, 2, 2]),
        "subject": if subject == Subject::Individual { "individual" } else { "collective" },
        "proposal_date": proposal,
        "years": [],
        "achievements": [],
        "awards_received": [],
        "declarations": {},
    });
    if let Some(e) = eval {
        p["evaluation_year"] = json!(e);
    }
    if let Some(b) = tri(g, 10, 80) {
        p["pending_proceedings"] = json!(b);
    }
    for d in std.declarations {
        // Conduct declarations mostly ticked (else every award is undetermined); route
        // declarations now and then, ticked or answered "no".
        let t = if d.route { tri(g, 10, 10) } else { tri(g, 85, 5) };
        if let Some(t) = t {
            p["declarations"][d.id] = json!(t);
        }
    }
    for f in std.facts {
        if let Some(t) = tri(g, 40, 30) {
            p["facts"][f.id] = json!(t);
        }
    }
    let ids = award_ids(std, subject);
    for _ in 0..g.below(5) {
        let to = g.range(ey - 8, ey);
        let len = g.pick(&[1, 1, 1, 2, 3, 5]);
        let mut a = json!({
            "award": g.pick(&ids),
            "period": { "from": to - len + 1, "to": to },
            "type": g.pick(&["cong_trang", "cong_trang", "cong_trang", "cong_trang", "dot_xuat", "chuyen_de"]),
            "decision_number": if g.chance(50) { format!("{}/QĐ-UBND", g.below(900) + 100) } else { String::new() },
        });
        if g.chance(10) {
            // A decision with no period: the next window starts the year after it.
            a.as_object_mut().unwrap().remove("period");
            a["decision_date"] = json!(format!("{}-0{}-1{}", to, g.range(1, 9), g.range(0, 9)));
        }
        p["awards_received"].as_array_mut().unwrap().push(a);
    }
    for a in std.awards.iter().filter(|a| a.subject == subject) {
        if a.versions.iter().any(|v| v.review_period.is_some()) && g.chance(15) {
            let to = g.range(ey - 2, ey);
            p["review_periods"][a.id] = json!({ "from": to - g.range(0, 9), "to": to });
        }
    }
    (p, ey, py)
}

fn discipline(g: &mut Gen, y: i64, school: bool) -> Value {
    let mut d = json!({ "level": g.pick(&LEVELS) });
    if let Some(b) = tri(g, 40, 40) {
        d["duty_related"] = json!(b);
    }
    if g.chance(60) {
        let (fy, fm) = if school { (y, 10) } else { (y, g.range(1, 9)) };
        d["from"] = json!(format!("{fy}-{fm:02}-01"));
        if g.chance(60) {
            let ty = fy + g.range(0, 1);
            d["to"] = json!(format!("{ty}-{:02}-28", g.range(1, 12)));
        }
    }
    d
}

fn individual(g: &mut Gen, std: &Standards) -> Value {
    let (mut p, ey, py) = common(g, std, Subject::Individual);
    let first = g.range(ey - 10, ey - 1);
    // The last row: usually the evaluation year, sometimes left out (an unrated
    // evaluation year), sometimes the proposal year too.
    let last = match g.below(10) {
        0 => ey - 1,
        1 => py.min(ey + 1),
        _ => ey,
    };
    let school = g.chance(8);
    let mut years = Vec::new();
    for y in first..=last {
        let label = if school { format!("{}-{}", y, y + 1) } else { y.to_string() };
        let mut row = json!({ "year": label });
        if !g.chance(8) {
            row["rating"] = rating(g);
        }
        if g.chance(30) {
            row["party_rating"] = json!(g.pick(&RATINGS));
        }
        if g.chance(4) {
            row["discipline"] = discipline(g, y, school);
        }
        years.push(row);
    }
    p["years"] = json!(years);
    let ids = award_ids(std, Subject::Individual);
    for k in 0..g.below(6) {
        let y = g.range(first.min(ey - 3), ey);
        let mut a = json!({
            "kind": if g.chance(75) { "sang_kien" } else { "de_tai" },
            "title": format!("Sáng kiến {k}"),
            "year": y.to_string(),
            "scope": g.pick(&SCOPES),
        });
        if let Some(b) = tri(g, 70, 15) {
            a["applied"] = json!(b);
        }
        if g.chance(10) {
            a["used_for"] = json!({ "award": g.pick(&ids), "year": y.to_string() });
        }
        p["achievements"].as_array_mut().unwrap().push(a);
    }
    let mut person = json!({ "full_name": format!("Người {}", g.below(100_000)) });
    if !g.chance(5) {
        person["recruitment_date"] = json!(format!("{}-{:02}-01", g.range(2005, ey), g.range(1, 12)));
    }
    if g.chance(15) {
        person["continuous_work_from"] = json!(format!("{}-{:02}-15", g.range(2005, ey), g.range(1, 12)));
    }
    if let Some(b) = tri(g, 50, 40) {
        person["party_member"] = json!(b);
    }
    p["person"] = person;
    p
}

fn collective(g: &mut Gen, std: &Standards) -> Value {
    let (mut p, ey, _) = common(g, std, Subject::Collective);
    let mut unit = json!({ "name": format!("Phòng {}", g.below(1000)) });
    if let Some(b) = tri(g, 50, 40) {
        unit["has_party_organisation"] = json!(b);
    }
    if let Some(b) = tri(g, 40, 40) {
        unit["has_mass_organisations"] = json!(b);
    }
    p["unit"] = unit;
    let first = g.range(ey - 8, ey - 1);
    let last = if g.chance(10) { ey - 1 } else { ey };
    let by_members = g.chance(35);
    let mut years = Vec::new();
    for y in first..=last {
        let mut row = json!({ "year": y.to_string() });
        if !g.chance(8) {
            row["rating"] = rating(g);
        }
        if g.chance(50) {
            row["party_rating"] = json!(g.pick(&MOSTLY_GOOD));
        }
        if g.chance(30) {
            row["mass_organisation_rating"] = json!(g.pick(&MOSTLY_GOOD));
        }
        if g.chance(3) {
            row["discipline"] = discipline(g, y, false);
        }
        if !by_members && g.chance(85) {
            let total = g.range(1, 60);
            let ht = total - g.range(0, total.min(3));
            let htxs = g.range(0, ht / 3);
            let htt = g.range(0, ht - htxs);
            let ldtt = g.range(0, ht);
            let mut m = json!({
                "total": total, "at_least_ht": ht, "htxs": htxs, "htt": htt,
                "lao_dong_tien_tien": ldtt, "chien_si_thi_dua_co_so": g.range(0, ldtt / 2),
                "disciplined_canh_cao_or_heavier": g.pick(&[0, 0, 0, 1]).min(total),
            });
            if g.chance(10) {
                m.as_object_mut().unwrap().remove("lao_dong_tien_tien");
            }
            row["members"] = m;
        }
        years.push(row);
    }
    p["years"] = json!(years);
    if by_members {
        let n = g.range(1, 6);
        let proposal = p["proposal_date"].clone();
        let eval = p.get("evaluation_year").cloned();
        let members: Vec<Value> = (0..n)
            .map(|_| {
                let mut m = individual(g, std);
                m["proposal_date"] = proposal.clone();
                match &eval {
                    Some(e) => m["evaluation_year"] = e.clone(),
                    None => {
                        m.as_object_mut().unwrap().remove("evaluation_year");
                    }
                }
                m
            })
            .collect();
        p["members"] = json!(members);
    }
    p
}

/// What was exercised: the test fails if the corpus stops covering the cases it exists for.
#[derive(Default, Debug)]
struct Seen {
    valid: usize,
    refused: usize,
    collectives: usize,
    with_members: usize,
    earliest_years: usize,
    unreachable: usize,
    undetermined: usize,
    eligible: usize,
    pending: usize,
    disciplined: usize,
    reviews: usize,
}

fn check(p: &Value, today: NaiveDate, seen: &mut Seen) {
    let profile: Profile = match serde_json::from_value(p.clone()) {
        Ok(x) => x,
        Err(e) => panic!("the generator wrote a profile of the wrong shape: {e}\n{p:#}"),
    };
    let fast = rules::evaluate(&profile, today);
    let reference = rules::evaluate_reference(&profile, today);
    let (f, r) = (serde_json::to_string(&fast.as_ref().ok()).unwrap(), serde_json::to_string(&reference.as_ref().ok()).unwrap());
    if f != r || fast != reference {
        if let (Ok(a), Ok(b)) = (&fast, &reference) {
            for (x, y) in a.determinations.iter().zip(&b.determinations) {
                assert!(x == y, "{} differs for\n{p:#}\nfast: {x:#?}\nreference: {y:#?}", x.award);
            }
        }
        panic!("the fast engine and the reference differ for\n{p:#}\nfast: {f}\nreference: {r}");
    }
    let Ok(ev) = fast else {
        seen.refused += 1;
        return;
    };
    // The browser's JSON reader and writers agree with serde's (issue 13 item 5).
    common::json_agrees(&p.to_string()).unwrap();
    assert_eq!(rules::json::profile_to_string(&profile), serde_json::to_string(&profile).unwrap());
    assert_eq!(rules::json::evaluation_to_string(&ev), serde_json::to_string(&ev).unwrap());
    // The command line's `--format json` (pretty) agrees with serde's pretty writer too.
    let mut pretty = rules::json::Out::<true>::new(String::new());
    rules::json::write_evaluation(&mut pretty, &ev);
    assert_eq!(pretty.0, serde_json::to_string_pretty(&ev).unwrap());
    seen.valid += 1;
    seen.collectives += usize::from(ev.subject == Subject::Collective);
    seen.with_members += usize::from(!profile.members.is_empty());
    seen.pending += usize::from(profile.pending_proceedings == Some(true));
    seen.disciplined += usize::from(profile.years.iter().any(|y| y.discipline.is_some()));
    seen.reviews += usize::from(!profile.review_periods.is_empty());
    for d in &ev.determinations {
        seen.eligible += usize::from(d.outcome == Outcome::Eligible);
        seen.undetermined += usize::from(d.outcome == Outcome::Undetermined);
        for gap in &d.gaps {
            match gap.earliest_year {
                Some(_) => seen.earliest_years += 1,
                None => seen.unreachable += 1,
            }
        }
    }
}

#[test]
fn the_fast_engine_gives_the_reference_engines_whole_result_on_2200_generated_profiles() {
    let std = Standards::get();
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let mut seen = Seen::default();
    let mut g = Gen(0x1313_2026_F00D_BEEF);
    // 2,200 profiles: about 2 minutes of CPU in a debug build (the reference is slow).
    let mut corpus = Vec::new();
    for _ in 0..1500 {
        corpus.push(individual(&mut g, std));
    }
    for _ in 0..700 {
        corpus.push(collective(&mut g, std));
    }
    // `ENGINE_CORPUS_OUT=FILE` also writes the corpus as one JSON array, so that the
    // command line of two commits can be compared on it byte for byte (the reference
    // shares the sentence-building code, so this test alone cannot see a change there).
    if let Some(path) = std::env::var_os("ENGINE_CORPUS_OUT") {
        std::fs::write(path, serde_json::to_string(&corpus).unwrap()).unwrap();
    }
    for p in &corpus {
        check(p, today, &mut seen);
    }
    eprintln!("{seen:?}");
    assert!(seen.valid >= 1700, "{seen:?}");
    assert!(seen.collectives >= 400 && seen.with_members >= 150, "{seen:?}");
    assert!(seen.earliest_years >= 1500 && seen.unreachable >= 500, "{seen:?}");
    assert!(seen.undetermined >= 1500 && seen.eligible >= 1500, "{seen:?}");
    assert!(seen.pending >= 100 && seen.disciplined >= 100 && seen.reviews >= 250, "{seen:?}");
}

/// The repository's examples (the worked example, the CSV's valid rows), the first
/// profiles a reviewer runs.
#[test]
fn the_fast_engine_gives_the_reference_engines_result_on_the_examples() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let std = Standards::get();
    let mut n = 0;
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let profiles = match path.extension().and_then(|e| e.to_str()) {
            Some("json") => rules::parse_profiles(&text).unwrap_or_default(),
            Some("csv") => rules::unit::parse_csv(&text, std).0,
            _ => continue,
        };
        for p in profiles {
            assert_eq!(rules::evaluate(&p, today), rules::evaluate_reference(&p, today), "{}", path.display());
            n += 1;
        }
    }
    assert!(n >= 3, "only {n} example profiles");
}

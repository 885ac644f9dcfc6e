//! Properties where the law is monotone, checked on many generated profiles: raising a
//! rating or adding an initiative never turns `eligible` into `not_eligible`, and the
//! order of the input never changes a result. A small deterministic generator keeps the
//! runs repeatable without another dependency.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use khen_thuong::rules::{Evaluation, Outcome};
use serde_json::json;


const RATINGS: [&str; 4] = ["kht", "ht", "htt", "htxs"];
const SCOPES: [&str; 3] = ["co_so", "tinh", "toan_quoc"];
const TITLES: [&str; 5] = [
    "chien_si_thi_dua_co_so",
    "bang_khen_chu_tich_ubnd_tinh",
    "chien_si_thi_dua_cap_tinh",
    "bang_khen_thu_tuong",
    "huan_chuong_lao_dong_hang_ba",
];

fn random_person(g: &mut Gen) -> P {
    let mut p = person();
    let first = 2016 + (g.next() % 6) as i64;
    for y in first..=2024 {
        p = p.year(y, g.pick(&RATINGS));
    }
    for _ in 0..(g.next() % 4) {
        let y = 2018 + (g.next() % 7) as i64;
        p = p.initiative(y, g.pick(&SCOPES), g.pick(&[Some(true), Some(false), None]));
    }
    for _ in 0..(g.next() % 3) {
        let to = 2016 + (g.next() % 8) as i64;
        p = p.received(g.pick(&TITLES), to, to);
    }
    if g.chance(30) {
        p = p.declare("bk_tinh_phong_trao_tinh", g.chance(50));
    }
    p
}

fn outcomes(ev: &Evaluation) -> Vec<(String, Outcome)> {
    ev.determinations
        .iter()
        .map(|d| (d.award.to_string(), d.outcome))
        .collect()
}

fn assert_no_eligible_lost(before: &Evaluation, after: &Evaluation, what: &str) {
    for (b, a) in outcomes(before).iter().zip(outcomes(after)) {
        assert!(
            !(b.1 == Outcome::Eligible && a.1 == Outcome::NotEligible),
            "{what} turned {} from eligible into not eligible",
            b.0
        );
    }
}

#[test]
fn raising_a_rating_never_turns_eligible_into_not_eligible() {
    let mut g = Gen(0x9E37_79B9_7F4A_7C15);
    for _ in 0..300 {
        let p = random_person(&mut g);
        let before = p.eval();
        let years = p.0["years"].as_array().unwrap().len();
        let i = (g.next() % years as u64) as usize;
        let r = p.0["years"][i]["rating"].as_str().unwrap().to_string();
        let pos = RATINGS.iter().position(|x| *x == r).unwrap();
        if pos + 1 == RATINGS.len() {
            continue;
        }
        let mut raised = p.clone();
        raised.0["years"][i]["rating"] = json!(RATINGS[pos + 1]);
        assert_no_eligible_lost(
            &before,
            &raised.eval(),
            &format!("raising year #{i} from {r}"),
        );
    }
}

#[test]
fn adding_an_initiative_never_turns_eligible_into_not_eligible() {
    let mut g = Gen(0xD1B5_4A32_D192_ED03);
    for _ in 0..300 {
        let p = random_person(&mut g);
        let before = p.eval();
        let y = 2019 + (g.next() % 6) as i64;
        let more = p.initiative(y, g.pick(&SCOPES), Some(true));
        assert_no_eligible_lost(&before, &more.eval(), "adding an initiative");
    }
}

#[test]
fn the_order_of_years_achievements_and_awards_never_changes_a_result() {
    let mut g = Gen(0xA076_1D64_78BD_642F);
    for _ in 0..200 {
        let p = random_person(&mut g);
        let mut shuffled = p.clone();
        for key in ["years", "achievements", "awards_received"] {
            if let Some(a) = shuffled.0[key].as_array_mut() {
                a.reverse();
                if a.len() > 2 {
                    a.swap(0, 1);
                }
            }
        }
        let (a, b) = (p.eval(), shuffled.eval());
        for (x, y) in a.determinations.iter().zip(&b.determinations) {
            assert!(
                x == y,
                "{} differs with the input reordered:\n{:?}\n{:?}",
                x.award,
                x.findings,
                y.findings
            );
        }
        assert_eq!(a, b);
    }
}

/// Rule book §3 as a property: for generated profiles with one year left unrated inside
/// the years entered, rating that year HTXSNV never turns `undetermined` into
/// `not_eligible`, and rating it KHTNV never turns `undetermined` into `eligible`.
#[test]
fn filling_a_missing_year_inside_a_run_never_turns_undetermined_the_wrong_way() {
    use khen_thuong::rules::{self, Outcome};
    let mut seed: u64 = 0x5eed_2026;
    let mut next = |n: u64| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) % n
    };
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let ratings = ["htxs", "htt", "htt", "ht"];
    let mut checked = 0;
    for _ in 0..300 {
        let first = 2016 + next(3) as i64;
        let last = 2024;
        let hole = first + 1 + next((last - first - 1) as u64) as i64;
        let mut years = Vec::new();
        let mut awards = vec![serde_json::json!({ "award": "bang_khen_chu_tich_ubnd_tinh", "period": { "from": first - 2, "to": first - 1 } })];
        let mut achievements = Vec::new();
        for y in first..=last {
            if y == hole {
                years.push(serde_json::json!({ "year": y.to_string() }));
                continue;
            }
            years.push(serde_json::json!({ "year": y.to_string(), "rating": ratings[next(4) as usize] }));
            if next(2) == 0 && y < last {
                awards.push(serde_json::json!({ "award": "chien_si_thi_dua_co_so", "period": { "from": y, "to": y } }));
            }
            if next(3) == 0 {
                let scope = ["co_so", "tinh"][next(2) as usize];
                achievements.push(serde_json::json!({ "kind": "sang_kien", "title": format!("SK {y}"), "year": y.to_string(), "scope": scope, "applied": true }));
            }
        }
        if next(2) == 0 {
            awards.push(serde_json::json!({ "award": "bang_khen_thu_tuong", "period": { "from": first - 1, "to": first - 1 } }));
        }
        let profile = |fill: Option<&str>| {
            let mut ys = years.clone();
            if let Some(r) = fill {
                ys[(hole - first) as usize]["rating"] = serde_json::json!(r);
            }
            let v = serde_json::json!({
                "schema_version": 2, "proposal_date": "2025-03-01",
                "person": { "full_name": "A", "recruitment_date": "2010-01-01" },
                "years": ys, "achievements": achievements, "awards_received": awards,
                "declarations": { "tu_luc_doan_ket_thi_dua": true, "guong_mau_chap_hanh": true },
                "pending_proceedings": false
            });
            let p: rules::Profile = serde_json::from_value(v).unwrap();
            rules::evaluate(&p, today).unwrap()
        };
        let (open, best, worst) = (profile(None), profile(Some("htxs")), profile(Some("kht")));
        for d in open.determinations.iter().filter(|d| d.outcome == Outcome::Undetermined) {
            let b = best.determination(&d.award).unwrap().outcome;
            let w = worst.determination(&d.award).unwrap().outcome;
            assert_ne!(b, Outcome::NotEligible, "{} with {hole} htxs: {:?} {:?}", d.award, years, awards);
            assert_ne!(w, Outcome::Eligible, "{} with {hole} kht: {:#?}", d.award, years);
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} undetermined outcomes were exercised");
}

//! Benchmark (not a test): time to evaluate one typical profile and 10,000 profiles, with
//! the engine and with the reference engine it replaced (issue 13), side by side in one
//! run. Run: `cargo bench --bench evaluate`. Prints medians of several rounds and the
//! ratio. `BENCH_ONCE=N` evaluates N profiles once with the engine and exits (for
//! `valgrind --tool=callgrind`, which counts instructions repeatably on a busy machine);
//! `BENCH_ONCE=N BENCH_REFERENCE=1` does the same with the reference.

use std::hint::black_box;
use std::time::Instant;

use chrono::NaiveDate;
use khen_thuong::rules::{self, Evaluation, InputError, Profile};

/// The command line's allocator (`src/bin/khen-thuong.rs`): the benchmark measures the
/// engine as the province-scale command line runs it.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

type Evaluate = fn(&Profile, NaiveDate) -> Result<Evaluation, Vec<InputError>>;

fn typical(i: usize) -> Profile {
    // A civil servant with six rated years, two initiatives and two titles received,
    // varied a little per index so that the 10,000 profiles are not identical.
    let ratings = ["htxs", "htt", "htxs", "htxs", "htt", "htxs"];
    let years: Vec<serde_json::Value> = (0..6)
        .map(|k| serde_json::json!({ "year": (2020 + k).to_string(), "rating": ratings[(k + i) % 6] }))
        .collect();
    serde_json::from_value(serde_json::json!({
        "schema_version": 1,
        "proposal_date": "2026-01-15",
        "person": { "full_name": format!("Người thứ {i}"), "recruitment_date": "2015-03-01", "party_member": i.is_multiple_of(2) },
        "years": years,
        "achievements": [
            { "kind": "sang_kien", "title": "A", "year": "2024", "scope": "co_so", "applied": true },
            { "kind": "sang_kien", "title": "B", "year": "2025", "scope": "tinh", "applied": true }
        ],
        "awards_received": [
            { "award": "chien_si_thi_dua_co_so", "period": { "from": 2023, "to": 2023 } },
            { "award": "chien_si_thi_dua_co_so", "period": { "from": 2024, "to": 2024 } }
        ],
        "declarations": { "tu_luc_doan_ket_thi_dua": true, "guong_mau_chap_hanh": true },
        "pending_proceedings": false
    }))
    .expect("benchmark profile parses")
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

/// Per engine: median µs per evaluation of `one` (rounds × 1,000) and median seconds for
/// `many` (3 rounds). The engines take turns round by round, so a change in the machine's
/// load (other builds) falls on both alike.
fn measure(engines: [Evaluate; 2], one: &Profile, many: &[Profile], today: NaiveDate, rounds: usize) -> [(f64, f64); 2] {
    let mut singles = [Vec::new(), Vec::new()];
    for _ in 0..rounds {
        for (k, evaluate) in engines.iter().enumerate() {
            let t = Instant::now();
            for _ in 0..1000 {
                black_box(evaluate(black_box(one), today).expect("valid"));
            }
            singles[k].push(t.elapsed().as_secs_f64() * 1e6 / 1000.0);
        }
    }
    let mut batches = [Vec::new(), Vec::new()];
    for _ in 0..3 {
        for (k, evaluate) in engines.iter().enumerate() {
            let t = Instant::now();
            for p in many {
                black_box(evaluate(p, today).expect("valid"));
            }
            batches[k].push(t.elapsed().as_secs_f64());
        }
    }
    let [s0, s1] = singles;
    let [b0, b1] = batches;
    [(median(s0), median(b0)), (median(s1), median(b1))]
}

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let one = typical(0);
    assert_eq!(
        rules::evaluate(&one, today),
        rules::evaluate_reference(&one, today),
        "the engine and the reference disagree on the benchmark's profile"
    );
    if let Some(n) = std::env::var("BENCH_ONCE").ok().and_then(|n| n.parse::<usize>().ok()) {
        let evaluate: Evaluate = match std::env::var_os("BENCH_REFERENCE") {
            Some(_) => rules::evaluate_reference,
            None => rules::evaluate,
        };
        for p in (0..n).map(typical) {
            black_box(evaluate(&p, today).expect("valid"));
        }
        return;
    }
    let many: Vec<Profile> = (0..10_000).map(typical).collect();
    let [(new_one, new_many), (old_one, old_many)] =
        measure([rules::evaluate, rules::evaluate_reference], &one, &many, today, 9);
    println!("                                engine      reference   ratio");
    println!(
        "evaluate one typical profile:  {:>7.1} µs  {:>7.1} µs  {:>5.1}×  (median of 9 rounds × 1,000)",
        new_one,
        old_one,
        old_one / new_one
    );
    println!(
        "evaluate 10,000 profiles:      {:>7.3} s   {:>7.3} s   {:>5.1}×  (median of 3 rounds)",
        new_many,
        old_many,
        old_many / new_many
    );
}

//! Benchmark (not a test): time to evaluate one typical profile and 10,000 profiles, with
//! the engine and with the reference engine it replaced (issue 13), side by side in one
//! run. Run: `cargo bench --bench evaluate`. Prints medians of several rounds and the
//! ratio. `BENCH_ONCE=N` evaluates N profiles once with the engine and exits (for
//! `valgrind --tool=callgrind`, which counts instructions repeatably on a busy machine);
//! `BENCH_ONCE=N BENCH_REFERENCE=1` does the same with the reference.
//!
//! The reference shares the criteria and the sentence code with the engine, so it gained
//! from every change made there; it measures what the driver does differently. The
//! checker as it was when issue 13 was filed is a separate build: this benchmark builds
//! that commit's own benchmark (`FILING`) once under `target/`, runs it in turns with its
//! own rounds and prints a third table, with the ratio (`BENCH_FILING=path` names another
//! build of it; `BENCH_FILING=` leaves it out).

use std::hint::black_box;
use std::time::Instant;

use chrono::NaiveDate;
use khen_thuong::rules::{self, Evaluation, InputError, Profile};

/// The command line's allocator (`src/bin/khen-thuong.rs`): the benchmark measures the
/// engine as the province-scale command line runs it.
#[path = "../src/bin/khen-thuong/alloc.rs"]
mod alloc;
#[global_allocator]
static ALLOC: alloc::Mi = alloc::Mi;

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

/// The commit whose benchmark `BENCH_FILING` names: the last one before issue 13's work.
const FILING: &str = "6c73e0b";

/// Medians of one engine: µs per evaluation of the typical profile, s for 10,000.
#[derive(Default)]
struct Times {
    one: Vec<f64>,
    many: Vec<f64>,
}

impl Times {
    fn medians(self) -> (f64, f64) {
        (median(self.one), median(self.many))
    }
}

/// Per engine: µs per evaluation of `one` (3 rounds × 1,000 per turn) and s for `many`
/// (1 round per turn), in 3 turns. The engines take turns round by round, and the filing
/// build (when given) runs once per turn, so a change in the machine's load (other builds)
/// falls on all alike.
fn measure(engines: [Evaluate; 2], one: &Profile, many: &[Profile], today: NaiveDate, filing: Option<&str>) -> ([Times; 2], Times) {
    let mut times = [Times::default(), Times::default()];
    let mut old = Times::default();
    for _ in 0..3 {
        for _ in 0..3 {
            for (k, evaluate) in engines.iter().enumerate() {
                let t = Instant::now();
                for _ in 0..1000 {
                    black_box(evaluate(black_box(one), today).expect("valid"));
                }
                times[k].one.push(t.elapsed().as_secs_f64() * 1e6 / 1000.0);
            }
        }
        for (k, evaluate) in engines.iter().enumerate() {
            let t = Instant::now();
            for p in many {
                black_box(evaluate(p, today).expect("valid"));
            }
            times[k].many.push(t.elapsed().as_secs_f64());
        }
        if let Some(path) = filing {
            let (one, many) = run_filing(path);
            old.one.push(one);
            old.many.push(many);
        }
    }
    (times, old)
}

/// The filing build's benchmark: `BENCH_FILING` when set (empty: leave it out), else the
/// one under `target/filing-FILING/`, built there first when missing — once, from this
/// repository's own history (`git archive`, so a clean clone works; about 2 minutes).
/// `None`, with the reason on stderr, when it cannot be built.
fn filing_bench() -> Option<String> {
    if let Ok(p) = std::env::var("BENCH_FILING") {
        return (!p.is_empty()).then_some(p);
    }
    let root = env!("CARGO_MANIFEST_DIR");
    let dir = format!("{root}/target/filing-{FILING}");
    let find = || {
        std::fs::read_dir(format!("{dir}/target/release/deps"))
            .ok()?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("evaluate-") && !n.ends_with(".d")))
            .map(|p| p.display().to_string())
    };
    if let Some(bin) = find() {
        return Some(bin);
    }
    eprintln!("building the benchmark of {FILING} (the checker when issue 13 was filed) into {dir}, once: about 2 minutes");
    // What a build cut short left there goes first.
    let _ = std::fs::remove_dir_all(&dir);
    let built = std::fs::create_dir_all(&dir).is_ok()
        && std::process::Command::new("sh")
            .args(["-c", &format!("git archive {FILING} | tar -x -C '{dir}'")])
            .current_dir(root)
            .status()
            .is_ok_and(|s| s.success())
        && std::process::Command::new("cargo")
            .args(["bench", "--bench", "evaluate", "--no-run"])
            .current_dir(&dir)
            .status()
            .is_ok_and(|s| s.success());
    let bin = find().filter(|_| built);
    if bin.is_none() {
        eprintln!("could not build {FILING}'s benchmark: the comparison with the checker as filed is left out");
    }
    bin
}

/// The engine's medians beside another build's (`other` names its column), with the
/// ratios; `notes` say what each median is of.
fn table(other: &str, (new_one, new_many): (f64, f64), (old_one, old_many): (f64, f64), notes: [&str; 2]) {
    println!("                                engine      {other:<12}ratio");
    println!("evaluate one typical profile:  {new_one:>7.1} µs  {old_one:>7.1} µs  {:>5.1}×  ({})", old_one / new_one, notes[0]);
    println!("evaluate 10,000 profiles:      {new_many:>7.3} s   {old_many:>7.3} s   {:>5.1}×  ({})", old_many / new_many, notes[1]);
}

/// Runs the filing build's benchmark once: its medians (µs for one profile, s for 10,000),
/// read from the two lines it prints.
fn run_filing(path: &str) -> (f64, f64) {
    let out = std::process::Command::new(path).arg("--bench").output().expect("BENCH_FILING runs");
    assert!(out.status.success(), "BENCH_FILING failed: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    let number = |label: &str| -> f64 {
        let line = text.lines().find(|l| l.contains(label)).unwrap_or_else(|| panic!("BENCH_FILING printed no '{label}': {text}"));
        let after = &line[line.find(':').expect("a colon") + 1..];
        after.split_whitespace().next().and_then(|n| n.parse().ok()).expect("a number after the colon")
    };
    (number("one typical profile"), number("10,000 profiles"))
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
    let filing = filing_bench();
    let ([engine, reference], old) =
        measure([rules::evaluate, rules::evaluate_reference], &one, &many, today, filing.as_deref());
    let (engine, reference) = (engine.medians(), reference.medians());
    table("reference", engine, reference, ["median of 9 rounds × 1,000", "median of 3 rounds"]);
    if filing.is_some() {
        println!("the checker when issue 13 was filed (commit {FILING}'s own benchmark, run in turns with the rounds above):");
        table(FILING, engine, old.medians(), ["median of its 3 runs, each the median of 9 rounds × 100", "median of its 3 runs, each the median of 3 rounds"]);
    }
}

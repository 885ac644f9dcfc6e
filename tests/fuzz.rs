//! A seeded mutational fuzzer over JSON profiles and unit CSV files (seed corpus:
//! `examples/*.json`, `examples/*.csv`). Every case must end without a panic, within
//! `CASE_LIMIT`, and every refused input must name a field (JSON) or a row (CSV).
//! The PRNG is our own (xorshift64*), so a failing case is reproduced by its seed,
//! which the failure message prints with the input.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::time::{Duration, Instant};

mod common;

use khen_thuong::rules::{self, unit, Standards};
use serde_json::Value;

/// Cases per run (half JSON, half CSV): about 33 s in a debug build on a shared 2-core machine.
const CASES: u64 = 10_000;
const SEED: u64 = 0x6b68_656e_7468_756f;
const CASE_LIMIT: Duration = Duration::from_secs(2);

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn seeds(ext: &str) -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    let mut out: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no seed file *.{ext} in examples/");
    out
}

fn interesting_number(r: &mut Rng) -> Value {
    let n: i64 = *r.pick(&[
        i64::MIN, i64::MAX, -1, 0, 1, 1999, 2000, 2020, 2025, 2026, 2027, 2028, 9999, 4_294_967_295,
        4_294_967_296, i64::from(i32::MAX), -9999,
    ]);
    Value::from(n)
}

fn interesting_value(r: &mut Rng) -> Value {
    match r.below(8) {
        0 | 1 => interesting_number(r),
        2 => Value::from(*r.pick(&["", "2024", "2024-2025", "1999", "0000", "9999", "2025-13-40", "htxs", "kht", "=SUM(A1)", "x\r\ny"])),
        3 => Value::Null,
        4 => Value::Bool(r.below(2) == 0),
        5 => Value::Array(vec![]),
        6 => serde_json::json!({"from": interesting_number(r), "to": interesting_number(r)}),
        _ => Value::Object(Default::default()),
    }
}

/// Every path to a node of `v`, for picking one at random.
fn nodes(v: &Value, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(path.clone());
    match v {
        Value::Array(xs) => {
            for (i, x) in xs.iter().enumerate() {
                path.push(i.to_string());
                nodes(x, path, out);
                path.pop();
            }
        }
        Value::Object(m) => {
            for (k, x) in m {
                path.push(k.clone());
                nodes(x, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

fn at<'a>(v: &'a mut Value, path: &[String]) -> &'a mut Value {
    path.iter().fold(v, |v, k| match v {
        Value::Array(xs) => &mut xs[k.parse::<usize>().unwrap()],
        Value::Object(m) => m.get_mut(k).unwrap(),
        _ => unreachable!(),
    })
}

fn mutate_json(r: &mut Rng, seed: &str) -> String {
    let mut v: Value = serde_json::from_str(seed).unwrap();
    for _ in 0..1 + r.below(4) {
        let mut all = Vec::new();
        nodes(&v, &mut Vec::new(), &mut all);
        let path = r.pick(&all).clone();
        let node = at(&mut v, &path);
        match r.below(6) {
            // A number or string becomes another interesting value.
            0..=2 => *node = interesting_value(r),
            // An array element is doubled (duplicate years, awards…).
            3 => {
                if let Value::Array(xs) = node {
                    if let Some(x) = xs.first().cloned() {
                        xs.push(x);
                    }
                }
            }
            // A key is removed.
            4 => {
                if let Value::Object(m) = node {
                    if let Some(k) = m.keys().nth(r.below(m.len())).cloned() {
                        m.remove(&k);
                    }
                }
            }
            // A known key is added with an odd value.
            _ => {
                if let Value::Object(m) = node {
                    let k = *r.pick(&["review_periods", "evaluation_year", "proposal_date", "members", "subject", "years"]);
                    let val = match k {
                        "review_periods" => serde_json::json!({
                            "hcm_so_ket_5_nam": {"from": interesting_number(r), "to": interesting_number(r)}
                        }),
                        "subject" => Value::from("collective"),
                        "proposal_date" => Value::from(*r.pick(&["2000-01-01", "9999-12-31", "2026-02-29", "1970-01-01"])),
                        _ => interesting_value(r),
                    };
                    m.insert(k.into(), val);
                }
            }
        }
    }
    let mut text = v.to_string();
    // Now and then a byte-level cut, so broken JSON is fuzzed too.
    if r.below(8) == 0 && !text.is_empty() {
        let cut = r.below(text.len());
        if text.is_char_boundary(cut) {
            text.truncate(cut);
        }
    }
    text
}

fn mutate_csv(r: &mut Rng, seed: &str) -> String {
    let mut lines: Vec<String> = seed.lines().map(str::to_string).collect();
    for _ in 0..1 + r.below(4) {
        let i = r.below(lines.len());
        let cells: Vec<String> = lines[i].split(';').map(str::to_string).collect();
        let mut cells = cells;
        let c = r.below(cells.len());
        match r.below(6) {
            0 | 1 => {
                cells[c] = r
                    .pick(&["", "4294967295", "-9223372036854775808", "2024:co_so:có", "bang_khen_chu_tich_ubnd_tinh:1-9999",
                        "giay_khen:-9223372036854775808-9223372036854775807", "\"", "\"a;b\"", "=SUM(A1)", "Xep loai 2024",
                        "Xếp loại 0001", "HTXSNV", "31/02/2024", "có", "x|y|z"])
                    .to_string()
            }
            2 => {
                let d = cells[c].clone();
                cells.push(d);
            }
            3 => {
                cells.remove(c);
            }
            4 => lines.push(lines[i].clone()),
            _ => cells[c].push_str(*r.pick(&["\r", "\n", "\"", ";", "\u{feff}"])),
        }
        lines[i] = cells.join(";");
    }
    let end = *r.pick(&["\n", "\r\n", "\r"]);
    lines.join(end)
}

/// Runs one case; returns why it failed.
fn check_json(text: &str) -> Result<(), String> {
    // The browser's JSON reader and writer agree with serde's (issue 13 item 5).
    common::json_agrees(text)?;
    match rules::parse_profiles(text) {
        Err(e) => {
            if e.field.is_empty() || e.message.vi.is_empty() || e.message.en.is_empty() {
                return Err(format!("a refusal without a field or message: {e:?}"));
            }
        }
        Ok(ps) => {
            for p in &ps {
                if let Err(errors) = rules::evaluate(p, today()) {
                    if let Some(e) = errors.iter().find(|e| e.field.is_empty() || e.message.vi.is_empty()) {
                        return Err(format!("an input error without a field or message: {e:?}"));
                    }
                    if errors.is_empty() {
                        return Err("refused with no input error".into());
                    }
                }
            }
        }
    }
    Ok(())
}

fn check_csv(text: &str) -> Result<(), String> {
    let (ps, errors) = unit::parse_csv(text, Standards::get());
    if let Some(e) = errors.iter().find(|e| e.row == 0 || e.message.vi.is_empty() || e.message.en.is_empty()) {
        return Err(format!("a CSV error without a row or message: {e:?}"));
    }
    for p in &ps {
        if let Err(errors) = rules::evaluate(p, today()) {
            if let Some(e) = errors.iter().find(|e| e.field.is_empty()) {
                return Err(format!("an input error without a field: {e:?}"));
            }
        }
    }
    Ok(())
}

#[test]
fn thousands_of_mutated_json_and_csv_inputs_never_panic_hang_or_refuse_without_naming_a_field() {
    let (json_seeds, csv_seeds) = (seeds("json"), seeds("csv"));
    let (tx, rx) = mpsc::channel::<(u64, String, Result<(), String>)>();
    let (start_tx, start_rx) = mpsc::channel::<(u64, String)>();
    let started = Instant::now();
    std::thread::spawn(move || {
        let mut r = Rng(SEED);
        for case in 0..CASES {
            let (kind, text) = if case % 2 == 0 {
                let seed = r.pick(&json_seeds).clone();
                ("json", mutate_json(&mut r, &seed))
            } else {
                let seed = r.pick(&csv_seeds).clone();
                ("csv", mutate_csv(&mut r, &seed))
            };
            let _ = start_tx.send((case, text.clone()));
            let outcome = catch_unwind(AssertUnwindSafe(|| if kind == "json" { check_json(&text) } else { check_csv(&text) }))
                .unwrap_or_else(|e| {
                    let why = e.downcast_ref::<String>().cloned().or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()));
                    Err(format!("panicked: {}", why.unwrap_or_default()))
                });
            if tx.send((case, text, outcome)).is_err() {
                return;
            }
        }
    });
    let mut done = 0;
    let mut slowest = Duration::ZERO;
    while done < CASES {
        let (case, text) = start_rx.recv().expect("the fuzz thread stopped");
        let t0 = Instant::now();
        match rx.recv_timeout(CASE_LIMIT) {
            Ok((c, _, Ok(()))) => assert_eq!(c, case),
            Ok((c, text, Err(why))) => panic!("fuzz case {c} (seed {SEED:#x}): {why}\ninput:\n{text}"),
            Err(_) => panic!("fuzz case {case} (seed {SEED:#x}) took longer than {CASE_LIMIT:?}\ninput:\n{text}"),
        }
        slowest = slowest.max(t0.elapsed());
        done += 1;
    }
    eprintln!("fuzz: {CASES} cases in {:?}, slowest {slowest:?}", started.elapsed());
}

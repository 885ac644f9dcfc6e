//! Command-line entry point: `khen-thuong evaluate [--today YYYY-MM-DD] FILE...`
//! prints, as JSON, the evaluation of every profile of every file in order. A file
//! ending in `.csv` is read in the unit-head CSV format (`rules::unit`). Exit
//! status 2 and a message naming file and field on invalid input.

use std::process::ExitCode;

use khen_thuong::rules;

const USAGE: &str = "usage: khen-thuong evaluate [--today YYYY-MM-DD] FILE...";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) != Some("evaluate") {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut today = chrono::Local::now().date_naive();
    let mut files = Vec::new();
    let mut it = args[1..].iter();
    while let Some(a) = it.next() {
        if a == "--today" {
            match it
                .next()
                .and_then(|d| khen_thuong::rules::date::parse_iso(d))
            {
                Some(d) => today = d,
                None => {
                    eprintln!("--today needs a date YYYY-MM-DD\n{USAGE}");
                    return ExitCode::from(2);
                }
            }
        } else {
            files.push(a.clone());
        }
    }
    if files.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut out = Vec::new();
    let mut failed = false;
    for file in &files {
        let text = match std::fs::read_to_string(file) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{file}: {e}");
                failed = true;
                continue;
            }
        };
        let profiles = if file.to_ascii_lowercase().ends_with(".csv") {
            let (profiles, errors) = rules::unit::parse_csv(&text, rules::Standards::get());
            for e in &errors {
                eprintln!("{file}: {}", e.text().en);
            }
            if !errors.is_empty() {
                failed = true;
                continue;
            }
            profiles
        } else {
            match rules::parse_profiles(&text) {
                Ok(p) => p,
                Err(e) => {
                    eprintln!("{file}: {}: {}", e.field, e.message.en);
                    failed = true;
                    continue;
                }
            }
        };
        for (i, p) in profiles.iter().enumerate() {
            match rules::evaluate(p, today) {
                Ok(ev) => out.push(ev),
                Err(errors) => {
                    failed = true;
                    for e in errors {
                        eprintln!("{file}: profile {}: {}: {}", i + 1, e.field, e.message.en);
                    }
                }
            }
        }
    }
    if failed {
        return ExitCode::from(2);
    }
    println!(
        "{}",
        serde_json::to_string_pretty(&out).expect("evaluations serialise")
    );
    ExitCode::SUCCESS
}

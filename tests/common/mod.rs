//! Test helpers: build a profile in the JSON format users save, and call the engine
//! through the one public entry point (`rules::evaluate`).
#![allow(dead_code)]

use chrono::NaiveDate;
use khen_thuong::rules::{self, Evaluation, Finding, Outcome, Profile, Status};
use serde_json::{json, Value};

pub const TODAY: (i32, u32, u32) = (2026, 11, 22);

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(TODAY.0, TODAY.1, TODAY.2).unwrap()
}

/// A profile under construction, kept as JSON so tests exercise the file format.
#[derive(Clone)]
pub struct P(pub Value);

/// An individual recruited long ago, nothing pending, the conduct declarations of the
/// annual titles ticked, proposing on 2025-03-01 for 2024.
pub fn person() -> P {
    P(json!({
        "schema_version": 2,
        "subject": "individual",
        "proposal_date": "2025-03-01",
        "person": { "full_name": "Hoàng Văn A", "recruitment_date": "2010-01-01", "party_member": false },
        "years": [],
        "achievements": [],
        "awards_received": [],
        "declarations": { "tu_luc_doan_ket_thi_dua": true, "guong_mau_chap_hanh": true },
        "pending_proceedings": false
    }))
}

/// A collective with no party organisation, proposing on 2025-03-01 for 2024.
pub fn unit() -> P {
    P(json!({
        "schema_version": 2,
        "subject": "collective",
        "proposal_date": "2025-03-01",
        "unit": { "name": "Phòng Thi đua", "has_party_organisation": false },
        "years": [],
        "declarations": {},
        "pending_proceedings": false
    }))
}

impl P {
    pub fn set(mut self, key: &str, v: Value) -> Self {
        self.0[key] = v;
        self
    }
    pub fn person_field(mut self, key: &str, v: Value) -> Self {
        self.0["person"][key] = v;
        self
    }
    pub fn proposal(self, date: &str) -> Self {
        self.set("proposal_date", json!(date))
    }
    pub fn for_year(self, y: i64) -> Self {
        self.set("evaluation_year", json!(y))
    }
    pub fn row(mut self, row: Value) -> Self {
        self.0["years"].as_array_mut().unwrap().push(row);
        self
    }
    pub fn year(self, y: i64, rating: &str) -> Self {
        self.row(json!({ "year": y.to_string(), "rating": rating }))
    }
    /// Consecutive years `from..=to` all rated `rating`.
    pub fn years(mut self, from: i64, to: i64, rating: &str) -> Self {
        for y in from..=to {
            self = self.year(y, rating);
        }
        self
    }
    pub fn initiative(mut self, y: i64, scope: &str, applied: Option<bool>) -> Self {
        let mut a = json!({ "kind": "sang_kien", "title": format!("Sáng kiến {y}"), "year": y.to_string(), "scope": scope });
        if let Some(b) = applied {
            a["applied"] = json!(b);
        }
        self.0["achievements"].as_array_mut().unwrap().push(a);
        self
    }
    pub fn received(self, award: &str, from: i64, to: i64) -> Self {
        self.received_as(award, from, to, "cong_trang")
    }
    pub fn received_as(mut self, award: &str, from: i64, to: i64, kind: &str) -> Self {
        if self.0.get("awards_received").is_none() {
            self.0["awards_received"] = json!([]);
        }
        self.0["awards_received"].as_array_mut().unwrap().push(json!({
            "award": award, "period": { "from": from, "to": to }, "type": kind, "decision_number": format!("QĐ {to}")
        }));
        self
    }
    pub fn declare(mut self, id: &str, ticked: bool) -> Self {
        self.0["declarations"][id] = json!(ticked);
        self
    }
    pub fn undeclare(mut self, id: &str) -> Self {
        self.0["declarations"].as_object_mut().unwrap().remove(id);
        self
    }
    pub fn profile(&self) -> Profile {
        serde_json::from_value(self.0.clone()).expect("test profile has the profile shape")
    }
    /// The one place tests call the engine.
    pub fn eval(&self) -> Evaluation {
        rules::evaluate(&self.profile(), today())
            .unwrap_or_else(|e| panic!("unexpected input errors: {e:?}"))
    }
    pub fn errors(&self) -> Vec<rules::InputError> {
        rules::evaluate(&self.profile(), today()).expect_err("expected input errors")
    }
}

pub fn outcome(ev: &Evaluation, award: &str) -> Outcome {
    ev.determination(award)
        .unwrap_or_else(|| panic!("no determination for {award}"))
        .outcome
}

/// The finding of `criterion` in `award`, searched through alternative routes too.
pub fn finding<'a>(ev: &'a Evaluation, award: &str, criterion: &str) -> &'a Finding {
    fn find<'a>(fs: &'a [Finding], id: &str) -> Option<&'a Finding> {
        fs.iter().find_map(|f| {
            if f.criterion == id {
                Some(f)
            } else {
                f.routes.iter().find_map(|r| find(&r.findings, id))
            }
        })
    }
    let d = ev
        .determination(award)
        .unwrap_or_else(|| panic!("no determination for {award}"));
    find(&d.findings, criterion)
        .unwrap_or_else(|| panic!("{award} has no finding {criterion}: {:#?}", d.findings))
}

pub fn status(ev: &Evaluation, award: &str, criterion: &str) -> Status {
    finding(ev, award, criterion).status
}

pub fn gap_summary(ev: &Evaluation, award: &str) -> String {
    ev.determination(award)
        .unwrap()
        .gaps
        .iter()
        .map(|g| g.summary.vi.clone())
        .collect::<Vec<_>>()
        .join(" | ")
}

pub fn earliest(ev: &Evaluation, award: &str) -> Option<i64> {
    ev.determination(award)
        .unwrap()
        .gaps
        .first()
        .and_then(|g| g.earliest_year)
}

pub fn notes(ev: &Evaluation, award: &str) -> String {
    ev.determination(award)
        .unwrap()
        .notes
        .iter()
        .map(|n| n.text.vi.clone())
        .collect::<Vec<_>>()
        .join(" | ")
}

/// A temporary folder for files handed to the command line, removed on drop.
pub struct Scratch(pub std::path::PathBuf);

impl Scratch {
    pub fn new(tag: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("kt-{tag}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// xorshift64*: a deterministic generator for the generated-profile tests (properties,
/// engine equivalence), so a failing case is reproduced by its seed without another
/// dependency.
pub struct Gen(pub u64);
impl Gen {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1) as u64) as i64
    }
    pub fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[(self.next() % xs.len() as u64) as usize]
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// The JSON reader and writers of `rules::json` against serde's (kept natively as the
/// reference, issue 13 item 5): the same profiles or the same kind of refusal at the same
/// place, and the profiles written back byte for byte as serde wrote them. Known and
/// wanted differences: serde's derives also read a struct from a non-empty array of its
/// fields in order, an accident of serde, not the format (an empty one, a struct of
/// defaults, still reads); a version probe that failed was placed by line and column only,
/// now by path as well; the differences allowed below say why each is one.
pub fn json_agrees(text: &str) -> Result<(), String> {
    use khen_thuong::rules::json;
    let old = rules::parse_profiles_serde(text);
    let new = rules::parse_profiles(text);
    let kind = |e: &rules::InputError| match () {
        _ if e.field == "schema_version" && e.message.en.contains("newer") => "newer",
        _ if e.message.en.contains("not valid JSON") => "syntax",
        _ => "shape",
    };
    match (&old, &new) {
        (Ok(a), Ok(b)) => {
            if a != b {
                return Err(format!("different profiles read from {text}\nserde: {a:?}\njson: {b:?}"));
            }
            for p in a {
                let (s, j) = (serde_json::to_string(p).unwrap(), json::profile_to_string(p));
                if s != j {
                    return Err(format!("written differently\nserde: {s}\njson:  {j}"));
                }
            }
            Ok(())
        }
        // serde_json read a bad `\u` escape as a string's error (placed by path); it is broken
        // JSON (placed by line and column).
        // serde read as it went and stopped at the first wrong value; this reader checks the
        // whole text first, so a file both broken and of the wrong shape is called broken.
        (Err(a), Err(b)) if (a.message.en.contains("hex escape") || kind(a) == "shape") && kind(b) == "syntax" => Ok(()),
        (Err(a), Err(b)) if kind(a) != kind(b) => Err(format!("refused differently: {text}\nserde: {a:?}\njson: {b:?}")),
        // The top (serde's ".") is placed by line and column; serde went one step into an
        // enum written as an object (`{"htt": 1}`), which is refused as a whole here.
        (Err(a), Err(b))
            if kind(a) == "shape"
                && !a.field.starts_with("line ")
                && a.field != "."
                && a.field != b.field
                && !a.field.starts_with(&format!("{}.", b.field)) =>
        {
            Err(format!("refused at another place: {text}\nserde: {a:?}\njson: {b:?}"))
        }
        (Err(_), Err(_)) => Ok(()),
        (Ok(_), Err(b)) if b.message.en.contains("found a list [ … ], expected an object") => Ok(()),
        _ => Err(format!("one reads, the other refuses: {text}\nserde: {old:?}\njson: {new:?}")),
    }
}

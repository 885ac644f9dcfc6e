//! The award-standards logic: pure, no IO, no clock (the date is an argument), no web
//! crates — tested natively with `cargo test`.
//!
//! Map: `facts` (the JSON profile a user declares) → `validate` (checked `Facts` or
//! input errors naming the field) → `engine` (reads `standards` data, writes one
//! `Determination` per award, see `determination`). Every user-facing sentence is a
//! bilingual `text::Text`.

pub mod date;
pub mod determination;
pub mod directory;
pub mod docx;
pub mod dossier;
pub mod engine;
pub mod facts;
pub mod json;
pub mod map;
pub mod order;
pub mod standards;
pub mod summary;
pub mod text;
pub mod unit;
pub mod validate;

use chrono::NaiveDate;

use crate::t;

pub use determination::{ClosedRound, Determination, Evaluation, Finding, Outcome, Status};
pub use facts::Profile;
pub use standards::Standards;
pub use text::{Lang, Text};
pub use validate::InputError;

/// Validates and evaluates one profile. `today` is the default proposal date.
pub fn evaluate(profile: &Profile, today: NaiveDate) -> Result<Evaluation, Vec<InputError>> {
    let std = Standards::get();
    let facts = validate::validate(profile, std, today)?;
    Ok(engine::evaluate_facts(std, &facts))
}

/// `evaluate` with the engine as it was before issue 13 (the reference the fast engine is
/// compared with in `tests/engine_equivalence.rs` and `benches/evaluate.rs`). Native only.
#[cfg(not(target_arch = "wasm32"))]
#[doc(hidden)]
pub fn evaluate_reference(profile: &Profile, today: NaiveDate) -> Result<Evaluation, Vec<InputError>> {
    let std = Standards::get();
    let facts = validate::validate(profile, std, today)?;
    Ok(engine::evaluate_facts_reference(std, &facts))
}

/// Parses a file holding one profile or an array of profiles, or a wrapper written by
/// this app: a dossier summary (`{"profile": …}`), a unit export (`{"unit": …}`) or a
/// list (`{"profiles": […]}`). A broken file gives one error naming the place in both
/// languages: its line and column when the JSON itself is broken, else the value's line
/// and column, with its JSON path (`years[0].rating`) in `field` (the line and column at
/// the top) and, natively, in the message. The format version is checked before the shape, so a newer
/// file says so instead of failing on a new field. Read by `json` (no serde: browser size).
pub fn parse_profiles(text: &str) -> Result<Vec<Profile>, InputError> {
    let text = text.trim_start_matches('\u{feff}');
    let root = json::parse(text).map_err(|at| {
        let (l, c) = json::line_column(text, at);
        InputError {
            field: format!("line {l}, column {c}"),
            message: t!("Tệp không phải JSON hợp lệ (dòng {}, cột {}).", "The file is not valid JSON (line {}, column {}).", l, c),
        }
    })?;
    let shape = |e: Box<json::Bad>| {
        let (l, c) = json::line_column(text, e.at);
        let path = e.path();
        // On screen the place is the line and column (any editor finds them; the app shows
        // no program path, `results.test.mjs`); programs get the path in `field`, and the
        // command line, whose users read paths, gets it in the message too.
        let at = t!("dòng {}, cột {}", "line {}, column {}", l, c);
        let (field, place) = match path.is_empty() {
            true => (format!("line {l}, column {c}"), at),
            false if cfg!(target_arch = "wasm32") => (path, at),
            false => (path.clone(), Text::owned(format!("\"{path}\" ({})", at.vi), format!("\"{path}\" ({})", at.en))),
        };
        let why = e.why;
        InputError {
            message: Text::owned(
                format!("Dữ liệu không đúng cấu trúc hồ sơ tại {}: {}", place.vi, why.vi),
                format!("The data does not have the profile's shape at {}: {}", place.en, why.en),
            ),
            field,
        }
    };
    let (layout, versions) = json::layout(&root).map_err(shape)?;
    if let Some(v) = versions.into_iter().flatten().find(|v| *v > u64::from(facts::SCHEMA_VERSION)) {
        return Err(newer_version(v));
    }
    // Older format versions are migrated on load, then evaluated under today's rules.
    let mut profiles = json::profiles(layout).map_err(shape)?;
    profiles.iter_mut().for_each(facts::migrate);
    Ok(profiles)
}

/// `parse_profiles` as it was with serde (native only): the reference of
/// `tests/json_equivalence.rs` and the fuzz test.
#[cfg(not(target_arch = "wasm32"))]
#[doc(hidden)]
pub fn parse_profiles_serde(text: &str) -> Result<Vec<Profile>, InputError> {
    use serde::Deserialize;

    /// Only the format version of a profile; every other key is skipped.
    #[derive(Deserialize)]
    struct Version {
        schema_version: Option<u64>,
    }
    /// The outer shape, read as far as the versions. A profile has `schema_version`
    /// at the top (its own `unit` key is the unit's name, not a wrapper).
    #[derive(Deserialize)]
    struct Outer {
        schema_version: Option<u64>,
        profile: Option<Version>,
        unit: Option<Version>,
        profiles: Option<Vec<Version>>,
    }
    #[derive(Deserialize)]
    struct InProfile {
        profile: Profile,
    }
    #[derive(Deserialize)]
    struct InUnit {
        unit: Profile,
    }
    #[derive(Deserialize)]
    struct InProfiles {
        profiles: Vec<Profile>,
    }

    let text = text.trim_start_matches('\u{feff}');
    let probe_error = |e: serde_json::Error| match e.is_syntax() || e.is_eof() {
        true => InputError {
            field: format!("line {}, column {}", e.line(), e.column()),
            message: t!(
                "Tệp không phải JSON hợp lệ (dòng {}, cột {}).",
                "The file is not valid JSON (line {}, column {}).",
                e.line(),
                e.column()
            ),
        },
        false => shape_error(e.to_string(), line_column(&e)),
    };
    type Parse = fn(&str) -> Result<Vec<Profile>, InputError>;
    let (versions, parse): (Vec<Option<u64>>, Parse) =
        if text.trim_start().starts_with('[') {
            let v: Vec<Version> = serde_json::from_str(text).map_err(probe_error)?;
            (v.into_iter().map(|v| v.schema_version).collect(), |t| typed::<Vec<Profile>>(t))
        } else {
            let o: Outer = serde_json::from_str(text).map_err(probe_error)?;
            match o {
                Outer { schema_version: None, profile: Some(p), .. } => {
                    (vec![p.schema_version], |t| typed::<InProfile>(t).map(|w| vec![w.profile]))
                }
                Outer { schema_version: None, unit: Some(u), .. } => {
                    (vec![u.schema_version], |t| typed::<InUnit>(t).map(|w| vec![w.unit]))
                }
                Outer { schema_version: None, profiles: Some(ps), .. } => (
                    ps.into_iter().map(|v| v.schema_version).collect(),
                    |t| typed::<InProfiles>(t).map(|w| w.profiles),
                ),
                o => (vec![o.schema_version], |t| typed::<Profile>(t).map(|p| vec![p])),
            }
        };
    if let Some(v) = versions.into_iter().flatten().find(|v| *v > u64::from(facts::SCHEMA_VERSION)) {
        return Err(newer_version(v));
    }
    // Older format versions are migrated on load, then evaluated under today's rules.
    let mut profiles = parse(text)?;
    profiles.iter_mut().for_each(facts::migrate);
    Ok(profiles)
}

/// A file written by a newer version of the app (checked before its shape, by both readers).
fn newer_version(v: u64) -> InputError {
    InputError {
        field: "schema_version".into(),
        message: t!(
            "Tệp dùng phiên bản định dạng {} mới hơn phiên bản ứng dụng đọc được ({}). Hãy cập nhật ứng dụng.",
            "The file uses format version {}, newer than this app reads ({}). Please update the app.",
            v,
            facts::SCHEMA_VERSION
        ),
    }
}

/// `field` names the place for programs; `place` says it to the user.
#[cfg(not(target_arch = "wasm32"))]
fn shape_error(inner: String, (field, place): (String, Text)) -> InputError {
    let why = shape_reason(&inner);
    InputError {
        message: Text::new(format!("Dữ liệu không đúng cấu trúc hồ sơ tại {}: {}", place.vi, why.vi), format!("The data does not have the profile's shape at {}: {}", place.en, why.en)),
        field,
    }
}

#[cfg(not(target_arch = "wasm32"))]
/// serde's reason in the user's language: its common messages translated (the rest kept),
/// its " at line N column M" dropped (the place is said before the reason). Table-driven:
/// a `format!` per message would cost the download budget more than the tables.
fn shape_reason(msg: &str) -> Text {
    const REASONS: [(&str, &str, &str); 4] = [
        ("missing field ", "thiếu trường {a}", "the field {a} is missing"),
        ("unknown field ", "trường {a} không có trong định dạng hồ sơ", "the field {a} is not part of the profile format"),
        ("unknown variant ", "giá trị {a} không hợp lệ; các giá trị nhận được: {b}", "the value {a} is not valid; accepted values: {b}"),
        ("invalid type: ", "sai kiểu dữ liệu: có {a}, cần {b}", "wrong kind of value: found {a}, expected {b}"),
    ];
    let msg = msg.split(" at line ").next().unwrap_or(msg);
    for (prefix, vi, en) in REASONS {
        if let Some(rest) = msg.strip_prefix(prefix) {
            let (a, b) = rest.split_once(", expected ").unwrap_or((rest, ""));
            let b = b.trim_start_matches("one of ");
            let fill = |tpl: &str, lang: usize| tpl.replacen("{a}", &kind_of_value(a, lang), 1).replacen("{b}", &kind_of_value(b, lang), 1);
            return Text::new(fill(vi, 0), fill(en, 1));
        }
    }
    Text::new(msg.to_string(), msg.to_string())
}

#[cfg(not(target_arch = "wasm32"))]
/// serde's name for a kind of JSON value (`string "x"`, `u32`, `a sequence`…) in Vietnamese
/// (`lang` 0) or English (1), keeping the value it quotes; anything else as it is.
fn kind_of_value(s: &str, lang: usize) -> String {
    const KINDS: [(&str, [&str; 2], bool); 13] = [
        ("string ", ["chuỗi ", "string "], true),
        ("integer ", ["số ", "number "], true),
        ("floating point ", ["số ", "number "], true),
        ("boolean ", ["", ""], true),
        ("u32", ["số nguyên", "an integer"], false),
        ("u64", ["số nguyên", "an integer"], false),
        ("i64", ["số nguyên", "an integer"], false),
        ("a string", ["chuỗi", "a string"], false),
        ("a boolean", ["true hoặc false", "true or false"], false),
        ("a sequence", ["danh sách [ … ]", "a list [ … ]"], false),
        ("sequence", ["danh sách [ … ]", "a list [ … ]"], false),
        ("map", ["đối tượng { … }", "an object { … }"], false),
        ("struct ", ["đối tượng { … }", "an object { … }"], false),
    ];
    for (serde, words, keep) in KINDS {
        if let Some(rest) = s.strip_prefix(serde) {
            return if keep { format!("{}{}", words[lang], rest.trim_matches('`')) } else { words[lang].to_string() };
        }
    }
    s.to_string()
}

#[cfg(not(target_arch = "wasm32"))]
fn line_column(e: &serde_json::Error) -> (String, Text) {
    (
        format!("line {}, column {}", e.line(), e.column()),
        t!("dòng {}, cột {}", "line {}, column {}", e.line(), e.column()),
    )
}

/// Reads the typed shape, naming the JSON path of the first problem (`years[0].rating`).
#[cfg(not(target_arch = "wasm32"))]
fn typed<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, InputError> {
    let mut de = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let place = Text::new(format!("\"{path}\""), format!("\"{path}\""));
        shape_error(e.into_inner().to_string(), (path, place))
    })
}

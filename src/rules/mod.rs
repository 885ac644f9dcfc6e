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
pub mod engine;
pub mod facts;
pub mod order;
pub mod standards;
pub mod summary;
pub mod text;
pub mod unit;
pub mod validate;

use chrono::NaiveDate;

use crate::t;

pub use determination::{Determination, Evaluation, Finding, Outcome, Status};
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

/// Parses a file holding one profile or an array of profiles. A broken file gives one
/// error naming the place (JSON path, line and column) in both languages.
pub fn parse_profiles(text: &str) -> Result<Vec<Profile>, InputError> {
    let text = text.trim_start_matches('\u{feff}');
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| InputError {
        field: format!("line {}, column {}", e.line(), e.column()),
        message: t!(
            "Tệp không phải JSON hợp lệ (dòng {}, cột {}).",
            "The file is not valid JSON (line {}, column {}).",
            e.line(),
            e.column()
        ),
    })?;
    // A dossier summary downloaded from the app holds its profile under "profile".
    let value = match value {
        serde_json::Value::Object(mut m)
            if m.contains_key("profile") && !m.contains_key("schema_version") =>
        {
            m.remove("profile").unwrap_or_default()
        }
        serde_json::Value::Object(mut m)
            if m.contains_key("profiles") && !m.contains_key("schema_version") =>
        {
            m.remove("profiles").unwrap_or_default()
        }
        v => v,
    };
    let many = value.is_array();
    // Check the version before the shape, so a newer file says so instead of failing on a new field.
    let versions: Vec<u64> = match &value {
        serde_json::Value::Array(a) => a.iter().filter_map(|p| p.get("schema_version").and_then(|v| v.as_u64())).collect(),
        v => v.get("schema_version").and_then(|v| v.as_u64()).into_iter().collect(),
    };
    if let Some(v) = versions.into_iter().find(|v| *v > u64::from(facts::SCHEMA_VERSION)) {
        return Err(InputError {
            field: "schema_version".into(),
            message: t!(
                "Tệp dùng phiên bản định dạng {} mới hơn phiên bản ứng dụng đọc được ({}). Hãy cập nhật ứng dụng.",
                "The file uses format version {}, newer than this app reads ({}). Please update the app.",
                v,
                facts::SCHEMA_VERSION
            ),
        });
    }
    shape(value, many)
}

/// Reads the profile shape, naming the JSON path of the first problem (`years[0].rating`).
#[cfg(not(target_arch = "wasm32"))]
fn shape(value: serde_json::Value, many: bool) -> Result<Vec<Profile>, InputError> {
    let shape_error = |e: serde_path_to_error::Error<serde_json::Error>| {
        let path = e.path().to_string();
        let inner = e.into_inner().to_string();
        InputError {
            field: path.clone(),
            message: t!("Dữ liệu không đúng cấu trúc hồ sơ tại \"{}\": {}", "The data does not have the profile's shape at \"{}\": {}", path, inner),
        }
    };
    if many {
        serde_path_to_error::deserialize::<_, Vec<Profile>>(value).map_err(shape_error)
    } else {
        serde_path_to_error::deserialize::<_, Profile>(value).map(|p| vec![p]).map_err(shape_error)
    }
}

/// In the browser the same check names line and column instead of the path: path
/// tracking costs about 48 KB of wasm, a quarter of the download budget's margin.
#[cfg(target_arch = "wasm32")]
fn shape(value: serde_json::Value, many: bool) -> Result<Vec<Profile>, InputError> {
    let text = serde_json::to_string_pretty(&value).unwrap_or_default();
    let result = if many { serde_json::from_str::<Vec<Profile>>(&text) } else { serde_json::from_str::<Profile>(&text).map(|p| vec![p]) };
    result.map_err(|e| {
        let inner = e.to_string();
        InputError {
            field: format!("line {}, column {}", e.line(), e.column()),
            message: t!("Dữ liệu không đúng cấu trúc hồ sơ: {}", "The data does not have the profile's shape: {}", inner),
        }
    })
}

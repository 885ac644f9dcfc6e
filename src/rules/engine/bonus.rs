//! Bonus estimates (rule book §7).


/// A multiple such as 1.5 written with the Vietnamese decimal comma ("1,5") and the English
/// point ("1.5"), from whole tenths (formatting an `f64` would pull 10 KB into the wasm).
pub(super) fn multiple_text(m: f64) -> (String, String) {
    let tenths = (m * 10.0).round() as u64;
    match tenths % 10 {
        0 => ((tenths / 10).to_string(), (tenths / 10).to_string()),
        t => (format!("{},{t}", tenths / 10), format!("{}.{t}", tenths / 10)),
    }
}

pub(super) fn group_digits(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

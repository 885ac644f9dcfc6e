//! Dates as the checker reads and writes them: `YYYY-MM-DD` in files, `DD/MM/YYYY` in
//! sentences. Small functions of our own instead of chrono's strftime and parser, which
//! cost about 20 KB of wasm; chrono's `NaiveDate` stays the date type.

use chrono::{Datelike, NaiveDate};

fn number(s: &str, min_len: usize, max_len: usize) -> Option<u32> {
    (s.len() >= min_len && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

/// `2025-03-01` (month and day may have one digit). `None` for a date that does not exist.
pub fn parse_iso(s: &str) -> Option<NaiveDate> {
    let mut it = s.trim().split('-');
    let (y, m, d) = (number(it.next()?, 4, 4)?, number(it.next()?, 1, 2)?, number(it.next()?, 1, 2)?);
    if it.next().is_some() {
        return None;
    }
    NaiveDate::from_ymd_opt(y as i32, m, d)
}

/// `01/03/2025` (day first, as written in Vietnam).
pub fn parse_dmy(s: &str) -> Option<NaiveDate> {
    let mut it = s.trim().split('/');
    let (d, m, y) = (number(it.next()?, 1, 2)?, number(it.next()?, 1, 2)?, number(it.next()?, 4, 4)?);
    if it.next().is_some() {
        return None;
    }
    NaiveDate::from_ymd_opt(y as i32, m, d)
}

/// `01/03/2025`
pub fn dmy(d: NaiveDate) -> String {
    let mut s = String::with_capacity(10);
    two(&mut s, d.day());
    s.push('/');
    two(&mut s, d.month());
    s.push('/');
    four(&mut s, d.year());
    s
}

/// `2025-03-01`
pub fn iso(d: NaiveDate) -> String {
    let mut s = String::with_capacity(10);
    four(&mut s, d.year());
    s.push('-');
    two(&mut s, d.month());
    s.push('-');
    two(&mut s, d.day());
    s
}

// Written digit by digit: these dates are in many result sentences, and `format!`'s
// padding machinery cost more than the sentence around them.

/// A day or month (1–31), two digits.
fn two(s: &mut String, n: u32) {
    s.push(char::from(b'0' + (n / 10 % 10) as u8));
    s.push(char::from(b'0' + (n % 10) as u8));
}

/// A year, at least four digits (as `{:04}` writes it, sign included).
fn four(s: &mut String, y: i32) {
    if !(0..=9999).contains(&y) {
        use std::fmt::Write;
        let _ = write!(s, "{y:04}");
        return;
    }
    for k in [1000, 100, 10, 1] {
        s.push(char::from(b'0' + (y / k % 10) as u8));
    }
}

/// `#[serde(with = "crate::rules::date::iso_serde")]` for a `NaiveDate` field.
pub mod iso_serde {
    use chrono::NaiveDate;
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::iso(*d))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let s = String::deserialize(d)?;
        super::parse_iso(&s).ok_or_else(|| D::Error::custom(format!("invalid date {s:?}, expected YYYY-MM-DD")))
    }
}

/// The same for an `Option<NaiveDate>` field (`null` or absent is `None`).
pub mod iso_serde_opt {
    use chrono::NaiveDate;
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.serialize_str(&super::iso(*d)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        match Option::<String>::deserialize(d)? {
            None => Ok(None),
            Some(s) => super::parse_iso(&s).map(Some).ok_or_else(|| D::Error::custom(format!("invalid date {s:?}, expected YYYY-MM-DD"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_and_print_both_ways_and_impossible_dates_are_refused() {
        let d = NaiveDate::from_ymd_opt(2025, 3, 1).unwrap();
        assert_eq!(parse_iso("2025-03-01"), Some(d));
        assert_eq!(parse_iso(" 2025-3-1 "), Some(d));
        assert_eq!(parse_dmy("01/03/2025"), Some(d));
        assert_eq!(parse_iso("2025-02-30"), None);
        assert_eq!(parse_dmy("30/02/2025"), None);
        assert_eq!(parse_iso("2025-03-01x"), None);
        assert_eq!(parse_iso("25-03-01"), None);
        assert_eq!(parse_iso("2025-03-01-02"), None);
        assert_eq!((dmy(d), iso(d)), ("01/03/2025".to_string(), "2025-03-01".to_string()));
    }

    #[test]
    fn dates_print_as_the_padded_format_would_in_every_year_chrono_holds() {
        for (y, m, dd) in [(1, 1, 1), (999, 12, 31), (2026, 10, 9), (9999, 1, 10), (10000, 2, 29), (-1, 6, 15), (-262_143, 1, 1)] {
            let d = NaiveDate::from_ymd_opt(y, m, dd).unwrap();
            assert_eq!(dmy(d), format!("{:02}/{:02}/{:04}", dd, m, y));
            assert_eq!(iso(d), format!("{:04}-{:02}-{:02}", y, m, dd));
        }
    }
}

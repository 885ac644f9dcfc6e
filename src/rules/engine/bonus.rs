//! Bonus estimates (rule book §7).

use super::*;
use crate::rules::standards::AwardKind;


/// A multiple such as 1.5 written with the Vietnamese decimal comma ("1,5") and the English
/// point ("1.5"), from whole tenths (formatting an `f64` would pull 10 KB into the wasm).
pub(super) fn multiple_text(m: f64) -> (String, String) {
    let tenths = (m * 10.0).round() as u64;
    let side = |point: char| {
        let mut s = String::with_capacity(8);
        crate::rules::text::push_uint(&mut s, tenths / 10);
        if tenths % 10 != 0 {
            s.push(point);
            crate::rules::text::push_uint(&mut s, tenths % 10);
        }
        s
    };
    (side(','), side('.'))
}

/// `n` with a dot between groups of three digits ("2.340.000").
pub(super) fn group_digits(n: u64) -> String {
    // The digits, last first, in a stack buffer (no string of its own).
    let mut digits = [0u8; 20];
    let mut len = 0;
    let mut m = n;
    loop {
        digits[len] = b'0' + (m % 10) as u8;
        len += 1;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    let mut out = String::with_capacity(len + len / 3);
    for i in (0..len).rev() {
        out.push(char::from(digits[i]));
        if i > 0 && i % 3 == 0 {
            out.push('.');
        }
    }
    out
}

/// A multiple of the base salary in đồng, rounded **up** to the next 10,000 đ
/// (NĐ 152/2025 Điều 49). Integer arithmetic on tenths: the multiples are whole tenths.
pub(super) fn bonus_amount(multiple: f64, salary: u64) -> u64 {
    let tenths = (multiple * 10.0).round() as u64;
    let exact = tenths * salary; // in tenths of a đồng
    exact.div_ceil(100_000) * 10_000
}

/// The estimate for everything that can be proposed now (rule book §7): titles of the
/// same achievement period pay only the highest; one achievement is proposed for one form
/// only, so at most one form — the highest — counts; awards without a multiple stay out.
pub(super) fn bonus_total(std: &Standards, date: NaiveDate, ds: &[Determination]) -> Option<Note> {
    let salary = std.base_salary_at(date)?;
    let mut titles: Vec<(Period, u64)> = Vec::new();
    let mut form: u64 = 0;
    for d in ds.iter().filter(|d| d.can_propose_now() && d.review_period.is_none()) {
        let Some(b) = std.award(&d.award).and_then(|a| a.bonus.as_ref()) else { continue };
        let amount = bonus_amount(b.multiple, salary.amount);
        match d.kind {
            AwardKind::HinhThuc => form = form.max(amount),
            AwardKind::DanhHieu => {
                let p = natural_period(std, &d.award, date, d.year);
                match titles.iter_mut().find(|(q, _)| *q == p) {
                    Some((_, a)) => *a = (*a).max(amount),
                    None => titles.push((p, amount)),
                }
            }
        }
    }
    let total: u64 = titles.iter().map(|(_, a)| a).sum::<u64>() + form;
    let total_text = group_digits(total);
    (total > 0).then(|| Note {
        kind: NoteKind::Bonus,
        text: Text::new(crate::fmt!("Tổng tiền thưởng ước tính cho những gì có thể đề nghị ngay: {} đ (danh hiệu cùng thời gian chỉ tính mức cao nhất; mỗi thành tích chỉ đề nghị một hình thức khen thưởng, tính mức cao nhất; chỉ để tham khảo).", total_text), crate::fmt!("Estimated total bonus for what can be proposed now: {} VND (titles for the same period pay only the highest; one achievement is proposed for one form only, the highest counted; for reference only).", total_text)),
        cite: crate::fmt!("Nghị định 152/2025/NĐ-CP, Điều 49; {}", salary.cite).into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_grouped_by_thousands_with_a_dot() {
        assert_eq!(group_digits(0), "0");
        assert_eq!(group_digits(999), "999");
        assert_eq!(group_digits(1_000), "1.000");
        assert_eq!(group_digits(2_340_000), "2.340.000");
        assert_eq!(group_digits(12_345_678), "12.345.678");
        assert_eq!(group_digits(u64::MAX), "18.446.744.073.709.551.615");
    }

    #[test]
    fn a_multiple_has_a_decimal_comma_in_vietnamese_and_a_point_in_english() {
        assert_eq!(multiple_text(1.0), ("1".to_string(), "1".to_string()));
        assert_eq!(multiple_text(1.5), ("1,5".to_string(), "1.5".to_string()));
        assert_eq!(multiple_text(0.3), ("0,3".to_string(), "0.3".to_string()));
        assert_eq!(multiple_text(12.0), ("12".to_string(), "12".to_string()));
    }
}

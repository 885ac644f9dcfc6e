//! Bonus estimates (rule book §7).

use super::*;
use crate::rules::standards::AwardKind;


/// A multiple such as 1.5 written with the Vietnamese decimal comma ("1,5") and the English
/// point ("1.5"), from whole tenths (formatting an `f64` would pull 10 KB into the wasm).
pub(super) fn multiple_text(m: f64) -> (String, String) {
    let tenths = (m * 10.0).round() as u64;
    match tenths % 10 {
        0 => ((tenths / 10).to_string(), (tenths / 10).to_string()),
        t => (crate::fmt!("{},{}", tenths / 10, t), crate::fmt!("{}.{}", tenths / 10, t)),
    }
}

pub(super) fn group_digits(n: u64) -> String {
    let mut s = String::with_capacity(26);
    crate::rules::text::push_uint(&mut s, n);
    let digits = s.len();
    let mut out = String::with_capacity(digits + digits / 3);
    for (i, c) in s.bytes().enumerate() {
        if i > 0 && (digits - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(char::from(c));
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

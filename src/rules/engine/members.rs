//! Criterion kinds of the family "members": shares and counts of a collective's
//! members, entered or derived from the members one by one (rule book §5).


use super::*;

/// The member count a criterion needs, for the gap ("cần ít nhất 17/23 thành viên đạt
/// Lao động tiên tiến (hiện 16)", rule book §3).
pub(super) enum Bound {
    AtLeast(u64),
    AtMost(u64),
}

impl Engine<'_> {
    /// Member counts of year `y`: entered, or derived from the members one by one.
    pub(super) fn counts(&self, y: i64) -> Option<Counts> {
        if let Some((_, c)) = self.counts_memo.borrow().iter().find(|(yy, _)| *yy == y) {
            return c.clone();
        }
        let c = self.derive_counts(y);
        self.counts_memo.borrow_mut().push((y, c.clone()));
        c
    }

    pub(super) fn derive_counts(&self, y: i64) -> Option<Counts> {
        if let Some(c) = self.year(y).and_then(|r| r.counts.clone()) {
            return Some(c);
        }
        if self.facts.members.is_empty() {
            return None;
        }
        let mut c = Counts {
            total: Some(self.facts.members.len() as u32),
            ..Counts::default()
        };
        let mut at_least_ht = Range::default();
        let mut ldtt = Range::default();
        let mut cstdcs = Range::default();
        let mut disciplined = Range::default();
        let add = |r: &mut Range, s: Status| match s {
            Status::Met => {
                r.lo += 1;
                r.hi += 1
            }
            Status::Unknown => r.hi += 1,
            Status::NotMet => {}
        };
        for m in &self.facts.members {
            let e = Engine::new(self.std, m);
            let rating = m.years.get(&y).and_then(|r| r.rating);
            add(
                &mut at_least_ht,
                rating.map_or(Status::Unknown, |r| Status::from_bool(r >= Rating::Ht)),
            );
            add(&mut ldtt, e.title("lao_dong_tien_tien", y, y).0);
            add(&mut cstdcs, e.title("chien_si_thi_dua_co_so", y, y).0);
            let heavy = m
                .years
                .get(&y)
                .and_then(|r| r.discipline)
                .is_some_and(|d| d >= DisciplineLevel::CanhCao);
            add(&mut disciplined, Status::from_bool(heavy));
        }
        c.at_least_ht = Some(at_least_ht);
        c.lao_dong_tien_tien = Some(ldtt);
        c.chien_si_thi_dua_co_so = Some(cstdcs);
        c.disciplined_canh_cao_or_heavier = Some(disciplined);
        Some(c)
    }

    /// Whether at least one member is surely disciplined at cảnh cáo or heavier in Y.
    pub(super) fn member_disciplined(&self, y: i64) -> bool {
        self.counts(y)
            .and_then(|c| c.disciplined_canh_cao_or_heavier)
            .is_some_and(|r| r.lo > 0)
    }

    /// A member criterion. `decide(lo, hi, total)` returns (surely met, surely not met,
    /// requirement text, the count needed).
    pub(super) fn members(
        &self,
        field: MemberField,
        y: i64,
        decide: impl Fn(u32, u32, u32) -> (bool, bool, Text, Bound),
    ) -> (Status, Text, Option<Text>) {
        let Some(c) = self.counts(y) else {
            return (
                Status::Unknown,
                t!(
                    "Năm {}: chưa nhập số liệu thành viên.",
                    "{}: member figures not entered.",
                    y
                ),
                None,
            );
        };
        let value = match field {
            MemberField::AtLeastHt => c.at_least_ht,
            MemberField::LaoDongTienTien => c.lao_dong_tien_tien,
            MemberField::ChienSiThiDuaCoSo => c.chien_si_thi_dua_co_so,
            MemberField::DisciplinedCanhCaoOrHeavier => c.disciplined_canh_cao_or_heavier,
        };
        let label = member_label(field);
        let (Some(total), Some(v)) = (c.total, value) else {
            return (
                Status::Unknown,
                Text::new(crate::fmt!(
                        "Năm {}: chưa nhập tổng số thành viên hoặc số {}.",
                        y, label.vi
                    ), crate::fmt!("{}: total members or {} not entered.", y, label.en)),
                None,
            );
        };
        if total == 0 {
            return (
                Status::Unknown,
                t!(
                    "Năm {}: tập thể không có thành viên nào được nhập.",
                    "{}: no members entered.",
                    y
                ),
                None,
            );
        }
        let (met, not_met, need, bound) = decide(v.lo, v.hi, total);
        let shown = if v.lo == v.hi {
            v.lo.to_string()
        } else {
            crate::fmt!("{}–{}", v.lo, v.hi)
        };
        let evidence = Text::new(crate::fmt!(
                "Năm {}: {}/{} thành viên {} ({}).",
                y, shown, total, label.vi, need.vi
            ), crate::fmt!(
                "{}: {}/{} members {} ({}).",
                y, shown, total, label.en, need.en
            ));
        let status = if met {
            Status::Met
        } else if not_met {
            Status::NotMet
        } else {
            Status::Unknown
        };
        let missing = (status == Status::NotMet).then(|| match bound {
            Bound::AtLeast(n) => Text::new(crate::fmt!("Cần ít nhất {}/{} thành viên {} (hiện {}).", n, total, label.vi, shown), crate::fmt!("Needs at least {}/{} members {} (now {}).", n, total, label.en, shown)),
            Bound::AtMost(n) => Text::new(crate::fmt!("Tối đa {}/{} thành viên {} (hiện {}).", n, total, label.vi, shown), crate::fmt!("At most {}/{} members {} (now {}).", n, total, label.en, shown)),
        });
        (status, evidence, missing)
    }
}

pub(super) fn member_label(f: MemberField) -> Text {
    match f {
        MemberField::AtLeastHt => {
            Text::new("hoàn thành nhiệm vụ trở lên", "rated at least 'completed'")
        }
        MemberField::LaoDongTienTien => Text::new("đạt Lao động tiên tiến", "Advanced Workers"),
        MemberField::ChienSiThiDuaCoSo => Text::new(
            "đạt Chiến sĩ thi đua cơ sở",
            "Grassroots Emulation Fighters",
        ),
        MemberField::DisciplinedCanhCaoOrHeavier => Text::new(
            "bị kỷ luật từ cảnh cáo trở lên",
            "disciplined at warning or heavier",
        ),
    }
}

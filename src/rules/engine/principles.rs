//! The general principles of rule book §2a (NĐ 98/2023 and NĐ 152/2025, Điều 4), applied
//! by `Engine::determine` to every encoded award before its own criteria — never copied
//! into an award's data:
//! - §2a.1 pending matters bar every award, for persons and collectives alike;
//! - §2a.2 no year touched by a discipline period counts (here for the evaluation year;
//!   `runs` breaks every run and window at such a year).

use super::*;
use crate::rules::date::dmy;
use crate::rules::validate::{row_span, DisciplinePeriod};

/// Citation of both principles (the same clause, two sentences).
const CITE: &str = "Nghị định 152/2025/NĐ-CP (trước đó Nghị định 98/2023/NĐ-CP), Điều 4 khoản 4";

impl Engine<'_> {
    /// The principle findings for an award evaluated for year `y`.
    pub(super) fn principles(&self, y: i64) -> [Finding; 2] {
        [self.no_pending_matter(y), self.no_discipline_period(y)]
    }

    /// The statuses of `principles(y)` without their findings (the quiet engine).
    pub(super) fn principle_statuses(&self, y: i64) -> [Status; 2] {
        let pending = match self.facts.pending_proceedings {
            None => Status::Unknown,
            Some(pending) => Status::from_bool(!pending),
        };
        [pending, Status::from_bool(self.discipline_in(y).is_none())]
    }

    /// The discipline period that touches year row `x`, if any.
    #[inline]
    pub(super) fn discipline_in(&self, x: i64) -> Option<&DisciplinePeriod> {
        // Most profiles have none: answered without a call.
        if self.facts.discipline_periods.is_empty() {
            return None;
        }
        self.discipline_in_periods(x)
    }

    fn discipline_in_periods(&self, x: i64) -> Option<&DisciplinePeriod> {
        let label = self.year(x).map_or_else(|| x.to_string(), |r| r.label.clone());
        let (start, end) = row_span(&label, x);
        self.facts.discipline_periods.iter().find(|p| p.from <= end && p.to >= start)
    }

    fn no_pending_matter(&self, y: i64) -> Finding {
        let (status, evidence, missing) = match self.facts.pending_proceedings {
            None => (Status::Unknown, self.say(|| t!("Chưa trả lời.", "Not answered.")), None),
            Some(false) => (Status::Met, self.say(|| t!("Không có vụ việc đang xem xét.", "Nothing pending.")), None),
            Some(true) => (
                Status::NotMet,
                self.say(|| t!(
                    "Tạm chưa xét khen thưởng trong thời gian đang xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc xác minh khiếu nại, tố cáo.",
                    "No award is proposed while discipline, an investigation, inspection or the verification of a complaint is pending."
                )),
                self.say_if(true, || t!(
                    "Khi có kết luận không vi phạm, có thể đề nghị lại cho năm {}.",
                    "Once the matter is concluded with no violation, the year {} can still be proposed.",
                    y
                )),
            ),
        };
        self.principle(PENDING, t!(
            "Không đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra, xác minh khiếu nại, tố cáo",
            "No pending discipline, investigation, inspection or complaint"
        ), status, evidence, missing)
    }

    fn no_discipline_period(&self, y: i64) -> Finding {
        let (status, evidence, missing) = match self.discipline_in(y) {
            None => (Status::Met, self.say(|| t!(
                "Năm {} không thuộc thời gian thi hành kỷ luật nào đã nhập.",
                "The year {} is not within any discipline period entered.",
                y
            )), None),
            Some(p) => {
                let first = self.first_year_after(p);
                (
                    Status::NotMet,
                    self.say(|| {
                        let ev = t!(
                            "Năm {} thuộc thời gian thi hành kỷ luật ({} – {}).",
                            "The year {} is within a discipline period ({} – {}).",
                            y, dmy(p.from), dmy(p.to)
                        );
                        if p.end_assumed {
                            Text::new(crate::fmt!("{} Chưa nhập ngày kết thúc: tạm tính hết năm {}; hãy nhập ngày kết thúc thời gian kỷ luật.", ev.vi, p.year), crate::fmt!("{} No end date entered: taken to end with {}; please enter the end of the discipline period.", ev.en, p.year))
                        } else {
                            ev
                        }
                    }),
                    self.say_if(true, || t!(
                        "Thành tích được tính từ khi hết thời gian kỷ luật: năm đầu tiên được tính lại là năm {}.",
                        "Achievements count from the end of the discipline period: the first year that counts again is {}.",
                        first
                    )),
                )
            }
        };
        self.principle("d4_k4_ky_luat", t!(
            "Năm xét không thuộc thời gian thi hành kỷ luật",
            "The year is not within a discipline period"
        ), status, evidence, missing)
    }

    /// The first year row that begins after the period ends.
    pub(super) fn first_year_after(&self, p: &DisciplinePeriod) -> i64 {
        let mut x = i64::from(p.to.year());
        // At most two steps: a school-year row begins in September.
        while self.discipline_in(x).is_some() && x < i64::from(p.to.year()) + 2 {
            x += 1;
        }
        x
    }

    fn principle(&self, id: &'static str, text: Text, status: Status, evidence: Text, missing: Option<Text>) -> Finding {
        Finding {
            criterion: id.into(),
            status,
            text,
            cite: CITE.into(),
            evidence,
            missing,
            routes: Vec::new(),
        }
    }

    /// The decision note shown whenever a discipline period was entered.
    pub(super) fn discipline_note(&self) -> Option<Note> {
        (!self.facts.discipline_periods.is_empty()).then(|| Note {
            kind: NoteKind::Decision,
            text: t!(
                "Cách hiểu áp dụng trong công cụ: năm có thời gian thi hành kỷ luật (dù chỉ một phần năm) không được tính cho bất kỳ danh hiệu, hình thức khen thưởng nào và làm gián đoạn các chuỗi năm liên tục; năm đầu tiên được tính lại là năm bắt đầu sau khi hết thời gian kỷ luật. Cách hiểu này dựa trên quy định thành tích được tính từ khi hết thời gian kỷ luật, không phải tiêu chuẩn riêng của danh hiệu.",
                "Reading applied by this checker: a year in which a discipline period runs, even for part of the year, counts for no title or award and breaks every run of consecutive years; the first year that counts again is the first that begins after the period ends. This rests on the rule that achievements count from the end of the discipline period, not on a criterion of the title itself."
            ),
            cite: CITE.into(),
        })
    }
}

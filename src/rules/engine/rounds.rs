//! Rounds with a filing window (rule book §6.1 closed review rounds, §6.2 the 2025
//! campaign): a round whose window ended before the proposal date keeps its computed
//! outcome, but its determination carries `closed_round` (deadline + sentence), is not
//! among what can be proposed now, and its gap never offers the closed round as the way
//! forward. A review period the user chose has no known window: never closed, and a note
//! asks the user to check the round's window.

use super::*;
use crate::rules::date::dmy;
use crate::rules::standards::FilingWindow;

impl Engine<'_> {
    /// The closed round of a review (default period only) or campaign version `v`.
    pub(super) fn closed_round(&self, v: &Version, user_period: bool) -> Option<ClosedRound> {
        let w = v.filing_window?;
        (!user_period && w.to < self.facts.proposal_date).then(|| closed(w, v.review_period.is_some()))
    }

    /// A campaign whose every version ended: the last filing window, when it closed
    /// before the proposal date.
    pub(super) fn campaign_over(&self, award: &Award) -> Option<ClosedRound> {
        let w = award.versions.iter().filter_map(|v| v.filing_window).max_by_key(|w| w.to)?;
        (w.to < self.facts.proposal_date && award.versions.iter().all(|v| v.to.is_some_and(|to| to < self.facts.proposal_date)))
            .then(|| closed(w, false))
    }

    /// The note on the round's window: its dates for the default period, or, for a period
    /// the user chose, a request to check the round's own window.
    pub(super) fn round_note(&self, v: &Version, user_period: bool) -> Option<Note> {
        if user_period {
            return Some(Note {
                kind: NoteKind::Procedural,
                text: t!(
                    "Kỳ xét do người dùng chọn: công cụ không biết thời hạn nộp hồ sơ của đợt xét này; hãy kiểm tra thời hạn trong kế hoạch, hướng dẫn của đợt.",
                    "Review period chosen by the user: the checker does not know this round's filing window; check it in the round's plan or guidance."
                ),
                cite: "".into(),
            });
        }
        let w = v.filing_window?;
        Some(Note {
            kind: NoteKind::Procedural,
            text: t!(
                "Thời hạn nộp hồ sơ của đợt này: {} – {}.",
                "Filing window of this round: {} – {}.",
                dmy(w.from),
                dmy(w.to)
            ),
            cite: w.cite.into(),
        })
    }
}

fn closed(w: FilingWindow, review: bool) -> ClosedRound {
    let d = dmy(w.to);
    ClosedRound {
        deadline: w.to,
        text: if review {
            t!(
                "Đợt xét đã kết thúc (hạn nộp {}).",
                "This review round is over (filing deadline {}).",
                d
            )
        } else {
            t!(
                "Phong trào thi đua đã kết thúc (hạn nộp {}).",
                "The campaign is over (filing deadline {}).",
                d
            )
        },
    }
}

/// The gap of a not-eligible result in a closed round: what was missing, and that the
/// round is over — never the closed round as the way forward (rule book §3).
pub(super) fn closed_gap(findings: &[Finding], c: &ClosedRound, review: bool) -> Gap {
    let mut missing = Vec::new();
    collect_missing(findings, &mut missing);
    let j = Text::join(&missing, " ");
    let (vi_next, en_next) = if review {
        (" Có thể chọn kỳ xét của đợt khác.", " Another review period can be chosen.")
    } else {
        ("", "")
    };
    Gap {
        missing,
        earliest_year: None,
        summary: Text::new(crate::fmt!("{} {}{}", j.vi, c.text.vi, vi_next).trim_start().to_string(), crate::fmt!("{} {}{}", j.en, c.text.en, en_next).trim_start().to_string()),
    }
}

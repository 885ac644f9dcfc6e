//! What the engine returns: one `Determination` per award, with one `Finding` per
//! criterion. Invariant: an encoded award's outcome is derived from its findings only
//! (`Outcome::from_findings`); `not_in_force` and `manual_review` come from the absence
//! of an encoded version, never from a finding.

use chrono::NaiveDate;
#[cfg(not(target_arch = "wasm32"))]
use serde::{Deserialize, Serialize};

use super::facts::{Period, Subject};
use super::standards::{AwardKind, Group};
use super::text::{Str, Text};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "snake_case"))]
pub enum Outcome {
    Eligible,
    NotEligible,
    Undetermined,
    NotInForce,
    ManualReview,
}

impl Outcome {
    /// All criteria must hold: one not met → not eligible; else one unknown → undetermined.
    pub fn from_findings(findings: &[Finding]) -> Outcome {
        match Status::all(findings.iter().map(|f| f.status)) {
            Status::Met => Outcome::Eligible,
            Status::NotMet => Outcome::NotEligible,
            Status::Unknown => Outcome::Undetermined,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Outcome::Eligible => "eligible",
            Outcome::NotEligible => "not_eligible",
            Outcome::Undetermined => "undetermined",
            Outcome::NotInForce => "not_in_force",
            Outcome::ManualReview => "manual_review",
        }
    }

    pub fn label(self) -> Text {
        match self {
            Outcome::Eligible => Text::new("Đủ điều kiện", "Eligible"),
            Outcome::NotEligible => Text::new("Chưa đủ điều kiện", "Not eligible"),
            Outcome::Undetermined => Text::new("Chưa đủ dữ liệu", "Not enough data"),
            Outcome::NotInForce => Text::new("Không có quy định áp dụng", "No rule in force"),
            Outcome::ManualReview => Text::new("Cần thẩm định", "Needs manual review"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "snake_case"))]
pub enum Status {
    Met,
    NotMet,
    Unknown,
}

impl Status {
    /// Conjunction: not met wins over unknown, unknown over met. Empty → met.
    pub fn all(it: impl IntoIterator<Item = Status>) -> Status {
        let mut out = Status::Met;
        for s in it {
            match s {
                Status::NotMet => return Status::NotMet,
                Status::Unknown => out = Status::Unknown,
                Status::Met => {}
            }
        }
        out
    }

    /// Disjunction: met wins over unknown, unknown over not met. Empty → not met.
    pub fn any(it: impl IntoIterator<Item = Status>) -> Status {
        let mut out = Status::NotMet;
        for s in it {
            match s {
                Status::Met => return Status::Met,
                Status::Unknown => out = Status::Unknown,
                Status::NotMet => {}
            }
        }
        out
    }

    pub fn label(self) -> Text {
        match self {
            Status::Met => Text::new("Đạt", "Met"),
            Status::NotMet => Text::new("Chưa đạt", "Not met"),
            Status::Unknown => Text::new("Chưa đủ dữ liệu", "Not enough data"),
        }
    }

    pub fn from_bool(b: bool) -> Status {
        if b {
            Status::Met
        } else {
            Status::NotMet
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize))]
pub struct Finding {
    pub criterion: Str,
    pub status: Status,
    pub text: Text,
    pub cite: Str,
    /// The years and facts used.
    pub evidence: Text,
    /// When not met: what is still missing.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub missing: Option<Text>,
    /// For a criterion with alternative routes: one entry per route.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Vec::is_empty"))]
    pub routes: Vec<RouteFinding>,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize))]
pub struct RouteFinding {
    pub route: Str,
    pub text: Text,
    pub status: Status,
    pub findings: Vec<Finding>,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize))]
pub struct Gap {
    /// What is missing, one sentence per unmet criterion.
    pub missing: Vec<Text>,
    /// The earliest year the award could be reached if every later year went well;
    /// `None` when future years alone cannot reach it.
    pub earliest_year: Option<i64>,
    pub summary: Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "snake_case"))]
pub enum NoteKind {
    /// An ambiguity decision of the rule book that was applied.
    Decision,
    /// A procedural step no checker decides (vote, selection, quota, dossier).
    Procedural,
    /// The bonus estimate.
    Bonus,
    /// Why the award is not evaluated (manual review, not in force).
    Scope,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize))]
pub struct Note {
    pub kind: NoteKind,
    pub text: Text,
    pub cite: Str,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize))]
pub struct Determination {
    pub award: Str,
    pub name: Text,
    pub subject: Subject,
    pub kind: AwardKind,
    pub group: Group,
    /// The year evaluated (for a periodic review: the last year of its period).
    pub year: i64,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub review_period: Option<Period>,
    /// Set when the round this result belongs to (a periodic review's default period, a
    /// campaign) closed its filing window before the proposal date (rule book §6.1, §6.2):
    /// the outcome is kept, but the award cannot be proposed now and is shown apart.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub closed_round: Option<ClosedRound>,
    pub outcome: Outcome,
    pub findings: Vec<Finding>,
    pub gaps: Vec<Gap>,
    pub notes: Vec<Note>,
}

/// A round whose filing window has closed: its deadline and the sentence users read
/// ("Đợt xét đã kết thúc (hạn nộp 10/03/2023)").
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize))]
pub struct ClosedRound {
    #[cfg_attr(not(target_arch = "wasm32"), serde(with = "crate::rules::date::iso_serde"))]
    pub deadline: NaiveDate,
    pub text: Text,
}

impl Determination {
    /// Whether this award can be proposed now: eligible (so encoded and in force) and
    /// not in a round whose filing window has closed. The one definition the results
    /// view, the summary, the unit view and the bonus total use.
    pub fn can_propose_now(&self) -> bool {
        self.outcome == Outcome::Eligible && self.closed_round.is_none()
    }
}

/// The evaluation of one profile.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize))]
pub struct Evaluation {
    pub name: String,
    pub subject: Subject,
    #[cfg_attr(not(target_arch = "wasm32"), serde(with = "crate::rules::date::iso_serde"))]
    pub proposal_date: NaiveDate,
    pub evaluation_year: i64,
    /// The rule-set version chosen by the proposal date, if any covers it (an id for
    /// files and programs; people read `legal_basis`).
    pub rule_set: Option<Str>,
    /// The texts of that rule set in words ("Luật Thi đua, khen thưởng … Nghị định 152/2025/NĐ-CP").
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub legal_basis: Option<Text>,
    /// Notices shown with every result (e.g. the 2026 amending law).
    pub notices: Vec<Note>,
    /// Conflicts found in the input and how they were resolved.
    pub warnings: Vec<Text>,
    pub determinations: Vec<Determination>,
}

impl Evaluation {
    pub fn determination(&self, award: &str) -> Option<&Determination> {
        self.determinations.iter().find(|d| d.award == award)
    }

    /// What can be proposed now (`Determination::can_propose_now`), in result order.
    pub fn proposable(&self) -> impl Iterator<Item = &Determination> + '_ {
        self.determinations.iter().filter(|d| d.can_propose_now())
    }

    /// Results of rounds whose filing window has closed, shown apart (rule book §6.1).
    pub fn closed_rounds(&self) -> impl Iterator<Item = &Determination> + '_ {
        self.determinations.iter().filter(|d| d.closed_round.is_some())
    }
}

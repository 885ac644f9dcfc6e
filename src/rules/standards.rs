//! The award standards as data: the vocabulary of criterion kinds (a small closed set)
//! and the statics compiled from the reviewable JSON files under `standards/`.
//!
//! `build.rs` reads the JSON (one file per award, with dated versions) and writes these
//! types as Rust statics, so the browser carries no JSON parser for them; a malformed
//! file, an unknown key or an impossible date fails the build with the file and path.
//!
//! Invariants (checked by `tests/input_and_data.rs`): every criterion has a citation and
//! a text in both languages; each award's dated versions neither overlap nor leave a
//! gap; the rule sets cover every date from 2024-01-01; every award id named by a
//! criterion exists.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::directory::{CalendarItemDef, Cluster, Ended, Merger, Recurring, UnitsFile};
use super::facts::{Period, Rating, Scope, Subject};
use super::text::StaticText;

/// A date in the generated statics (checked by `build.rs`, so never impossible).
const fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(d) => d,
        None => panic!("impossible date in standards (build.rs checks them)"),
    }
}

include!(concat!(env!("OUT_DIR"), "/standards_data.rs"));

/// A dated rule-set version (rule book §1).
#[derive(Clone, Debug)]
pub struct RuleSet {
    pub id: &'static str,
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
    pub texts: StaticText,
}

/// How an award is presented and filed: a title (danh hiệu thi đua) or a form of
/// commendation (hình thức khen thưởng).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AwardKind {
    DanhHieu,
    HinhThuc,
}

/// Presentation group of the results.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    DanhHieuCaNhan,
    HinhThucCaNhan,
    DanhHieuTapThe,
    HinhThucTapThe,
    ChuongTrinhTinh,
}

#[derive(Clone, Debug)]
pub struct Award {
    pub id: &'static str,
    pub name: StaticText,
    pub subject: Subject,
    pub kind: AwardKind,
    pub group: Group,
    pub bonus: Option<Bonus>,
    pub versions: &'static [Version],
}

/// Bonus as a multiple of the base salary (rule book §7).
#[derive(Clone, Debug)]
pub struct Bonus {
    pub multiple: f64,
    pub cite: &'static str,
}

/// One dated version of an award's standard. Dates are inclusive.
#[derive(Clone, Debug)]
pub struct Version {
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
    pub criteria: &'static [Criterion],
    /// Set when the standard is not encoded: why, and where to look.
    pub manual_review: Option<Cited>,
    /// Ambiguity decisions of the rule book applied by this version.
    pub notes: &'static [Cited],
    /// Steps no checker can decide (votes, selection, quotas).
    pub procedural: &'static [Cited],
    /// Periodic reviews: the default review period (the user may choose another).
    pub review_period: Option<Period>,
    /// A periodic review or campaign: the filing window of its round (rule book §6.1,
    /// §6.2). After `to` the round is closed: results keep their outcome but are shown apart.
    pub filing_window: Option<FilingWindow>,
    /// An award whose result for Y is shown beside this one as supporting evidence, not
    /// as a criterion (Cờ thi đua tỉnh for Cờ thi đua Chính phủ, rule book §5).
    pub supporting_title: Option<&'static str>,
    /// A note shown when at least one member is disciplined at cảnh cáo or heavier in Y
    /// (TTLĐXS: Điều 27 sets no such condition, rule book §5).
    pub member_discipline_note: Option<Cited>,
}

/// The dates within which a round's dossiers are filed (inclusive), with the document
/// that sets them.
#[derive(Clone, Copy, Debug)]
pub struct FilingWindow {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub cite: &'static str,
}

#[derive(Clone, Debug)]
pub struct Cited {
    pub text: StaticText,
    pub cite: &'static str,
}

/// One criterion: an id in the statute's numbering, its citation, its plain-language
/// text and the check the evaluator runs.
#[derive(Clone, Debug)]
pub struct Criterion {
    pub id: &'static str,
    pub cite: &'static str,
    pub text: StaticText,
    pub check: Check,
}

/// A route of an `any_of` criterion: all its criteria must hold.
#[derive(Clone, Debug)]
pub struct Route {
    pub id: &'static str,
    pub text: StaticText,
    pub criteria: &'static [Criterion],
}

/// A test applied to one year (inside streaks, runs and review periods).
#[derive(Clone, Debug, PartialEq)]
pub enum YearTest {
    /// The own (government) rating is at least this.
    Rating(Rating),
    /// Government rating at least this and, where the collective is also rated as a
    /// party organisation, the party rating too (rule book §6.1).
    RatingWithParty(Rating),
    /// The title was held that year (received `cong_trang`, or found eligible for Y itself).
    Title(&'static str),
}

/// Member counts a collective criterion can read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemberField {
    AtLeastHt,
    LaoDongTienTien,
    ChienSiThiDuaCoSo,
    DisciplinedCanhCaoOrHeavier,
}

/// The closed set of criterion kinds. Y is the evaluation year. In the files a check is
/// written `"check": {"rating": {"min": "htt"}}`: the kind is the one key (snake_case of
/// the variant), its fields are the variant's; `build.rs` reads each kind.
#[derive(Clone, Debug)]
pub enum Check {
    /// Own rating in Y is at least `min`. With `party_rating_counts`, a party member's
    /// party rating at least `min` also satisfies it.
    Rating {
        min: Rating,
        party_rating_counts: bool,
    },
    /// A collective's party organisation is rated at least `min` in Y, where it has one.
    PartyOrganisationRating { min: Rating },
    /// A collective's mass organisations (công đoàn, đoàn thanh niên) are rated at least
    /// `min` in Y, where it has any; unknown while "has mass organisations" is unanswered.
    MassOrganisationRating { min: Rating },
    /// Recruited at least `months` months before the end of Y.
    RecruitedBeforeYearEnd { months: u32 },
    /// A yes/no statement the user ticks (see `declarations.json`).
    Declaration { declaration: &'static str },
    /// A yes/no fact the user enters (unknown until entered).
    Fact { fact: &'static str },
    /// The title `award` is held in Y (received, or found eligible now).
    Title { award: &'static str },
    /// `length` consecutive years ending in Y each pass `each`, all after the period of
    /// the latest `cong_trang` award among `restart_after`.
    Streak {
        length: i64,
        each: YearTest,
        restart_after: &'static [&'static str],
    },
    /// At least `min_count` initiatives or research works recognised at `min_scope` or
    /// higher within the `window` years ending in Y (after `restart_after`).
    Achievements {
        min_scope: Scope,
        min_count: usize,
        window: i64,
        require_applied: bool,
        restart_after: &'static [&'static str],
        /// The count is of one kind: `min_count` initiatives or `min_count` research
        /// works; a mix is left to the appraising body (undetermined).
        same_kind: bool,
    },
    /// `count` `cong_trang` awards `award` for consecutive periods, the last ending in Y
    /// (it may be the one found eligible for Y now).
    ConsecutiveAwards { award: &'static str, count: usize },
    /// A previous `cong_trang` award among `awards` after the latest `restart_after`;
    /// its period's end starts the run of the following criteria.
    PriorAward {
        awards: &'static [&'static str],
        restart_after: &'static [&'static str],
    },
    /// An unbroken run of at least `min_years` years rated at least `min`, ending in Y,
    /// after the prior award's period.
    Run { min_years: i64, min: Rating },
    /// Inside that run, at least `min_count` years pass `each`.
    CountInRun { each: YearTest, min_count: usize },
    /// Every year of the review period is rated at least `min`.
    PeriodAll { min: Rating },
    /// At least `min_count` years of the review period pass `each`.
    PeriodCount { each: YearTest, min_count: usize },
    /// A collective: at least `percent` % of members have `field` in Y.
    MembersShare { field: MemberField, percent: u32 },
    /// A collective: at least `min` members have `field` in Y.
    MembersAtLeast { field: MemberField, min: i64 },
    /// A collective: at most `max` members have `field` in Y.
    MembersAtMost { field: MemberField, max: i64 },
    /// A collective: every member has `field` in Y.
    MembersAll { field: MemberField },
    /// One of the routes holds.
    AnyOf { routes: &'static [Route] },
}

/// A declaration users tick. `route` declarations open an alternative route on their own;
/// the others are conduct declarations every route needs (rule book §2).
#[derive(Clone, Debug)]
pub struct Declaration {
    pub id: &'static str,
    pub route: bool,
    pub text: StaticText,
    pub explain: StaticText,
}

/// A yes/no fact named by a `fact` criterion.
#[derive(Clone, Debug)]
pub struct FactDef {
    pub id: &'static str,
    pub text: StaticText,
}

/// Awards a user may enter as received that the checker does not evaluate.
#[derive(Clone, Debug)]
pub struct OtherAward {
    pub id: &'static str,
    pub name: StaticText,
    pub kind: AwardKind,
    pub subject: Subject,
}

/// Constants used in every evaluation (rule book §1 and §7).
#[derive(Clone, Debug)]
pub struct General {
    /// Nothing before this date is evaluated.
    pub evaluated_from: NaiveDate,
    pub amendment_notice_from: NaiveDate,
    pub amendment_notice: Cited,
    pub base_salary: &'static [BaseSalary],
}

#[derive(Clone, Debug)]
pub struct BaseSalary {
    pub from: NaiveDate,
    pub amount: u64,
    pub cite: &'static str,
}

/// Everything under `standards/` except the unit directory and calendar (`directory`).
#[derive(Debug)]
pub struct Standards {
    pub general: General,
    pub rule_sets: &'static [RuleSet],
    pub awards: &'static [Award],
    pub declarations: &'static [Declaration],
    pub facts: &'static [FactDef],
    pub other_awards: &'static [OtherAward],
}

impl Standards {
    /// The standards compiled into this build (see `build.rs`).
    pub fn get() -> &'static Standards {
        &STANDARDS
    }

    /// The id as these statics hold it (an award or another award known to them).
    pub fn static_id(&self, id: &str) -> Option<&'static str> {
        match self.award(id) {
            Some(a) => Some(a.id),
            None => self.other_awards.iter().find(|a| a.id == id).map(|a| a.id),
        }
    }

    pub fn award(&self, id: &str) -> Option<&Award> {
        // The engine asks with ids taken from these same statics: natively the address
        // answers first (identical literals share one), the text when it does not. The
        // browser keeps one loop (smaller code).
        #[cfg(not(target_arch = "wasm32"))]
        if let Some(a) = self.awards.iter().find(|a| std::ptr::eq(a.id, id)) {
            return Some(a);
        }
        self.awards.iter().find(|a| a.id == id)
    }

    pub fn declaration(&self, id: &str) -> Option<&Declaration> {
        self.declarations.iter().find(|d| d.id == id)
    }

    /// Whether `id` names an award a user may enter as received.
    pub fn knows_award(&self, id: &str) -> bool {
        self.award(id).is_some() || self.other_awards.iter().any(|a| a.id == id)
    }

    /// Name and kind of any known award id.
    pub fn award_label(&self, id: &str) -> Option<(StaticText, AwardKind)> {
        self.award(id).map(|a| (a.name, a.kind)).or_else(|| {
            self.other_awards
                .iter()
                .find(|a| a.id == id)
                .map(|a| (a.name, a.kind))
        })
    }

    pub fn rule_set_for(&self, date: NaiveDate) -> Option<&RuleSet> {
        self.rule_sets
            .iter()
            .find(|r| r.from <= date && r.to.is_none_or(|to| date <= to))
    }

    pub fn base_salary_at(&self, date: NaiveDate) -> Option<&BaseSalary> {
        self.general
            .base_salary
            .iter()
            .filter(|b| b.from <= date)
            .max_by_key(|b| b.from)
    }
}

impl Award {
    pub fn version_for(&self, date: NaiveDate) -> Option<&Version> {
        self.versions
            .iter()
            .find(|v| v.from <= date && v.to.is_none_or(|to| date <= to))
    }
}

impl Criterion {
    /// This criterion and all criteria nested in its routes, depth first.
    pub fn walk<'a>(&'a self, out: &mut Vec<&'a Criterion>) {
        out.push(self);
        if let Check::AnyOf { routes } = &self.check {
            for r in *routes {
                for c in r.criteria {
                    c.walk(out);
                }
            }
        }
    }
}

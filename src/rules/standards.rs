//! The award standards as data: the vocabulary of criterion kinds (a small closed set)
//! and the loader for the reviewable JSON files under `standards/`.
//!
//! Invariants (checked by `tests/standards_data.rs`): every file parses; every criterion
//! has a citation and a text in both languages; each award's dated versions neither
//! overlap nor leave a gap; the rule sets cover every date from 2024-01-01; every award
//! id named by a criterion exists.

use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::facts::{Period, Rating, Scope, Subject};
use super::text::Text;

/// A dated rule-set version (rule book §1).
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct RuleSet {
    pub id: String,
    #[serde(with = "crate::rules::date::iso_serde")]
    pub from: NaiveDate,
    #[serde(default, with = "crate::rules::date::iso_serde_opt")]
    pub to: Option<NaiveDate>,
    pub texts: Text,
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

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Award {
    pub id: String,
    pub name: Text,
    pub subject: Subject,
    pub kind: AwardKind,
    pub group: Group,
    #[serde(default)]
    pub bonus: Option<Bonus>,
    pub versions: Vec<Version>,
}

/// Bonus as a multiple of the base salary (rule book §7).
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Bonus {
    pub multiple: f64,
    pub cite: String,
}

/// One dated version of an award's standard. Dates are inclusive.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Version {
    #[serde(with = "crate::rules::date::iso_serde")]
    pub from: NaiveDate,
    #[serde(default, with = "crate::rules::date::iso_serde_opt")]
    pub to: Option<NaiveDate>,
    #[serde(default)]
    pub criteria: Vec<Criterion>,
    /// Set when the standard is not encoded: why, and where to look.
    #[serde(default)]
    pub manual_review: Option<Cited>,
    /// Ambiguity decisions of the rule book applied by this version.
    #[serde(default)]
    pub notes: Vec<Cited>,
    /// Steps no checker can decide (votes, selection, quotas).
    #[serde(default)]
    pub procedural: Vec<Cited>,
    /// Periodic reviews: the default review period (the user may choose another).
    #[serde(default)]
    pub review_period: Option<Period>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Cited {
    pub text: Text,
    pub cite: String,
}

/// One criterion: an id in the statute's numbering, its citation, its plain-language
/// text and the check the evaluator runs.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Criterion {
    pub id: String,
    pub cite: String,
    pub text: Text,
    pub check: Check,
}

/// A route of an `any_of` criterion: all its criteria must hold.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Route {
    pub id: String,
    pub text: Text,
    pub criteria: Vec<Criterion>,
}

/// A test applied to one year (inside streaks, runs and review periods).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum YearTest {
    /// The own (government) rating is at least this.
    Rating(Rating),
    /// Government rating at least this and, where the collective is also rated as a
    /// party organisation, the party rating too (rule book §6.1).
    RatingWithParty(Rating),
    /// The title was held that year (received `cong_trang`, or found eligible for Y itself).
    Title(String),
}

/// Member counts a collective criterion can read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MemberField {
    AtLeastHt,
    LaoDongTienTien,
    ChienSiThiDuaCoSo,
    DisciplinedCanhCaoOrHeavier,
}

/// The closed set of criterion kinds. Y is the evaluation year. In the files a check is
/// written `"check": {"rating": {"min": "htt"}}` (externally tagged: an internally tagged,
/// flattened enum made serde buffer every criterion and cost 37 KB of wasm).
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    /// Own rating in Y is at least `min`. With `party_rating_counts`, a party member's
    /// party rating at least `min` also satisfies it.
    Rating {
        min: Rating,
        #[serde(default)]
        party_rating_counts: bool,
    },
    /// A collective's party organisation is rated at least `min` in Y, where it has one.
    PartyOrganisationRating { min: Rating },
    /// Recruited at least `months` months before the end of Y.
    RecruitedBeforeYearEnd { months: u32 },
    /// No pending discipline, investigation, inspection or complaint.
    NoPendingProceedings,
    /// A yes/no statement the user ticks (see `declarations.json`).
    Declaration { declaration: String },
    /// A yes/no fact the user enters (unknown until entered).
    Fact { fact: String },
    /// The title `award` is held in Y (received, or found eligible now).
    Title { award: String },
    /// `length` consecutive years ending in Y each pass `each`, all after the period of
    /// the latest `cong_trang` award among `restart_after`.
    Streak {
        length: i64,
        each: YearTest,
        #[serde(default)]
        restart_after: Vec<String>,
    },
    /// At least `min_count` initiatives or research works recognised at `min_scope` or
    /// higher within the `window` years ending in Y (after `restart_after`).
    Achievements {
        min_scope: Scope,
        min_count: usize,
        window: i64,
        #[serde(default)]
        require_applied: bool,
        #[serde(default)]
        restart_after: Vec<String>,
    },
    /// `count` `cong_trang` awards `award` for consecutive periods, the last ending in Y
    /// (it may be the one found eligible for Y now).
    ConsecutiveAwards { award: String, count: usize },
    /// A previous `cong_trang` award among `awards` after the latest `restart_after`;
    /// its period's end starts the run of the following criteria.
    PriorAward {
        awards: Vec<String>,
        #[serde(default)]
        restart_after: Vec<String>,
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
    AnyOf { routes: Vec<Route> },
}

/// A declaration users tick. `route` declarations open an alternative route on their own;
/// the others are conduct declarations every route needs (rule book §2).
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Declaration {
    pub id: String,
    #[serde(default)]
    pub route: bool,
    pub text: Text,
    pub explain: Text,
}

/// A yes/no fact named by a `fact` criterion.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct FactDef {
    pub id: String,
    pub text: Text,
}

/// Awards a user may enter as received that the checker does not evaluate.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct OtherAward {
    pub id: String,
    pub name: Text,
    pub kind: AwardKind,
    pub subject: Subject,
}

/// Constants used in every evaluation (rule book §1 and §7).
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct General {
    /// Nothing before this date is evaluated.
    #[serde(with = "crate::rules::date::iso_serde")]
    pub evaluated_from: NaiveDate,
    #[serde(with = "crate::rules::date::iso_serde")]
    pub amendment_notice_from: NaiveDate,
    pub amendment_notice: Cited,
    pub base_salary: Vec<BaseSalary>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct BaseSalary {
    #[serde(with = "crate::rules::date::iso_serde")]
    pub from: NaiveDate,
    pub amount: u64,
    pub cite: String,
}

/// Everything under `standards/`, parsed once.
#[derive(Clone, Debug)]
pub struct Standards {
    pub general: General,
    pub rule_sets: Vec<RuleSet>,
    pub awards: Vec<Award>,
    pub declarations: Vec<Declaration>,
    pub facts: Vec<FactDef>,
    pub other_awards: Vec<OtherAward>,
}

/// The award files, one per award, in presentation order.
pub const AWARD_FILES: &[(&str, &str)] = &[
    (
        "lao_dong_tien_tien",
        include_str!("../../standards/awards/lao_dong_tien_tien.json"),
    ),
    (
        "chien_si_thi_dua_co_so",
        include_str!("../../standards/awards/chien_si_thi_dua_co_so.json"),
    ),
    (
        "chien_si_thi_dua_cap_tinh",
        include_str!("../../standards/awards/chien_si_thi_dua_cap_tinh.json"),
    ),
    (
        "chien_si_thi_dua_toan_quoc",
        include_str!("../../standards/awards/chien_si_thi_dua_toan_quoc.json"),
    ),
    (
        "giay_khen",
        include_str!("../../standards/awards/giay_khen.json"),
    ),
    (
        "bang_khen_chu_tich_ubnd_tinh",
        include_str!("../../standards/awards/bang_khen_chu_tich_ubnd_tinh.json"),
    ),
    (
        "bang_khen_thu_tuong",
        include_str!("../../standards/awards/bang_khen_thu_tuong.json"),
    ),
    (
        "huan_chuong_lao_dong_hang_ba",
        include_str!("../../standards/awards/huan_chuong_lao_dong_hang_ba.json"),
    ),
    (
        "huan_chuong_lao_dong_hang_nhi",
        include_str!("../../standards/awards/huan_chuong_lao_dong_hang_nhi.json"),
    ),
    (
        "huan_chuong_lao_dong_hang_nhat",
        include_str!("../../standards/awards/huan_chuong_lao_dong_hang_nhat.json"),
    ),
    (
        "tap_the_lao_dong_tien_tien",
        include_str!("../../standards/awards/tap_the_lao_dong_tien_tien.json"),
    ),
    (
        "tap_the_lao_dong_xuat_sac",
        include_str!("../../standards/awards/tap_the_lao_dong_xuat_sac.json"),
    ),
    (
        "co_thi_dua_cap_tinh",
        include_str!("../../standards/awards/co_thi_dua_cap_tinh.json"),
    ),
    (
        "co_thi_dua_chinh_phu",
        include_str!("../../standards/awards/co_thi_dua_chinh_phu.json"),
    ),
    (
        "giay_khen_tap_the",
        include_str!("../../standards/awards/giay_khen_tap_the.json"),
    ),
    (
        "bang_khen_chu_tich_ubnd_tinh_tap_the",
        include_str!("../../standards/awards/bang_khen_chu_tich_ubnd_tinh_tap_the.json"),
    ),
    (
        "bang_khen_thu_tuong_tap_the",
        include_str!("../../standards/awards/bang_khen_thu_tuong_tap_the.json"),
    ),
    (
        "huan_chuong_lao_dong_tap_the",
        include_str!("../../standards/awards/huan_chuong_lao_dong_tap_the.json"),
    ),
    (
        "hcm_hang_nam_ca_nhan",
        include_str!("../../standards/awards/hcm_hang_nam_ca_nhan.json"),
    ),
    (
        "hcm_hang_nam_tap_the",
        include_str!("../../standards/awards/hcm_hang_nam_tap_the.json"),
    ),
    (
        "hcm_so_ket_3_nam",
        include_str!("../../standards/awards/hcm_so_ket_3_nam.json"),
    ),
    (
        "hcm_so_ket_5_nam",
        include_str!("../../standards/awards/hcm_so_ket_5_nam.json"),
    ),
    (
        "hcm_tong_ket_10_nam",
        include_str!("../../standards/awards/hcm_tong_ket_10_nam.json"),
    ),
    (
        "hcm_so_ket_3_nam_tap_the",
        include_str!("../../standards/awards/hcm_so_ket_3_nam_tap_the.json"),
    ),
    (
        "hcm_so_ket_5_nam_tap_the",
        include_str!("../../standards/awards/hcm_so_ket_5_nam_tap_the.json"),
    ),
    (
        "hcm_tong_ket_10_nam_tap_the",
        include_str!("../../standards/awards/hcm_tong_ket_10_nam_tap_the.json"),
    ),
    (
        "thi_dua_dac_biet_2025_giay_khen_ca_nhan",
        include_str!("../../standards/awards/thi_dua_dac_biet_2025_giay_khen_ca_nhan.json"),
    ),
    (
        "thi_dua_dac_biet_2025_giay_khen_tap_the",
        include_str!("../../standards/awards/thi_dua_dac_biet_2025_giay_khen_tap_the.json"),
    ),
    (
        "thi_dua_dac_biet_2025_bang_khen_tinh",
        include_str!("../../standards/awards/thi_dua_dac_biet_2025_bang_khen_tinh.json"),
    ),
    (
        "cong_dan_lang_son_uu_tu",
        include_str!("../../standards/awards/cong_dan_lang_son_uu_tu.json"),
    ),
    (
        "ky_niem_chuong_lang_son",
        include_str!("../../standards/awards/ky_niem_chuong_lang_son.json"),
    ),
    (
        "doanh_nhan_doanh_nghiep_tieu_bieu",
        include_str!("../../standards/awards/doanh_nhan_doanh_nghiep_tieu_bieu.json"),
    ),
];

pub const GENERAL_FILE: &str = include_str!("../../standards/general.json");
pub const RULE_SETS_FILE: &str = include_str!("../../standards/rule_sets.json");
pub const DECLARATIONS_FILE: &str = include_str!("../../standards/declarations.json");
pub const FACTS_FILE: &str = include_str!("../../standards/facts.json");
pub const OTHER_AWARDS_FILE: &str = include_str!("../../standards/other_awards.json");

impl Standards {
    /// Parses the embedded files; an error names the file.
    pub fn parse() -> Result<Standards, String> {
        fn parse<T: serde::de::DeserializeOwned>(name: &str, text: &str) -> Result<T, String> {
            serde_json::from_str(text).map_err(|e| format!("standards/{name}: {e}"))
        }
        let mut awards = Vec::with_capacity(AWARD_FILES.len());
        for (name, text) in AWARD_FILES {
            let award: Award = parse(&format!("awards/{name}.json"), text)?;
            if award.id != *name {
                return Err(format!("standards/awards/{name}.json: id is {}", award.id));
            }
            awards.push(award);
        }
        Ok(Standards {
            general: parse("general.json", GENERAL_FILE)?,
            rule_sets: parse("rule_sets.json", RULE_SETS_FILE)?,
            awards,
            declarations: parse("declarations.json", DECLARATIONS_FILE)?,
            facts: parse("facts.json", FACTS_FILE)?,
            other_awards: parse("other_awards.json", OTHER_AWARDS_FILE)?,
        })
    }

    /// The embedded standards, parsed on first use. The files are part of the build and
    /// tested, so a parse failure is a build defect.
    pub fn get() -> &'static Standards {
        static STANDARDS: OnceLock<Standards> = OnceLock::new();
        STANDARDS.get_or_init(|| Standards::parse().expect("embedded standards parse (tested)"))
    }

    pub fn award(&self, id: &str) -> Option<&Award> {
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
    pub fn award_label(&self, id: &str) -> Option<(&Text, AwardKind)> {
        self.award(id).map(|a| (&a.name, a.kind)).or_else(|| {
            self.other_awards
                .iter()
                .find(|a| a.id == id)
                .map(|a| (&a.name, a.kind))
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
            for r in routes {
                for c in &r.criteria {
                    c.walk(out);
                }
            }
        }
    }
}

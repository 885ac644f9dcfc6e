//! The facts a user declares (rule book §2), in the versioned JSON profile format.
//!
//! This is the one format the app saves and loads and the command line evaluates.
//! It is deliberately loose where a user can type something impossible (dates and
//! year labels are strings, counts are signed): `validate` turns a `Profile` into
//! checked `Facts` and names the field of every problem, so nothing impossible is
//! evaluated silently. Ordered things (ratings, scopes, discipline levels) are
//! ordered enums, never compared as strings.

use super::map::Map;

#[cfg(not(target_arch = "wasm32"))]
use serde::{Deserialize, Serialize};

/// The profile format version this build reads and writes.
pub const SCHEMA_VERSION: u32 = 2;

/// The oldest format version this build still reads (migrated on load by `migrate`).
pub const OLDEST_SCHEMA_VERSION: u32 = 1;

/// Brings a profile read in an older format version up to `SCHEMA_VERSION`. Version 2
/// only added optional facts (rule book version 2), so a version-1 profile means the
/// same with every new fact unanswered; members are migrated with their collective.
pub fn migrate(p: &mut Profile) {
    if (OLDEST_SCHEMA_VERSION..SCHEMA_VERSION).contains(&p.schema_version) {
        p.schema_version = SCHEMA_VERSION;
    }
    p.members.iter_mut().for_each(migrate);
}

/// Performance rating (đánh giá, xếp loại chất lượng), lowest first so that `>=` reads as "at least".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "lowercase"))]
pub enum Rating {
    /// Không hoàn thành nhiệm vụ
    Kht,
    /// Hoàn thành nhiệm vụ
    Ht,
    /// Hoàn thành tốt nhiệm vụ
    Htt,
    /// Hoàn thành xuất sắc nhiệm vụ
    Htxs,
}

impl Rating {
    pub const ALL: [Rating; 4] = [Rating::Htxs, Rating::Htt, Rating::Ht, Rating::Kht];

    /// Short Vietnamese abbreviation used in both languages (HTXSNV, HTTNV…).
    /// "từ HTTNV trở lên", or "HTXSNV" (nothing is above it): a minimum rating in words.
    pub fn at_least_vi(self) -> &'static str {
        match self {
            Rating::Htxs => "HTXSNV",
            Rating::Htt => "từ HTTNV trở lên",
            Rating::Ht => "từ HTNV trở lên",
            Rating::Kht => "từ KHTNV trở lên",
        }
    }

    pub fn abbr(self) -> &'static str {
        match self {
            Rating::Kht => "KHTNV",
            Rating::Ht => "HTNV",
            Rating::Htt => "HTTNV",
            Rating::Htxs => "HTXSNV",
        }
    }
}

/// Scope at which an initiative or research was recognised, smallest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "snake_case"))]
pub enum Scope {
    /// cấp cơ sở
    CoSo,
    /// bộ, ban, ngành, tỉnh
    Tinh,
    /// toàn quốc
    ToanQuoc,
}

impl Scope {
    pub fn label_vi(self) -> &'static str {
        match self {
            Scope::CoSo => "cấp cơ sở",
            Scope::Tinh => "cấp tỉnh",
            Scope::ToanQuoc => "cấp toàn quốc",
        }
    }
    pub fn label_en(self) -> &'static str {
        match self {
            Scope::CoSo => "unit level",
            Scope::Tinh => "provincial level",
            Scope::ToanQuoc => "national level",
        }
    }
}

/// Discipline levels, lightest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "snake_case"))]
pub enum DisciplineLevel {
    KhienTrach,
    CanhCao,
    HaBacLuong,
    GiangChuc,
    CachChuc,
    BuocThoiViec,
}

/// What was achieved: an initiative or a research work (đề tài, đề án, công trình KH&CN).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "snake_case"))]
pub enum AchievementKind {
    SangKien,
    DeTai,
}

/// Only `cong_trang` awards count as prerequisites (NĐ 98/2023 and NĐ 152/2025, Điều 4 k3).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "snake_case"))]
pub enum AwardType {
    #[default]
    CongTrang,
    DotXuat,
    ChuyenDe,
}

/// Individual or collective.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "snake_case"))]
pub enum Subject {
    #[default]
    Individual,
    Collective,
}

/// cán bộ / công chức / viên chức / người lao động
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "snake_case"))]
pub enum PersonKind {
    CanBo,
    CongChuc,
    VienChuc,
    NguoiLaoDong,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "snake_case"))]
pub enum Gender {
    Nam,
    Nu,
}

/// A profile: one person or one collective, as saved, loaded and evaluated.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Profile {
    pub schema_version: u32,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub subject: Subject,
    /// ISO date `YYYY-MM-DD`; chooses the rule-set version. Empty: today (given by the caller).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub proposal_date: Option<String>,
    /// The year evaluated. Empty: the latest year entered.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub evaluation_year: Option<i64>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub person: Option<Person>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub unit: Option<Unit>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub years: Vec<YearRow>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub achievements: Vec<Achievement>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub awards_received: Vec<AwardReceived>,
    /// Declaration id → ticked. Absent means "not answered" (unknown), never "no".
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub declarations: Map<bool>,
    /// Pending discipline, investigation, inspection or complaint at the proposal date.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub pending_proceedings: Option<bool>,
    /// Other yes/no facts named by a criterion (e.g. the 2025 campaign's "100 % of tasks").
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Map::is_empty"))]
    pub facts: Map<bool>,
    /// Review id → the period the user chose instead of the rule book's default.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Map::is_empty"))]
    pub review_periods: Map<Period>,
    /// Collective only: members given one by one (their counts are derived per year).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Vec::is_empty"))]
    pub members: Vec<Profile>,
}

impl Profile {
    /// A copy without `members`: a unit of a thousand candidates is evaluated as a
    /// collective many times while its candidates' results come in, and copying every
    /// candidate each time was waste. Destructured, so a new field cannot be forgotten.
    pub fn without_members(&self) -> Profile {
        let Profile {
            schema_version,
            subject,
            proposal_date,
            evaluation_year,
            person,
            unit,
            years,
            achievements,
            awards_received,
            declarations,
            pending_proceedings,
            facts,
            review_periods,
            members: _,
        } = self;
        Profile {
            schema_version: *schema_version,
            subject: *subject,
            proposal_date: proposal_date.clone(),
            evaluation_year: *evaluation_year,
            person: person.clone(),
            unit: unit.clone(),
            years: years.clone(),
            achievements: achievements.clone(),
            awards_received: awards_received.clone(),
            declarations: declarations.clone(),
            pending_proceedings: *pending_proceedings,
            facts: facts.clone(),
            review_periods: review_periods.clone(),
            members: Vec::new(),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Person {
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub full_name: String,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub unit: String,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub position: String,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub kind: Option<PersonKind>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub party_member: Option<bool>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub gender: Option<Gender>,
    /// ISO date of recruitment (format version 1; still read).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub recruitment_date: Option<String>,
    /// ISO date the person began working continuously at the unit, labour-contract time
    /// before recruitment included (rule book §2). Empty: the recruitment date.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub continuous_work_from: Option<String>,
    /// ISO date of birth, printed in the achievement report when entered.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub birth_date: Option<String>,
    /// The duties (chức năng, nhiệm vụ được giao) as typed, for the achievement report.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "String::is_empty"))]
    pub duties: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Unit {
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub name: String,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub parent: String,
    /// Whether the unit is also rated as a party organisation (chi bộ / đảng bộ).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub has_party_organisation: Option<bool>,
    /// Whether the unit has mass organisations (công đoàn, đoàn thanh niên). Empty: unknown.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub has_mass_organisations: Option<bool>,
}

/// One evaluation year. The label is `2025` or, for education units, `2025-2026`.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct YearRow {
    pub year: String,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub rating: Option<Rating>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub party_rating: Option<Rating>,
    /// Collective only: the lowest rating of its mass organisations that year.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub mass_organisation_rating: Option<Rating>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub discipline: Option<Discipline>,
    /// Collective only: member counts for this year.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub members: Option<MemberCounts>,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Discipline {
    pub level: DisciplineLevel,
    /// Whether it relates to the performance of duties. Empty: unknown.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub duty_related: Option<bool>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub from: Option<String>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub to: Option<String>,
}

/// Member counts of a collective for one year. Signed so that a negative entry can be
/// reported by name instead of failing to parse.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct MemberCounts {
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub total: Option<i64>,
    /// Members rated at least `ht`.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub at_least_ht: Option<i64>,
    /// Members rated `htxs` (for the 20 % / 25 % review warning).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub htxs: Option<i64>,
    /// Members rated `htt` (for the 20 % / 25 % review warning).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub htt: Option<i64>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub lao_dong_tien_tien: Option<i64>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub chien_si_thi_dua_co_so: Option<i64>,
    /// Members disciplined at cảnh cáo or heavier in the year.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub disciplined_canh_cao_or_heavier: Option<i64>,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Achievement {
    /// Empty while a new row is not filled in (issue 12: new rows start empty).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub kind: Option<AchievementKind>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub title: String,
    /// Year recognised (a year label as in `years`).
    pub year: String,
    /// Empty while a new row is not filled in.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub scope: Option<Scope>,
    /// Applied effectively. Empty: unknown.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub applied: Option<bool>,
    /// The award it was already used for, if any (rule book §2a.4). Empty: not used.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub used_for: Option<UsedFor>,
}

/// The award an initiative or research work was the basis of.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct UsedFor {
    /// An award id of the catalogue.
    pub award: String,
    /// The year (label) of that award's achievement period, or of its decision.
    pub year: String,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct AwardReceived {
    /// An award id of the catalogue (`standards/`).
    pub award: String,
    /// The achievement period the award was for (first and last year, inclusive).
    /// Empty when the decision names none: the decision date then stands for it
    /// (rule book §2a.6).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub period: Option<Period>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, rename = "type"))]
    pub award_type: AwardType,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub decision_number: String,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default, skip_serializing_if = "Option::is_none"))]
    pub decision_date: Option<String>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub authority: String,
}

impl AwardReceived {
    /// The achievement period as written: `2024`, `2023–2024`, or empty when the decision
    /// names none.
    pub fn period_text(&self) -> String {
        match self.period {
            Some(p) if p.from == p.to => p.to.to_string(),
            Some(p) => format!("{}–{}", p.from, p.to),
            None => String::new(),
        }
    }

    /// Sets the first (`to == false`) or last year of the period from what was typed; an
    /// empty field on both ends leaves no period (the decision date then stands for it).
    pub fn set_period_end(&mut self, to: bool, typed: &str) {
        let typed = typed.trim();
        let old = self.period;
        let y: Option<i64> = typed.parse().ok();
        self.period = match (old, y) {
            (_, None) if typed.is_empty() => match old {
                Some(p) if !to && p.to != p.from => Some(Period { from: p.to, to: p.to }),
                Some(p) if to && p.to != p.from => Some(Period { from: p.from, to: p.from }),
                _ => None,
            },
            (old, None) => old,
            (None, Some(y)) => Some(Period { from: y, to: y }),
            (Some(p), Some(y)) if to => Some(Period { from: p.from, to: y }),
            (Some(p), Some(y)) => Some(Period { from: y, to: p.to }),
        };
    }
}

/// A closed range of years, inclusive on both ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Period {
    pub from: i64,
    pub to: i64,
}

impl Period {
    pub fn contains(&self, y: i64) -> bool {
        self.from <= y && y <= self.to
    }
}

/// Parses a year label: `2025` → 2025, `2025-2026` → 2025 (a school year is keyed by
/// the year it starts, so consecutive school years have consecutive keys).
pub fn year_key(label: &str) -> Option<i64> {
    let label = label.trim();
    let parse4 = |s: &str| -> Option<i64> {
        (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    if let Some(y) = parse4(label) {
        return Some(y);
    }
    let (a, b) = label.split_once('-')?;
    let (a, b) = (parse4(a.trim())?, parse4(b.trim())?);
    (b == a + 1).then_some(a)
}

// Rows a form has added but nobody has filled in yet (issue 12): validation skips them, so
// a new empty row is never an input error and never changes a result. Only what a user
// types or picks counts; the kind and scope of an initiative and the type of an award have
// defaults and are not "filled in" by themselves.
impl YearRow {
    /// Nothing entered in this row.
    pub fn is_blank(&self) -> bool {
        self.year.trim().is_empty()
            && self.rating.is_none()
            && self.party_rating.is_none()
            && self.mass_organisation_rating.is_none()
            && self.discipline.is_none()
            && self.members.is_none()
    }
}

impl Achievement {
    /// Nothing entered in this row yet but, perhaps, its kind and scope (rows saved before
    /// new rows started empty carry a default kind and scope and nothing else).
    pub fn is_blank(&self) -> bool {
        self.title.trim().is_empty()
            && self.year.trim().is_empty()
            && self.applied.is_none()
            && self.used_for.is_none()
    }
}

impl AwardReceived {
    /// Nothing entered in this row but the default type.
    pub fn is_blank(&self) -> bool {
        self.award.is_empty()
            && self.period.is_none()
            && self.decision_number.trim().is_empty()
            && self.decision_date.as_deref().is_none_or(|d| d.trim().is_empty())
            && self.authority.trim().is_empty()
    }
}

/// Natively (the command line, the tests' serde reference) the profile's unit-only enums
/// (ratings, scopes…) are read by one deserializer shared by all of them, not one derived
/// per enum; the browser reads them with `json::code`. It accepts exactly what `#[derive(Deserialize)]` accepts (`"htt"`, or `{"htt": null}`)
/// and fails with the same messages (`unknown variant …, expected one of …`).
#[cfg(not(target_arch = "wasm32"))]
mod unit_enum {
    use serde::de::{self, Deserializer, EnumAccess, VariantAccess, Visitor};
    use std::fmt;

    /// The index in `names` of the variant read.
    pub fn index<'de, D: Deserializer<'de>>(d: D, names: &'static [&'static str]) -> Result<usize, D::Error> {
        d.deserialize_enum("", names, Enum(names))
    }

    struct Enum(&'static [&'static str]);
    struct Name(&'static [&'static str]);

    impl<'de> Visitor<'de> for Enum {
        type Value = usize;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("enum")
        }
        fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<usize, A::Error> {
            let (i, v) = data.variant_seed(Name(self.0))?;
            v.unit_variant()?;
            Ok(i)
        }
    }

    impl<'de> de::DeserializeSeed<'de> for Name {
        type Value = usize;
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
            d.deserialize_identifier(self)
        }
    }

    impl<'de> Visitor<'de> for Name {
        type Value = usize;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("variant identifier")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<usize, E> {
            self.0.iter().position(|n| *n == v).ok_or_else(|| E::unknown_variant(v, self.0))
        }
    }
}

/// A unit-only enum and its codes in files (`"htt"`, `"co_so"`…): the form reads and
/// writes them with this, not through a JSON round trip per enum type (issue 13: size).
pub trait UnitEnum: Copy + PartialEq + 'static {
    const VALUES: &'static [Self];
    const NAMES: &'static [&'static str];
    fn from_code(code: &str) -> Option<Self> {
        Self::NAMES.iter().position(|n| *n == code).map(|i| Self::VALUES[i])
    }
    fn code(self) -> &'static str {
        Self::VALUES.iter().position(|v| *v == self).map_or("", |i| Self::NAMES[i])
    }
}

macro_rules! unit_enum_de {
    ($ty:ident, [$($v:expr),*], [$($n:literal),*]) => {
        impl UnitEnum for $ty {
            const VALUES: &'static [$ty] = &[$($v),*];
            const NAMES: &'static [&'static str] = &[$($n),*];
        }
        #[cfg(not(target_arch = "wasm32"))]
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<$ty, D::Error> {
                Ok(<$ty as UnitEnum>::VALUES[unit_enum::index(d, <$ty as UnitEnum>::NAMES)?])
            }
        }
    };
}

unit_enum_de!(Rating, [Rating::Kht, Rating::Ht, Rating::Htt, Rating::Htxs], ["kht", "ht", "htt", "htxs"]);
unit_enum_de!(Scope, [Scope::CoSo, Scope::Tinh, Scope::ToanQuoc], ["co_so", "tinh", "toan_quoc"]);
unit_enum_de!(DisciplineLevel, [DisciplineLevel::KhienTrach, DisciplineLevel::CanhCao, DisciplineLevel::HaBacLuong, DisciplineLevel::GiangChuc, DisciplineLevel::CachChuc, DisciplineLevel::BuocThoiViec], ["khien_trach", "canh_cao", "ha_bac_luong", "giang_chuc", "cach_chuc", "buoc_thoi_viec"]);
unit_enum_de!(AchievementKind, [AchievementKind::SangKien, AchievementKind::DeTai], ["sang_kien", "de_tai"]);
unit_enum_de!(AwardType, [AwardType::CongTrang, AwardType::DotXuat, AwardType::ChuyenDe], ["cong_trang", "dot_xuat", "chuyen_de"]);
unit_enum_de!(Subject, [Subject::Individual, Subject::Collective], ["individual", "collective"]);
unit_enum_de!(PersonKind, [PersonKind::CanBo, PersonKind::CongChuc, PersonKind::VienChuc, PersonKind::NguoiLaoDong], ["can_bo", "cong_chuc", "vien_chuc", "nguoi_lao_dong"]);
unit_enum_de!(Gender, [Gender::Nam, Gender::Nu], ["nam", "nu"]);

#[cfg(test)]
mod unit_enum_tests {
    use super::*;

    fn back<T: Serialize + for<'de> Deserialize<'de> + PartialEq + std::fmt::Debug>(all: &[T]) {
        for v in all {
            let s = serde_json::to_string(v).unwrap();
            assert_eq!(&serde_json::from_str::<T>(&s).unwrap(), v, "{s}");
        }
    }

    fn codes<T: UnitEnum + Serialize + std::fmt::Debug>() {
        for v in T::VALUES {
            assert_eq!(serde_json::to_string(v).unwrap(), format!("\"{}\"", v.code()));
            assert_eq!(T::from_code(v.code()), Some(*v));
        }
        assert_eq!(T::from_code("khong_co"), None);
    }

    #[test]
    fn the_forms_codes_are_the_codes_files_use() {
        codes::<Rating>();
        codes::<Scope>();
        codes::<DisciplineLevel>();
        codes::<AchievementKind>();
        codes::<AwardType>();
        codes::<Subject>();
        codes::<PersonKind>();
        codes::<Gender>();
    }

    #[test]
    fn every_profile_enum_value_reads_back_what_is_written() {
        back(&Rating::ALL);
        back(&[Scope::CoSo, Scope::Tinh, Scope::ToanQuoc]);
        back(&[
            DisciplineLevel::KhienTrach,
            DisciplineLevel::CanhCao,
            DisciplineLevel::HaBacLuong,
            DisciplineLevel::GiangChuc,
            DisciplineLevel::CachChuc,
            DisciplineLevel::BuocThoiViec,
        ]);
        back(&[AchievementKind::SangKien, AchievementKind::DeTai]);
        back(&[AwardType::CongTrang, AwardType::DotXuat, AwardType::ChuyenDe]);
        back(&[Subject::Individual, Subject::Collective]);
        back(&[PersonKind::CanBo, PersonKind::CongChuc, PersonKind::VienChuc, PersonKind::NguoiLaoDong]);
        back(&[Gender::Nam, Gender::Nu]);
    }

    #[test]
    fn profile_enums_accept_and_refuse_what_the_serde_derive_did() {
        assert_eq!(serde_json::from_str::<Rating>(r#"{"htt": null}"#).unwrap(), Rating::Htt);
        let e = serde_json::from_str::<Rating>(r#""tot""#).unwrap_err().to_string();
        assert_eq!(e, "unknown variant `tot`, expected one of `kht`, `ht`, `htt`, `htxs` at line 1 column 5");
        assert!(serde_json::from_str::<Scope>("3").is_err());
        assert!(serde_json::from_str::<Gender>(r#"{"nam": 1}"#).is_err());
    }
}

//! Input checking: a `Profile` becomes `Facts` or a list of `InputError`s, each naming
//! the field (`years[2].year`) with a message in both languages.
//!
//! Invariant: the engine only ever sees `Facts`, so nothing impossible — a duplicate
//! year, a year after the proposal date, a negative or inconsistent count, an unknown
//! award id, a date that does not exist — is evaluated silently. The one fact that is
//! corrected rather than refused is the rating of a year with a duty-related discipline
//! (rule book §4): it is evaluated as `kht` and the conflict is reported as a warning.

use super::map::Map;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::facts::*;
use super::standards::Standards;
use super::text::{Str, Text};
use crate::t;

/// A problem with the input, located by a JSON-path-like field name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputError {
    pub field: String,
    pub message: Text,
}

impl InputError {
    fn new(field: impl Into<String>, message: Text) -> Self {
        InputError {
            field: field.into(),
            message,
        }
    }
}

/// Member counts of one year as closed ranges `(at least, at most)`: exact when entered,
/// a range when derived from members whose own result is not yet known.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Range {
    pub lo: u32,
    pub hi: u32,
}

impl Range {
    pub fn exact(n: u32) -> Self {
        Range { lo: n, hi: n }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Counts {
    pub total: Option<u32>,
    pub at_least_ht: Option<Range>,
    pub htxs: Option<u32>,
    pub htt: Option<u32>,
    pub lao_dong_tien_tien: Option<Range>,
    pub chien_si_thi_dua_co_so: Option<Range>,
    pub disciplined_canh_cao_or_heavier: Option<Range>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct YearFacts {
    pub label: String,
    /// The rating evaluated: the entered one, or `kht` under a duty-related discipline,
    /// or unknown when a discipline's relation to the duties is not given.
    pub rating: Option<Rating>,
    pub party_rating: Option<Rating>,
    /// Collective only: the lowest rating of its mass organisations.
    pub mass_rating: Option<Rating>,
    pub discipline: Option<DisciplineLevel>,
    pub counts: Option<Counts>,
}

/// A discipline period (rule book §2a.2): no year it touches counts for any award.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DisciplinePeriod {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// No end date was entered: the period is taken to end with its year (a note asks for it).
    pub end_assumed: bool,
    /// The year row it was entered in.
    pub year: i64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AchievementFact {
    pub kind: AchievementKind,
    pub title: String,
    pub year: i64,
    pub scope: Scope,
    pub applied: Option<bool>,
    /// The award (id, year) it was already used for (rule book §2a.4).
    pub used_for: Option<(String, i64)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AwardFact {
    /// The award's id: the standards' own (borrowed, no copy; the gap projection adds
    /// many) when they know it.
    pub award: Str,
    /// The achievement period; when the decision names none, the decision's year
    /// (the next window starts the year after it, rule book §2a.6).
    pub period: Period,
    /// The period was taken from the decision date.
    pub period_from_decision: bool,
    pub award_type: AwardType,
    pub decision_number: String,
}

/// Checked facts: what the engine evaluates.
/// The checked years of a profile in year order: a sorted `Vec` (a handful of years; one
/// `BTreeMap` instantiation less in the wasm, issue 6).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Years(Vec<(i64, YearFacts)>);

impl Years {
    fn find(&self, y: i64) -> Result<usize, usize> {
        // The years are mostly consecutive: the offset from the first one finds a year at
        // once (the engine asks thousands of times per profile); else a binary search.
        let first = self.0.first().map_or(y, |(k, _)| *k);
        if let Some(i) = y.checked_sub(first).and_then(|d| usize::try_from(d).ok()) {
            if self.0.get(i).is_some_and(|(k, _)| *k == y) {
                return Ok(i);
            }
        }
        self.0.binary_search_by_key(&y, |(k, _)| *k)
    }

    pub fn get(&self, y: &i64) -> Option<&YearFacts> {
        self.find(*y).ok().map(|i| &self.0[i].1)
    }

    pub fn contains_key(&self, y: &i64) -> bool {
        self.find(*y).is_ok()
    }

    /// Sets year `y`, replacing what was there.
    pub fn insert(&mut self, y: i64, facts: YearFacts) {
        match self.find(y) {
            Ok(i) => self.0[i].1 = facts,
            Err(i) => self.0.insert(i, (y, facts)),
        }
    }

    /// Year `y`, added from `make` when absent.
    pub fn get_or_insert_with(&mut self, y: i64, make: impl FnOnce() -> YearFacts) -> &mut YearFacts {
        let i = self.find(y).unwrap_or_else(|i| {
            self.0.insert(i, (y, make()));
            i
        });
        &mut self.0[i].1
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = i64> + '_ {
        self.0.iter().map(|(y, _)| *y)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &YearFacts> {
        self.0.iter().map(|(_, f)| f)
    }

    /// Keeps the years for which `keep` holds.
    pub fn retain(&mut self, mut keep: impl FnMut(i64) -> bool) {
        self.0.retain(|(y, _)| keep(*y));
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Facts {
    pub subject: Subject,
    pub name: String,
    pub proposal_date: NaiveDate,
    pub evaluation_year: i64,
    /// The date continuous work at the unit began (or the recruitment date).
    pub recruitment_date: Option<NaiveDate>,
    pub party_member: Option<bool>,
    pub has_party_organisation: Option<bool>,
    pub has_mass_organisations: Option<bool>,
    pub discipline_periods: Vec<DisciplinePeriod>,
    pub years: Years,
    pub achievements: Vec<AchievementFact>,
    pub awards: Vec<AwardFact>,
    pub declarations: Map<bool>,
    pub facts: Map<bool>,
    pub pending_proceedings: Option<bool>,
    pub review_periods: Map<Period>,
    pub members: Vec<Facts>,
    /// Conflicts found in the input and how they were resolved.
    pub warnings: Vec<Text>,
}

fn parse_date(field: &str, s: &str, errors: &mut Vec<InputError>) -> Option<NaiveDate> {
    match super::date::parse_iso(s) {
        Some(d) => Some(d),
        None => {
            // Said as the form shows dates (dd/mm/yyyy) when the text has a date's shape
            // (31/02/2025 is kept by the form as 2025-02-31), else quoted as typed.
            let mut it = s.trim().split('-');
            let shaped = match (it.next(), it.next(), it.next(), it.next()) {
                (Some(y), Some(m), Some(d), None)
                    if y.len() == 4
                        && (1..=2).contains(&m.len())
                        && (1..=2).contains(&d.len())
                        && [y, m, d].iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) =>
                {
                    Some(format!("{:0>2}/{:0>2}/{y}", d, m))
                }
                _ => None,
            };
            errors.push(InputError::new(
                field,
                match shaped {
                    Some(dmy) => t!(
                        "Ngày {} không tồn tại (không có trên lịch).",
                        "The date {} does not exist.",
                        dmy
                    ),
                    None => t!(
                        "\"{}\" không đọc được là một ngày: hãy viết ngày/tháng/năm, ví dụ 01/08/2015 (trong tệp: 2015-08-01).",
                        "\"{}\" cannot be read as a date: write day/month/year, e.g. 01/08/2015 (in a file: 2015-08-01).",
                        s
                    ),
                },
            ));
            None
        }
    }
}

fn count(field: &str, v: Option<i64>, errors: &mut Vec<InputError>) -> Option<u32> {
    let v = v?;
    match u32::try_from(v) {
        Ok(n) => Some(n),
        Err(_) => {
            errors.push(InputError::new(
                field,
                t!(
                    "Số lượng không được âm hoặc quá lớn: {}.",
                    "A count cannot be negative or that large: {}.",
                    v
                ),
            ));
            None
        }
    }
}

/// The dates a year row covers: a calendar year, or 01/09 to 31/05 for a school year
/// `2025-2026` (rule book §2a.2).
pub fn row_span(label: &str, y: i64) -> (NaiveDate, NaiveDate) {
    let y = y.clamp(1, 9000) as i32;
    let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN);
    if label.contains('-') {
        (d(y, 9, 1), d(y + 1, 5, 31))
    } else {
        (d(y, 1, 1), d(y, 12, 31))
    }
}

/// The first year a user can enter: the rule book evaluates nothing earlier.
pub const MIN_YEAR: i64 = 2000;
/// The longest period (award or review period) a user can enter, in years.
pub const MAX_PERIOD_YEARS: i64 = 30;

/// Checks that year `y` lies in `MIN_YEAR ..= last_year + 1`; the callers then refuse a
/// year after the proposal date with their own message. Refused years are reported
/// here, so no loop of the engine ever runs over an unbounded range.
///
/// `field` is the field's name in parts, joined only when there is an error (a profile's
/// years are checked with every evaluation: no name is built for a year in range).
fn year_in_range(field: &[&str], y: i64, last_year: i64, errors: &mut Vec<InputError>) -> bool {
    let max = last_year.saturating_add(1);
    if (MIN_YEAR..=max).contains(&y) {
        return true;
    }
    errors.push(InputError::new(
        field.concat(),
        t!(
            "Năm {} nằm ngoài khoảng cho phép, từ {} đến {}.",
            "The year {} is outside the accepted range, {} to {}.",
            y,
            MIN_YEAR,
            max
        ),
    ));
    false
}

/// Checks a period's two years and its length (at most `MAX_PERIOD_YEARS`); `false`
/// when refused (the error is pushed).
/// `field`: the name in two parts, joined only for an error.
fn period_in_range(field: (&str, &str), p: &Period, last_year: i64, errors: &mut Vec<InputError>) -> bool {
    let from_ok = year_in_range(&[field.0, field.1, ".from"], p.from, last_year, errors);
    let to_ok = year_in_range(&[field.0, field.1, ".to"], p.to, last_year, errors);
    if !(from_ok && to_ok) {
        return false;
    }
    // Both years are in range here, so the difference cannot overflow.
    if p.to - p.from + 1 > MAX_PERIOD_YEARS {
        errors.push(InputError::new(
            [field.0, field.1].concat(),
            t!(
                "Khoảng thời gian {}–{} dài hơn {} năm.",
                "The period {}–{} is longer than {} years.",
                p.from,
                p.to,
                MAX_PERIOD_YEARS
            ),
        ));
        return false;
    }
    true
}

/// Checks a profile. `today` is the default proposal date.
pub fn validate(
    profile: &Profile,
    std: &Standards,
    today: NaiveDate,
) -> Result<Facts, Vec<InputError>> {
    validate_at(profile, std, today, "")
}

/// The state shared by the parts of one profile's check: where its fields are
/// (`prefix`, for members), its dates, and the problems found so far.
struct Checker<'a> {
    std: &'a Standards,
    today: NaiveDate,
    prefix: &'a str,
    proposal_date: NaiveDate,
    last_year: i64,
    errors: Vec<InputError>,
    warnings: Vec<Text>,
}

impl Checker<'_> {
    /// The full name of field `name` of this profile.
    fn f(&self, name: &str) -> String {
        [self.prefix, name].concat()
    }

    /// The full name of row `i` of list `list`, then `rest` (`years[3]`,
    /// `achievements[0].year`): written piece by piece, as the rows of every profile are
    /// named before they are checked (no `format!`, issue 13).
    fn row(&self, list: &str, i: usize, rest: &str) -> String {
        let mut s = String::with_capacity(self.prefix.len() + list.len() + rest.len() + 6);
        s.push_str(self.prefix);
        s.push_str(list);
        s.push('[');
        super::text::push_uint(&mut s, i as u64);
        s.push(']');
        s.push_str(rest);
        s
    }
}

/// Checks a profile part by part (format version, person, years, achievements, awards,
/// ids, review periods, evaluation year, members); every part reports all its problems.
fn validate_at(
    p: &Profile,
    std: &Standards,
    today: NaiveDate,
    prefix: &str,
) -> Result<Facts, Vec<InputError>> {
    version_part(p, prefix)?;
    let mut errors = Vec::new();
    let proposal_date = match &p.proposal_date {
        Some(s) if !s.trim().is_empty() => {
            parse_date(&[prefix, "proposal_date"].concat(), s, &mut errors).unwrap_or(today)
        }
        _ => today,
    };
    let mut cx = Checker {
        std,
        today,
        prefix,
        proposal_date,
        last_year: i64::from(proposal_date.year()),
        errors,
        warnings: Vec::new(),
    };
    let (person, recruitment_date) = person_part(p, &mut cx);
    let (years, discipline_periods) = years_part(p, &mut cx);
    let mut achievements = achievements_part(p, &mut cx);
    let mut awards = awards_part(p, &mut cx);
    ids_part(p, &mut cx);
    review_periods_part(p, &mut cx);
    let evaluation_year = evaluation_year_part(p, &years, &mut cx);
    let members = members_part(p, evaluation_year, &mut cx);
    let Checker { errors, warnings, .. } = cx;

    if !errors.is_empty() {
        return Err(errors);
    }
    // A canonical order, so that the order of the input never changes a result or its wording.
    super::order::sort_by(&mut achievements, |a, b| {
        (a.year, a.scope, a.kind as u8, &a.title, a.applied).cmp(&(
            b.year,
            b.scope,
            b.kind as u8,
            &b.title,
            b.applied,
        ))
    });
    super::order::sort_by(&mut awards, |a, b| {
        (a.period.to, a.period.from, &a.award, a.award_type as u8).cmp(&(
            b.period.to,
            b.period.from,
            &b.award,
            b.award_type as u8,
        ))
    });
    Ok(Facts {
        subject: p.subject,
        name: match p.subject {
            Subject::Individual => person.full_name.clone(),
            Subject::Collective => p.unit.as_ref().map(|u| u.name.clone()).unwrap_or_default(),
        },
        proposal_date,
        evaluation_year,
        recruitment_date,
        party_member: person.party_member,
        has_party_organisation: p.unit.as_ref().and_then(|u| u.has_party_organisation),
        has_mass_organisations: p.unit.as_ref().and_then(|u| u.has_mass_organisations),
        discipline_periods,
        years,
        achievements,
        awards,
        declarations: p.declarations.clone(),
        facts: p.facts.clone(),
        pending_proceedings: p.pending_proceedings,
        review_periods: p.review_periods.clone(),
        members,
        warnings,
    })
}

/// A file written by a newer app, or in a format version no longer read, is refused at once.
fn version_part(p: &Profile, prefix: &str) -> Result<(), Vec<InputError>> {
    let f = |name: &str| format!("{prefix}{name}");
    let mut errors = Vec::new();
    if p.schema_version > SCHEMA_VERSION {
        errors.push(InputError::new(
            f("schema_version"),
            t!(
                "Tệp dùng phiên bản định dạng {} mới hơn phiên bản ứng dụng đọc được ({}). Hãy cập nhật ứng dụng.",
                "The file uses format version {}, newer than this app reads ({}). Please update the app.",
                p.schema_version,
                SCHEMA_VERSION
            ),
        ));
        return Err(errors);
    }
    if p.schema_version < OLDEST_SCHEMA_VERSION {
        errors.push(InputError::new(
            f("schema_version"),
            t!(
                "Phiên bản định dạng {} không được hỗ trợ.",
                "Format version {} is not supported.",
                p.schema_version
            ),
        ));
        return Err(errors);
    }

    Ok(())
}

/// The person: the start of continuous work (else the recruitment date), not after the
/// proposal date.
fn person_part(p: &Profile, cx: &mut Checker) -> (Person, Option<NaiveDate>) {
    let person = p.person.clone().unwrap_or_default();
    let date_field = |name: &str, v: &Option<String>, cx: &mut Checker| {
        v.as_deref()
            .filter(|s| !s.trim().is_empty())
            .and_then(|s| parse_date(&cx.f(name), s, &mut cx.errors))
    };
    let recruited = date_field("person.recruitment_date", &person.recruitment_date, cx);
    let continuous = date_field("person.continuous_work_from", &person.continuous_work_from, cx);
    let recruitment_date = continuous.or(recruited);
    if let Some(d) = recruitment_date {
        if d > cx.proposal_date {
            cx.errors.push(InputError::new(
                cx.f("person.recruitment_date"),
                t!(
                    "Ngày tuyển dụng sau ngày đề nghị.",
                    "The recruitment date is after the proposal date."
                ),
            ));
        }
    }

    (person, recruitment_date)
}

/// The years: labels, range, duplicates, discipline periods (and the duty-related
/// conflict), member counts.
fn years_part(p: &Profile, cx: &mut Checker) -> (Years, Vec<DisciplinePeriod>) {
    let mut years = Years::default();
    let mut discipline_periods = Vec::new();
    for (i, row) in p.years.iter().enumerate() {
        if row.is_blank() {
            continue; // a row added in the form and not filled in yet (issue 12)
        }
        let field = cx.row("years", i, "");
        let Some(y) = year_key(&row.year) else {
            cx.errors.push(InputError::new(
                format!("{field}.year"),
                t!(
                    "Năm \"{}\" không hợp lệ (viết 2025 hoặc năm học 2025-2026).",
                    "The year \"{}\" is not valid (write 2025, or a school year 2025-2026).",
                    row.year
                ),
            ));
            continue;
        };
        if !year_in_range(&[&field, ".year"], y, cx.last_year, &mut cx.errors) {
            continue;
        }
        if y > cx.last_year {
            cx.errors.push(InputError::new(
                format!("{field}.year"),
                t!(
                    "Năm {} sau ngày đề nghị {}.",
                    "The year {} is after the proposal date {}.",
                    row.year,
                    cx.proposal_date
                ),
            ));
            continue;
        }
        if years.contains_key(&y) {
            cx.errors.push(InputError::new(
                format!("{field}.year"),
                t!(
                    "Năm {} được nhập hai lần.",
                    "The year {} is entered twice.",
                    row.year
                ),
            ));
            continue;
        }
        let mut rating = row.rating;
        if let Some(d) = &row.discipline {
            let mut dates = [None, None];
            for (k, (name, s)) in [("from", &d.from), ("to", &d.to)].into_iter().enumerate() {
                if let Some(s) = s.as_deref().filter(|s| !s.trim().is_empty()) {
                    dates[k] = parse_date(&format!("{field}.discipline.{name}"), s, &mut cx.errors);
                }
            }
            // The period runs from its start (else the row's start) to its end (else the
            // end of the row's year: rule book §2a.2, a note asks for the date).
            let (start, end) = row_span(&row.year, y);
            let from = dates[0].unwrap_or(start);
            let to = dates[1].unwrap_or(end);
            if to < from {
                cx.errors.push(InputError::new(
                    format!("{field}.discipline.to"),
                    t!(
                        "Thời gian kỷ luật kết thúc trước khi bắt đầu.",
                        "The discipline period ends before it starts."
                    ),
                ));
            }
            discipline_periods.push(DisciplinePeriod { from, to, end_assumed: dates[1].is_none(), year: y });
            match (d.duty_related, row.rating) {
                (Some(true), Some(r)) if r > Rating::Kht => {
                    cx.warnings.push(t!(
                        "Năm {}: có kỷ luật liên quan đến thực hiện nhiệm vụ nhưng xếp loại {}; hai thông tin mâu thuẫn nên năm này được tính là Không hoàn thành nhiệm vụ (NĐ 335/2025).",
                        "Year {}: a duty-related discipline together with a rating of {}; the two conflict, so the year is evaluated as 'not completed' (Decree 335/2025).",
                        row.year,
                        r.abbr()
                    ));
                    rating = Some(Rating::Kht);
                }
                (Some(true), _) => rating = Some(Rating::Kht),
                (None, Some(r)) if r > Rating::Kht => {
                    cx.warnings.push(t!(
                        "Năm {}: có kỷ luật nhưng chưa cho biết có liên quan đến thực hiện nhiệm vụ không; xếp loại năm này chưa xác định được.",
                        "Year {}: a discipline is entered without saying whether it relates to the duties; the year's rating cannot be relied on.",
                        row.year
                    ));
                    rating = None;
                }
                _ => {}
            }
        }
        let counts = row.members.as_ref().map(|m| member_counts(&field, m, cx));
        years.insert(
            y,
            YearFacts {
                label: row.year.clone(),
                rating,
                party_rating: row.party_rating,
                mass_rating: row.mass_organisation_rating,
                discipline: row.discipline.as_ref().map(|d| d.level),
                counts,
            },
        );
    }

    (years, discipline_periods)
}

/// A year's member counts: each a whole number, none above the total, htxs + htt within
/// it, no more CSTĐCS than LĐTT.
fn member_counts(field: &str, m: &MemberCounts, cx: &mut Checker) -> Counts {
    let mf = |n: &str| format!("{field}.members.{n}");
    let total = count(&mf("total"), m.total, &mut cx.errors);
    let c = Counts {
        total,
        at_least_ht: count(&mf("at_least_ht"), m.at_least_ht, &mut cx.errors).map(Range::exact),
        htxs: count(&mf("htxs"), m.htxs, &mut cx.errors),
        htt: count(&mf("htt"), m.htt, &mut cx.errors),
        lao_dong_tien_tien: count(&mf("lao_dong_tien_tien"), m.lao_dong_tien_tien, &mut cx.errors).map(Range::exact),
        chien_si_thi_dua_co_so: count(&mf("chien_si_thi_dua_co_so"), m.chien_si_thi_dua_co_so, &mut cx.errors)
            .map(Range::exact),
        disciplined_canh_cao_or_heavier: count(
            &mf("disciplined_canh_cao_or_heavier"),
            m.disciplined_canh_cao_or_heavier,
            &mut cx.errors,
        )
        .map(Range::exact),
    };
    if let Some(total) = total {
        let parts = [
            ("at_least_ht", c.at_least_ht.map(|r| r.hi)),
            ("htxs", c.htxs),
            ("htt", c.htt),
            ("lao_dong_tien_tien", c.lao_dong_tien_tien.map(|r| r.hi)),
            ("chien_si_thi_dua_co_so", c.chien_si_thi_dua_co_so.map(|r| r.hi)),
            ("disciplined_canh_cao_or_heavier", c.disciplined_canh_cao_or_heavier.map(|r| r.hi)),
        ];
        for (name, v) in parts {
            if let Some(v) = v.filter(|v| *v > total) {
                cx.errors.push(InputError::new(
                    mf(name),
                    t!(
                        "Số {} lớn hơn tổng số thành viên {}.",
                        "The count {} is larger than the number of members {}.",
                        v,
                        total
                    ),
                ));
            }
        }
        if let (Some(a), Some(b)) = (c.htxs, c.htt) {
            // In u64: two counts of up to 4,294,967,295 each cannot overflow.
            if u64::from(a) + u64::from(b) > u64::from(total) {
                cx.errors.push(InputError::new(
                    mf("htt"),
                    t!(
                        "Số HTXSNV ({}) cộng số HTTNV ({}) lớn hơn tổng số thành viên {}.",
                        "htxs ({}) plus htt ({}) exceeds the number of members {}.",
                        a,
                        b,
                        total
                    ),
                ));
            }
        }
    }
    if let (Some(cs), Some(ld)) = (c.chien_si_thi_dua_co_so, c.lao_dong_tien_tien) {
        if cs.lo > ld.hi {
            cx.errors.push(InputError::new(
                mf("chien_si_thi_dua_co_so"),
                t!(
                    "Số Chiến sĩ thi đua cơ sở ({}) lớn hơn số Lao động tiên tiến ({}), trong khi CSTĐCS phải là LĐTT.",
                    "Grassroots Emulation Fighters ({}) exceed Advanced Workers ({}), yet every such fighter must be one.",
                    cs.lo,
                    ld.hi
                ),
            ));
        }
    }
    c
}

/// Initiatives and research: their year, and what they were already used for.
fn achievements_part(p: &Profile, cx: &mut Checker) -> Vec<AchievementFact> {
    let mut achievements = Vec::new();
    for (i, a) in p.achievements.iter().enumerate() {
        if a.is_blank() {
            continue; // not filled in yet
        }
        // A row begun but not finished: its kind and scope are chosen, never assumed.
        if a.kind.is_none() {
            cx.errors.push(InputError::new(
                cx.row("achievements", i, ".kind"),
                t!("Chọn loại: sáng kiến hay đề tài, đề án.", "Choose the kind: initiative or research work."),
            ));
        }
        if a.scope.is_none() {
            cx.errors.push(InputError::new(
                cx.row("achievements", i, ".scope"),
                t!("Chọn phạm vi công nhận.", "Choose the scope at which it was recognised."),
            ));
        }
        let (Some(kind), Some(scope)) = (a.kind, a.scope) else {
            continue;
        };
        let field = cx.row("achievements", i, ".year");
        match year_key(&a.year) {
            Some(y) if !year_in_range(&[&field], y, cx.last_year, &mut cx.errors) => {}
            Some(y) if y <= cx.last_year => achievements.push(AchievementFact {
                kind,
                title: a.title.clone(),
                year: y,
                scope,
                applied: a.applied,
                used_for: a.used_for.as_ref().and_then(|u| year_key(&u.year).map(|y| (u.award.clone(), y))),
            }),
            Some(_) => cx.errors.push(InputError::new(
                field,
                t!(
                    "Năm {} sau ngày đề nghị.",
                    "The year {} is after the proposal date.",
                    a.year
                ),
            )),
            None => cx.errors.push(InputError::new(
                field,
                t!(
                    "Năm \"{}\" không hợp lệ.",
                    "The year \"{}\" is not valid.",
                    a.year
                ),
            )),
        }
    }

    achievements
}

/// Awards received: a known id, a period or a decision date, both before the proposal date.
fn awards_part(p: &Profile, cx: &mut Checker) -> Vec<AwardFact> {
    let std = cx.std;
    let mut awards = Vec::new();
    for (i, a) in p.awards_received.iter().enumerate() {
        if a.is_blank() {
            continue; // not filled in yet
        }
        let field = cx.row("awards_received", i, "");
        let mut ok = true;
        if !std.knows_award(&a.award) {
            ok = false;
            cx.errors.push(InputError::new(
                format!("{field}.award"),
                t!(
                    "Không có hình thức khen thưởng mã \"{}\".",
                    "There is no award with id \"{}\".",
                    a.award
                ),
            ));
        }
        let decision_date = a
            .decision_date
            .as_deref()
            .filter(|s| !s.trim().is_empty())
            .and_then(|d| parse_date(&format!("{field}.decision_date"), d, &mut cx.errors));
        let (period, from_decision) = match (a.period, decision_date) {
            (Some(p), _) => (p, false),
            (None, Some(d)) => {
                let y = i64::from(d.year());
                (Period { from: y, to: y }, true)
            }
            (None, None) => {
                ok = false;
                cx.errors.push(InputError::new(
                    format!("{field}.period"),
                    t!(
                        "Cần nhập thời gian đạt thành tích hoặc ngày quyết định.",
                        "Enter the achievement period or the decision date."
                    ),
                ));
                (Period { from: cx.last_year, to: cx.last_year }, false)
            }
        };
        if !period_in_range((&field, ".period"), &period, cx.last_year, &mut cx.errors) {
            ok = false;
        } else if period.from > period.to {
            ok = false;
            cx.errors.push(InputError::new(
                format!("{field}.period"),
                t!(
                    "Thời gian đạt thành tích {}–{}: năm bắt đầu sau năm kết thúc.",
                    "Achievement period {}–{}: the start is after the end.",
                    period.from,
                    period.to
                ),
            ));
        } else if period.to > cx.last_year {
            ok = false;
            cx.errors.push(InputError::new(
                format!("{field}.period"),
                t!(
                    "Thời gian đạt thành tích kết thúc sau ngày đề nghị.",
                    "The achievement period ends after the proposal date."
                ),
            ));
        }
        {
            if let Some(d) = decision_date {
                if d > cx.proposal_date {
                    cx.errors.push(InputError::new(
                        format!("{field}.decision_date"),
                        t!(
                            "Ngày quyết định sau ngày đề nghị.",
                            "The decision date is after the proposal date."
                        ),
                    ));
                }
            }
        }
        if ok {
            awards.push(AwardFact {
                award: cx.std.static_id(&a.award).map_or_else(|| a.award.clone().into(), Str::from),
                period,
                period_from_decision: from_decision,
                award_type: a.award_type,
                decision_number: a.decision_number.clone(),
            });
        }
    }

    awards
}

/// Declaration and fact ids must exist in the standards.
fn ids_part(p: &Profile, cx: &mut Checker) {
    let std = cx.std;
    for id in p.declarations.keys() {
        if std.declaration(id).is_none() {
            cx.errors.push(InputError::new(
                cx.f(&["declarations.", id].concat()),
                t!(
                    "Không có cam kết mã \"{}\".",
                    "There is no declaration with id \"{}\".",
                    id
                ),
            ));
        }
    }
    for id in p.facts.keys() {
        if !std.facts.iter().any(|x| x.id == id) {
            cx.errors.push(InputError::new(
                cx.f(&["facts.", id].concat()),
                t!(
                    "Không có thông tin mã \"{}\".",
                    "There is no fact with id \"{}\".",
                    id
                ),
            ));
        }
    }
}

/// A chosen review period must belong to a periodic review and lie in range.
fn review_periods_part(p: &Profile, cx: &mut Checker) {
    let std = cx.std;
    for (id, period) in &p.review_periods {
        let field = cx.f(&["review_periods.", id].concat());
        let is_review = std
            .award(id)
            .is_some_and(|a| a.versions.iter().any(|v| v.review_period.is_some()));
        if !is_review {
            cx.errors.push(InputError::new(
                field,
                t!(
                    "\"{}\" không phải là một đợt sơ kết, tổng kết.",
                    "\"{}\" is not a periodic review.",
                    id
                ),
            ));
        } else if !period_in_range((&field, ""), period, cx.last_year, &mut cx.errors) {
        } else if period.from > period.to || period.to > cx.last_year {
            cx.errors.push(InputError::new(
                field,
                t!(
                    "Kỳ xét {}–{} không hợp lệ.",
                    "The review period {}–{} is not valid.",
                    period.from,
                    period.to
                ),
            ));
        }
    }

}

/// The evaluation year: given, else the last year entered, else the year before the
/// proposal.
fn evaluation_year_part(p: &Profile, years: &Years, cx: &mut Checker) -> i64 {
    match p.evaluation_year {
        Some(y) if !year_in_range(&[cx.prefix, "evaluation_year"], y, cx.last_year, &mut cx.errors) => y,
        Some(y) if y > cx.last_year => {
            cx.errors.push(InputError::new(
                cx.f("evaluation_year"),
                t!(
                    "Năm xét {} sau ngày đề nghị.",
                    "The evaluation year {} is after the proposal date.",
                    y
                ),
            ));
            y
        }
        Some(y) => y,
        None => years.keys().next_back().unwrap_or(cx.last_year - 1),
    }
}

/// A collective's members, each checked on the collective's dates.
fn members_part(p: &Profile, evaluation_year: i64, cx: &mut Checker) -> Vec<Facts> {
    let mut members = Vec::new();
    if p.subject == Subject::Collective {
        for (i, m) in p.members.iter().enumerate() {
            let mut m = m.clone();
            // Members are judged on the collective's dates.
            m.proposal_date = Some(cx.proposal_date.to_string());
            m.evaluation_year = Some(evaluation_year);
            match validate_at(&m, cx.std, cx.today, &cx.row("members", i, ".")) {
                Ok(facts) => members.push(facts),
                Err(e) => cx.errors.extend(e),
            }
        }
    } else if !p.members.is_empty() {
        cx.errors.push(InputError::new(
            cx.f("members"),
            t!(
                "Chỉ tập thể mới có danh sách thành viên.",
                "Only a collective has members."
            ),
        ));
    }

    members
}

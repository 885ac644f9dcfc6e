//! The evaluator: reads an award's criteria (data, `standards/`) top to bottom against
//! checked `Facts` and writes one `Finding` per criterion.
//!
//! Invariants:
//! - Pure: no clock, no IO. The proposal date is in the facts.
//! - Unknown is not "no": a missing rating, date, count or unticked conduct declaration
//!   makes a criterion `unknown`, never `not_met`.
//! - A title held in an earlier year counts only when it was received as a `cong_trang`
//!   award; for the evaluation year itself it also counts when this engine finds it
//!   eligible (rule book §4).
//! - Gaps come from a projection in which every later year goes well (rated `htxs`, one
//!   applied national-scope initiative, conduct declarations ticked, every award found
//!   eligible received); route declarations are never assumed.

use std::cell::RefCell;

use chrono::{Datelike, Months, NaiveDate};

use super::determination::*;
use super::facts::{AchievementKind, AwardType, DisciplineLevel, Period, Rating, Scope};
use super::standards::{Award, Check, Criterion, MemberField, Standards, Version, YearTest};
use super::text::Text;
use super::validate::{AchievementFact, AwardFact, Counts, Facts, Range, YearFacts};
use crate::t;

/// How many later years the gap projection looks at.
const HORIZON: i64 = 20;

/// Evaluates every award of the profile's subject.
pub fn evaluate_facts(std: &Standards, facts: &Facts) -> Evaluation {
    let engine = Engine::new(std, facts);
    let y = facts.evaluation_year;
    let mut determinations: Vec<Determination> = std
        .awards
        .iter()
        .filter(|a| a.subject == facts.subject)
        .map(|a| engine.determine(a, y))
        .collect();

    let targets: Vec<&str> = determinations
        .iter()
        .filter(|d| d.outcome == Outcome::NotEligible && d.review_period.is_none())
        .filter(|d| std.award(&d.award).is_some_and(open_ended))
        .map(|d| d.award.as_str())
        .collect();
    let earliest = if targets.is_empty() {
        Vec::new()
    } else {
        earliest_years(std, facts, &targets)
    };
    for d in &mut determinations {
        if d.outcome == Outcome::NotEligible {
            d.gaps.push(gap(
                &d.findings,
                earliest.iter().find(|(a, _)| *a == d.award).map(|(_, y)| *y),
                d.review_period.is_some(),
            ));
        }
    }

    let mut notices = Vec::new();
    if facts.proposal_date >= std.general.amendment_notice_from {
        let n = &std.general.amendment_notice;
        notices.push(Note {
            kind: NoteKind::Scope,
            text: n.text.into(),
            cite: n.cite.to_string(),
        });
    }
    Evaluation {
        name: facts.name.clone(),
        subject: facts.subject,
        proposal_date: facts.proposal_date,
        evaluation_year: y,
        rule_set: std.rule_set_for(facts.proposal_date).map(|r| r.id.to_string()),
        notices,
        warnings: facts.warnings.clone(),
        determinations,
    }
}

/// Per-determination state shared by the criteria of one version, in order: the basis
/// award found by `prior_award` bounds the `run`, which `count_in_run` then reads.
#[derive(Default)]
struct RunState {
    lower_bound: Option<i64>,
    run: Option<(i64, i64)>,
}

struct Engine<'a> {
    std: &'a Standards,
    facts: &'a Facts,
    memo: RefCell<Vec<(String, i64, Outcome)>>,
    /// Member counts per year: derived once, read by every member criterion.
    counts_memo: RefCell<Vec<(i64, Option<Counts>)>>,
    /// Outcomes only, no sentences (the gap projection): the same statuses, far less work.
    quiet: bool,
}

impl<'a> Engine<'a> {
    fn new(std: &'a Standards, facts: &'a Facts) -> Self {
        Engine {
            std,
            facts,
            memo: RefCell::new(Vec::new()),
            counts_memo: RefCell::new(Vec::new()),
            quiet: false,
        }
    }

    fn quiet(std: &'a Standards, facts: &'a Facts) -> Self {
        Engine {
            quiet: true,
            ..Engine::new(std, facts)
        }
    }

    /// A sentence, built only when sentences are wanted.
    fn say(&self, f: impl FnOnce() -> Text) -> Text {
        if self.quiet {
            Text::default()
        } else {
            f()
        }
    }

    /// What is missing, when `cond` holds and sentences are wanted.
    fn say_if(&self, cond: bool, f: impl FnOnce() -> Text) -> Option<Text> {
        (cond && !self.quiet).then(f)
    }

    /// The outcome of `award` in year `y`, memoised (used by `title` criteria).
    fn outcome_of(&self, award: &str, y: i64) -> Outcome {
        // A few dozen entries per engine: a scan beats hashing a String (and keeps
        // hashbrown's code for this map out of the wasm).
        if let Some((_, _, o)) = self.memo.borrow().iter().find(|(a, yy, _)| *yy == y && a == award) {
            return *o;
        }
        let outcome = match self.std.award(award) {
            Some(a) => self.determine(a, y).outcome,
            None => Outcome::ManualReview,
        };
        self.memo.borrow_mut().push((award.to_string(), y, outcome));
        outcome
    }

    fn determine(&self, award: &Award, y: i64) -> Determination {
        let date = self.facts.proposal_date;
        let mut d = Determination {
            award: award.id.to_string(),
            name: award.name.into(),
            subject: award.subject,
            kind: award.kind,
            group: award.group,
            year: y,
            review_period: None,
            outcome: Outcome::NotInForce,
            findings: Vec::new(),
            gaps: Vec::new(),
            notes: Vec::new(),
        };
        let Some(v) = award.version_for(date) else {
            let windows: Vec<String> = award
                .versions
                .iter()
                .map(|v| {
                    format!(
                        "{} – {}",
                        crate::rules::date::dmy(v.from),
                        v.to.map_or("…".into(), crate::rules::date::dmy)
                    )
                })
                .collect();
            d.notes.push(Note {
                kind: NoteKind::Scope,
                text: t!(
                    "Không có quy định áp dụng cho ngày đề nghị {}; quy định này áp dụng trong: {}.",
                    "No rule applies on the proposal date {}; this standard applies during: {}.",
                    crate::rules::date::dmy(date),
                    windows.join("; ")
                ),
                cite: String::new(),
            });
            return d;
        };
        let evaluated_from = i64::from(self.std.general.evaluated_from.year());
        if v.review_period.is_none() && y < evaluated_from {
            d.notes.push(Note {
                kind: NoteKind::Scope,
                text: t!(
                    "Năm {} trước {}: không đánh giá lại; danh hiệu, hình thức khen thưởng trước đó được nhập như đã nhận.",
                    "The year {} is before {}: it is not re-evaluated; earlier titles and awards are entered as received.",
                    y,
                    evaluated_from
                ),
                cite: "quy tắc §1".into(),
            });
            return d;
        }
        if let Some(m) = &v.manual_review {
            d.outcome = Outcome::ManualReview;
            d.notes.push(Note {
                kind: NoteKind::Scope,
                text: m.text.into(),
                cite: m.cite.to_string(),
            });
            return d;
        }
        let (y, period) = match v.review_period {
            Some(def) => {
                let p = self
                    .facts
                    .review_periods
                    .get(award.id)
                    .copied()
                    .unwrap_or(def);
                (p.to, Some(p))
            }
            None => (y, None),
        };
        d.year = y;
        d.review_period = period;
        let mut st = RunState::default();
        d.findings = v
            .criteria
            .iter()
            .map(|c| self.criterion(c, y, period, v, &mut st))
            .collect();
        d.outcome = Outcome::from_findings(&d.findings);
        if self.quiet {
            return d;
        }
        d.notes.extend(v.notes.iter().map(|n| Note {
            kind: NoteKind::Decision,
            text: n.text.into(),
            cite: n.cite.to_string(),
        }));
        d.notes.extend(v.procedural.iter().map(|n| Note {
            kind: NoteKind::Procedural,
            text: n.text.into(),
            cite: n.cite.to_string(),
        }));
        if d.outcome == Outcome::Eligible {
            if let (Some(b), Some(salary)) = (&award.bonus, self.std.base_salary_at(date)) {
                let amount = (b.multiple * salary.amount as f64).round() as u64;
                let (vi_multiple, en_multiple) = multiple_text(b.multiple);
                d.notes.push(Note {
                    kind: NoteKind::Bonus,
                    text: Text {
                        vi: format!("Tiền thưởng ước tính: {} × lương cơ sở {} đ = {} đ (chỉ để tham khảo).", vi_multiple, group_digits(salary.amount), group_digits(amount)),
                        en: format!("Estimated bonus: {} × base salary {} VND = {} VND (for reference only).", en_multiple, group_digits(salary.amount), group_digits(amount)),
                    },
                    cite: format!("{}; {}", b.cite, salary.cite),
                });
            }
        }
        d
    }

    fn criterion(
        &self,
        c: &Criterion,
        y: i64,
        period: Option<Period>,
        v: &Version,
        st: &mut RunState,
    ) -> Finding {
        let mut routes = Vec::new();
        let (status, evidence, missing) = match &c.check {
            Check::Rating {
                min,
                party_rating_counts,
            } => self.rating(*min, *party_rating_counts, y),
            Check::PartyOrganisationRating { min } => self.party_organisation(*min, y),
            Check::RecruitedBeforeYearEnd { months } => self.recruited(*months, y),
            Check::NoPendingProceedings => match self.facts.pending_proceedings {
                None => (
                    Status::Unknown,
                    self.say(|| t!("Chưa trả lời.", "Not answered.")),
                    None,
                ),
                Some(true) => (
                    Status::NotMet,
                    self.say(|| {
                        t!(
                            "Đang bị xem xét kỷ luật, điều tra, thanh tra hoặc khiếu nại.",
                            "Discipline, investigation, inspection or complaint pending."
                        )
                    }),
                    self.say_if(true, || {
                        t!(
                            "Chờ kết luận của vụ việc đang xem xét.",
                            "Wait for the pending matter to be concluded."
                        )
                    }),
                ),
                Some(false) => (
                    Status::Met,
                    self.say(|| t!("Không có vụ việc đang xem xét.", "Nothing pending.")),
                    None,
                ),
            },
            Check::Declaration { declaration } => self.declaration(declaration, v),
            Check::Fact { fact } => match self.facts.facts.get(*fact) {
                None => (
                    Status::Unknown,
                    self.say(|| t!("Chưa nhập.", "Not entered.")),
                    None,
                ),
                Some(true) => (Status::Met, self.say(|| t!("Có.", "Yes.")), None),
                Some(false) => (
                    Status::NotMet,
                    self.say(|| t!("Không.", "No.")),
                    self.say_if(true, || c.text.into()),
                ),
            },
            Check::Title { award } => {
                let (s, ev) = self.title(award, y, y);
                let missing = self.say_if(s == Status::NotMet, || {
                    let n = self.name(award);
                    Text {
                        vi: format!("Cần đạt {} năm {}.", n.vi, y),
                        en: format!("Needs the {} title for {}.", n.en, y),
                    }
                });
                (s, ev, missing)
            }
            Check::Streak {
                length,
                each,
                restart_after,
            } => self.streak(*length, each, restart_after, y),
            Check::Achievements {
                min_scope,
                min_count,
                window,
                require_applied,
                restart_after,
            } => self.achievements(
                *min_scope,
                *min_count,
                *window,
                *require_applied,
                restart_after,
                y,
            ),
            Check::ConsecutiveAwards { award, count } => self.consecutive_awards(award, *count, y),
            Check::PriorAward {
                awards,
                restart_after,
            } => self.prior_award(awards, restart_after, y, st),
            Check::Run { min_years, min } => self.run(*min_years, *min, y, st),
            Check::CountInRun { each, min_count } => match st.run {
                Some((from, to)) => self.count_years(each, *min_count, from, to, y, true),
                None => (
                    Status::Unknown,
                    t!(
                        "Chưa xác định được chuỗi năm.",
                        "The run of years is not known."
                    ),
                    None,
                ),
            },
            Check::PeriodAll { min } => {
                self.period_all(*min, period.unwrap_or(Period { from: y, to: y }))
            }
            Check::PeriodCount { each, min_count } => {
                let p = period.unwrap_or(Period { from: y, to: y });
                self.count_years(each, *min_count, p.from, p.to, y, false)
            }
            Check::MembersShare { field, percent } => self.members(*field, y, |lo, hi, total| {
                let need = u64::from(*percent) * u64::from(total);
                (
                    u64::from(lo) * 100 >= need,
                    u64::from(hi) * 100 < need,
                    t!("cần ít nhất {}%", "needs at least {}%", percent),
                )
            }),
            Check::MembersAtLeast { field, min } => {
                let min = *min;
                self.members(*field, y, |lo, hi, _| {
                    (
                        i64::from(lo) >= min,
                        i64::from(hi) < min,
                        t!("cần ít nhất {}", "needs at least {}", min),
                    )
                })
            }
            Check::MembersAtMost { field, max } => {
                let max = *max;
                self.members(*field, y, |lo, hi, _| {
                    (
                        i64::from(hi) <= max,
                        i64::from(lo) > max,
                        t!("tối đa {}", "at most {}", max),
                    )
                })
            }
            Check::MembersAll { field } => self.members(*field, y, |lo, hi, total| {
                (lo == total, hi < total, t!("cần tất cả", "needs all"))
            }),
            Check::AnyOf { routes: rs } => {
                for r in *rs {
                    let findings: Vec<Finding> = r
                        .criteria
                        .iter()
                        .map(|c| self.criterion(c, y, period, v, st))
                        .collect();
                    let status = Status::all(findings.iter().map(|f| f.status));
                    routes.push(RouteFinding {
                        route: r.id.to_string(),
                        text: r.text.into(),
                        status,
                        findings,
                    });
                }
                let status = Status::any(routes.iter().map(|r| r.status));
                let evidence = self.say(|| {
                    Text::join(
                        &routes
                            .iter()
                            .map(|r| {
                                let s = status_word(r.status);
                                Text {
                                    vi: format!("{}: {}", r.text.vi, s.vi),
                                    en: format!("{}: {}", r.text.en, s.en),
                                }
                            })
                            .collect::<Vec<_>>(),
                        "; ",
                    )
                });
                let missing = if self.quiet {
                    None
                } else {
                    (status == Status::NotMet)
                        .then(|| closest_route_missing(&routes))
                        .flatten()
                };
                (status, evidence, missing)
            }
        };
        Finding {
            criterion: c.id.to_string(),
            status,
            text: c.text.into(),
            cite: c.cite.to_string(),
            evidence,
            missing,
            routes,
        }
    }

    // ---- facts

    fn year(&self, y: i64) -> Option<&YearFacts> {
        self.facts.years.get(&y)
    }

    fn rating_of(&self, y: i64) -> Option<Rating> {
        self.year(y).and_then(|r| r.rating)
    }

    fn name(&self, award: &str) -> Text {
        self.std
            .award_label(award)
            .map(|(n, _)| n.into())
            .unwrap_or_else(|| Text::new(award, award))
    }

    fn names(&self, awards: &[&str]) -> Text {
        let v: Vec<Text> = awards.iter().map(|a| self.name(a)).collect();
        Text {
            vi: v
                .iter()
                .map(|t| t.vi.as_str())
                .collect::<Vec<_>>()
                .join(" hoặc "),
            en: v
                .iter()
                .map(|t| t.en.as_str())
                .collect::<Vec<_>>()
                .join(" or "),
        }
    }

    /// `cong_trang` awards received among `awards`.
    fn received<'f>(&'f self, awards: &'f [&str]) -> impl Iterator<Item = &'f AwardFact> + 'f {
        self.facts
            .awards
            .iter()
            .filter(move |a| a.award_type == AwardType::CongTrang && awards.contains(&a.award.as_str()))
    }

    /// The end of the latest `cong_trang` period among `awards`: later windows start after it.
    fn restart_floor(&self, awards: &[&str]) -> Option<i64> {
        self.received(awards).map(|a| a.period.to).max()
    }

    // ---- criterion kinds

    fn rating(&self, min: Rating, party_counts: bool, y: i64) -> (Status, Text, Option<Text>) {
        let r = self.rating_of(y);
        let party = self.year(y).and_then(|r| r.party_rating);
        let party_member = self.facts.party_member == Some(true);
        let ev = self.say(|| {
            let ev = Text {
                vi: format!("Năm {}: {}", y, rating_text(r).vi),
                en: format!("{}: {}", y, rating_text(r).en),
            };
            if party_counts && party_member {
                Text {
                    vi: format!("{}; xếp loại đảng viên: {}", ev.vi, rating_text(party).vi),
                    en: format!("{}; party rating: {}", ev.en, rating_text(party).en),
                }
            } else {
                ev
            }
        });
        let party_ok = party_counts && party_member && party.is_some_and(|p| p >= min);
        let missing = self.say(|| {
            t!(
                "Cần xếp loại từ {} năm {}.",
                "Needs a rating of at least {} for {}.",
                min.abbr(),
                y
            )
        });
        match r {
            Some(r) if r >= min => (Status::Met, ev, None),
            _ if party_ok => (Status::Met, ev, None),
            None => (Status::Unknown, ev, None),
            Some(_) if party_counts && self.facts.party_member.is_none() => {
                (Status::Unknown, ev, None)
            }
            Some(_) if party_counts && party_member && party.is_none() => {
                (Status::Unknown, ev, None)
            }
            Some(_) => (Status::NotMet, ev, (!self.quiet).then_some(missing)),
        }
    }

    fn party_organisation(&self, min: Rating, y: i64) -> (Status, Text, Option<Text>) {
        let party = self.year(y).and_then(|r| r.party_rating);
        match (self.facts.has_party_organisation, party) {
            (Some(false), _) => (
                Status::Met,
                t!(
                    "Đơn vị không có tổ chức đảng riêng.",
                    "The unit has no party organisation of its own."
                ),
                None,
            ),
            (None, None) => (
                Status::Unknown,
                t!(
                    "Chưa cho biết đơn vị có tổ chức đảng không.",
                    "Not stated whether the unit has a party organisation."
                ),
                None,
            ),
            (_, None) => (
                Status::Unknown,
                t!(
                    "Năm {}: chưa nhập xếp loại tổ chức đảng.",
                    "{}: party organisation rating not entered.",
                    y
                ),
                None,
            ),
            (_, Some(p)) => {
                let ev = t!(
                    "Năm {}: tổ chức đảng {}",
                    "{}: party organisation {}",
                    y,
                    p.abbr()
                );
                if p >= min {
                    (Status::Met, ev, None)
                } else {
                    (
                        Status::NotMet,
                        ev,
                        Some(t!(
                            "Tổ chức đảng cần xếp loại từ {} năm {}.",
                            "The party organisation needs at least {} for {}.",
                            min.abbr(),
                            y
                        )),
                    )
                }
            }
        }
    }

    fn recruited(&self, months: u32, y: i64) -> (Status, Text, Option<Text>) {
        let end = NaiveDate::from_ymd_opt(y as i32 + 1, 1, 1)
            .and_then(|d| d.checked_sub_months(Months::new(months)));
        match (self.facts.recruitment_date, end) {
            (None, _) | (_, None) => (
                Status::Unknown,
                self.say(|| {
                    t!(
                        "Chưa nhập ngày tuyển dụng.",
                        "Recruitment date not entered."
                    )
                }),
                None,
            ),
            (Some(d), Some(limit)) => {
                let ev = self.say(|| {
                    t!(
                        "Tuyển dụng ngày {}; hạn để đủ {} tháng trong năm {}: {}.",
                        "Recruited {}; to have {} months in {} the limit is {}.",
                        crate::rules::date::dmy(d),
                        months,
                        y,
                        crate::rules::date::dmy(limit)
                    )
                });
                if d <= limit {
                    (Status::Met, ev, None)
                } else {
                    (
                        Status::NotMet,
                        ev,
                        self.say_if(true, || {
                            t!(
                                "Chưa đủ {} tháng công tác trong năm {}.",
                                "Fewer than {} months of service in {}.",
                                months,
                                y
                            )
                        }),
                    )
                }
            }
        }
    }

    fn declaration(&self, id: &str, v: &Version) -> (Status, Text, Option<Text>) {
        let Some(decl) = self.std.declaration(id) else {
            return (
                Status::Unknown,
                t!(
                    "Cam kết không có trong danh mục.",
                    "Declaration not in the catalogue."
                ),
                None,
            );
        };
        match self.facts.declarations.get(id) {
            Some(true) => (Status::Met, self.say(|| t!("Đã đánh dấu.", "Ticked.")), None),
            Some(false) => (Status::NotMet, self.say(|| t!("Đã trả lời: không.", "Answered: no.")), self.say_if(true, || decl.text.into())),
            None if decl.route && self.conduct_declarations_ticked(v) => (
                Status::NotMet,
                self.say(|| t!(
                    "Không đánh dấu; các cam kết bắt buộc đã đánh dấu nên xét theo các tiêu chí tính được.",
                    "Not ticked; every conduct declaration is ticked, so the computed routes decide."
                )),
                None,
            ),
            None => (Status::Unknown, self.say(|| t!("Chưa đánh dấu.", "Not ticked yet.")), None),
        }
    }

    /// Whether every conduct (non-route) declaration of the version is ticked.
    fn conduct_declarations_ticked(&self, v: &Version) -> bool {
        let mut all = Vec::new();
        v.criteria.iter().for_each(|c| c.walk(&mut all));
        all.iter().all(|c| match &c.check {
            Check::Declaration { declaration } => {
                self.std.declaration(declaration).is_some_and(|d| d.route)
                    || self.facts.declarations.get(*declaration) == Some(&true)
            }
            _ => true,
        })
    }

    /// Whether the title `award` was held in year `x` (evaluation year `y`).
    fn title(&self, award: &str, x: i64, y: i64) -> (Status, Text) {
        // `f(name)` gives the sentence after "x: " in both languages.
        let said = |f: &dyn Fn(&Text) -> (String, String)| {
            self.say(|| {
                let (vi, en) = f(&self.name(award));
                Text {
                    vi: format!("{x}: {vi}"),
                    en: format!("{x}: {en}"),
                }
            })
        };
        if let Some(a) =
            self.facts.awards.iter().find(|a| {
                a.award == award && a.period.to == x && a.award_type == AwardType::CongTrang
            })
        {
            let num = if a.decision_number.is_empty() {
                String::new()
            } else {
                format!(" ({})", a.decision_number)
            };
            return (
                Status::Met,
                said(&|n| {
                    (
                        format!("đã nhận {}{num}", n.vi),
                        format!("received {}{num}", n.en),
                    )
                }),
            );
        }
        if x == y && self.std.award(award).is_some() {
            return match self.outcome_of(award, x) {
                Outcome::Eligible => (
                    Status::Met,
                    said(&|n| {
                        (
                            format!("đủ điều kiện {} (theo kết quả kiểm tra)", n.vi),
                            format!("eligible for {} (this check)", n.en),
                        )
                    }),
                ),
                Outcome::Undetermined => (
                    Status::Unknown,
                    said(&|n| {
                        (
                            format!("{} chưa đủ dữ liệu", n.vi),
                            format!("{} — not enough data", n.en),
                        )
                    }),
                ),
                _ => (
                    Status::NotMet,
                    said(&|n| (format!("chưa đạt {}", n.vi), format!("no {}", n.en))),
                ),
            };
        }
        if self
            .facts
            .awards
            .iter()
            .any(|a| a.award == award && a.period.to == x)
        {
            let only = (
                "chỉ có khen thưởng đột xuất hoặc chuyên đề — không được tính",
                "only a one-off or thematic award — does not count",
            );
            (
                Status::NotMet,
                said(&|_| (only.0.to_string(), only.1.to_string())),
            )
        } else {
            (
                Status::NotMet,
                said(&|n| {
                    (
                        format!("chưa nhập {} đã nhận", n.vi),
                        format!("no {} entered as received", n.en),
                    )
                }),
            )
        }
    }

    fn year_test(&self, test: &YearTest, x: i64, y: i64) -> (Status, Text) {
        match test {
            YearTest::Rating(min) => {
                let r = self.rating_of(x);
                let s = r.map_or(Status::Unknown, |r| Status::from_bool(r >= *min));
                (
                    s,
                    self.say(|| Text {
                        vi: format!("{}: {}", x, rating_text(r).vi),
                        en: format!("{}: {}", x, rating_text(r).en),
                    }),
                )
            }
            YearTest::RatingWithParty(min) => {
                let r = self.rating_of(x);
                let p = self.year(x).and_then(|r| r.party_rating);
                let needs_party = self.facts.has_party_organisation == Some(true) || p.is_some();
                let gov = r.map_or(Status::Unknown, |r| Status::from_bool(r >= *min));
                let party = if needs_party {
                    p.map_or(Status::Unknown, |p| Status::from_bool(p >= *min))
                } else {
                    Status::Met
                };
                let ev = self.say(|| {
                    if needs_party {
                        Text {
                            vi: format!(
                                "{}: {} / tổ chức đảng {}",
                                x,
                                rating_text(r).vi,
                                rating_text(p).vi
                            ),
                            en: format!(
                                "{}: {} / party {}",
                                x,
                                rating_text(r).en,
                                rating_text(p).en
                            ),
                        }
                    } else {
                        Text {
                            vi: format!("{}: {}", x, rating_text(r).vi),
                            en: format!("{}: {}", x, rating_text(r).en),
                        }
                    }
                });
                (Status::all([gov, party]), ev)
            }
            YearTest::Title(award) => self.title(award, x, y),
        }
    }

    fn test_label(&self, test: &YearTest) -> Text {
        match test {
            YearTest::Rating(r) | YearTest::RatingWithParty(r) => {
                t!("xếp loại từ {}", "rated at least {}", r.abbr())
            }
            YearTest::Title(a) => {
                let n = self.name(a);
                Text {
                    vi: format!("đạt {}", n.vi),
                    en: format!("holding {}", n.en),
                }
            }
        }
    }

    fn streak(
        &self,
        length: i64,
        each: &YearTest,
        restart_after: &[&str],
        y: i64,
    ) -> (Status, Text, Option<Text>) {
        let floor = self.restart_floor(restart_after);
        let mut statuses = Vec::new();
        let mut parts = Vec::new();
        for x in (y - length + 1)..=y {
            if floor.is_some_and(|f| x <= f) {
                statuses.push(Status::NotMet);
                parts.push(self.say(|| {
                    t!(
                        "{}: thuộc thời gian của lần khen trước",
                        "{}: within the previous award's period",
                        x
                    )
                }));
            } else {
                let (s, ev) = self.year_test(each, x, y);
                statuses.push(s);
                parts.push(ev);
            }
        }
        let status = Status::all(statuses);
        if self.quiet {
            return (status, Text::default(), None);
        }
        let label = self.test_label(each);
        let after = floor
            .map(|f| t!(", sau năm {}", ", after {}", f))
            .unwrap_or_default();
        let missing = (status == Status::NotMet).then(|| {
            t!(
                "Cần {} năm liên tục {} đến năm {}{}.",
                "Needs {} consecutive years {} up to {}{}.",
                length,
                label.vi,
                y,
                after.vi
            )
            .with_en(format!(
                "Needs {} consecutive years {} up to {}{}.",
                length, label.en, y, after.en
            ))
        });
        (status, Text::join(&parts, "; "), missing)
    }

    fn achievements(
        &self,
        min_scope: Scope,
        min_count: usize,
        window: i64,
        require_applied: bool,
        restart_after: &[&str],
        y: i64,
    ) -> (Status, Text, Option<Text>) {
        let floor = self.restart_floor(restart_after);
        let from = (y - window + 1).max(floor.map_or(i64::MIN, |f| f + 1));
        let in_window: Vec<&AchievementFact> = self
            .facts
            .achievements
            .iter()
            .filter(|a| a.year >= from && a.year <= y && a.scope >= min_scope)
            .collect();
        let counts = |a: &&&AchievementFact| !require_applied || a.applied == Some(true);
        let confirmed = in_window.iter().filter(counts).count();
        let maybe = in_window
            .iter()
            .filter(|a| require_applied && a.applied.is_none())
            .count();
        let status = if confirmed >= min_count {
            Status::Met
        } else if confirmed + maybe >= min_count {
            Status::Unknown
        } else {
            Status::NotMet
        };
        if self.quiet {
            return (status, Text::default(), None);
        }
        let listed: Vec<Text> = in_window
            .iter()
            .map(|a| {
                let kind = match a.kind {
                    AchievementKind::SangKien => Text::new("Sáng kiến", "Initiative"),
                    AchievementKind::DeTai => Text::new("Đề tài", "Research"),
                };
                let applied = match a.applied {
                    Some(true) => Text::new("đã áp dụng hiệu quả", "applied effectively"),
                    Some(false) => Text::new("chưa áp dụng hiệu quả", "not applied effectively"),
                    None => Text::new("chưa cho biết đã áp dụng", "application not stated"),
                };
                Text {
                    vi: format!(
                        "{} \"{}\" ({}, {}, {})",
                        kind.vi,
                        a.title,
                        a.year,
                        a.scope.label_vi(),
                        applied.vi
                    ),
                    en: format!(
                        "{} \"{}\" ({}, {}, {})",
                        kind.en,
                        a.title,
                        a.year,
                        a.scope.label_en(),
                        applied.en
                    ),
                }
            })
            .collect();
        let years = if from == y {
            format!("{y}")
        } else {
            format!("{from}–{y}")
        };
        let evidence = if listed.is_empty() {
            Text {
                vi: format!(
                    "Không có sáng kiến, đề tài từ {} trong {}.",
                    min_scope.label_vi(),
                    years
                ),
                en: format!(
                    "No initiative or research at {} or higher in {}.",
                    min_scope.label_en(),
                    years
                ),
            }
        } else {
            let j = Text::join(&listed, "; ");
            Text {
                vi: format!("{} (tính được {}/{}).", j.vi, confirmed, min_count),
                en: format!("{} ({} of {} count).", j.en, confirmed, min_count),
            }
        };
        let need = min_count.saturating_sub(confirmed + maybe);
        let applied = if require_applied {
            (", áp dụng hiệu quả", ", applied effectively")
        } else {
            ("", "")
        };
        let missing = (status == Status::NotMet).then(|| Text {
            vi: format!(
                "Cần thêm {} sáng kiến hoặc đề tài từ {}{} trong {}.",
                need,
                min_scope.label_vi(),
                applied.0,
                years
            ),
            en: format!(
                "Needs {} more initiative(s) or research at {} or higher{} in {}.",
                need,
                min_scope.label_en(),
                applied.1,
                years
            ),
        });
        (status, evidence, missing)
    }

    /// The natural period of an award found eligible for `y`: a streak's length, else one year.
    fn natural_period(&self, award: &str, y: i64) -> Period {
        natural_period(self.std, award, self.facts.proposal_date, y)
    }

    fn consecutive_awards(
        &self,
        award: &str,
        count: usize,
        y: i64,
    ) -> (Status, Text, Option<Text>) {
        let name = self.name(award);
        let ids = [award];
        let mut periods: Vec<Period> = self.received(&ids).map(|a| a.period).collect();
        let mut parts = Vec::new();
        let mut last_unknown = false;
        if !periods.iter().any(|p| p.to == y) {
            match self.outcome_of(award, y) {
                Outcome::Eligible => {
                    let p = self.natural_period(award, y);
                    parts.push(self.say(|| Text {
                        vi: format!("{}–{}: đủ điều kiện (theo kết quả kiểm tra)", p.from, p.to),
                        en: format!("{}–{}: eligible (this check)", p.from, p.to),
                    }));
                    periods.push(p);
                }
                Outcome::Undetermined => {
                    last_unknown = true;
                    let p = self.natural_period(award, y);
                    parts.push(self.say(|| Text {
                        vi: format!("{}–{}: chưa đủ dữ liệu", p.from, p.to),
                        en: format!("{}–{}: not enough data", p.from, p.to),
                    }));
                    periods.push(p);
                }
                _ => {}
            }
        }
        super::order::sort_by_key(&mut periods, |p| p.to);
        for p in self.received(&ids).filter(|_| !self.quiet) {
            parts.push(Text {
                vi: format!("{}–{}: đã nhận", p.period.from, p.period.to),
                en: format!("{}–{}: received", p.period.from, p.period.to),
            });
        }
        // Walk back from the period ending in y through periods that join end to start.
        let mut chain = 0;
        let mut end = y;
        while let Some(p) = periods.iter().find(|p| p.to == end) {
            chain += 1;
            end = p.from - 1;
        }
        let status = if chain >= count {
            if last_unknown {
                Status::Unknown
            } else {
                Status::Met
            }
        } else {
            Status::NotMet
        };
        if self.quiet {
            return (status, Text::default(), None);
        }
        let evidence = if parts.is_empty() {
            Text {
                vi: format!("Chưa có {}.", name.vi),
                en: format!("No {} yet.", name.en),
            }
        } else {
            Text::join(&parts, "; ")
        };
        let missing = (status == Status::NotMet).then(|| Text {
            vi: format!(
                "Cần {} lần {} liên tiếp, lần cuối kết thúc năm {} (hiện có {}).",
                count, name.vi, y, chain
            ),
            en: format!(
                "Needs {} consecutive {} titles, the last ending in {} (now {}).",
                count, name.en, y, chain
            ),
        });
        (status, evidence, missing)
    }

    fn prior_award(
        &self,
        awards: &[&str],
        restart_after: &[&str],
        y: i64,
        st: &mut RunState,
    ) -> (Status, Text, Option<Text>) {
        let floor = self.restart_floor(restart_after);
        st.lower_bound = floor;
        let basis = self
            .received(awards)
            .filter(|a| a.period.to < y && floor.is_none_or(|f| a.period.to > f))
            .min_by_key(|a| a.period.to);
        if self.quiet {
            return match basis {
                Some(b) => {
                    st.lower_bound = Some(b.period.to);
                    (Status::Met, Text::default(), None)
                }
                None => (Status::NotMet, Text::default(), None),
            };
        }
        let names = self.names(awards);
        let ignored: Vec<&AwardFact> = self
            .facts
            .awards
            .iter()
            .filter(|a| awards.contains(&a.award.as_str()) && a.award_type != AwardType::CongTrang)
            .collect();
        let note = if ignored.is_empty() {
            Text::default()
        } else {
            t!(
                " Khen thưởng đột xuất/chuyên đề ({}) không được tính.",
                " One-off/thematic awards ({}) do not count.",
                ignored
                    .iter()
                    .map(|a| a.period.to.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        let after = floor
            .map(|f| t!(" sau năm {}", " after {}", f))
            .unwrap_or_default();
        match basis {
            Some(b) => {
                st.lower_bound = Some(b.period.to);
                let name = self.name(&b.award);
                let num = if b.decision_number.is_empty() {
                    String::new()
                } else {
                    format!(", {}", b.decision_number)
                };
                (
                    Status::Met,
                    Text {
                        vi: format!(
                            "{} cho thời gian {}–{}{}; chuỗi năm tính từ {}.{}",
                            name.vi,
                            b.period.from,
                            b.period.to,
                            num,
                            b.period.to + 1,
                            note.vi
                        ),
                        en: format!(
                            "{} for {}–{}{}; the run counts from {}.{}",
                            name.en,
                            b.period.from,
                            b.period.to,
                            num,
                            b.period.to + 1,
                            note.en
                        ),
                    },
                    None,
                )
            }
            None => (
                Status::NotMet,
                Text {
                    vi: format!(
                        "Chưa nhập {} (khen công trạng){}.{}",
                        names.vi, after.vi, note.vi
                    ),
                    en: format!(
                        "No {} (merit award) entered{}.{}",
                        names.en, after.en, note.en
                    ),
                },
                Some(Text {
                    vi: format!("Cần có {} (khen công trạng){} trước.", names.vi, after.vi),
                    en: format!("Needs a {} (merit award){} first.", names.en, after.en),
                }),
            ),
        }
    }

    fn run(
        &self,
        min_years: i64,
        min: Rating,
        y: i64,
        st: &mut RunState,
    ) -> (Status, Text, Option<Text>) {
        let lower = st.lower_bound;
        let mut len = 0;
        let mut x = y;
        let stop = loop {
            if lower.is_some_and(|l| x <= l) {
                break self.say(|| t!("bắt đầu sau năm {}", "starts after {}", x));
            }
            match self.rating_of(x) {
                Some(r) if r >= min => len += 1,
                Some(r) => break self.say(|| t!("năm {} xếp loại {}", "{} rated {}", x, r.abbr())),
                None => break self.say(|| t!("năm {} chưa nhập xếp loại", "{} has no rating", x)),
            }
            x -= 1;
        };
        let unknown_stop = self.rating_of(x).is_none() && lower.is_none_or(|l| x > l);
        st.run = Some((y - len + 1, y));
        let status = if len >= min_years {
            Status::Met
        } else if unknown_stop {
            Status::Unknown
        } else {
            Status::NotMet
        };
        if self.quiet {
            return (status, Text::default(), None);
        }
        let evidence = if len == 0 {
            Text {
                vi: format!(
                    "Không có năm nào từ {} liên tục đến {} ({}).",
                    min.abbr(),
                    y,
                    stop.vi
                ),
                en: format!(
                    "No year rated at least {} up to {} ({}).",
                    min.abbr(),
                    y,
                    stop.en
                ),
            }
        } else {
            Text {
                vi: format!(
                    "{} năm liên tục từ {} ({}–{}); chuỗi {}.",
                    len,
                    min.abbr(),
                    y - len + 1,
                    y,
                    stop.vi
                ),
                en: format!(
                    "{} consecutive years at least {} ({}–{}); the run {}.",
                    len,
                    min.abbr(),
                    y - len + 1,
                    y,
                    stop.en
                ),
            }
        };
        let missing = (status == Status::NotMet).then(|| Text {
            vi: format!(
                "Cần thêm {} năm liên tục xếp loại từ {}.",
                min_years - len,
                min.abbr()
            ),
            en: format!(
                "Needs {} more consecutive year(s) rated at least {}.",
                min_years - len,
                min.abbr()
            ),
        });
        (status, evidence, missing)
    }

    /// Counts the years of `from..=to` passing `each`.
    fn count_years(
        &self,
        each: &YearTest,
        min_count: usize,
        from: i64,
        to: i64,
        y: i64,
        in_run: bool,
    ) -> (Status, Text, Option<Text>) {
        let mut met = 0;
        let mut unknown = 0;
        let mut parts = Vec::new();
        for x in from..=to {
            let (s, ev) = self.year_test(each, x, y);
            match s {
                Status::Met => met += 1,
                Status::Unknown => unknown += 1,
                Status::NotMet => {}
            }
            parts.push(ev);
        }
        let status = if met >= min_count {
            Status::Met
        } else if met + unknown >= min_count {
            Status::Unknown
        } else {
            Status::NotMet
        };
        if self.quiet {
            return (status, Text::default(), None);
        }
        let label = self.test_label(each);
        let span = if from > to {
            String::from("—")
        } else {
            format!("{from}–{to}")
        };
        let evidence = Text {
            vi: format!(
                "{} năm {} trong {}{}",
                met,
                label.vi,
                span,
                if parts.is_empty() {
                    ".".into()
                } else {
                    format!(": {}", Text::join(&parts, "; ").vi)
                }
            ),
            en: format!(
                "{} year(s) {} in {}{}",
                met,
                label.en,
                span,
                if parts.is_empty() {
                    ".".into()
                } else {
                    format!(": {}", Text::join(&parts, "; ").en)
                }
            ),
        };
        let where_ = if in_run {
            ("trong chuỗi năm", "within the run")
        } else {
            ("trong kỳ xét", "in the review period")
        };
        let missing = (status == Status::NotMet).then(|| Text {
            vi: format!(
                "Cần thêm {} năm {} {}.",
                min_count - met - unknown,
                label.vi,
                where_.0
            ),
            en: format!(
                "Needs {} more year(s) {} {}.",
                min_count - met - unknown,
                label.en,
                where_.1
            ),
        });
        (status, evidence, missing)
    }

    fn period_all(&self, min: Rating, p: Period) -> (Status, Text, Option<Text>) {
        let mut statuses = Vec::new();
        let mut parts = Vec::new();
        let mut failing = Vec::new();
        for x in p.from..=p.to {
            let r = self.rating_of(x);
            let s = r.map_or(Status::Unknown, |r| Status::from_bool(r >= min));
            if s == Status::NotMet {
                failing.push(x.to_string());
            }
            statuses.push(s);
            parts.push(Text {
                vi: format!("{}: {}", x, rating_text(r).vi),
                en: format!("{}: {}", x, rating_text(r).en),
            });
        }
        let status = Status::all(statuses);
        let missing = (status == Status::NotMet).then(|| Text {
            vi: format!(
                "Các năm {} chưa đạt {} trong kỳ {}–{}.",
                failing.join(", "),
                min.abbr(),
                p.from,
                p.to
            ),
            en: format!(
                "The years {} are below {} in the period {}–{}.",
                failing.join(", "),
                min.abbr(),
                p.from,
                p.to
            ),
        });
        (status, Text::join(&parts, "; "), missing)
    }

    /// Member counts of year `y`: entered, or derived from the members one by one.
    fn counts(&self, y: i64) -> Option<Counts> {
        if let Some((_, c)) = self.counts_memo.borrow().iter().find(|(yy, _)| *yy == y) {
            return c.clone();
        }
        let c = self.derive_counts(y);
        self.counts_memo.borrow_mut().push((y, c.clone()));
        c
    }

    fn derive_counts(&self, y: i64) -> Option<Counts> {
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

    /// A member criterion. `decide(lo, hi, total)` returns (surely met, surely not met, requirement text).
    fn members(
        &self,
        field: MemberField,
        y: i64,
        decide: impl Fn(u32, u32, u32) -> (bool, bool, Text),
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
                Text {
                    vi: format!(
                        "Năm {}: chưa nhập tổng số thành viên hoặc số {}.",
                        y, label.vi
                    ),
                    en: format!("{}: total members or {} not entered.", y, label.en),
                },
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
        let (met, not_met, need) = decide(v.lo, v.hi, total);
        let shown = if v.lo == v.hi {
            v.lo.to_string()
        } else {
            format!("{}–{}", v.lo, v.hi)
        };
        let evidence = Text {
            vi: format!(
                "Năm {}: {}/{} thành viên {} ({}).",
                y, shown, total, label.vi, need.vi
            ),
            en: format!(
                "{}: {}/{} members {} ({}).",
                y, shown, total, label.en, need.en
            ),
        };
        let status = if met {
            Status::Met
        } else if not_met {
            Status::NotMet
        } else {
            Status::Unknown
        };
        let missing = (status == Status::NotMet).then(|| Text {
            vi: format!("Số thành viên {}: {} — {}.", label.vi, shown, need.vi),
            en: format!("Members {}: {} — {}.", label.en, shown, need.en),
        });
        (status, evidence, missing)
    }
}

fn member_label(f: MemberField) -> Text {
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

fn rating_text(r: Option<Rating>) -> Text {
    match r {
        Some(r) => Text::new(r.abbr(), r.abbr()),
        None => Text::new("chưa nhập xếp loại", "no rating entered"),
    }
}

fn status_word(s: Status) -> Text {
    match s {
        Status::Met => Text::new("đạt", "met"),
        Status::NotMet => Text::new("chưa đạt", "not met"),
        Status::Unknown => Text::new("chưa đủ dữ liệu", "not enough data"),
    }
}

/// The missing texts of the route closest to being met, preferring computed routes over
/// routes made only of declarations.
fn closest_route_missing(routes: &[RouteFinding]) -> Option<Text> {
    let computed = |r: &&RouteFinding| r.findings.iter().any(|f| f.missing.is_some());
    let best = routes.iter().filter(computed).min_by_key(|r| {
        r.findings
            .iter()
            .filter(|f| f.status == Status::NotMet)
            .count()
    })?;
    let parts: Vec<Text> = best
        .findings
        .iter()
        .filter_map(|f| f.missing.clone())
        .collect();
    let j = Text::join(&parts, " ");
    Some(Text {
        vi: format!("{}: {}", best.text.vi, j.vi),
        en: format!("{}: {}", best.text.en, j.en),
    })
}

fn collect_missing(findings: &[Finding], out: &mut Vec<Text>) {
    for f in findings {
        if f.status == Status::NotMet {
            if let Some(m) = &f.missing {
                out.push(m.clone());
            }
        }
    }
}

fn gap(findings: &[Finding], earliest: Option<i64>, fixed_period: bool) -> Gap {
    let mut missing = Vec::new();
    collect_missing(findings, &mut missing);
    let joined = Text::join(&missing, " ");
    let summary = match (earliest, fixed_period) {
        (Some(y), _) => Text {
            vi: format!("{} Sớm nhất năm {} nếu các năm tới đều đạt.", joined.vi, y),
            en: format!(
                "{} Earliest {} if every later year goes well.",
                joined.en, y
            ),
        },
        (None, true) => Text {
            vi: format!("{} Kỳ xét đã cố định.", joined.vi),
            en: format!("{} The review period is fixed.", joined.en),
        },
        (None, false) => Text {
            vi: format!(
                "{} Không đạt được chỉ bằng kết quả các năm tới (cần điều kiện khác).",
                joined.vi
            ),
            en: format!(
                "{} Not reachable by later years alone (other conditions are needed).",
                joined.en
            ),
        },
    };
    Gap {
        missing,
        earliest_year: earliest,
        summary,
    }
}

/// Whether the award goes on (its latest version has no end date): campaigns that
/// closed cannot be reached by later years.
fn open_ended(a: &Award) -> bool {
    a.versions.last().is_some_and(|v| v.to.is_none())
}

fn natural_period(std: &Standards, award: &str, date: NaiveDate, y: i64) -> Period {
    let len = std
        .award(award)
        .and_then(|a| a.version_for(date))
        .and_then(|v| {
            v.criteria.iter().find_map(|c| match &c.check {
                Check::Streak { length, .. } => Some(*length),
                _ => None,
            })
        })
        .unwrap_or(1);
    Period {
        from: y - len + 1,
        to: y,
    }
}

/// The projection behind the gaps: from the evaluation year on, every later year goes
/// well and every award found eligible is received. Returns, per target award, the
/// first later year in which it is eligible.
fn earliest_years(std: &Standards, facts: &Facts, targets: &[&str]) -> Vec<(String, i64)> {
    let date = facts.proposal_date;
    let y0 = facts.evaluation_year;
    let mut sim = facts.clone();
    sim.warnings.clear();
    sim.pending_proceedings = Some(false);
    for d in std.declarations.iter().filter(|d| !d.route) {
        sim.declarations.insert(d.id.to_string(), true);
    }
    let total = facts
        .years
        .values()
        .rev()
        .find_map(|r| r.counts.as_ref().and_then(|c| c.total))
        .or_else(|| (!facts.members.is_empty()).then_some(facts.members.len() as u32))
        .unwrap_or(1);
    let awards: Vec<&Award> = std
        .awards
        .iter()
        .filter(|a| a.subject == facts.subject)
        .filter(|a| {
            open_ended(a)
                && a.version_for(date)
                    .is_some_and(|v| v.review_period.is_none() && v.manual_review.is_none())
        })
        .collect();
    let mut found: Vec<(String, i64)> = Vec::new();
    for t in y0..=y0 + HORIZON {
        if t > y0 && !sim.years.contains_key(&t) {
            let all = Range::exact(total);
            sim.years.insert(
                t,
                YearFacts {
                    label: t.to_string(),
                    rating: Some(Rating::Htxs),
                    party_rating: Some(Rating::Htxs),
                    discipline: None,
                    counts: Some(Counts {
                        total: Some(total),
                        at_least_ht: Some(all),
                        htxs: None,
                        htt: None,
                        lao_dong_tien_tien: Some(all),
                        chien_si_thi_dua_co_so: Some(all),
                        disciplined_canh_cao_or_heavier: Some(Range::exact(0)),
                    }),
                },
            );
            sim.achievements.push(AchievementFact {
                kind: AchievementKind::SangKien,
                title: String::new(),
                year: t,
                scope: Scope::ToanQuoc,
                applied: Some(true),
            });
        }
        sim.evaluation_year = t;
        let received: Vec<AwardFact> = {
            let engine = Engine::quiet(std, &sim);
            awards
                .iter()
                .filter(|a| engine.outcome_of(a.id, t) == Outcome::Eligible)
                .map(|a| AwardFact {
                    award: a.id.to_string(),
                    period: natural_period(std, a.id, date, t),
                    award_type: AwardType::CongTrang,
                    decision_number: String::new(),
                })
                .collect()
        };
        for a in received {
            if t > y0 && targets.contains(&a.award.as_str())
                && !found.iter().any(|(f, _)| *f == a.award) {
                    found.push((a.award.clone(), t));
                }
            if !sim
                .awards
                .iter()
                .any(|b| b.award == a.award && b.period.to == t)
            {
                sim.awards.push(a);
            }
        }
        if found.len() == targets.len() {
            break;
        }
    }
    found
}

/// A multiple such as 1.5 written with the Vietnamese decimal comma ("1,5") and the English
/// point ("1.5"), from whole tenths (formatting an `f64` would pull 10 KB into the wasm).
fn multiple_text(m: f64) -> (String, String) {
    let tenths = (m * 10.0).round() as u64;
    match tenths % 10 {
        0 => ((tenths / 10).to_string(), (tenths / 10).to_string()),
        t => (format!("{},{t}", tenths / 10), format!("{}.{t}", tenths / 10)),
    }
}

fn group_digits(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}


#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::validate::validate;

    /// The quiet engine (used by the gap projection) must decide exactly like the full one.
    #[test]
    fn quiet_and_full_engines_give_the_same_outcome_for_every_award_and_year() {
        let std = Standards::get();
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let files = [include_str!(
            "../../examples/worked-example-bang-khen-tinh.json"
        )];
        let mut profiles: Vec<crate::rules::Profile> = files
            .iter()
            .flat_map(|f| crate::rules::parse_profiles(f).unwrap())
            .collect();
        let (csv, _) =
            crate::rules::unit::parse_csv(include_str!("../../examples/unit-candidates.csv"), std);
        profiles.extend(csv);
        for p in &profiles {
            let facts = validate(p, std, today).unwrap();
            for y in 2024..=2026 {
                let (full, quiet) = (Engine::new(std, &facts), Engine::quiet(std, &facts));
                for a in std.awards.iter().filter(|a| a.subject == facts.subject) {
                    assert_eq!(
                        full.outcome_of(a.id, y),
                        quiet.outcome_of(a.id, y),
                        "{} in {y}",
                        a.id
                    );
                }
            }
        }
    }
}

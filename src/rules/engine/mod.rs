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
//!
//! Map (a reviewer holding the rule book finds a clause here):
//! - `principles`: the general principles of rule book §2a, applied to every award
//!   before its own criteria (pending matters, discipline periods);
//! - `ratings`: ratings and conduct (rating of Y, party and mass organisations,
//!   continuous work, declarations);
//! - `runs`: runs and windows (streaks, unbroken runs, counts inside them, review periods);
//! - `achievements`: initiatives and research, one use each (§2a.4);
//! - `awards`: prior awards (titles held, consecutive awards, the basis of a run);
//! - `members`: a collective's member counts;
//! - `gaps`: what is missing and the earliest year (§3); `bonus`: estimates (§7).
//! - Gaps come from a projection in which every later year goes well (rated `htxs`, one
//!   applied national-scope initiative, conduct declarations ticked, every award found
//!   eligible received); route declarations are never assumed.

use std::cell::{OnceCell, RefCell};

use chrono::{Datelike, Months, NaiveDate};

use super::determination::*;
use super::facts::{AchievementKind, AwardType, DisciplineLevel, Period, Rating, Scope};
use super::standards::{Award, AwardKind, Check, Criterion, MemberField, Standards, Version, YearTest};
use super::text::{Parts, Text};
use super::validate::{AchievementFact, AwardFact, Counts, Facts, Range, YearFacts};
use crate::t;

mod achievements;
mod awards;
mod bonus;
mod bounds;
mod gaps;
mod members;
mod principles;
mod ratings;
mod rounds;
mod runs;

use bonus::*;
use gaps::*;
use members::Bound;


/// How many later years the gap projection looks at.
const HORIZON: i64 = 20;

/// Evaluates every award of the profile's subject.
pub fn evaluate_facts(std: &Standards, facts: &Facts) -> Evaluation {
    // Facts that bypassed validation are brought into its bounds first (issue 11).
    if let Some(b) = bounds::bounded(facts) {
        return evaluate_facts(std, &b);
    }
    drive(Engine::new(std, facts), earliest_years)
}

/// The engine before issue 13, kept as the reference the fast path is compared with
/// (`tests/engine_equivalence.rs`, `cargo bench --bench evaluate`): every award of every
/// projected year determined in full, nested outcomes with all their sentences. Native
/// builds only: it costs the browser nothing.
#[cfg(not(target_arch = "wasm32"))]
#[doc(hidden)]
pub fn evaluate_facts_reference(std: &Standards, facts: &Facts) -> Evaluation {
    if let Some(b) = bounds::bounded(facts) {
        return evaluate_facts_reference(std, &b);
    }
    drive(Engine { reference: true, ..Engine::new(std, facts) }, reference::earliest_years)
}

#[cfg(not(target_arch = "wasm32"))]
mod reference;

/// The projection behind the gaps: per target award, the first later year it is eligible.
/// The projection: the standards, the facts, the targets (awards not eligible that later
/// years could open) and the outcome of every award of the evaluation year as the
/// determinations found it.
type Projection = fn(&Standards, &Facts, &[&str], &[(&str, Outcome)]) -> Vec<(String, i64)>;

/// One determination per award (with every sentence), then the gaps of those not
/// eligible from `project`, then the notices.
fn drive(engine: Engine, project: Projection) -> Evaluation {
    let (std, facts) = (engine.std, engine.facts);
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
        .map(|d| &*d.award)
        .collect();
    let earliest = if targets.is_empty() {
        Vec::new()
    } else {
        let known: Vec<(&str, Outcome)> = determinations.iter().map(|d| (&*d.award, d.outcome)).collect();
        project(std, facts, &targets, &known)
    };
    for d in &mut determinations {
        if let (Outcome::NotEligible, Some(c)) = (d.outcome, &d.closed_round) {
            // A closed round is never the way forward (rule book §3, §6.1).
            d.gaps.push(rounds::closed_gap(&d.findings, c, d.review_period.is_some()));
        } else if d.outcome == Outcome::NotEligible {
            d.gaps.push(gap(
                &d.findings,
                earliest.iter().find(|(a, _)| *a == d.award).map(|(_, y)| *y),
                d.review_period.is_some(),
                facts.years.get(&y).is_none_or(|r| r.rating.is_none()).then_some(y),
            ));
        }
    }

    let mut notices = Vec::new();
    if facts.proposal_date >= std.general.amendment_notice_from {
        let n = &std.general.amendment_notice;
        notices.push(Note {
            kind: NoteKind::Scope,
            text: n.text.into(),
            cite: n.cite.into(),
        });
    }
    notices.extend(bonus_total(std, facts.proposal_date, &determinations));
    Evaluation {
        name: facts.name.clone(),
        subject: facts.subject,
        proposal_date: facts.proposal_date,
        evaluation_year: y,
        rule_set: std.rule_set_for(facts.proposal_date).map(|r| r.id.into()),
        legal_basis: std.rule_set_for(facts.proposal_date).map(|r| r.texts.into()),
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
    /// Years before the run that a missing rating leaves open (rule book §3): the run
    /// stopped at an unrated year, and these years could still extend it.
    open_before: Option<(i64, i64)>,
    /// The award being determined and its kind (an initiative's use depends on it).
    award: Option<(&'static str, AwardKind)>,
    run: Option<(i64, i64)>,
}

struct Engine<'a> {
    std: &'a Standards,
    facts: &'a Facts,
    memo: RefCell<Vec<(&'static str, i64, Outcome)>>,
    /// Member counts per year: derived once, read by every member criterion.
    counts_memo: RefCell<Vec<(i64, Option<Counts>)>>,
    /// Outcomes only, no sentences (the gap projection): the same statuses, far less work.
    quiet: bool,
    /// The reference engine (before issue 13): nested outcomes are full determinations.
    reference: bool,
    /// Every conduct (non-route) declaration of the catalogue reads as ticked, whatever
    /// the facts say (the gap projection: the same as writing them into a copy of the
    /// facts, without building that map each time).
    conduct_assumed: bool,
    /// A quiet engine over the same facts that decides the nested outcomes of a full one
    /// (a title held in Y, the award before a chain): their sentences are never shown.
    twin: OnceCell<Box<Engine<'a>>>,
    /// The awards received, as year sets per award id (built on first use); `None` when a
    /// period ends outside the years a set can hold, and the list is then scanned.
    held: OnceCell<Option<Vec<Held>>>,
    /// Per version (by address): whether every conduct declaration is ticked.
    ticked: RefCell<Vec<(usize, bool)>>,
    /// Per declaration id (by address and length): the catalogue entry and the answer
    /// (the projection never changes the declarations, so it carries these too).
    decls: RefCell<Vec<DeclAnswer>>,
    /// Per `restart_after` list of the standards (by address): its floor. The awards
    /// received do not change during one engine's life; the projection carries these
    /// from year to year and raises them as it receives awards (`raise_floors`).
    floors: RefCell<Vec<Floor>>,
}

/// A `restart_after` list of the standards and the end of the latest `cong_trang` period
/// among its awards.
type Floor = (&'static [&'static str], Option<i64>);

/// Raises the remembered floors of the lists naming `id`: an award of `id` received with
/// a period ending in `to` (the projection).
fn raise_floors(floors: &mut [Floor], id: &str, to: i64) {
    for (list, f) in floors {
        if list.iter().any(|a| same(a, id)) && f.is_none_or(|f| f < to) {
            *f = Some(to);
        }
    }
}

/// A declaration id (address, length), its catalogue entry and the profile's answer.
type DeclAnswer = ((usize, usize), Option<&'static crate::rules::standards::Declaration>, Option<bool>);

/// The address and length of a text compiled into the standards (a cache key).
fn key(s: &[impl Sized]) -> (usize, usize) {
    (s.as_ptr() as usize, s.len())
}

/// The awards of one id received, by the year their period ends (bit `to - HELD_BASE`).
#[derive(Clone)]
struct Held {
    id: &'static str,
    /// Received as `cong_trang`.
    merit: u64,
    /// Received in any form.
    any: u64,
}

/// The first year a `Held` set holds; the sets reach 63 years later (u64: no emulated
/// 128-bit shifts in the wasm; later years make the engine scan the list instead).
const HELD_BASE: i64 = 2000;

impl Held {
    /// The sets of `awards`, or `None` when a period ends outside them.
    fn index(std: &Standards, awards: &[AwardFact]) -> Option<Vec<Held>> {
        let mut out = Some(Vec::with_capacity(8));
        for a in awards {
            // The standards' own id: later look-ups then match by address (`same`), not
            // by comparing the text. An id the standards do not know: the list is scanned.
            let id = std.static_id(&a.award)?;
            Held::add(&mut out, id, a.period.to, a.award_type == AwardType::CongTrang);
        }
        out
    }

    /// Whether an award of `id` with a period ending in `to` was received in any form, or
    /// `None` when the sets cannot say.
    fn any_in(sets: Option<&[Held]>, id: &str, to: i64) -> Option<bool> {
        let bit = u32::try_from(to.checked_sub(HELD_BASE)?).ok().filter(|b| *b < 64)?;
        Some(sets?.iter().any(|h| same(h.id, id) && h.any >> bit & 1 == 1))
    }

    /// Adds an award of `id` whose period ends in `to` (the projection adds one per
    /// award received in a projected year, instead of indexing the list again).
    fn add(sets: &mut Option<Vec<Held>>, id: &'static str, to: i64, merit: bool) {
        let Some(list) = sets else { return };
        let Some(bit) = to.checked_sub(HELD_BASE).and_then(|b| u32::try_from(b).ok()).filter(|b| *b < 64) else {
            *sets = None;
            return;
        };
        let k = match list.iter().position(|h| same(h.id, id)) {
            Some(k) => k,
            None => {
                list.push(Held { id, merit: 0, any: 0 });
                list.len() - 1
            }
        };
        list[k].any |= 1 << bit;
        if merit {
            list[k].merit |= 1 << bit;
        }
    }
}

impl<'a> Engine<'a> {
    fn new(std: &'a Standards, facts: &'a Facts) -> Self {
        Engine {
            std,
            facts,
            memo: RefCell::new(Vec::new()),
            counts_memo: RefCell::new(Vec::new()),
            quiet: false,
            reference: false,
            conduct_assumed: false,
            twin: OnceCell::new(),
            held: OnceCell::new(),
            ticked: RefCell::new(Vec::new()),
            decls: RefCell::new(Vec::new()),
            floors: RefCell::new(Vec::new()),
        }
    }

    /// The year sets of the awards received (see `Held`).
    fn held(&self) -> Option<&[Held]> {
        // Native only (the command line, the benchmark): in the browser the list is scanned,
        // which keeps the sets' code out of the download (size budget, issue 13).
        if cfg!(target_arch = "wasm32") {
            return None;
        }
        self.held.get_or_init(|| Held::index(self.std, &self.facts.awards)).as_deref()
    }

    /// Whether `award` was received with a period ending in `x`: (as `cong_trang`, in any
    /// form), or `None` when the sets cannot say (the list must be scanned).
    fn held_in(&self, award: &str, x: i64) -> Option<(bool, bool)> {
        let held = self.held()?;
        let bit = u32::try_from(x.checked_sub(HELD_BASE)?).ok().filter(|b| *b < 64)?;
        Some(match held.iter().find(|h| same(h.id, award)) {
            Some(h) => (h.merit >> bit & 1 == 1, h.any >> bit & 1 == 1),
            None => (false, false),
        })
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
        if !self.quiet && !self.reference {
            return self
                .twin
                .get_or_init(|| Box::new(Engine::quiet(self.std, self.facts)))
                .outcome_of(award, y);
        }
        // A few dozen entries per engine: a scan beats hashing (and keeps hashbrown's
        // code for this map out of the wasm). Keys are the standards' own ids.
        if let Some((_, _, o)) = self.memo.borrow().iter().find(|(a, yy, _)| *yy == y && same(a, award)) {
            return *o;
        }
        let Some(a) = self.std.award(award) else {
            return Outcome::ManualReview;
        };
        let outcome = if self.reference {
            self.determine(a, y).outcome
        } else {
            self.decide(a, y)
        };
        self.memo.borrow_mut().push((a.id, y, outcome));
        outcome
    }

    /// The version of `award` that applies, the year evaluated and the review period —
    /// or the outcome when no criterion is read (not in force, before the first year
    /// evaluated, manual review).
    fn applicable(&self, award: &'a Award, y: i64) -> Result<(&'a Version, i64, Option<Period>), Outcome> {
        let Some(v) = award.version_for(self.facts.proposal_date) else {
            return Err(Outcome::NotInForce);
        };
        let evaluated_from = i64::from(self.std.general.evaluated_from.year());
        if v.review_period.is_none() && y < evaluated_from {
            return Err(Outcome::NotInForce);
        }
        if v.manual_review.is_some() {
            return Err(Outcome::ManualReview);
        }
        Ok(match v.review_period {
            Some(def) => {
                let p = self.facts.review_periods.get(award.id).copied().unwrap_or(def);
                (v, p.to, Some(p))
            }
            None => (v, y, None),
        })
    }

    /// The outcome of `award` for `y`, as `determine` finds it, without building any
    /// finding (a quiet engine). The first criterion not met decides (`Status::all`);
    /// the criteria before it are all read, in order, as `determine` reads them
    /// (`RunState` passes from one to the next).
    fn decide(&self, award: &'a Award, y: i64) -> Outcome {
        debug_assert!(self.quiet);
        let (v, y, period) = match self.applicable(award, y) {
            Ok(a) => a,
            Err(o) => return o,
        };
        let mut all = Status::Met;
        for s in self.principle_statuses(y) {
            match s {
                Status::NotMet => return Outcome::NotEligible,
                Status::Unknown => all = Status::Unknown,
                Status::Met => {}
            }
        }
        let mut st = RunState { award: Some((award.id, award.kind)), ..RunState::default() };
        for (i, c) in v.criteria.iter().enumerate() {
            // Asked only of an `any_of` (no other criterion stops early).
            let later = matches!(c.check, Check::AnyOf { .. }) && v.criteria[i + 1..].iter().any(reads_run);
            match self.status(c, y, period, v, &mut st, later) {
                Status::NotMet => return Outcome::NotEligible,
                Status::Unknown => all = Status::Unknown,
                Status::Met => {}
            }
        }
        match all {
            Status::Unknown => Outcome::Undetermined,
            _ => Outcome::Eligible,
        }
    }

    /// The status `criterion` gives, without a finding. Inside `any_of` the reading stops
    /// as soon as the result is known (a route met; the rest of a route not met), but only
    /// where nothing read afterwards (`later`: a criterion after this one in the version)
    /// depends on what the skipped criteria leave in `st` (the basis and the run: `run`
    /// and `count_in_run` read them, `reads_run`). The statuses are those of reading every
    /// criterion of every route in order, as `determine` does.
    fn status(&self, c: &Criterion, y: i64, period: Option<Period>, v: &Version, st: &mut RunState, later: bool) -> Status {
        match &c.check {
            Check::AnyOf { routes } => {
                let mut any = Status::NotMet;
                // Native only: the browser reads every route (size budget).
                let stop = !cfg!(target_arch = "wasm32");
                for (i, r) in routes.iter().enumerate() {
                    if stop && any == Status::Met && !later {
                        break;
                    }
                    // Whether anything after this route reads the run (asked only when
                    // the answer could stop the reading).
                    let after_route = || later || routes[i + 1..].iter().any(|r| r.criteria.iter().any(reads_run));
                    let mut all = Status::Met;
                    for (j, c) in r.criteria.iter().enumerate() {
                        if stop && all == Status::NotMet && !after_route() {
                            break;
                        }
                        let after = matches!(c.check, Check::AnyOf { .. })
                            && (after_route() || r.criteria[j + 1..].iter().any(reads_run));
                        all = Status::all([all, self.status(c, y, period, v, st, after)]);
                    }
                    any = Status::any([any, all]);
                }
                any
            }
            _ => {
                // Only `any_of` adds routes (handled above): the list stays empty, and
                // forgetting it skips a drop call per criterion (nothing to free).
                let mut none = Vec::new();
                let s = self.check(c, y, period, v, st, &mut none).0;
                debug_assert!(none.is_empty());
                std::mem::forget(none);
                s
            }
        }
    }

    fn determine(&self, award: &'a Award, y: i64) -> Determination {
        let date = self.facts.proposal_date;
        let mut d = Determination {
            award: award.id.into(),
            name: award.name.into(),
            subject: award.subject,
            kind: award.kind,
            group: award.group,
            year: y,
            review_period: None,
            closed_round: None,
            outcome: Outcome::NotInForce,
            findings: Vec::new(),
            gaps: Vec::new(),
            notes: Vec::new(),
        };
        let Some(v) = award.version_for(date) else {
            // A campaign whose filing deadline has passed says so (rule book §6.2).
            if let Some(c) = self.campaign_over(award) {
                d.notes.push(Note { kind: NoteKind::Scope, text: c.text.clone(), cite: "".into() });
                d.closed_round = Some(c);
                return d;
            }
            let windows: Vec<String> = award
                .versions
                .iter()
                .map(|v| {
                    crate::fmt!(
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
                cite: "".into(),
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
                cite: "Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP".into(),
            });
            return d;
        }
        if let Some(m) = &v.manual_review {
            d.outcome = Outcome::ManualReview;
            d.notes.push(Note {
                kind: NoteKind::Scope,
                text: m.text.into(),
                cite: m.cite.into(),
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
        // A period the user chose (other than the round's own) has no known window.
        let user_period = matches!((v.review_period, period), (Some(def), Some(p)) if def != p);
        d.year = y;
        d.review_period = period;
        let mut st = RunState { award: Some((award.id, award.kind)), ..RunState::default() };
        // The general principles (rule book §2a) first, then the award's own criteria.
        d.findings = Vec::with_capacity(2 + v.criteria.len());
        d.findings.extend(self.principles(y));
        d.findings.extend(v.criteria.iter().map(|c| self.criterion(c, y, period, v, &mut st)));
        d.outcome = Outcome::from_findings(&d.findings);
        if self.quiet {
            return d;
        }
        d.closed_round = self.closed_round(v, user_period);
        d.notes.extend(self.discipline_note());
        d.notes.extend(v.notes.iter().map(|n| Note {
            kind: NoteKind::Decision,
            text: n.text.into(),
            cite: n.cite.into(),
        }));
        d.notes.extend(v.procedural.iter().map(|n| Note {
            kind: NoteKind::Procedural,
            text: n.text.into(),
            cite: n.cite.into(),
        }));
        d.notes.extend(self.round_note(v, user_period));
        d.notes.extend(v.supporting_title.and_then(|a| self.supporting_note(a, y)));
        d.notes.extend(v.member_discipline_note.as_ref().filter(|_| self.member_disciplined(y)).map(|n| Note {
            kind: NoteKind::Decision,
            text: n.text.into(),
            cite: n.cite.into(),
        }));
        if d.outcome == Outcome::Eligible {
            if let (Some(b), Some(salary)) = (&award.bonus, self.std.base_salary_at(date)) {
                let amount = bonus_amount(b.multiple, salary.amount);
                let (vi_multiple, en_multiple) = multiple_text(b.multiple);
                let (salary_text, amount_text) = (group_digits(salary.amount), group_digits(amount));
                d.notes.push(Note {
                    kind: NoteKind::Bonus,
                    text: Text::new(crate::fmt!("Tiền thưởng ước tính: {} × lương cơ sở {} đ = {} đ, làm tròn lên hàng chục nghìn (lương cơ sở tại ngày đề nghị; khi khen thưởng tính theo ngày quyết định; chỉ để tham khảo).", vi_multiple, salary_text, amount_text), crate::fmt!("Estimated bonus: {} × base salary {} VND = {} VND, rounded up to the next 10,000 (base salary on the proposal date; the award uses the decision date; for reference only).", en_multiple, salary_text, amount_text)),
                    cite: crate::fmt!("{}; {}", b.cite, salary.cite).into(),
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
        let (status, evidence, missing) = self.check(c, y, period, v, st, &mut routes);
        Finding {
            criterion: c.id.into(),
            status,
            text: c.text.into(),
            cite: c.cite.into(),
            evidence,
            missing,
            routes,
        }
    }

    /// What `c` finds: status, evidence and what is missing; an `any_of` adds one
    /// finding per route to `routes`.
    fn check(
        &self,
        c: &Criterion,
        y: i64,
        period: Option<Period>,
        v: &Version,
        st: &mut RunState,
        routes: &mut Vec<RouteFinding>,
    ) -> (Status, Text, Option<Text>) {
        match &c.check {
            Check::Rating {
                min,
                party_rating_counts,
            } => self.rating(*min, *party_rating_counts, y),
            Check::PartyOrganisationRating { min } => self.party_organisation(*min, y),
            Check::MassOrganisationRating { min } => self.mass_organisations(*min, y),
            Check::RecruitedBeforeYearEnd { months } => self.recruited(*months, y),
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
                    Text::new(crate::fmt!("Cần đạt {} năm {}.", n.vi, y), crate::fmt!("Needs the {} title for {}.", n.en, y))
                });
                (s, ev, missing)
            }
            Check::Streak {
                length,
                each,
                restart_after,
            } => self.streak(*length, each, *restart_after, y),
            Check::Achievements {
                min_scope,
                min_count,
                window,
                require_applied,
                restart_after,
                same_kind,
            } => self.achievements(
                *min_scope,
                *min_count,
                *window,
                (*require_applied, *same_kind),
                *restart_after,
                y,
                st.award,
            ),
            Check::ConsecutiveAwards { award, count } => self.consecutive_awards(award, *count, y),
            Check::PriorAward {
                awards,
                restart_after,
            } => self.prior_award(awards, *restart_after, y, st),
            Check::Run { min_years, min } => self.run(*min_years, *min, y, st),
            Check::CountInRun { each, min_count } => match st.run {
                Some((from, to)) => {
                    let counted = self.count_years(each, *min_count, from, to, y, true);
                    self.count_with_open_years(each, *min_count, st.open_before, y, counted)
                }
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
                self.count_years(each, *min_count, p.from, p.to, y, false).0
            }
            Check::MembersShare { field, percent } => self.members(*field, y, |lo, hi, total| {
                let need = u64::from(*percent) * u64::from(total);
                (
                    u64::from(lo) * 100 >= need,
                    u64::from(hi) * 100 < need,
                    t!("cần ít nhất {}%", "needs at least {}%", percent),
                    Bound::AtLeast(need.div_ceil(100)),
                )
            }),
            Check::MembersAtLeast { field, min } => {
                let min = *min;
                self.members(*field, y, |lo, hi, _| {
                    (
                        i64::from(lo) >= min,
                        i64::from(hi) < min,
                        t!("cần ít nhất {}", "needs at least {}", min),
                        Bound::AtLeast(min.max(0) as u64),
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
                        Bound::AtMost(max.max(0) as u64),
                    )
                })
            }
            Check::MembersAll { field } => self.members(*field, y, |lo, hi, total| {
                (lo == total, hi < total, t!("cần tất cả", "needs all"), Bound::AtLeast(u64::from(total)))
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
                        route: r.id.into(),
                        text: r.text.into(),
                        status,
                        findings,
                    });
                }
                let status = Status::any(routes.iter().map(|r| r.status));
                // "route: status; route: status", written straight into each language.
                let evidence = self.say(|| {
                    let mut p = Parts::with_capacity(routes.iter().map(|r| r.text.vi.len() + 20).sum());
                    for (k, r) in routes.iter().enumerate() {
                        if k > 0 {
                            p.say("; ", "; ");
                        }
                        let s = status_word(r.status);
                        p.say(&r.text.vi, &r.text.en).say(": ", ": ").say(&s.vi, &s.en);
                    }
                    p.into_text()
                });
                let missing = if self.quiet {
                    None
                } else {
                    (status == Status::NotMet)
                        .then(|| closest_route_missing(routes).or_else(|| route_names_missing(routes)))
                        .flatten()
                };
                (status, evidence, missing)
            }
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
            .unwrap_or_else(|| Text::new(award.to_string(), award.to_string()))
    }

    /// The awards' names joined with "hoặc"/"or": one name is borrowed, several are
    /// written straight into one string per language.
    fn names(&self, awards: &[&str]) -> Text {
        if let [one] = awards {
            return self.name(one);
        }
        let mut p = Parts::with_capacity(awards.len() * 48);
        for (k, a) in awards.iter().enumerate() {
            if k > 0 {
                p.say(" hoặc ", " or ");
            }
            let n = self.name(a);
            p.say(&n.vi, &n.en);
        }
        p.into_text()
    }

    /// `cong_trang` awards received among `awards`.
    fn received<'f>(&'f self, awards: &'f [&str]) -> impl Iterator<Item = &'f AwardFact> + 'f {
        self.facts
            .awards
            .iter()
            .filter(move |a| a.award_type == AwardType::CongTrang && awards.iter().any(|b| same(b, &a.award)))
    }

    /// The earliest end year of a `cong_trang` period among `awards` after `after` and
    /// before `before`, from the year sets; `None` when there are no sets (read the list).
    fn first_held_between(&self, awards: &[&str], after: Option<i64>, before: i64) -> Option<Option<i64>> {
        let held = self.held()?;
        let hi = before - HELD_BASE;
        let below = if hi >= 64 { !0u64 } else if hi <= 0 { 0 } else { (1u64 << hi) - 1 };
        let above = match after.map(|f| f + 1 - HELD_BASE) {
            None => !0u64,
            Some(lo) if lo <= 0 => !0u64,
            Some(lo) if lo >= 64 => 0,
            Some(lo) => !0u64 << lo,
        };
        let bits = held
            .iter()
            .filter(|h| awards.iter().any(|a| same(a, h.id)))
            .fold(0u64, |m, h| m | h.merit)
            & below
            & above;
        Some((bits != 0).then(|| HELD_BASE + i64::from(bits.trailing_zeros())))
    }

    /// The end of the latest `cong_trang` period among `awards`: later windows start after it.
    fn restart_floor(&self, awards: &'static [&'static str]) -> Option<i64> {
        if awards.is_empty() {
            return None;
        }
        // Native only: the browser reads the list each time (size budget).
        if cfg!(target_arch = "wasm32") {
            return self.restart_floor_uncached(awards);
        }
        if let Some((_, f)) = self.floors.borrow().iter().find(|(l, _)| std::ptr::eq(*l, awards)) {
            return *f;
        }
        let f = self.restart_floor_uncached(awards);
        self.floors.borrow_mut().push((awards, f));
        f
    }

    fn restart_floor_uncached(&self, awards: &[&str]) -> Option<i64> {
        match self.held() {
            Some(held) => held
                .iter()
                .filter(|h| h.merit != 0 && awards.iter().any(|a| same(a, h.id)))
                .map(|h| HELD_BASE + 63 - i64::from(h.merit.leading_zeros()))
                .max(),
            None => self.received(awards).map(|a| a.period.to).max(),
        }
    }

}


/// Whether `c` (or a criterion of its routes) reads the basis or the run that earlier
/// criteria leave in `RunState`.
fn reads_run(c: &Criterion) -> bool {
    match &c.check {
        Check::Run { .. } | Check::CountInRun { .. } => true,
        Check::AnyOf { routes } => routes.iter().any(|r| r.criteria.iter().any(reads_run)),
        _ => false,
    }
}

/// String equality that tries the address first: ids from the compiled standards are
/// compared with each other many times per profile.
#[inline]
fn same(a: &str, b: &str) -> bool {
    // The last byte before the whole text: most different ids of one length (names with a
    // common prefix) differ there, and no comparison call is made for them.
    std::ptr::eq(a, b) || (a.len() == b.len() && a.as_bytes().last() == b.as_bytes().last() && a == b)
}

pub(super) fn rating_text(r: Option<Rating>) -> Text {
    match r {
        Some(r) => Text::new(r.abbr(), r.abbr()),
        None => Text::new("chưa nhập xếp loại", "no rating entered"),
    }
}

pub(super) fn status_word(s: Status) -> Text {
    match s {
        Status::Met => Text::new("đạt", "met"),
        Status::NotMet => Text::new("chưa đạt", "not met"),
        Status::Unknown => Text::new("chưa đủ dữ liệu", "not enough data"),
    }
}



#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::validate::validate;

    /// The quiet engine (used by the gap projection and for nested outcomes) must decide
    /// exactly like the full one: `decide` (statuses only, first criterion not met ends
    /// it) against the full determination with every finding.
    #[test]
    fn quiet_and_full_engines_give_the_same_outcome_for_every_award_and_year() {
        let std = Standards::get();
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let files = [include_str!(
            "../../../examples/worked-example-bang-khen-tinh.json"
        )];
        let mut profiles: Vec<crate::rules::Profile> = files
            .iter()
            .flat_map(|f| crate::rules::parse_profiles(f).unwrap())
            .collect();
        let (csv, _) =
            crate::rules::unit::parse_csv(include_str!("../../../examples/unit-candidates.csv"), std);
        profiles.extend(csv);
        for p in &profiles {
            let facts = validate(p, std, today).unwrap();
            for y in 2024..=2026 {
                let (full, quiet) = (Engine::new(std, &facts), Engine::quiet(std, &facts));
                for a in std.awards.iter().filter(|a| a.subject == facts.subject) {
                    let full = full.determine(a, y).outcome;
                    assert_eq!(full, quiet.decide(a, y), "{} in {y}", a.id);
                    assert_eq!(full, quiet.outcome_of(a.id, y), "{} in {y}", a.id);
                }
            }
        }
    }
}

//! Gaps: what is missing and the earliest year an award could be reached, from a
//! projection in which every later year goes well (rule book §3).


use super::*;
use crate::rules::facts::Subject;

/// The missing texts of the route closest to being met, preferring computed routes over
/// routes made only of declarations.
pub(super) fn closest_route_missing(routes: &[RouteFinding]) -> Option<Text> {
    let computed = |r: &&RouteFinding| r.findings.iter().any(|f| f.missing.is_some());
    let best = routes.iter().filter(computed).min_by_key(|r| {
        r.findings
            .iter()
            .filter(|f| f.status == Status::NotMet)
            .count()
    })?;
    // "route: missing missing…", written straight into each language.
    let missing = || best.findings.iter().filter_map(|f| f.missing.as_ref());
    let mut p = Parts::with_capacity(best.text.vi.len() + 2 + missing().map(|m| m.vi.len() + 1).sum::<usize>());
    p.say(&best.text.vi, &best.text.en).say(": ", ": ");
    for (k, m) in missing().enumerate() {
        if k > 0 {
            p.say(" ", " ");
        }
        p.say(&m.vi, &m.en);
    }
    Some(p.into_text())
}

pub(super) fn collect_missing(findings: &[Finding], out: &mut Vec<Text>) {
    for f in findings {
        if f.status == Status::NotMet {
            if let Some(m) = &f.missing {
                out.push(m.clone());
            }
        }
    }
}

/// The id of the pending-matters finding (rule book §2a.1).
pub(super) const PENDING: &str = "d4_k4_dang_xem_xet";

/// `unrated_year`: the evaluation year, when it has no rating yet.
pub(super) fn gap(findings: &[Finding], earliest: Option<i64>, fixed_period: bool, unrated_year: Option<i64>) -> Gap {
    let mut missing = Vec::new();
    collect_missing(findings, &mut missing);
    let joined = Text::join(&missing, " ");
    // A pending matter: not a later year, but the same year once it is concluded (§2a.1).
    if let Some(m) = findings
        .iter()
        .find(|f| f.criterion == PENDING && f.status == Status::NotMet)
        .and_then(|f| f.missing.clone())
    {
        return Gap { missing, earliest_year: None, summary: m };
    }
    let summary = match (earliest, fixed_period) {
        (Some(y), _) if Some(y) == unrated_year => Text::new(crate::fmt!("{} Nhập xếp loại năm {}; nếu đạt, sớm nhất năm {}.", joined.vi, y, y), crate::fmt!("{} Enter the rating for {}; if it is good enough, earliest {}.", joined.en, y, y)),
        (Some(y), _) => Text::new(crate::fmt!("{} Sớm nhất năm {} nếu các năm tới đều đạt.", joined.vi, y), crate::fmt!(
                "{} Earliest {} if every later year goes well.",
                joined.en, y
            )),
        (None, true) => Text::new(crate::fmt!("{} Kỳ xét đã cố định.", joined.vi), crate::fmt!("{} The review period is fixed.", joined.en)),
        (None, false) => Text::new(crate::fmt!(
                "{} Không đạt được chỉ bằng kết quả các năm tới (cần điều kiện khác).",
                joined.vi
            ), crate::fmt!(
                "{} Not reachable by later years alone (other conditions are needed).",
                joined.en
            )),
    };
    // An unrated evaluation year is the first thing to enter, whatever comes after.
    let summary = match unrated_year {
        Some(y) if earliest != Some(y) => Text::new(crate::fmt!("Nhập xếp loại năm {}. {}", y, summary.vi), crate::fmt!("Enter the rating for {}. {}", y, summary.en)),
        _ => summary,
    };
    Gap {
        missing,
        earliest_year: earliest,
        summary,
    }
}

/// Whether the award goes on (its latest version has no end date): campaigns that
/// closed cannot be reached by later years.
pub(super) fn open_ended(a: &Award) -> bool {
    a.versions.last().is_some_and(|v| v.to.is_none())
}

pub(super) fn natural_period(std: &Standards, award: &str, date: NaiveDate, y: i64) -> Period {
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
///
/// How it stays cheap (issue 13): one facts copy is extended year by year, never
/// re-validated; each year is decided by a quiet engine (`Engine::decide`: statuses only,
/// the first criterion not met ends an award); only the awards the targets still open
/// depend on are decided (`Needs`), and the loop ends when every target has its year.
/// An award outside that set never changes a target's outcome: an outcome reads the
/// awards received only through the ids its criteria name (and the CSTĐCS that an
/// initiative may have served, rule book §2a.4), all inside the set. Two years need no
/// decision at all: the evaluation year as entered, whose outcomes `known` (the
/// determinations') gives where the projection's assumptions change nothing for the award;
/// and, for an award that reads only the year's own row (`row_only`), a written year after
/// a written year in which it was eligible.
pub(super) fn earliest_years(std: &Standards, facts: &Facts, targets: &[&str], known: &[(&str, Outcome)]) -> Vec<(String, i64)> {
    let date = facts.proposal_date;
    let y0 = facts.evaluation_year;
    let mut sim = facts.clone();
    // Room for the projected years, their initiatives and the awards received in them
    // (no regrowth year by year).
    sim.achievements.reserve(HORIZON as usize + 1);
    sim.awards.reserve(4 * (HORIZON as usize + 1));
    sim.warnings.clear();
    sim.pending_proceedings = Some(false);
    // The conduct declarations are taken as ticked by each year's engine
    // (`conduct_assumed`), not written into the copy.
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
    let needs = Needs::new(std, facts.subject, date, &awards);
    let mut found: Vec<(String, i64)> = Vec::new();
    let mut open: Vec<&str> = targets.to_vec();
    let mut decided = needs.closure(&open);
    // The evaluation year itself not yet rated (and no discipline entered in it): the
    // projection rates it too, and the gap says to enter it (rule book §3).
    let fill_y0 = facts.years.get(&y0).is_none_or(|r| r.rating.is_none() && r.discipline.is_none());
    // The evaluation year as entered is the year the determinations decided: an award's
    // outcome there is reused when the projection's two assumptions change nothing for
    // it — nothing pending, and every conduct declaration it reads (through the awards
    // it names too) already ticked.
    let as_determined = |k: usize| -> Option<Outcome> {
        if fill_y0 || facts.pending_proceedings != Some(false) {
            return None;
        }
        needs.reads.conduct[k].iter().all(|d| facts.declarations.get(d) == Some(&true)).then_some(())?;
        known.iter().find(|(id, _)| same(id, awards[k].id)).map(|(_, o)| *o)
    };
    // Carried from one year's engine to the next: the year sets of the awards received
    // (extended as the projection receives awards) and the conduct declarations ticked
    // per version (the projection never changes the declarations).
    let mut held = if cfg!(target_arch = "wasm32") { None } else { Held::index(std, &facts.awards) };
    let mut ticked = Vec::new();
    let mut decls = Vec::new();
    let mut floors = Vec::new();
    // Buffers carried from year to year (no allocation per projected year).
    let mut memo = Vec::new();
    let mut received: Vec<&Award> = Vec::new();
    // Per award: eligible in the year before, a year the projection wrote, and reading
    // only the year's own row (`Reads::row_only`).
    let mut carried = vec![false; awards.len()];
    for t in y0..=y0 + HORIZON {
        let written = (t > y0 && !sim.years.contains_key(&t)) || (t == y0 && fill_y0);
        if written {
            let all = Range::exact(total);
            sim.years.insert(
                t,
                YearFacts {
                    label: {
                        let mut l = String::with_capacity(4);
                        crate::rules::text::push_int(&mut l, t);
                        l
                    },
                    rating: Some(Rating::Htxs),
                    party_rating: Some(Rating::Htxs),
                    mass_rating: Some(Rating::Htxs),
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
                used_for: None,
            });
        }
        sim.evaluation_year = t;
        {
            let engine = Engine { conduct_assumed: true, ..Engine::quiet(std, &sim) };
            let _ = engine.held.set(held.take());
            *engine.ticked.borrow_mut() = std::mem::take(&mut ticked);
            *engine.decls.borrow_mut() = std::mem::take(&mut decls);
            *engine.floors.borrow_mut() = std::mem::take(&mut floors);
            *engine.memo.borrow_mut() = std::mem::take(&mut memo);
            // A year the projection wrote, with no principle in the way: an award that
            // reads only the year's own row keeps the outcome "eligible" it had in the
            // year before, also written (the same row; continuous work only grows).
            let clean = written && engine.principle_statuses(t) == [Status::Met, Status::Met];
            received.clear();
            for (k, a) in awards.iter().enumerate() {
                if !decided[k] {
                    carried[k] = false;
                    continue;
                }
                let outcome = if clean && carried[k] {
                    engine.memo.borrow_mut().push((a.id, t, Outcome::Eligible));
                    Outcome::Eligible
                } else {
                    (if t == y0 { as_determined(k) } else { None }).unwrap_or_else(|| engine.outcome_of(a.id, t))
                };
                carried[k] = written && needs.reads.row_only[k] && outcome == Outcome::Eligible;
                if outcome == Outcome::Eligible {
                    received.push(*a);
                }
            }
            ticked = engine.ticked.take();
            decls = engine.decls.take();
            floors = engine.floors.take();
            memo = engine.memo.take();
            memo.clear();
            held = engine.held.into_inner().flatten();
        }
        for a in received.iter().copied() {
            if (t > y0 || fill_y0) && open.iter().any(|o| same(o, a.id)) {
                found.push((a.id.to_string(), t));
                open.retain(|o| !same(o, a.id));
                decided = needs.closure(&open);
            }
            // Already entered for this year (in any form): the year sets answer natively.
            let entered = match Held::any_in(held.as_deref(), a.id, t) {
                Some(any) => any,
                None => sim.awards.iter().any(|b| b.period.to == t && b.award == a.id),
            };
            if !entered {
                Held::add(&mut held, a.id, t, true);
                raise_floors(&mut floors, a.id, t);
                sim.awards.push(AwardFact {
                    award: a.id.into(),
                    period: natural_period(std, a.id, date, t),
                    period_from_decision: false,
                    award_type: AwardType::CongTrang,
                    decision_number: String::new(),
                });
            }
        }
        if open.is_empty() {
            break;
        }
    }
    found
}

/// Which awards of the projection each one's outcome reads as received: the ids its
/// criteria name (titles, chains, bases, restarts), and for a form the CSTĐCS an
/// initiative may rest on (rule book §2a.4). Indices into the projection's award list.
struct Needs<'a> {
    ids: Vec<&'a str>,
    reads: std::rc::Rc<Reads>,
}

/// Per award of the projection's list: the indices of the awards its outcome reads as
/// received (`awards`), and the conduct (non-route) declarations read in deciding it,
/// its own and those of every award it names, nested (`conduct`).
struct Reads {
    awards: Vec<Vec<usize>>,
    conduct: Vec<Vec<&'static str>>,
    /// Whether every criterion reads only the year's own row, fixed facts and the
    /// declarations (`row_only`).
    row_only: Vec<bool>,
}

/// Key of the `Needs` last built on this thread: the standards (by address), the
/// subject and the proposal date, which fix the award list and its versions.
type NeedsKey = (usize, Subject, NaiveDate);

thread_local! {
    /// A province's profiles mostly share the proposal date: the reads are built once.
    static LAST_NEEDS: std::cell::RefCell<Option<(NeedsKey, std::rc::Rc<Reads>)>> =
        const { std::cell::RefCell::new(None) };
}

impl<'a> Needs<'a> {
    fn new(std: &Standards, subject: Subject, date: NaiveDate, awards: &[&'a Award]) -> Self {
        let ids: Vec<&str> = awards.iter().map(|a| a.id).collect();
        let key = (std as *const Standards as usize, subject, date);
        let cached = LAST_NEEDS.with(|c| c.borrow().as_ref().filter(|(k, _)| *k == key).map(|(_, r)| r.clone()));
        if let Some(reads) = cached {
            return Needs { ids, reads };
        }
        let reads = std::rc::Rc::new(Self::reads(std, date, awards, &ids));
        // Native only: the cache's code stays out of the browser's download.
        if !cfg!(target_arch = "wasm32") {
            LAST_NEEDS.with(|c| *c.borrow_mut() = Some((key, reads.clone())));
        }
        Needs { ids, reads }
    }

    fn reads(std: &Standards, date: NaiveDate, awards: &[&'a Award], ids: &[&str]) -> Reads {
        let mut conduct = Vec::with_capacity(awards.len());
        let row_only = awards.iter().map(|a| row_only(a, date)).collect();
        let awards = awards
            .iter()
            .map(|a| {
                let mut named: Vec<&str> = Vec::new();
                if a.kind == AwardKind::HinhThuc {
                    named.push("chien_si_thi_dua_co_so");
                }
                // The awards a nested outcome reads count too: follow every id named,
                // through awards outside the list (not received in the projection).
                let mut i = 0;
                let mut seen: Vec<&str> = vec![a.id];
                named_by(a, date, &mut named);
                while i < named.len() {
                    let n = named[i];
                    i += 1;
                    if seen.contains(&n) {
                        continue;
                    }
                    seen.push(n);
                    if let Some(b) = std.award(n) {
                        if b.kind == AwardKind::HinhThuc {
                            named.push("chien_si_thi_dua_co_so");
                        }
                        named_by(b, date, &mut named);
                    }
                }
                let mut decls: Vec<&'static str> = Vec::new();
                for b in seen.iter().filter_map(|n| std.award(n)) {
                    conduct_declarations(std, b, date, &mut decls);
                }
                conduct.push(decls);
                ids.iter()
                    .enumerate()
                    .filter(|(_, id)| named.contains(id))
                    .map(|(k, _)| k)
                    .collect()
            })
            .collect();
        Reads { awards, conduct, row_only }
    }

    /// Per award of the list: whether it must be decided for the `open` targets.
    fn closure(&self, open: &[&str]) -> Vec<bool> {
        let mut on: Vec<bool> = self.ids.iter().map(|id| open.contains(id)).collect();
        let mut changed = true;
        while changed {
            changed = false;
            for k in 0..on.len() {
                if on[k] {
                    for &j in &self.reads.awards[k] {
                        if !on[j] {
                            on[j] = true;
                            changed = true;
                        }
                    }
                }
            }
        }
        on
    }
}

/// Every criterion of `a`'s version in force on `date`, those of its routes included;
/// `None` when no version is in force.
fn criteria_in_force(a: &Award, date: NaiveDate) -> Option<Vec<&'static Criterion>> {
    let v = a.version_for(date)?;
    let mut all = Vec::new();
    v.criteria.iter().for_each(|c| c.walk(&mut all));
    Some(all)
}

/// Whether every criterion of `a`'s version in force on `date` reads only the year's own
/// row (its ratings and counts), fixed facts or the declarations — and the continuous
/// work, which only grows from one year to the next. Such an award eligible in one
/// projected year is eligible in the next, whose row is the same.
fn row_only(a: &Award, date: NaiveDate) -> bool {
    let Some(all) = criteria_in_force(a, date) else { return false };
    all.iter().all(|c| match &c.check {
        Check::Rating { .. }
        | Check::PartyOrganisationRating { .. }
        | Check::MassOrganisationRating { .. }
        | Check::RecruitedBeforeYearEnd { .. }
        | Check::Declaration { .. }
        | Check::Fact { .. }
        | Check::MembersShare { .. }
        | Check::MembersAtLeast { .. }
        | Check::MembersAtMost { .. }
        | Check::MembersAll { .. }
        | Check::AnyOf { .. } => true,
        Check::Title { .. }
        | Check::Streak { .. }
        | Check::Achievements { .. }
        | Check::ConsecutiveAwards { .. }
        | Check::PriorAward { .. }
        | Check::Run { .. }
        | Check::CountInRun { .. }
        | Check::PeriodAll { .. }
        | Check::PeriodCount { .. } => false,
    })
}

/// The declarations of `a`'s version in force on `date` that are not routes (or not in
/// the catalogue): those the projection takes as ticked.
fn conduct_declarations(std: &Standards, a: &Award, date: NaiveDate, out: &mut Vec<&'static str>) {
    let Some(all) = criteria_in_force(a, date) else { return };
    for c in all {
        if let Check::Declaration { declaration } = &c.check {
            if std.declaration(declaration).is_none_or(|d| !d.route) {
                out.push(declaration);
            }
        }
    }
}

/// The award ids named by the criteria of `a`'s version in force on `date`.
fn named_by(a: &Award, date: NaiveDate, out: &mut Vec<&'static str>) {
    let Some(all) = criteria_in_force(a, date) else { return };
    let test = |t: &YearTest, out: &mut Vec<&'static str>| {
        if let YearTest::Title(id) = t {
            out.push(id);
        }
    };
    for c in all {
        match &c.check {
            Check::Title { award } | Check::ConsecutiveAwards { award, .. } => out.push(award),
            Check::Streak { each, restart_after, .. } => {
                test(each, out);
                out.extend(restart_after.iter());
            }
            Check::Achievements { restart_after, .. } => out.extend(restart_after.iter()),
            Check::PriorAward { awards, restart_after } => {
                out.extend(awards.iter());
                out.extend(restart_after.iter());
            }
            Check::CountInRun { each, .. } | Check::PeriodCount { each, .. } => test(each, out),
            Check::Rating { .. }
            | Check::PartyOrganisationRating { .. }
            | Check::RecruitedBeforeYearEnd { .. }
            | Check::MassOrganisationRating { .. }
            | Check::Declaration { .. }
            | Check::Fact { .. }
            | Check::Run { .. }
            | Check::PeriodAll { .. }
            | Check::MembersShare { .. }
            | Check::MembersAtLeast { .. }
            | Check::MembersAtMost { .. }
            | Check::MembersAll { .. }
            | Check::AnyOf { .. } => {}
        }
    }
}

/// When every route is made of declarations answered "no" (so none has a missing text):
/// the routes themselves, so the gap still names what would open the award.
pub(super) fn route_names_missing(routes: &[RouteFinding]) -> Option<Text> {
    (!routes.is_empty()).then(|| {
        let j = Text::join(&routes.iter().map(|r| r.text.clone()).collect::<Vec<_>>(), "; ");
        Text::new(crate::fmt!("Cần một trong các trường hợp: {}.", j.vi), crate::fmt!("Needs one of: {}.", j.en))
    })
}

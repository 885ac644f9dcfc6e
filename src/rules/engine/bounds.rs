//! The engine's own bound on every user-supplied range (issue 11, second guard).
//! Validation already refuses years outside `MIN_YEAR ..= proposal year + 1` and periods
//! longer than `MAX_PERIOD_YEARS`; `Facts` are public, though, so facts built or changed
//! without validation reach the engine too. Before evaluating, such facts are brought
//! back into the same bounds (years outside are dropped, periods clamped), so that no
//! loop over a year range can run for long or overflow, whatever the facts.

use super::*;
use crate::rules::validate::{MAX_PERIOD_YEARS, MIN_YEAR};

/// The bounded copy of `facts`, or `None` when they are already within bounds (the
/// ordinary case: nothing is copied).
pub(super) fn bounded(facts: &Facts) -> Option<Facts> {
    if within(facts) {
        return None;
    }
    let mut f = facts.clone();
    bound(&mut f);
    Some(f)
}

fn range(facts: &Facts) -> (i64, i64) {
    (MIN_YEAR, i64::from(facts.proposal_date.year()) + 1)
}

fn period_ok(p: &Period, (lo, hi): (i64, i64)) -> bool {
    lo <= p.from && p.from <= p.to && p.to <= hi && p.to - p.from < MAX_PERIOD_YEARS
}

fn within(f: &Facts) -> bool {
    let r = range(f);
    let year_ok = |y: i64| r.0 <= y && y <= r.1;
    year_ok(f.evaluation_year)
        && f.years.keys().all(year_ok)
        && f.achievements.iter().all(|a| year_ok(a.year) && a.used_for.as_ref().is_none_or(|u| year_ok(u.1)))
        && f.awards.iter().all(|a| period_ok(&a.period, r))
        && f.review_periods.values().all(|p| period_ok(p, r))
        && f.members.iter().all(within)
}

fn clamp_period(p: &mut Period, (lo, hi): (i64, i64)) {
    p.to = p.to.clamp(lo, hi);
    p.from = p.from.clamp(lo, p.to).max(p.to - MAX_PERIOD_YEARS + 1);
}

fn bound(f: &mut Facts) {
    let r = range(f);
    let year_ok = |y: i64| r.0 <= y && y <= r.1;
    f.evaluation_year = f.evaluation_year.clamp(r.0, r.1);
    f.years.retain(year_ok);
    f.achievements.retain(|a| year_ok(a.year));
    for a in &mut f.achievements {
        if a.used_for.as_ref().is_some_and(|u| !year_ok(u.1)) {
            a.used_for = None;
        }
    }
    for a in &mut f.awards {
        clamp_period(&mut a.period, r);
    }
    for p in f.review_periods.values_mut() {
        clamp_period(p, r);
    }
    for m in &mut f.members {
        bound(m);
    }
}

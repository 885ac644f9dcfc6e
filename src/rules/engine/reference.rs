//! The gap projection as it was before issue 13, kept as the reference of
//! `evaluate_facts_reference` (native builds only): every award of the subject is
//! determined in full, quietly, in every projected year.

use super::*;

/// The projection behind the gaps: from the evaluation year on, every later year goes
/// well and every award found eligible is received. Returns, per target award, the
/// first later year in which it is eligible. Every award, every year, until every target
/// has its year or the horizon ends.
pub(super) fn earliest_years(std: &Standards, facts: &Facts, targets: &[&str], _known: &[(&str, Outcome)]) -> Vec<(String, i64)> {
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
    // The evaluation year itself not yet rated (and no discipline entered in it): the
    // projection rates it too, and the gap says to enter it (rule book §3).
    let fill_y0 = facts.years.get(&y0).is_none_or(|r| r.rating.is_none() && r.discipline.is_none());
    for t in y0..=y0 + HORIZON {
        if (t > y0 && !sim.years.contains_key(&t)) || (t == y0 && fill_y0) {
            let all = Range::exact(total);
            sim.years.insert(
                t,
                YearFacts {
                    label: t.to_string(),
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
        let received: Vec<AwardFact> = {
            let engine = Engine { reference: true, ..Engine::quiet(std, &sim) };
            awards
                .iter()
                .filter(|a| engine.outcome_of(a.id, t) == Outcome::Eligible)
                .map(|a| AwardFact {
                    award: a.id.to_string().into(),
                    period: natural_period(std, a.id, date, t),
                    period_from_decision: false,
                    award_type: AwardType::CongTrang,
                    decision_number: String::new(),
                })
                .collect()
        };
        for a in received {
            if (t > y0 || fill_y0) && targets.contains(&&*a.award)
                && !found.iter().any(|(f, _)| *f == a.award) {
                    found.push((a.award.to_string(), t));
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

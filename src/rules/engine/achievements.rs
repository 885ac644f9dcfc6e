//! Criterion kind of the family "achievements and their use": initiatives and research
//! works in a window, each counted for one use only (rule book §2a.4).


use super::*;

impl Engine<'_> {
    pub(super) fn achievements(
        &self,
        min_scope: Scope,
        min_count: usize,
        window: i64,
        (require_applied, same_kind): (bool, bool),
        restart_after: &'static [&'static str],
        y: i64,
        award: Option<(&'static str, AwardKind)>,
    ) -> (Status, Text, Option<Text>) {
        let floor = self.restart_floor(restart_after);
        let from = (y - window + 1).max(floor.map_or(i64::MIN, |f| f + 1));
        // One initiative, one use (rule book §2a.4): those already taken elsewhere are
        // listed with where they went, and not counted. Tallied per kind as they are read
        // (sáng kiến, đề tài: counted, and not yet known whether applied); the lists are
        // kept only when sentences are wanted.
        let mut in_window: Vec<&AchievementFact> = Vec::new();
        let mut used: Vec<(&AchievementFact, Text)> = Vec::new();
        let mut tallies = [(0usize, 0usize); 2];
        for a in self
            .facts
            .achievements
            .iter()
            .filter(|a| a.year >= from && a.year <= y && a.scope >= min_scope)
            .filter(|a| self.discipline_in(a.year).is_none())
        {
            match award.and_then(|aw| self.used_elsewhere(a, aw, y)) {
                Some(why) => {
                    if !self.quiet {
                        used.push((a, why));
                    }
                }
                None => {
                    let k = &mut tallies[usize::from(a.kind == AchievementKind::DeTai)];
                    if !require_applied || a.applied == Some(true) {
                        k.0 += 1;
                    }
                    if require_applied && a.applied.is_none() {
                        k.1 += 1;
                    }
                    if !self.quiet {
                        in_window.push(a);
                    }
                }
            }
        }
        let [(sk, sk_maybe), (dt, dt_maybe)] = tallies;
        let (confirmed, maybe) = (sk + dt, sk_maybe + dt_maybe);
        let mut mixed = false;
        let status = if same_kind {
            if sk >= min_count || dt >= min_count {
                Status::Met
            } else if sk + sk_maybe >= min_count || dt + dt_maybe >= min_count {
                Status::Unknown
            } else if confirmed + maybe >= min_count {
                mixed = true;
                Status::Unknown
            } else {
                Status::NotMet
            }
        } else if confirmed >= min_count {
            Status::Met
        } else if confirmed + maybe >= min_count {
            Status::Unknown
        } else {
            Status::NotMet
        };
        if self.quiet {
            return (status, Text::default(), None);
        }
        let years = if from == y {
            crate::fmt!("{}", y)
        } else {
            crate::fmt!("{}–{}", from, y)
        };
        let evidence = if in_window.is_empty() {
            Text::new(crate::fmt!(
                    "Không có sáng kiến, đề tài {} trong {}.",
                    at_least_vi(min_scope),
                    years
                ), crate::fmt!(
                    "No initiative or research at {} or higher in {}.",
                    min_scope.label_en(),
                    years
                ))
        } else {
            // `Kind "title" (year, scope, applied); …`, then how many count, written
            // straight into each language.
            let mut p = Parts::with_capacity(in_window.iter().map(|a| a.title.len() + 80).sum::<usize>() + 24);
            for (k, a) in in_window.iter().enumerate() {
                if k > 0 {
                    p.say("; ", "; ");
                }
                let kind = match a.kind {
                    AchievementKind::SangKien => ("Sáng kiến", "Initiative"),
                    AchievementKind::DeTai => ("Đề tài", "Research"),
                };
                let applied = match a.applied {
                    Some(true) => ("đã áp dụng hiệu quả", "applied effectively"),
                    Some(false) => ("chưa áp dụng hiệu quả", "not applied effectively"),
                    None => ("chưa cho biết đã áp dụng", "application not stated"),
                };
                p.say(kind.0, kind.1).say(" \"", " \"").say(&a.title, &a.title).say("\" (", "\" (").int(a.year);
                p.say(", ", ", ").say(a.scope.label_vi(), a.scope.label_en()).say(", ", ", ").say(applied.0, applied.1).say(")", ")");
            }
            p.say(" (tính được ", " (").int(confirmed as i64).say("/", " of ").int(min_count as i64).say(").", " count).");
            p.into_text()
        };
        let evidence = if used.is_empty() {
            evidence
        } else {
            let parts: Vec<Text> = used
                .iter()
                .map(|(a, why)| Text::new(crate::fmt!("\"{}\" ({}) {} — không tính lại", a.title, a.year, why.vi), crate::fmt!("\"{}\" ({}) {} — not counted again", a.title, a.year, why.en)))
                .collect();
            let j = Text::join(&parts, "; ");
            Text::new(crate::fmt!("{} Đã dùng: {}.", evidence.vi, j.vi), crate::fmt!("{} Already used: {}.", evidence.en, j.en))
        };
        let evidence = if mixed {
            Text::new(crate::fmt!("{} Luật nêu 02 sáng kiến hoặc 02 đề tài; trường hợp kết hợp cần cơ quan thẩm định xem xét.", evidence.vi), crate::fmt!("{} The Law names 2 initiatives or 2 research works; a mix is for the appraising body to decide.", evidence.en))
        } else {
            evidence
        };
        let need = min_count.saturating_sub(confirmed + maybe);
        let applied = if require_applied {
            (", áp dụng hiệu quả", ", applied effectively")
        } else {
            ("", "")
        };
        let missing = (status == Status::NotMet).then(|| Text::new(crate::fmt!(
                "Cần thêm {} sáng kiến hoặc đề tài {}{} trong {}.",
                need,
                at_least_vi(min_scope),
                applied.0,
                years
            ), crate::fmt!(
                "Needs {} more initiative(s) or research at {} or higher{} in {}.",
                need,
                min_scope.label_en(),
                applied.1,
                years
            )));
        (status, evidence, missing)
    }


    /// Why `a` cannot count for `award` evaluated for `y`, if it was used elsewhere
    /// (rule book §2a.4): a form counts only what no other award used; a title does not
    /// count what a form used (titles may reuse a title's initiative).
    fn used_elsewhere(&self, a: &AchievementFact, (award, kind): (&str, AwardKind), y: i64) -> Option<Text> {
        const CSTDCS: &str = "chien_si_thi_dua_co_so";
        let name = |id: &str| self.name(id);
        if let Some((other, year)) = &a.used_for {
            let other_kind = self.std.award_label(other).map(|(_, k)| k);
            let blocks = match kind {
                AwardKind::HinhThuc => other != award,
                AwardKind::DanhHieu => other_kind == Some(AwardKind::HinhThuc),
            };
            return blocks.then(|| {
                self.say(|| {
                    let n = name(other);
                    Text::new(crate::fmt!("đã dùng cho {} năm {}", n.vi, year), crate::fmt!("used for {} ({})", n.en, year))
                })
            });
        }
        if kind != AwardKind::HinhThuc {
            return None;
        }
        // A CSTĐCS of year x rated below HTXSNV rested on an initiative of x: the lowest
        // scope, then the first entered, unless the user marked which.
        let x = a.year;
        let rested_on_initiative = self.rating_of(x).is_none_or(|r| r < Rating::Htxs);
        let marked = self.facts.achievements.iter().any(|b| b.year == x && b.used_for.as_ref().is_some_and(|(id, yy)| id == CSTDCS && *yy == x));
        if !rested_on_initiative || marked {
            return None;
        }
        let taken = self.facts.achievements.iter().filter(|b| b.year == x && b.used_for.is_none()).min_by_key(|b| b.scope)?;
        if !std::ptr::eq(taken, a) {
            return None;
        }
        let received = match self.held_in(CSTDCS, x) {
            Some((merit, _)) => merit,
            None => self.received(&[CSTDCS]).any(|r| r.period.to == x),
        };
        if received {
            return Some(self.say(|| {
                let n = name(CSTDCS);
                Text::new(crate::fmt!("coi là căn cứ của {} năm {} (năm đó không HTXSNV)", n.vi, x), crate::fmt!("taken as the basis of {} {} (not rated htxs that year)", n.en, x))
            }));
        }
        (x == y && self.outcome_of(CSTDCS, y) == Outcome::Eligible).then(|| {
            self.say(|| {
                let n = name(CSTDCS);
                Text::new(crate::fmt!("dùng cho {} năm {} đề nghị cùng đợt", n.vi, y), crate::fmt!("used for {} {} proposed in the same round", n.en, y))
            })
        })
    }
}

/// "từ cấp tỉnh trở lên", "cấp toàn quốc" — a scope and those above it, in words.
fn at_least_vi(s: Scope) -> String {
    match s {
        Scope::ToanQuoc => "cấp toàn quốc".into(),
        s => crate::fmt!("từ {} trở lên", s.label_vi()),
    }
}

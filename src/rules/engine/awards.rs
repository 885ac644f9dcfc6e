//! Criterion kinds of the family "prior awards": a title held in a year, consecutive
//! awards, the basis award that opens a run (rule book §2a.3, §2a.6, §4).


use super::*;


impl Engine<'_> {
    /// Whether the title `award` was held in year `x` (evaluation year `y`).
    pub(super) fn title(&self, award: &str, x: i64, y: i64) -> (Status, Text) {
        if self.quiet {
            return (self.title_into(award, x, y, None), Text::default());
        }
        let mut p = Parts::default();
        let s = self.title_into(award, x, y, Some(&mut p));
        (s, p.into_text())
    }

    /// `title`, its "x: …" part written to `out` when sentences are wanted.
    pub(super) fn title_into(&self, award: &str, x: i64, y: i64, out: Option<&mut Parts>) -> Status {
        // `say(out, (vi before, vi after), (en before, en after))`: "x: " and the award's
        // name between the words, in both languages.
        let say = |out: Option<&mut Parts>, vi: (&str, &str), en: (&str, &str)| {
            if let Some(p) = out {
                let n = self.name(award);
                p.year(x).say(vi.0, en.0).say(&n.vi, &n.en).say(vi.1, en.1);
            }
        };
        // The year sets answer first; the list is read only for a decision number.
        let held = self.held_in(award, x);
        let merit = match held {
            Some((false, _)) => None,
            Some((true, _)) if out.is_none() => return Status::Met,
            _ => self.facts.awards.iter().find(|a| {
                // The year first: a cheap test that rules out most entries.
                a.period.to == x && a.award_type == AwardType::CongTrang && a.award == award
            }),
        };
        if let Some(a) = merit {
            if let Some(p) = out {
                let n = self.name(award);
                p.year(x).say("đã nhận ", "received ").say(&n.vi, &n.en);
                if !a.decision_number.is_empty() {
                    p.say(" (", " (").say(&a.decision_number, &a.decision_number).say(")", ")");
                }
            }
            return Status::Met;
        }
        if x == y && self.std.award(award).is_some() {
            return match self.outcome_of(award, x) {
                Outcome::Eligible => {
                    say(out, ("đủ điều kiện ", " (theo kết quả kiểm tra)"), ("eligible for ", " (this check)"));
                    Status::Met
                }
                Outcome::Undetermined => {
                    say(out, ("", " chưa đủ dữ liệu"), ("", " — not enough data"));
                    Status::Unknown
                }
                _ => {
                    say(out, ("chưa đạt ", ""), ("no ", ""));
                    Status::NotMet
                }
            };
        }
        let any = match held {
            Some((_, any)) => any,
            None => self.facts.awards.iter().any(|a| a.period.to == x && a.award == award),
        };
        if any {
            if let Some(p) = out {
                p.year(x).say(
                    "chỉ có khen thưởng đột xuất hoặc chuyên đề — không được tính",
                    "only a one-off or thematic award — does not count",
                );
            }
        } else {
            say(out, ("chưa nhập ", " đã nhận"), ("no ", " entered as received"));
        }
        Status::NotMet
    }

    /// The natural period of an award found eligible for `y`: a streak's length, else one year.
    pub(super) fn natural_period(&self, award: &str, y: i64) -> Period {
        natural_period(self.std, award, self.facts.proposal_date, y)
    }

    pub(super) fn consecutive_awards(
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
                    parts.push(self.say(|| Text::new(crate::fmt!("{}–{}: đủ điều kiện (theo kết quả kiểm tra)", p.from, p.to), crate::fmt!("{}–{}: eligible (this check)", p.from, p.to))));
                    periods.push(p);
                }
                Outcome::Undetermined => {
                    last_unknown = true;
                    let p = self.natural_period(award, y);
                    parts.push(self.say(|| Text::new(crate::fmt!("{}–{}: chưa đủ dữ liệu", p.from, p.to), crate::fmt!("{}–{}: not enough data", p.from, p.to))));
                    periods.push(p);
                }
                _ => {}
            }
        }
        // No sort needed: the walk below finds a period by its end year, and a stable sort
        // by that year would keep the first of equal ends first anyway.
        for p in self.received(&ids).filter(|_| !self.quiet) {
            parts.push(Text::new(crate::fmt!("{}–{}: đã nhận", p.period.from, p.period.to), crate::fmt!("{}–{}: received", p.period.from, p.period.to)));
        }
        // Walk back from the period ending in y through periods that join end to start.
        let mut chain = 0;
        let mut end = y;
        // Each period joins the chain at most once: bounded even on facts that bypassed
        // validation (a period ending before it starts cannot loop).
        for _ in 0..periods.len() {
            let Some(p) = periods.iter().find(|p| p.to == end) else { break };
            chain += 1;
            end = p.from.saturating_sub(1);
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
            Text::new(crate::fmt!("Chưa có {}.", name.vi), crate::fmt!("No {} yet.", name.en))
        } else {
            Text::join(&parts, "; ")
        };
        let missing = (status == Status::NotMet).then(|| Text::new(crate::fmt!(
                "Cần {} lần {} liên tiếp, lần cuối kết thúc năm {} (hiện có {}).",
                count, name.vi, y, chain
            ), crate::fmt!(
                "Needs {} consecutive {} titles, the last ending in {} (now {}).",
                count, name.en, y, chain
            )));
        (status, evidence, missing)
    }

    pub(super) fn prior_award(
        &self,
        awards: &[&str],
        restart_after: &'static [&'static str],
        y: i64,
        st: &mut RunState,
    ) -> (Status, Text, Option<Text>) {
        let floor = self.restart_floor(restart_after);
        st.lower_bound = floor;
        if self.quiet {
            // Natively the year sets give the basis's end year without reading the list.
            if let Some(first) = self.first_held_between(awards, floor, y) {
                st.lower_bound = first.or(floor);
                return (Status::from_bool(first.is_some()), Text::default(), None);
            }
        }
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
            .filter(|a| awards.contains(&&*a.award) && a.award_type != AwardType::CongTrang)
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
                    crate::fmt!(", {}", b.decision_number)
                };
                (
                    Status::Met,
                    Text::new(crate::fmt!(
                            "{} cho thời gian {}–{}{}; chuỗi năm tính từ {}.{}",
                            name.vi,
                            b.period.from,
                            b.period.to,
                            num,
                            b.period.to + 1,
                            note.vi
                        ), crate::fmt!(
                            "{} for {}–{}{}; the run counts from {}.{}",
                            name.en,
                            b.period.from,
                            b.period.to,
                            num,
                            b.period.to + 1,
                            note.en
                        )),
                    None,
                )
            }
            None => (
                Status::NotMet,
                Text::new(crate::fmt!(
                        "Chưa nhập {} (khen công trạng){}.{}",
                        names.vi, after.vi, note.vi
                    ), crate::fmt!(
                        "No {} (merit award) entered{}.{}",
                        names.en, after.en, note.en
                    )),
                Some(match floor {
                    // A second award of the same kind: the chain — a new basis award first
                    // (rule book §3, §4: one award is not the basis of two).
                    Some(f) => {
                        let r = self.names(restart_after);
                        Text::new(crate::fmt!("Cần một {} mới (khen công trạng) cho thời gian sau năm {} trước, rồi đủ các điều kiện tiếp theo: khen thưởng làm căn cứ cho {} lần trước (đến năm {}) không dùng lại được (Cách hiểu áp dụng trong công cụ theo Luật TĐKT 2022, Điều 5 khoản 2 điểm c).", names.vi, f, r.vi, f), crate::fmt!("Needs a new {} (merit award) for a period after {} first, then the further conditions: the basis of the previous {} (to {}) cannot be used again (reading applied by this checker, Law 2022, Art. 5(2)(c)).", names.en, f, r.en, f))
                    }
                    None => Text::new(crate::fmt!("Cần có {} (khen công trạng){} trước.", names.vi, after.vi), crate::fmt!("Needs a {} (merit award){} first.", names.en, after.en)),
                }),
            ),
        }
    }


    /// The result of `award` for Y shown as supporting evidence, not a criterion (rule
    /// book §5: Cờ thi đua tỉnh beside Cờ thi đua Chính phủ).
    pub(super) fn supporting_note(&self, award: &str, y: i64) -> Option<Note> {
        let a = self.std.award(award)?;
        let received = self.received(&[award]).any(|f| f.period.from <= y && y <= f.period.to);
        let state = if received {
            t!("đã nhận", "received")
        } else {
            self.outcome_of(award, y).label()
        };
        Some(Note {
            kind: NoteKind::Procedural,
            text: Text::new(crate::fmt!("Để tham khảo (không phải điều kiện): {} năm {}: {}.", a.name.vi, y, state.vi), crate::fmt!("For reference (not a condition): {} for {}: {}.", a.name.en, y, state.en)),
            cite: "".into(),
        })
    }
}

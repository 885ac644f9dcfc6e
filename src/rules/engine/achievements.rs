//! Criterion kind of the family "achievements and their use": initiatives and research
//! works in a window, each counted for one use only (rule book §2a.4).


use super::*;

impl Engine<'_> {
    pub(super) fn achievements(
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

}

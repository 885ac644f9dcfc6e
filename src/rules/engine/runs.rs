//! Criterion kinds of the family "runs and windows": streaks, unbroken runs and the
//! counts taken inside them, review periods. A missing year inside a run keeps every
//! count taken over it unknown whenever the missing year could meet it (rule book §3);
//! a year under a discipline period breaks every run (§2a.2).


use super::*;

/// The earliest year a profile may hold (input is refused before it).
const EARLIEST_YEAR: i64 = 2000;

impl Engine<'_> {
    pub(super) fn year_test(&self, test: &YearTest, x: i64, y: i64) -> (Status, Text) {
        // No year touched by a discipline period counts (rule book §2a.2).
        if self.discipline_in(x).is_some() {
            return (
                Status::NotMet,
                self.say(|| t!("{}: thuộc thời gian thi hành kỷ luật", "{}: within a discipline period", x)),
            );
        }
        match test {
            YearTest::Rating(min) => {
                let r = self.rating_of(x);
                let s = r.map_or(Status::Unknown, |r| Status::from_bool(r >= *min));
                (
                    s,
                    self.say(|| Text::new(format!("{}: {}", x, rating_text(r).vi), format!("{}: {}", x, rating_text(r).en))),
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
                        Text::new(format!(
                                "{}: {} / tổ chức đảng {}",
                                x,
                                rating_text(r).vi,
                                rating_text(p).vi
                            ), format!(
                                "{}: {} / party {}",
                                x,
                                rating_text(r).en,
                                rating_text(p).en
                            ))
                    } else {
                        Text::new(format!("{}: {}", x, rating_text(r).vi), format!("{}: {}", x, rating_text(r).en))
                    }
                });
                (Status::all([gov, party]), ev)
            }
            YearTest::Title(award) => self.title(award, x, y),
        }
    }

    pub(super) fn test_label(&self, test: &YearTest) -> Text {
        match test {
            YearTest::Rating(r) | YearTest::RatingWithParty(r) => {
                Text::new(format!("xếp loại {}", r.at_least_vi()), format!("rated at least {}", r.abbr()))
            }
            YearTest::Title(a) => {
                let n = self.name(a);
                Text::new(format!("đạt {}", n.vi), format!("holding {}", n.en))
            }
        }
    }

    pub(super) fn streak(
        &self,
        length: i64,
        each: &YearTest,
        restart_after: &[&str],
        y: i64,
    ) -> (Status, Text, Option<Text>) {
        let floor = self.restart_floor(restart_after);
        let mut status = Status::Met;
        // Quiet: no evidence kept (no allocation per year in the gap projection).
        let mut parts = Vec::new();
        for x in (y - length + 1)..=y {
            if floor.is_some_and(|f| x <= f) {
                status = Status::NotMet;
                if !self.quiet {
                    parts.push(t!(
                        "{}: thuộc thời gian của lần khen trước",
                        "{}: within the previous award's period",
                        x
                    ));
                }
            } else {
                let (s, ev) = self.year_test(each, x, y);
                status = Status::all([status, s]);
                if !self.quiet {
                    parts.push(ev);
                }
            }
        }
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

    pub(super) fn run(
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
            if self.discipline_in(x).is_some() {
                break self.say(|| t!("năm {} thuộc thời gian thi hành kỷ luật", "{} is within a discipline period", x));
            }
            match self.rating_of(x) {
                Some(r) if r >= min => len += 1,
                Some(r) => break self.say(|| t!("năm {} xếp loại {}", "{} rated {}", x, r.abbr())),
                None => break self.say(|| t!("năm {} chưa nhập xếp loại", "{} has no rating", x)),
            }
            x -= 1;
        };
        let unknown_stop = self.rating_of(x).is_none()
            && lower.is_none_or(|l| x > l)
            && self.discipline_in(x).is_none();
        st.run = Some((y - len + 1, y));
        // A missing year stopped the run: it and the years before it, back to the next
        // definite break, could still belong to the run (rule book §3). Bounded by the
        // earliest year a profile may hold.
        // Only a year inside what was entered is "missing"; the years before the first
        // row entered are simply not part of the profile.
        let first = self.facts.years.keys().next().unwrap_or(y);
        st.open_before = (unknown_stop && first < x).then(|| {
            let mut from = x;
            while from - 1 > EARLIEST_YEAR.max(first - 1)
                && lower.is_none_or(|l| from - 1 > l)
                && self.discipline_in(from - 1).is_none()
                && self.rating_of(from - 1).map_or(first < from - 1, |r| r >= min)
            {
                from -= 1;
            }
            (from, x)
        });
        // Unknown only when the open years could still make the run long enough (§3).
        let open_len = st.open_before.map_or(0, |(from, to)| to - from + 1);
        let status = if len >= min_years {
            Status::Met
        } else if unknown_stop && (len + open_len >= min_years || st.open_before.is_none()) {
            Status::Unknown
        } else {
            Status::NotMet
        };
        if self.quiet {
            return (status, Text::default(), None);
        }
        let evidence = if len == 0 {
            Text::new(format!(
                    "Không có năm nào xếp loại {} liên tục đến {} ({}).",
                    min.at_least_vi(),
                    y,
                    stop.vi
                ), format!(
                    "No year rated at least {} up to {} ({}).",
                    min.abbr(),
                    y,
                    stop.en
                ))
        } else {
            Text::new(format!(
                    "{} năm liên tục xếp loại {} ({}–{}); chuỗi {}.",
                    len,
                    min.at_least_vi(),
                    y - len + 1,
                    y,
                    stop.vi
                ), format!(
                    "{} consecutive years at least {} ({}–{}); the run {}.",
                    len,
                    min.abbr(),
                    y - len + 1,
                    y,
                    stop.en
                ))
        };
        let missing = (status == Status::NotMet).then(|| Text::new(format!(
                "Cần thêm {} năm liên tục xếp loại {}.",
                min_years - len,
                min.at_least_vi()
            ), format!(
                "Needs {} more consecutive year(s) rated at least {}.",
                min_years - len,
                min.abbr()
            )));
        (status, evidence, missing)
    }

    /// Counts the years of `from..=to` passing `each`.
    pub(super) fn count_years(
        &self,
        each: &YearTest,
        min_count: usize,
        from: i64,
        to: i64,
        y: i64,
        in_run: bool,
    ) -> (Status, Text, Option<Text>) {
        self.count_years_met(each, min_count, from, to, y, in_run).0
    }

    /// `count_years`, with how many years passed (read again by `count_with_open_years`).
    pub(super) fn count_years_met(
        &self,
        each: &YearTest,
        min_count: usize,
        from: i64,
        to: i64,
        y: i64,
        in_run: bool,
    ) -> ((Status, Text, Option<Text>), usize) {
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
            if !self.quiet {
                parts.push(ev);
            }
        }
        let status = if met >= min_count {
            Status::Met
        } else if met + unknown >= min_count {
            Status::Unknown
        } else {
            Status::NotMet
        };
        if self.quiet {
            return ((status, Text::default(), None), met);
        }
        let label = self.test_label(each);
        let span = if from > to {
            String::from("—")
        } else {
            format!("{from}–{to}")
        };
        let joined = Text::join(&parts, "; ");
        let evidence = Text::new(format!(
                "{} năm {} trong {}{}",
                met,
                label.vi,
                span,
                if parts.is_empty() {
                    ".".into()
                } else {
                    format!(": {}", joined.vi)
                }
            ), format!(
                "{} year(s) {} in {}{}",
                met,
                label.en,
                span,
                if parts.is_empty() {
                    ".".into()
                } else {
                    format!(": {}", joined.en)
                }
            ));
        let where_ = if in_run {
            ("trong chuỗi năm", "within the run")
        } else {
            ("trong kỳ xét", "in the review period")
        };
        let missing = (status == Status::NotMet).then(|| Text::new(format!(
                "Cần thêm {} năm {} {}.",
                min_count - met - unknown,
                label.vi,
                where_.0
            ), format!(
                "Needs {} more year(s) {} {}.",
                min_count - met - unknown,
                label.en,
                where_.1
            )));
        ((status, evidence, missing), met)
    }

    pub(super) fn period_all(&self, min: Rating, p: Period) -> (Status, Text, Option<Text>) {
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
            parts.push(Text::new(format!("{}: {}", x, rating_text(r).vi), format!("{}: {}", x, rating_text(r).en)));
        }
        let status = Status::all(statuses);
        let missing = (status == Status::NotMet).then(|| Text::new(format!(
                "Các năm {} chưa đạt {} trong kỳ {}–{}.",
                failing.join(", "),
                min.abbr(),
                p.from,
                p.to
            ), format!(
                "The years {} are below {} in the period {}–{}.",
                failing.join(", "),
                min.abbr(),
                p.from,
                p.to
            )));
        (status, Text::join(&parts, "; "), missing)
    }


    /// A count taken over a run that a missing year stopped: `unknown` when the open years
    /// before the run could still bring it to `min_count`, `not_met` only when no value of
    /// them could (rule book §3).
    pub(super) fn count_with_open_years(
        &self,
        each: &YearTest,
        min_count: usize,
        open: Option<(i64, i64)>,
        y: i64,
        counted: ((Status, Text, Option<Text>), usize),
    ) -> (Status, Text, Option<Text>) {
        // `met_in_run`: the years of the definite run (after `open`) that passed, as
        // counted by `count_years_met`.
        let ((status, evidence, missing), met_in_run) = counted;
        let Some((from, to)) = open.filter(|_| status == Status::NotMet) else {
            return (status, evidence, missing);
        };
        let could = (from..=to)
            .filter(|x| self.year_test(each, *x, y).0 != Status::NotMet)
            .count();
        if met_in_run + could < min_count {
            return (status, evidence, missing);
        }
        let ev = self.say(|| Text::new(format!("{} Năm {} chưa nhập xếp loại nên chuỗi năm có thể dài hơn: chưa xác định được.", evidence.vi, to), format!("{} {} has no rating, so the run may be longer: not yet known.", evidence.en, to)));
        (Status::Unknown, ev, None)
    }
}

//! Criterion kinds of the family "runs and windows": streaks, unbroken runs and the
//! counts taken inside them, review periods. A missing year inside a run keeps every
//! count taken over it unknown whenever the missing year could meet it (rule book §3);
//! a year under a discipline period breaks every run (§2a.2).


use super::*;
use crate::rules::text::StaticText;

/// A year test in words, per language: the words before, then the rating or award name.
pub(super) struct Label {
    vi: [&'static str; 2],
    en: [&'static str; 2],
}

/// The earliest year a profile may hold (input is refused before it).
const EARLIEST_YEAR: i64 = 2000;

impl Engine<'_> {
    /// Whether year `x` passes `test` (evaluation year `y`); its "x: …" part is written
    /// to `out` when sentences are wanted.
    pub(super) fn year_test_into(&self, test: &YearTest, x: i64, y: i64, out: Option<&mut Parts>) -> Status {
        // No year touched by a discipline period counts (rule book §2a.2).
        if self.discipline_in(x).is_some() {
            if let Some(p) = out {
                p.year(x).say("thuộc thời gian thi hành kỷ luật", "within a discipline period");
            }
            return Status::NotMet;
        }
        match test {
            YearTest::Rating(min) => {
                let r = self.rating_of(x);
                if let Some(p) = out {
                    let t = rating_text(r);
                    p.year(x).say(&t.vi, &t.en);
                }
                r.map_or(Status::Unknown, |r| Status::from_bool(r >= *min))
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
                if let Some(out) = out {
                    let t = rating_text(r);
                    out.year(x).say(&t.vi, &t.en);
                    if needs_party {
                        let t = rating_text(p);
                        out.say(" / tổ chức đảng ", " / party ").say(&t.vi, &t.en);
                    }
                }
                Status::all([gov, party])
            }
            YearTest::Title(award) => self.title_into(award, x, y, out),
        }
    }

    /// A year test in words, in each language as two pieces (the words before, then the
    /// rating or the award's name) that sentences write in place: it is never a sentence
    /// of its own (no strings built and thrown away).
    pub(super) fn test_label(&self, test: &YearTest) -> Label {
        match test {
            YearTest::Rating(r) | YearTest::RatingWithParty(r) => Label {
                vi: ["xếp loại ", r.at_least_vi()],
                en: ["rated at least ", r.abbr()],
            },
            YearTest::Title(a) => {
                let n = self.std.award_label(a).map_or(StaticText { vi: a, en: a }, |(n, _)| n);
                Label { vi: ["đạt ", n.vi], en: ["holding ", n.en] }
            }
        }
    }

    pub(super) fn streak(
        &self,
        length: i64,
        each: &YearTest,
        restart_after: &'static [&'static str],
        y: i64,
    ) -> (Status, Text, Option<Text>) {
        let floor = self.restart_floor(restart_after);
        let mut status = Status::Met;
        // Quiet: no evidence kept (no allocation per year in the gap projection).
        let mut parts = Parts::default();
        for x in (y - length + 1)..=y {
            // Quiet: a year not met decides the streak (the later years only add evidence).
            if self.quiet && status == Status::NotMet {
                break;
            }
            if floor.is_some_and(|f| x <= f) {
                status = Status::NotMet;
                if !self.quiet {
                    parts.year(x).say("thuộc thời gian của lần khen trước", "within the previous award's period");
                }
            } else {
                let s = self.year_test_into(each, x, y, (!self.quiet).then_some(&mut parts));
                status = Status::all([status, s]);
            }
        }
        if self.quiet {
            return (status, Text::default(), None);
        }
        let label = self.test_label(each);
        let missing = (status == Status::NotMet).then(|| {
            let ([lv, nv], [le, ne]) = (label.vi, label.en);
            match floor {
                Some(f) => Text::new(
                    crate::fmt!("Cần {} năm liên tục {}{} đến năm {}, sau năm {}.", length, lv, nv, y, f),
                    crate::fmt!("Needs {} consecutive years {}{} up to {}, after {}.", length, le, ne, y, f),
                ),
                None => Text::new(
                    crate::fmt!("Cần {} năm liên tục {}{} đến năm {}.", length, lv, nv, y),
                    crate::fmt!("Needs {} consecutive years {}{} up to {}.", length, le, ne, y),
                ),
            }
        });
        (status, parts.into_text(), missing)
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
            Text::new(crate::fmt!(
                    "Không có năm nào xếp loại {} liên tục đến {} ({}).",
                    min.at_least_vi(),
                    y,
                    stop.vi
                ), crate::fmt!(
                    "No year rated at least {} up to {} ({}).",
                    min.abbr(),
                    y,
                    stop.en
                ))
        } else {
            Text::new(crate::fmt!(
                    "{} năm liên tục xếp loại {} ({}–{}); chuỗi {}.",
                    len,
                    min.at_least_vi(),
                    y - len + 1,
                    y,
                    stop.vi
                ), crate::fmt!(
                    "{} consecutive years at least {} ({}–{}); the run {}.",
                    len,
                    min.abbr(),
                    y - len + 1,
                    y,
                    stop.en
                ))
        };
        let missing = (status == Status::NotMet).then(|| Text::new(crate::fmt!(
                "Cần thêm {} năm liên tục xếp loại {}.",
                min_years - len,
                min.at_least_vi()
            ), crate::fmt!(
                "Needs {} more consecutive year(s) rated at least {}.",
                min_years - len,
                min.abbr()
            )));
        (status, evidence, missing)
    }

    /// Counts the years of `from..=to` passing `each`: the finding, and how many years
    /// passed (read again by `count_with_open_years`).
    pub(super) fn count_years(
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
        let mut parts = Parts::default();
        for x in from..=to {
            match self.year_test_into(each, x, y, (!self.quiet).then_some(&mut parts)) {
                Status::Met => met += 1,
                Status::Unknown => unknown += 1,
                Status::NotMet => {}
            }
            // Enough years: the status is met whatever the rest (and the count is read
            // only when not met, `count_with_open_years`); only a sentence lists them all.
            if self.quiet && met >= min_count {
                break;
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
        // Written straight into each language (no span or tail string of its own).
        let evidence = {
            let side = |[label, name]: [&str; 2], (words, in_): (&str, &str), parts: &str| {
                let mut s = String::with_capacity(label.len() + name.len() + parts.len() + 40);
                crate::rules::text::push_uint(&mut s, met as u64);
                s.push_str(words);
                s.push_str(label);
                s.push_str(name);
                s.push_str(in_);
                if from > to {
                    s.push('—');
                } else {
                    crate::rules::text::push_int(&mut s, from);
                    s.push('–');
                    crate::rules::text::push_int(&mut s, to);
                }
                if parts.is_empty() {
                    s.push('.');
                } else {
                    s.push_str(": ");
                    s.push_str(parts);
                }
                s
            };
            Text::owned(side(label.vi, (" năm ", " trong "), &parts.vi), side(label.en, (" year(s) ", " in "), &parts.en))
        };
        let where_ = if in_run {
            ("trong chuỗi năm", "within the run")
        } else {
            ("trong kỳ xét", "in the review period")
        };
        let missing = (status == Status::NotMet).then(|| Text::new(crate::fmt!(
                "Cần thêm {} năm {}{} {}.",
                min_count - met - unknown,
                label.vi[0],
                label.vi[1],
                where_.0
            ), crate::fmt!(
                "Needs {} more year(s) {}{} {}.",
                min_count - met - unknown,
                label.en[0],
                label.en[1],
                where_.1
            )));
        ((status, evidence, missing), met)
    }

    pub(super) fn period_all(&self, min: Rating, p: Period) -> (Status, Text, Option<Text>) {
        let mut statuses = Vec::new();
        // "year: rating; …", written straight into each language.
        let mut parts = Parts::default();
        let mut failing = Vec::new();
        for x in p.from..=p.to {
            let r = self.rating_of(x);
            let s = r.map_or(Status::Unknown, |r| Status::from_bool(r >= min));
            if s == Status::NotMet {
                failing.push(x.to_string());
            }
            statuses.push(s);
            if !self.quiet {
                let t = rating_text(r);
                parts.year(x).say(&t.vi, &t.en);
            }
        }
        let status = Status::all(statuses);
        let missing = (status == Status::NotMet).then(|| Text::new(crate::fmt!(
                "Các năm {} chưa đạt {} trong kỳ {}–{}.",
                failing.join(", "),
                min.abbr(),
                p.from,
                p.to
            ), crate::fmt!(
                "The years {} are below {} in the period {}–{}.",
                failing.join(", "),
                min.abbr(),
                p.from,
                p.to
            )));
        (status, parts.into_text(), missing)
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
        // counted by `count_years`.
        let ((status, evidence, missing), met_in_run) = counted;
        let Some((from, to)) = open.filter(|_| status == Status::NotMet) else {
            return (status, evidence, missing);
        };
        let could = (from..=to)
            .filter(|x| self.year_test_into(each, *x, y, None) != Status::NotMet)
            .count();
        if met_in_run + could < min_count {
            return (status, evidence, missing);
        }
        let ev = self.say(|| Text::new(crate::fmt!("{} Năm {} chưa nhập xếp loại nên chuỗi năm có thể dài hơn: chưa xác định được.", evidence.vi, to), crate::fmt!("{} {} has no rating, so the run may be longer: not yet known.", evidence.en, to)));
        (Status::Unknown, ev, None)
    }
}

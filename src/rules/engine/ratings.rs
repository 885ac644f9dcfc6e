//! Criterion kinds of the family "ratings and conduct": the rating of the evaluation
//! year, the party organisation's and mass organisations' ratings, continuous work,
//! declarations (rule book §2, §4 LĐTT).


use super::*;

impl Engine<'_> {
    // ---- criterion kinds

    pub(super) fn rating(&self, min: Rating, party_counts: bool, y: i64) -> (Status, Text, Option<Text>) {
        let r = self.rating_of(y);
        let party = self.year(y).and_then(|r| r.party_rating);
        let party_member = self.facts.party_member == Some(true);
        let ev = self.say(|| {
            let ev = Text::new(crate::fmt!("Năm {}: {}", y, rating_text(r).vi), crate::fmt!("{}: {}", y, rating_text(r).en));
            if party_counts && party_member {
                Text::new(crate::fmt!("{}; xếp loại đảng viên: {}", ev.vi, rating_text(party).vi), crate::fmt!("{}; party rating: {}", ev.en, rating_text(party).en))
            } else {
                ev
            }
        });
        let party_ok = party_counts && party_member && party.is_some_and(|p| p >= min);
        // Built only when not met (the sentence is otherwise thrown away).
        let missing = || {
            self.say_if(true, || Text::new(crate::fmt!("Cần xếp loại {} năm {}.", min.at_least_vi(), y), crate::fmt!("Needs a rating of at least {} for {}.", min.abbr(), y)))
        };
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
            Some(_) => (Status::NotMet, ev, missing()),
        }
    }

    pub(super) fn party_organisation(&self, min: Rating, y: i64) -> (Status, Text, Option<Text>) {
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
                        Some(Text::new(crate::fmt!("Tổ chức đảng cần xếp loại {} năm {}.", min.at_least_vi(), y), crate::fmt!("The party organisation needs at least {} for {}.", min.abbr(), y))),
                    )
                }
            }
        }
    }

    /// Mass organisations (công đoàn, đoàn thanh niên) rated at least `min` in Y, where
    /// the unit has any (rule book §2, §5). "Has mass organisations" not answered and no
    /// rating entered → unknown; a rating entered answers it.
    pub(super) fn mass_organisations(&self, min: Rating, y: i64) -> (Status, Text, Option<Text>) {
        let rating = self.year(y).and_then(|r| r.mass_rating);
        match (self.facts.has_mass_organisations, rating) {
            (Some(false), _) => (
                Status::Met,
                self.say(|| t!("Đơn vị không có đoàn thể.", "The unit has no mass organisations.")),
                None,
            ),
            (None, None) => (
                Status::Unknown,
                self.say(|| t!(
                    "Chưa cho biết đơn vị có đoàn thể (công đoàn, đoàn thanh niên) không.",
                    "Not stated whether the unit has mass organisations (trade union, youth union)."
                )),
                None,
            ),
            (_, None) => (
                Status::Unknown,
                self.say(|| t!("Năm {}: chưa nhập xếp loại các đoàn thể.", "{}: mass organisations' rating not entered.", y)),
                None,
            ),
            (_, Some(r)) => {
                let ev = self.say(|| t!("Năm {}: các đoàn thể {} (mức thấp nhất)", "{}: mass organisations {} (the lowest)", y, r.abbr()));
                if r >= min {
                    (Status::Met, ev, None)
                } else {
                    (
                        Status::NotMet,
                        ev,
                        self.say_if(true, || Text::new(crate::fmt!("Các đoàn thể cần xếp loại {} năm {}.", min.at_least_vi(), y), crate::fmt!("The mass organisations need at least {} for {}.", min.abbr(), y))),
                    )
                }
            }
        }
    }

    /// At least `months` months of continuous work at the unit at the end of the
    /// evaluation period: 31/12 of Y, or 31/05 of the second year for a school-year label
    /// (rule book §4 LĐTT). Labour-contract time before recruitment counts (the date is
    /// the start of continuous work).
    pub(super) fn recruited(&self, months: u32, y: i64) -> (Status, Text, Option<Text>) {
        // The row's label, borrowed (a year without a row is labelled by its number, and
        // only a sentence needs that text).
        let row = self.year(y).map(|r| r.label.as_str());
        let school = row.is_some_and(|l| l.contains('-'));
        // The day after the period ends is the 1st of January (calendar year) or of June
        // (school year) of the next year, so the latest start, `months` before it, is the
        // 1st of a month too: counted in months, a start is early enough when its month
        // (the next one, for any day after the 1st) is not after that month. No calendar
        // arithmetic for the status (the gap projection asks it every year).
        let yc = y.clamp(1, 9000);
        let limit_month = (yc + 1) * 12 + if school { 5 } else { 0 } - i64::from(months);
        let Some(d) = self.facts.recruitment_date else {
            return (
                Status::Unknown,
                self.say(|| t!(
                    "Chưa nhập ngày bắt đầu làm việc liên tục tại cơ quan, đơn vị.",
                    "The date continuous work at the unit began is not entered."
                )),
                None,
            );
        };
        let start_month = i64::from(d.year()) * 12 + i64::from(d.month0()) + i64::from(d.day() > 1);
        let met = start_month <= limit_month;
        let label = || row.map_or_else(|| y.to_string(), String::from);
        let ev = self.say(|| {
            let (_, period_end) = crate::rules::validate::row_span(row.unwrap_or(""), y);
            let limit = period_end.succ_opt().and_then(|e| e.checked_sub_months(Months::new(months)));
            t!(
                "Làm việc liên tục từ {}; để đủ {} tháng đến hết {} ({}) cần bắt đầu chậm nhất {}.",
                "Continuous work since {}; {} months by the end of {} ({}) need a start by {}.",
                crate::rules::date::dmy(d),
                months,
                label(),
                crate::rules::date::dmy(period_end),
                limit.map_or_else(String::new, crate::rules::date::dmy)
            )
        });
        if met {
            (Status::Met, ev, None)
        } else {
            let what = if school { t!("năm học {}", "the school year {}", label()) } else { t!("năm {}", "{}", label()) };
            (
                Status::NotMet,
                ev,
                self.say_if(true, || Text::new(crate::fmt!("Chưa đủ {} tháng làm việc liên tục tính đến hết {}.", months, what.vi), crate::fmt!("Fewer than {} months of continuous work by the end of {}.", months, what.en))),
            )
        }
    }

    /// The catalogue entry of declaration `id` and the profile's answer, remembered per
    /// engine (the projection asks for the same few ids every year).
    fn declaration_of(&self, id: &str) -> (Option<&'static crate::rules::standards::Declaration>, Option<bool>) {
        let k = key(id.as_bytes());
        // Native only: the browser looks them up each time (size budget).
        let cache = !cfg!(target_arch = "wasm32");
        if let Some((_, d, a)) = self.decls.borrow().iter().find(|(kk, _, _)| cache && *kk == k) {
            return (*d, *a);
        }
        let d = self.std.declarations.iter().find(|d| d.id == id);
        let a = match d {
            Some(d) if self.conduct_assumed && !d.route => Some(true),
            _ => self.facts.declarations.get(id).copied(),
        };
        if cache {
            self.decls.borrow_mut().push((k, d, a));
        }
        (d, a)
    }

    pub(super) fn declaration(&self, id: &str, v: &Version) -> (Status, Text, Option<Text>) {
        let (decl, answer) = self.declaration_of(id);
        let Some(decl) = decl else {
            return (
                Status::Unknown,
                t!(
                    "Cam kết không có trong danh mục.",
                    "Declaration not in the catalogue."
                ),
                None,
            );
        };
        match answer {
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
    pub(super) fn conduct_declarations_ticked(&self, v: &Version) -> bool {
        // Asked once per route declaration of every award decided: remembered per version.
        let key = v as *const Version as usize;
        if let Some((_, t)) = self.ticked.borrow().iter().find(|(k, _)| *k == key) {
            return *t;
        }
        let t = self.conduct_ticked_in(v.criteria);
        self.ticked.borrow_mut().push((key, t));
        t
    }

    /// `conduct_declarations_ticked` over `criteria` and their routes (no list built:
    /// the gap projection asks this for every route declaration of every year).
    fn conduct_ticked_in(&self, criteria: &[Criterion]) -> bool {
        criteria.iter().all(|c| match &c.check {
            Check::Declaration { declaration } => {
                // Known to the catalogue and assumed ticked, or a route (which the
                // projection never assumes: it is not a conduct declaration).
                self.std.declaration(declaration).is_some_and(|d| d.route || self.conduct_assumed)
                    || self.facts.declarations.get(*declaration) == Some(&true)
            }
            Check::AnyOf { routes } => routes.iter().all(|r| self.conduct_ticked_in(r.criteria)),
            _ => true,
        })
    }

}

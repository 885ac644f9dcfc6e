//! The app state and its pure reducer: the form's `Profile`, the language, and the
//! last message. Results are not state: they are derived from the profile (`use_memo`).

use std::rc::Rc;

use yew::Reducible;

use crate::rules::facts::*;
use crate::rules::{Evaluation, InputError, Lang, Text};

/// A candidate's evaluation, shared between renders.
pub type EvalResult = Rc<Result<Evaluation, Vec<InputError>>>;

/// What the unit view keeps of a candidate's evaluation: every award's outcome (what the
/// table, the unit's member counts, the warnings, the print and the exports read), without
/// its findings, gaps and notes — about 80 KB of sentences a candidate, 800 MB for a unit
/// of 10,000. The full evaluation is made again where it is shown: a candidate opened in
/// the form, the export "kèm chi tiết tiêu chí".
pub fn outcomes_only(r: Result<Evaluation, Vec<InputError>>) -> Result<Evaluation, Vec<InputError>> {
    r.map(|mut ev| {
        ev.notices = Vec::new();
        ev.warnings = Vec::new();
        ev.legal_basis = None;
        for d in &mut ev.determinations {
            d.findings = Vec::new();
            d.gaps = Vec::new();
            d.notes = Vec::new();
        }
        ev
    })
}

/// Which profile the form shows and edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// The civil servant's own profile.
    Individual,
    /// The unit: its own ratings, its candidates and its collective titles.
    Unit,
    /// One candidate of the unit, in the individual form.
    Member(usize),
}

/// Equality is the revision number: every reduce makes a new revision, so Yew's prop
/// comparisons cost nothing, where a deep comparison of a unit of 1,000 candidates and
/// their evaluations took half of the page's time.
#[derive(Clone, Debug)]
pub struct State {
    /// Bumped by every action.
    pub rev: u64,
    pub profile: Profile,
    /// The unit (a collective profile) whose `members` are the candidates. Shared: every
    /// action clones the state, and a unit of 10,000 candidates must not be copied for the
    /// actions that leave it alone (each evaluated chunk of candidates is one); an edit of
    /// the unit copies it once (`Rc::make_mut`).
    pub unit: Rc<Profile>,
    pub view: View,
    pub lang: Lang,
    pub message: Option<Message>,
    /// False once the browser refused to store data: the app then works in memory.
    pub storage_ok: bool,
    /// One slot per candidate: `None` until evaluated (evaluation runs in chunks).
    pub member_results: Vec<Option<EvalResult>>,
    /// Bumped whenever candidates' results go stale; results for an older revision are dropped.
    pub members_rev: u64,
    /// Bumped on every change of the unit, for autosave and the unit's own evaluation.
    pub unit_rev: u64,
    /// Bumped whenever the individual profile may have changed, for its autosave: comparing
    /// revisions instead of whole profiles keeps a profile clone and a deep comparison out
    /// of every render.
    pub profile_rev: u64,
    /// The unit revision storage is known to hold already (`RestoreUnit`): autosave skips it.
    pub unit_stored_rev: u64,
    /// True while the unit list is being printed.
    pub printing: bool,
    /// In the unit view: print the collective's achievement report instead of the list
    /// (set by its button, cleared after printing).
    pub print_report: bool,
    /// Stored data that could not be read at start (issue 11): kept, reported, downloadable.
    pub unreadable: Vec<Unreadable>,
    /// Another tab saved newer data, so this tab's last change was not saved.
    pub conflict: bool,
    /// While a CSV is read: rows read so far and rows in the file (the progress line).
    pub import_progress: Option<(usize, usize)>,
}

/// Stored data that could not be read: it is never overwritten without a copy.
#[derive(Clone, Debug, PartialEq)]
pub struct Unreadable {
    /// The storage key it was read from (`browser::STORAGE_KEY` or `browser::UNIT_KEY`).
    pub key: &'static str,
    /// Where an untouched copy is kept (`None`: no copy could be made).
    pub backup: Option<String>,
    /// Written by a newer version of the app (never downgraded).
    pub newer: bool,
    /// Why it could not be read.
    pub why: Text,
}

impl Unreadable {
    /// Autosave must leave the stored value alone: a newer format, or no copy was made.
    pub fn keep_stored(&self) -> bool {
        self.newer || self.backup.is_none()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub error: bool,
    pub text: Text,
}

/// An empty individual profile.
pub fn empty_profile() -> Profile {
    Profile {
        schema_version: SCHEMA_VERSION,
        person: Some(Person::default()),
        ..Profile::default()
    }
}

/// An empty unit.
pub fn empty_unit() -> Profile {
    Profile {
        schema_version: SCHEMA_VERSION,
        subject: Subject::Collective,
        unit: Some(Unit::default()),
        ..Profile::default()
    }
}

impl PartialEq for State {
    fn eq(&self, other: &Self) -> bool {
        self.rev == other.rev
    }
}

impl Default for State {
    fn default() -> Self {
        State {
            rev: 0,
            profile: empty_profile(),
            unit: Rc::new(empty_unit()),
            view: View::Individual,
            lang: Lang::Vi,
            message: None,
            storage_ok: true,
            member_results: Vec::new(),
            members_rev: 0,
            unit_rev: 0,
            profile_rev: 0,
            unit_stored_rev: 0,
            printing: false,
            print_report: false,
            unreadable: Vec::new(),
            conflict: false,
            import_progress: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    /// A person field by name (`full_name`, `unit`, `position`, `kind`, `party_member`, `recruitment_date`).
    SetPerson(&'static str, String),
    SetProposalDate(String),
    SetEvaluationYear(String),
    SetPending(String),
    AddYear,
    RemoveYear(usize),
    /// A year-row field by name (`year`, `rating`, `party_rating`, `discipline`, `duty_related`).
    SetYear(usize, &'static str, String),
    AddAchievement,
    RemoveAchievement(usize),
    SetAchievement(usize, &'static str, String),
    /// Adds a received award of the given catalogue id.
    AddAward(String),
    RemoveAward(usize),
    SetAward(usize, &'static str, String),
    SetDeclaration(String, bool),
    /// A yes/no fact of `standards/facts.json` by id: `true`, `false` or "" (not answered).
    SetFact(String, String),
    /// One end (`true`: the last year) of the chosen period of a periodic review.
    SetReviewPeriod(String, bool, String),
    /// Replaces everything with a loaded profile.
    Load(Profile),
    Clear,
    Say(Option<Message>),
    StorageFailed,
    SetView(View),
    /// A unit field by name (`name`, `has_party_organisation`).
    SetUnit(&'static str, String),
    AddMember,
    RemoveMember(usize),
    DuplicateMember(usize),
    /// Appends imported candidates.
    ImportMembers(Vec<Profile>),
    /// Replaces the unit (loaded from a file: autosaved).
    LoadUnit(Profile),
    /// Replaces the unit with what storage holds (restored at start, or saved by another
    /// tab): the same as `LoadUnit`, but not written back, since storage has it already (a
    /// unit of 10,000 is 10 MB of JSON).
    RestoreUnit(Profile),
    ClearUnit,
    /// Results of candidates evaluated for revision `rev`.
    MemberResults(u64, Vec<(usize, EvalResult)>),
    SetPrinting(bool),
    /// The unit view's "print the collective's report" (true) instead of the list.
    PrintReport(bool),
    /// Replaces the candidates with imported ones (the unit's own data is kept).
    ReplaceMembers(Vec<Profile>),
    /// The individual profile as another tab saved it.
    RestoreProfile(Profile),
    /// Whether a save was refused because another tab saved newer data.
    Conflict(bool),
    /// Rows of a CSV read so far and rows in all (`None` when the import is over).
    ImportProgress(Option<(usize, usize)>),
    /// Stored data found unreadable after start (a large unit parsed in slices).
    Unreadable(Unreadable),
}

/// The name and unit a candidate is known by, with case and Vietnamese marks ignored (an
/// empty name: none).
fn identity(p: &Profile) -> (String, String) {
    let fold = |s: &str| crate::rules::summary::ascii_fold(s.trim()).to_ascii_lowercase();
    p.person.as_ref().map(|x| (fold(&x.full_name), fold(&x.unit))).unwrap_or_default()
}

/// Splits imported candidates into those to add and the duplicates: a candidate with the
/// same name and unit as one in `existing` or earlier in `incoming`, or with exactly the
/// same content. Importing the same file twice therefore adds nothing.
///
/// In O(n log n) (issue 13: a file of 10,000 compared pairwise took seconds in one task):
/// equal content implies equal name and unit, so a candidate with a name is a duplicate
/// exactly when its name and unit are in `existing` or on an earlier incoming candidate;
/// only candidates without a name are compared by content, with the others without one.
pub fn split_duplicates(existing: &[Profile], incoming: Vec<Profile>) -> (Vec<Profile>, Vec<Profile>) {
    let mut ids: Vec<(String, String)> = existing.iter().map(identity).collect();
    ids.extend(incoming.iter().map(identity));
    let e = existing.len();
    // All by name and unit, stable: within one, those in `existing` first, then the
    // incoming ones in file order; each after the first of its group is a duplicate.
    let mut order: Vec<usize> = (0..ids.len()).collect();
    crate::rules::order::sort_by(&mut order, |&a, &b| ids[a].cmp(&ids[b]));
    let mut is_dup = vec![false; ids.len()];
    for n in 1..order.len() {
        is_dup[order[n]] = ids[order[n]] == ids[order[n - 1]];
    }
    // Without a name: the same content as one before (in `existing`, or kept).
    let mut keep: Vec<Profile> = Vec::new();
    let mut dup: Vec<Profile> = Vec::new();
    for (k, p) in incoming.into_iter().enumerate() {
        if ids[e + k].0.is_empty() {
            is_dup[e + k] = keep.contains(&p) || existing.contains(&p);
        }
        if is_dup[e + k] { dup.push(p) } else { keep.push(p) }
    }
    (keep, dup)
}

/// A code from a `<select>` (`"htxs"`) as its enum (the codes files use).
fn parse_enum<T: crate::rules::facts::UnitEnum>(v: &str) -> Option<T> {
    T::from_code(v)
}

/// Removes item `i` when it exists (a stale index from an old render is ignored).
fn remove_at<T>(v: &mut Vec<T>, i: usize) {
    if i < v.len() {
        v.remove(i);
    }
}

/// A date as typed in the form (issue 12), as stored in the profile: `1/8/2015` →
/// `2015-08-01`; shaped like a date but impossible (`31/02/2025`) → `2025-02-31`, which
/// validation reports as a date that does not exist and the form shows back as typed;
/// anything else (`2015-08-01` too) is kept as typed, and reported if it is no date. Never
/// silently emptied: only an empty field means "not entered".
pub fn typed_date(v: String) -> Option<String> {
    let t = v.trim();
    if t.is_empty() {
        return None;
    }
    let digits = |p: &str, max: usize| !p.is_empty() && p.len() <= max && p.bytes().all(|b| b.is_ascii_digit());
    let mut it = t.split('/');
    Some(match (it.next(), it.next(), it.next(), it.next()) {
        (Some(d), Some(m), Some(y), None) if y.len() == 4 && digits(d, 2) && digits(m, 2) && digits(y, 4) => {
            format!("{y}-{m:0>2}-{d:0>2}")
        }
        _ => t.to_string(),
    })
}

/// A period after one of its two years was typed: both ends empty → no period; one year →
/// that year alone; an end that is not a number leaves the period as it was.
fn period_end(old: Option<Period>, to: bool, typed: &str) -> Option<Period> {
    let mut a = AwardReceived {
        award: String::new(),
        period: old,
        award_type: AwardType::CongTrang,
        decision_number: String::new(),
        decision_date: None,
        authority: String::new(),
    };
    a.set_period_end(to, typed);
    a.period
}

fn tri(v: &str) -> Option<bool> {
    match v {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

impl State {
    /// The profile the form shows.
    pub fn current(&self) -> &Profile {
        match self.view {
            View::Individual => &self.profile,
            View::Unit => self.unit.as_ref(),
            View::Member(i) => self.unit.members.get(i).unwrap_or(&self.profile),
        }
    }

    fn current_mut(&mut self) -> &mut Profile {
        match self.view {
            View::Individual => &mut self.profile,
            View::Unit => Rc::make_mut(&mut self.unit),
            View::Member(i) if i < self.unit.members.len() => &mut Rc::make_mut(&mut self.unit).members[i],
            View::Member(_) => &mut self.profile,
        }
    }

    /// Candidates still to evaluate.
    pub fn pending(&self) -> usize {
        self.member_results.iter().filter(|r| r.is_none()).count()
    }

    fn invalidate_all(&mut self) {
        self.member_results = vec![None; self.unit.members.len()];
        self.members_rev += 1;
    }

    /// The pure reducer.
    pub fn apply(&mut self, action: Action) {
        let view = self.view;
        let before = (
            self.unit.proposal_date.clone(),
            self.unit.evaluation_year,
            self.unit
                .years
                .iter()
                .map(|r| r.year.clone())
                .collect::<Vec<_>>(),
        );
        let is_edit = !matches!(
            action,
            Action::SetLang(_)
                | Action::Say(_)
                | Action::StorageFailed
                | Action::SetView(_)
                | Action::MemberResults(..)
                | Action::SetPrinting(_)
                | Action::PrintReport(_)
                | Action::RestoreProfile(_)
                | Action::Conflict(_)
                | Action::ImportProgress(_)
                | Action::Unreadable(_)
        );
        // (A candidate's edit counts too: the form falls back to the profile for a candidate
        // that is gone, and one save too many costs nothing.)
        if (is_edit && view != View::Unit) || matches!(action, Action::RestoreProfile(_)) {
            self.profile_rev += 1;
        }
        let restored = matches!(action, Action::RestoreUnit(_));
        self.apply_inner(action);
        if is_edit {
            match view {
                View::Member(i) if i < self.member_results.len() => {
                    self.member_results[i] = None;
                    self.members_rev += 1;
                    self.unit_rev += 1;
                }
                View::Unit => {
                    self.unit_rev += 1;
                    let after = (
                        self.unit.proposal_date.clone(),
                        self.unit.evaluation_year,
                        self.unit
                            .years
                            .iter()
                            .map(|r| r.year.clone())
                            .collect::<Vec<_>>(),
                    );
                    if before != after {
                        self.invalidate_all();
                    }
                }
                _ => {}
            }
        }
        if restored {
            self.unit_stored_rev = self.unit_rev;
        }
    }

    fn apply_inner(&mut self, action: Action) {
        match action {
            Action::SetView(v) => {
                self.view = v;
                return;
            }
            Action::SetPrinting(b) => {
                self.printing = b;
                // After printing (afterprint), the next print is the list again.
                self.print_report &= b;
                return;
            }
            Action::PrintReport(b) => {
                self.print_report = b;
                return;
            }
            Action::SetUnit(field, v) => {
                let u = Rc::make_mut(&mut self.unit).unit.get_or_insert_with(Unit::default);
                match field {
                    "name" => u.name = v,
                    "has_party_organisation" => u.has_party_organisation = tri(&v),
                    "has_mass_organisations" => u.has_mass_organisations = tri(&v),
                    _ => {}
                }
                return;
            }
            Action::AddMember => {
                Rc::make_mut(&mut self.unit).members.push(empty_profile());
                self.member_results.push(None);
                self.members_rev += 1;
                return;
            }
            Action::RemoveMember(i) => {
                if i < self.unit.members.len() {
                    Rc::make_mut(&mut self.unit).members.remove(i);
                    self.member_results.remove(i);
                    self.members_rev += 1;
                }
                return;
            }
            Action::DuplicateMember(i) => {
                if let Some(m) = self.unit.members.get(i).cloned() {
                    Rc::make_mut(&mut self.unit).members.insert(i + 1, m);
                    let r = self.member_results[i].clone();
                    self.member_results.insert(i + 1, r);
                }
                return;
            }
            Action::ImportMembers(ps) => {
                self.member_results.extend(ps.iter().map(|_| None));
                Rc::make_mut(&mut self.unit).members.extend(ps);
                self.members_rev += 1;
                return;
            }
            Action::ReplaceMembers(ps) => {
                Rc::make_mut(&mut self.unit).members = ps;
                self.invalidate_all();
                return;
            }
            Action::RestoreProfile(p) => {
                self.profile = p;
                return;
            }
            Action::Conflict(c) => {
                self.conflict = c;
                return;
            }
            Action::LoadUnit(u) | Action::RestoreUnit(u) => {
                let mut u = u;
                u.subject = Subject::Collective;
                self.unit = Rc::new(u);
                self.invalidate_all();
                self.unit_rev += 1;
                return;
            }
            Action::ClearUnit => {
                self.unit = Rc::new(empty_unit());
                self.invalidate_all();
                self.unit_rev += 1;
                self.view = View::Unit;
                return;
            }
            Action::ImportProgress(p) => {
                self.import_progress = p;
                return;
            }
            Action::Unreadable(u) => {
                self.import_progress = None;
                self.unreadable.push(u);
                return;
            }
            // Not edits of the profile shown: handled before `current_mut`, which copies a
            // shared unit (`Rc::make_mut`) — 10,000 candidates for a message.
            Action::SetLang(l) => {
                self.lang = l;
                return;
            }
            Action::Say(m) => {
                self.message = m;
                return;
            }
            Action::StorageFailed => {
                self.storage_ok = false;
                return;
            }
            Action::MemberResults(rev, results) => {
                if rev == self.members_rev {
                    for (i, r) in results {
                        if let Some(slot) = self.member_results.get_mut(i) {
                            *slot = Some(r);
                        }
                    }
                }
                return;
            }
            _ => {}
        }
        let p = self.current_mut();
        match action {
            Action::SetPerson(field, v) => {
                let person = p.person.get_or_insert_with(Person::default);
                match field {
                    "full_name" => person.full_name = v,
                    "unit" => person.unit = v,
                    "position" => person.position = v,
                    "kind" => person.kind = parse_enum(&v),
                    "party_member" => person.party_member = tri(&v),
                    "recruitment_date" => person.recruitment_date = typed_date(v),
                    "continuous_work_from" => person.continuous_work_from = typed_date(v),
                    "birth_date" => person.birth_date = typed_date(v),
                    "duties" => person.duties = v,
                    _ => {}
                }
            }
            Action::SetProposalDate(v) => p.proposal_date = typed_date(v),
            Action::SetEvaluationYear(v) => p.evaluation_year = v.trim().parse().ok(),
            Action::SetPending(v) => p.pending_proceedings = tri(&v),
            // New rows start empty (issue 12): nothing is recorded until the user picks it.
            Action::AddYear => p.years.push(YearRow::default()),
            Action::RemoveYear(i) => {
                remove_at(&mut p.years, i);
            }
            Action::SetYear(i, field, v) => {
                let Some(row) = p.years.get_mut(i) else {
                    return;
                };
                match field {
                    "year" => row.year = v,
                    "rating" => row.rating = parse_enum(&v),
                    "party_rating" => row.party_rating = parse_enum(&v),
                    "mass_rating" => row.mass_organisation_rating = parse_enum(&v),
                    "disc_from" => {
                        if let Some(d) = row.discipline.as_mut() {
                            d.from = typed_date(v);
                        }
                    }
                    "disc_to" => {
                        if let Some(d) = row.discipline.as_mut() {
                            d.to = typed_date(v);
                        }
                    }
                    "discipline" => {
                        let old = row.discipline.take();
                        row.discipline = parse_enum::<DisciplineLevel>(&v).map(|level| Discipline {
                            level,
                            duty_related: old.as_ref().and_then(|d| d.duty_related),
                            from: old.as_ref().and_then(|d| d.from.clone()),
                            to: old.as_ref().and_then(|d| d.to.clone()),
                        })
                    }
                    "duty_related" => {
                        if let Some(d) = row.discipline.as_mut() {
                            d.duty_related = tri(&v);
                        }
                    }
                    _ => {}
                }
            }
            Action::AddAchievement => {
                p.achievements.push(Achievement {
                    kind: None,
                    title: String::new(),
                    year: String::new(),
                    scope: None,
                    applied: None,
                    used_for: None,
                });
            }
            Action::RemoveAchievement(i) => {
                remove_at(&mut p.achievements, i);
            }
            Action::SetAchievement(i, field, v) => {
                let Some(a) = p.achievements.get_mut(i) else {
                    return;
                };
                match field {
                    "kind" => a.kind = parse_enum(&v),
                    "title" => a.title = v,
                    "year" => a.year = v,
                    "scope" => a.scope = parse_enum(&v),
                    "applied" => a.applied = tri(&v),
                    "used_award" if v.is_empty() => a.used_for = None,
                    "used_award" => {
                        let year = a.used_for.take().map(|u| u.year).unwrap_or_else(|| a.year.clone());
                        a.used_for = Some(UsedFor { award: v, year });
                    }
                    "used_year" => {
                        if let Some(u) = a.used_for.as_mut() {
                            u.year = v.trim().to_string();
                        }
                    }
                    _ => {}
                }
            }
            Action::AddAward(award) => {
                p.awards_received.push(AwardReceived {
                    award,
                    period: None,
                    award_type: AwardType::CongTrang,
                    decision_number: String::new(),
                    decision_date: None,
                    authority: String::new(),
                });
            }
            Action::RemoveAward(i) => {
                remove_at(&mut p.awards_received, i);
            }
            Action::SetAward(i, field, v) => {
                let Some(a) = p.awards_received.get_mut(i) else {
                    return;
                };
                match field {
                    "award" => a.award = v,
                    "from" => a.set_period_end(false, &v),
                    "to" => a.set_period_end(true, &v),
                    "type" => a.award_type = parse_enum(&v).unwrap_or(a.award_type),
                    "decision_number" => a.decision_number = v,
                    "decision_date" => a.decision_date = typed_date(v),
                    "authority" => a.authority = v,
                    _ => {}
                }
            }
            Action::SetDeclaration(id, ticked) => {
                if ticked {
                    p.declarations.insert(id, true);
                } else {
                    p.declarations.remove(&id);
                }
            }
            Action::SetFact(id, v) => match tri(&v) {
                Some(b) => {
                    p.facts.insert(id, b);
                }
                None => {
                    p.facts.remove(&id);
                }
            },
            Action::SetReviewPeriod(id, to, v) => {
                match period_end(p.review_periods.get(&id).copied(), to, &v) {
                    Some(period) => p.review_periods.insert(id, period),
                    None => p.review_periods.remove(&id),
                };
            }
            Action::Load(profile) => {
                *p = profile;
                self.message = None;
            }
            Action::Clear => {
                *p = empty_profile();
                self.message = None;
            }
            _ => {}
        }
    }
}

impl Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        // Progress (evaluated candidates, rows read) is no new revision: the form's
        // components compare states by revision and are not rendered again for it; the
        // candidates' table and the unit toolbar take the progress as props of their own.
        if !matches!(action, Action::MemberResults(..) | Action::ImportProgress(_)) {
            next.rev += 1;
        }
        next.apply(action);
        Rc::new(next)
    }
}

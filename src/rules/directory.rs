//! The unit directory (rule book §8) and the calendar of the seed documents (§6): data
//! under `standards/` (`units.json`, `calendar.json`, compiled in by `build.rs` like the
//! awards), turned here into suggestions and a calendar relative to a date.
//! Pure: the date is an argument.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::standards::UNITS;
use super::text::Text;

/// `standards/units.json`, compiled in by `build.rs`.
#[derive(Debug)]
pub struct UnitsFile {
    pub clusters: &'static [Cluster],
    pub mergers: &'static [Merger],
    pub ended: &'static [Ended],
}

#[derive(Debug)]
pub struct Cluster {
    pub name: &'static str,
    pub units: &'static [&'static str],
}

#[derive(Debug)]
pub struct Merger {
    pub from: &'static [&'static str],
    pub to: &'static str,
    pub date: NaiveDate,
}

/// Units that ended without a successor (prefix match), and what to say about them.
#[derive(Debug)]
pub struct Ended {
    pub prefix: &'static str,
    pub date: NaiveDate,
    pub text: super::text::StaticText,
}

/// One suggestion for the unit field: the name a user types, and a label with the
/// cluster and, for a merged unit, its new name.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct UnitSuggestion {
    pub name: String,
    pub label: Text,
}

fn units_file() -> &'static UnitsFile {
    &UNITS
}

/// Every unit of the 2021 clusters (merged ones shown with their new name), then the
/// units created by the 2025 mergers. Free text is always accepted by the form.
pub fn unit_suggestions() -> Vec<UnitSuggestion> {
    let f = units_file();
    let mut out = Vec::new();
    for c in f.clusters {
        for u in c.units {
            let now = f.mergers.iter().find(|m| m.from.iter().any(|x| x == u));
            let ended = f.ended.iter().find(|e| u.starts_with(e.prefix));
            let label = match (now, ended) {
                (Some(m), _) => Text::new(format!(
                        "{u} — nay là {} (từ {}) · {}",
                        m.to,
                        crate::rules::date::dmy(m.date),
                        c.name
                    ), format!(
                        "{u} — now {} (from {}) · {}",
                        m.to,
                        crate::rules::date::dmy(m.date),
                        c.name
                    )),
                (None, Some(e)) => Text::new(format!("{u} — {} · {}", e.text.vi, c.name), format!("{u} — {} · {}", e.text.en, c.name)),
                _ => Text::new(format!("{u} · {}", c.name), format!("{u} · {}", c.name)),
            };
            out.push(UnitSuggestion {
                name: u.to_string(),
                label,
            });
        }
    }
    for m in f.mergers {
        if !out.iter().any(|s| s.name == m.to) {
            out.push(UnitSuggestion {
                name: m.to.to_string(),
                label: Text::new(format!("{} (hợp nhất từ {})", m.to, m.from.join(", ")), format!("{} (merged from {})", m.to, m.from.join(", "))),
            });
        }
    }
    out
}

/// The unit's current name after the 2025 mergers, if it was merged.
pub fn merged_into(unit: &str) -> Option<&'static str> {
    units_file()
        .mergers
        .iter()
        .find(|m| m.from.iter().any(|x| x.eq_ignore_ascii_case(unit.trim())))
        .map(|m| m.to)
}

/// An item of `standards/calendar.json`, compiled in by `build.rs`: fixed dates, or a
/// `recurring` span repeated every year.
#[derive(Debug)]
pub struct CalendarItemDef {
    pub id: &'static str,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub recurring: Option<Recurring>,
    pub text: super::text::StaticText,
    pub cite: &'static str,
}

#[derive(Debug)]
pub struct Recurring {
    /// `MM-DD`
    pub from: &'static str,
    pub to: &'static str,
}

/// A dated item of the calendar.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CalendarItem {
    pub id: String,
    #[serde(with = "crate::rules::date::iso_serde")]
    pub from: NaiveDate,
    #[serde(with = "crate::rules::date::iso_serde")]
    pub to: NaiveDate,
    pub text: Text,
    pub cite: String,
}

/// The calendar seen from a date: what is open now, what comes next, what just ended.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CalendarView {
    pub open: Vec<CalendarItem>,
    pub next: Vec<CalendarItem>,
    pub recent: Vec<CalendarItem>,
}

fn calendar_defs() -> &'static [CalendarItemDef] {
    super::standards::CALENDAR
}

/// Items dated for the years around `date` (recurring ones in this year and the next).
pub fn calendar_items(date: NaiveDate) -> Vec<CalendarItem> {
    let mut out = Vec::new();
    for d in calendar_defs() {
        match (&d.recurring, d.from, d.to) {
            (Some(r), _, _) => {
                for y in [date.year() - 1, date.year(), date.year() + 1] {
                    let day =
                        |md: &str| super::date::parse_iso(&format!("{y}-{md}"));
                    if let (Some(from), Some(to)) = (day(r.from), day(r.to)) {
                        out.push(CalendarItem {
                            id: format!("{}_{y}", d.id),
                            from,
                            to,
                            text: d.text.into(),
                            cite: d.cite.to_string(),
                        });
                    }
                }
            }
            (None, Some(from), Some(to)) => out.push(CalendarItem {
                id: d.id.to_string(),
                from,
                to,
                text: d.text.into(),
                cite: d.cite.to_string(),
            }),
            _ => {}
        }
    }
    super::order::sort_by_key(&mut out, |i| (i.from, i.to));
    out
}

/// What is open on `date`, the next `n` items, and the last `n` that ended.
pub fn calendar_view(date: NaiveDate, n: usize) -> CalendarView {
    let items = calendar_items(date);
    let open = items
        .iter()
        .filter(|i| i.from <= date && date <= i.to)
        .cloned()
        .collect();
    let next = items
        .iter()
        .filter(|i| i.from > date)
        .take(n)
        .cloned()
        .collect();
    let mut recent: Vec<CalendarItem> = items.iter().filter(|i| i.to < date).cloned().collect();
    super::order::sort_by_key(&mut recent, |i| std::cmp::Reverse(i.to));
    recent.truncate(n);
    CalendarView { open, next, recent }
}

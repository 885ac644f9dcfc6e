//! Unit-head mode: many candidates and the unit's own collective titles.
//!
//! - `parse_csv` reads the documented CSV (Vietnamese headers, UTF-8 with or without
//!   BOM, comma or semicolon) into profiles; a bad cell is reported with its row and
//!   column and the good rows are kept.
//! - `evaluate_unit` evaluates the collective from its own yearly ratings and the member
//!   counts derived from the candidates' evaluations (computed once, not again per
//!   criterion), so a unit of 1,000 costs one evaluation per candidate.
//! - `review_warnings` gives the checks that belong to the review meeting (htxs share,
//!   campaign quota): warnings only, never applied, nobody dropped.
//!
//! A small CSV reader of our own rather than the `csv` crate: the format needs quotes,
//! two delimiters, a BOM and the three line endings (LF, CRLF, lone CR), about 50
//! lines, and the browser build has a size budget.


use chrono::NaiveDate;

use super::determination::{Evaluation, Outcome};
use super::facts::*;
use super::standards::Standards;
use super::text::Text;
use super::validate::{self, Counts, InputError, Range};
use crate::t;

/// A problem in one cell (or row) of an imported CSV file. Rows count from 1 = header.
#[derive(Clone, Debug, PartialEq)]
pub struct CsvError {
    pub row: usize,
    pub column: String,
    pub message: Text,
}

impl CsvError {
    pub fn text(&self) -> Text {
        Text::new(format!(
                "Dòng {}, cột \"{}\": {}",
                self.row, self.column, self.message.vi
            ), format!(
                "Row {}, column \"{}\": {}",
                self.row, self.column, self.message.en
            ))
    }
}

/// Splits CSV text into records: quotes, doubled quotes, a leading BOM; a record ends at
/// LF, CRLF or a lone CR (old Mac spreadsheets), outside quotes. The delimiter is `;`
/// when the header line has more semicolons than commas.
pub fn split_csv(text: &str) -> Vec<Vec<String>> {
    let text = text.trim_start_matches('\u{feff}');
    let header = text.split(['\r', '\n']).next().unwrap_or("");
    let delim = if header.matches(';').count() > header.matches(',').count() {
        ';'
    } else {
        ','
    };
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' if quoted => quoted = false,
            '"' if field.is_empty() => quoted = true,
            c if c == delim && !quoted => row.push(std::mem::take(&mut field)),
            '\r' | '\n' if !quoted => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            c => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows.retain(|r| r.iter().any(|f| !f.trim().is_empty()));
    rows
}

/// The columns of the CSV format, Vietnamese headers first (matching ignores case and
/// Vietnamese marks, so `Ho va ten` works too). `Xếp loại YYYY` and `Xếp loại đảng viên
/// YYYY` may repeat for any number of years.
pub const COLUMNS: &[(&str, &str)] = &[
    ("Họ và tên", "full name (required)"),
    ("Đơn vị", "unit"),
    ("Chức vụ", "position"),
    ("Đảng viên", "party member: có / không"),
    (
        "Ngày tuyển dụng",
        "recruitment date: YYYY-MM-DD or DD/MM/YYYY",
    ),
    (
        "Ngày bắt đầu làm việc liên tục",
        "date continuous work at the unit began, contract time included (if earlier than recruitment)",
    ),
    (
        "Xếp loại YYYY",
        "rating of year YYYY: HTXSNV / HTTNV / HTNV / KHTNV (or htxs, htt, ht, kht)",
    ),
    ("Xếp loại đảng viên YYYY", "party rating of year YYYY"),
    (
        "Sáng kiến",
        "initiatives: year:scope[:applied][:award_id/year it was used for] separated by |, e.g. 2024:co_so:có | 2023:co_so:có:chien_si_thi_dua_co_so/2023",
    ),
    (
        "Đã nhận",
        "awards received: id:year or id:from-to[:dot_xuat|chuyen_de][:decision date], or id::decision date when the decision names no period; separated by |",
    ),
    (
        "Đang bị xem xét",
        "pending discipline/investigation: có / không",
    ),
    (
        "Cam kết",
        "declarations: \"có\" ticks every conduct declaration, or ids separated by |",
    ),
    (
        "Hoàn thành 100% nhiệm vụ 10 tháng 2025",
        "the 2025 campaign's fact (or the fact's id or full text as header): có / không",
    ),
];

/// A template with the header and one example row.
pub fn csv_template() -> String {
    let mut s = String::from("\u{feff}Họ và tên;Đơn vị;Chức vụ;Đảng viên;Ngày tuyển dụng;Xếp loại 2023;Xếp loại 2024;Xếp loại 2025;Sáng kiến;Đã nhận;Đang bị xem xét;Cam kết\r\n");
    s.push_str("Nguyễn Văn A;Sở Nội vụ;Chuyên viên;có;2015-03-01;HTTNV;HTXSNV;HTXSNV;2025:co_so:có;chien_si_thi_dua_co_so:2024;không;có\r\n");
    s
}

fn fold(s: &str) -> String {
    super::summary::ascii_fold(s)
        .to_ascii_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn yes_no(v: &str) -> Result<Option<bool>, ()> {
    match fold(v).as_str() {
        "" => Ok(None),
        "co" | "x" | "yes" | "true" | "1" => Ok(Some(true)),
        "khong" | "no" | "false" | "0" => Ok(Some(false)),
        _ => Err(()),
    }
}

fn rating(v: &str) -> Result<Option<Rating>, ()> {
    match fold(v).replace(' ', "").as_str() {
        "" => Ok(None),
        "htxs" | "htxsnv" | "hoanthanhxuatsacnhiemvu" => Ok(Some(Rating::Htxs)),
        "htt" | "httnv" | "hoanthanhtotnhiemvu" => Ok(Some(Rating::Htt)),
        "ht" | "htnv" | "hoanthanhnhiemvu" => Ok(Some(Rating::Ht)),
        "kht" | "khtnv" | "khonghoanthanhnhiemvu" => Ok(Some(Rating::Kht)),
        _ => Err(()),
    }
}

fn date(v: &str) -> Result<Option<String>, ()> {
    let v = v.trim();
    if v.is_empty() {
        return Ok(None);
    }
    super::date::parse_iso(v).or_else(|| super::date::parse_dmy(v)).map(|d| Some(super::date::iso(d))).ok_or(())
}

fn scope(v: &str) -> Option<Scope> {
    match fold(v).replace([' ', '_'], "").as_str() {
        "coso" | "caccoso" | "capcoso" => Some(Scope::CoSo),
        "tinh" | "captinh" => Some(Scope::Tinh),
        "toanquoc" => Some(Scope::ToanQuoc),
        _ => None,
    }
}

/// Reads candidates from CSV. Returns the good rows as profiles (proposal date and
/// declarations as given) and one error per bad cell; a row with an error is left out.
pub fn parse_csv(text: &str, std: &Standards) -> (Vec<Profile>, Vec<CsvError>) {
    let rows = split_csv(text);
    let reader = match CsvReader::new(rows.first().map(Vec::as_slice)) {
        Ok(r) => r,
        Err(e) => return (Vec::new(), vec![e]),
    };
    let mut profiles = Vec::new();
    let mut errors = Vec::new();
    for (r, cells) in rows.iter().enumerate().skip(1) {
        match reader.row(cells, r + 1, std) {
            Ok(p) => profiles.push(p),
            Err(e) => errors.extend(e),
        }
    }
    (profiles, errors)
}

enum Col {
    Name,
    Unit,
    Position,
    Party,
    Recruitment,
    Rating(String),
    PartyRating(String),
    Initiatives,
    Awards,
    Pending,
    Declarations,
    ContinuousWork,
    /// A yes/no fact of `facts.json` (the 2025 campaign's).
    Fact(&'static str),
    Ignored,
}

impl Col {
    /// What the column means, to find two columns that mean the same; `None` for an
    /// ignored column (any number of those may repeat).
    fn key(&self) -> Option<String> {
        let year = |y: &str| year_key(y).map(|k| k.to_string()).unwrap_or_else(|| y.to_string());
        Some(match self {
            Col::Name => "name".into(),
            Col::Unit => "unit".into(),
            Col::Position => "position".into(),
            Col::Party => "party".into(),
            Col::Recruitment => "recruitment".into(),
            Col::Rating(y) => format!("rating {}", year(y)),
            Col::PartyRating(y) => format!("party rating {}", year(y)),
            Col::Initiatives => "initiatives".into(),
            Col::Awards => "awards".into(),
            Col::Pending => "pending".into(),
            Col::Declarations => "declarations".into(),
            Col::ContinuousWork => "continuous work".into(),
            Col::Fact(id) => format!("fact {id}"),
            Col::Ignored => return None,
        })
    }
}

/// The header of a CSV file, understood once; rows are then read one at a time (the
/// browser reads a large file a slice of rows per task).
pub struct CsvReader {
    header: Vec<String>,
    cols: Vec<Col>,
}

impl CsvReader {
    /// Reads the header row; refuses a file without one or without the name column.
    pub fn new(header: Option<&[String]>) -> Result<CsvReader, CsvError> {
        let std = Standards::get();
        let Some(header) = header else {
            return Err(CsvError {
                row: 1,
                column: String::new(),
                message: t!("Tệp trống.", "The file is empty."),
            });
        };
        let cols: Vec<Col> = header
            .iter()
            .map(|h| {
                let f = fold(h);
                let year = |prefix: &str| {
                    f.strip_prefix(prefix)
                        .map(|y| y.trim().to_string())
                        .filter(|y| year_key(y).is_some())
                };
                match f.as_str() {
                    "ho va ten" | "ho ten" => Col::Name,
                    "don vi" => Col::Unit,
                    "chuc vu" => Col::Position,
                    "dang vien" => Col::Party,
                    "ngay tuyen dung" => Col::Recruitment,
                    "sang kien" => Col::Initiatives,
                    "da nhan" => Col::Awards,
                    "dang bi xem xet" => Col::Pending,
                    "cam ket" => Col::Declarations,
                    "ngay bat dau lam viec lien tuc" => Col::ContinuousWork,
                    // The campaign's fact: a short header, its id, or its full text.
                    "hoan thanh 100% nhiem vu 10 thang 2025" => Col::Fact("hoan_thanh_100_nhiem_vu_10_thang_2025"),
                    _ => {
                        if let Some(fd) = std.facts.iter().find(|fd| f == fd.id || f == fold(fd.text.vi)) {
                            Col::Fact(fd.id)
                        } else if let Some(y) = year("xep loai dang vien ") {
                            Col::PartyRating(y)
                        } else if let Some(y) = year("xep loai ") {
                            Col::Rating(y)
                        } else {
                            Col::Ignored
                        }
                    }
                }
            })
            .collect();
        // Two columns that mean the same thing (`Xếp loại 2024` and `Xep loai 2024`) would
        // silently overwrite each other: refused, naming both.
        for (j, cj) in cols.iter().enumerate() {
            let Some(kj) = cj.key() else { continue };
            if let Some(i) = cols[..j].iter().position(|ci| ci.key().as_ref() == Some(&kj)) {
                return Err(CsvError {
                    row: 1,
                    column: header[j].trim().to_string(),
                    message: t!(
                        "Cột \"{}\" và cột \"{}\" có cùng ý nghĩa; hãy xoá một cột.",
                        "The columns \"{}\" and \"{}\" mean the same thing; delete one of them.",
                        header[i].trim(),
                        header[j].trim()
                    ),
                });
            }
        }
        if !cols.iter().any(|c| matches!(c, Col::Name)) {
            return Err(CsvError {
                row: 1,
                column: "Họ và tên".into(),
                message: t!("Thiếu cột bắt buộc.", "The required column is missing."),
            });
        }
        Ok(CsvReader {
            header: header.to_vec(),
            cols,
        })
    }

    /// Reads one data row (`row_no` counts from 1 = the header).
    pub fn row(
        &self,
        cells: &[String],
        row_no: usize,
        std: &Standards,
    ) -> Result<Profile, Vec<CsvError>> {
        let (header, cols) = (&self.header, &self.cols);
        let mut p = Profile {
            schema_version: SCHEMA_VERSION,
            person: Some(Person::default()),
            ..Profile::default()
        };
        let mut years: Vec<YearRow> = Vec::new();
        let mut row_errors = Vec::new();
        for (c, col) in cols.iter().enumerate() {
            let v = cells.get(c).map(|s| s.trim()).unwrap_or("");
            let name = header[c].trim().to_string();
            let mut bad = |message: Text| {
                row_errors.push(CsvError {
                    row: row_no,
                    column: name.clone(),
                    message,
                })
            };
            let person = p.person.as_mut().expect("set above");
            match col {
                Col::Name if v.is_empty() => bad(t!(
                    "Họ và tên không được để trống.",
                    "The full name cannot be empty."
                )),
                Col::Name => person.full_name = v.to_string(),
                Col::Unit => person.unit = v.to_string(),
                Col::Position => person.position = v.to_string(),
                Col::Party => match yes_no(v) {
                    Ok(b) => person.party_member = b,
                    Err(()) => bad(t!(
                        "Ghi \"có\" hoặc \"không\", không phải \"{}\".",
                        "Write \"có\" or \"không\", not \"{}\".",
                        v
                    )),
                },
                Col::Recruitment | Col::ContinuousWork => match date(v) {
                    Ok(d) if matches!(col, Col::Recruitment) => person.recruitment_date = d,
                    Ok(d) => person.continuous_work_from = d,
                    Err(()) => bad(t!(
                        "Ngày \"{}\" không hợp lệ hoặc không tồn tại.",
                        "The date \"{}\" is invalid or does not exist.",
                        v
                    )),
                },
                Col::Rating(y) | Col::PartyRating(y) => match rating(v) {
                    Ok(None) => {}
                    Ok(Some(r)) => {
                        let i = match years.iter().position(|r| r.year == *y) {
                            Some(i) => i,
                            None => {
                                years.push(YearRow { year: y.clone(), ..YearRow::default() });
                                years.len() - 1
                            }
                        };
                        let row = &mut years[i];
                        if matches!(col, Col::Rating(_)) {
                            row.rating = Some(r)
                        } else {
                            row.party_rating = Some(r)
                        }
                    }
                    Err(()) => bad(t!(
                        "Xếp loại \"{}\" không hợp lệ (HTXSNV, HTTNV, HTNV, KHTNV).",
                        "The rating \"{}\" is not valid (HTXSNV, HTTNV, HTNV, KHTNV).",
                        v
                    )),
                },
                Col::Initiatives => {
                    for item in v.split('|').map(str::trim).filter(|s| !s.is_empty()) {
                        let parts: Vec<&str> = item.split(':').map(str::trim).collect();
                        let (Some(y), Some(sc)) = (
                            parts.first().filter(|y| year_key(y).is_some()),
                            parts.get(1).and_then(|s| scope(s)),
                        ) else {
                            bad(t!(
                                "\"{}\": viết năm:phạm vi[:có/không], ví dụ 2024:co_so:có.",
                                "\"{}\": write year:scope[:có/không], e.g. 2024:co_so:có.",
                                item
                            ));
                            continue;
                        };
                        let applied = parts
                            .get(2)
                            .map(|a| yes_no(a).ok().flatten())
                            .unwrap_or(None);
                        // What it was already used for (rule book §2a.4): award_id/year.
                        let used_for = match parts.get(3).filter(|u| !u.is_empty()) {
                            None => None,
                            Some(u) => match u.split_once('/').map(|(a, y)| (a.trim(), y.trim())) {
                                Some((a, y)) if std.knows_award(a) && year_key(y).is_some() => {
                                    Some(UsedFor { award: a.to_string(), year: y.to_string() })
                                }
                                _ => {
                                    bad(t!(
                                        "\"{}\": nơi đã dùng sáng kiến viết mã/năm, ví dụ chien_si_thi_dua_co_so/2023.",
                                        "\"{}\": write where the initiative was used as id/year, e.g. chien_si_thi_dua_co_so/2023.",
                                        u
                                    ));
                                    continue;
                                }
                            },
                        };
                        p.achievements.push(Achievement {
                            kind: Some(AchievementKind::SangKien),
                            title: String::new(),
                            year: y.to_string(),
                            scope: Some(sc),
                            applied,
                            used_for,
                        });
                    }
                }
                Col::Awards => {
                    for item in v.split('|').map(str::trim).filter(|s| !s.is_empty()) {
                        let parts: Vec<&str> = item.split(':').map(str::trim).collect();
                        let id = parts[0];
                        // After the id, in any order: a period (year or from-to), a type,
                        // a decision date. A decision date may stand for the period when
                        // the decision names none (rule book §2a.6).
                        let (mut period, mut kind, mut decided, mut wrong) = (None, Some(AwardType::CongTrang), None, false);
                        for part in parts.iter().skip(1).filter(|s| !s.is_empty()) {
                            let folded = fold(part);
                            if let Ok(Some(d)) = date(part) {
                                decided = Some(d);
                            } else if let Some(pd) = match part.split_once('-') {
                                Some((a, b)) => a.trim().parse().ok().zip(b.trim().parse().ok()).map(|(from, to)| Period { from, to }),
                                None => part.parse().ok().map(|y| Period { from: y, to: y }),
                            } {
                                period = Some(pd);
                            } else if folded == "cong_trang" || folded == "cong trang" {
                                kind = Some(AwardType::CongTrang);
                            } else if folded == "dot_xuat" || folded == "dot xuat" {
                                kind = Some(AwardType::DotXuat);
                            } else if folded == "chuyen_de" || folded == "chuyen de" {
                                kind = Some(AwardType::ChuyenDe);
                            } else {
                                wrong = true;
                            }
                        }
                        let has_when = period.is_some() || decided.is_some();
                        match (std.knows_award(id), has_when && !wrong, kind) {
                            (true, true, Some(award_type)) => {
                                p.awards_received.push(AwardReceived {
                                    award: id.to_string(),
                                    period,
                                    award_type,
                                    decision_number: String::new(),
                                    decision_date: decided,
                                    authority: String::new(),
                                })
                            }
                            (false, _, _) => bad(t!(
                                "Không có hình thức khen thưởng mã \"{}\".",
                                "There is no award with id \"{}\".",
                                id
                            )),
                            _ => bad(t!(
                                "\"{}\": viết mã:năm, mã:từ-đến[:dot_xuat] hoặc mã::ngày quyết định.",
                                "\"{}\": write id:year, id:from-to[:dot_xuat] or id::decision date.",
                                item
                            )),
                        }
                    }
                }
                Col::Pending => match yes_no(v) {
                    Ok(b) => p.pending_proceedings = b,
                    Err(()) => bad(t!(
                        "Ghi \"có\" hoặc \"không\", không phải \"{}\".",
                        "Write \"có\" or \"không\", not \"{}\".",
                        v
                    )),
                },
                Col::Declarations => {
                    if let Ok(Some(all)) = yes_no(v) {
                        if all {
                            for d in std.declarations.iter().filter(|d| !d.route) {
                                p.declarations.insert(d.id.to_string(), true);
                            }
                        }
                    } else {
                        for id in v.split('|').map(str::trim).filter(|s| !s.is_empty()) {
                            if std.declaration(id).is_some() {
                                p.declarations.insert(id.to_string(), true);
                            } else {
                                bad(t!(
                                    "Không có cam kết mã \"{}\".",
                                    "There is no declaration with id \"{}\".",
                                    id
                                ));
                            }
                        }
                    }
                }
                Col::Fact(id) => match yes_no(v) {
                    Ok(Some(b)) => {
                        p.facts.insert(id.to_string(), b);
                    }
                    Ok(None) => {}
                    Err(()) => bad(t!(
                        "Ghi \"có\" hoặc \"không\", không phải \"{}\".",
                        "Write \"có\" or \"không\", not \"{}\".",
                        v
                    )),
                },
                Col::Ignored => {}
            }
        }
        super::order::sort_by(&mut years, |a, b| a.year.cmp(&b.year));
        p.years = years;
        if row_errors.is_empty() {
            Ok(p)
        } else {
            Err(row_errors)
        }
    }
}

/// The year a unit is evaluated for, and its proposal date (`today` when empty).
pub fn unit_context(unit: &Profile, today: NaiveDate) -> (NaiveDate, i64) {
    let date = unit
        .proposal_date
        .as_deref()
        .and_then(super::date::parse_iso)
        .unwrap_or(today);
    let y = unit
        .evaluation_year
        .or_else(|| unit.years.iter().filter_map(|r| year_key(&r.year)).max())
        .unwrap_or(chrono::Datelike::year(&date) as i64 - 1);
    (date, y)
}

/// A candidate as evaluated inside the unit: on the unit's proposal date and year.
pub fn member_in_unit(member: &Profile, date: NaiveDate, y: i64) -> Profile {
    let mut m = member.clone();
    m.proposal_date = Some(date.to_string());
    m.evaluation_year = Some(y);
    m
}

/// Member counts of year `y` from the candidates' evaluations (`None` = not evaluated yet).
pub fn counts_from(members: &[Profile], results: &[Option<&Evaluation>], y: i64) -> Counts {
    let mut c = Counts {
        total: Some(u32::try_from(members.len()).unwrap_or(u32::MAX)),
        ..Counts::default()
    };
    let (mut ht, mut ldtt, mut cs, mut disc) = (
        Range::default(),
        Range::default(),
        Range::default(),
        Range::default(),
    );
    let (mut htxs, mut htt) = (0, 0);
    let add = |r: &mut Range, known: Option<bool>| match known {
        Some(true) => {
            r.lo += 1;
            r.hi += 1
        }
        None => r.hi += 1,
        Some(false) => {}
    };
    for (m, ev) in members.iter().zip(results) {
        let row = m.years.iter().find(|r| year_key(&r.year) == Some(y));
        let rating = row.and_then(|r| r.rating);
        add(&mut ht, rating.map(|r| r >= Rating::Ht));
        htxs += u32::from(rating == Some(Rating::Htxs));
        htt += u32::from(rating == Some(Rating::Htt));
        let title = |award: &str| -> Option<bool> {
            let ev = (*ev)?;
            match ev.determination(award)?.outcome {
                Outcome::Eligible => Some(true),
                Outcome::Undetermined => None,
                _ => Some(m.awards_received.iter().any(|a| {
                    a.award == award && a.period.is_some_and(|p| p.to == y) && a.award_type == AwardType::CongTrang
                })),
            }
        };
        add(&mut ldtt, title("lao_dong_tien_tien"));
        add(&mut cs, title("chien_si_thi_dua_co_so"));
        add(
            &mut disc,
            Some(
                row.and_then(|r| r.discipline.as_ref())
                    .is_some_and(|d| d.level >= DisciplineLevel::CanhCao),
            ),
        );
    }
    c.at_least_ht = Some(ht);
    c.lao_dong_tien_tien = Some(ldtt);
    c.chien_si_thi_dua_co_so = Some(cs);
    c.disciplined_canh_cao_or_heavier = Some(disc);
    c.htxs = Some(htxs);
    c.htt = Some(htt);
    c
}

/// Evaluates the unit's collective awards: its own ratings, plus member counts for the
/// evaluation year taken from the candidates' results unless entered on the year row.
pub fn evaluate_unit(
    unit: &Profile,
    results: &[Option<&Evaluation>],
    today: NaiveDate,
) -> Result<Evaluation, Vec<InputError>> {
    let std = Standards::get();
    // The members are counted from their results, not validated again as part of the unit.
    let mut own = unit.without_members();
    own.subject = Subject::Collective;
    let members = &unit.members;
    let mut facts = validate::validate(&own, std, today)?;
    if !members.is_empty() {
        let y = facts.evaluation_year;
        let counts = counts_from(members, results, y);
        let row = facts.years.get_or_insert_with(y, || validate::YearFacts {
            label: y.to_string(),
            ..Default::default()
        });
        if row.counts.is_none() {
            row.counts = Some(counts);
        }
    }
    Ok(super::engine::evaluate_facts(std, &facts))
}

/// Checks for the review meeting: warnings only, nothing is applied and nobody dropped.
pub fn review_warnings(
    unit: &Profile,
    unit_eval: Option<&Evaluation>,
    results: &[Option<&Evaluation>],
    y: i64,
) -> Vec<Text> {
    let mut out = Vec::new();
    let c = counts_from(&unit.members, results, y);
    let (htxs, htt) = (c.htxs.unwrap_or(0), c.htt.unwrap_or(0));
    let unit_htxs = unit
        .years
        .iter()
        .find(|r| year_key(&r.year) == Some(y))
        .and_then(|r| r.rating)
        == Some(Rating::Htxs);
    let cap = if unit_htxs { 25 } else { 20 };
    if htxs > 0 && u64::from(htxs) * 100 > u64::from(htt) * cap {
        // A number the meeting can act on (rule book §3): the most that may be rated htxs.
        let most = u64::from(htt) * cap / 100;
        out.push(t!(
            "Năm {}: {} người xếp loại HTXSNV, vượt {}% số người HTTNV: tối đa {} người HTXSNV ({}% của {}). Cần xem xét lại khi họp xét (NĐ 335/2025; QĐ 366-QĐ/TW với đảng viên).",
            "{}: {} members rated htxs, more than {}% of those rated htt: at most {} rated htxs ({}% of {}). To be reviewed at the meeting (Decree 335/2025; Regulation 366-QĐ/TW for party members).",
            y,
            htxs,
            cap,
            most,
            cap,
            htt
        ));
    }
    let individuals = results
        .iter()
        .filter(|e| {
            e.and_then(|e| e.determination("thi_dua_dac_biet_2025_giay_khen_ca_nhan"))
                .is_some_and(|d| d.outcome == Outcome::Eligible)
        })
        .count();
    let collective = unit_eval
        .and_then(|e| e.determination("thi_dua_dac_biet_2025_giay_khen_tap_the"))
        .is_some_and(|d| d.outcome == Outcome::Eligible);
    let campaign_in_force = results.iter().flatten().any(|e| {
        e.determination("thi_dua_dac_biet_2025_giay_khen_ca_nhan")
            .is_some_and(|d| d.outcome != Outcome::NotInForce)
    });
    if campaign_in_force {
        out.push(t!(
            "Phong trào thi đua đặc biệt 2025: {} cá nhân đủ điều kiện so với chỉ tiêu 03 cá nhân; tập thể {} so với chỉ tiêu 01 tập thể. Danh sách giữ đủ mọi người; Hội đồng lựa chọn.",
            "Special campaign 2025: {} individuals eligible against a quota of 3; the collective {} against a quota of 1. Everyone stays on the list; the council selects.",
            individuals,
            if collective { "đủ điều kiện" } else { "chưa đủ điều kiện" }
        ));
        if let Some(last) = out.last_mut() {
            last.en = last
                .en
                .replace("chưa đủ điều kiện", "not eligible")
                .replace("đủ điều kiện", "eligible")
                .into();
        }
    }
    out
}

/// The awards shown as columns of the candidates' table and of the CSV export.
pub const MAIN_AWARDS: &[&str] = &[
    "lao_dong_tien_tien",
    "chien_si_thi_dua_co_so",
    "chien_si_thi_dua_cap_tinh",
    "giay_khen",
    "bang_khen_chu_tich_ubnd_tinh",
    "bang_khen_thu_tuong",
    "huan_chuong_lao_dong_hang_ba",
    "hcm_hang_nam_ca_nhan",
    "thi_dua_dac_biet_2025_giay_khen_ca_nhan",
];

/// One exported cell. A cell a spreadsheet would run as a formula (starting with `=`,
/// `+`, `-`, `@`, tab or CR) gets a leading `'` and quotes, as spreadsheet programs
/// expect, so a name like `=SUM(A1)` shows as text.
pub fn csv_field(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("\"'{}\"", s.replace('"', "\"\""))
    } else if s.contains([',', ';', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The candidates' results as CSV (UTF-8 with BOM, `;` for spreadsheet programs).
pub fn results_csv(
    members: &[Profile],
    results: &[Option<&Evaluation>],
    lang: super::text::Lang,
) -> String {
    let std = Standards::get();
    let mut head = vec![
        if lang == super::text::Lang::Vi {
            "Họ và tên".to_string()
        } else {
            "Full name".to_string()
        },
        if lang == super::text::Lang::Vi {
            "Đơn vị".into()
        } else {
            "Unit".into()
        },
    ];
    head.extend(MAIN_AWARDS.iter().map(|a| {
        std.award(a)
            .map(|x| x.name.get(lang).to_string())
            .unwrap_or_default()
    }));
    let mut out = String::from("\u{feff}");
    out.push_str(
        &head
            .iter()
            .map(|h| csv_field(h))
            .collect::<Vec<_>>()
            .join(";"),
    );
    out.push_str("\r\n");
    for (m, ev) in members.iter().zip(results) {
        let person = m.person.clone().unwrap_or_default();
        let mut row = vec![person.full_name, person.unit];
        for a in MAIN_AWARDS {
            row.push(match ev.and_then(|e| e.determination(a)) {
                Some(d) => d.outcome.label().get(lang).to_string(),
                None => String::new(),
            });
        }
        out.push_str(
            &row.iter()
                .map(|f| csv_field(f))
                .collect::<Vec<_>>()
                .join(";"),
        );
        out.push_str("\r\n");
    }
    out
}

/// What an imported file holds for the unit view (made once per import: its size does not matter).
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum Import {
    /// Candidates to append, and the rows that could not be read.
    Members(Vec<Profile>, Vec<CsvError>),
    /// A whole unit (an export of this app, or a collective profile with members).
    Unit(Profile),
    /// Nothing usable: why.
    Refused(Text),
}

/// Reads a CSV (by name) or JSON file for the unit view.
pub fn import(file_name: &str, text: &str, std: &Standards) -> Import {
    if file_name.to_ascii_lowercase().ends_with(".csv") {
        let (ps, errors) = parse_csv(text, std);
        return Import::Members(ps, errors);
    }
    // A unit export of this app (`{"unit": …}`) comes back as one collective profile.
    match super::parse_profiles(text) {
        // The message already says where, in the user's language (`field` is for programs).
        Err(e) => Import::Refused(e.message),
        Ok(mut ps) => {
            if ps.len() == 1 && ps[0].subject == Subject::Collective {
                return Import::Unit(ps.remove(0));
            }
            let (members, others): (Vec<Profile>, Vec<Profile>) = ps
                .into_iter()
                .partition(|p| p.subject == Subject::Individual);
            let errors = (!others.is_empty())
                .then(|| CsvError {
                    row: 0,
                    column: "subject".into(),
                    message: t!(
                        "{} hồ sơ tập thể bị bỏ qua.",
                        "{} collective profiles were skipped.",
                        others.len()
                    ),
                })
                .into_iter()
                .collect();
            Import::Members(members, errors)
        }
    }
}

/// The unit as one JSON document: the unit with its candidates (the inputs, once), the
/// outcome of each award for the unit and for each candidate, and — only when asked
/// (`details`, "kèm chi tiết tiêu chí") — the full evaluations with their findings, gaps and
/// notes. Without details a candidate costs about a kilobyte instead of ~69 KB, so a unit
/// of 1,000 exports to about a megabyte. Importing it restores the unit (`unit` is read;
/// the outcomes are recomputed, never trusted from the file).
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct UnitExport<'a> {
    pub app: &'static str,
    pub app_version: &'static str,
    pub generated_at: &'a str,
    pub rule_set: Option<String>,
    pub unit: &'a Profile,
    pub unit_outcomes: Outcomes<'a>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(skip_serializing_if = "Option::is_none"))]
    pub unit_evaluation: Option<&'a Evaluation>,
    pub candidates: Vec<CandidateExport<'a>>,
}

/// One candidate's results, in the order of `unit.members`.
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct CandidateExport<'a> {
    pub name: &'a str,
    /// Award id → outcome; empty when the candidate could not be evaluated (input
    /// errors) or not yet.
    pub outcomes: Outcomes<'a>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(skip_serializing_if = "Option::is_none"))]
    pub evaluation: Option<&'a Evaluation>,
}

/// Each award's outcome as a map (`{"lao_dong_tien_tien":"eligible",…}`): a third of
/// the size of a list of objects, and as easy to read.
pub struct Outcomes<'a>(pub Option<&'a Evaluation>);

#[cfg(not(target_arch = "wasm32"))]
impl serde::Serialize for Outcomes<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().flat_map(|e| &e.determinations).map(|d| (&d.award, d.outcome)))
    }
}

/// The unit export as JSON text (compact), written by `json` (no serde in the browser).
pub fn export_json(
    unit: &Profile,
    unit_eval: Option<&Evaluation>,
    results: &[Option<&Evaluation>],
    generated_at: &str,
    details: bool,
) -> String {
    write_export(&export(unit, unit_eval, results, generated_at, details))
}

/// The export's structure (serialized natively by serde too, for the comparison test).
pub fn export<'a>(
    unit: &'a Profile,
    unit_eval: Option<&'a Evaluation>,
    results: &[Option<&'a Evaluation>],
    generated_at: &'a str,
    details: bool,
) -> UnitExport<'a> {
    UnitExport {
        app: "kiem-tra-khen-thuong-lang-son",
        app_version: super::summary::APP_VERSION,
        generated_at,
        rule_set: unit_eval.and_then(|e| e.rule_set.as_deref().map(String::from)),
        unit,
        unit_outcomes: Outcomes(unit_eval),
        unit_evaluation: unit_eval.filter(|_| details),
        candidates: unit
            .members
            .iter()
            .zip(results)
            .map(|(p, e)| CandidateExport {
                name: p.person.as_ref().map_or("", |x| x.full_name.as_str()),
                outcomes: Outcomes(*e),
                evaluation: e.filter(|_| details),
            })
            .collect(),
    }
}

/// `UnitExport` as `serde_json::to_string` wrote it.
pub fn write_export(x: &UnitExport) -> String {
    use super::json;
    let mut o = json::Out::<false>::default();
    o.open('{');
    json::str_field(&mut o, "app", x.app);
    json::str_field(&mut o, "app_version", x.app_version);
    json::str_field(&mut o, "generated_at", x.generated_at);
    json::opt_str_field(&mut o, "rule_set", x.rule_set.as_deref());
    o.key("unit");
    json::write_profile(&mut o, x.unit);
    o.key("unit_outcomes");
    json::write_outcomes(&mut o, x.unit_outcomes.0);
    if let Some(e) = x.unit_evaluation {
        o.key("unit_evaluation");
        json::write_evaluation(&mut o, e);
    }
    o.key("candidates");
    o.open('[');
    for c in &x.candidates {
        o.open('{');
        json::str_field(&mut o, "name", c.name);
        o.key("outcomes");
        json::write_outcomes(&mut o, c.outcomes.0);
        if let Some(e) = c.evaluation {
            o.key("evaluation");
            json::write_evaluation(&mut o, e);
        }
        o.close('}');
    }
    o.close(']');
    o.close('}');
    o.0
}

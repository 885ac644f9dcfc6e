//! The achievement report (báo cáo thành tích, Mẫu 05 of NĐ 152/2025; the collective
//! template for a unit) as a pure list of blocks, built from the profile and its
//! evaluation. The print view and the .docx writer both render these blocks, so the two
//! always say the same thing. Dates are dd/mm/yyyy; the rule set is named in words (its
//! texts from the data, never its id).

use chrono::NaiveDate;

use super::date::{dmy, parse_iso};
use super::determination::Evaluation;
use super::facts::{AchievementKind, PersonKind, Profile, Subject};
use super::standards::{AwardKind, Standards};
use super::text::Lang;

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// Centred bold lines (national header and motto).
    Header(Vec<String>),
    Title(String),
    /// A numbered section heading; never stranded at a page foot.
    Heading(String),
    Para(String),
    /// Label / value rows.
    Fields(Vec<(String, String)>),
    Table { head: Vec<String>, rows: Vec<Vec<String>> },
    /// Right-aligned italic place and date line.
    PlaceDate(String),
    /// Two signature blocks side by side: (title, hint) each.
    Signatures([(String, String); 2]),
    PageBreak,
}

fn w(lang: Lang, vi: &str, en: &str) -> String {
    match lang {
        Lang::Vi => vi.into(),
        Lang::En => en.into(),
    }
}

/// A table with its header row in the report's language (every table of the report is
/// built here, so the print view and the .docx get the same shape).
fn table(lang: Lang, head: &[(&str, &str)], rows: Vec<Vec<String>>) -> Block {
    Block::Table { head: head.iter().map(|(vi, en)| w(lang, vi, en)).collect(), rows }
}

/// An ISO date as dd/mm/yyyy; anything else as typed.
pub fn date_text(s: &str) -> String {
    parse_iso(s).map(dmy).unwrap_or_else(|| s.to_string())
}

fn kind_text(k: Option<PersonKind>, lang: Lang) -> String {
    match k {
        Some(PersonKind::CanBo) => w(lang, "Cán bộ", "Official (cán bộ)"),
        Some(PersonKind::CongChuc) => w(lang, "Công chức", "Civil servant"),
        Some(PersonKind::VienChuc) => w(lang, "Viên chức", "Public employee"),
        Some(PersonKind::NguoiLaoDong) => w(lang, "Người lao động", "Employee"),
        None => String::new(),
    }
}

fn yes_no(b: Option<bool>, lang: Lang) -> String {
    match b {
        Some(true) => w(lang, "Có", "Yes"),
        Some(false) => w(lang, "Không", "No"),
        None => String::new(),
    }
}

fn rating(r: Option<super::facts::Rating>, lang: Lang) -> String {
    use super::facts::Rating::*;
    match r {
        Some(Htxs) => w(lang, "Hoàn thành xuất sắc nhiệm vụ", "Excellent (HTXSNV)"),
        Some(Htt) => w(lang, "Hoàn thành tốt nhiệm vụ", "Good (HTTNV)"),
        Some(Ht) => w(lang, "Hoàn thành nhiệm vụ", "Completed (HTNV)"),
        Some(Kht) => w(lang, "Không hoàn thành nhiệm vụ", "Not completed (KHTNV)"),
        None => String::new(),
    }
}

/// The whole report: Mẫu 05 pages, then the checker's result on its own page.
pub fn report(std: &Standards, p: &Profile, ev: Option<&Evaluation>, lang: Lang) -> Vec<Block> {
    let collective = p.subject == Subject::Collective;
    let person = p.person.clone().unwrap_or_default();
    let unit = p.unit.clone().unwrap_or_default();
    let proposal = p
        .proposal_date
        .as_deref()
        .and_then(parse_iso)
        .or(ev.map(|e| e.proposal_date));
    let mut b = vec![Block::Header(vec![
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".into(),
        "Độc lập - Tự do - Hạnh phúc".into(),
    ])];
    b.push(Block::Title(if collective {
        w(lang, "BÁO CÁO THÀNH TÍCH ĐỀ NGHỊ KHEN THƯỞNG CỦA TẬP THỂ", "ACHIEVEMENT REPORT OF A COLLECTIVE PROPOSED FOR AN AWARD")
    } else {
        w(lang, "BÁO CÁO THÀNH TÍCH ĐỀ NGHỊ KHEN THƯỞNG CỦA CÁ NHÂN", "ACHIEVEMENT REPORT OF AN INDIVIDUAL PROPOSED FOR AN AWARD")
    }));
    if collective {
        b.push(Block::Heading(w(lang, "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH", "I. OVERVIEW")));
        b.push(Block::Fields(vec![
            (w(lang, "Tên tập thể", "Collective"), unit.name.clone()),
            (w(lang, "Cơ quan cấp trên", "Parent body"), unit.parent.clone()),
            (w(lang, "Có tổ chức đảng", "Party organisation"), yes_no(unit.has_party_organisation, lang)),
        ]));
    } else {
        b.push(Block::Heading(w(lang, "I. SƠ LƯỢC LÝ LỊCH", "I. PERSONAL SUMMARY")));
        let mut f = vec![(w(lang, "Họ và tên", "Full name"), person.full_name.clone())];
        if let Some(d) = &person.birth_date {
            f.push((w(lang, "Ngày, tháng, năm sinh", "Date of birth"), date_text(d)));
        }
        f.push((w(lang, "Cơ quan, đơn vị công tác", "Unit"), person.unit.clone()));
        f.push((w(lang, "Chức vụ", "Position"), person.position.clone()));
        f.push((w(lang, "Đối tượng", "Kind"), kind_text(person.kind, lang)));
        f.push((w(lang, "Đảng viên", "Party member"), yes_no(person.party_member, lang)));
        if let Some(d) = &person.recruitment_date {
            f.push((w(lang, "Ngày tuyển dụng", "Recruited"), date_text(d)));
        }
        b.push(Block::Fields(f));
    }
    b.push(Block::Heading(w(lang, "II. CHỨC NĂNG, NHIỆM VỤ ĐƯỢC GIAO", "II. DUTIES")));
    b.push(Block::Para(if person.duties.trim().is_empty() {
        w(lang, "(Ghi chức năng, nhiệm vụ được giao.)", "(Write the duties assigned.)")
    } else {
        person.duties.clone()
    }));
    b.push(Block::Heading(w(lang, "III. THÀNH TÍCH ĐẠT ĐƯỢC", "III. ACHIEVEMENTS")));
    b.push(Block::Para(w(lang, "1. Kết quả đánh giá, xếp loại hằng năm", "1. Yearly ratings")));
    let head: &[(&str, &str)] = if collective {
        &[("Năm", "Year"), ("Xếp loại", "Rating")]
    } else {
        &[("Năm", "Year"), ("Xếp loại", "Rating"), ("Xếp loại đảng viên", "Party rating")]
    };
    let rows = p
        .years
        .iter()
        .filter(|y| !y.is_blank()) // a form row not filled in yet (issue 12)
        .map(|y| {
            let mut r = vec![y.year.clone(), rating(y.rating, lang)];
            if !collective {
                r.push(rating(y.party_rating, lang));
            }
            r
        })
        .collect();
    b.push(table(lang, head, rows));
    b.push(Block::Para(w(lang, "2. Sáng kiến, đề tài khoa học", "2. Initiatives and research")));
    b.push(table(
        lang,
        &[("Năm", "Year"), ("Loại", "Kind"), ("Tên", "Title"), ("Phạm vi", "Level"), ("Đã áp dụng", "Applied")],
        p.achievements
            .iter()
            .filter(|a| !a.is_blank())
            .map(|a| {
                vec![
                    a.year.clone(),
                    match a.kind {
                        Some(AchievementKind::SangKien) => w(lang, "Sáng kiến", "Initiative"),
                        Some(AchievementKind::DeTai) => w(lang, "Đề tài", "Research"),
                        None => String::new(),
                    },
                    a.title.clone(),
                    match (a.scope, lang) {
                        (Some(s), Lang::Vi) => s.label_vi().into(),
                        (Some(s), Lang::En) => s.label_en().into(),
                        (None, _) => String::new(),
                    },
                    yes_no(a.applied, lang),
                ]
            })
            .collect(),
    ));
    b.push(Block::Heading(w(lang, "IV. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG", "IV. AWARDS RECEIVED")));
    for (kind, title) in [
        (AwardKind::DanhHieu, w(lang, "1. Danh hiệu thi đua", "1. Emulation titles")),
        (AwardKind::HinhThuc, w(lang, "2. Hình thức khen thưởng", "2. Forms of commendation")),
    ] {
        b.push(Block::Para(title));
        let rows = p
            .awards_received
            .iter()
            .filter(|a| !a.is_blank())
            .filter(|a| std.award_label(&a.award).map_or(AwardKind::HinhThuc, |(_, k)| k) == kind)
            .map(|a| {
                let years = a.period_text();
                let decision = match &a.decision_date {
                    Some(d) if !d.is_empty() => format!("{}, {}", a.decision_number, date_text(d)),
                    _ => a.decision_number.clone(),
                };
                vec![
                    years,
                    std.award_label(&a.award)
                        .map_or(a.award.clone(), |(n, _)| n.get(lang).to_string()),
                    decision,
                    a.authority.clone(),
                ]
            })
            .collect();
        b.push(table(
            lang,
            &[
                ("Năm", "Year"),
                ("Danh hiệu, hình thức", "Award"),
                ("Số, ngày quyết định", "Decision number and date"),
                ("Cơ quan ban hành", "Authority"),
            ],
            rows,
        ));
    }
    let date = proposal.map(|d| {
        let s = dmy(d);
        match lang {
            Lang::Vi => format!("Lạng Sơn, ngày {} tháng {} năm {}", &s[0..2], &s[3..5], &s[6..]),
            Lang::En => format!("Lạng Sơn, {s}"),
        }
    });
    b.push(Block::PlaceDate(date.unwrap_or_else(|| w(lang, "Lạng Sơn, ngày … tháng … năm …", "Lạng Sơn, date …"))));
    b.push(Block::Signatures([
        (
            w(lang, "XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ", "CONFIRMED BY THE HEAD OF UNIT"),
            w(lang, "(Ký, ghi rõ họ tên, đóng dấu)", "(Signature, full name, seal)"),
        ),
        (
            if collective { w(lang, "THỦ TRƯỞNG ĐƠN VỊ", "HEAD OF UNIT") } else { w(lang, "NGƯỜI BÁO CÁO THÀNH TÍCH", "REPORTED BY") },
            w(lang, "(Ký, ghi rõ họ tên)", "(Signature, full name)"),
        ),
    ]));
    b.push(Block::PageBreak);
    b.push(Block::Heading(w(lang, "KẾT QUẢ KIỂM TRA ĐIỀU KIỆN (THAM KHẢO)", "ELIGIBILITY CHECK (FOR REFERENCE)")));
    if let Some(ev) = ev {
        b.push(Block::Fields(vec![
            (w(lang, "Ngày đề nghị", "Proposal date"), dmy(ev.proposal_date)),
            (w(lang, "Năm xét", "Year evaluated"), ev.evaluation_year.to_string()),
            (
                w(lang, "Căn cứ", "Legal basis"),
                ev.legal_basis
                    .as_ref()
                    .map_or_else(|| w(lang, "Chưa có quy định được mã hoá cho ngày này", "No encoded rules for this date"), |t| t.get(lang).to_string()),
            ),
        ]));
        for n in &ev.notices {
            b.push(Block::Para(n.text.get(lang).to_string()));
        }
        // "Thời gian xét": the year evaluated, or a periodic review's period (default or chosen).
        b.push(table(
            lang,
            &[("Danh hiệu, hình thức", "Award"), ("Thời gian xét", "Period reviewed"), ("Kết quả", "Result")],
            ev.determinations
                .iter()
                .map(|d| {
                    let mut r = d.outcome.label().get(lang).to_string();
                    if let Some(g) = d.gaps.first() {
                        r.push_str(" — ");
                        r.push_str(g.summary.get(lang));
                    }
                    let period = match d.review_period {
                        Some(p) if p.from != p.to => format!("{}–{}", p.from, p.to),
                        Some(p) => p.from.to_string(),
                        None => d.year.to_string(),
                    };
                    vec![d.name.get(lang).to_string(), period, r]
                })
                .collect(),
        ));
    }
    b.push(Block::Para(w(
        lang,
        "Kết quả kiểm tra chỉ để tham khảo; Hội đồng Thi đua - Khen thưởng xem xét, quyết định.",
        "This check is for reference only; the Emulation and Commendation Council decides.",
    )));
    b
}

/// `bao-cao-thanh-tich-<name>-<date>.docx`: ASCII, the name cut to 60 characters.
pub fn docx_file_name(name: &str, date: Option<NaiveDate>) -> String {
    let d = date.map(super::date::iso).unwrap_or_default();
    super::summary::file_name(name, &d)
        .replacen("tom-tat-khen-thuong", "bao-cao-thanh-tich", 1)
        .replace(".json", ".docx")
}

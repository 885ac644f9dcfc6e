//! The achievement report model, its .docx, and the file names (issue 14).
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use khen_thuong::rules::docx::{document_xml, docx};
use khen_thuong::rules::dossier::{docx_file_name, report, Block};
use khen_thuong::rules::summary::file_name;
use khen_thuong::rules::{evaluate, parse_profiles, Lang, Standards};

const PERSON: &str = r#"{"schema_version":1,"subject":"individual","proposal_date":"2026-11-05",
 "person":{"full_name":"Hoàng Thị Minh Nguyệt","unit":"Sở Tài chính","position":"Chuyên viên",
  "kind":"cong_chuc","party_member":true,"birth_date":"1985-03-07","recruitment_date":"2010-08-01",
  "duties":"Tham mưu quản lý ngân sách & đầu tư <công>"},
 "years":[{"year":"2024","rating":"htxs","party_rating":"htxs"},{"year":"2025","rating":"htxs"}],
 "achievements":[{"kind":"sang_kien","title":"Số hoá hồ sơ","year":"2025","scope":"co_so","applied":true}],
 "awards_received":[{"award":"chien_si_thi_dua_co_so","period":{"from":2024,"to":2024},
   "decision_number":"123/QĐ-UBND","decision_date":"2025-01-20","authority":"UBND tỉnh Lạng Sơn"},
  {"award":"giay_khen","period":{"from":2023,"to":2023},"decision_number":"45/QĐ-STC","decision_date":"2024-02-03","authority":"Sở Tài chính"}],
 "declarations":{}}"#;

const UNIT: &str = r#"{"schema_version":1,"subject":"collective","proposal_date":"2025-09-01",
 "unit":{"name":"Phòng Kế hoạch","parent":"Sở Tài chính","has_party_organisation":true},
 "years":[{"year":"2024","rating":"htxs","members":{"total":10,"at_least_ht":10}}]}"#;

fn text(blocks: &[Block]) -> String {
    let mut s = String::new();
    for b in blocks {
        match b {
            Block::Header(l) => s.push_str(&l.join("\n")),
            Block::Title(t) | Block::Heading(t) | Block::Para(t) | Block::PlaceDate(t) => s.push_str(t),
            Block::Fields(f) => f.iter().for_each(|(k, v)| s.push_str(&format!("{k}: {v}\n"))),
            Block::Table { head, rows } => {
                s.push_str(&head.join(" | "));
                rows.iter().for_each(|r| s.push_str(&format!("\n{}", r.join(" | "))));
            }
            Block::Signatures(x) => s.push_str(&format!("{} {} {} {}", x[0].0, x[0].1, x[1].0, x[1].1)),
            Block::PageBreak => s.push_str("\n<PAGE>\n"),
        }
        s.push('\n');
    }
    s
}

fn build(json: &str, lang: Lang) -> Vec<Block> {
    let p = parse_profiles(json).unwrap().remove(0);
    let ev = evaluate(&p, NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()).unwrap();
    report(Standards::get(), &p, Some(&ev), lang)
}

#[test]
fn individual_report_has_the_mau_05_structure_in_order_with_dmy_dates() {
    let s = text(&build(PERSON, Lang::Vi));
    let order = [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "BÁO CÁO THÀNH TÍCH ĐỀ NGHỊ KHEN THƯỞNG CỦA CÁ NHÂN",
        "I. SƠ LƯỢC LÝ LỊCH",
        "Ngày, tháng, năm sinh: 07/03/1985",
        "Đối tượng: Công chức",
        "Đảng viên: Có",
        "II. CHỨC NĂNG, NHIỆM VỤ ĐƯỢC GIAO",
        "Tham mưu quản lý ngân sách",
        "III. THÀNH TÍCH ĐẠT ĐƯỢC",
        "2024 | Hoàn thành xuất sắc nhiệm vụ",
        "Số hoá hồ sơ | cấp cơ sở | Có",
        "IV. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG",
        "1. Danh hiệu thi đua",
        "123/QĐ-UBND, 20/01/2025 | UBND tỉnh Lạng Sơn",
        "2. Hình thức khen thưởng",
        "45/QĐ-STC, 03/02/2024",
        "Lạng Sơn, ngày 05 tháng 11 năm 2026",
        "XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ",
        "NGƯỜI BÁO CÁO THÀNH TÍCH",
        "<PAGE>",
        "KẾT QUẢ KIỂM TRA ĐIỀU KIỆN",
        "Ngày đề nghị: 05/11/2026",
        "Căn cứ: Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP",
        "Hội đồng Thi đua - Khen thưởng xem xét, quyết định",
    ];
    let mut at = 0;
    for o in order {
        let i = s[at..].find(o).unwrap_or_else(|| panic!("missing or out of order: {o}\n{s}"));
        at += i + o.len();
    }
    // The 2026 amending-law notice comes with a proposal date after 2026-10-01.
    let after = &s[s.find("<PAGE>").unwrap()..];
    assert!(after.contains("2026"), "{after}");
    assert!(!s.contains("law2022"), "rule-set id printed");
    assert!(!s.contains("2025-01-20") && !s.contains("1985-03-07"), "ISO date printed");
}

#[test]
fn collective_report_uses_the_collective_template() {
    let s = text(&build(UNIT, Lang::Vi));
    assert!(s.contains("BÁO CÁO THÀNH TÍCH ĐỀ NGHỊ KHEN THƯỞNG CỦA TẬP THỂ"), "{s}");
    assert!(s.contains("I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH"));
    assert!(s.contains("Tên tập thể: Phòng Kế hoạch"));
    assert!(s.contains("THỦ TRƯỞNG ĐƠN VỊ"));
    assert!(!s.contains("NGƯỜI BÁO CÁO THÀNH TÍCH"));
    assert!(!s.contains("Xếp loại đảng viên"));
    assert!(s.contains("Ngày đề nghị: 01/09/2025"));
    let en = text(&build(UNIT, Lang::En));
    assert!(en.contains("ACHIEVEMENT REPORT OF A COLLECTIVE"), "{en}");
    assert!(en.contains("Decree 152/2025/ND-CP"));
}

/// Reads a STORE zip's entries (the writer never compresses).
fn unzip(z: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut i = 0;
    let u16at = |i: usize| u16::from_le_bytes([z[i], z[i + 1]]) as usize;
    let u32at = |i: usize| u32::from_le_bytes([z[i], z[i + 1], z[i + 2], z[i + 3]]) as usize;
    while u32at(i) == 0x0403_4b50 {
        assert_eq!(u16at(i + 8), 0, "stored");
        let (size, nlen, xlen) = (u32at(i + 18), u16at(i + 26), u16at(i + 28));
        assert_eq!(size, u32at(i + 22));
        let name = String::from_utf8(z[i + 30..i + 30 + nlen].to_vec()).unwrap();
        let start = i + 30 + nlen + xlen;
        out.push((name, z[start..start + size].to_vec()));
        i = start + size;
    }
    assert_eq!(u32at(i), 0x0201_4b50, "central directory follows the entries");
    out
}

/// Checks tags balance (a small well-formedness check: every open tag is closed in order).
fn well_formed(xml: &str) {
    let mut stack: Vec<String> = Vec::new();
    let mut rest = xml;
    while let Some(i) = rest.find('<') {
        let j = rest[i..].find('>').unwrap() + i;
        let tag = &rest[i + 1..j];
        assert!(!tag.contains('<'), "bad tag {tag}");
        if tag.starts_with('?') || tag.ends_with('/') {
        } else if let Some(n) = tag.strip_prefix('/') {
            assert_eq!(stack.pop().as_deref(), Some(n), "mismatched </{n}>");
        } else {
            stack.push(tag.split_whitespace().next().unwrap().to_string());
        }
        let text = &rest[j + 1..];
        let k = text.find('<').unwrap_or(text.len());
        let t = &text[..k];
        assert!(!t.contains('>'), "unescaped > in {t}");
        if let Some(a) = t.find('&') {
            let e = &t[a..];
            assert!(["&amp;", "&lt;", "&gt;", "&quot;"].iter().any(|x| e.starts_with(x)), "bad entity {e}");
        }
        rest = &rest[j + 1..];
    }
    assert!(stack.is_empty(), "unclosed {stack:?}");
}

#[test]
fn docx_holds_its_parts_well_formed_with_the_texts_a4_tables_and_bold() {
    let bytes = docx(&build(PERSON, Lang::Vi));
    let parts = unzip(&bytes);
    let names: Vec<&str> = parts.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml"]
    );
    for (_, data) in &parts {
        well_formed(std::str::from_utf8(data).unwrap());
    }
    let doc = std::str::from_utf8(&parts[2].1).unwrap();
    assert!(doc.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    assert!(doc.contains("ngân sách &amp; đầu tư &lt;công&gt;"));
    assert!(doc.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4");
    assert!(doc.contains("<w:tblHeader/>") && doc.contains("<w:b/>") && doc.contains("w:type=\"page\""));
    let types = std::str::from_utf8(&parts[0].1).unwrap();
    assert!(types.starts_with("<?xml") && types.contains("/word/document.xml") && types.contains("/word/styles.xml"));
    // The section headings use a real heading style, defined in styles.xml.
    assert!(doc.contains("<w:pStyle w:val=\"Heading1\"/>"));
    let styles = std::str::from_utf8(&parts[4].1).unwrap();
    assert!(styles.contains("w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>") && styles.contains("<w:outlineLvl w:val=\"0\"/>"));
    assert!(std::str::from_utf8(&parts[3].1).unwrap().contains("Target=\"styles.xml\""));
    assert!(bytes.len() < 40_000, "docx {} bytes", bytes.len());
    println!("docx size: {} bytes", bytes.len());
    assert_eq!(document_xml(&build(PERSON, Lang::Vi)), doc);
}

/// Converts `path` with LibreOffice into `fmt` in `dir`; returns the new file's path.
fn soffice_convert(soffice: &str, dir: &std::path::Path, path: &std::path::Path, fmt: &str, ext: &str) -> std::path::PathBuf {
    let st = std::process::Command::new(soffice)
        .args(["--headless", "--convert-to", fmt, "--outdir"])
        .arg(dir)
        .arg(path)
        .env("HOME", dir)
        .status()
        .unwrap();
    assert!(st.success(), "soffice --convert-to {fmt} failed");
    path.with_extension(ext)
}

fn run(cmd: &str, args: &[&str]) -> String {
    let out = std::process::Command::new(cmd).args(args).output().unwrap_or_else(|e| panic!("{cmd}: {e}"));
    assert!(out.status.success(), "{cmd} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn docx_opens_in_libreoffice_as_an_a4_document_with_its_headings_tables_bold_and_text() {
    let soffice = ["soffice", "libreoffice"].into_iter().find(|c| {
        std::process::Command::new(c).arg("--version").output().map(|o| o.status.success()).unwrap_or(false)
    });
    let Some(soffice) = soffice else {
        eprintln!("SKIPPED: LibreOffice (soffice) is not installed; scripts/setup installs libreoffice-writer-nogui");
        return;
    };
    let dir = std::env::temp_dir().join(format!("dossier-docx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bao-cao.docx");
    std::fs::write(&path, docx(&build(PERSON, Lang::Vi))).unwrap();

    // As PDF: A4 pages, the report on its pages and the check on a page of its own.
    let pdf = soffice_convert(soffice, &dir, &path, "pdf", "pdf");
    let pdf = pdf.to_str().unwrap();
    let info = run("pdfinfo", &[pdf]);
    assert!(info.lines().any(|l| l.starts_with("Page size:") && l.ends_with("(A4)")), "{info}");
    println!("{info}");
    // Reading order, each page's whitespace collapsed (table cells wrap their lines).
    let txt = run("pdftotext", &[pdf, "-"]);
    let txt = txt.split('\u{c}').map(|p| p.split_whitespace().collect::<Vec<_>>().join(" ")).collect::<Vec<_>>().join("\u{c}");
    for s in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "BÁO CÁO THÀNH TÍCH ĐỀ NGHỊ KHEN THƯỞNG CỦA CÁ NHÂN",
        "Hoàng Thị Minh Nguyệt",
        "07/03/1985",
        "123/QĐ-UBND, 20/01/2025",
        "Lạng Sơn, ngày 05 tháng 11 năm 2026",
        "Nghị định 152/2025/NĐ-CP",
        "Hội đồng Thi đua - Khen thưởng xem xét, quyết định",
    ] {
        assert!(txt.contains(s), "the PDF lacks {s}:\n{txt}");
    }
    // Pages are separated by form feeds: the check begins a page.
    let page = txt.split('\u{c}').find(|p| p.contains("KẾT QUẢ KIỂM TRA ĐIỀU KIỆN")).unwrap();
    assert!(page.trim_start().starts_with("KẾT QUẢ KIỂM TRA ĐIỀU KIỆN"), "the check does not begin a page:\n{page}");

    // As HTML: the section headings are headings, the lists are tables, the header is bold.
    let html = std::fs::read_to_string(soffice_convert(soffice, &dir, &path, "html:HTML (StarWriter):UTF8", "html")).unwrap();
    let count = |needle: &str| html.matches(needle).count();
    assert!(count("<h1") >= 5, "headings: {}\n{html}", count("<h1"));
    assert!(count("<table") >= 7, "tables: {}", count("<table"));
    assert!(count("<b>") + count("<strong>") + count("font-weight: bold") >= 2, "no bold text");
    if std::env::var_os("KEEP_DOCX").is_none() { let _ = std::fs::remove_dir_all(&dir); }
}

#[test]
fn file_names_use_the_given_date_and_cut_long_names() {
    assert_eq!(file_name("Nguyễn Thị Hoa", "2025-03-01"), "tom-tat-khen-thuong-nguyen-thi-hoa-2025-03-01.json");
    let long = "Nguyễn Văn Trường ".repeat(200);
    let f = file_name(&long, "2025-03-01");
    assert!(f.is_ascii() && f.len() <= 60 + "tom-tat-khen-thuong--2025-03-01.json".len(), "{f}");
    assert!(f.ends_with("-2025-03-01.json") && !f.contains("--"), "{f}");
    let d = docx_file_name("Hoàng Thị Minh Nguyệt", NaiveDate::from_ymd_opt(2026, 11, 5));
    assert_eq!(d, "bao-cao-thanh-tich-hoang-thi-minh-nguyet-2026-11-05.docx");
}

/// A candidate like the benchmark's (`tests/e2e/bench-unit.mjs`): five rated years, two
/// initiatives, one award received, declarations answered.
fn candidate(i: usize) -> khen_thuong::rules::Profile {
    let r = ["htxs", "htt", "ht", "htt"];
    let json = format!(
        r#"{{"schema_version":2,"subject":"individual",
 "person":{{"full_name":"Nguyễn Văn Ứng Viên {i}","unit":"Phòng {}","position":"Chuyên viên","kind":"cong_chuc","party_member":{},"recruitment_date":"2012-01-01"}},
 "years":[{{"year":"2020","rating":"{}"}},{{"year":"2021","rating":"{}"}},{{"year":"2022","rating":"{}"}},{{"year":"2023","rating":"{}"}},{{"year":"2024","rating":"{}"}}],
 "achievements":[{{"kind":"sang_kien","title":"Sáng kiến {i}","year":"2023","scope":"co_so","applied":true}},{{"kind":"sang_kien","title":"Sáng kiến {i}b","year":"2024","scope":"tinh","applied":true}}],
 "awards_received":[{{"award":"chien_si_thi_dua_co_so","period":{{"from":2023,"to":2023}}}}],
 "declarations":{{"tu_luc_doan_ket_thi_dua":true}},"pending_proceedings":false}}"#,
        i % 7,
        i % 2 == 1,
        r[i % 4],
        r[(i + 1) % 4],
        r[(i + 2) % 4],
        r[(i + 3) % 4],
        r[i % 4],
    );
    parse_profiles(&json).unwrap().remove(0)
}

#[test]
fn a_unit_of_1000_exports_to_under_3_mb_without_details_and_imports_back_whole() {
    use khen_thuong::rules::unit::{evaluate_unit, export_json, import, member_in_unit, unit_context, Import};
    let today = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    let mut u = parse_profiles(UNIT).unwrap().remove(0);
    u.members = (0..1000).map(candidate).collect();
    let (date, y) = unit_context(&u, today);
    let evs: Vec<_> = u.members.iter().map(|m| evaluate(&member_in_unit(m, date, y), today).unwrap()).collect();
    let refs: Vec<Option<&khen_thuong::rules::Evaluation>> = evs.iter().map(Some).collect();
    let ev = evaluate_unit(&u, &refs, today).unwrap();

    let lean = export_json(&u, Some(&ev), &refs, "2026-11-20T10:00:00", false);
    let full = export_json(&u, Some(&ev), &refs, "2026-11-20T10:00:00", true);
    println!("unit export, 1,000 candidates: {} bytes; with criteria details: {} bytes", lean.len(), full.len());
    assert!(lean.len() <= 3_000_000, "{} bytes", lean.len());
    assert!(full.len() > 5 * lean.len(), "the details are what made the old export large");

    // The outcomes are there for each candidate (a spreadsheet or a reader needs no re-run)…
    let v: serde_json::Value = serde_json::from_str(&lean).unwrap();
    let c = &v["candidates"][3];
    assert_eq!(c["name"], "Nguyễn Văn Ứng Viên 3");
    assert_eq!(c["outcomes"].as_object().unwrap().len(), evs[3].determinations.len());
    let want = evs[3].determination("chien_si_thi_dua_co_so").unwrap().outcome;
    assert_eq!(c["outcomes"]["chien_si_thi_dua_co_so"], serde_json::to_value(want).unwrap());
    assert!(c.get("evaluation").is_none() && v.get("unit_evaluation").is_none(), "findings only on request");
    assert!(serde_json::from_str::<serde_json::Value>(&full).unwrap()["candidates"][3]["evaluation"]["determinations"].is_array());

    // …and the file brings the whole unit back.
    match import("don-vi.json", &lean, Standards::get()) {
        Import::Unit(back) => {
            assert_eq!(back.members.len(), 1000);
            assert_eq!(back, u);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_check_table_gives_each_award_its_period_reviewed_and_the_legal_basis_comes_from_the_rule_set_data() {
    let p = parse_profiles(PERSON).unwrap().remove(0);
    let ev = evaluate(&p, NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()).unwrap();
    let blocks = report(Standards::get(), &p, Some(&ev), Lang::Vi);
    let rows = blocks
        .iter()
        .find_map(|b| match b {
            Block::Table { head, rows } if head.iter().any(|h| h == "Thời gian xét") => Some(rows),
            _ => None,
        })
        .expect("the check's table has a 'Thời gian xét' column");
    assert_eq!(rows.len(), ev.determinations.len());
    let review = ev.determinations.iter().find(|d| d.review_period.is_some()).expect("a periodic review");
    let period = review.review_period.unwrap();
    let row = rows.iter().find(|r| r[0] == review.name.vi).unwrap();
    assert_eq!(row[1], format!("{}–{}", period.from, period.to), "{row:?}");
    let yearly = ev.determinations.iter().find(|d| d.review_period.is_none()).unwrap();
    assert_eq!(rows.iter().find(|r| r[0] == yearly.name.vi).unwrap()[1], yearly.year.to_string());
    let s = text(&blocks);
    assert!(s.contains(&format!("Căn cứ: {}", ev.legal_basis.as_ref().unwrap().vi)), "{s}");
}

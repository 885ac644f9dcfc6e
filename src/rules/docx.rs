//! A small .docx writer for the achievement report blocks: WordprocessingML in a STORE
//! (uncompressed) zip with CRC-32. Hand-written because a zip crate with deflate costs
//! more wasm than the whole writer, and the document is a few kilobytes.

use super::dossier::Block;

fn crc32(data: &[u8]) -> u32 {
    let mut c = !0u32;
    for &b in data {
        c ^= b as u32;
        for _ in 0..8 {
            c = if c & 1 != 0 { (c >> 1) ^ 0xEDB8_8320 } else { c >> 1 };
        }
    }
    !c
}

/// A STORE zip of the given files.
pub fn zip(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    let le16 = |v: &mut Vec<u8>, x: u16| v.extend_from_slice(&x.to_le_bytes());
    let le32 = |v: &mut Vec<u8>, x: u32| v.extend_from_slice(&x.to_le_bytes());
    for (name, data) in files {
        let off = out.len() as u32;
        let crc = crc32(data);
        let n = data.len() as u32;
        le32(&mut out, 0x0403_4b50);
        for x in [20u16, 0x0800, 0, 0, 0x21] {
            le16(&mut out, x); // version, flags (UTF-8 names), store, time, date (1980-01-01)
        }
        le32(&mut out, crc);
        le32(&mut out, n);
        le32(&mut out, n);
        le16(&mut out, name.len() as u16);
        le16(&mut out, 0);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
        le32(&mut central, 0x0201_4b50);
        for x in [20u16, 20, 0x0800, 0, 0, 0x21] {
            le16(&mut central, x);
        }
        le32(&mut central, crc);
        le32(&mut central, n);
        le32(&mut central, n);
        le16(&mut central, name.len() as u16);
        for _ in 0..4 {
            le16(&mut central, 0);
        }
        le32(&mut central, 0);
        le32(&mut central, off);
        central.extend_from_slice(name.as_bytes());
    }
    let cd_off = out.len() as u32;
    let cd_len = central.len() as u32;
    out.extend_from_slice(&central);
    le32(&mut out, 0x0605_4b50);
    le16(&mut out, 0);
    le16(&mut out, 0);
    le16(&mut out, files.len() as u16);
    le16(&mut out, files.len() as u16);
    le32(&mut out, cd_len);
    le32(&mut out, cd_off);
    le16(&mut out, 0);
    out
}

fn esc(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if (c as u32) < 0x20 && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
}

/// One paragraph: `ppr` is extra paragraph properties, `rpr` run properties.
fn para(out: &mut String, text: &str, ppr: &str, rpr: &str) {
    out.push_str("<w:p><w:pPr>");
    out.push_str(ppr);
    out.push_str("</w:pPr>");
    for (i, line) in text.split('\n').enumerate() {
        out.push_str("<w:r><w:rPr>");
        out.push_str(rpr);
        out.push_str("</w:rPr>");
        if i > 0 {
            out.push_str("<w:br/>");
        }
        out.push_str("<w:t xml:space=\"preserve\">");
        esc(line, out);
        out.push_str("</w:t></w:r>");
    }
    out.push_str("</w:p>");
}

/// The text width of an A4 page with the margins of `document_xml` (twentieths of a point).
const TEXT_WIDTH: usize = 11906 - 1701 - 1134;

fn table(out: &mut String, head: Option<&[String]>, rows: &[Vec<String>], borders: bool) {
    out.push_str("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/>");
    if borders {
        out.push_str("<w:tblBorders>");
        for s in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            out.push_str(&format!("<w:{s} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"));
        }
        out.push_str("</w:tblBorders>");
    }
    out.push_str("</w:tblPr><w:tblGrid>");
    // Column widths from the longest text of each column (bounded), so that a long result
    // gets the room and a year column stays narrow; Word and LibreOffice need the grid.
    let n = head.map_or(0, <[String]>::len).max(rows.first().map_or(0, Vec::len));
    let weight: Vec<usize> = (0..n)
        .map(|i| {
            head.and_then(|h| h.get(i))
                .into_iter()
                .chain(rows.iter().filter_map(|r| r.get(i)))
                .map(|c| c.chars().count())
                .max()
                .unwrap_or(0)
                .clamp(14, 60)
        })
        .collect();
    let total: usize = weight.iter().sum::<usize>().max(1);
    let widths: Vec<usize> = weight.iter().map(|w| TEXT_WIDTH * w / total).collect();
    for w in &widths {
        out.push_str(&format!("<w:gridCol w:w=\"{w}\"/>"));
    }
    out.push_str("</w:tblGrid>");
    let mut row = |cells: &[String], header: bool| {
        out.push_str("<w:tr><w:trPr><w:cantSplit/>");
        if header {
            out.push_str("<w:tblHeader/>");
        }
        out.push_str("</w:trPr>");
        for (c, w) in cells.iter().zip(&widths) {
            out.push_str(&format!("<w:tc><w:tcPr><w:tcW w:w=\"{w}\" w:type=\"dxa\"/></w:tcPr>"));
            para(out, c, if borders { "" } else { "<w:jc w:val=\"center\"/>" }, if header { "<w:b/>" } else { "" });
            out.push_str("</w:tc>");
        }
        out.push_str("</w:tr>");
    };
    if let Some(h) = head {
        row(h, true);
    }
    for r in rows {
        row(r, false);
    }
    out.push_str("</w:tbl>");
}

/// word/document.xml of the blocks.
pub fn document_xml(blocks: &[Block]) -> String {
    let mut o = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>",
    );
    let font = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/><w:sz w:val=\"26\"/>";
    for b in blocks {
        match b {
            Block::Header(lines) => para(&mut o, &lines.join("\n"), "<w:jc w:val=\"center\"/>", &format!("{font}<w:b/>")),
            Block::Title(t) => para(&mut o, t, "<w:pStyle w:val=\"Title\"/><w:keepNext/><w:spacing w:before=\"240\" w:after=\"240\"/><w:jc w:val=\"center\"/>", &format!("{font}<w:b/>")),
            Block::Heading(t) => para(&mut o, t, "<w:pStyle w:val=\"Heading1\"/><w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/>", &format!("{font}<w:b/>")),
            Block::Para(t) => para(&mut o, t, "<w:keepNext/>", font),
            Block::Fields(f) => {
                let rows: Vec<Vec<String>> = f.iter().map(|(k, v)| vec![k.clone(), v.clone()]).collect();
                table(&mut o, None, &rows, true);
            }
            Block::Table { head, rows } => table(&mut o, Some(head), rows, true),
            Block::PlaceDate(t) => para(&mut o, t, "<w:keepNext/><w:spacing w:before=\"240\"/><w:jc w:val=\"right\"/>", &format!("{font}<w:i/>")),
            Block::Signatures(s) => {
                let rows = vec![
                    vec![s[0].0.clone(), s[1].0.clone()],
                    vec![s[0].1.clone(), s[1].1.clone()],
                ];
                table(&mut o, None, &rows, false);
            }
            Block::PageBreak => o.push_str("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"),
        }
    }
    // A4 portrait, 2 cm margins (twentieths of a point).
    o.push_str("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>");
    o
}

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
</Types>";

/// The document's styles: Times New Roman 13 pt (the usual size of administrative
/// documents), and real "Title" and "heading 1" styles so that Word and LibreOffice show
/// the report's sections as headings (navigation pane, outline) and keep them with the
/// text that follows.
const STYLES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\" w:eastAsia=\"Times New Roman\"/>\
<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/><w:lang w:val=\"vi-VN\"/></w:rPr></w:rPrDefault>\
<w:pPrDefault><w:pPr><w:spacing w:after=\"60\"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>\
<w:pPr><w:keepNext/><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"28\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>\
<w:pPr><w:keepNext/><w:keepLines/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>\
</w:styles>";

const DOCUMENT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
</Relationships>";

const RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
</Relationships>";

/// The .docx file of the report blocks.
pub fn docx(blocks: &[Block]) -> Vec<u8> {
    let doc = document_xml(blocks);
    zip(&[
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", RELS.as_bytes()),
        ("word/document.xml", doc.as_bytes()),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.as_bytes()),
        ("word/styles.xml", STYLES.as_bytes()),
    ])
}

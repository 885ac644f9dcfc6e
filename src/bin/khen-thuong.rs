//! Command-line entry point: `khen-thuong [--lang vi|en] evaluate [--today YYYY-MM-DD] FILE...`
//! prints, as one JSON array, the evaluation of every profile of every file in order.
//! A file ending in `.csv` is read in the unit-head CSV format (`rules::unit`).
//!
//! Output is streamed: each profile is read, evaluated, printed and dropped before the
//! next, so memory stays constant whatever the number of profiles (a JSON file whose top
//! level is an array is read element by element; a CSV row by row; a single profile or
//! a wrapper such as `{"profiles": […]}` is read whole). An invalid profile is reported on
//! stderr (file, profile number counted from 1, field, message) and the others are still
//! printed; the exit status is then 2. A closed output pipe (`| head`) or a full disk ends
//! the program with a message and status 3, never a panic. `--help` prints the usage and
//! exits 0. Messages are in Vietnamese (`--lang vi`, the default) or English (`--lang en`).

use std::fmt;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::process::ExitCode;

use khen_thuong::rules::{self, Lang, Profile, Text};

const USAGE_VI: &str = "\
Cách dùng: khen-thuong [--lang vi|en] evaluate [--today YYYY-MM-DD] TỆP...

Kiểm tra điều kiện khen thưởng của các hồ sơ trong TỆP (JSON, hoặc CSV của chế độ
trưởng đơn vị nếu tên tệp kết thúc bằng .csv) và in kết quả dưới dạng một mảng JSON,
lần lượt từng hồ sơ.

  --today YYYY-MM-DD  ngày đề nghị mặc định (khi hồ sơ không ghi); mặc định là hôm nay
  --lang vi|en        ngôn ngữ của thông báo: vi (tiếng Việt, mặc định) hoặc en
  --help, -h          in hướng dẫn này

Mã thoát: 0 khi mọi hồ sơ hợp lệ; 2 khi có hồ sơ hoặc tham số không hợp lệ;
3 khi không ghi được kết quả (đầu ra bị đóng hoặc đĩa đầy).";

const USAGE_EN: &str = "\
Usage: khen-thuong [--lang vi|en] evaluate [--today YYYY-MM-DD] FILE...

Checks award eligibility for the profiles in FILE (JSON, or the unit-head CSV when the
file name ends in .csv) and prints the results as one JSON array, one profile at a time.

  --today YYYY-MM-DD  default proposal date (when a profile has none); default: today
  --lang vi|en        language of the messages: vi (Vietnamese, the default) or en
  --help, -h          print this help

Exit status: 0 when every profile is valid; 2 when a profile or an argument is invalid;
3 when the results cannot be written (output closed or disk full).";

fn usage(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => USAGE_VI,
        Lang::En => USAGE_EN,
    }
}

/// A message on stderr; a failing stderr is ignored (there is nowhere left to say it).
fn say(lang: Lang, text: &Text) {
    let _ = writeln!(io::stderr().lock(), "{}", text.get(lang));
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // The language first, so that every later message uses it.
    let mut lang = Lang::Vi;
    if let Some(i) = args.iter().position(|a| a == "--lang") {
        match args.get(i + 1).map(String::as_str) {
            Some("vi") => lang = Lang::Vi,
            Some("en") => lang = Lang::En,
            other => {
                say(
                    Lang::Vi,
                    &Text {
                        vi: format!(
                            "--lang cần vi hoặc en, không phải \"{}\". / --lang needs vi or en, not \"{}\".",
                            other.unwrap_or(""),
                            other.unwrap_or("")
                        ),
                        en: String::new(),
                    },
                );
                return ExitCode::from(2);
            }
        }
    }
    let mut rest = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--lang" => {
                it.next();
            }
            "--help" | "-h" | "help" => {
                let mut out = io::stdout().lock();
                return match writeln!(out, "{}", usage(lang)).and_then(|_| out.flush()) {
                    Ok(()) => ExitCode::SUCCESS,
                    Err(e) => write_failed(lang, &e),
                };
            }
            _ => rest.push(a.clone()),
        }
    }
    if rest.first().map(String::as_str) != Some("evaluate") {
        let _ = writeln!(io::stderr().lock(), "{}", usage(lang));
        return ExitCode::from(2);
    }
    let mut today = chrono::Local::now().date_naive();
    let mut files = Vec::new();
    let mut it = rest[1..].iter();
    while let Some(a) = it.next() {
        if a == "--today" {
            match it.next().and_then(|d| rules::date::parse_iso(d)) {
                Some(d) => today = d,
                None => {
                    say(
                        lang,
                        &Text::new(
                            "--today cần một ngày dạng YYYY-MM-DD.",
                            "--today needs a date YYYY-MM-DD.",
                        ),
                    );
                    let _ = writeln!(io::stderr().lock(), "{}", usage(lang));
                    return ExitCode::from(2);
                }
            }
        } else {
            files.push(a.clone());
        }
    }
    if files.is_empty() {
        let _ = writeln!(io::stderr().lock(), "{}", usage(lang));
        return ExitCode::from(2);
    }

    let mut out = Output::new(lang, today);
    let mut failed = false;
    for file in &files {
        let result = if file.to_ascii_lowercase().ends_with(".csv") {
            evaluate_csv(file, &mut out)
        } else {
            evaluate_json(file, &mut out)
        };
        match result {
            Ok(ok) => failed |= !ok,
            Err(e) => return write_failed(lang, &e),
        }
    }
    if let Err(e) = out.finish() {
        return write_failed(lang, &e);
    }
    if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

/// The results cannot be written: said once, exit status 3.
fn write_failed(lang: Lang, e: &io::Error) -> ExitCode {
    let text = if e.kind() == io::ErrorKind::BrokenPipe {
        Text::new(
            "khen-thuong: đầu ra đã bị đóng; dừng lại.",
            "khen-thuong: the output was closed; stopping.",
        )
    } else {
        Text {
            vi: format!("khen-thuong: không ghi được kết quả ({e}); dừng lại."),
            en: format!("khen-thuong: cannot write the results ({e}); stopping."),
        }
    };
    say(lang, &text);
    ExitCode::from(3)
}

/// The JSON array on stdout, written one evaluation at a time.
struct Output {
    w: BufWriter<io::StdoutLock<'static>>,
    lang: Lang,
    today: chrono::NaiveDate,
    written: usize,
}

impl Output {
    fn new(lang: Lang, today: chrono::NaiveDate) -> Self {
        Output {
            w: BufWriter::new(io::stdout().lock()),
            lang,
            today,
            written: 0,
        }
    }

    /// Evaluates profile `n` (counted from 1) of `file` and prints it, or reports its
    /// input errors. `Ok(false)`: the profile was refused. `Err`: stdout failed.
    fn profile(&mut self, file: &str, n: usize, p: &Profile) -> io::Result<bool> {
        match rules::evaluate(p, self.today) {
            Ok(ev) => {
                self.w.write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
                serde_json::to_writer_pretty(&mut self.w, &ev).map_err(io::Error::from)?;
                self.written += 1;
                Ok(true)
            }
            Err(errors) => {
                for e in errors {
                    self.refused(file, Some(n), &e.field, &e.message);
                }
                Ok(false)
            }
        }
    }

    /// One refused input on stderr: file, profile number (from 1), field, message.
    fn refused(&self, file: &str, n: Option<usize>, field: &str, message: &Text) {
        let (profile, msg) = match self.lang {
            Lang::Vi => ("hồ sơ", &message.vi),
            Lang::En => ("profile", &message.en),
        };
        let mut line = format!("{file}: ");
        if let Some(n) = n {
            line.push_str(&format!("{profile} {n}: "));
        }
        if !field.is_empty() {
            line.push_str(&format!("{field}: "));
        }
        line.push_str(msg);
        let _ = writeln!(io::stderr().lock(), "{line}");
    }

    fn finish(mut self) -> io::Result<()> {
        self.w.write_all(if self.written == 0 { b"[]\n" } else { b"\n]\n" })?;
        self.w.flush()
    }
}

fn cannot_read(out: &Output, file: &str, e: &io::Error) {
    out.refused(
        file,
        None,
        "",
        &Text {
            vi: format!("không đọc được tệp ({e})."),
            en: format!("cannot read the file ({e})."),
        },
    );
}

/// A CSV file: the header once, then one row at a time read, evaluated and printed.
/// `Ok(false)` when a row or the file was refused.
fn evaluate_csv(file: &str, out: &mut Output) -> io::Result<bool> {
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            cannot_read(out, file, &e);
            return Ok(false);
        }
    };
    let std = rules::Standards::get();
    let rows = rules::unit::split_csv(&text);
    drop(text);
    let reader = match rules::unit::CsvReader::new(rows.first().map(Vec::as_slice)) {
        Ok(r) => r,
        Err(e) => {
            out.refused(file, None, "", &e.text());
            return Ok(false);
        }
    };
    let mut ok = true;
    // Profile n is row n + 1 of the file (row 1 is the header).
    for (n, cells) in rows.iter().enumerate().skip(1) {
        match reader.row(cells, n + 1, std) {
            Ok(p) => ok &= out.profile(file, n, &p)?,
            Err(errors) => {
                ok = false;
                for e in errors {
                    out.refused(file, Some(n), "", &e.text());
                }
            }
        }
    }
    Ok(ok)
}

/// A JSON file. A top-level array is read one element at a time; anything else (one
/// profile, or a wrapper written by the app) whole, through `rules::parse_profiles`.
fn evaluate_json(file: &str, out: &mut Output) -> io::Result<bool> {
    let mut r = match File::open(file) {
        Ok(f) => BufReader::with_capacity(64 * 1024, f),
        Err(e) => {
            cannot_read(out, file, &e);
            return Ok(false);
        }
    };
    // Peek past a BOM and white space to see whether the file is an array.
    const BOM: [u8; 3] = [0xef, 0xbb, 0xbf];
    let mut head = Vec::new();
    let first = loop {
        let mut byte = [0u8; 1];
        match r.read(&mut byte) {
            Ok(0) => break None,
            Ok(_) => {
                head.push(byte[0]);
                let in_bom = head.len() <= 3 && head[..] == BOM[..head.len()];
                if !(in_bom || byte[0].is_ascii_whitespace()) {
                    break Some(byte[0]);
                }
            }
            Err(e) => {
                cannot_read(out, file, &e);
                return Ok(false);
            }
        }
    };
    if first != Some(b'[') {
        let mut rest = Vec::new();
        if let Err(e) = r.read_to_end(&mut rest) {
            cannot_read(out, file, &e);
            return Ok(false);
        }
        head.extend(rest);
        let text = match String::from_utf8(head) {
            Ok(t) => t,
            Err(_) => {
                out.refused(
                    file,
                    None,
                    "",
                    &Text::new("Tệp không phải văn bản UTF-8.", "The file is not UTF-8 text."),
                );
                return Ok(false);
            }
        };
        return match rules::parse_profiles(&text) {
            Ok(ps) => {
                let mut ok = true;
                for (i, p) in ps.iter().enumerate() {
                    ok &= out.profile(file, i + 1, p)?;
                }
                Ok(ok)
            }
            Err(e) => {
                out.refused(file, None, &e.field, &e.message);
                Ok(false)
            }
        };
    }
    // The array: the `[` already read is given back in front of the rest of the file.
    let stream = io::Cursor::new(b"[".to_vec()).chain(r);
    let mut de = serde_json::Deserializer::from_reader(stream);
    let mut each = EachProfile { file, out, ok: true, write_error: None, n: 0 };
    let parsed = serde::de::Deserializer::deserialize_seq(&mut de, &mut each).and_then(|()| de.end());
    if let Some(e) = each.write_error.take() {
        return Err(e);
    }
    if let Err(e) = parsed {
        let at = each.n + 1;
        let text = if e.is_io() {
            Text {
                vi: format!("không đọc được tệp ({e})."),
                en: format!("cannot read the file ({e})."),
            }
        } else {
            rules::Text {
                vi: format!("Tệp không phải JSON hợp lệ (dòng {}, cột {}), ở hồ sơ {at}.", e.line(), e.column()),
                en: format!("The file is not valid JSON (line {}, column {}), at profile {at}.", e.line(), e.column()),
            }
        };
        each.out.refused(file, None, "", &text);
        return Ok(false);
    }
    Ok(each.ok)
}

/// Visits the elements of a top-level array one by one: each is read as a JSON value,
/// checked and typed by `rules::parse_profiles` (its version and shape messages), then
/// evaluated, printed and dropped.
struct EachProfile<'a> {
    file: &'a str,
    out: &'a mut Output,
    ok: bool,
    write_error: Option<io::Error>,
    /// Elements read so far.
    n: usize,
}

impl<'de> serde::de::Visitor<'de> for &mut EachProfile<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of profiles")
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(v) = seq.next_element::<serde_json::Value>()? {
            self.n += 1;
            let n = self.n;
            let text = v.to_string();
            drop(v);
            match rules::parse_profiles(&text) {
                Ok(ps) => {
                    for p in &ps {
                        match self.out.profile(self.file, n, p) {
                            Ok(ok) => self.ok &= ok,
                            Err(e) => {
                                self.write_error = Some(e);
                                return Err(serde::de::Error::custom("output failed"));
                            }
                        }
                    }
                }
                Err(e) => {
                    self.ok = false;
                    self.out.refused(self.file, Some(n), &e.field, &e.message);
                }
            }
        }
        Ok(())
    }
}

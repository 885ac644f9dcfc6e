//! Command-line entry point:
//! `khen-thuong [--lang vi|en] evaluate [--today YYYY-MM-DD] [--format json|summary|csv] FILE...`
//! evaluates every profile of every file and prints the results in input order. A file
//! ending in `.csv` is read in the unit-head CSV format (`rules::unit`).
//!
//! Built for a whole province (100,000 profiles): input is read in bounded chunks; each
//! chunk's profiles are parsed, evaluated and formatted in parallel on every core
//! (rayon), then written in input order by a writer thread while the next chunk is
//! evaluated. At most three chunks are alive at once (one evaluated, one queued, one
//! being written), so memory stays bounded whatever the number of profiles. A JSON file
//! whose top level is an array is read element by element; a CSV file is read whole as
//! text (a few tens of MB for the province) and split a chunk of records at a time; a
//! single profile or an app wrapper (`{"profiles": […]}`, `{"unit": …}`) is read whole.
//!
//! Formats: `json` (default) one JSON array of full evaluations; `summary` one line per
//! profile with each award's outcome and earliest year; `csv` the same as a CSV
//! (`;`, UTF-8 with BOM, formula-safe cells). Words of `summary` and `csv` follow `--lang`.
//!
//! An invalid profile is reported on stderr (file, profile number counted from 1, field,
//! message) and the others are still printed; the exit status is then 2. A closed output
//! pipe (`| head`) or a full disk ends the program with a message and status 3, never a
//! panic. `--help` prints the usage and exits 0. Messages are in Vietnamese (`--lang vi`,
//! the default) or English (`--lang en`).

use std::fmt;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::process::ExitCode;
use std::sync::mpsc;
use std::sync::Arc;

use rayon::prelude::*;
use serde_json::value::RawValue;

use khen_thuong::rules::{self, unit::csv_field, Evaluation, Lang, Outcome, Profile, Text};

const USAGE_VI: &str = "\
Cách dùng: khen-thuong [--lang vi|en] evaluate [--today YYYY-MM-DD] [--format json|summary|csv] TỆP...

Kiểm tra điều kiện khen thưởng của các hồ sơ trong TỆP (JSON, hoặc CSV của chế độ
trưởng đơn vị nếu tên tệp kết thúc bằng .csv) và in kết quả lần lượt từng hồ sơ,
theo đúng thứ tự đầu vào, dùng mọi nhân của máy.

  --today YYYY-MM-DD  ngày đề nghị mặc định (khi hồ sơ không ghi); mặc định là hôm nay
  --format json       một mảng JSON với toàn bộ kết quả (mặc định)
  --format summary    mỗi hồ sơ một dòng: kết quả từng danh hiệu, hình thức và năm sớm nhất
  --format csv        như summary, dạng CSV (dấu ;, UTF-8 có BOM) mở được bằng bảng tính
  --lang vi|en        ngôn ngữ của thông báo và của summary, csv: vi (mặc định) hoặc en
  --help, -h          in hướng dẫn này

Mã thoát: 0 khi mọi hồ sơ hợp lệ; 2 khi có hồ sơ hoặc tham số không hợp lệ;
3 khi không ghi được kết quả (đầu ra bị đóng hoặc đĩa đầy).";

const USAGE_EN: &str = "\
Usage: khen-thuong [--lang vi|en] evaluate [--today YYYY-MM-DD] [--format json|summary|csv] FILE...

Checks award eligibility for the profiles in FILE (JSON, or the unit-head CSV when the
file name ends in .csv) and prints the results one profile at a time, in input order,
using every core of the machine.

  --today YYYY-MM-DD  default proposal date (when a profile has none); default: today
  --format json       one JSON array with the full results (the default)
  --format summary    one line per profile: each award's outcome and earliest year
  --format csv        the same as summary, as CSV (;, UTF-8 with BOM) for spreadsheets
  --lang vi|en        language of the messages and of summary, csv: vi (default) or en
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

/// What is printed for each profile.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Summary,
    Csv,
}

pub fn main() -> ExitCode {
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
                    &Text::new(format!(
                            "--lang cần vi hoặc en, không phải \"{}\". / --lang needs vi or en, not \"{}\".",
                            other.unwrap_or(""),
                            other.unwrap_or("")
                        ), String::new()),
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
    let mut format = Format::Json;
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
        } else if a == "--format" {
            format = match it.next().map(String::as_str) {
                Some("json") => Format::Json,
                Some("summary") => Format::Summary,
                Some("csv") => Format::Csv,
                other => {
                    say(
                        lang,
                        &Text::new(format!(
                                "--format cần json, summary hoặc csv, không phải \"{}\".",
                                other.unwrap_or("")
                            ), format!(
                                "--format needs json, summary or csv, not \"{}\".",
                                other.unwrap_or("")
                            )),
                    );
                    return ExitCode::from(2);
                }
            };
        } else {
            files.push(a.clone());
        }
    }
    if files.is_empty() {
        let _ = writeln!(io::stderr().lock(), "{}", usage(lang));
        return ExitCode::from(2);
    }

    let mut out = Pipeline::new(Settings { lang, today, format });
    for file in &files {
        let file_ref = FileRef { name: Arc::from(file.as_str()) };
        let result = if file.to_ascii_lowercase().ends_with(".csv") {
            evaluate_csv(&file_ref, &mut out)
        } else {
            evaluate_json(&file_ref, &mut out)
        };
        if let Err(e) = result {
            // The writer stopped: its own error is the one to report.
            return write_failed(lang, &out.abort().err().unwrap_or(e));
        }
    }
    match out.finish() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(2),
        Err(e) => write_failed(lang, &e),
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
        Text::new(format!("khen-thuong: không ghi được kết quả ({e}); dừng lại."), format!("khen-thuong: cannot write the results ({e}); stopping."))
    };
    say(lang, &text);
    ExitCode::from(3)
}

#[derive(Clone, Copy)]
struct Settings {
    lang: Lang,
    today: chrono::NaiveDate,
    format: Format,
}

/// The file an item comes from (its name, shared by all its items).
#[derive(Clone)]
struct FileRef {
    name: Arc<str>,
}

/// One profile as read, not yet parsed: the parsing is part of the parallel work.
enum Source {
    /// One element of a top-level JSON array, as its raw text.
    Json(Box<RawValue>),
    /// A profile already parsed (from a file read whole).
    Profile(Box<Profile>),
    /// A CSV data row and the file's header reader.
    Csv(Arc<rules::unit::CsvReader>, Vec<String>),
    /// A message about the file itself (not readable, no header…; the field if any),
    /// kept in order with the profiles' messages.
    FileError(String, Text),
}

struct Item {
    file: FileRef,
    /// Profile number in its file, counted from 1.
    n: usize,
    source: Source,
}

/// What one item gives: the formatted result (empty when refused) and its stderr lines.
struct Done {
    out: Option<Vec<u8>>,
    errors: Vec<String>,
}

/// Reads items into chunks, evaluates each chunk in parallel and hands it to the writer
/// thread in input order.
struct Pipeline {
    settings: Settings,
    chunk: Vec<Item>,
    chunk_len: usize,
    to_writer: Option<mpsc::SyncSender<Vec<Done>>>,
    writer: Option<std::thread::JoinHandle<io::Result<bool>>>,
    /// Set when the writer is gone (it failed): reading stops.
    stopped: bool,
}

impl Pipeline {
    fn new(settings: Settings) -> Self {
        // A chunk keeps every core busy for a while yet stays small: a full JSON result
        // is about 90 KB, so 64 per core (≈ 12 MB on 2 cores); the short formats 512.
        let per_core = if settings.format == Format::Json { 64 } else { 512 };
        let chunk_len = per_core * rayon::current_num_threads().max(1);
        // One chunk may wait while another is written: bounded memory, overlapped IO.
        let (tx, rx) = mpsc::sync_channel::<Vec<Done>>(1);
        let writer = std::thread::spawn(move || write_all(settings, rx));
        Pipeline {
            settings,
            chunk: Vec::with_capacity(chunk_len),
            chunk_len,
            to_writer: Some(tx),
            writer: Some(writer),
            stopped: false,
        }
    }

    /// Queues one item; evaluates the chunk when it is full. `Err`: the writer failed.
    fn push(&mut self, file: &FileRef, n: usize, source: Source) -> Result<(), io::Error> {
        self.chunk.push(Item { file: file.clone(), n, source });
        if self.chunk.len() >= self.chunk_len {
            self.flush()?;
        }
        Ok(())
    }

    fn file_error(&mut self, file: &FileRef, text: Text) -> Result<(), io::Error> {
        self.push(file, 0, Source::FileError(String::new(), text))
    }

    fn flush(&mut self) -> Result<(), io::Error> {
        if self.stopped {
            return Err(io::Error::other("writer stopped"));
        }
        let items = std::mem::replace(&mut self.chunk, Vec::with_capacity(self.chunk_len));
        if items.is_empty() {
            return Ok(());
        }
        let settings = self.settings;
        let done: Vec<Done> = items.into_par_iter().map(|item| process(settings, item)).collect();
        let sent = self.to_writer.as_ref().map(|tx| tx.send(done).is_ok()).unwrap_or(false);
        if !sent {
            self.stopped = true;
            return Err(io::Error::other("writer stopped"));
        }
        Ok(())
    }

    /// Stops the writer and gives its result (the error that stopped it, if any).
    fn abort(&mut self) -> io::Result<bool> {
        self.to_writer = None;
        match self.writer.take().map(|w| w.join()) {
            Some(Ok(r)) => r,
            Some(Err(_)) => Err(io::Error::other("writer thread panicked")),
            None => Ok(true),
        }
    }

    /// Evaluates what is left, closes the output. `Ok(false)`: something was refused.
    fn finish(mut self) -> io::Result<bool> {
        let flushed = self.flush();
        let r = self.abort();
        match (flushed, r) {
            (_, Err(e)) => Err(e),
            (Err(e), Ok(_)) => Err(e),
            (Ok(()), Ok(ok)) => Ok(ok),
        }
    }
}

/// The writer thread: writes each chunk in order, the array brackets or the CSV header
/// around them, and the stderr lines. Returns whether every profile was accepted.
fn write_all(settings: Settings, rx: mpsc::Receiver<Vec<Done>>) -> io::Result<bool> {
    let mut w = BufWriter::with_capacity(256 * 1024, io::stdout().lock());
    let mut written = 0usize;
    let mut ok = true;
    if settings.format == Format::Csv {
        w.write_all(csv_header(settings.lang).as_bytes())?;
    }
    for chunk in rx {
        for done in chunk {
            if !done.errors.is_empty() {
                ok = false;
                let mut err = io::stderr().lock();
                for line in &done.errors {
                    let _ = writeln!(err, "{line}");
                }
            }
            if let Some(out) = done.out {
                if settings.format == Format::Json {
                    w.write_all(if written == 0 { b"[\n" } else { b",\n" })?;
                }
                w.write_all(&out)?;
                written += 1;
            }
        }
    }
    if settings.format == Format::Json {
        w.write_all(if written == 0 { b"[]\n" } else { b"\n]\n" })?;
    }
    w.flush()?;
    Ok(ok)
}

/// One refused input as a stderr line: file, profile number (from 1), field, message.
fn refused_line(lang: Lang, file: &str, n: Option<usize>, field: &str, message: &Text) -> String {
    let (profile, msg) = match lang {
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
    line
}

/// Parses, evaluates and formats one item (runs on any core).
fn process(s: Settings, item: Item) -> Done {
    let file = &*item.file.name;
    let n = item.n;
    let refused = |errors: Vec<String>| Done { out: None, errors };
    let profiles: Vec<Profile> = match item.source {
        Source::FileError(field, text) => return refused(vec![refused_line(s.lang, file, None, &field, &text)]),
        Source::Profile(p) => vec![*p],
        Source::Json(raw) => match rules::parse_profiles(raw.get()) {
            Ok(ps) => ps,
            Err(e) => return refused(vec![refused_line(s.lang, file, Some(n), &e.field, &e.message)]),
        },
        Source::Csv(reader, cells) => match reader.row(&cells, n + 1, rules::Standards::get()) {
            Ok(p) => vec![p],
            Err(errors) => {
                return refused(
                    errors.iter().map(|e| refused_line(s.lang, file, Some(n), "", &e.text())).collect(),
                )
            }
        },
    };
    let mut out: Option<Vec<u8>> = None;
    let mut errors = Vec::new();
    for p in &profiles {
        match rules::evaluate(p, s.today) {
            Ok(ev) => {
                // Room for a whole result up front: a full JSON result is about 90 KB, and
                // growing a buffer from empty copies it a dozen times.
                let buf = out.get_or_insert_with(|| {
                    Vec::with_capacity(if s.format == Format::Json { 128 * 1024 } else { 1024 })
                });
                if !buf.is_empty() && s.format == Format::Json {
                    // A JSON element holding several profiles (an app wrapper inside an
                    // array): each is its own element of the output array.
                    buf.extend_from_slice(b",\n");
                }
                format_one(s, n, p, &ev, buf);
            }
            Err(errs) => {
                for e in errs {
                    errors.push(refused_line(s.lang, file, Some(n), &e.field, &e.message));
                }
            }
        }
    }
    Done { out, errors }
}

/// The earliest year an award could be reached, over its gaps (none when eligible now
/// or when later years alone cannot reach it).
fn earliest_year(d: &rules::Determination) -> Option<i64> {
    if d.outcome == Outcome::Eligible {
        return None;
    }
    d.gaps.iter().filter_map(|g| g.earliest_year).min()
}

/// The unit a profile belongs to: the person's unit, or a collective's parent unit.
fn unit_of(p: &Profile) -> &str {
    match (&p.person, &p.unit) {
        (Some(person), _) if !person.unit.is_empty() => &person.unit,
        (_, Some(u)) => &u.parent,
        _ => "",
    }
}

fn format_one(s: Settings, n: usize, p: &Profile, ev: &Evaluation, buf: &mut Vec<u8>) {
    match s.format {
        Format::Json => {
            // `rules::json`'s writer, pretty: the bytes `serde_json::to_writer_pretty` wrote
            // (`tests/json_equivalence.rs`), at about half its cost (one copy for a string
            // with nothing to escape, no formatter calls per token; issue 13).
            let text = String::from_utf8(std::mem::take(buf)).unwrap_or_default();
            let mut o = rules::json::Out::<true>::new(text);
            rules::json::write_evaluation(&mut o, ev);
            *buf = o.0.into_bytes();
        }
        Format::Summary => {
            // `3. Nguyễn Văn A (Sở Nội vụ) — Lao động tiên tiến: Đủ điều kiện; Chiến sĩ thi
            // đua cơ sở: Chưa đủ điều kiện, sớm nhất năm 2027; …`
            let earliest = match s.lang {
                Lang::Vi => "sớm nhất năm",
                Lang::En => "earliest",
            };
            let mut line = format!("{n}. {}", ev.name);
            let unit = unit_of(p);
            if !unit.is_empty() {
                line.push_str(&format!(" ({unit})"));
            }
            line.push_str(" —");
            for (i, d) in ev.determinations.iter().enumerate() {
                line.push_str(if i == 0 { " " } else { "; " });
                line.push_str(d.name.get(s.lang));
                line.push_str(": ");
                line.push_str(d.outcome.label().get(s.lang));
                if let Some(y) = earliest_year(d) {
                    line.push_str(&format!(", {earliest} {y}"));
                }
            }
            line.push('\n');
            buf.extend_from_slice(line.as_bytes());
        }
        Format::Csv => {
            let std = rules::Standards::get();
            let mut row = vec![n.to_string(), csv_field(&ev.name), csv_field(unit_of(p))];
            for a in std.awards {
                match ev.determination(a.id) {
                    Some(d) => {
                        row.push(csv_field(d.outcome.label().get(s.lang)));
                        row.push(earliest_year(d).map(|y| y.to_string()).unwrap_or_default());
                    }
                    None => {
                        row.push(String::new());
                        row.push(String::new());
                    }
                }
            }
            buf.extend_from_slice(row.join(";").as_bytes());
            buf.extend_from_slice(b"\r\n");
        }
    }
}

/// The CSV header: number, name, unit, then two columns per award of the rule book
/// (outcome, earliest year), so that every file gives the same columns.
fn csv_header(lang: Lang) -> String {
    let std = rules::Standards::get();
    let (no, name, unit, earliest) = match lang {
        Lang::Vi => ("STT", "Họ và tên", "Đơn vị", "năm sớm nhất"),
        Lang::En => ("No.", "Full name", "Unit", "earliest year"),
    };
    let mut head = vec![no.to_string(), csv_field(name), csv_field(unit)];
    for a in std.awards {
        let award = a.name.get(lang);
        head.push(csv_field(award));
        head.push(csv_field(&format!("{award} — {earliest}")));
    }
    format!("\u{feff}{}\r\n", head.join(";"))
}

fn cannot_read(e: &io::Error) -> Text {
    Text::new(format!("không đọc được tệp ({e})."), format!("cannot read the file ({e})."))
}

/// The end of the `k`-th record after `start`, or the end of the text: the same record
/// rules as `rules::unit::split_csv` (quotes open only at the start of a field, a doubled
/// quote inside quotes is a quote, a record ends at LF, CRLF or a lone CR outside quotes).
fn records_end(text: &[u8], start: usize, k: usize, delim: u8) -> usize {
    let mut i = start;
    let mut records = 0;
    let mut quoted = false;
    // Whether the current field has no character yet (a quote opens only then).
    let mut field_empty = true;
    while i < text.len() {
        let c = text[i];
        if quoted {
            if c == b'"' {
                if text.get(i + 1) == Some(&b'"') {
                    field_empty = false;
                    i += 2;
                    continue;
                }
                quoted = false;
            } else {
                field_empty = false;
            }
            i += 1;
            continue;
        }
        match c {
            b'"' if field_empty => quoted = true,
            b'\r' | b'\n' => {
                if c == b'\r' && text.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                field_empty = true;
                records += 1;
                if records == k {
                    return i + 1;
                }
            }
            c if c == delim => field_empty = true,
            _ => field_empty = false,
        }
        i += 1;
    }
    text.len()
}

/// A CSV file: the header once, then a chunk of records at a time split, and each row
/// read, evaluated and printed in order. Profile n is the n-th non-empty row under the header.
fn evaluate_csv(file: &FileRef, out: &mut Pipeline) -> io::Result<()> {
    let text = match std::fs::read_to_string(&*file.name) {
        Ok(t) => t,
        Err(e) => return out.file_error(file, cannot_read(&e)),
    };
    let body = text.trim_start_matches('\u{feff}');
    let first_line = body.split(['\r', '\n']).next().unwrap_or("");
    let delim = if first_line.matches(';').count() > first_line.matches(',').count() { b';' } else { b',' };
    let bytes = body.as_bytes();
    const RECORDS: usize = 2048;
    // The first chunk holds the header (split as a whole file would be).
    let mut end = records_end(bytes, 0, RECORDS, delim);
    let mut rows = rules::unit::split_csv(&body[..end]).into_iter();
    let reader = match rules::unit::CsvReader::new(rows.next().as_deref()) {
        Ok(r) => Arc::new(r),
        Err(e) => return out.file_error(file, e.text()),
    };
    let mut n = 0;
    loop {
        for cells in rows {
            n += 1;
            out.push(file, n, Source::Csv(reader.clone(), cells))?;
        }
        if end >= bytes.len() {
            return Ok(());
        }
        let start = end;
        end = records_end(bytes, start, RECORDS, delim);
        // A line of one delimiter first, so that `split_csv` picks the file's delimiter;
        // it is an empty record and dropped.
        let mut chunk = String::with_capacity(end - start + 2);
        chunk.push(delim as char);
        chunk.push('\n');
        chunk.push_str(&body[start..end]);
        rows = rules::unit::split_csv(&chunk).into_iter();
    }
}

/// A JSON file. A top-level array is read one element at a time (as raw text, parsed in
/// parallel); anything else (one profile, or a wrapper written by the app) whole, through
/// `rules::parse_profiles`.
fn evaluate_json(file: &FileRef, out: &mut Pipeline) -> io::Result<()> {
    let mut r = match File::open(&*file.name) {
        Ok(f) => BufReader::with_capacity(256 * 1024, f),
        Err(e) => return out.file_error(file, cannot_read(&e)),
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
            Err(e) => return out.file_error(file, cannot_read(&e)),
        }
    };
    if first != Some(b'[') {
        let mut rest = Vec::new();
        if let Err(e) = r.read_to_end(&mut rest) {
            return out.file_error(file, cannot_read(&e));
        }
        head.extend(rest);
        let text = match String::from_utf8(head) {
            Ok(t) => t,
            Err(_) => {
                return out.file_error(file, Text::new("Tệp không phải văn bản UTF-8.", "The file is not UTF-8 text."))
            }
        };
        return match rules::parse_profiles(&text) {
            Ok(ps) => {
                for (i, p) in ps.into_iter().enumerate() {
                    out.push(file, i + 1, Source::Profile(Box::new(p)))?;
                }
                Ok(())
            }
            Err(e) => out.push(file, 0, Source::FileError(e.field, e.message)),
        };
    }
    // The array: the `[` already read is given back in front of the rest of the file.
    let stream = io::Cursor::new(b"[".to_vec()).chain(r);
    let mut de = serde_json::Deserializer::from_reader(stream);
    let mut each = EachProfile { file, out, write_error: None, n: 0 };
    let parsed = serde::de::Deserializer::deserialize_seq(&mut de, &mut each).and_then(|()| de.end());
    if let Some(e) = each.write_error.take() {
        return Err(e);
    }
    if let Err(e) = parsed {
        let at = each.n + 1;
        let text = if e.is_io() {
            cannot_read(&io::Error::other(e.to_string()))
        } else {
            Text::new(format!("Tệp không phải JSON hợp lệ (dòng {}, cột {}), ở hồ sơ {at}.", e.line(), e.column()), format!("The file is not valid JSON (line {}, column {}), at profile {at}.", e.line(), e.column()))
        };
        return each.out.file_error(file, text);
    }
    Ok(())
}

/// Visits the elements of a top-level array one by one: each is kept as raw JSON text and
/// queued; parsing (`rules::parse_profiles`: version and shape messages), evaluation and
/// formatting happen in parallel, a chunk at a time.
struct EachProfile<'a> {
    file: &'a FileRef,
    out: &'a mut Pipeline,
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
        while let Some(v) = seq.next_element::<Box<RawValue>>()? {
            self.n += 1;
            if let Err(e) = self.out.push(self.file, self.n, Source::Json(v)) {
                self.write_error = Some(e);
                return Err(serde::de::Error::custom("output failed"));
            }
        }
        Ok(())
    }
}

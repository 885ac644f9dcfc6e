//! JSON for the profile format and the files the app writes, without serde (issue 13, item 5:
//! the download budget). serde's generic code is compiled once per type and per visitor
//! (`deserialize_struct`, `Option<T>::deserialize`, `next_value_seed`…, about 64 kB of the
//! browser's wasm); this module is plain functions over one small tree.
//!
//! Reading: `parse` checks the syntax and builds a `Node` tree (bounded: nesting deeper than
//! `MAX_DEPTH` is refused, as serde_json does), then `profile` and friends convert the tree,
//! refusing what serde's derives refused (an unknown field, a missing required field, a
//! `null` or a value of the wrong kind, an unknown code, a field given twice) with a
//! bilingual reason, the JSON path of the place (`years[0].rating`) and its line and column
//! — the same place natively and in the browser.
//!
//! Writing: compact JSON byte for byte as `serde_json::to_string` wrote it with the
//! derives (field order, skipped empty fields, escaping). `tests/json_equivalence.rs`, the
//! fuzz test and the engine corpus compare both ways with serde, which stays for native
//! builds only (`cfg_attr` derives; the command line streams with it).
//!
//! Invariant: nothing here is generic over more than a conversion function pointer, so no
//! code is stamped out per type.

use std::fmt::Write as _;

use super::determination::{ClosedRound, Determination, Evaluation, Finding, Gap, Note, NoteKind, RouteFinding, Status};
use super::facts::{
    Achievement, AwardReceived, Discipline, MemberCounts, Period, Person, Profile, Unit, UnitEnum, UsedFor, YearRow,
};
use super::map::Map;
use super::standards::{AwardKind, Group};
use super::text::Text;
use crate::t;

// ---------------------------------------------------------------- reading: syntax

/// Nesting deeper than this is broken input (serde_json's limit too): the conversion
/// recurses once per level, and a file of ten thousand `[` must not exhaust the stack.
pub const MAX_DEPTH: usize = 128;

/// A JSON value with the byte offset where it starts (for line and column).
#[derive(Debug)]
pub struct Node {
    pub at: usize,
    pub v: Value,
}

#[derive(Debug)]
pub enum Value {
    Null,
    Bool(bool),
    /// An integer that fits `i64`.
    Int(i64),
    /// Any other number (a fraction, an exponent, or too large), as written.
    Num(Box<str>),
    Str(String),
    Arr(Vec<Node>),
    /// Members in document order (a repeated key stays repeated; readers decide).
    Obj(Vec<(String, Node)>),
}

impl Node {
    /// The value of the first member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.v {
            Value::Obj(m) => m.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// Parses a whole JSON text. `Err` holds the byte offset where the syntax breaks.
pub fn parse(text: &str) -> Result<Node, usize> {
    let mut p = Parser { t: text, s: text.as_bytes(), i: 0, depth: 0 };
    let v = p.value()?;
    p.ws();
    if p.i < p.s.len() {
        return Err(p.i);
    }
    Ok(v)
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    let before = text.get(..at).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (before.matches('\n').count() + 1, before[line_start..].chars().count() + 1)
}

struct Parser<'a> {
    t: &'a str,
    s: &'a [u8],
    i: usize,
    depth: usize,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.s.get(self.i) {
            self.i += 1;
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        self.ws();
        let yes = self.s.get(self.i) == Some(&b);
        self.i += usize::from(yes);
        yes
    }

    fn value(&mut self) -> Result<Node, usize> {
        self.ws();
        let at = self.i;
        let v = match *self.s.get(at).ok_or(at)? {
            c @ (b'{' | b'[') => {
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return Err(at);
                }
                self.i += 1;
                let close = c + 2; // `}` or `]`
                let (mut members, mut items) = (Vec::new(), Vec::new());
                if !self.eat(close) {
                    loop {
                        if c == b'{' {
                            self.ws();
                            if self.s.get(self.i) != Some(&b'"') {
                                return Err(self.i);
                            }
                            let k = self.string()?;
                            if !self.eat(b':') {
                                return Err(self.i);
                            }
                            members.push((k, self.value()?));
                        } else {
                            items.push(self.value()?);
                        }
                        if self.eat(close) {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err(self.i);
                        }
                    }
                }
                self.depth -= 1;
                if c == b'{' { Value::Obj(members) } else { Value::Arr(items) }
            }
            b'"' => Value::Str(self.string()?),
            b't' => self.word("true", Value::Bool(true))?,
            b'f' => self.word("false", Value::Bool(false))?,
            b'n' => self.word("null", Value::Null)?,
            b'-' | b'0'..=b'9' => self.number()?,
            _ => return Err(at),
        };
        Ok(Node { at, v })
    }

    fn word(&mut self, w: &str, v: Value) -> Result<Value, usize> {
        if self.s[self.i..].starts_with(w.as_bytes()) {
            self.i += w.len();
            Ok(v)
        } else {
            Err(self.i)
        }
    }

    fn digits(&mut self) -> usize {
        let from = self.i;
        while self.s.get(self.i).is_some_and(u8::is_ascii_digit) {
            self.i += 1;
        }
        self.i - from
    }

    fn number(&mut self) -> Result<Value, usize> {
        let from = self.i;
        let neg = self.s[from] == b'-';
        self.i += usize::from(neg);
        let int_from = self.i;
        match self.digits() {
            0 => return Err(self.i),
            n if n > 1 && self.s[int_from] == b'0' => return Err(int_from + 1),
            _ => {}
        }
        let int_to = self.i;
        let mut whole = true;
        if self.s.get(self.i) == Some(&b'.') {
            self.i += 1;
            whole = false;
            if self.digits() == 0 {
                return Err(self.i);
            }
        }
        if let Some(b'e' | b'E') = self.s.get(self.i) {
            self.i += 1;
            whole = false;
            if let Some(b'+' | b'-') = self.s.get(self.i) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(self.i);
            }
        }
        if whole {
            // Accumulated negatively: i64::MIN has no positive twin.
            let mut n: i64 = 0;
            let fits = self.s[int_from..int_to]
                .iter()
                .try_for_each(|d| {
                    n = n.checked_mul(10)?.checked_sub(i64::from(d - b'0'))?;
                    Some(())
                })
                .is_some();
            // `-0` is a float to serde_json (−0.0), so it is not an integer here either.
            if fits && (neg || n != i64::MIN) && !(neg && n == 0) {
                return Ok(Value::Int(if neg { n } else { -n }));
            }
        }
        Ok(Value::Num(self.t[from..self.i].into()))
    }

    fn hex4(&mut self) -> Result<u32, usize> {
        let h = self.t.get(self.i..self.i + 4).ok_or(self.s.len())?;
        let n = u32::from_str_radix(h, 16).ok().filter(|_| h.bytes().all(|b| b.is_ascii_hexdigit())).ok_or(self.i)?;
        self.i += 4;
        Ok(n)
    }

    /// A string starting at the opening quote; escapes decoded, control characters and
    /// lone surrogates refused (as serde_json does).
    fn string(&mut self) -> Result<String, usize> {
        self.i += 1;
        let mut out = String::new();
        let mut run = self.i;
        loop {
            let b = *self.s.get(self.i).ok_or(self.i)?;
            match b {
                b'"' => {
                    out.push_str(&self.t[run..self.i]);
                    self.i += 1;
                    return Ok(out);
                }
                b'\\' => {
                    out.push_str(&self.t[run..self.i]);
                    self.i += 1;
                    let e = *self.s.get(self.i).ok_or(self.i)?;
                    self.i += 1;
                    let c = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let at = self.i;
                            let hi = self.hex4()?;
                            let code = match hi {
                                0xD800..=0xDBFF => {
                                    if !self.s[self.i..].starts_with(b"\\u") {
                                        return Err(self.i);
                                    }
                                    self.i += 2;
                                    let lo = self.hex4()?;
                                    if !(0xDC00..=0xDFFF).contains(&lo) {
                                        return Err(self.i);
                                    }
                                    0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                                }
                                0xDC00..=0xDFFF => return Err(at),
                                c => c,
                            };
                            char::from_u32(code).ok_or(at)?
                        }
                        _ => return Err(self.i - 1),
                    };
                    out.push(c);
                    run = self.i;
                }
                0..=0x1f => return Err(self.i),
                _ => self.i += 1,
            }
        }
    }
}

// ---------------------------------------------------------------- reading: shape

/// A value of the wrong shape: where (path built while the error travels out) and why.
#[derive(Debug)]
pub struct Bad {
    pub at: usize,
    /// Path segments, innermost first.
    path: Vec<Seg>,
    pub why: Text,
}

#[derive(Debug)]
enum Seg {
    Key(String),
    Index(usize),
}

impl Bad {
    fn new(n: &Node, why: Text) -> Box<Bad> {
        Box::new(Bad { at: n.at, path: Vec::new(), why })
    }
    fn key(mut self: Box<Self>, k: &str) -> Box<Bad> {
        self.path.push(Seg::Key(k.to_string()));
        self
    }
    fn index(mut self: Box<Self>, i: usize) -> Box<Bad> {
        self.path.push(Seg::Index(i));
        self
    }
    /// `years[0].rating`, `[2].person.kind`, or empty at the top.
    pub fn path(&self) -> String {
        let mut s = String::new();
        for seg in self.path.iter().rev() {
            match seg {
                Seg::Key(k) => {
                    if !s.is_empty() {
                        s.push('.');
                    }
                    s.push_str(k);
                }
                Seg::Index(i) => {
                    let _ = write!(s, "[{i}]");
                }
            }
        }
        s
    }
}

/// Boxed: the error travels through every conversion's `Result`, and a small one keeps the
/// happy path's code small.
pub type R<T> = Result<T, Box<Bad>>;

const INTEGER: (&str, &str) = ("số nguyên", "an integer");
const STRING: (&str, &str) = ("chuỗi", "a string");
const BOOLEAN: (&str, &str) = ("true hoặc false", "true or false");
const LIST: (&str, &str) = ("danh sách [ … ]", "a list [ … ]");
const OBJECT: (&str, &str) = ("đối tượng { … }", "an object { … }");

/// "wrong kind of value: found string "2025", expected an integer".
fn wrong(n: &Node, expected: (&str, &str)) -> Box<Bad> {
    let (vi, en): (String, String) = match &n.v {
        Value::Null => ("null".into(), "null".into()),
        Value::Bool(b) => (b.to_string(), b.to_string()),
        Value::Int(i) => (format!("số {i}"), format!("number {i}")),
        Value::Num(x) => (format!("số {x}"), format!("number {x}")),
        Value::Str(s) => (format!("chuỗi \"{s}\""), format!("string \"{s}\"")),
        Value::Arr(_) => (LIST.0.into(), LIST.1.into()),
        Value::Obj(_) => (OBJECT.0.into(), OBJECT.1.into()),
    };
    Bad::new(
        n,
        Text::owned(
            format!("sai kiểu dữ liệu: có {vi}, cần {}", expected.0),
            format!("wrong kind of value: found {en}, expected {}", expected.1),
        ),
    )
}

pub fn int(n: &Node) -> R<i64> {
    match n.v {
        Value::Int(i) => Ok(i),
        _ => Err(wrong(n, INTEGER)),
    }
}

fn uint(n: &Node) -> R<u64> {
    let i = int(n)?;
    u64::try_from(i).map_err(|_| Bad::new(n, t!("số {} nằm ngoài khoảng cho phép", "the number {} is out of range", i)))
}

fn u32_(n: &Node) -> R<u32> {
    let i = uint(n)?;
    u32::try_from(i).map_err(|_| Bad::new(n, t!("số {} nằm ngoài khoảng cho phép", "the number {} is out of range", i)))
}

fn boolean(n: &Node) -> R<bool> {
    match n.v {
        Value::Bool(b) => Ok(b),
        _ => Err(wrong(n, BOOLEAN)),
    }
}

fn string(n: &Node) -> R<String> {
    match &n.v {
        Value::Str(s) => Ok(s.clone()),
        _ => Err(wrong(n, STRING)),
    }
}

/// `null` is `None` (as serde reads an `Option`).
fn opt<T>(n: &Node, f: fn(&Node) -> R<T>) -> R<Option<T>> {
    match n.v {
        Value::Null => Ok(None),
        _ => f(n).map(Some),
    }
}

fn list<T>(n: &Node, f: fn(&Node) -> R<T>) -> R<Vec<T>> {
    match &n.v {
        Value::Arr(xs) => xs.iter().enumerate().map(|(i, x)| f(x).map_err(|e| e.index(i))).collect(),
        _ => Err(wrong(n, LIST)),
    }
}

/// An object as a `Map` (keys sorted; a repeated key: the last wins, as before).
fn map<T>(n: &Node, f: fn(&Node) -> R<T>) -> R<Map<T>> {
    match &n.v {
        Value::Obj(m) => {
            let mut out = Map::new();
            for (k, v) in m {
                out.insert(k.clone(), f(v).map_err(|e| e.key(k))?);
            }
            Ok(out)
        }
        _ => Err(wrong(n, OBJECT)),
    }
}

/// The index of a code in `names`: `"htt"` (or `{"htt": null}`, which serde also read).
fn code_index(n: &Node, names: &'static [&'static str]) -> R<usize> {
    let s = match &n.v {
        Value::Str(s) => s,
        Value::Obj(m) if m.len() == 1 && matches!(m[0].1.v, Value::Null) => &m[0].0,
        _ => return Err(wrong(n, STRING)),
    };
    names.iter().position(|x| x == s).ok_or_else(|| {
        let mut all = String::new();
        for (i, x) in names.iter().enumerate() {
            let _ = write!(all, "{}`{x}`", if i > 0 { ", " } else { "" });
        }
        Bad::new(
            n,
            t!(
                "giá trị `{}` không hợp lệ; các giá trị nhận được: {}",
                "the value `{}` is not valid; accepted values: {}",
                s,
                all
            ),
        )
    })
}

fn code<E: UnitEnum>(n: &Node) -> R<E> {
    Ok(E::VALUES[code_index(n, E::NAMES)?])
}

/// Reads an object field by field in document order, as serde's derive with
/// `deny_unknown_fields` does: an unknown or repeated field is refused where it stands;
/// then the first missing field of `required` (a bit per name) is named.
fn fields<'a>(n: &'a Node, names: &[&'static str], required: u32, f: &mut dyn FnMut(usize, &'a Node) -> R<()>) -> R<()> {
    let m = match &n.v {
        Value::Obj(m) => m,
        // serde's derives also read a struct from an array of its fields; an empty one
        // was a struct of defaults, and a file holding one still loads.
        Value::Arr(xs) if xs.is_empty() && required == 0 => return Ok(()),
        _ => return Err(wrong(n, OBJECT)),
    };
    let mut seen = 0u32;
    for (k, v) in m {
        let Some(i) = names.iter().position(|x| x == k) else {
            return Err(Bad::new(
                v,
                t!("trường `{}` không có trong định dạng hồ sơ", "the field `{}` is not part of the profile format", k),
            )
            .key(k));
        };
        if seen & (1 << i) != 0 {
            return Err(Bad::new(v, t!("trường `{}` có hai lần", "the field `{}` is given twice", k)).key(k));
        }
        seen |= 1 << i;
        f(i, v).map_err(|e| e.key(k))?;
    }
    match names.iter().enumerate().find(|(i, _)| required & !seen & (1 << i) != 0) {
        Some((_, name)) => Err(Bad::new(n, t!("thiếu trường `{}`", "the field `{}` is missing", name))),
        None => Ok(()),
    }
}

const PROFILE: [&str; 14] = [
    "schema_version",
    "subject",
    "proposal_date",
    "evaluation_year",
    "person",
    "unit",
    "years",
    "achievements",
    "awards_received",
    "declarations",
    "pending_proceedings",
    "facts",
    "review_periods",
    "members",
];

/// A profile (`schema_version` required, every other field optional).
pub fn profile(n: &Node) -> R<Profile> {
    let mut p = Profile::default();
    fields(n, &PROFILE, 1, &mut |i, v| {
        match i {
            0 => p.schema_version = u32_(v)?,
            1 => p.subject = code(v)?,
            2 => p.proposal_date = opt(v, string)?,
            3 => p.evaluation_year = opt(v, int)?,
            4 => p.person = opt(v, person)?,
            5 => p.unit = opt(v, unit)?,
            6 => p.years = list(v, year_row)?,
            7 => p.achievements = list(v, achievement)?,
            8 => p.awards_received = list(v, award_received)?,
            9 => p.declarations = map(v, boolean)?,
            10 => p.pending_proceedings = opt(v, boolean)?,
            11 => p.facts = map(v, boolean)?,
            12 => p.review_periods = map(v, period)?,
            _ => p.members = list(v, profile)?,
        }
        Ok(())
    })?;
    Ok(p)
}

fn person(n: &Node) -> R<Person> {
    const NAMES: [&str; 10] = [
        "full_name",
        "unit",
        "position",
        "kind",
        "party_member",
        "gender",
        "recruitment_date",
        "continuous_work_from",
        "birth_date",
        "duties",
    ];
    let mut p = Person::default();
    fields(n, &NAMES, 0, &mut |i, v| {
        match i {
            0 => p.full_name = string(v)?,
            1 => p.unit = string(v)?,
            2 => p.position = string(v)?,
            3 => p.kind = opt(v, code)?,
            4 => p.party_member = opt(v, boolean)?,
            5 => p.gender = opt(v, code)?,
            6 => p.recruitment_date = opt(v, string)?,
            7 => p.continuous_work_from = opt(v, string)?,
            8 => p.birth_date = opt(v, string)?,
            _ => p.duties = string(v)?,
        }
        Ok(())
    })?;
    Ok(p)
}

fn unit(n: &Node) -> R<Unit> {
    let mut u = Unit::default();
    fields(n, &["name", "parent", "has_party_organisation", "has_mass_organisations"], 0, &mut |i, v| {
        match i {
            0 => u.name = string(v)?,
            1 => u.parent = string(v)?,
            2 => u.has_party_organisation = opt(v, boolean)?,
            _ => u.has_mass_organisations = opt(v, boolean)?,
        }
        Ok(())
    })?;
    Ok(u)
}

fn year_row(n: &Node) -> R<YearRow> {
    const NAMES: [&str; 6] = ["year", "rating", "party_rating", "mass_organisation_rating", "discipline", "members"];
    let mut y = YearRow::default();
    fields(n, &NAMES, 1, &mut |i, v| {
        match i {
            0 => y.year = string(v)?,
            1 => y.rating = opt(v, code)?,
            2 => y.party_rating = opt(v, code)?,
            3 => y.mass_organisation_rating = opt(v, code)?,
            4 => y.discipline = opt(v, discipline)?,
            _ => y.members = opt(v, member_counts)?,
        }
        Ok(())
    })?;
    Ok(y)
}

fn discipline(n: &Node) -> R<Discipline> {
    let (mut level, mut duty_related, mut from, mut to) = (None, None, None, None);
    fields(n, &["level", "duty_related", "from", "to"], 1, &mut |i, v| {
        match i {
            0 => level = Some(code(v)?),
            1 => duty_related = opt(v, boolean)?,
            2 => from = opt(v, string)?,
            _ => to = opt(v, string)?,
        }
        Ok(())
    })?;
    Ok(Discipline { level: level.unwrap_or(super::facts::DisciplineLevel::KhienTrach), duty_related, from, to })
}

fn member_counts(n: &Node) -> R<MemberCounts> {
    const NAMES: [&str; 7] = [
        "total",
        "at_least_ht",
        "htxs",
        "htt",
        "lao_dong_tien_tien",
        "chien_si_thi_dua_co_so",
        "disciplined_canh_cao_or_heavier",
    ];
    let mut c = MemberCounts::default();
    fields(n, &NAMES, 0, &mut |i, v| {
        let x = opt(v, int)?;
        *[
            &mut c.total,
            &mut c.at_least_ht,
            &mut c.htxs,
            &mut c.htt,
            &mut c.lao_dong_tien_tien,
            &mut c.chien_si_thi_dua_co_so,
            &mut c.disciplined_canh_cao_or_heavier,
        ][i] = x;
        Ok(())
    })?;
    Ok(c)
}

fn achievement(n: &Node) -> R<Achievement> {
    let mut a = Achievement { kind: None, title: String::new(), year: String::new(), scope: None, applied: None, used_for: None };
    fields(n, &["kind", "title", "year", "scope", "applied", "used_for"], 1 << 2, &mut |i, v| {
        match i {
            0 => a.kind = opt(v, code)?,
            1 => a.title = string(v)?,
            2 => a.year = string(v)?,
            3 => a.scope = opt(v, code)?,
            4 => a.applied = opt(v, boolean)?,
            _ => a.used_for = opt(v, used_for)?,
        }
        Ok(())
    })?;
    Ok(a)
}

fn used_for(n: &Node) -> R<UsedFor> {
    let mut u = UsedFor { award: String::new(), year: String::new() };
    fields(n, &["award", "year"], 0b11, &mut |i, v| {
        *if i == 0 { &mut u.award } else { &mut u.year } = string(v)?;
        Ok(())
    })?;
    Ok(u)
}

fn award_received(n: &Node) -> R<AwardReceived> {
    const NAMES: [&str; 6] = ["award", "period", "type", "decision_number", "decision_date", "authority"];
    let mut a = AwardReceived {
        award: String::new(),
        period: None,
        award_type: Default::default(),
        decision_number: String::new(),
        decision_date: None,
        authority: String::new(),
    };
    fields(n, &NAMES, 1, &mut |i, v| {
        match i {
            0 => a.award = string(v)?,
            1 => a.period = opt(v, period)?,
            2 => a.award_type = code(v)?,
            3 => a.decision_number = string(v)?,
            4 => a.decision_date = opt(v, string)?,
            _ => a.authority = string(v)?,
        }
        Ok(())
    })?;
    Ok(a)
}

fn period(n: &Node) -> R<Period> {
    let mut p = Period { from: 0, to: 0 };
    fields(n, &["from", "to"], 0b11, &mut |i, v| {
        *if i == 0 { &mut p.from } else { &mut p.to } = int(v)?;
        Ok(())
    })?;
    Ok(p)
}

/// The format version of a profile (or of a wrapper's profile) before its shape is read:
/// `None` when absent or `null`.
pub fn version(n: &Node) -> R<Option<u64>> {
    match (&n.v, n.get("schema_version")) {
        (Value::Obj(_), Some(v)) => opt(v, uint).map_err(|e| e.key("schema_version")),
        (Value::Obj(_), None) => Ok(None),
        _ => Err(wrong(n, OBJECT)),
    }
}

/// Where the profiles of a file are: the file itself, an array, or a member of a wrapper
/// the app writes (`profile`, `unit`, `profiles`).
pub enum Layout<'a> {
    One(&'a Node),
    Many(Option<&'static str>, &'a Node),
    In(&'static str, &'a Node),
}

/// Finds the profiles of a file and their format versions (read before the shape, so a
/// newer file says so instead of failing on a field this build does not know).
pub fn layout(root: &Node) -> R<(Layout<'_>, Vec<Option<u64>>)> {
    if let Value::Arr(xs) = &root.v {
        let v = xs.iter().enumerate().map(|(i, x)| version(x).map_err(|e| e.index(i))).collect::<R<_>>()?;
        return Ok((Layout::Many(None, root), v));
    }
    let top = version(root)?;
    if top.is_none() {
        for key in ["profile", "unit"] {
            if let Some(p) = root.get(key).filter(|p| !matches!(p.v, Value::Null)) {
                return Ok((Layout::In(key, p), vec![version(p).map_err(|e| e.key(key))?]));
            }
        }
        if let Some(ps) = root.get("profiles").filter(|p| !matches!(p.v, Value::Null)) {
            let Value::Arr(xs) = &ps.v else {
                return Err(wrong(ps, LIST).key("profiles"));
            };
            let v = xs
                .iter()
                .enumerate()
                .map(|(i, x)| version(x).map_err(|e| e.index(i).key("profiles")))
                .collect::<R<_>>()?;
            return Ok((Layout::Many(Some("profiles"), ps), v));
        }
    }
    Ok((Layout::One(root), vec![top]))
}

/// The profiles of a layout, each converted.
pub fn profiles(layout: Layout) -> R<Vec<Profile>> {
    match layout {
        Layout::One(n) => Ok(vec![profile(n)?]),
        Layout::Many(None, n) => list(n, profile),
        Layout::Many(Some(key), n) => list(n, profile).map_err(|e| e.key(key)),
        Layout::In(key, n) => Ok(vec![profile(n).map_err(|e| e.key(key))?]),
    }
}

// ---------------------------------------------------------------- writing

/// JSON being written: compact (`Out`, as `serde_json::to_string` writes it), or with
/// `PRETTY` as `serde_json::to_writer_pretty` writes it (two spaces per level; the native
/// command line's `--format json`). The browser only ever builds the compact one, so the
/// pretty code is not in its download. A comma goes before a value or key unless it opens
/// a container or follows a key, so writers never track "first".
#[derive(Default)]
pub struct Out<const PRETTY: bool = false>(pub String, usize);

impl<const PRETTY: bool> Out<PRETTY> {
    /// Writing on at the end of `s` (its capacity kept), at the top level.
    pub fn new(s: String) -> Self {
        Out(s, 0)
    }

    fn sep(&mut self) {
        match self.0.as_bytes().last() {
            None | Some(b':') => {}
            // After a key (pretty: `": "`): the value follows on the same line.
            Some(b' ') if PRETTY => {}
            Some(b'{' | b'[') => {
                if PRETTY {
                    self.newline();
                }
            }
            Some(_) => {
                self.0.push(',');
                if PRETTY {
                    self.newline();
                }
            }
        }
    }
    /// A new line indented to the current level (pretty only).
    fn newline(&mut self) {
        self.0.push('\n');
        for _ in 0..self.1 {
            self.0.push_str("  ");
        }
    }
    pub fn open(&mut self, c: char) {
        self.sep();
        self.0.push(c);
        self.1 += 1;
    }
    pub fn close(&mut self, c: char) {
        self.1 -= 1;
        // An empty container stays on its line (`[]`, `{}`), as serde writes it.
        if PRETTY && !matches!(self.0.as_bytes().last(), Some(b'{' | b'[')) {
            self.newline();
        }
        self.0.push(c);
    }
    pub fn key(&mut self, k: &str) {
        self.str(k);
        self.0.push_str(if PRETTY { ": " } else { ":" });
    }
    /// A string, escaped as serde_json escapes: `"`, `\`, and control characters (the
    /// short forms `\b \t \n \f \r`, else `\u00xx`).
    pub fn str(&mut self, s: &str) {
        self.sep();
        let out = &mut self.0;
        out.push('"');
        // Nearly every string has nothing to escape: one pass without an early exit (the
        // compiler vectorises it), then one copy.
        let plain = !s.bytes().fold(false, |any, b| any | (b < 0x20) | (b == b'"') | (b == b'\\'));
        if plain {
            out.push_str(s);
            out.push('"');
            return;
        }
        let mut run = 0;
        for (i, b) in s.bytes().enumerate() {
            let short = match b {
                b'"' => '"',
                b'\\' => '\\',
                8 => 'b',
                9 => 't',
                10 => 'n',
                12 => 'f',
                13 => 'r',
                0..=0x1f => 'u',
                _ => continue,
            };
            out.push_str(&s[run..i]);
            out.push('\\');
            out.push(short);
            if short == 'u' {
                let _ = write!(out, "00{b:02x}");
            }
            run = i + 1;
        }
        out.push_str(&s[run..]);
        out.push('"');
    }
    pub fn int(&mut self, i: i64) {
        self.sep();
        super::text::push_int(&mut self.0, i);
    }
    pub fn bool(&mut self, b: bool) {
        self.sep();
        self.0.push_str(if b { "true" } else { "false" });
    }
    pub fn null(&mut self) {
        self.sep();
        self.0.push_str("null");
    }

    // Fields skipped when empty (`skip_serializing_if`).
    fn some_str(&mut self, k: &str, v: &Option<String>) {
        if let Some(v) = v {
            self.key(k);
            self.str(v);
        }
    }
    fn some_int(&mut self, k: &str, v: Option<i64>) {
        if let Some(v) = v {
            self.key(k);
            self.int(v);
        }
    }
    fn some_bool(&mut self, k: &str, v: Option<bool>) {
        if let Some(v) = v {
            self.key(k);
            self.bool(v);
        }
    }
    fn some_code(&mut self, k: &str, v: Option<&'static str>) {
        if let Some(v) = v {
            self.key(k);
            self.str(v);
        }
    }
    fn str_field(&mut self, k: &str, v: &str) {
        self.key(k);
        self.str(v);
    }
    fn bool_map(&mut self, m: &Map<bool>) {
        self.open('{');
        for (k, v) in m {
            self.key(k);
            self.bool(*v);
        }
        self.close('}');
    }
    fn list<T>(&mut self, xs: &[T], f: fn(&mut Out<PRETTY>, &T)) {
        self.open('[');
        for x in xs {
            f(self, x);
        }
        self.close(']');
    }
}

/// A profile as `serde_json::to_string` wrote it.
pub fn profile_to_string(p: &Profile) -> String {
    let mut o = Out::<false>::default();
    write_profile(&mut o, p);
    o.0
}

pub fn write_profile<const P: bool>(o: &mut Out<P>, p: &Profile) {
    o.open('{');
    o.key("schema_version");
    o.int(i64::from(p.schema_version));
    o.str_field("subject", p.subject.code());
    o.some_str("proposal_date", &p.proposal_date);
    o.some_int("evaluation_year", p.evaluation_year);
    if let Some(x) = &p.person {
        o.key("person");
        o.open('{');
        o.str_field("full_name", &x.full_name);
        o.str_field("unit", &x.unit);
        o.str_field("position", &x.position);
        o.some_code("kind", x.kind.map(UnitEnum::code));
        o.some_bool("party_member", x.party_member);
        o.some_code("gender", x.gender.map(UnitEnum::code));
        o.some_str("recruitment_date", &x.recruitment_date);
        o.some_str("continuous_work_from", &x.continuous_work_from);
        o.some_str("birth_date", &x.birth_date);
        if !x.duties.is_empty() {
            o.str_field("duties", &x.duties);
        }
        o.close('}');
    }
    if let Some(u) = &p.unit {
        o.key("unit");
        o.open('{');
        o.str_field("name", &u.name);
        o.str_field("parent", &u.parent);
        o.some_bool("has_party_organisation", u.has_party_organisation);
        o.some_bool("has_mass_organisations", u.has_mass_organisations);
        o.close('}');
    }
    o.key("years");
    o.list(&p.years, |o, y| {
        o.open('{');
        o.str_field("year", &y.year);
        o.some_code("rating", y.rating.map(UnitEnum::code));
        o.some_code("party_rating", y.party_rating.map(UnitEnum::code));
        o.some_code("mass_organisation_rating", y.mass_organisation_rating.map(UnitEnum::code));
        if let Some(d) = &y.discipline {
            o.key("discipline");
            o.open('{');
            o.str_field("level", d.level.code());
            o.some_bool("duty_related", d.duty_related);
            o.some_str("from", &d.from);
            o.some_str("to", &d.to);
            o.close('}');
        }
        if let Some(c) = &y.members {
            o.key("members");
            o.open('{');
            o.some_int("total", c.total);
            o.some_int("at_least_ht", c.at_least_ht);
            o.some_int("htxs", c.htxs);
            o.some_int("htt", c.htt);
            o.some_int("lao_dong_tien_tien", c.lao_dong_tien_tien);
            o.some_int("chien_si_thi_dua_co_so", c.chien_si_thi_dua_co_so);
            o.some_int("disciplined_canh_cao_or_heavier", c.disciplined_canh_cao_or_heavier);
            o.close('}');
        }
        o.close('}');
    });
    o.key("achievements");
    o.list(&p.achievements, |o, a| {
        o.open('{');
        o.some_code("kind", a.kind.map(UnitEnum::code));
        o.str_field("title", &a.title);
        o.str_field("year", &a.year);
        o.some_code("scope", a.scope.map(UnitEnum::code));
        o.some_bool("applied", a.applied);
        if let Some(u) = &a.used_for {
            o.key("used_for");
            o.open('{');
            o.str_field("award", &u.award);
            o.str_field("year", &u.year);
            o.close('}');
        }
        o.close('}');
    });
    o.key("awards_received");
    o.list(&p.awards_received, write_award_received);
    o.key("declarations");
    o.bool_map(&p.declarations);
    o.some_bool("pending_proceedings", p.pending_proceedings);
    if !p.facts.is_empty() {
        o.key("facts");
        o.bool_map(&p.facts);
    }
    if !p.review_periods.is_empty() {
        o.key("review_periods");
        o.open('{');
        for (k, v) in &p.review_periods {
            o.key(k);
            write_period(o, v);
        }
        o.close('}');
    }
    if !p.members.is_empty() {
        o.key("members");
        o.list(&p.members, write_profile);
    }
    o.close('}');
}

fn write_period<const P: bool>(o: &mut Out<P>, p: &Period) {
    o.open('{');
    o.key("from");
    o.int(p.from);
    o.key("to");
    o.int(p.to);
    o.close('}');
}

pub fn write_award_received<const P: bool>(o: &mut Out<P>, a: &AwardReceived) {
    o.open('{');
    o.str_field("award", &a.award);
    if let Some(p) = &a.period {
        o.key("period");
        write_period(o, p);
    }
    o.str_field("type", a.award_type.code());
    o.str_field("decision_number", &a.decision_number);
    o.some_str("decision_date", &a.decision_date);
    o.str_field("authority", &a.authority);
    o.close('}');
}

fn write_text<const P: bool>(o: &mut Out<P>, t: &Text) {
    o.open('{');
    o.str_field("vi", &t.vi);
    o.str_field("en", &t.en);
    o.close('}');
}

fn text_field<const P: bool>(o: &mut Out<P>, k: &str, t: &Text) {
    o.key(k);
    write_text(o, t);
}

fn status_code(s: Status) -> &'static str {
    ["met", "not_met", "unknown"][s as usize]
}

fn write_note<const P: bool>(o: &mut Out<P>, n: &Note) {
    o.open('{');
    let kind = match n.kind {
        NoteKind::Decision => "decision",
        NoteKind::Procedural => "procedural",
        NoteKind::Bonus => "bonus",
        NoteKind::Scope => "scope",
    };
    o.str_field("kind", kind);
    text_field(o, "text", &n.text);
    o.str_field("cite", &n.cite);
    o.close('}');
}

fn write_finding<const P: bool>(o: &mut Out<P>, f: &Finding) {
    o.open('{');
    o.str_field("criterion", &f.criterion);
    o.str_field("status", status_code(f.status));
    text_field(o, "text", &f.text);
    o.str_field("cite", &f.cite);
    text_field(o, "evidence", &f.evidence);
    if let Some(m) = &f.missing {
        text_field(o, "missing", m);
    }
    if !f.routes.is_empty() {
        o.key("routes");
        o.list(&f.routes, |o, r: &RouteFinding| {
            o.open('{');
            o.str_field("route", &r.route);
            text_field(o, "text", &r.text);
            o.str_field("status", status_code(r.status));
            o.key("findings");
            o.list(&r.findings, write_finding);
            o.close('}');
        });
    }
    o.close('}');
}

fn write_determination<const P: bool>(o: &mut Out<P>, d: &Determination) {
    o.open('{');
    o.str_field("award", &d.award);
    text_field(o, "name", &d.name);
    o.str_field("subject", d.subject.code());
    o.str_field("kind", if d.kind == AwardKind::DanhHieu { "danh_hieu" } else { "hinh_thuc" });
    let group = match d.group {
        Group::DanhHieuCaNhan => "danh_hieu_ca_nhan",
        Group::HinhThucCaNhan => "hinh_thuc_ca_nhan",
        Group::DanhHieuTapThe => "danh_hieu_tap_the",
        Group::HinhThucTapThe => "hinh_thuc_tap_the",
        Group::ChuongTrinhTinh => "chuong_trinh_tinh",
    };
    o.str_field("group", group);
    o.key("year");
    o.int(d.year);
    if let Some(p) = &d.review_period {
        o.key("review_period");
        write_period(o, p);
    }
    if let Some(ClosedRound { deadline, text }) = &d.closed_round {
        o.key("closed_round");
        o.open('{');
        o.str_field("deadline", &super::date::iso(*deadline));
        text_field(o, "text", text);
        o.close('}');
    }
    o.str_field("outcome", d.outcome.code());
    o.key("findings");
    o.list(&d.findings, write_finding);
    o.key("gaps");
    o.list(&d.gaps, |o, g: &Gap| {
        o.open('{');
        o.key("missing");
        o.list(&g.missing, write_text);
        o.key("earliest_year");
        match g.earliest_year {
            Some(y) => o.int(y),
            None => o.null(),
        }
        text_field(o, "summary", &g.summary);
        o.close('}');
    });
    o.key("notes");
    o.list(&d.notes, write_note);
    o.close('}');
}

/// An evaluation (with every finding, gap and note), as serde wrote it.
pub fn write_evaluation<const P: bool>(o: &mut Out<P>, e: &Evaluation) {
    o.open('{');
    o.str_field("name", &e.name);
    o.str_field("subject", e.subject.code());
    o.str_field("proposal_date", &super::date::iso(e.proposal_date));
    o.key("evaluation_year");
    o.int(e.evaluation_year);
    o.key("rule_set");
    match &e.rule_set {
        Some(r) => o.str(r),
        None => o.null(),
    }
    if let Some(t) = &e.legal_basis {
        text_field(o, "legal_basis", t);
    }
    o.key("notices");
    o.list(&e.notices, write_note);
    o.key("warnings");
    o.list(&e.warnings, write_text);
    o.key("determinations");
    o.list(&e.determinations, write_determination);
    o.close('}');
}

/// Each award's outcome as an object (`{"lao_dong_tien_tien":"eligible",…}`); `{}` when
/// there is no evaluation.
pub fn write_outcomes<const P: bool>(o: &mut Out<P>, e: Option<&Evaluation>) {
    o.open('{');
    for d in e.iter().flat_map(|e| &e.determinations) {
        o.str_field(&d.award, d.outcome.code());
    }
    o.close('}');
}

/// `"k":"v"` or `"k":null`.
pub fn opt_str_field<const P: bool>(o: &mut Out<P>, k: &str, v: Option<&str>) {
    o.key(k);
    match v {
        Some(v) => o.str(v),
        None => o.null(),
    }
}

/// A `"k":"v"` pair.
pub fn str_field<const P: bool>(o: &mut Out<P>, k: &str, v: &str) {
    o.str_field(k, v);
}

/// An evaluation as `serde_json::to_string` wrote it.
pub fn evaluation_to_string(e: &Evaluation) -> String {
    let mut o = Out::<false>::default();
    write_evaluation(&mut o, e);
    o.0
}

//! Bilingual text. Every sentence the checker shows a user exists in Vietnamese
//! (first) and English; the UI only picks one of the two, it never composes a reason.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

/// A string that is either a sentence compiled into the build (borrowed, never copied)
/// or one composed for this result (owned). Serialized as a plain string.
pub type Str = Cow<'static, str>;

/// Interface language. Vietnamese is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Vi,
    En,
}

/// One sentence in both languages. A sentence of the standards or a fixed phrase is
/// borrowed (`Cow::Borrowed`: no copy per result, issue 13); a composed one is owned.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub vi: Str,
    pub en: Str,
}

impl Text {
    pub fn new(vi: impl Into<Str>, en: impl Into<Str>) -> Self {
        Text {
            vi: vi.into(),
            en: en.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }

    /// Joins several texts with `sep` in each language.
    pub fn join(parts: &[Text], sep: &str) -> Text {
        fn one(parts: &[Text], sep: &str, side: fn(&Text) -> &Str) -> Str {
            match parts {
                [] => Cow::Borrowed(""),
                [only] => side(only).clone(),
                _ => {
                    let len = parts.iter().map(|t| side(t).len()).sum::<usize>() + sep.len() * (parts.len() - 1);
                    let mut s = String::with_capacity(len);
                    for (k, t) in parts.iter().enumerate() {
                        if k > 0 {
                            s.push_str(sep);
                        }
                        s.push_str(side(t));
                    }
                    Cow::Owned(s)
                }
            }
        }
        Text {
            vi: one(parts, sep, |t| &t.vi),
            en: one(parts, sep, |t| &t.en),
        }
    }
}

/// A sentence of the standards, compiled into the build (see `build.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct StaticText {
    pub vi: &'static str,
    pub en: &'static str,
}

impl StaticText {
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.vi,
            Lang::En => self.en,
        }
    }
}

impl From<StaticText> for Text {
    fn from(t: StaticText) -> Text {
        Text::new(t.vi, t.en)
    }
}

impl Text {
    /// Both sides composed for this result.
    pub fn owned(vi: String, en: String) -> Text {
        Text { vi: Cow::Owned(vi), en: Cow::Owned(en) }
    }
}

/// A sentence written straight into both languages, piece by piece: the "year: words"
/// parts of runs and windows, and the lists (routes, initiatives, names) that would
/// otherwise be one `Text` per item joined afterwards.
#[derive(Default)]
pub struct Parts {
    pub vi: String,
    pub en: String,
}

impl Parts {
    /// Room for about `n` bytes in each language (a list whose length is known).
    pub fn with_capacity(n: usize) -> Parts {
        Parts { vi: String::with_capacity(n), en: String::with_capacity(n) }
    }

    /// Starts a part: "; " after the previous one, then "x: ".
    pub fn year(&mut self, x: i64) -> &mut Self {
        for side in [&mut self.vi, &mut self.en] {
            if side.is_empty() {
                // Room for a few years' parts at once (no growth by doubling from zero).
                side.reserve(128);
            } else {
                side.push_str("; ");
            }
        }
        self.int(x).say(": ", ": ")
    }

    /// Appends the digits of `x` to each language (written once, then copied).
    pub fn int(&mut self, x: i64) -> &mut Self {
        let start = self.vi.len();
        push_int(&mut self.vi, x);
        self.en.push_str(&self.vi[start..]);
        self
    }

    /// Appends words to each language.
    pub fn say(&mut self, vi: &str, en: &str) -> &mut Self {
        self.vi.push_str(vi);
        self.en.push_str(en);
        self
    }

    pub fn is_empty(&self) -> bool {
        self.vi.is_empty() && self.en.is_empty()
    }

    pub fn into_text(self) -> Text {
        Text::owned(self.vi, self.en)
    }
}

/// The decimal digits of `x` (with its sign) appended to `s`, as `{}` writes them.
pub fn push_int(s: &mut String, x: i64) {
    if x < 0 {
        s.push('-');
    }
    push_uint(s, x.unsigned_abs());
}

/// The decimal digits of `n` appended to `s`.
pub fn push_uint(s: &mut String, mut n: u64) {
    // Years and counts (below 10,000, nearly every number a sentence holds): digit by
    // digit from the top, no buffer (a third of the cost of the general loop).
    if n < 10_000 {
        let n = n as u32;
        let digit = |d: u32| char::from(b'0' + d as u8);
        if n >= 1000 {
            s.push(digit(n / 1000));
        }
        if n >= 100 {
            s.push(digit(n / 100 % 10));
        }
        if n >= 10 {
            s.push(digit(n / 10 % 10));
        }
        s.push(digit(n % 10));
        return;
    }
    // Digits written backwards into a stack buffer, then appended at once.
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    s.extend(buf[i..].iter().map(|&b| char::from(b)));
}

/// `format!` with room reserved up front: the literal's length plus a little for the
/// arguments (years, counts, a name). `format!` starts short literals at zero capacity and
/// grows them by reallocation. The browser's `fmt!` only: native builds write `segments`.
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
#[inline(never)]
pub fn sized(literal_len: usize, args: std::fmt::Arguments) -> String {
    let mut s = String::with_capacity(literal_len + 40);
    let _ = std::fmt::Write::write_fmt(&mut s, args);
    s
}

/// `fmt!("…", args…)` in the browser: like `format!`, through `sized` (small code).
#[cfg(target_arch = "wasm32")]
#[macro_export]
macro_rules! fmt {
    ($lit:literal $(, $arg:expr)* $(,)?) => {
        $crate::rules::text::sized($lit.len(), format_args!($lit $(, $arg)*))
    };
}

/// `fmt!("…", args…)` natively (the command line, the benchmark): the template is split
/// into its pieces at compile time (`segments`, a `const`), and the sentence is written
/// piece by piece into one string of its final length: no `core::fmt` machinery, no
/// reallocation (it was a fifth of the engine's instructions, issue 13). Templates use
/// `{}`, `{{` and `}}` only; anything else fails to compile. The same text as `format!`
/// (`fill_tests`).
#[cfg(not(target_arch = "wasm32"))]
#[macro_export]
macro_rules! fmt {
    ($lit:literal $(,)?) => {{
        let _ = format_args!($lit);
        const SEGMENTS: [$crate::rules::text::Segment; $crate::rules::text::segment_count($lit)] =
            $crate::rules::text::segments($lit);
        $crate::rules::text::write_segments(&SEGMENTS, $lit.len(), &[])
    }};
    ($lit:literal $(, $arg:expr)+ $(,)?) => {{
        if false {
            let _ = format_args!($lit $(, $arg)+);
        }
        #[allow(unused_imports)]
        use $crate::rules::text::{ViaDisplay as _, ViaPiece as _};
        const SEGMENTS: [$crate::rules::text::Segment; $crate::rules::text::segment_count($lit)] =
            $crate::rules::text::segments($lit);
        $crate::rules::text::write_segments(&SEGMENTS, $lit.len(), &[$((&$crate::rules::text::Wrap(&$arg)).arg()),+])
    }};
}

/// A piece of a template and whether an argument follows it.
#[doc(hidden)]
#[derive(Clone, Copy)]
pub struct Segment(pub &'static str, pub bool);

/// How many `Segment`s `segments` makes of `t` (a compile-time count).
#[doc(hidden)]
pub const fn segment_count(t: &str) -> usize {
    let b = t.as_bytes();
    let (mut i, mut n) = (0, 1);
    while i < b.len() {
        if b[i] == b'{' || b[i] == b'}' {
            assert!(i + 1 < b.len() && (b[i + 1] == b'}' || b[i + 1] == b[i]), "fmt!: templates use only empty braces and doubled braces");
            n += 1;
            i += 2;
        } else {
            i += 1;
        }
    }
    n
}

/// The pieces of template `t`, split at compile time: the text before each `{}` (with an
/// argument after it), and at `{{`/`}}` the text up to one brace (without).
#[doc(hidden)]
pub const fn segments<const N: usize>(t: &'static str) -> [Segment; N] {
    let mut out = [Segment("", false); N];
    let b = t.as_bytes();
    let (mut i, mut start, mut k) = (0, 0, 0);
    while i < b.len() {
        if b[i] == b'{' || b[i] == b'}' {
            let arg = b[i] == b'{' && b[i + 1] == b'}';
            // `{}`: the text before it; `{{` or `}}`: the text and one brace.
            let end = if arg { i } else { i + 1 };
            out[k] = Segment(sub(t, start, end), arg);
            k += 1;
            i += 2;
            start = i;
        } else {
            i += 1;
        }
    }
    out[k] = Segment(sub(t, start, b.len()), false);
    out
}

/// `&t[from..to]` at compile time (the cuts fall next to ASCII braces, on char boundaries).
const fn sub(t: &'static str, from: usize, to: usize) -> &'static str {
    let (head, _) = t.as_bytes().split_at(to);
    let (_, piece) = head.split_at(from);
    match std::str::from_utf8(piece) {
        Ok(s) => s,
        Err(_) => panic!("fmt!: a cut inside a character"),
    }
}

/// An argument of `fmt!`: integers and text are written directly, anything else through
/// its `Display`.
#[doc(hidden)]
pub enum Arg<'a> {
    Int(i64),
    UInt(u64),
    Str(&'a str),
    Display(&'a dyn std::fmt::Display),
}

/// Writes the segments, each argument after its segment, into one string of the final
/// length. `template` is the template's length (a constant; the braces make it a few bytes
/// more than the segments').
#[doc(hidden)]
pub fn write_segments(segments: &[Segment], template: usize, args: &[Arg]) -> String {
    let len: usize = template
        + args
            .iter()
            .map(|a| match a {
                Arg::Str(s) => s.len(),
                _ => 20,
            })
            .sum::<usize>();
    let mut out = String::with_capacity(len);
    let mut args = args.iter();
    for s in segments {
        out.push_str(s.0);
        if s.1 {
            match args.next() {
                Some(Arg::Int(x)) => push_int(&mut out, *x),
                Some(Arg::UInt(x)) => push_uint(&mut out, *x),
                Some(Arg::Str(x)) => out.push_str(x),
                Some(Arg::Display(d)) => {
                    let _ = std::fmt::Write::write_fmt(&mut out, format_args!("{d}"));
                }
                None => {}
            }
        }
    }
    out
}

/// `fmt!`'s argument wrapper: `ViaPiece` (integers, text) is found before `ViaDisplay`
/// (anything else) by method resolution (autoref), without specialization.
#[doc(hidden)]
pub struct Wrap<'a, T: ?Sized>(pub &'a T);

/// A value `fmt!` writes directly.
#[doc(hidden)]
pub trait Piece {
    fn piece(&self) -> Arg<'_>;
}

macro_rules! piece_int {
    ($($t:ty => $v:ident),*) => {$(
        impl Piece for $t {
            #[inline]
            fn piece(&self) -> Arg<'_> {
                Arg::$v((*self).try_into().unwrap_or_default())
            }
        }
    )*};
}
piece_int!(i64 => Int, i32 => Int, i16 => Int, i8 => Int, u64 => UInt, u32 => UInt, u16 => UInt, u8 => UInt, usize => UInt);

impl Piece for str {
    #[inline]
    fn piece(&self) -> Arg<'_> {
        Arg::Str(self)
    }
}
impl Piece for String {
    #[inline]
    fn piece(&self) -> Arg<'_> {
        Arg::Str(self)
    }
}
impl Piece for Cow<'_, str> {
    #[inline]
    fn piece(&self) -> Arg<'_> {
        Arg::Str(self)
    }
}
impl<T: Piece + ?Sized> Piece for &T {
    #[inline]
    fn piece(&self) -> Arg<'_> {
        (**self).piece()
    }
}

#[doc(hidden)]
pub trait ViaPiece {
    fn arg(&self) -> Arg<'_>;
}
impl<T: Piece + ?Sized> ViaPiece for Wrap<'_, T> {
    #[inline]
    fn arg(&self) -> Arg<'_> {
        self.0.piece()
    }
}

#[doc(hidden)]
pub trait ViaDisplay {
    fn arg(&self) -> Arg<'_>;
}
impl<T: std::fmt::Display> ViaDisplay for &Wrap<'_, T> {
    #[inline]
    fn arg(&self) -> Arg<'_> {
        Arg::Display(self.0)
    }
}

/// `t!("vi {}", "en {}", args...)`: formats both languages with the same arguments.
#[cfg(target_arch = "wasm32")]
#[macro_export]
macro_rules! t {
    // Without arguments no formatting is needed (smaller code than `format!`); the
    // discarded `format_args!` still rejects a stray `{}` at compile time.
    ($vi:literal, $en:literal $(,)?) => {{
        let _ = (format_args!($vi), format_args!($en));
        $crate::rules::text::Text::new($vi, $en)
    }};
    // With arguments: the two templates are filled at run time from one list of
    // arguments (`Text::fill`), instead of two `format!` expansions per call site — about
    // 300 sites, −0.8 kB brotli in the browser (issue 13). The `if false` block is never run
    // and compiles to nothing; it keeps rustc's check of each template against its
    // arguments. Templates use `{}` only (and `{{`/`}}` for braces).
    ($vi:literal, $en:literal $(, $arg:expr)+ $(,)?) => {{
        if false {
            let _ = (format_args!($vi $(, $arg)+), format_args!($en $(, $arg)+));
        }
        $crate::rules::text::Text::fill($vi, $en, &[$(&$arg as &dyn ::core::fmt::Display),+])
    }};
}

/// `t!` natively (the command line, the benchmark): both templates split at compile time
/// (`segments`, as `fmt!` does) and written from one list of arguments, each evaluated
/// once (issue 13). The browser keeps the run-time fill above, which is smaller. The same
/// text either way (`fill_tests`). The `if false` block keeps rustc's check of each
/// template against its arguments.
#[cfg(not(target_arch = "wasm32"))]
#[macro_export]
macro_rules! t {
    ($vi:literal, $en:literal $(,)?) => {{
        let _ = (format_args!($vi), format_args!($en));
        $crate::rules::text::Text::new($vi, $en)
    }};
    ($vi:literal, $en:literal $(, $arg:expr)+ $(,)?) => {{
        if false {
            let _ = (format_args!($vi $(, $arg)+), format_args!($en $(, $arg)+));
        }
        #[allow(unused_imports)]
        use $crate::rules::text::{ViaDisplay as _, ViaPiece as _};
        const VI: [$crate::rules::text::Segment; $crate::rules::text::segment_count($vi)] = $crate::rules::text::segments($vi);
        const EN: [$crate::rules::text::Segment; $crate::rules::text::segment_count($en)] = $crate::rules::text::segments($en);
        match &[$((&$crate::rules::text::Wrap(&$arg)).arg()),+] {
            args => $crate::rules::text::Text::owned(
                $crate::rules::text::write_segments(&VI, $vi.len(), args),
                $crate::rules::text::write_segments(&EN, $en.len(), args),
            ),
        }
    }};
}

impl Text {
    /// `t!`'s run-time formatting in the browser: each `{}` of a template takes the next
    /// argument.
    #[doc(hidden)]
    pub fn fill(vi: &str, en: &str, args: &[&dyn std::fmt::Display]) -> Text {
        Text::owned(fill(vi, args), fill(en, args))
    }
}

fn fill(template: &str, args: &[&dyn std::fmt::Display]) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(template.len() + 16);
    let mut args = args.iter();
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        out.push_str(&rest[..i]);
        if rest[i..].starts_with("{}") {
            if let Some(a) = args.next() {
                let _ = write!(out, "{a}");
            }
        } else {
            out.push_str(&rest[i..i + 1]); // `{{` or `}}`
        }
        rest = &rest[i + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod fill_tests {
    #[test]
    fn t_fills_each_template_from_one_list_of_arguments_and_keeps_escaped_braces() {
        let t = crate::t!("{} năm {{HTT}} đến {}", "{} year(s) {{HTT}} to {}", 3, "2024");
        assert_eq!(t.vi, "3 năm {HTT} đến 2024");
        assert_eq!(t.en, "3 year(s) {HTT} to 2024");
    }

    /// The browser fills `t!`'s templates at run time, native builds format them: the
    /// same sentences.
    #[test]
    fn the_browsers_run_time_fill_writes_what_t_writes_natively() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
        let (n, u, name) = (-7_i64, 42_usize, std::borrow::Cow::Borrowed("Lao động tiên tiến"));
        let native = crate::t!("Năm {} ({}): {} — {}, {{x}}", "Year {} ({}): {} — {}, {{x}}", n, u, name, d);
        let fill = crate::rules::text::Text::fill("Năm {} ({}): {} — {}, {{x}}", "Year {} ({}): {} — {}, {{x}}", &[&n, &u, &name, &d]);
        assert_eq!(native, fill);
        assert_eq!(fill.vi, "Năm -7 (42): Lao động tiên tiến — 2026-01-15, {x}");
    }

    #[test]
    fn fmt_writes_as_format_does() {
        let (a, b, c): (i64, u64, usize) = (-2041, 18_446_744_073_709_551_615, 0);
        let name = std::borrow::Cow::Borrowed("Chiến sĩ");
        assert_eq!(crate::fmt!("{}|{}|{}|{}|{}}}", a, b, c, name, String::from("x")), format!("{}|{}|{}|{}|{}}}", a, b, c, name, "x"));
        // Escapes at either end, the `Display` fallback (a date, a char), every integer width.
        let d = chrono::NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
        let (i8_, u8_, i32_, u32_, u16_) = (-128_i8, 255_u8, i32::MIN, u32::MAX, 7_u16);
        assert_eq!(
            crate::fmt!("{{{}}}{}{}{}{}{}{}{{", d, 'ư', i8_, u8_, i32_, u32_, u16_),
            format!("{{{}}}{}{}{}{}{}{}{{", d, 'ư', i8_, u8_, i32_, u32_, u16_)
        );
        assert_eq!(crate::fmt!("Năm học đầy đủ"), "Năm học đầy đủ");
        assert_eq!(crate::fmt!("{}", ""), "");
        let mut s = String::new();
        crate::rules::text::push_int(&mut s, -2041);
        crate::rules::text::push_uint(&mut s, 18_446_744_073_709_551_615);
        assert_eq!(s, "-204118446744073709551615");
        for n in [0, 7, 9, 10, 99, 100, 999, 1000, 2026, 9999, 10_000, 123_456] {
            let mut s = String::new();
            crate::rules::text::push_uint(&mut s, n);
            assert_eq!(s, n.to_string());
        }
    }
}

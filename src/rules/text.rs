//! Bilingual text. Every sentence the checker shows a user exists in Vietnamese
//! (first) and English; the UI only picks one of the two, it never composes a reason.

use serde::{Deserialize, Serialize};

/// Interface language. Vietnamese is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Vi,
    En,
}

/// One sentence in both languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub vi: String,
    pub en: String,
}

impl Text {
    pub fn new(vi: impl Into<String>, en: impl Into<String>) -> Self {
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

    /// Replaces the English side (for sentences whose English word order differs).
    pub fn with_en(self, en: String) -> Text {
        Text { vi: self.vi, en }
    }

    /// Joins several texts with `sep` in each language.
    pub fn join(parts: &[Text], sep: &str) -> Text {
        Text {
            vi: parts
                .iter()
                .map(|t| t.vi.as_str())
                .collect::<Vec<_>>()
                .join(sep),
            en: parts
                .iter()
                .map(|t| t.en.as_str())
                .collect::<Vec<_>>()
                .join(sep),
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

/// `t!("vi {}", "en {}", args...)`: formats both languages with the same arguments.
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

impl Text {
    /// `t!`'s run-time formatting: each `{}` of a template takes the next argument.
    #[doc(hidden)]
    pub fn fill(vi: &str, en: &str, args: &[&dyn std::fmt::Display]) -> Text {
        Text { vi: fill(vi, args), en: fill(en, args) }
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
}

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
    ($vi:literal, $en:literal $(, $arg:expr)* $(,)?) => {
        $crate::rules::text::Text { vi: format!($vi $(, $arg)*), en: format!($en $(, $arg)*) }
    };
}

//! The dossier summary a user downloads: app version, rule-set id, the time generated,
//! all inputs, all determinations, and the awards already received split into danh hiệu
//! thi đua and hình thức khen thưởng (rule book §9). Loading it back restores the form:
//! `parse_profiles` reads its `profile`.

#[cfg(not(target_arch = "wasm32"))]
use serde::{Deserialize, Serialize};

use super::determination::Evaluation;
use super::facts::{AwardReceived, Profile};
use super::standards::{AwardKind, Standards};

pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize))]
pub struct Summary {
    pub app: String,
    pub app_version: String,
    pub rule_set: Option<String>,
    /// ISO date-time, given by the caller (the browser layer owns the clock).
    pub generated_at: String,
    pub profile: Profile,
    pub awards_received: AwardsReceived,
    pub evaluation: Evaluation,
}

#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize))]
pub struct AwardsReceived {
    pub danh_hieu_thi_dua: Vec<AwardReceived>,
    pub hinh_thuc_khen_thuong: Vec<AwardReceived>,
}

/// The summary as `serde_json::to_string` wrote it (written by `json`: no serde in the
/// browser).
pub fn to_json(s: &Summary) -> String {
    use super::json;
    let mut o = json::Out::<false>::default();
    o.open('{');
    json::str_field(&mut o, "app", &s.app);
    json::str_field(&mut o, "app_version", &s.app_version);
    json::opt_str_field(&mut o, "rule_set", s.rule_set.as_deref());
    json::str_field(&mut o, "generated_at", &s.generated_at);
    o.key("profile");
    json::write_profile(&mut o, &s.profile);
    o.key("awards_received");
    o.open('{');
    for (k, list) in [("danh_hieu_thi_dua", &s.awards_received.danh_hieu_thi_dua), ("hinh_thuc_khen_thuong", &s.awards_received.hinh_thuc_khen_thuong)] {
        o.key(k);
        o.open('[');
        for a in list {
            json::write_award_received(&mut o, a);
        }
        o.close(']');
    }
    o.close('}');
    o.key("evaluation");
    json::write_evaluation(&mut o, &s.evaluation);
    o.close('}');
    o.0
}

/// Splits received awards into titles and forms of commendation.
pub fn split_awards(std: &Standards, awards: &[AwardReceived]) -> AwardsReceived {
    let mut out = AwardsReceived::default();
    for a in awards {
        match std.award_label(&a.award).map(|(_, k)| k) {
            Some(AwardKind::DanhHieu) => out.danh_hieu_thi_dua.push(a.clone()),
            _ => out.hinh_thuc_khen_thuong.push(a.clone()),
        }
    }
    out
}

pub fn summary(
    std: &Standards,
    profile: &Profile,
    evaluation: &Evaluation,
    generated_at: &str,
) -> Summary {
    Summary {
        app: "kiem-tra-khen-thuong-lang-son".into(),
        app_version: APP_VERSION.into(),
        rule_set: evaluation.rule_set.as_deref().map(String::from),
        generated_at: generated_at.into(),
        profile: profile.clone(),
        awards_received: split_awards(std, &profile.awards_received),
        evaluation: evaluation.clone(),
    }
}

/// Vietnamese letters without their marks, for ASCII file names.
pub fn ascii_fold(s: &str) -> String {
    const GROUPS: &[(&str, char)] = &[
        ("àáảãạăằắẳẵặâầấẩẫậ", 'a'),
        ("ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", 'A'),
        ("èéẻẽẹêềếểễệ", 'e'),
        ("ÈÉẺẼẸÊỀẾỂỄỆ", 'E'),
        ("ìíỉĩị", 'i'),
        ("ÌÍỈĨỊ", 'I'),
        ("òóỏõọôồốổỗộơờớởỡợ", 'o'),
        ("ÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ", 'O'),
        ("ùúủũụưừứửữự", 'u'),
        ("ÙÚỦŨỤƯỪỨỬỮỰ", 'U'),
        ("ỳýỷỹỵ", 'y'),
        ("ỲÝỶỸỴ", 'Y'),
        ("đ", 'd'),
        ("Đ", 'D'),
    ];
    // ASCII letters (most of every name and CSV cell) skip the search of the groups: a
    // unit of 10,000 folds its names and cells tens of thousands of times (issue 13).
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                return c;
            }
            GROUPS
                .iter()
                .find(|(g, _)| g.contains(c))
                .map_or(c, |(_, a)| *a)
        })
        .collect()
}

/// `tom-tat-khen-thuong-nguyen-thi-hoa-2026-11-22.json`: ASCII only, the name cut to
/// 60 characters; `date` is the proposal date (ISO).
pub fn file_name(name: &str, date: &str) -> String {
    let folded = ascii_fold(name).to_ascii_lowercase();
    let mut slug = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    // At most 60 characters of name, cut at a word boundary when there is one.
    if slug.len() > 60 {
        let cut = slug[..=60].rfind('-').filter(|&i| i > 20).unwrap_or(60);
        slug.truncate(cut);
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "ho-so" } else { slug };
    format!("tom-tat-khen-thuong-{slug}-{date}.json")
}

//! The loader of the law data (`build.rs`) refuses what must not be compiled in: a typo'd
//! key, an impossible date, a missing citation, an award file under another award's name.
//! Each case copies `standards/` to a temporary folder, breaks one file and reads the
//! build's message, which must name the file and the place inside it.

#[allow(dead_code)]
#[path = "../build.rs"]
mod build_script;

use std::path::{Path, PathBuf};

use serde_json::Value;

/// A copy of the project's `standards/` under a fresh temporary folder, removed on drop.
struct Copy(PathBuf);

impl Copy {
    fn new(tag: &str) -> Copy {
        let root = std::env::temp_dir().join(format!("kt-loader-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("standards"), &root.join("standards"));
        Copy(root)
    }

    /// Changes one JSON file of the copy.
    fn edit(&self, file: &str, f: impl FnOnce(&mut Value)) -> &Self {
        let path = self.0.join("standards").join(file);
        let mut v: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        f(&mut v);
        std::fs::write(&path, serde_json::to_string_pretty(&v).unwrap()).unwrap();
        self
    }

    /// The build's message for the copy, or `None` when it compiles.
    fn refusal(&self) -> Option<String> {
        quiet_expected_panics();
        let root = self.0.clone();
        EXPECTING.with(|x| x.set(true));
        let r = std::panic::catch_unwind(move || build_script::generate(&root));
        EXPECTING.with(|x| x.set(false));
        r.err().map(|e| {
            e.downcast_ref::<String>().cloned().unwrap_or_else(|| format!("{:?}", e.downcast_ref::<&str>()))
        })
    }
}

impl Drop for Copy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

thread_local! {
    static EXPECTING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The loader refuses by panicking: those expected panics stay silent, any other (a failed
/// assertion) is printed as usual.
fn quiet_expected_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !EXPECTING.with(|x| x.get()) {
                default(info)
            }
        }));
    });
}

#[test]
fn the_standards_as_they_are_compile() {
    let c = Copy::new("ok");
    assert_eq!(c.refusal(), None);
    let out = build_script::generate(&c.0);
    assert!(out.contains("pub static STANDARDS: Standards"));
    assert!(out.contains("Check::AnyOf"));
}

#[test]
fn an_unknown_key_is_refused_with_the_file_and_the_path() {
    let c = Copy::new("key");
    c.edit("awards/lao_dong_tien_tien.json", |v| {
        v["versions"][0]["criteria"][0]["citation"] = Value::from("typo of cite");
    });
    let m = c.refusal().expect("refused");
    assert!(m.starts_with("standards/awards/lao_dong_tien_tien.json: versions[0].criteria[0]"), "{m}");
    assert!(m.contains("unknown field \"citation\""), "{m}");
}

#[test]
fn an_impossible_date_is_refused() {
    let c = Copy::new("date");
    c.edit("rule_sets.json", |v| v[0]["to"] = Value::from("2025-02-30"));
    let m = c.refusal().expect("refused");
    assert!(m.contains("standards/rule_sets.json: [0].to"), "{m}");
    assert!(m.contains("impossible date \"2025-02-30\""), "{m}");
}

#[test]
fn a_criterion_without_its_citation_is_refused() {
    let c = Copy::new("cite");
    c.edit("awards/giay_khen.json", |v| {
        v["versions"][0]["criteria"][0].as_object_mut().unwrap().remove("cite");
    });
    let m = c.refusal().expect("refused");
    assert!(m.contains("standards/awards/giay_khen.json: versions[0].criteria[0]: missing field \"cite\""), "{m}");
}

#[test]
fn an_unknown_criterion_kind_is_refused() {
    let c = Copy::new("kind");
    c.edit("awards/giay_khen.json", |v| {
        v["versions"][0]["criteria"][0]["check"] = serde_json::json!({ "ratng": { "min": "htt" } });
    });
    let m = c.refusal().expect("refused");
    assert!(m.contains("unknown criterion kind \"ratng\""), "{m}");
}

#[test]
fn an_award_file_under_another_awards_name_is_refused() {
    let c = Copy::new("id");
    c.edit("awards/giay_khen.json", |v| v["id"] = Value::from("giay_khen_2"));
    let m = c.refusal().expect("refused");
    assert!(m.contains("id is \"giay_khen_2\", expected \"giay_khen\""), "{m}");
}

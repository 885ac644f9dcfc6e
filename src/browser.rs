//! The only code that touches the outside world: browser storage, files, downloads,
//! printing and today's date. Every function here fails softly: storage that is blocked
//! or full is reported as `Err`, never a panic, so the app keeps working in memory.

use chrono::NaiveDate;

pub mod db;
use wasm_bindgen::JsCast;

pub const STORAGE_KEY: &str = "kiem-tra-khen-thuong/v1";
pub const LANG_KEY: &str = "kiem-tra-khen-thuong/lang";
pub const UNIT_KEY: &str = "kiem-tra-khen-thuong/unit/v1";
pub const VIEW_KEY: &str = "kiem-tra-khen-thuong/view";
/// Set once the first-visit panel is dismissed.
pub const START_KEY: &str = "kiem-tra-khen-thuong/start-dismissed";

fn storage() -> Result<web_sys::Storage, ()> {
    web_sys::window()
        .ok_or(())?
        .local_storage()
        .map_err(|_| ())?
        .ok_or(())
}

/// Reads a stored string. `Err` when storage is unavailable (blocked, private mode).
pub fn load(key: &str) -> Result<Option<String>, ()> {
    storage()?.get_item(key).map_err(|_| ())
}

/// Stores a string. `Err` when storage is unavailable or full.
pub fn save(key: &str, value: &str) -> Result<(), ()> {
    storage()?.set_item(key, value).map_err(|_| ())
}

pub fn remove(key: &str) -> Result<(), ()> {
    storage()?.remove_item(key).map_err(|_| ())
}

pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

pub fn now_iso() -> String {
    // JavaScript's clock (UTC, ISO 8601): chrono's formatter would cost wasm size.
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Offers `text` as a file download named `file_name`.
pub fn download(file_name: &str, text: &str, mime: &str) {
    save_blob(file_name, gloo::file::Blob::new_with_options(text, Some(mime)));
}

fn save_blob(file_name: &str, blob: gloo::file::Blob) {
    let url = gloo::file::ObjectUrl::from(blob);
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(a) = document.create_element("a") else {
        return;
    };
    let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() else {
        return;
    };
    a.set_href(&url);
    a.set_download(file_name);
    a.click();
    // Keep the URL alive until the download has started.
    after(1_000, Box::new(move || drop(url)));
}

/// Runs `f` after `ms` milliseconds, in a task of its own. Every timer of the app goes
/// through here with one closure type: each closure type given to gloo's `Timeout` compiles
/// its own JS-closure glue (issue 13: download size).
pub fn after(ms: u32, f: Box<dyn FnOnce()>) {
    gloo::timers::callback::Timeout::new(ms, f).forget();
}

/// Saves bytes (a .docx) as a file, like `download`.
pub fn download_bytes(file_name: &str, bytes: &[u8], mime: &str) {
    let blob = gloo::file::Blob::new_with_options(bytes, Some(mime));
    save_blob(file_name, blob);
}

pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Asks for confirmation with the browser's own dialog.
pub fn confirm(message: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(message).ok())
        .unwrap_or(false)
}

/// Reads a chosen file as text; `done` receives the text or `Err` when unreadable.
/// The returned reader must be kept alive until `done` runs.
pub fn read_text(
    file: web_sys::File,
    done: impl FnOnce(Result<String, ()>) + 'static,
) -> gloo::file::callbacks::FileReader {
    read_blob(&gloo::file::File::from(file), Box::new(done))
}

/// Reads a file or blob (`db`: a unit kept in IndexedDB) as text. One reader for every
/// caller: each type of callback given to gloo's reader compiles its own copy (~1 kB).
pub fn read_blob(blob: &gloo::file::Blob, done: Box<dyn FnOnce(Result<String, ()>)>) -> gloo::file::callbacks::FileReader {
    gloo::file::callbacks::read_as_text(blob, move |res| done(res.map_err(|_| ())))
}

/// Sets `<html lang>` so screen readers and the browser know the language.
pub fn set_document_lang(code: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.set_attribute("lang", code);
    }
}

/// Sets `document.title` (it follows the interface language).
pub fn set_document_title(title: &str) {
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        d.set_title(title);
    }
}

/// Moves the keyboard focus to the element with this id (it must be focusable, e.g.
/// `tabindex="-1"`).
pub fn focus(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Whether the page was opened for embedding (`?embed=1`): no header, a narrow column.
pub fn embed_mode() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|q| q.trim_start_matches('?').split('&').any(|kv| kv == "embed=1" || kv == "embed"))
}

/// Tells the embedding page the document's height whenever it changes, as
/// `{ type: "khen-thuong:height", height }`, so the iframe can size itself. Only the
/// height is sent, so any parent origin may receive it.
pub fn report_height_to_parent() {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    if parent == window {
        return;
    }
    let Some(body) = window.document().and_then(|d| d.body()) else { return };
    let send = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
        let Some(w) = web_sys::window() else { return };
        let height = w.document().and_then(|d| d.document_element()).map(|e| e.scroll_height()).unwrap_or(0);
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"type".into(), &"khen-thuong:height".into());
        let _ = js_sys::Reflect::set(&msg, &"height".into(), &height.into());
        if let Ok(Some(p)) = w.parent() {
            let _ = p.post_message(&msg, "*");
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(send.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    // Lives as long as the page.
    send.forget();
}

/// Registers the service worker that keeps the app working offline after the first visit.
/// A failure (no sw.js, a browser without service workers) only means no offline copy.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else { return };
    if !js_sys::Reflect::has(&window.navigator(), &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let promise = window.navigator().service_worker().register("./sw.js");
    let ignore = wasm_bindgen::closure::Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(|_| {});
    let _ = promise.catch(&ignore);
    ignore.forget();
}

// ---- Data safety (issue 11): revisions shared between tabs, backups of unreadable data.

/// The revision key that goes with a data key: bumped by every save, so a tab can tell
/// that another tab wrote after it last read. Data saved before revisions has none (0).
pub fn rev_key(key: &str) -> String {
    format!("{key}/rev")
}

/// Where data that could not be read is kept, untouched, for the user to download.
pub fn backup_key(key: &str) -> String {
    format!("{key}/backup")
}

thread_local! {
    /// The revision of each key as this tab last read or wrote it.
    static KNOWN: std::cell::RefCell<Vec<(String, u64)>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn stored_rev(key: &str) -> Result<u64, ()> {
    Ok(load(&rev_key(key))?.and_then(|r| r.trim().parse().ok()).unwrap_or(0))
}

fn set_known(key: &str, rev: u64) {
    KNOWN.with(|k| {
        let mut k = k.borrow_mut();
        match k.iter_mut().find(|(name, _)| name == key) {
            Some(e) => e.1 = rev,
            None => k.push((key.to_string(), rev)),
        }
    });
}

fn known(key: &str) -> u64 {
    KNOWN.with(|k| k.borrow().iter().find(|(name, _)| name == key).map_or(0, |e| e.1))
}

/// Reads `key` and remembers its revision: later saves from this tab are refused if
/// another tab saved in between.
pub fn load_tracked(key: &str) -> Result<Option<String>, ()> {
    let rev = stored_rev(key)?;
    let text = load(key)?;
    set_known(key, rev);
    Ok(text)
}

/// Why a save did not happen.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum SaveError {
    /// Storage blocked or full.
    Unavailable,
    /// Another tab saved a newer revision since this tab read it: nothing was written.
    Newer,
}

/// Saves `text` under `key` unless another tab wrote a newer revision since this tab last
/// read or wrote it. Writing what is already stored is a no-op (no event to other tabs).
/// This is the app's one save path for profiles and units: a different store (IndexedDB for very large units) replaces it here.
pub fn save_tracked(key: &str, text: &str) -> Result<(), SaveError> {
    let out = save_tracked_inner(key, text);
    set_refused(key, out == Err(SaveError::Newer));
    out
}

fn save_tracked_inner(key: &str, text: &str) -> Result<(), SaveError> {
    let rev = stored_rev(key).map_err(|_| SaveError::Unavailable)?;
    if load(key).map_err(|_| SaveError::Unavailable)?.as_deref() == Some(text) {
        set_known(key, rev);
        return Ok(());
    }
    if rev != known(key) {
        return Err(SaveError::Newer);
    }
    save(key, text).map_err(|_| SaveError::Unavailable)?;
    save(&rev_key(key), &(rev + 1).to_string()).map_err(|_| SaveError::Unavailable)?;
    set_known(key, rev + 1);
    Ok(())
}

thread_local! {
    /// Keys whose last save was refused because another tab wrote newer data: this tab
    /// holds changes that are not stored, so it must not silently follow the other tab.
    static REFUSED: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn set_refused(key: &str, refused: bool) {
    REFUSED.with(|r| {
        let mut r = r.borrow_mut();
        r.retain(|k| k != key);
        if refused {
            r.push(key.to_string());
        }
    });
}

/// Whether this tab's last save of `key` was refused (it holds unsaved changes).
pub fn refused(key: &str) -> bool {
    REFUSED.with(|r| r.borrow().iter().any(|k| k == key))
}

/// Keeps an unreadable stored value under the backup key (an older backup is never
/// overwritten: a second one goes under `…/backup-2` and so on). Returns the key used.
pub fn keep_backup(key: &str, text: &str) -> Option<String> {
    let base = backup_key(key);
    for n in 1..100 {
        let k = if n == 1 { base.clone() } else { format!("{base}-{n}") };
        match load(&k) {
            Ok(Some(t)) if t == text => return Some(k),
            Ok(Some(_)) => continue,
            Ok(None) => return save(&k, text).ok().map(|_| k),
            Err(()) => return None,
        }
    }
    None
}

/// Calls `changed(key)` whenever another tab changes stored data (the `storage` event).
pub fn on_storage_change(changed: impl Fn(String) + 'static) {
    let Some(window) = web_sys::window() else { return };
    let f = wasm_bindgen::closure::Closure::<dyn Fn(wasm_bindgen::JsValue)>::new(move |e: wasm_bindgen::JsValue| {
        // `key` is null when another tab cleared all storage.
        let key = js_sys::Reflect::get(&e, &"key".into()).ok().and_then(|k| k.as_string());
        changed(key.unwrap_or_default())
    });
    let _ = window.add_event_listener_with_callback("storage", f.as_ref().unchecked_ref());
    f.forget();
}

/// Shows the static error panel of `index.html` (used by the panic hook).
pub fn show_fatal() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("fatal"))
    {
        let _ = el.remove_attribute("hidden");
    }
}

/// Calls `printing(true)` on the browser's `beforeprint` event and `printing(false)` on
/// `afterprint`, for the app's lifetime: the browser's own print command (Ctrl+P) then
/// gets the same printed unit list as the "In danh sách" button. The list is rendered in
/// the microtask that follows the event, before the browser lays out the pages.
pub fn on_print(printing: impl Fn(bool) + 'static) {
    let Some(window) = web_sys::window() else { return };
    let printing = std::rc::Rc::new(printing);
    for (event, on) in [("beforeprint", true), ("afterprint", false)] {
        let p = printing.clone();
        let f = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || p(on));
        let _ = window.add_event_listener_with_callback(event, f.as_ref().unchecked_ref());
        f.forget();
    }
}

//! IndexedDB, for what local storage cannot hold: a unit of thousands of candidates
//! (about 1 MB per 1,000; browsers give local storage about 5 MB). One database, one
//! object store of strings by key. Everything is asynchronous (callbacks) and fails
//! softly: a blocked or missing IndexedDB gives `Err(())`, never a panic.

use js_sys::{Function, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

const DB_NAME: &str = "kiem-tra-khen-thuong";
const STORE: &str = "data";

// The few IndexedDB calls go through `Reflect` and `Function::call*` rather than web-sys's
// typed bindings: each typed method is an import with its own glue, and together they cost
// about 3 kB brotli of the 220 kB budget; these generic calls are shared.

fn prop(o: &JsValue, name: &str) -> JsValue {
    Reflect::get(o, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// `o.method(args…)`; `Err` when it is missing or throws.
fn call(o: &JsValue, method: &str, a: &JsValue, b: Option<&JsValue>) -> Result<JsValue, ()> {
    let f: Function = prop(o, method).dyn_into().map_err(|_| ())?;
    match b {
        None => f.call1(o, a),
        Some(b) => f.call2(o, a, b),
    }
    .map_err(|_| ())
}

/// Runs `f` once, with whether `target`'s `ok` event (success, complete) fired before its
/// `err` event (error, abort…).
fn once(target: &JsValue, ok: &str, err: &str, f: impl FnOnce(bool) + 'static) {
    let f = std::rc::Rc::new(std::cell::Cell::new(Some(Box::new(f) as Box<dyn FnOnce(bool)>)));
    for (name, success) in [(ok, true), (err, false)] {
        let f = f.clone();
        let cb = Closure::once_into_js(move |_: JsValue| {
            if let Some(f) = f.take() {
                f(success)
            }
        });
        let _ = Reflect::set(target, &JsValue::from_str(&format!("on{name}")), &cb);
    }
}

/// Opens the database (creating its store the first time); `done` gets the database.
fn open(done: impl FnOnce(Result<JsValue, ()>) + 'static) {
    let Some(window) = web_sys::window() else { return done(Err(())) };
    let factory = prop(&window, "indexedDB");
    let Ok(req) = call(&factory, "open", &JsValue::from_str(DB_NAME), Some(&JsValue::from_f64(1.0))) else {
        return done(Err(()));
    };
    let r = req.clone();
    let upgrade = Closure::once_into_js(move |_: JsValue| {
        let _ = call(&prop(&r, "result"), "createObjectStore", &JsValue::from_str(STORE), None);
    });
    let _ = Reflect::set(&req, &JsValue::from_str("onupgradeneeded"), &upgrade);
    let r = req.clone();
    once(&req, "success", "error", move |ok| done(if ok { Ok(prop(&r, "result")) } else { Err(()) }));
}

/// A transaction on the store and the store: `mode` is "readonly" or "readwrite".
fn store(db: &JsValue, mode: &str) -> Result<(JsValue, JsValue), ()> {
    let tx = call(db, "transaction", &JsValue::from_str(STORE), Some(&JsValue::from_str(mode)))?;
    let store = call(&tx, "objectStore", &JsValue::from_str(STORE), None)?;
    Ok((tx, store))
}

fn close(db: &JsValue) {
    if let Ok(f) = prop(db, "close").dyn_into::<Function>() {
        let _ = f.call0(db);
    }
}

/// Stores `value` under `key`; `done` runs when it is on disk (the transaction completed).
/// Stored as a `Blob` of its UTF-8 bytes: a 10 MB string turned into a JS string and then
/// cloned by `put` took one task of 150–350 ms; a Blob is one copy of the bytes, and the
/// browser writes it to disk off the page's thread.
pub fn put(key: &str, value: String, done: impl FnOnce(Result<(), ()>) + 'static) {
    let key = key.to_string();
    open(move |db| {
        let Ok(db) = db else { return done(Err(())) };
        let Ok((tx, store)) = store(&db, "readwrite") else { return done(Err(())) };
        let blob: JsValue = gloo::file::Blob::new(value.as_str()).into();
        if call(&store, "put", &blob, Some(&JsValue::from_str(&key))).is_err() {
            return done(Err(()));
        }
        drop(value);
        once(&tx, "complete", "error", move |ok| {
            close(&db);
            done(if ok { Ok(()) } else { Err(()) })
        });
    });
}

/// Reads the text under `key` (`Ok(None)` when there is none): a Blob (`put`) is read
/// asynchronously; a string (saved by an earlier version) is taken as it is.
pub fn get(key: &str, done: impl FnOnce(Result<Option<String>, ()>) + 'static) {
    let key = key.to_string();
    open(move |db| {
        let Ok(db) = db else { return done(Err(())) };
        let Ok((_, store)) = store(&db, "readonly") else { return done(Err(())) };
        let Ok(req) = call(&store, "get", &JsValue::from_str(&key), None) else { return done(Err(())) };
        let r = req.clone();
        once(&req, "success", "error", move |ok| {
            close(&db);
            if !ok {
                return done(Err(()));
            }
            let value = prop(&r, "result");
            if !value.is_instance_of::<web_sys::Blob>() {
                return done(Ok(value.as_string()));
            }
            // Read as bytes, not as text: a 10 MB text came into the app as a JS string
            // copied to UTF-8 in one task of 100–200 ms; the bytes are copied as they are
            // (then checked as UTF-8).
            // One function for both ends of the promise: the bytes, or the reason it failed.
            let read = Closure::once_into_js(move |buf: JsValue| {
                // An ArrayBuffer has a byte length; the reason of a failure has none.
                let bytes = prop(&buf, "byteLength").as_f64().map(|_| js_sys::Uint8Array::new(&buf).to_vec());
                done(bytes.and_then(|b| String::from_utf8(b).ok()).map(Some).ok_or(()));
            });
            if call(&value, "arrayBuffer", &JsValue::UNDEFINED, None).and_then(|p| call(&p, "then", &read, Some(&read))).is_err() {
                // No promise to wait for: the function is told so at once.
                let _ = read.unchecked_ref::<Function>().call1(&JsValue::NULL, &JsValue::UNDEFINED);
            }
        });
    });
}

/// Deletes the string under `key`, if any (errors ignored: there is nothing to tell).
pub fn delete(key: &str) {
    let key = key.to_string();
    open(move |db| {
        let Ok(db) = db else { return };
        if let Ok((tx, store)) = store(&db, "readwrite") {
            let _ = call(&store, "delete", &JsValue::from_str(&key), None);
            once(&tx, "complete", "error", move |_| close(&db));
        }
    });
}

// ---- Local storage first, IndexedDB when it does not fit.

/// The local-storage key that says `key`'s value lives in IndexedDB.
fn marker(key: &str) -> String {
    format!("{key}/in-db")
}

/// Whether `key`'s value was last saved in IndexedDB (then local storage has none).
pub fn spilled(key: &str) -> bool {
    super::load(&marker(key)).ok().flatten().is_some()
}

/// Stores `text` under `key` in IndexedDB (local storage could not hold it), then drops
/// the older copy in local storage and leaves a marker there, so the next start reads
/// IndexedDB. `done` gets `Err` when neither can hold it.
pub fn spill(key: &'static str, text: String, done: impl FnOnce(Result<(), ()>) + 'static) {
    put(key, text, move |r| {
        done(r.and_then(|()| {
            // The older, smaller copy in local storage is stale now.
            let _ = super::remove(key);
            super::save(&marker(key), "1")
        }))
    });
}

/// `key` was saved in local storage again: the IndexedDB copy and its marker go.
pub fn unspill(key: &str) {
    if spilled(key) {
        let _ = super::remove(&marker(key));
        delete(key);
    }
}

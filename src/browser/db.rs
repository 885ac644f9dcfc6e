//! IndexedDB, for what local storage cannot hold: a unit of thousands of candidates
//! (about 1 MB per 1,000; browsers give local storage about 5 MB). One database, one
//! object store of strings by key. Everything is asynchronous (callbacks) and fails
//! softly: a blocked or missing IndexedDB gives `Err(())`, never a panic.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransactionMode};

const DB_NAME: &str = "kiem-tra-khen-thuong";
const STORE: &str = "data";

/// Runs `f` once when `target`'s event named `ok` or `err` fires (success/error,
/// complete/error…), with whether it was `ok`.
fn once(target: &web_sys::EventTarget, ok: &str, err: &str, f: impl FnOnce(bool) + 'static) {
    let f = std::rc::Rc::new(std::cell::Cell::new(Some(Box::new(f) as Box<dyn FnOnce(bool)>)));
    for (name, success) in [(ok, true), (err, false)] {
        let f = f.clone();
        let cb = Closure::once_into_js(move |_: JsValue| {
            if let Some(f) = f.take() {
                f(success)
            }
        });
        let _ = target.add_event_listener_with_callback(name, cb.unchecked_ref());
    }
}

fn open(done: impl FnOnce(Result<IdbDatabase, ()>) + 'static) {
    let req = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .and_then(|f| f.open_with_u32(DB_NAME, 1).ok());
    let Some(req) = req else { return done(Err(())) };
    // First open: create the store.
    let upgrade = Closure::once_into_js(move |e: web_sys::Event| {
        let db = e
            .target()
            .and_then(|t| t.dyn_into::<IdbOpenDbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|r| r.dyn_into::<IdbDatabase>().ok());
        if let Some(db) = db {
            let _ = db.create_object_store(STORE);
        }
    });
    req.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    let r = req.clone();
    once(&req, "success", "error", move |ok| {
        let db = r.result().ok().and_then(|v| v.dyn_into::<IdbDatabase>().ok());
        done(match (ok, db) {
            (true, Some(db)) => Ok(db),
            _ => Err(()),
        })
    });
}

fn store(db: &IdbDatabase, mode: IdbTransactionMode) -> Option<(web_sys::IdbTransaction, web_sys::IdbObjectStore)> {
    let tx = db.transaction_with_str_and_mode(STORE, mode).ok()?;
    let store = tx.object_store(STORE).ok()?;
    Some((tx, store))
}

/// Stores `value` under `key`; `done` runs when it is on disk (the transaction completed).
pub fn put(key: &str, value: String, done: impl FnOnce(Result<(), ()>) + 'static) {
    let key = key.to_string();
    open(move |db| {
        let Ok(db) = db else { return done(Err(())) };
        let Some((tx, store)) = store(&db, IdbTransactionMode::Readwrite) else { return done(Err(())) };
        if store.put_with_key(&JsValue::from_str(&value), &JsValue::from_str(&key)).is_err() {
            return done(Err(()));
        }
        drop(value);
        once(&tx, "complete", "error", move |ok| {
            db.close();
            done(if ok { Ok(()) } else { Err(()) })
        });
    });
}

/// Reads the string under `key` (`Ok(None)` when there is none).
pub fn get(key: &str, done: impl FnOnce(Result<Option<String>, ()>) + 'static) {
    let key = key.to_string();
    open(move |db| {
        let Ok(db) = db else { return done(Err(())) };
        let Some((_, store)) = store(&db, IdbTransactionMode::Readonly) else { return done(Err(())) };
        let Ok(req) = store.get(&JsValue::from_str(&key)) else { return done(Err(())) };
        let r: IdbRequest = req.clone();
        once(&req, "success", "error", move |ok| {
            db.close();
            done(match ok {
                true => Ok(r.result().ok().and_then(|v| v.as_string())),
                false => Err(()),
            })
        });
    });
}

/// Deletes the string under `key`, if any (errors ignored: there is nothing to tell).
pub fn delete(key: &str) {
    let key = key.to_string();
    open(move |db| {
        let Ok(db) = db else { return };
        if let Some((tx, store)) = store(&db, IdbTransactionMode::Readwrite) {
            let _ = store.delete(&JsValue::from_str(&key));
            once(&tx, "complete", "error", move |_| db.close());
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

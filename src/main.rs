//! Browser entry point: replaces the static shell of `index.html` with the Yew app.
//! On a native host there is nothing to run.

#[cfg(target_arch = "wasm32")]
fn main() {
    // A panic shows the static error panel of index.html (the release build aborts after
    // the hook, which surfaces in JS as a trap the loader also catches). Through Yew's own
    // setter: `Renderer::render` replaces any hook set with `std::panic::set_hook`.
    yew::set_custom_panic_hook(Box::new(|_| khen_thuong::browser::show_fatal()));
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    if let Some(shell) = document.get_element_by_id("shell") {
        shell.remove();
    }
    // Yew empties the element it mounts into, so the app gets an element of its own: the
    // static error panel of index.html (#fatal, above the app, sticky) must stay in the page.
    let root = document.create_element("div").expect("a div");
    let _ = document.body().expect("a body").append_child(&root);
    yew::Renderer::<khen_thuong::ui::app::App>::with_root(root).render();
    khen_thuong::browser::register_service_worker();
    if khen_thuong::browser::embed_mode() {
        khen_thuong::browser::report_height_to_parent();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The app runs in the browser; use the `khen-thuong` binary on the command line.");
}

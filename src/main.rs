//! Browser entry point: mounts the Yew app. On a native host there is nothing to run.

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<khen_thuong::ui::app::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The app runs in the browser; use the `khen-thuong` binary on the command line.");
}

//! Command-line entry point (native only): the program itself is in `khen-thuong/cli.rs`.
//! `cargo test --target wasm32-unknown-unknown` builds every binary of the package for
//! wasm32 too, where the CLI's native-only dependencies (rayon, serde_json's raw values)
//! do not exist; there this binary is an empty `main`.

#[cfg(not(target_arch = "wasm32"))]
#[path = "khen-thuong/cli.rs"]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
#[path = "khen-thuong/alloc.rs"]
mod alloc;

/// A result is hundreds of small strings: mimalloc makes the engine about a quarter faster
/// than glibc's allocator (`cargo bench --bench evaluate` uses it too), and its per-thread
/// heaps suit rayon's workers.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOC: alloc::Mi = alloc::Mi;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

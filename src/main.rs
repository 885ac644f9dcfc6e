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

/// The browser build's allocator: blocks of power-of-two sizes, a free list per size, new
/// blocks taken from fresh wasm pages. It replaces std's dlmalloc (about 2.5 kB brotli of
/// the download, README "Numbers") at the cost of up to twice the memory of what is
/// allocated (blocks are rounded up and never merged). Single-threaded, as wasm32 here is.
#[cfg(target_arch = "wasm32")]
mod heap {
    use std::alloc::{GlobalAlloc, Layout};
    use std::arch::wasm32;
    use std::cell::UnsafeCell;

    const PAGE: usize = 65536;

    pub struct Heap(UnsafeCell<State>);

    struct State {
        /// Head of the free list of blocks of 2^i bytes (0: empty); a free block holds
        /// the address of the next.
        free: [usize; 32],
        /// Untouched memory: `next..end`.
        next: usize,
        end: usize,
    }

    // SAFETY: wasm32-unknown-unknown without threads: one thread only.
    unsafe impl Sync for Heap {}

    #[global_allocator]
    static HEAP: Heap = Heap(UnsafeCell::new(State { free: [0; 32], next: 0, end: 0 }));

    /// The size class of a layout: i with 2^i ≥ size, align and a pointer's size.
    fn class(l: Layout) -> usize {
        let s = l.size().max(l.align()).max(8);
        (usize::BITS - (s - 1).leading_zeros()) as usize
    }

    unsafe impl GlobalAlloc for Heap {
        unsafe fn alloc(&self, l: Layout) -> *mut u8 {
            let st = &mut *self.0.get();
            let c = class(l);
            if c >= 31 || l.align() > PAGE {
                return std::ptr::null_mut();
            }
            let head = st.free[c];
            if head != 0 {
                st.free[c] = *(head as *const usize);
                return head as *mut u8;
            }
            let size = 1usize << c;
            let align = size.min(PAGE);
            let mut start = (st.next + align - 1) & !(align - 1);
            if st.end == 0 || start + size > st.end {
                // At least 1 MiB at a time: each `memory.grow` makes the JS side renew its
                // views of the memory, and growing page by page made a 1,000-candidate import slower.
                let pages = ((size + align + PAGE - 1) / PAGE).max(16);
                let base = wasm32::memory_grow(0, pages);
                if base == usize::MAX {
                    return std::ptr::null_mut();
                }
                let base = base * PAGE;
                if base != st.end {
                    // Not contiguous with our previous pages (the first call): start anew.
                    st.next = base;
                }
                st.end = base + pages * PAGE;
                start = (st.next + align - 1) & !(align - 1);
            }
            st.next = start + size;
            start as *mut u8
        }

        unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
            let st = &mut *self.0.get();
            let c = class(l);
            *(p as *mut usize) = st.free[c];
            st.free[c] = p as usize;
        }

        unsafe fn realloc(&self, p: *mut u8, l: Layout, new_size: usize) -> *mut u8 {
            let new = Layout::from_size_align_unchecked(new_size, l.align());
            if class(new) == class(l) {
                return p;
            }
            let q = self.alloc(new);
            if !q.is_null() {
                std::ptr::copy_nonoverlapping(p, q, l.size().min(new_size));
                self.dealloc(p, l);
            }
            q
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The app runs in the browser; use the `khen-thuong` binary on the command line.");
}

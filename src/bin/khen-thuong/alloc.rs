//! The allocator of the command line and of the engine benchmark: mimalloc, asked through
//! its plain entry points whenever the alignment is one those give anyway. (The `mimalloc`
//! crate always takes the aligned ones, about ten instructions more per call; a result is
//! hundreds of small strings.) Native only.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as mi;

/// The alignment every mimalloc block of at least this size has (`MI_MAX_ALIGN_SIZE`).
const MIN_ALIGN: usize = 16;

pub struct Mi;

/// Whether `mi_malloc` and `mi_realloc` already align a block of `size` to `align`: up to
/// 16, and not above the size (a smaller block may sit at any multiple of 8).
#[inline]
fn plain(align: usize, size: usize) -> bool {
    align <= MIN_ALIGN && align <= size
}

// SAFETY: every block comes from mimalloc and goes back to it (`mi_free` takes blocks of
// either entry point); the aligned entry points are used whenever `plain` does not hold.
unsafe impl GlobalAlloc for Mi {
    #[inline]
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        unsafe {
            if plain(l.align(), l.size()) {
                mi::mi_malloc(l.size()) as *mut u8
            } else {
                mi::mi_malloc_aligned(l.size(), l.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
        unsafe {
            if plain(l.align(), l.size()) {
                mi::mi_zalloc(l.size()) as *mut u8
            } else {
                mi::mi_zalloc_aligned(l.size(), l.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, p: *mut u8, _: Layout) {
        unsafe { mi::mi_free(p as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new_size: usize) -> *mut u8 {
        unsafe {
            if plain(l.align(), new_size) {
                mi::mi_realloc(p as *mut c_void, new_size) as *mut u8
            } else {
                mi::mi_realloc_aligned(p as *mut c_void, new_size, l.align()) as *mut u8
            }
        }
    }
}

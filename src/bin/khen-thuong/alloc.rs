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

/// A new block for `l` from mimalloc's plain entry point, or its aligned one when `plain`
/// does not hold (`alloc` and `alloc_zeroed` differ only in the pair they pass).
#[inline(always)]
unsafe fn block(
    l: Layout,
    any: unsafe extern "C" fn(usize) -> *mut c_void,
    aligned: unsafe extern "C" fn(usize, usize) -> *mut c_void,
) -> *mut u8 {
    unsafe {
        if plain(l.align(), l.size()) {
            any(l.size()) as *mut u8
        } else {
            aligned(l.size(), l.align()) as *mut u8
        }
    }
}

// SAFETY: every block comes from mimalloc and goes back to it (`mi_free` takes blocks of
// either entry point); the aligned entry points are used whenever `plain` does not hold.
unsafe impl GlobalAlloc for Mi {
    #[inline]
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        unsafe { block(l, mi::mi_malloc, mi::mi_malloc_aligned) }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
        unsafe { block(l, mi::mi_zalloc, mi::mi_zalloc_aligned) }
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

//! One stable sort for the whole crate.
//!
//! Why not `slice::sort_by`: every call site compiles its own copy of the standard sort,
//! about 3 kB of wasm each. Here a single non-generic merge sort orders indices; each
//! call site adds only its comparison and a permutation. Stable: equal elements keep
//! their order, which the canonical ordering of facts relies on.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, stable, in O(n log n) comparisons.
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_indices(v.len(), &|a, b| cmp(&v[a], &v[b]));
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `v` by the key `key` (computed for each comparison: keep it cheap).
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// The indices `0..n` in the stable order given by `cmp`: a bottom-up merge sort.
fn sorted_indices(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut from: Vec<usize> = (0..n).collect();
    let mut to = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut l, mut r) = (start, mid);
            for slot in &mut to[start..end] {
                // Take from the left run unless the right one is strictly smaller (stability).
                let left = r >= end || (l < mid && cmp(from[l], from[r]) != Ordering::Greater);
                if left {
                    *slot = from[l];
                    l += 1;
                } else {
                    *slot = from[r];
                    r += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    from
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort_and_keeps_equal_elements_in_order() {
        // Pairs (key, original position) with many equal keys, every length up to 70.
        for n in 0..70usize {
            let v: Vec<(u32, usize)> = (0..n).map(|i| (((i * 7919) % 13) as u32, i)).collect();
            let mut ours = v.clone();
            sort_by_key(&mut ours, |p| p.0);
            let mut std = v.clone();
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std, "n = {n}");
        }
    }
}

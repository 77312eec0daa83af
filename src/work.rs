//! A count of the work done where the code promises to stay linear in its input: `Env` lookups
//! (the sibling comparison over Compose services and Kubernetes containers, the `.env` checks),
//! the lint's line index, and `mask_in_text`. Tests double an input and check that the work at
//! most doubles, plus a constant, instead of timing it. Counted only in test builds: elsewhere
//! [`add`] does nothing and costs nothing.

#[cfg(test)]
thread_local! {
    static UNITS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Adds `n` units of work (steps taken or bytes visited) to this thread's count, in test builds.
#[inline(always)]
pub(crate) fn add(n: usize) {
    #[cfg(test)]
    UNITS.with(|u| u.set(u.get() + n as u64));
    #[cfg(not(test))]
    let _ = n;
}

/// Runs `f` and returns its result with the work it counted on this thread.
#[cfg(test)]
pub(crate) fn counted<T>(f: impl FnOnce() -> T) -> (T, u64) {
    let before = UNITS.with(std::cell::Cell::get);
    let out = f();
    (out, UNITS.with(std::cell::Cell::get) - before)
}

/// Panics unless `run(2n)` counts at most twice the work of `run(n)` plus `constant`, and some
/// work at all (a counter nobody calls proves nothing). Returns the two counts.
#[cfg(test)]
pub(crate) fn assert_linear<T>(
    what: &str,
    n: usize,
    constant: u64,
    run: impl Fn(usize) -> T,
) -> (u64, u64) {
    let (_, w1) = counted(|| run(n));
    let (_, w2) = counted(|| run(2 * n));
    assert!(w1 > 0, "{what}: no work counted");
    assert!(
        w2 <= 2 * w1 + constant,
        "{what}: work {w1} for {n}, {w2} for {}",
        2 * n
    );
    (w1, w2)
}

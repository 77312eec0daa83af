//! The lint of the sources a walk found: read and linted in batches, so memory holds one batch
//! of texts and the findings, not the tree, on as many threads as the machine has cores (at
//! most 4). Reports are combined in batch order, so the result is the same however the batches
//! were shared out.

use credcheck::finding::Report;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Texts read per batch.
const BATCH_BYTES: u64 = 1 << 20;
const BATCH_FILES: usize = 200;
/// Below this much source, one thread.
const PARALLEL_MIN_BYTES: u64 = 4 << 20;

/// A source to lint: where to read it, the path findings show, and its size.
pub struct Source {
    pub path: PathBuf,
    pub show: String,
    pub size: u64,
}

/// What one batch gives: the report, the files linted, and `(show, reason)` of those unreadable.
type BatchResult = (Report, usize, Vec<(String, String)>);

fn lint_batch(batch: &[Source], root_len: usize) -> BatchResult {
    let mut texts: Vec<(&str, String)> = Vec::with_capacity(batch.len());
    let mut unread = Vec::new();
    for s in batch {
        match std::fs::read(&s.path) {
            // Invalid UTF-8 is replaced, not refused: the lint still reads the rest of the file.
            Ok(bytes) => texts.push((&s.show, String::from_utf8_lossy(&bytes).into_owned())),
            Err(e) => unread.push((s.show.clone(), e.to_string())),
        }
    }
    let count = texts.len();
    let report = credcheck::lint::lint_batch(texts.iter().map(|(p, t)| (*p, t.as_str())), root_len);
    (report, count, unread)
}

/// Lints `sources` and returns the reports in order, the count of files linted, and the files
/// that could not be read with why.
pub fn lint(sources: &[Source]) -> (Vec<Report>, usize, Vec<(String, String)>) {
    let shows: Vec<&str> = sources.iter().map(|s| s.show.as_str()).collect();
    let root_len = credcheck::samples::common_root_len(&shows);
    let mut batches: Vec<&[Source]> = Vec::new();
    let (mut start, mut bytes) = (0, 0);
    for (i, s) in sources.iter().enumerate() {
        if i > start && (bytes + s.size > BATCH_BYTES || i - start >= BATCH_FILES) {
            batches.push(&sources[start..i]);
            (start, bytes) = (i, 0);
        }
        bytes += s.size;
    }
    if start < sources.len() {
        batches.push(&sources[start..]);
    }
    let total: u64 = sources.iter().map(|s| s.size).sum();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads = if total < PARALLEL_MIN_BYTES {
        1
    } else {
        cores.clamp(1, 4).min(batches.len().max(1))
    };
    let results: Vec<BatchResult> = if threads <= 1 {
        batches.iter().map(|b| lint_batch(b, root_len)).collect()
    } else {
        let next = AtomicUsize::new(0);
        let mut done: Vec<(usize, BatchResult)> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..threads)
                .map(|_| {
                    scope.spawn(|| {
                        let mut mine = Vec::new();
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            let Some(batch) = batches.get(i) else { break };
                            mine.push((i, lint_batch(batch, root_len)));
                        }
                        mine
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_default())
                .collect()
        });
        done.sort_by_key(|(i, _)| *i);
        // A thread that panicked left its batches out: lint them here (a panic again is the
        // caller's, as it would be on one thread).
        let mut out = Vec::with_capacity(batches.len());
        let mut got = done.into_iter().peekable();
        for (i, batch) in batches.iter().enumerate() {
            match got.next_if(|(j, _)| *j == i) {
                Some((_, r)) => out.push(r),
                None => out.push(lint_batch(batch, root_len)),
            }
        }
        out
    };
    let mut reports = Vec::with_capacity(results.len());
    let mut count = 0;
    let mut unread = Vec::new();
    for (report, n, u) in results {
        reports.push(report);
        count += n;
        unread.extend(u);
    }
    (reports, count, unread)
}

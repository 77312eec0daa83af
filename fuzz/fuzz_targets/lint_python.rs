//! Python sources through the lint (ruff's parser).
#![no_main]

use credcheck::lint::lint_source;
use credcheck_fuzz::{fill, render_checked};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let data = fill(data);
    let text = String::from_utf8_lossy(&data);
    let findings = lint_source("tasks.py", &text).expect("a .py path is linted");
    render_checked(&text, findings);
});

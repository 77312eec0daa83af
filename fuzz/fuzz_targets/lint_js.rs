//! JavaScript and TypeScript sources through the lint (oxc), as TS and as JSX.
#![no_main]

use credcheck::lint::lint_source;
use credcheck_fuzz::{fill, render_checked};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let data = fill(data);
    let text = String::from_utf8_lossy(&data);
    let mut findings = Vec::new();
    for path in ["src/server.ts", "src/App.jsx"] {
        findings.extend(lint_source(path, &text).expect("a JS/TS path is linted"));
    }
    render_checked(&text, findings);
});

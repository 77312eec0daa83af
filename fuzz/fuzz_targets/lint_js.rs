//! JavaScript and TypeScript sources through the lint (oxc), as TS and as JSX.
#![no_main]

use credcheck::lint::lint_source;
use credcheck::Report;
use credcheck_fuzz::{fill, render_all};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let data = fill(data);
    let text = String::from_utf8_lossy(&data);
    for path in ["src/server.ts", "src/App.jsx"] {
        let findings = lint_source(path, &text).expect("a JS/TS path is linted");
        render_all(&Report::new(findings, Vec::new()));
    }
});

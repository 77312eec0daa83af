//! Several files through one `Scanner`, so the cross-file checks run (siblings across Compose
//! services and Kubernetes workloads, configs against the `.env` files beside them, `.env`
//! files against each other). Input: files separated by NUL bytes, each starting with its path
//! on the first line (fuzz/seed.mjs writes the fixture directories in this form).
#![no_main]

use credcheck::scan::Scanner;
use credcheck_fuzz::{assert_no_leak, fill, keys_in, render_all};
use libfuzzer_sys::fuzz_target;

/// More files add little but time.
const MAX_FILES: usize = 16;

fuzz_target!(|data: &[u8]| {
    let data = fill(data);
    let mut scanner = Scanner::new();
    for (i, file) in data.split(|&b| b == 0).take(MAX_FILES).enumerate() {
        let (path, body) = match file.iter().position(|&b| b == b'\n') {
            Some(n) => (&file[..n], &file[n + 1..]),
            None => (file, &[][..]),
        };
        let path = String::from_utf8_lossy(&path[..path.len().min(200)]);
        let path = if path.trim().is_empty() {
            format!("dir{i}/config.yaml")
        } else {
            path.into_owned()
        };
        scanner.add(&path, body, None);
    }
    let outputs = render_all(&scanner.finish());
    let text = String::from_utf8_lossy(&data);
    assert_no_leak(&text, &keys_in(&text), &outputs);
});

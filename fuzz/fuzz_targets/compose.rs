//! Docker Compose files, with the kind given and recognised.
#![no_main]

use credcheck::scan::Kind;
use credcheck_fuzz::{check_file, fill, render_checked};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let data = fill(data);
    let text = String::from_utf8_lossy(&data);
    let mut findings = check_file("docker-compose.yml", &data, None);
    findings.extend(check_file("deploy.yaml", &data, Some(Kind::Compose)));
    render_checked(&text, findings);
});

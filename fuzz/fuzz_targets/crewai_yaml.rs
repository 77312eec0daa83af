//! CrewAI `agents.yaml` / `crew.yaml`, and client parameters saved as YAML.
#![no_main]

use credcheck::scan::Kind;
use credcheck_fuzz::{check_file, fill, render_checked};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let data = fill(data);
    let text = String::from_utf8_lossy(&data);
    let mut findings = check_file("agents.yaml", &data, Some(Kind::Crewai));
    findings.extend(check_file(
        "embedding.yaml",
        &data,
        Some(Kind::ClientParams),
    ));
    render_checked(&text, findings);
});

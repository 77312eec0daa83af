//! AutoGen configs as JSON: `OAI_CONFIG_LIST` and component JSON by their kinds, client
//! parameters, and the same bytes with no kind given (recognised from name and content).
#![no_main]

use credcheck::scan::Kind;
use credcheck_fuzz::{check_file, fill, render_checked};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let data = fill(data);
    let text = String::from_utf8_lossy(&data);
    let mut findings = check_file("OAI_CONFIG_LIST", &data, Some(Kind::OaiConfigList));
    findings.extend(check_file(
        "model_client.json",
        &data,
        Some(Kind::AutogenComponent),
    ));
    findings.extend(check_file("llm.json", &data, Some(Kind::ClientParams)));
    findings.extend(check_file("config.json", &data, None));
    render_checked(&text, findings);
});

//! Docker Compose files, with the kind given and recognised.
#![no_main]

use credcheck::scan::Kind;
use credcheck_fuzz::{check_file, fill};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let data = fill(data);
    check_file("docker-compose.yml", &data, None);
    check_file("deploy.yaml", &data, Some(Kind::Compose));
});

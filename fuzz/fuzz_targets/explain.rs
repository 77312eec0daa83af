//! Error texts: `explain` and its text rendering. No run of 8 characters of a well-formed key in
//! the text (written once) may appear in the explanation past its pinned prefix.
#![no_main]

use credcheck::explain;
use credcheck_fuzz::{assert_no_leak, fill, keys_in};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let data = fill(data);
    let text = String::from_utf8_lossy(&data);
    let e = explain::explain(&text);
    let rendered = explain::text(&e);
    let json = serde_json::to_string(&e).expect("an explanation serializes");
    assert_no_leak(&text, &keys_in(&text), &[rendered, json]);
});

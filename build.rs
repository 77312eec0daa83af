//! Bakes the provider catalog at build time: `providers.json` is read into the catalog types (the
//! same `src/catalog/types.rs` and `baked.rs` the crate uses) and written as one Rust static,
//! `OUT_DIR/catalog.rs`, with `databake`. The binary reads that data in place, so the startup check
//! neither parses JSON nor allocates for the catalog (a serverless cold start pays for both).
//! A `providers.json` that does not match the types fails the build here, naming the error.

#[allow(dead_code)]
#[path = "src/catalog/baked.rs"]
mod baked;
#[allow(dead_code)]
#[path = "src/catalog/types.rs"]
mod types;

use databake::Bake;

/// Empties what the startup check never reads, so that its module (feature `startup-only`) does not
/// carry it: every `source` (where a fact comes from), the health requests, the key shapes'
/// regular expressions (the check matches their templates) and the readers' descriptions (it
/// needs their ids only). `tests/api.test.mjs` checks the startup module's reports against the
/// env core's, which has the whole catalog.
fn for_startup(data: &mut types::CatalogData) {
    use baked::{List, Map, Text};
    fn each<T: Clone>(list: &mut List<T>, f: impl Fn(&mut T)) {
        let mut items = list.0.to_vec();
        items.iter_mut().for_each(f);
        *list = List(Box::leak(items.into_boxed_slice()));
    }
    let blank = Text("");
    data.readers = Map(Box::leak(
        data.readers
            .0
            .iter()
            .map(|(id, _)| (*id, blank))
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    ));
    data.placeholders.source = blank;
    data.azure.api_versions.source = blank;
    each(&mut data.models, |m| m.source = blank);
    each(&mut data.providers, |p| {
        each(&mut p.vars, |v| v.source = blank);
        each(&mut p.key_shapes, |s| {
            s.source = blank;
            s.pattern = blank;
        });
        p.health = types::Health {
            method: blank,
            url: blank,
            headers: Map(&[]),
            source: blank,
        };
    });
}

fn main() {
    println!("cargo:rerun-if-changed=src/catalog/providers.json");
    println!("cargo:rerun-if-changed=src/catalog/types.rs");
    println!("cargo:rerun-if-changed=src/catalog/baked.rs");
    let text = std::fs::read_to_string("src/catalog/providers.json")
        .expect("src/catalog/providers.json is readable");
    let mut data: types::CatalogData = serde_json::from_str(&text).unwrap_or_else(|e| {
        panic!("src/catalog/providers.json does not match the catalog types: {e}")
    });
    if std::env::var_os("CARGO_FEATURE_STARTUP_ONLY").is_some() {
        for_startup(&mut data);
    }
    let env = databake::CrateEnv::default();
    let code = format!(
        "/// The catalog, baked from `providers.json` by `build.rs`.\npub static CATALOG_DATA: crate::catalog::CatalogData = {};\n",
        data.bake(&env)
    );
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("catalog.rs");
    std::fs::write(&out, code).expect("OUT_DIR is writable");
}

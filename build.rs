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

fn main() {
    println!("cargo:rerun-if-changed=src/catalog/providers.json");
    println!("cargo:rerun-if-changed=src/catalog/types.rs");
    println!("cargo:rerun-if-changed=src/catalog/baked.rs");
    let text = std::fs::read_to_string("src/catalog/providers.json")
        .expect("src/catalog/providers.json is readable");
    let data: types::CatalogData = serde_json::from_str(&text).unwrap_or_else(|e| {
        panic!("src/catalog/providers.json does not match the catalog types: {e}")
    });
    let env = databake::CrateEnv::default();
    let code = format!(
        "/// The catalog, baked from `providers.json` by `build.rs`.\npub static CATALOG_DATA: crate::catalog::CatalogData = {};\n",
        data.bake(&env)
    );
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("catalog.rs");
    std::fs::write(&out, code).expect("OUT_DIR is writable");
}

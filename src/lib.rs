//! credcheck: find LLM-provider credential problems before they bite, and explain them when they do.
//!
//! The core is pure Rust and knows nothing of JavaScript: the provider [`catalog`], single-secret
//! inspection ([`secret`]), environment checks ([`env`]) and the report formats ([`report`]).
//! `wasm.rs` binds it for Node and browsers; `wasm_lint.rs` binds the source [`lint`] (feature
//! `lint`) as a module of its own.

pub mod azure;
pub mod catalog;
pub mod child;
pub mod credentials;
pub mod dotenv;
pub mod drift;
pub mod env;
#[cfg(feature = "explain")]
pub mod explain;
pub mod finding;
pub mod health;
#[cfg(feature = "lint")]
pub mod lint;
pub mod report;
pub mod rules;
pub mod samples;
#[cfg(feature = "scan")]
pub mod scan;
pub mod secret;
pub mod suppress;
pub mod token;
#[cfg(feature = "scan")]
pub mod tree;
mod work;

/// The allocator in WebAssembly: talc instead of the default dlmalloc. A startup check makes a few
/// hundred allocations; V8 charges each call against a tiering budget by the size of the function,
/// and dlmalloc's large `malloc` reached it, so V8 compiled it with TurboFan on a background thread
/// that every cold start then waited for at exit (`tests/startup.test.mjs` guards this).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(all(target_arch = "wasm32", not(feature = "lint-only")))]
mod wasm;
#[cfg(all(target_arch = "wasm32", feature = "lint"))]
mod wasm_lint;

pub use env::{check_env, check_env_files, CheckError, Env, EnvOptions};
pub use finding::{Finding, Location, Report, Severity, Summary};
pub use secret::{fingerprint, mask};

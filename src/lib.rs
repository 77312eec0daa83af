//! credcheck: find LLM-provider credential problems before they bite, and explain them when they do.
//!
//! The core is pure Rust and knows nothing of JavaScript: the provider [`catalog`], single-secret
//! inspection ([`secret`]), environment checks ([`env`]) and the report formats ([`report`]).
//! `wasm.rs` binds it for Node and browsers.

pub mod azure;
pub mod catalog;
pub mod child;
pub mod credentials;
pub mod dotenv;
pub mod env;
pub mod explain;
pub mod finding;
pub mod health;
pub mod report;
pub mod rules;
pub mod scan;
pub mod secret;
pub mod token;
pub mod tree;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use env::{check_env, check_env_files, CheckError, Env, EnvOptions};
pub use finding::{Finding, Location, Report, Severity, Summary};
pub use secret::{fingerprint, mask};

//! Bearer and AD tokens: decode a JWT's `exp` claim without verifying it.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// What a token's claims say about its lifetime.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenState {
    /// Not a JWT at all (an opaque token); nothing to say.
    Opaque,
    /// Looks like a JWT (three dot-separated parts starting `eyJ`) but does not decode.
    Undecodable,
    /// A JWT without an `exp` claim.
    NoExpiry,
    /// A JWT whose `exp` (seconds since the epoch) is given.
    Expires(i64),
}

/// Longest token decoded; longer values are not JWTs anyone sends in a header.
const MAX_TOKEN_LEN: usize = 16 * 1024;

/// Reads a JWT's `exp`. Never fails: an unreadable token is [`TokenState::Undecodable`].
pub fn token_state(token: &str) -> TokenState {
    let token = token.trim();
    let token = token.strip_prefix("Bearer ").unwrap_or(token);
    let parts: Vec<&str> = token.split('.').collect();
    if parts.len() != 3 || !parts[0].starts_with("eyJ") {
        return TokenState::Opaque;
    }
    if token.len() > MAX_TOKEN_LEN {
        return TokenState::Undecodable;
    }
    let Ok(bytes) = URL_SAFE_NO_PAD.decode(parts[1].trim_end_matches('=')) else {
        return TokenState::Undecodable;
    };
    match claims::exp(&bytes) {
        Err(()) => TokenState::Undecodable,
        Ok(None) => TokenState::NoExpiry,
        Ok(Some(Some(v))) if v.is_finite() => TokenState::Expires(v as i64),
        Ok(Some(_)) => TokenState::Undecodable,
    }
}

/// A JWT's claims (JSON) read for `exp`: `Err` when they are not JSON, `Ok(None)` when there is
/// no `exp`, `Ok(Some(None))` when it is not a number. Natively on serde_json; in WebAssembly on
/// the host's `JSON.parse`, so the startup module carries no JSON parser (nor float parsing).
#[cfg(not(target_arch = "wasm32"))]
mod claims {
    pub(super) fn exp(bytes: &[u8]) -> Result<Option<Option<f64>>, ()> {
        let claims = serde_json::from_slice::<serde_json::Value>(bytes).map_err(|_| ())?;
        Ok(claims.get("exp").map(serde_json::Value::as_f64))
    }
}

#[cfg(target_arch = "wasm32")]
mod claims {
    use wasm_bindgen::JsValue;

    pub(super) fn exp(bytes: &[u8]) -> Result<Option<Option<f64>>, ()> {
        let text = std::str::from_utf8(bytes).map_err(|_| ())?;
        let claims = js_sys::JSON::parse(text).map_err(|_| ())?;
        // serde_json's `Value::get` finds nothing in a number, string or null; neither does this.
        if !claims.is_object() {
            return Ok(None);
        }
        let exp = js_sys::Reflect::get(&claims, &JsValue::from_str("exp")).map_err(|_| ())?;
        Ok((!exp.is_undefined()).then(|| exp.as_f64()))
    }
}

/// Human duration (`3 h 12 min`, `45 s`).
pub fn human_duration(seconds: i64) -> String {
    let s = seconds.unsigned_abs();
    match s {
        0..=119 => format!("{s} s"),
        120..=7199 => format!("{} min", s / 60),
        7200..=172_799 => format!("{} h {} min", s / 3600, (s % 3600) / 60),
        _ => format!("{} days", s / 86_400),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jwt(claims: &str) -> String {
        format!(
            "eyJhbGciOiJub25lIn0.{}.sig",
            URL_SAFE_NO_PAD.encode(claims.as_bytes())
        )
    }

    #[test]
    fn reads_exp() {
        assert_eq!(
            token_state(&jwt(r#"{"exp":1700000000}"#)),
            TokenState::Expires(1_700_000_000)
        );
        assert_eq!(token_state(&jwt(r#"{"sub":"x"}"#)), TokenState::NoExpiry);
        assert_eq!(token_state(&jwt("not json")), TokenState::Undecodable);
        assert_eq!(
            token_state(&jwt(r#"{"exp":"soon"}"#)),
            TokenState::Undecodable
        );
        assert_eq!(token_state("eyJ.%%%.x"), TokenState::Undecodable);
        assert_eq!(token_state("opaque-token"), TokenState::Opaque);
    }

    #[test]
    fn durations() {
        assert_eq!(human_duration(45), "45 s");
        assert_eq!(human_duration(-600), "10 min");
        assert_eq!(human_duration(3 * 3600 + 720), "3 h 12 min");
        assert_eq!(human_duration(5 * 86_400), "5 days");
    }
}

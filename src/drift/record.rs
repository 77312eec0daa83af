//! The startup record: one masked line a process writes when it starts (`assertCredentials` /
//! `assert_credentials` with `record`, or `CREDCHECK_RECORD=1`), and its parser. This is the one
//! place that knows the format:
//!
//! ```text
//! credcheck-startup v1 host=web-7d4b9-x2kqz pid=17 started=2026-12-03T20:15:35.123Z OPENAI_API_KEY=openai/sha256:3f2a9c1b7d4e
//! ```
//!
//! Each credential variable with a usable value appears as `NAME=PROVIDER/FINGERPRINT`: the
//! fingerprint is the first 12 hex digits of the value's SHA-256, never the value.

use crate::catalog::catalog;
use crate::child::credential_fingerprints;
use crate::env::Env;
use std::collections::BTreeMap;
use thiserror::Error;

/// What starts every record; a line holding it anywhere is read as one.
pub const MARKER: &str = "credcheck-startup v1";

/// One process's record: where and when it started, and what it held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The host name the process reported (a pod's name in Kubernetes).
    pub host: String,
    /// Its process id.
    pub pid: u32,
    /// When it started, as `YYYY-MM-DDTHH:MM:SS.mmmZ` (UTC; these sort as times do).
    pub started: String,
    /// Credential variable → (provider id, fingerprint).
    pub keys: BTreeMap<String, (String, String)>,
}

/// Why a line with the marker is not a record.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum RecordError {
    /// A field is missing or malformed.
    #[error("the credcheck startup record is malformed: {0}")]
    Malformed(String),
}

/// The record line for a process whose environment is `env`, started at `started_ms`
/// (milliseconds since the Unix epoch). Host names lose their whitespace, so the line stays one
/// line of space-separated fields.
pub fn record_line(env: &Env, host: &str, pid: u32, started_ms: f64) -> String {
    let host: String = host
        .chars()
        .map(|c| {
            if c.is_whitespace() || c == '=' {
                '_'
            } else {
                c
            }
        })
        .collect();
    let host = if host.is_empty() {
        "-".to_string()
    } else {
        host
    };
    let mut line = format!(
        "{MARKER} host={host} pid={pid} started={}",
        iso_time(started_ms)
    );
    for (name, fp) in credential_fingerprints(env) {
        let provider = catalog()
            .vars_named(&name)
            .next()
            .map(|(p, _)| p.id.to_string())
            .unwrap_or_else(|| "unknown".into());
        line.push_str(&format!(" {name}={provider}/{fp}"));
    }
    line
}

/// Reads the record in `line`: `None` when the line holds no marker, an error when it holds one
/// but not a whole record. Text after the fields that is not `NAME=VALUE` (a JSON logger's
/// closing quote, say) ends the record.
pub fn parse_record(line: &str) -> Option<Result<Record, RecordError>> {
    let at = line.find(MARKER)?;
    Some(parse_fields(&line[at + MARKER.len()..]))
}

fn parse_fields(rest: &str) -> Result<Record, RecordError> {
    let bad = |what: String| Err(RecordError::Malformed(what));
    let (mut host, mut pid, mut started) = (None, None, None);
    let mut keys = BTreeMap::new();
    for token in rest.split_whitespace() {
        let token = token.trim_end_matches(['"', '\'', '}', ']', ',', '\\']);
        let Some((name, value)) = token.split_once('=') else {
            break;
        };
        match name {
            "host" => host = Some(value.to_string()),
            "pid" => match value.parse::<u32>() {
                Ok(p) => pid = Some(p),
                Err(_) => return bad(format!("pid={value} is not a process id")),
            },
            "started" => {
                if !is_iso_time(value) {
                    return bad(format!(
                        "started={value} is not a time like 2026-01-31T09:00:00.000Z"
                    ));
                }
                started = Some(value.to_string());
            }
            _ => {
                let Some((provider, fp)) = value.split_once('/') else {
                    return bad(format!("{name} has no provider/fingerprint"));
                };
                if !is_fingerprint(fp) {
                    return bad(format!(
                        "{name}'s fingerprint {fp:?} is not sha256: and 12 hex digits"
                    ));
                }
                keys.insert(name.to_string(), (provider.to_string(), fp.to_string()));
            }
        }
    }
    match (host, pid, started) {
        (Some(host), Some(pid), Some(started)) => Ok(Record {
            host,
            pid,
            started,
            keys,
        }),
        (None, ..) => bad("host= is missing".into()),
        (_, None, _) => bad("pid= is missing".into()),
        _ => bad("started= is missing".into()),
    }
}

fn is_fingerprint(fp: &str) -> bool {
    fp.strip_prefix("sha256:").is_some_and(|hex| {
        hex.len() == 12
            && hex
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

/// `YYYY-MM-DDTHH:MM:SS.mmmZ` for a time in milliseconds since the Unix epoch (UTC). A time
/// before 1970 or beyond year 9999 (not a process start) is clamped to those bounds.
pub fn iso_time(ms: f64) -> String {
    let ms = if ms.is_finite() {
        ms.clamp(0.0, 253_402_300_799_999.0) as i64
    } else {
        0
    };
    let (days, rest) = (ms.div_euclid(86_400_000), ms.rem_euclid(86_400_000));
    let (y, m, d) = civil_from_days(days);
    let (h, min, s, milli) = (
        rest / 3_600_000,
        rest / 60_000 % 60,
        rest / 1000 % 60,
        rest % 1000,
    );
    format!("{y:04}-{m:02}-{d:02}T{h:02}:{min:02}:{s:02}.{milli:03}Z")
}

/// The calendar date of a day count since 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Milliseconds since the Unix epoch of a time [`iso_time`] wrote (`None` for another text).
pub fn iso_ms(s: &str) -> Option<i64> {
    if !is_iso_time(s) {
        return None;
    }
    let n = |a: usize, b: usize| s[a..b].parse::<i64>().ok();
    let (y, m, d) = (n(0, 4)?, n(5, 7)?, n(8, 10)?);
    let day = days_from_civil(y, m, d);
    Some(((day * 24 + n(11, 13)?) * 60 + n(14, 16)?) * 60_000 + n(17, 19)? * 1000 + n(20, 23)?)
}

/// The day count since 1970-01-01 of a calendar date (Howard Hinnant's `days_from_civil`).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn is_iso_time(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 24
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            10 => *c == b'T',
            13 | 16 => *c == b':',
            19 => *c == b'.',
            23 => *c == b'Z',
            _ => c.is_ascii_digit(),
        })
}

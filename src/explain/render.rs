//! The explanation as text for a terminal.

use super::Explanation;

/// Renders an explanation for people: what answered, then each cause with its fixes.
pub fn text(e: &Explanation) -> String {
    let mut out = String::new();
    let mut facts = Vec::new();
    if let Some(p) = &e.provider {
        facts.push(format!("provider {p}"));
    }
    if let Some(f) = &e.framework {
        facts.push(format!("via {f}"));
    }
    if let Some(s) = e.status {
        facts.push(format!("HTTP {s}"));
    }
    if e.causes.is_empty() {
        if e.verdict == super::Verdict::NotCredential {
            out.push_str("credcheck: not a credential or authentication failure (a known error of another kind).\n");
        } else {
            out.push_str("credcheck: not recognised as a credential or authentication failure.\n");
        }
        if !facts.is_empty() {
            out.push_str(&format!("Seen: {}.\n", facts.join(", ")));
        }
        out.push_str("If it is one, run `npx credcheck env` and `npx credcheck scan .` to check the configuration.\n");
        return out;
    }
    if !facts.is_empty() {
        out.push_str(&format!("Seen: {}.\n\n", facts.join(", ")));
    }
    if e.verdict == super::Verdict::Family {
        out.push_str("No specific message recognised: these are the causes that answer this way; the checks tell them apart.\n\n");
    }
    for (i, c) in e.causes.iter().enumerate() {
        let conf = match c.confidence {
            super::Confidence::High => "high",
            super::Confidence::Medium => "medium",
            super::Confidence::Low => "low",
        };
        out.push_str(&format!(
            "{}. {} ({conf} confidence)\n   {}\n",
            i + 1,
            c.cause,
            c.summary
        ));
        for ev in &c.evidence {
            out.push_str(&format!("   seen: {ev}\n"));
        }
        for f in &c.fix {
            out.push_str(&format!("   - {f}\n"));
        }
        out.push_str(&format!("   confirm: {}\n\n", c.confirm));
    }
    out
}

import type { Finding, Report } from "./types";

/** Thrown by `assertCredentials`: one error listing every error-level finding, masked. */
export class CredentialError extends Error {
  override name = "CredentialError";
  /** The full report (warnings included). */
  readonly report: Report;
  /** The error-level findings. */
  readonly findings: Finding[];

  constructor(report: Report) {
    const errors = report.findings.filter((f) => f.severity === "error");
    const lines = errors.map((f) => {
      const where = f.location.env ?? formatLocation(f);
      const value = f.secret ? ` [${f.secret.masked} ${f.secret.fingerprint}]` : "";
      return `  - ${f.rule} ${where}: ${f.message}${value}\n    fix: ${f.fix}`;
    });
    const n = errors.length;
    super(`credcheck: ${n} credential error${n === 1 ? "" : "s"}:\n${lines.join("\n")}`);
    this.report = report;
    this.findings = errors;
  }
}

function formatLocation(f: Finding): string {
  const l = f.location;
  if (!l.file) return "(environment)";
  return [l.file, l.line, l.column].filter((p) => p !== undefined).join(":");
}

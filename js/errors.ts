import type { Finding, Report } from "./types";

/** Thrown by `assertCredentials`: one error listing every error-level finding, masked. */
export class CredentialError extends Error {
  override name = "CredentialError";
  /** The full report (warnings included). */
  declare readonly report: Report;
  /** The error-level findings. */
  declare readonly findings: Finding[];

  constructor(report: Report) {
    const errors = report.findings.filter((f) => f.severity === "error");
    const lines = errors.map((f) => {
      const where = f.location.env ?? formatLocation(f);
      const value = f.secret ? ` [${f.secret.masked} ${f.secret.fingerprint}]` : "";
      return `  - ${f.rule} ${where}: ${f.message}${value}\n    fix: ${f.fix}`;
    });
    const n = errors.length;
    super(`credcheck: ${n} credential error${n === 1 ? "" : "s"}:\n${lines.join("\n")}`);
    // Not enumerable: Node prints an uncaught error's own enumerable properties after its message,
    // which repeated every finding (already in the message) twice more.
    Object.defineProperty(this, "report", { value: report, enumerable: false, writable: false });
    Object.defineProperty(this, "findings", { value: errors, enumerable: false, writable: false });
  }
}

function formatLocation(f: Finding): string {
  const l = f.location;
  if (!l.file) return "(environment)";
  return [l.file, l.line, l.column].filter((p) => p !== undefined).join(":");
}

// Compiled with tsc --noEmit: the package's types as an ESM user imports them.
import { assertCredentials, checkEnv, CredentialError, mask, type Finding, type Report } from "credcheck";

const report: Report = checkEnv({ providers: ["openai", "azure-openai"], models: ["gpt-4o"], framework: "langchain" });
const first: Finding | undefined = report.findings[0];
const severity: "error" | "warning" | "info" | undefined = first?.severity;
try {
  assertCredentials({ env: { OPENAI_API_KEY: "x" }, providers: ["openai"] });
} catch (err) {
  if (err instanceof CredentialError) {
    const n: number = err.findings.length;
    void n;
  }
}
const m: string = mask("secret");
// @ts-expect-error: provider ids are checked
checkEnv({ providers: ["open-ai"] });
void severity;
void m;
// Finding.rule is the union of rule ids (generated from the core's RULES at build time).
const rule: Finding["rule"] | undefined = first?.rule;
if (rule === "missing-key") void rule;
// @ts-expect-error: not a rule id
if (rule === "missing-keys") void rule;
// One provider or model may be given as a string.
checkEnv({ providers: "openai", models: "gpt-4o" });

import { checkEnv as checkWorkerEnv } from "credcheck/worker";
const workerReport: Report = checkWorkerEnv({ env: { OPENAI_API_KEY: "x" }, providers: ["openai"] });
void workerReport;

import { checkConfig, explainError, formatExplanation, scanPaths } from "credcheck";
const configReport: Report = checkConfig("services: {}\n", { path: "compose.yaml", kind: "compose" });
// @ts-expect-error: kinds are checked
checkConfig("x", { kind: "toml" });
const scanned: number = scanPaths(["."], { maxBytes: 1024 }).files;
const explained = explainError(new Error("401"));
const firstCause: string | undefined = explained.causes[0]?.cause;
const rendered: string = formatExplanation(explained, "json");
void configReport;
void scanned;
void firstCause;
void rendered;

import { lintLanguage, lintPaths, lintSources } from "credcheck";
const linted: Report = lintSources([{ path: "a.py", text: "import os\n" }]);
// @ts-expect-error: sources are { path, text }
lintSources(["a.py"]);
const lang: "js" | "python" | undefined = lintLanguage("a.ts");
const lintedFiles: number = lintPaths(["src"], { maxBytes: 1 << 20 }).files;
const noLint: number = scanPaths(["."], { lint: false }).files;
void linted;
void lang;
void lintedFiles;
void noLint;

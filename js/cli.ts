#!/usr/bin/env node
/**
 * The credcheck command line. Exit codes: 0 no error findings, 1 error findings, 2 bad usage or
 * unreadable input, 3 credcheck itself failed (a bug: one line on stderr, never a finding).
 */
import { parseArgs } from "node:util";
import { readFileSync, writeFileSync } from "node:fs";
import { catalog, checkEnv, checkEnvFiles, explainError, formatExplanation, formatReport, healthCheck, lintPaths, rules, scanPaths } from "./index";
import { ConfigError, findConfig, type ProjectConfig } from "./config";
import { full } from "./wasm-full";
import type { ConfigKind, Framework, HealthResult, ProviderId, Report } from "./types";

// Note: the option is --dotenv, not --env-file: Node 20 takes --env-file for itself even after the script name.
const VERSION: string = require("../package.json").version;

const HELP = `credcheck ${VERSION}: find LLM-provider credential problems before they bite.

Usage:
  credcheck env [options]     check this process's environment (or --dotenv files)
  credcheck scan [paths...]   check config files and deployment manifests, and lint sources (default: .)
  credcheck lint [paths...]   lint JavaScript, TypeScript and Python sources (default: .)
  credcheck explain [TEXT]    explain an auth error from its text (argument, --file F, or stdin)
  credcheck providers [-f json]  list catalogued providers and the variables they read
  credcheck rules [-f json]      list rule ids, severities and summaries
  credcheck health -p ID      make each provider's cheap authenticated request and say what the answer means
  credcheck drift [files|-]   compare the replicas' startup records in logs (default: stdin)
  credcheck help COMMAND      that command's options (or credcheck COMMAND --help)
  credcheck --version | --help

Options for env:
  -p, --provider ID        a provider the app uses (repeat, or comma-separate):
                           ${"openai, azure-openai, anthropic, gemini, mistral, groq, cohere,"}
                           openrouter, deepseek, xai, together, huggingface, bedrock
  -m, --model NAME         a model the app uses (gpt-4o, claude-3-5-sonnet-20241022, azure/<deployment>)
      --framework NAME     only count the names this library reads:
                           sdk, langchain, langchainjs, llamaindex, litellm, crewai, autogen
      --deployment NAME    the Azure deployment name, when the code passes it
      --dotenv FILE        check FILE (a .env) instead of the process environment; repeat to layer
      --token-window SECS  report tokens that expire within SECS seconds (default 600)
  -f, --format FORMAT      text (default), json or sarif
  and the output options below.

Options for scan:
  -f, --format FORMAT      text (default), json or sarif (SARIF 2.1.0 for code scanning)
      --kind KIND          read the named files as KIND: dotenv, oai-config-list,
                           autogen-component, crewai, client-params, compose, kubernetes,
                           litellm-config
      --max-size MB        skip files larger than MB megabytes (default 16; 8 for sources)
      --no-lint            check config files only, not sources
      --exclude GLOB       leave out paths matching GLOB (gitignore syntax, from the current
                           directory; repeat for more)
      --no-gitignore       also read what .gitignore files ignore
  and the output options below.
  Directories are walked (not .git, node_modules or virtualenvs, nor what .gitignore and
  .credcheckignore files ignore); .env files, OAI_CONFIG_LIST and .json/.yaml/.yml files are
  read and recognised by name and content, then checked together:
  Compose services and Kubernetes containers against their siblings, configs against the .env
  files beside them. Sources are linted as with credcheck lint.

Options for lint:
  -f, --format FORMAT      text (default), json or sarif
      --max-size MB        skip files larger than MB megabytes (default 8 for sources)
      --exclude GLOB, --no-gitignore   as for scan; and the output options below.
  Reads .js .mjs .cjs .jsx .ts .mts .cts .tsx .py .pyi files with real parsers (oxc, ruff's):
  clients built at import in apps that fork, children started without the parent's env, key
  reads passed on unchecked, .env loaded after a client, incomplete Azure clients, literal keys,
  tokens fetched once, agents with an empty llm_config. A file that does not parse is reported
  at its line and the run goes on. Silence an intended finding with a comment on its line or the
  line above: // credcheck-ignore RULE-ID -- why (# credcheck-ignore in Python, .env and YAML).

Output options (env, scan, lint, drift):
  -o, --output-file FILE   write the report to FILE instead of standard output
  -q, --quiet              report errors only
      --max-warnings N     exit 1 when there are more than N warnings
      --baseline FILE      do not report the findings FILE accepts
      --write-baseline FILE  write every finding to FILE as accepted (no secret is stored)
  Colour on a terminal only; NO_COLOR turns it off, FORCE_COLOR on.
  A credcheck.config.json, or a "credcheck" key in package.json (the nearest from the current
  directory up), gives providers, models, framework, exclude and rule levels:
  { "providers": ["openai"], "exclude": ["fixtures/"], "rules": { "unknown-model": "off" } }

Options for health:
  -p, --provider ID        a provider to check (repeat, or comma-separate; default: each whose
                           key is set)
      --timeout MS         give up on a provider after MS milliseconds (default 10000)
  -f, --format FORMAT      text (default) or json
  health exits 1 when a provider refuses the credential or cannot be reached.

Options for drift:
  -f, --format FORMAT      text (default), json or sarif
  and the output options below.
  Reads kubectl logs --prefix, docker compose logs or plain logs holding the startup records
  that assertCredentials({ record: true }) / assert_credentials(record=True) or
  CREDCHECK_RECORD=1 write; groups the replicas by pod, container or host and reports those
  lacking a key the others hold, holding another, or started before the newest key appeared.
  No record at all, or a malformed one, is exit 2 naming the file and line.

Options for explain:
  -i, --file FILE          read the error text from FILE (- for stdin)
  -f, --format FORMAT      text (default) or json
  explain exits 1 when it recognises a credential failure, 0 when it does not.

Exit status: 0 no errors, 1 error findings, 2 bad usage or unreadable input, 3 internal error.
Secrets are never printed: values appear masked (sk-proj-…Qx7a) with a fingerprint.`;

class UsageError extends Error {}

/**
 * True for an error that is a bug in credcheck rather than something about the input: a wasm
 * trap (a panic is `unreachable`), a stack overflow, a JS type or reference error. These must not
 * be turned into a usage error (exit 2) or leave with node's own exit 1 (the findings status).
 */
function isCrash(err: unknown): boolean {
  const trap = (globalThis as { WebAssembly?: { RuntimeError: new () => Error } }).WebAssembly?.RuntimeError;
  return (trap !== undefined && err instanceof trap) || err instanceof RangeError || err instanceof TypeError || err instanceof ReferenceError;
}

function list(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
}

/** The output options every reporting command takes. */
const OUTPUT_OPTIONS = {
  "output-file": { type: "string", short: "o" },
  quiet: { type: "boolean", short: "q" },
  "max-warnings": { type: "string" },
  baseline: { type: "string" },
  "write-baseline": { type: "string" },
} as const;

interface OutputValues {
  "output-file"?: string;
  quiet?: boolean;
  "max-warnings"?: string;
  baseline?: string;
  "write-baseline"?: string;
}

/** The project config, its errors as usage errors naming the file. */
function projectConfig(): ProjectConfig | undefined {
  try {
    return findConfig();
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(err.message);
    throw err;
  }
}

/** The texts of the files findings point into, for baseline fingerprints (unreadable: left out). */
function findingTexts(report: Report): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const f of report.findings) {
    const file = f.location.file;
    if (file === undefined || file in texts || file.startsWith("$")) continue;
    try {
      texts[file] = readFileSync(file, "utf8");
    } catch {
      // A finding about a file that cannot be read again is keyed by its message instead.
    }
  }
  return texts;
}

/** True when the output goes to a terminal that wants colour (NO_COLOR and FORCE_COLOR win). */
function useColour(toFile: boolean): boolean {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  if (process.env.NO_COLOR) return false;
  return !toFile && process.stdout.isTTY === true;
}

/** Colours each finding's severity word in the text format. */
function colour(text: string): string {
  const codes: Record<string, string> = { error: "31", warning: "33", info: "36" };
  return text
    .replace(/^(error|warning|info)(\s)/gm, (_, sev: string, sp: string) => `\u001b[${codes[sev]}m${sev}\u001b[0m${sp}`)
    .replace(/^credcheck: (FAILED|ok):/m, (_, v: string) => `credcheck: \u001b[${v === "ok" ? "32" : "31"}m${v}\u001b[0m:`);
}

/**
 * Revises a report as the project asks (rule levels, baseline, --quiet), writes it in `format`
 * (to -o FILE or standard output) and returns the exit status: 1 for errors, or for more
 * warnings than --max-warnings allows.
 */
function emit(report: Report, format: Format, values: OutputValues, config: ProjectConfig | undefined, render: (r: Report) => string): number {
  let maxWarnings: number | undefined;
  if (values["max-warnings"] !== undefined) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings wants a whole number, not ${values["max-warnings"]}`);
  }
  let baseline: unknown;
  if (values.baseline !== undefined) {
    try {
      baseline = JSON.parse(readFileSync(values.baseline, "utf8"));
    } catch (err) {
      throw new UsageError(`cannot read the baseline ${values.baseline}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  }
  const wantsTexts = baseline !== undefined || values["write-baseline"] !== undefined;
  const texts = wantsTexts ? findingTexts(report) : {};
  const revise = (r: Report, revision: Record<string, unknown>, what: string): Report => {
    try {
      return full().reviseReport(r, revision) as Report;
    } catch (err) {
      throw new UsageError(`${what}: ${(err as Error).message.replace(/^credcheck: /, "")}`);
    }
  };
  // Nothing to revise: the report as the check gave it (and the full module stays unloaded).
  const levelled = config?.rules ? revise(report, { rules: config.rules }, config.file) : report;
  if (values["write-baseline"] !== undefined) {
    const written = full().baselineOf(levelled, texts) as { findings: unknown[] };
    writeFileSync(values["write-baseline"], JSON.stringify(written, null, 2) + "\n");
    process.stderr.write(`credcheck: wrote ${written.findings.length} finding${written.findings.length === 1 ? "" : "s"} to the baseline ${values["write-baseline"]}\n`);
  }
  let shown = baseline === undefined ? levelled : revise(levelled, { baseline, texts }, `the baseline ${values.baseline}`);
  const warnings = shown.summary.warnings;
  if (values.quiet) shown = revise(shown, { errorsOnly: true }, "--quiet");
  let out = render(shown);
  const file = values["output-file"];
  if (format === "text" && useColour(file !== undefined)) out = colour(out);
  if (file !== undefined) {
    try {
      writeFileSync(file, out);
    } catch (err) {
      throw new UsageError(`cannot write ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  } else {
    process.stdout.write(out);
  }
  if (!shown.summary.ok) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    process.stderr.write(`credcheck: ${warnings} warning${warnings === 1 ? "" : "s"}, more than --max-warnings ${maxWarnings} allows\n`);
    return 1;
  }
  return 0;
}

function envCommand(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      provider: { type: "string", short: "p", multiple: true },
      model: { type: "string", short: "m", multiple: true },
      framework: { type: "string" },
      deployment: { type: "string" },
      dotenv: { type: "string", multiple: true },
      "token-window": { type: "string" },
      format: { type: "string", short: "f", default: "text" },
      ...OUTPUT_OPTIONS,
    },
  });
  const config = projectConfig();
  if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  const format = values.format;
  if (!isFormat(format)) throw new UsageError(`unknown format ${format}; use text, json or sarif`);
  let tokenWindowSeconds: number | undefined;
  if (values["token-window"] !== undefined) {
    tokenWindowSeconds = Number(values["token-window"]);
    if (!Number.isInteger(tokenWindowSeconds) || tokenWindowSeconds < 0) {
      throw new UsageError(`--token-window wants a whole number of seconds, not ${values["token-window"]}`);
    }
  }
  // Flags given on the command line replace the config's.
  const providers = list(values.provider);
  const models = list(values.model);
  const options = {
    providers: (providers.length || models.length ? providers : (config?.providers ?? [])) as ProviderId[],
    models: providers.length || models.length ? models : (config?.models ?? []),
    framework: (values.framework ?? config?.framework) as Framework | undefined,
    deployment: values.deployment,
    tokenWindowSeconds,
  };
  let report: Report;
  try {
    const files = values.dotenv;
    report = files && files.length > 0 ? checkEnvFiles(files, options) : checkEnv(options);
  } catch (err) {
    if (isCrash(err)) throw err;
    throw new UsageError((err as Error).message.replace(/^credcheck: /, ""));
  }
  return emit(report, format, values, config, (r) => formatReport(r, format) + (format === "text" ? "" : "\n"));
}

type Format = "text" | "json" | "sarif";

function isFormat(f: string | undefined): f is Format {
  return f === "text" || f === "json" || f === "sarif";
}

const KINDS = ["dotenv", "oai-config-list", "autogen-component", "crewai", "client-params", "compose", "kubernetes", "litellm-config"];

function scanCommand(args: string[], lintOnly = false): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: "string", short: "f", default: "text" },
      "max-size": { type: "string" },
      exclude: { type: "string", multiple: true },
      "no-gitignore": { type: "boolean" },
      ...OUTPUT_OPTIONS,
      ...(lintOnly ? {} : { kind: { type: "string" as const }, "no-lint": { type: "boolean" as const } }),
    },
  });
  const format = values.format;
  if (!isFormat(format)) throw new UsageError(`unknown format ${format}; use text, json or sarif`);
  const kind = values.kind as string | undefined;
  if (kind !== undefined && !KINDS.includes(kind)) {
    throw new UsageError(`unknown kind ${kind}; use one of ${KINDS.join(", ")}`);
  }
  let maxBytes: number | undefined;
  if (values["max-size"] !== undefined) {
    const mb = Number(values["max-size"]);
    if (!(mb > 0)) throw new UsageError(`--max-size wants a positive number of megabytes, not ${values["max-size"]}`);
    maxBytes = Math.floor(mb * 1024 * 1024);
  }
  const config = projectConfig();
  const ignores = { gitignore: !values["no-gitignore"], exclude: [...(config?.exclude ?? []), ...(values.exclude ?? [])] };
  let result;
  try {
    result = lintOnly
      ? lintPaths(positionals, { maxBytes, ...ignores })
      : scanPaths(positionals, { maxBytes, kind: kind as ConfigKind | undefined, lint: !values["no-lint"], ...ignores });
  } catch (err) {
    if (isCrash(err)) throw err;
    const e = err as NodeJS.ErrnoException;
    if (e.code === "ENOENT" || e.code === "EACCES" || e.code === "ENOTDIR") throw new UsageError(`cannot read ${e.path ?? ""}: ${e.code}`);
    throw new UsageError(e.message.replace(/^credcheck: /, ""));
  }
  const { report, files, skipped } = result;
  for (const s of skipped) process.stderr.write(`credcheck: skipped ${s.path}: ${s.reason}\n`);
  // The summary line says how many files were read; each skipped one is named on stderr above.
  return emit(report, format, values, config, (r) => {
    if (format === "json") return JSON.stringify({ ...r, files, skipped }, null, 2) + "\n";
    return formatReport(r, format) + (format === "sarif" ? "\n" : "");
  });
}

function driftCommand(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: "string", short: "f", default: "text" }, ...OUTPUT_OPTIONS },
  });
  const format = values.format;
  if (!isFormat(format)) throw new UsageError(`unknown format ${format}; use text, json or sarif`);
  const files = (positionals.length === 0 ? ["-"] : positionals).map((name) => {
    try {
      return [name, readFileSync(name === "-" ? 0 : name, "utf8")];
    } catch (err) {
      throw new UsageError(`cannot read ${name === "-" ? "standard input" : name}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  });
  let report: Report;
  try {
    report = full().checkDrift(files) as Report;
  } catch (err) {
    if (isCrash(err)) throw err;
    throw new UsageError((err as Error).message.replace(/^credcheck: /, ""));
  }
  return emit(report, format, values, projectConfig(), (r) => formatReport(r, format) + (format === "text" ? "" : "\n"));
}

function explainCommand(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      file: { type: "string", short: "i" },
      format: { type: "string", short: "f", default: "text" },
    },
  });
  const format = values.format;
  if (format !== "text" && format !== "json") throw new UsageError(`unknown format ${format}; use text or json`);
  let text: string;
  const from = values.file ?? (positionals.length === 0 || positionals[0] === "-" ? "-" : undefined);
  if (from !== undefined) {
    try {
      text = readFileSync(from === "-" ? 0 : from, "utf8");
    } catch (err) {
      throw new UsageError(`cannot read ${from === "-" ? "standard input" : from}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  } else {
    text = positionals.join(" ");
  }
  if (text.trim() === "") throw new UsageError("no error text: pass it as an argument, with --file, or on standard input");
  const explanation = explainError(text);
  process.stdout.write(formatExplanation(explanation, format) + (format === "json" ? "\n" : ""));
  return explanation.causes.length > 0 ? 1 : 0;
}

/** `-f text|json` and nothing else, for the listing commands. */
function listFormat(args: string[]): "text" | "json" {
  const { values } = parseArgs({ args, options: { format: { type: "string", short: "f", default: "text" } } });
  if (values.format !== "text" && values.format !== "json") throw new UsageError(`unknown format ${values.format}; use text or json`);
  return values.format;
}

function providersCommand(args: string[]): number {
  const format = listFormat(args);
  const list = catalog().providers.map((p) => ({
    id: p.id,
    name: p.name,
    keys: p.vars.filter((v) => p.auth.flat().includes(v.slot) && !v.fallback).map((v) => v.name),
  }));
  if (format === "json") process.stdout.write(JSON.stringify(list, null, 2) + "\n");
  else for (const p of list) process.stdout.write(`${p.id.padEnd(13)} ${p.name.padEnd(14)} ${p.keys.join(", ")}\n`);
  return 0;
}

function rulesCommand(args: string[]): number {
  const format = listFormat(args);
  if (format === "json") process.stdout.write(JSON.stringify(rules(), null, 2) + "\n");
  else for (const r of rules()) process.stdout.write(`${r.id.padEnd(26)} ${r.severity.padEnd(8)} ${r.summary}\n`);
  return 0;
}

async function healthCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      provider: { type: "string", short: "p", multiple: true },
      timeout: { type: "string" },
      format: { type: "string", short: "f", default: "text" },
    },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  if (values.format !== "text" && values.format !== "json") throw new UsageError(`unknown format ${values.format}; use text or json`);
  const timeoutMs = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeoutMs !== undefined && !(Number.isInteger(timeoutMs) && timeoutMs > 0)) throw new UsageError(`--timeout wants a whole number of milliseconds, not ${values.timeout}`);
  const known = catalog().providers.map((p) => p.id as string);
  let providers = list(values.provider);
  for (const p of providers) if (!known.includes(p)) throw new UsageError(`unknown provider ${JSON.stringify(p)}; known providers: ${known.join(", ")}`);
  // Default: each provider the environment holds credentials for (the env check says which).
  if (providers.length === 0) providers = checkEnv().summary.providers;
  if (providers.length === 0) throw new UsageError("no provider key is set in the environment: name one with --provider");
  const results: HealthResult[] = [];
  for (const provider of providers) results.push(await healthCheck({ provider: provider as ProviderId, timeoutMs }));
  if (values.format === "json") {
    process.stdout.write(JSON.stringify(results, null, 2) + "\n");
  } else {
    for (const r of results) {
      const status = r.status === undefined ? "" : ` (HTTP ${r.status})`;
      const key = r.key ? ` [${r.key.masked} ${r.key.fingerprint}]` : "";
      process.stdout.write(`${r.ok ? "ok     " : "FAILED "} ${r.provider}: ${r.outcome}${status}${key}\n        ${r.message}\n${r.ok ? "" : `        fix: ${r.fix}\n`}`);
    }
    // The summary line every command ends with, from the same renderer: a refused or failed
    // request is an error (the call fails), and the providers checked are those asked.
    const failed = results.filter((r) => !r.ok).length;
    const summary = { errors: failed, warnings: 0, infos: 0, ok: failed === 0, providers: [...new Set(results.map((r) => r.provider))] };
    process.stdout.write(`\n${formatReport({ findings: [], summary }, "text")}`);
  }
  return results.every((r) => r.ok) ? 0 : 1;
}

/** The help of one command: its usage line and its options section from HELP. */
function commandHelp(command: string): string | undefined {
  const usage = HELP.split("\n").find((l) => l.startsWith(`  credcheck ${command} `) || l === `  credcheck ${command}`);
  if (!usage) return undefined;
  const start = HELP.indexOf(`Options for ${command}:`);
  const section = start < 0 ? "" : HELP.slice(start, HELP.indexOf("\n\n", start) < 0 ? undefined : HELP.indexOf("\n\n", start));
  const outStart = HELP.indexOf("Output options");
  const output = ["env", "scan", "lint", "drift"].includes(command) ? `\n${HELP.slice(outStart, HELP.indexOf("\n\n", outStart))}\n` : "";
  return `Usage:\n${usage}\n${section ? `\n${section}\n` : ""}${output}`;
}

export function main(argv: string[]): number | Promise<number> {
  const [command, ...rest] = argv;
  try {
    // `credcheck scan --help` and `credcheck help scan`: that command's help, exit 0.
    const helpFor = command === "help" ? rest[0] : rest.includes("--help") || rest.includes("-h") ? command : undefined;
    if (helpFor !== undefined) {
      const text = commandHelp(helpFor);
      if (!text) throw new UsageError(`unknown command ${helpFor}`);
      process.stdout.write(text);
      return 0;
    }
    switch (command) {
      case "env":
        return envCommand(rest);
      case "scan":
        return scanCommand(rest);
      case "lint":
        return scanCommand(rest, true);
      case "explain":
        return explainCommand(rest);
      case "drift":
        return driftCommand(rest);
      case "providers":
        return providersCommand(rest);
      case "rules":
        return rulesCommand(rest);
      case "health":
        return healthCommand(rest).catch(usage);
      case "--version":
      case "-V":
      case "-v":
        process.stdout.write(`${VERSION}\n`);
        return 0;
      case undefined:
      case "help":
      case "--help":
      case "-h":
        process.stdout.write(`${HELP}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } catch (err) {
    return usage(err);
  }
}

/** A usage error's message and exit 2; anything else is rethrown (a crash, exit 3). */
function usage(err: unknown): number {
  const known = err instanceof UsageError || (err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
  if (!known) throw err;
  process.stderr.write(`credcheck: ${(err as Error).message}\nRun credcheck --help for usage.\n`);
  return 2;
}

if (require.main === module) {
  // A reader that closes the pipe early (`credcheck scan . | head -1`) has what it wanted:
  // stop quietly, as grep and eslint do, instead of dying on an unhandled EPIPE.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EPIPE") process.exit(0);
      throw err;
    });
  }
  // Anything thrown past main is a bug in credcheck: exit 3 with one line naming the error's
  // type and where it was thrown (not its message, which may quote the input), never 1, which
  // would read as "findings".
  const crash = (err: unknown): never => {
    const name = (err as Error)?.name ?? typeof err;
    const at = /\n\s+at (?:.*\()?([^()\n]+:\d+:\d+)\)?/.exec((err as Error)?.stack ?? "")?.[1];
    process.stderr.write(`credcheck: internal error (${name}${at ? ` at ${at}` : ""}); this is a bug in credcheck, please report it\n`);
    process.exit(3);
  };
  process.on("uncaughtException", crash);
  try {
    const status = main(process.argv.slice(2));
    if (typeof status === "number") process.exitCode = status;
    else status.then((s) => (process.exitCode = s), crash);
  } catch (err) {
    crash(err);
  }
}

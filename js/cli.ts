#!/usr/bin/env node
/**
 * The credcheck command line. Exit codes: 0 no error findings, 1 error findings, 2 bad usage or
 * unreadable input, 3 credcheck itself failed (a bug: one line on stderr, never a finding).
 */
import { parseArgs } from "node:util";
import { readFileSync } from "node:fs";
import { catalog, checkEnv, checkEnvFiles, explainError, formatExplanation, formatReport, lintPaths, rules, scanPaths } from "./index";
import type { ConfigKind, Framework, ProviderId, Report } from "./types";

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

Options for scan:
  -f, --format FORMAT      text (default), json or sarif (SARIF 2.1.0 for code scanning)
      --kind KIND          read the named files as KIND: dotenv, oai-config-list,
                           autogen-component, crewai, client-params, compose, kubernetes,
                           litellm-config
      --max-size MB        skip files larger than MB megabytes (default 16; 8 for sources)
      --no-lint            check config files only, not sources
  Directories are walked (not .git, node_modules or virtualenvs); .env files, OAI_CONFIG_LIST
  and .json/.yaml/.yml files are read and recognised by name and content, then checked together:
  Compose services and Kubernetes containers against their siblings, configs against the .env
  files beside them. Sources are linted as with credcheck lint.

Options for lint:
  -f, --format FORMAT      text (default), json or sarif
      --max-size MB        skip files larger than MB megabytes (default 8 for sources)
  Reads .js .mjs .cjs .jsx .ts .mts .cts .tsx .py .pyi files with real parsers (oxc, ruff's):
  clients built at import in apps that fork, children started without the parent's env, key
  reads passed on unchecked, .env loaded after a client, incomplete Azure clients, literal keys,
  tokens fetched once, agents with an empty llm_config. A file that does not parse is reported
  at its line and the run goes on. Silence an intended finding with a comment on its line or the
  line above: // credcheck-ignore RULE-ID -- why (or # credcheck-ignore in Python).

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
    },
  });
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
  const options = {
    providers: list(values.provider) as ProviderId[],
    models: list(values.model),
    framework: values.framework as Framework | undefined,
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
  process.stdout.write(formatReport(report, format) + (format === "text" ? "" : "\n"));
  return report.summary.ok ? 0 : 1;
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
  let result;
  try {
    result = lintOnly
      ? lintPaths(positionals, { maxBytes })
      : scanPaths(positionals, { maxBytes, kind: kind as ConfigKind | undefined, lint: !values["no-lint"] });
  } catch (err) {
    if (isCrash(err)) throw err;
    const e = err as NodeJS.ErrnoException;
    if (e.code === "ENOENT" || e.code === "EACCES" || e.code === "ENOTDIR") throw new UsageError(`cannot read ${e.path ?? ""}: ${e.code}`);
    throw new UsageError(e.message.replace(/^credcheck: /, ""));
  }
  const { report, files, skipped } = result;
  for (const s of skipped) process.stderr.write(`credcheck: skipped ${s.path}: ${s.reason}\n`);
  if (format === "json") {
    process.stdout.write(JSON.stringify({ ...report, files, skipped }, null, 2) + "\n");
  } else {
    process.stdout.write(formatReport(report, format) + (format === "text" ? "" : "\n"));
    const what = lintOnly ? "source file" : "file";
    if (format === "text") process.stdout.write(`${lintOnly ? "Linted" : "Scanned"} ${files} ${what}${files === 1 ? "" : "s"}${skipped.length ? `; skipped ${skipped.length}` : ""}.\n`);
  }
  return report.summary.ok ? 0 : 1;
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

/** The help of one command: its usage line and its options section from HELP. */
function commandHelp(command: string): string | undefined {
  const usage = HELP.split("\n").find((l) => l.startsWith(`  credcheck ${command} `) || l === `  credcheck ${command}`);
  if (!usage) return undefined;
  const start = HELP.indexOf(`Options for ${command}:`);
  const section = start < 0 ? "" : HELP.slice(start, HELP.indexOf("\n\n", start) < 0 ? undefined : HELP.indexOf("\n\n", start));
  return `Usage:\n${usage}\n${section ? `\n${section}\n` : ""}`;
}

export function main(argv: string[]): number {
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
      case "providers":
        return providersCommand(rest);
      case "rules":
        return rulesCommand(rest);
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
    const known = err instanceof UsageError || (err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    if (!known) throw err;
    process.stderr.write(`credcheck: ${(err as Error).message}\nRun credcheck --help for usage.\n`);
    return 2;
  }
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
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    crash(err);
  }
}

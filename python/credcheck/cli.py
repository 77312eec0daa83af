"""`credcheck` / `python -m credcheck`: the npm CLI's commands, flags, formats and exit codes, on the
same core. Exit status: 0 no errors, 1 error findings, 2 bad usage or unreadable input, 3 internal
error. Secrets are never printed."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any, Callable, Dict, List, Optional, Sequence

from . import _core, check_drift, check_env, check_env_files, explain, format_report, lint_paths, scan_paths
from ._report import Report

KINDS = ["dotenv", "oai-config-list", "autogen-component", "crewai", "client-params", "compose", "kubernetes", "litellm-config"]
CONFIG_KEYS = ["$schema", "providers", "models", "framework", "exclude", "rules"]


class UsageError(Exception):
    """Bad usage or unreadable input: exit 2 with the message."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 itself; keep credcheck's wording
        raise UsageError(f"{message} (credcheck {self.prog.split()[-1]} --help for usage)")


def _names(values: Optional[List[str]]) -> List[str]:
    """Repeated or comma-separated values."""
    out: List[str] = []
    for v in values or []:
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return out


def find_config(start: Optional[str] = None) -> Optional[Dict[str, Any]]:
    """The nearest project config from the current directory up: `credcheck.config.json`, a
    `"credcheck"` key in `package.json`, or `[tool.credcheck]` in `pyproject.toml` (Python 3.11+)."""
    at = os.path.abspath(start or os.getcwd())
    while True:
        own = os.path.join(at, "credcheck.config.json")
        if os.path.exists(own):
            return _parse_config(own, _read_json(own))
        pkg = os.path.join(at, "package.json")
        if os.path.exists(pkg):
            data = _read_json(pkg)
            if isinstance(data, dict) and "credcheck" in data:
                return _parse_config(f'{pkg} ("credcheck" key)', data["credcheck"])
        pyproject = os.path.join(at, "pyproject.toml")
        if os.path.exists(pyproject) and sys.version_info >= (3, 11):
            import tomllib

            try:
                with open(pyproject, "rb") as fh:
                    data = tomllib.load(fh)
            except (OSError, tomllib.TOMLDecodeError) as e:
                raise UsageError(f"{pyproject} is not valid TOML: {e}") from None
            section = data.get("tool", {}).get("credcheck")
            if section is not None:
                return _parse_config(f"{pyproject} ([tool.credcheck])", section)
        parent = os.path.dirname(at)
        if parent == at:
            return None
        at = parent


def _read_json(path: str) -> Any:
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except OSError as e:
        raise UsageError(f"cannot read {path}: {e.strerror or e}") from None
    try:
        return json.loads(text)
    except ValueError as e:
        raise UsageError(f"{path} is not valid JSON: {e}") from None


def _parse_config(file: str, value: Any) -> Dict[str, Any]:
    if not isinstance(value, dict):
        raise UsageError(f"{file}: the config must be a JSON object")
    for key in value:
        if key not in CONFIG_KEYS:
            raise UsageError(f"{file}: unknown key {json.dumps(key)}; the keys are {', '.join(CONFIG_KEYS[1:])}")
    for key in ("providers", "models", "exclude"):
        v = value.get(key)
        if v is not None and not (isinstance(v, list) and all(isinstance(s, str) for s in v)):
            raise UsageError(f"{file}: {key} must be an array of strings")
    if value.get("framework") is not None and not isinstance(value["framework"], str):
        raise UsageError(f"{file}: framework must be a string")
    rules = value.get("rules")
    if rules is not None:
        if not isinstance(rules, dict):
            raise UsageError(f'{file}: rules must map rule ids to "off", "info", "warning" or "error"')
        empty = {"findings": [], "summary": {"errors": 0, "warnings": 0, "infos": 0, "ok": True, "providers": []}}
        try:
            _core.revise_report(json.dumps(empty), json.dumps({"rules": rules}))
        except ValueError as e:
            raise UsageError(f"{file}: rules: {str(e).replace('credcheck: ', '', 1)}") from None
    return {"file": file, **value}


def _finding_texts(report: Report) -> Dict[str, str]:
    """The texts of the files findings point into, for baseline fingerprints."""
    texts: Dict[str, str] = {}
    for f in report.findings:
        file = f.location.file
        if not file or file in texts or file.startswith("$"):
            continue
        try:
            with open(file, encoding="utf-8", errors="replace") as fh:
                texts[file] = fh.read()
        except OSError:
            pass
    return texts


def _revise(report: Report, revision: Dict[str, Any], what: str) -> Report:
    try:
        return Report.from_json(_core.revise_report(json.dumps(report.to_dict()), json.dumps(revision)))
    except ValueError as e:
        raise UsageError(f"{what}: {str(e).replace('credcheck: ', '', 1)}") from None


def _colour(text: str) -> str:
    import re

    codes = {"error": "31", "warning": "33", "info": "36"}
    text = re.sub(r"^(error|warning|info)(\s)", lambda m: f"\x1b[{codes[m[1]]}m{m[1]}\x1b[0m{m[2]}", text, flags=re.M)
    return re.sub(r"^credcheck: (FAILED|ok):", lambda m: f"credcheck: \x1b[{'32' if m[1] == 'ok' else '31'}m{m[1]}\x1b[0m:", text, count=1, flags=re.M)


def _use_colour(to_file: bool) -> bool:
    force = os.environ.get("FORCE_COLOR")
    if force is not None:
        return force not in ("0", "false")
    if os.environ.get("NO_COLOR"):
        return False
    return not to_file and sys.stdout.isatty()


def _emit(report: Report, fmt: str, args: argparse.Namespace, config: Optional[Dict[str, Any]], render: Callable[[Report], str]) -> int:
    max_warnings = args.max_warnings
    baseline = None
    if args.baseline is not None:
        baseline = _read_json(args.baseline)
    texts = _finding_texts(report) if baseline is not None or args.write_baseline else {}
    levelled = _revise(report, {"rules": config["rules"]}, config["file"]) if config and config.get("rules") else report
    if args.write_baseline:
        written = json.loads(_core.baseline_of(json.dumps(levelled.to_dict()), texts))
        with open(args.write_baseline, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(written, indent=2, ensure_ascii=False) + "\n")
        n = len(written["findings"])
        sys.stderr.write(f"credcheck: wrote {n} finding{'' if n == 1 else 's'} to the baseline {args.write_baseline}\n")
    shown = levelled if baseline is None else _revise(levelled, {"baseline": baseline, "texts": texts}, f"the baseline {args.baseline}")
    warnings = shown.summary.warnings
    if args.quiet:
        shown = _revise(shown, {"errorsOnly": True}, "--quiet")
    out = render(shown)
    if fmt == "text" and _use_colour(args.output_file is not None):
        out = _colour(out)
    if args.output_file is not None:
        try:
            with open(args.output_file, "w", encoding="utf-8") as fh:
                fh.write(out)
        except OSError as e:
            raise UsageError(f"cannot write {args.output_file}: {e.strerror or e}") from None
    else:
        sys.stdout.write(out)
    if not shown.summary.ok:
        return 1
    if max_warnings is not None and warnings > max_warnings:
        sys.stderr.write(f"credcheck: {warnings} warning{'' if warnings == 1 else 's'}, more than --max-warnings {max_warnings} allows\n")
        return 1
    return 0


def _whole(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"wants a whole number, not {value}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"wants a whole number, not {value}")
    return n


def _output_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output-file")
    p.add_argument("-q", "--quiet", action="store_true")
    p.add_argument("--max-warnings", type=_whole)
    p.add_argument("--baseline")
    p.add_argument("--write-baseline")


def _format(p: argparse.ArgumentParser, choices: Sequence[str]) -> None:
    p.add_argument("-f", "--format", default="text", choices=list(choices))


def env_command(argv: List[str]) -> int:
    p = _Parser(prog="credcheck env", add_help=True)
    p.add_argument("-p", "--provider", action="append")
    p.add_argument("-m", "--model", action="append")
    p.add_argument("--framework")
    p.add_argument("--deployment")
    p.add_argument("--dotenv", action="append")
    p.add_argument("--token-window", type=_whole)
    _format(p, ("text", "json", "sarif"))
    _output_options(p)
    args = p.parse_args(argv)
    config = find_config()
    providers, models = _names(args.provider), _names(args.model)
    if not providers and not models and config:
        providers, models = config.get("providers") or [], config.get("models") or []
    options = dict(
        providers=providers,
        models=models,
        framework=args.framework or (config or {}).get("framework"),
        deployment=args.deployment,
        token_window_seconds=args.token_window,
    )
    try:
        report = check_env_files(args.dotenv, **options) if args.dotenv else check_env(**options)
    except (ValueError, OSError) as e:
        raise UsageError(str(e).replace("credcheck: ", "", 1)) from None
    return _emit(report, args.format, args, config, lambda r: format_report(r, args.format) + ("" if args.format == "text" else "\n"))


def scan_command(argv: List[str], lint_only: bool = False) -> int:
    name = "lint" if lint_only else "scan"
    p = _Parser(prog=f"credcheck {name}")
    p.add_argument("paths", nargs="*")
    _format(p, ("text", "json", "sarif"))
    p.add_argument("--max-size")
    p.add_argument("--exclude", action="append")
    p.add_argument("--no-gitignore", action="store_true")
    if not lint_only:
        p.add_argument("--kind", choices=KINDS)
        p.add_argument("--no-lint", action="store_true")
    _output_options(p)
    args = p.parse_args(argv)
    max_bytes = None
    if args.max_size is not None:
        try:
            mb = float(args.max_size)
        except ValueError:
            mb = 0
        if not mb > 0:
            raise UsageError(f"--max-size wants a positive number of megabytes, not {args.max_size}")
        max_bytes = int(mb * 1024 * 1024)
    config = find_config()
    exclude = list((config or {}).get("exclude") or []) + list(args.exclude or [])
    try:
        if lint_only:
            result = lint_paths(args.paths, max_bytes=max_bytes, gitignore=not args.no_gitignore, exclude=exclude)
        else:
            result = scan_paths(args.paths, max_bytes=max_bytes, kind=args.kind, lint=not args.no_lint, gitignore=not args.no_gitignore, exclude=exclude)
    except (ValueError, OSError) as e:
        raise UsageError(str(e).replace("credcheck: ", "", 1)) from None
    for s in result.skipped:
        sys.stderr.write(f"credcheck: skipped {s.path}: {s.reason}\n")

    def render(r: Report) -> str:
        if args.format == "json":
            return json.dumps({**r.to_dict(), "files": result.files, "skipped": [s.__dict__ for s in result.skipped]}, indent=2, ensure_ascii=False) + "\n"
        return format_report(r, args.format) + ("\n" if args.format == "sarif" else "")

    return _emit(result.report, args.format, args, config, render)


def explain_command(argv: List[str]) -> int:
    p = _Parser(prog="credcheck explain")
    p.add_argument("text", nargs="*")
    p.add_argument("-i", "--file")
    _format(p, ("text", "json"))
    args = p.parse_args(argv)
    source = args.file if args.file is not None else ("-" if not args.text or args.text == ["-"] else None)
    if source is not None:
        try:
            text = sys.stdin.read() if source == "-" else open(source, encoding="utf-8", errors="replace").read()
        except OSError as e:
            raise UsageError(f"cannot read {'standard input' if source == '-' else source}: {e.strerror or e}") from None
    else:
        text = " ".join(args.text)
    if not text.strip():
        raise UsageError("no error text: pass it as an argument, with --file, or on standard input")
    explanation = explain(text)
    sys.stdout.write(explanation.format(args.format) + ("\n" if args.format == "json" else ""))
    return 1 if explanation.causes else 0


def drift_command(argv: List[str]) -> int:
    p = _Parser(prog="credcheck drift")
    p.add_argument("files", nargs="*")
    _format(p, ("text", "json", "sarif"))
    _output_options(p)
    args = p.parse_args(argv)
    pairs = []
    for name in args.files or ["-"]:
        try:
            text = sys.stdin.read() if name == "-" else open(name, encoding="utf-8", errors="replace").read()
        except OSError as e:
            raise UsageError(f"cannot read {'standard input' if name == '-' else name}: {e.strerror or e}") from None
        pairs.append((name, text))
    try:
        report = check_drift(pairs)
    except ValueError as e:
        raise UsageError(str(e).replace("credcheck: ", "", 1)) from None
    return _emit(report, args.format, args, find_config(), lambda r: format_report(r, args.format) + ("" if args.format == "text" else "\n"))


def _list_format(argv: List[str], prog: str) -> str:
    p = _Parser(prog=prog)
    _format(p, ("text", "json"))
    return p.parse_args(argv).format


def providers_command(argv: List[str]) -> int:
    fmt = _list_format(argv, "credcheck providers")
    out = []
    for p in json.loads(_core.catalog_json())["providers"]:
        slots = {s for group in p["auth"] for s in group}
        keys = [v["name"] for v in p["vars"] if v["slot"] in slots and not v.get("fallback")]
        out.append({"id": p["id"], "name": p["name"], "keys": keys})
    if fmt == "json":
        sys.stdout.write(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    else:
        for p in out:
            sys.stdout.write(f"{p['id']:<13} {p['name']:<14} {', '.join(p['keys'])}\n")
    return 0


def rules_command(argv: List[str]) -> int:
    fmt = _list_format(argv, "credcheck rules")
    rules = json.loads(_core.rules_json())
    if fmt == "json":
        sys.stdout.write(json.dumps(rules, indent=2, ensure_ascii=False) + "\n")
    else:
        for r in rules:
            sys.stdout.write(f"{r['id']:<26} {r['severity']:<8} {r['summary']}\n")
    return 0


def health_command(argv: List[str]) -> int:
    from .health import health_check

    p = _Parser(prog="credcheck health")
    p.add_argument("-p", "--provider", action="append")
    p.add_argument("--timeout", type=_whole)
    _format(p, ("text", "json"))
    args = p.parse_args(argv)
    if args.timeout is not None and args.timeout <= 0:
        raise UsageError(f"--timeout wants a whole number of milliseconds, not {args.timeout}")
    known = [p["id"] for p in json.loads(_core.catalog_json())["providers"]]
    providers = _names(args.provider)
    for name in providers:
        if name not in known:
            raise UsageError(f"unknown provider {json.dumps(name)}; known providers: {', '.join(known)}")
    if not providers:
        providers = check_env().summary.providers
    if not providers:
        raise UsageError("no provider key is set in the environment: name one with --provider")
    results = [health_check(p, timeout_ms=args.timeout or 10_000) for p in providers]
    if args.format == "json":
        sys.stdout.write(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    else:
        for r in results:
            status = "" if r.get("status") is None else f" (HTTP {r['status']})"
            key = f" [{r['key']['masked']} {r['key']['fingerprint']}]" if r.get("key") else ""
            fix = "" if r["ok"] else f"        fix: {r['fix']}\n"
            sys.stdout.write(f"{'ok     ' if r['ok'] else 'FAILED '} {r['provider']}: {r['outcome']}{status}{key}\n        {r['message']}\n{fix}")
        failed = sum(1 for r in results if not r["ok"])
        summary = {"findings": [], "summary": {"errors": failed, "warnings": 0, "infos": 0, "ok": failed == 0, "providers": list(dict.fromkeys(r["provider"] for r in results))}}
        sys.stdout.write("\n" + format_report(summary, "text"))
    return 0 if all(r["ok"] for r in results) else 1


USAGE = """credcheck {version}: find LLM-provider credential problems before they bite.

Usage:
  credcheck env [options]     check this process's environment (or --dotenv files)
  credcheck scan [paths...]   check config files and deployment manifests, and lint sources (default: .)
  credcheck lint [paths...]   lint JavaScript, TypeScript and Python sources (default: .)
  credcheck explain [TEXT]    explain an auth error from its text (argument, --file F, or stdin)
  credcheck providers [-f json]  list catalogued providers and the variables they read
  credcheck rules [-f json]      list rule ids, severities and summaries
  credcheck health -p ID      make each provider's cheap authenticated request and say what the answer means
  credcheck drift [files|-]   compare the replicas' startup records in logs (default: stdin)
  credcheck COMMAND --help    that command's options
  credcheck --version | --help

The same commands, flags, formats and exit codes as the npm package's CLI (`npx credcheck`), on
the same Rust core. Exit status: 0 no errors, 1 error findings, 2 bad usage or unreadable input,
3 internal error. Secrets are never printed: values appear masked with a fingerprint.
"""

COMMANDS: Dict[str, Callable[[List[str]], int]] = {
    "env": env_command,
    "scan": scan_command,
    "lint": lambda a: scan_command(a, lint_only=True),
    "explain": explain_command,
    "providers": providers_command,
    "rules": rules_command,
    "health": health_command,
    "drift": drift_command,
}


def run(argv: List[str]) -> int:
    """Runs one command; returns the exit status."""
    if not argv or argv[0] in ("-h", "--help", "help") and len(argv) == 1:
        sys.stdout.write(USAGE.format(version=_core.VERSION))
        return 0
    if argv[0] in ("-v", "--version"):
        sys.stdout.write(f"{_core.VERSION}\n")
        return 0
    if argv[0] == "help":
        argv = [argv[1], "--help"]
    command = COMMANDS.get(argv[0])
    if command is None:
        raise UsageError(f"unknown command {argv[0]} (credcheck --help for usage)")
    try:
        return command(argv[1:])
    except SystemExit as e:  # --help
        return int(e.code or 0)


def main(argv: Optional[List[str]] = None) -> None:
    """The console script."""
    try:
        code = run(list(sys.argv[1:] if argv is None else argv))
    except UsageError as e:
        sys.stderr.write(f"credcheck: {e}\n")
        code = 2
    except BrokenPipeError:
        # A closed pipe (`credcheck scan | head -1`) ends quietly, as grep does.
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        code = 0
    except KeyboardInterrupt:
        code = 130
    except Exception as e:  # an internal error: say so, never a secret (messages come masked)
        sys.stderr.write(f"credcheck: internal error: {type(e).__name__}: {_core.mask_text(str(e))}\n")
        code = 3
    sys.exit(code)

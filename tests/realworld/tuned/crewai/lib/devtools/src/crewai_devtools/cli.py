"""Development tools for version bumping and git automation."""

from collections.abc import Mapping
import os
from pathlib import Path
import re
import shlex
import subprocess
import sys
import tempfile
import time
from typing import Final, Literal
from urllib.request import urlopen

import click
from dotenv import load_dotenv
from github import Github
from openai import OpenAI
from rich.console import Console
from rich.markdown import Markdown
from rich.panel import Panel
from rich.prompt import Confirm
import tomlkit
import yaml

from crewai_devtools.docs_check import docs_check
from crewai_devtools.docs_versioning import (
    InvalidVersionError,
    MissingEdgeSourcesError,
    freeze as freeze_docs,
)
from crewai_devtools.prompts import RELEASE_NOTES_PROMPT, TRANSLATE_RELEASE_NOTES_PROMPT


load_dotenv()

console = Console()


def _resume_hint(message: str) -> None:
    """Print a boxed resume hint after a failure."""
    console.print()
    console.print(
        Panel(
            message,
            title="[bold yellow]How to resume[/bold yellow]",
            border_style="yellow",
            padding=(1, 2),
        )
    )


def _print_release_error(e: BaseException) -> None:
    """Print a release error with stderr if available."""
    if isinstance(e, KeyboardInterrupt):
        raise
    if isinstance(e, SystemExit):
        return
    if isinstance(e, subprocess.CalledProcessError):
        console.print(f"[red]Error running command:[/red] {e}")
        if e.stderr:
            console.print(e.stderr)
    else:
        console.print(f"[red]Error:[/red] {e}")


def run_command(cmd: list[str], cwd: Path | None = None) -> str:
    """Run a shell command and return output.

    Args:
        cmd: Command to run as list of strings.
        cwd: Working directory for command.

    Returns:
        Command output as string.

    Raises:
        subprocess.CalledProcessError: If command fails.
    """
    result = subprocess.run(  # noqa: S603
        cmd,
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def check_gh_installed() -> None:
    """Check if GitHub CLI is installed and offer to install it.

    Raises:
        SystemExit: If gh is not installed and user declines installation.
    """
    try:
        run_command(["gh", "--version"])
    except (subprocess.CalledProcessError, FileNotFoundError):
        console.print("[yellow]Warning:[/yellow] GitHub CLI (gh) is not installed")
        import platform

        if platform.system() == "Darwin":
            try:
                run_command(["brew", "--version"])
                from rich.prompt import Confirm

                if Confirm.ask(
                    "\n[bold]Would you like to install GitHub CLI via Homebrew?[/bold]",
                    default=True,
                ):
                    try:
                        console.print("\nInstalling GitHub CLI...")
                        subprocess.run(
                            ["brew", "install", "gh"],  # noqa: S607
                            check=True,
                        )
                        console.print(
                            "[green]✓[/green] GitHub CLI installed successfully"
                        )
                        console.print("\nAuthenticating with GitHub...")
                        subprocess.run(
                            ["gh", "auth", "login"],  # noqa: S607
                            check=True,
                        )
                        console.print("[green]✓[/green] GitHub authentication complete")
                        return
                    except subprocess.CalledProcessError as e:
                        console.print(
                            f"[red]Error:[/red] Failed to install or authenticate gh: {e}"
                        )
                        console.print(
                            "\nYou can try running [bold]gh auth login[/bold] manually"
                        )
            except (subprocess.CalledProcessError, FileNotFoundError):
                pass

        console.print("\nPlease install GitHub CLI from: https://cli.github.com/")
        console.print("\nInstallation instructions:")
        console.print("  macOS:   brew install gh")
        console.print(
            "  Linux:   https://github.com/cli/cli/blob/trunk/docs/install_linux.md"
        )
        console.print("  Windows: winget install --id GitHub.cli")
        sys.exit(1)


def check_git_clean() -> None:
    """Check if git working directory is clean.

    Raises:
        SystemExit: If there are uncommitted changes.
    """
    try:
        status = run_command(["git", "status", "--porcelain"])
        if status:
            console.print(
                "[red]Error:[/red] You have uncommitted changes. Please commit or stash them first."
            )
            sys.exit(1)
    except subprocess.CalledProcessError as e:
        console.print(f"[red]Error checking git status:[/red] {e}")
        sys.exit(1)


def _branch_exists_local(branch: str, cwd: Path | None = None) -> bool:
    try:
        subprocess.run(  # noqa: S603
            ["git", "show-ref", "--verify", "--quiet", f"refs/heads/{branch}"],  # noqa: S607
            cwd=cwd,
            check=True,
            capture_output=True,
        )
        return True
    except subprocess.CalledProcessError:
        return False


def _branch_exists_remote(branch: str, cwd: Path | None = None) -> bool:
    try:
        output = run_command(["git", "ls-remote", "--heads", "origin", branch], cwd=cwd)
        return bool(output.strip())
    except subprocess.CalledProcessError:
        return False


def _open_pr_url_for_branch(branch: str, cwd: Path | None = None) -> str | None:
    """Return URL of open PR for branch, or None if no open PR exists."""
    try:
        url = run_command(
            [
                "gh",
                "pr",
                "list",
                "--head",
                branch,
                "--state",
                "open",
                "--json",
                "url",
                "--jq",
                ".[0].url // empty",
            ],
            cwd=cwd,
        )
        return url or None
    except subprocess.CalledProcessError:
        return None


def create_or_reset_branch(branch: str, cwd: Path | None = None) -> None:
    """Create ``branch`` from current HEAD, resetting any stale copy.

    If the branch exists locally or on origin, prompts the user to
    choose between resetting it or aborting. If an open PR exists on
    the branch, the prompt surfaces the PR URL and includes a
    close-and-reset option so in-flight work isn't silently clobbered.

    Raises:
        SystemExit: If the user declines to reset.
    """
    local_exists = _branch_exists_local(branch, cwd=cwd)
    remote_exists = _branch_exists_remote(branch, cwd=cwd)
    open_pr = _open_pr_url_for_branch(branch, cwd=cwd) if remote_exists else None

    if local_exists or remote_exists:
        if open_pr:
            console.print(
                f"\n[yellow]![/yellow] Branch [bold]{branch}[/bold] already has an open PR: {open_pr}"
            )
            prompt = "Close the PR, reset the branch, and continue?"
        else:
            where = []
            if local_exists:
                where.append("local")
            if remote_exists:
                where.append("remote")
            console.print(
                f"\n[yellow]![/yellow] Branch [bold]{branch}[/bold] already exists ({', '.join(where)}) with no open PR"
            )
            prompt = "Delete it and recreate?"

        if not Confirm.ask(prompt, default=False):
            console.print("[red]Aborted.[/red]")
            sys.exit(1)

        if open_pr:
            console.print(f"Closing PR {open_pr}...")
            run_command(
                ["gh", "pr", "close", branch, "--delete-branch"],
                cwd=cwd,
            )
            # `gh pr close --delete-branch` removes the remote branch
            # and, when checked out, the local branch too.
            local_exists = _branch_exists_local(branch, cwd=cwd)
            remote_exists = False

        if local_exists:
            current = run_command(
                ["git", "rev-parse", "--abbrev-ref", "HEAD"], cwd=cwd
            ).strip()
            if current == branch:
                console.print(
                    f"[yellow]![/yellow] Currently on {branch}, switching to main before delete"
                )
                run_command(["git", "checkout", "main"], cwd=cwd)
            console.print(f"[yellow]![/yellow] Deleting local branch {branch}")
            run_command(["git", "branch", "-D", branch], cwd=cwd)

        if remote_exists:
            console.print(f"[yellow]![/yellow] Deleting remote branch {branch}")
            run_command(["git", "push", "origin", "--delete", branch], cwd=cwd)

    run_command(["git", "checkout", "-b", branch], cwd=cwd)


def update_version_in_file(file_path: Path, new_version: str) -> bool:
    """Update __version__ attribute in a Python file.

    Args:
        file_path: Path to Python file.
        new_version: New version string.

    Returns:
        True if version was updated, False otherwise.
    """
    if not file_path.exists():
        return False

    content = file_path.read_text()
    lines = content.splitlines()
    updated = False

    for i, line in enumerate(lines):
        if line.strip().startswith("__version__"):
            lines[i] = f'__version__ = "{new_version}"'
            updated = True
            break

    if updated:
        file_path.write_text("\n".join(lines) + "\n")
        return True

    return False


def update_pyproject_version(file_path: Path, new_version: str) -> bool:
    """Update the [project] version field in a pyproject.toml file.

    Args:
        file_path: Path to pyproject.toml file.
        new_version: New version string.

    Returns:
        True if version was updated, False otherwise.
    """
    if not file_path.exists():
        return False

    doc = tomlkit.parse(file_path.read_text())
    project = doc.get("project")
    if project is None:
        return False
    old_version = project.get("version")
    if old_version is None or old_version == new_version:
        return False

    project["version"] = new_version
    file_path.write_text(tomlkit.dumps(doc))
    return True


_DEFAULT_WORKSPACE_PACKAGES: Final[list[str]] = [
    "crewai",
    "crewai-cli",
    "crewai-core",
    "crewai-devtools",
    "crewai-files",
    "crewai-tools",
]


def update_pyproject_dependencies(
    file_path: Path,
    new_version: str,
    extra_packages: list[str] | None = None,
) -> bool:
    """Update workspace dependency versions in pyproject.toml.

    Args:
        file_path: Path to pyproject.toml file.
        new_version: New version string.
        extra_packages: Additional package names to update beyond the defaults.

    Returns:
        True if any dependencies were updated, False otherwise.
    """
    if not file_path.exists():
        return False

    content = file_path.read_text()
    lines = content.splitlines()
    updated = False

    workspace_packages = _DEFAULT_WORKSPACE_PACKAGES + (extra_packages or [])

    current_extra: str | None = None
    extra_header = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=\s*\[")

    for i, line in enumerate(lines):
        match = extra_header.match(line)
        if match:
            current_extra = match.group(1)
        elif line.strip().startswith("]"):
            current_extra = None

        for pkg in workspace_packages:
            if pkg == "crewai-files" and current_extra == "file-processing":
                continue
            if f"{pkg}==" in line:
                stripped = line.lstrip()
                indent = line[: len(line) - len(stripped)]

                if '"' in line:
                    lines[i] = f'{indent}"{pkg}=={new_version}",'
                elif "'" in line:
                    lines[i] = f"{indent}'{pkg}=={new_version}',"
                else:
                    lines[i] = f"{indent}{pkg}=={new_version},"

                updated = True

    if updated:
        file_path.write_text("\n".join(lines) + "\n")
        return True

    return False


def add_docs_version(docs_json_path: Path, version: str) -> bool:
    """Freeze Edge into a new snapshot and register the version in docs.json.

    Thin compatibility wrapper around :func:`crewai_devtools.docs_versioning.freeze`.
    Materialises ``docs/v<version>/`` from ``docs/edge/`` (copies files, rewrites
    ``openapi:`` refs inside the snapshot), inserts a new ``vX.Y.Z`` entry into
    every language's ``versions[]`` block just after Edge, marks it
    default + ``Latest`` (demoting the prior default), and updates the wildcard
    ``/<lang>/:slug*`` redirects to point at the new version.

    Skipped (returns False) for pre-release versions like ``1.10.1b1`` since
    those don't get their own snapshot — pre-release docs stay on Edge.

    Args:
        docs_json_path: Path to docs/docs.json.
        version: Version string (e.g., ``"1.10.1"``). Pre-releases are skipped.

    Returns:
        True if docs.json was updated, False otherwise (missing file, missing
        Edge sources, pre-release, or snapshot already up to date).
    """
    if not docs_json_path.exists():
        return False
    if _is_prerelease(version):
        return False

    docs_root = docs_json_path.parent
    try:
        result = freeze_docs(version, docs_root)
    except (InvalidVersionError, MissingEdgeSourcesError) as e:
        console.print(f"[yellow]Warning:[/yellow] {e}")
        return False

    return result.docsjson_entries_inserted > 0 or result.redirects_upserted > 0


ChangelogLang = Literal["en", "pt-BR", "ko", "ar"]

_PT_BR_MONTHS: Final[dict[int, str]] = {
    1: "jan",
    2: "fev",
    3: "mar",
    4: "abr",
    5: "mai",
    6: "jun",
    7: "jul",
    8: "ago",
    9: "set",
    10: "out",
    11: "nov",
    12: "dez",
}

_AR_MONTHS: Final[dict[int, str]] = {
    1: "يناير",
    2: "فبراير",
    3: "مارس",
    4: "أبريل",
    5: "مايو",
    6: "يونيو",
    7: "يوليو",
    8: "أغسطس",
    9: "سبتمبر",
    10: "أكتوبر",
    11: "نوفمبر",
    12: "ديسمبر",
}

_CHANGELOG_LOCALES: Final[
    dict[ChangelogLang, dict[Literal["link_text", "language_name"], str]]
] = {
    "en": {
        "link_text": "View release on GitHub",
        "language_name": "English",
    },
    "pt-BR": {
        "link_text": "Ver release no GitHub",
        "language_name": "Brazilian Portuguese",
    },
    "ko": {
        "link_text": "GitHub 릴리스 보기",
        "language_name": "Korean",
    },
    "ar": {
        "link_text": "عرض الإصدار على GitHub",
        "language_name": "Modern Standard Arabic",
    },
}


def translate_release_notes(
    release_notes: str,
    lang: ChangelogLang,
    client: OpenAI,
) -> str:
    """Translate release notes into the target language using OpenAI.

    Args:
        release_notes: English release notes markdown.
        lang: Language code (e.g., "pt-BR", "ko").
        client: OpenAI client instance.

    Returns:
        Translated release notes, or original on failure.
    """
    locale_cfg = _CHANGELOG_LOCALES.get(lang)
    if not locale_cfg:
        return release_notes

    language_name = locale_cfg["language_name"]
    prompt = TRANSLATE_RELEASE_NOTES_PROMPT.substitute(
        language=language_name,
        release_notes=release_notes,
    )

    try:
        response = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[
                {
                    "role": "system",
                    "content": f"You are a professional translator. Translate technical documentation into {language_name}.",
                },
                {"role": "user", "content": prompt},
            ],
            temperature=0.3,
        )
        return response.choices[0].message.content or release_notes
    except Exception as e:
        console.print(
            f"[yellow]Warning:[/yellow] Could not translate to {language_name}: {e}"
        )
        return release_notes


def _format_changelog_date(lang: ChangelogLang) -> str:
    """Format today's date for a changelog entry in the given language."""
    from datetime import datetime

    now = datetime.now()
    if lang == "ko":
        return f"{now.year}년 {now.month}월 {now.day}일"
    if lang == "pt-BR":
        return f"{now.day:02d} {_PT_BR_MONTHS[now.month]} {now.year}"
    if lang == "ar":
        return f"{now.day} {_AR_MONTHS[now.month]} {now.year}"
    return now.strftime("%b %d, %Y")


def update_changelog(
    changelog_path: Path,
    version: str,
    release_notes: str,
    lang: ChangelogLang = "en",
) -> bool:
    """Prepend a new release entry to a docs changelog file.

    Args:
        changelog_path: Path to the changelog.mdx file.
        version: Version string (e.g., "1.9.3").
        release_notes: Markdown release notes content.
        lang: Language code for localized date/link text.

    Returns:
        True if changelog was updated, False otherwise.
    """
    if not changelog_path.exists():
        return False

    locale_cfg = _CHANGELOG_LOCALES.get(lang, _CHANGELOG_LOCALES["en"])
    date_label = _format_changelog_date(lang)
    link_text = locale_cfg["link_text"]

    # Indent each non-empty line with 2 spaces to match <Update> block format
    indented_lines = []
    for line in release_notes.splitlines():
        if line.strip():
            indented_lines.append(f"  {line}")
        else:
            indented_lines.append("")
    indented_notes = "\n".join(indented_lines)

    entry = (
        f'<Update label="{date_label}">\n'
        f"  ## v{version}\n"
        f"\n"
        f"  [{link_text}]"
        f"(https://github.com/crewAIInc/crewAI/releases/tag/{version})\n"
        f"\n"
        f"{indented_notes}\n"
        f"\n"
        f"</Update>"
    )

    content = changelog_path.read_text()

    # Insert after the frontmatter closing ---
    parts = content.split("---", 2)
    if len(parts) >= 3:
        new_content = (
            parts[0]
            + "---"
            + parts[1]
            + "---\n"
            + entry
            + "\n\n"
            + parts[2].lstrip("\n")
        )
    else:
        new_content = entry + "\n\n" + content

    changelog_path.write_text(new_content)
    return True


def _is_crewai_dep(spec: str) -> bool:
    """Return True if *spec* is a ``crewai`` or ``crewai[...]`` dependency."""
    if not spec.startswith("crewai"):
        return False
    rest = spec[6:]
    return len(rest) > 0 and rest[0] in ("[", "=", ">", "<", "~", "!")


def _pin_crewai_deps(content: str, version: str) -> str:
    """Replace crewai dependency version pins in a pyproject.toml string.

    Handles both pinned (==) and minimum (>=) version specifiers,
    as well as extras like [tools].

    Args:
        content: File content to transform.
        version: New version string.

    Returns:
        Transformed content.
    """
    doc = tomlkit.parse(content)
    for key in ("dependencies", "optional-dependencies"):
        deps = doc.get("project", {}).get(key)
        if deps is None:
            continue
        dep_lists = deps.values() if isinstance(deps, Mapping) else [deps]
        for dep_list in dep_lists:
            for i, dep in enumerate(dep_list):
                s = str(dep)
                if not _is_crewai_dep(s) or ("==" not in s and ">=" not in s):
                    continue
                extras = s[6 : s.index("]") + 1] if "[" in s[6:7] else ""
                dep_list[i] = f"crewai{extras}=={version}"
    return tomlkit.dumps(doc)


def update_template_dependencies(templates_dir: Path, new_version: str) -> list[Path]:
    """Update crewai dependency versions in CLI template pyproject.toml files.

    Uses simple string replacement instead of TOML parsing because
    template files contain Jinja placeholders (``{{folder_name}}``)
    that are not valid TOML.

    Args:
        templates_dir: Path to the CLI templates directory.
        new_version: New version string.

    Returns:
        List of paths that were updated.
    """
    import re

    pattern = re.compile(r"(crewai(?:\[[\w,]+\])?)(?:==|>=)[^\s\"']+")
    updated = []
    for pyproject in templates_dir.rglob("pyproject.toml"):
        content = pyproject.read_text()
        new_content = pattern.sub(rf"\1=={new_version}", content)
        if new_content != content:
            pyproject.write_text(new_content)
            updated.append(pyproject)

    return updated


def find_version_files(base_path: Path) -> list[Path]:
    """Find all __init__.py files that contain __version__.

    Args:
        base_path: Base directory to search in.

    Returns:
        List of paths to files containing __version__.
    """
    return [
        init_file
        for init_file in base_path.rglob("__init__.py")
        if "__version__" in init_file.read_text()
    ]


def get_packages(lib_dir: Path) -> list[Path]:
    """Get all packages from lib/ directory.

    Args:
        lib_dir: Path to lib/ directory.

    Returns:
        List of package directory paths.

    Raises:
        SystemExit: If lib/ doesn't exist or no packages found.
    """
    if not lib_dir.exists():
        console.print("[red]Error:[/red] lib/ directory not found")
        sys.exit(1)

    packages = [p for p in lib_dir.iterdir() if p.is_dir()]

    if not packages:
        console.print("[red]Error:[/red] No packages found in lib/")
        sys.exit(1)

    return packages


PrereleaseIndicator = Literal["a", "b", "rc", "alpha", "beta", "dev"]
_PRERELEASE_INDICATORS: Final[tuple[PrereleaseIndicator, ...]] = (
    "a",
    "b",
    "rc",
    "alpha",
    "beta",
    "dev",
)


def _is_prerelease(version: str) -> bool:
    """Check if a version string represents a pre-release."""
    v = version.lower().lstrip("v")
    return any(indicator in v for indicator in _PRERELEASE_INDICATORS)


def get_commits_from_last_tag(
    tag_name: str, version: str, cwd: Path | None = None
) -> tuple[str, str]:
    """Get commits from the last tag, excluding current version.

    Args:
        tag_name: Current tag name (e.g., "v1.0.0").
        version: Current version (e.g., "1.0.0").
        cwd: Directory to run git commands in (defaults to current).

    Returns:
        Tuple of (commit_range, commits) where commits is newline-separated.
    """
    try:
        all_tags = run_command(
            ["git", "tag", "--sort=-version:refname"], cwd=cwd
        ).split("\n")
        prev_tags = [t for t in all_tags if t and t != tag_name and t != f"v{version}"]

        if not _is_prerelease(version):
            prev_tags = [t for t in prev_tags if not _is_prerelease(t)]

        if prev_tags:
            last_tag = prev_tags[0]
            commit_range = f"{last_tag}..HEAD"
            commits = run_command(
                ["git", "log", commit_range, "--pretty=format:%s"], cwd=cwd
            )
        else:
            commit_range = "HEAD"
            commits = run_command(["git", "log", "--pretty=format:%s"], cwd=cwd)
    except subprocess.CalledProcessError:
        commit_range = "HEAD"
        commits = run_command(["git", "log", "--pretty=format:%s"], cwd=cwd)

    return commit_range, commits


def get_github_contributors(
    commit_range: str,
    repo: str = "crewAIInc/crewAI",
    cwd: Path | None = None,
) -> list[str]:
    """Get GitHub usernames from commit range using GitHub API.

    Args:
        commit_range: Git commit range (e.g., "abc123..HEAD").
        repo: GitHub repo in ``owner/name`` form to resolve commits against.
        cwd: Directory to run git commands in (defaults to current).

    Returns:
        List of GitHub usernames sorted alphabetically.
    """
    try:
        try:
            gh_token = run_command(["gh", "auth", "token"])
        except subprocess.CalledProcessError:
            gh_token = None

        g = Github(login_or_token=gh_token) if gh_token else Github()
        github_repo = g.get_repo(repo)

        commit_shas = run_command(
            ["git", "log", commit_range, "--pretty=format:%H"], cwd=cwd
        ).split("\n")

        contributors = set()
        for sha in commit_shas:
            if not sha:
                continue
            try:
                commit = github_repo.get_commit(sha)
                if commit.author and commit.author.login:
                    contributors.add(commit.author.login)

                if commit.commit.message:
                    for line in commit.commit.message.split("\n"):
                        if line.strip().startswith("Co-authored-by:"):
                            if "<" in line and ">" in line:
                                email_part = line.split("<")[1].split(">")[0]
                                if "@users.noreply.github.com" in email_part:
                                    username = email_part.split("+")[-1].split("@")[0]
                                    contributors.add(username)
            except Exception:  # noqa: S112
                continue

        return sorted(list(contributors))

    except Exception as e:
        console.print(
            f"[yellow]Warning:[/yellow] Could not fetch GitHub contributors: {e}"
        )
        return []


def _poll_pr_until_merged(
    branch_name: str, label: str, repo: str | None = None
) -> None:
    """Poll a GitHub PR until it is merged. Exit if closed without merging.

    Args:
        branch_name: Branch name to look up the PR.
        label: Human-readable label for status messages.
        repo: Optional GitHub repo (owner/name) for cross-repo PRs.
    """
    console.print(f"[cyan]Waiting for {label} to be merged...[/cyan]")
    cmd = ["gh", "pr", "view", branch_name]
    if repo:
        cmd.extend(["--repo", repo])
    cmd.extend(["--json", "state", "--jq", ".state"])

    while True:
        time.sleep(10)
        try:
            state = run_command(cmd)
        except subprocess.CalledProcessError:
            state = ""

        if state == "MERGED":
            break

        if state == "CLOSED":
            console.print(f"[red]✗[/red] {label} was closed without merging")
            sys.exit(1)

        console.print(f"[dim]Still waiting for {label} to merge...[/dim]")

    console.print(f"[green]✓[/green] {label} merged")


def _update_all_versions(
    cwd: Path,
    lib_dir: Path,
    version: str,
    packages: list[Path],
    dry_run: bool,
) -> list[Path]:
    """Bump __version__, pyproject deps, template deps, and run uv sync."""
    updated_files: list[Path] = []

    for pkg in packages:
        version_files = find_version_files(pkg)
        for vfile in version_files:
            if dry_run:
                console.print(
                    f"[dim][DRY RUN][/dim] Would update: {vfile.relative_to(cwd)}"
                )
            else:
                if update_version_in_file(vfile, version):
                    console.print(f"[green]✓[/green] Updated: {vfile.relative_to(cwd)}")
                    updated_files.append(vfile)
                else:
                    console.print(
                        f"[red]✗[/red] Failed to update: {vfile.relative_to(cwd)}"
                    )

        pyproject = pkg / "pyproject.toml"
        if pyproject.exists():
            if dry_run:
                console.print(
                    f"[dim][DRY RUN][/dim] Would update dependencies in: {pyproject.relative_to(cwd)}"
                )
            else:
                if update_pyproject_dependencies(pyproject, version):
                    console.print(
                        f"[green]✓[/green] Updated dependencies in: {pyproject.relative_to(cwd)}"
                    )
                    updated_files.append(pyproject)

    if not updated_files and not dry_run:
        console.print(
            "[yellow]Warning:[/yellow] No __version__ attributes found to update"
        )

    templates_dir = lib_dir / "cli" / "src" / "crewai_cli" / "templates"
    if templates_dir.exists():
        if dry_run:
            for tpl in templates_dir.rglob("pyproject.toml"):
                console.print(
                    f"[dim][DRY RUN][/dim] Would update template: {tpl.relative_to(cwd)}"
                )
        else:
            tpl_updated = update_template_dependencies(templates_dir, version)
            for tpl in tpl_updated:
                console.print(
                    f"[green]✓[/green] Updated template: {tpl.relative_to(cwd)}"
                )
                updated_files.append(tpl)

    if not dry_run:
        console.print("\nSyncing workspace...")
        run_command(["uv", "sync"])
        console.print("[green]✓[/green] Workspace synced")
    else:
        console.print("[dim][DRY RUN][/dim] Would run: uv sync")

    return updated_files


def _generate_release_notes(
    version: str,
    tag_name: str,
    no_edit: bool,
    cwd: Path | None = None,
    gh_repo: str = "crewAIInc/crewAI",
    openai_client: OpenAI | None = None,
    bump_already_done: bool = True,
) -> tuple[str, OpenAI, bool]:
    """Generate, display, and optionally edit release notes.

    Args:
        version: Version being released.
        tag_name: Tag name for the release.
        no_edit: Skip the interactive edit prompt.
        cwd: Directory to run git commands in (defaults to current).
        gh_repo: GitHub repo (``owner/name``) for resolving contributors.
        openai_client: Reuse an existing OpenAI client if provided.
        bump_already_done: True when the ``feat: bump versions to <version>``
            commit for the current release is already in history (the real
            release path). False in previews where no bump exists yet — the
            most recent bump commit is the *previous* version and must be
            used as the range start.

    Returns:
        Tuple of (release_notes, openai_client, is_prerelease).
    """
    release_notes = f"Release {version}"
    commits = ""

    with console.status("[cyan]Generating release notes..."):
        try:
            prev_bump_output = run_command(
                [
                    "git",
                    "log",
                    "--grep=^feat: bump versions to",
                    "--format=%H %s",
                ],
                cwd=cwd,
            )
            bump_entries = [
                line for line in prev_bump_output.strip().split("\n") if line.strip()
            ]

            is_stable = not _is_prerelease(version)
            prev_commit = None
            scan_entries = bump_entries[1:] if bump_already_done else bump_entries
            for entry in scan_entries:
                bump_ver = entry.split("feat: bump versions to", 1)[-1].strip()
                if is_stable and _is_prerelease(bump_ver):
                    continue
                prev_commit = entry.split()[0]
                break

            if prev_commit:
                commit_range = f"{prev_commit}..HEAD"
                commits = run_command(
                    ["git", "log", commit_range, "--pretty=format:%s"], cwd=cwd
                )

                commit_lines = [
                    line
                    for line in commits.split("\n")
                    if not line.startswith("feat: bump versions to")
                ]
                commits = "\n".join(commit_lines)
            else:
                commit_range, commits = get_commits_from_last_tag(
                    tag_name, version, cwd=cwd
                )

        except subprocess.CalledProcessError:
            commit_range, commits = get_commits_from_last_tag(
                tag_name, version, cwd=cwd
            )

        github_contributors = get_github_contributors(
            commit_range, repo=gh_repo, cwd=cwd
        )

        if openai_client is None:
            openai_client = OpenAI(api_key=os.getenv("OPENAI_API_KEY"))

        if commits.strip():
            contributors_section = ""
            if github_contributors:
                contributors_section = f"\n\n## Contributors\n\n{', '.join([f'@{u}' for u in github_contributors])}"

            prompt = RELEASE_NOTES_PROMPT.substitute(
                version=version,
                commits=commits,
                contributors_section=contributors_section,
            )

            response = openai_client.chat.completions.create(
                model="gpt-4o-mini",
                messages=[
                    {
                        "role": "system",
                        "content": "You are a helpful assistant that generates clear, concise release notes.",
                    },
                    {"role": "user", "content": prompt},
                ],
                temperature=0.7,
            )

            release_notes = response.choices[0].message.content or f"Release {version}"

    console.print("[green]✓[/green] Generated release notes")

    if commits.strip():
        try:
            console.print()
            md = Markdown(release_notes, justify="left")
            console.print(
                Panel(
                    md,
                    title="[bold cyan]Generated Release Notes[/bold cyan]",
                    border_style="cyan",
                    padding=(1, 2),
                )
            )
        except Exception as e:
            console.print(
                f"[yellow]Warning:[/yellow] Could not render release notes: {e}"
            )
            console.print("Using default release notes")

    if not no_edit:
        if Confirm.ask(
            "\n[bold]Would you like to edit the release notes?[/bold]", default=True
        ):
            edited_notes = click.edit(release_notes)
            if edited_notes is not None:
                release_notes = edited_notes.strip()
                console.print("\n[green]✓[/green] Release notes updated")
            else:
                console.print("\n[green]✓[/green] Using original release notes")
        else:
            console.print(
                "\n[green]✓[/green] Using generated release notes without editing"
            )
    else:
        console.print(
            "\n[green]✓[/green] Using generated release notes without editing"
        )

    is_prerelease = _is_prerelease(version)

    return release_notes, openai_client, is_prerelease



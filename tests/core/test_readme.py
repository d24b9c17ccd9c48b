"""The README is what a newcomer reads in five minutes, and what it says works.

Its quick start is run command by command as a shell script (the real ``otlp-istio``, a real bare
git repository); its links lead to pages that exist; the details live in the documentation site.
"""
from __future__ import annotations

import os
import re
import subprocess

import yaml

from tests.conftest import CLI, ROOT

README = (ROOT / "README.md").read_text()


def quickstart_script(readme: str) -> str:
    """The quick start's shell blocks as one bash script; a line that says ``# exit code N``
    must exit N (every other command must exit 0). The set-up line is the test's own fixture."""
    region = re.search(r"\[start:quickstart\].*?\n(.*)\n.*?\[end:quickstart\]", readme, re.S)
    assert region, "README lost its quick start markers (--8<-- [start:quickstart] ... [end:quickstart])"
    blocks = re.findall(r"```sh\n(.*?)```", region.group(1), re.S)
    assert len(blocks) >= 5
    lines = []
    for line in "".join(blocks).splitlines():
        if line.startswith("make setup"):
            continue  # the test runs in this checkout's .venv already
        expected = re.search(r"#\s*exit code (\d+)", line)
        if expected:
            command = line[:expected.start()].rstrip()
            lines.append(f"rc=0; {command} || rc=$?; [ \"$rc\" -eq {expected.group(1)} ] || "
                         f"{{ echo 'quick start: exit code '$rc', not {expected.group(1)}: {command}' >&2; exit 97; }}")
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


def test_the_quick_start_runs_as_written(tmp_path):
    # GIVEN a folder standing in for the checkout (the quick start starts a folder beside it)
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    script = tmp_path / "quickstart.sh"
    script.write_text(quickstart_script(README))
    env = {**os.environ, "HOME": str(tmp_path / "home"), "PATH": f"{CLI.parent}:{os.environ['PATH']}",
           "OTLP_ISTIO_CACHE_DIR": str(tmp_path / "cache"), "GIT_CONFIG_GLOBAL": "/dev/null"}
    env.pop("OTLP_ISTIO_REPO", None)
    # WHEN its commands run, in order, as one shell script
    proc = subprocess.run(["bash", "-euo", "pipefail", str(script)], cwd=checkout, env=env,
                          capture_output=True, text=True, timeout=600)
    # THEN every command exits as the README says
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stdout + proc.stderr
    # and the environment repository holds what the story says: three commits, prod at 10 %, no dev
    repo = tmp_path / "shop-env.git"
    log = subprocess.run(["git", "--git-dir", str(repo), "log", "--format=%s"], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert len(log) == 3 and log[0].startswith("retire dev") and all(s.startswith("deploy") for s in log[1:])
    tree = subprocess.run(["git", "--git-dir", str(repo), "ls-tree", "-r", "--name-only", "main"],
                          capture_output=True, text=True, check=True).stdout.split()
    assert not any("/dev/" in p or p.startswith("clusters/dev") for p in tree)
    assert "otlp-istio/prod/mesh/virtualservice-payments.yaml" in tree
    assert "clusters/prod/otlp-istio/kustomization-otlp-istio-prod.yaml" in tree
    telemetry = subprocess.run(["git", "--git-dir", str(repo), "show", "main:otlp-istio/prod/mesh/telemetry-mesh-default.yaml"],
                               capture_output=True, text=True, check=True).stdout
    assert yaml.safe_load(telemetry)["spec"]["tracing"][0]["randomSamplingPercentage"] == 10
    deployment = subprocess.run(["git", "--git-dir", str(repo), "show",
                                 "main:otlp-istio/prod/base/deployment-otel-gateway-v1.yaml"],
                                capture_output=True, text=True, check=True).stdout
    assert yaml.safe_load(deployment)["spec"]["replicas"] == 3


def test_the_script_checks_exit_codes():
    # a command that exits otherwise than the README says stops the script
    script = quickstart_script("[start:quickstart]\n" + "```sh\ntrue\n```\n" * 4 +
                               "```sh\nfalse   # exit code 1\ntrue   # exit code 1\n```\n[end:quickstart]")
    proc = subprocess.run(["bash", "-euo", "pipefail", "-c", script], capture_output=True, text=True)
    assert proc.returncode == 97 and "exit code 0, not 1: true" in proc.stderr


def test_the_readme_is_short_and_links_to_pages_that_exist():
    assert len(README.splitlines()) <= 200, "the README is read in five minutes: move details to docs/"
    links = re.findall(r"\]\(([^)#]+)(#[^)]*)?\)", README)
    assert links
    for target, _ in links:
        if "://" not in target:
            assert (ROOT / target).exists(), target
    for page in ("docs/getting-started.md", "docs/reference/configuration.md", "docs/reference/commands.md",
                 "docs/analyzers.md"):
        assert f"]({page})" in README, page


def test_every_page_of_the_site_is_linked_from_the_nav():
    nav = yaml.safe_load((ROOT / "mkdocs.yml").read_text().split("\nnav:")[0] + "\n") or {}
    assert nav.get("docs_dir") == "docs"
    listed = set(re.findall(r":\s*([\w./-]+\.md)\s*$", (ROOT / "mkdocs.yml").read_text(), re.M))
    pages = {str(p.relative_to(ROOT / "docs")) for p in (ROOT / "docs").rglob("*.md")}
    assert pages == listed


def test_docs_and_comments_speak_of_the_product():
    # no history and no "seed" (the name of the brief the project grew from) in what users read
    texts = {"README.md": README}
    texts.update({str(p.relative_to(ROOT)): p.read_text() for p in (ROOT / "docs").rglob("*.md")})
    texts.update({str(p.relative_to(ROOT)): p.read_text()
                  for p in (ROOT / "constructs" / "otlp_istio").rglob("*") if p.suffix in (".py", ".yaml")})
    offenders = [f"{name}: {m.group(0)!r}" for name, text in texts.items()
                 for m in re.finditer(r"(?i)\bthe seed\b|\bseed's\b|\bas before\b", text)]
    assert offenders == []


def test_the_quick_start_files_are_what_the_script_writes():
    # the heredocs are valid YAML environment files (the script would write what a reader copies)
    script = quickstart_script(README)
    files = dict(re.findall(r"cat >>? (environments/\S+) <<'EOF'\n(.*?)\nEOF", script, re.S))
    assert {"environments/_base.yaml", "environments/dev.yaml", "environments/prod.yaml"} <= set(files)
    for text in files.values():
        assert isinstance(yaml.safe_load(text), dict)


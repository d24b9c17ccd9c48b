"""Mermaid drawn by a real headless Chromium (Debian's ``chromium``), from the ``mermaid`` npm
package in ``node_modules`` (nothing is fetched while the test runs).

:func:`draw` writes a page that renders one diagram with ``mermaid.render`` and asks Chromium for
the resulting DOM (``--dump-dom``) and, when asked, a screenshot; the SVG's nodes, edges and
their colours are then read from that DOM.
"""
from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[2]
MERMAID = ROOT / "node_modules" / "mermaid" / "dist" / "mermaid.min.js"


def chromium() -> Optional[str]:
    """``bin/chromium`` (``scripts/tools.sh chromium`` links Debian's), else the one on PATH."""
    linked = ROOT / "bin" / "chromium"
    if linked.exists():
        return str(linked)
    return shutil.which("chromium") or shutil.which("chromium-browser")


def available() -> bool:
    return chromium() is not None and MERMAID.is_file()


PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>pending</title>
<script src="{mermaid}"></script></head>
<body style="background:#fff">
<div id="out"></div>
<script>
mermaid.initialize({{startOnLoad: false, securityLevel: "strict", flowchart: {{htmlLabels: false}}}});
mermaid.render("diagram", {source}).then(function (r) {{
  document.getElementById("out").innerHTML = r.svg;
  document.title = "rendered";
}}).catch(function (e) {{
  document.getElementById("out").textContent = "MERMAID ERROR: " + e;
  document.title = "failed";
}});
</script></body></html>
"""


@dataclass
class Drawing:
    dom: str
    screenshot: Optional[Path]

    @property
    def rendered(self) -> bool:
        return "<title>rendered</title>" in self.dom

    @property
    def error(self) -> str:
        m = re.search(r'<div id="out">MERMAID ERROR: ([^<]*)', self.dom)
        return html.unescape(m.group(1)) if m else ""

    def node_labels(self) -> list[str]:
        """The text of every node of the flowchart."""
        out = []
        for block in re.findall(r'<g class="node[^"]*"[^>]*>(.*?)</g></g>', self.dom, flags=re.S):
            words = re.findall(r">([^<>]+)<", block)
            out.append(html.unescape(" ".join(w.strip() for w in words if w.strip())))
        return out

    def edge_paths(self) -> list[str]:
        """The ``style`` of every edge path drawn."""
        return re.findall(r'<path[^>]*class="[^"]*flowchart-link[^"]*"[^>]*style="([^"]*)"', self.dom) or \
            re.findall(r'<path[^>]*style="([^"]*)"[^>]*class="[^"]*flowchart-link', self.dom)

    def edge_labels(self) -> list[str]:
        out = []
        for block in re.findall(r'<g class="edgeLabel"[^>]*>(.*?)</g></g>', self.dom, flags=re.S):
            words = re.findall(r">([^<>]+)<", block)
            text = html.unescape(" ".join(w.strip() for w in words if w.strip()))
            if text:
                out.append(text)
        return out


def draw(source: str, *, screenshot: Optional[Path] = None, timeout: float = 120) -> Drawing:
    """Render ``source`` (a Mermaid diagram) in headless Chromium."""
    browser = chromium()
    assert browser, "no chromium on PATH"
    with tempfile.TemporaryDirectory(prefix="otlp-istio-mermaid-") as tmp:
        page = Path(tmp) / "page.html"
        page.write_text(PAGE.format(mermaid=MERMAID.as_uri(), source=json.dumps(source)), encoding="utf-8")
        base = [browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--allow-file-access-from-files", f"--user-data-dir={tmp}/profile",
                "--virtual-time-budget=20000", "--window-size=1600,900"]
        env = {**os.environ, "HOME": tmp}
        done = subprocess.run([*base, "--dump-dom", page.as_uri()], capture_output=True, text=True,
                              timeout=timeout, env=env)
        shot = None
        if screenshot is not None:
            subprocess.run([*base, f"--screenshot={screenshot}", page.as_uri()], capture_output=True,
                           timeout=timeout, env=env)
            shot = screenshot if screenshot.is_file() else None
        return Drawing(dom=done.stdout, screenshot=shot)

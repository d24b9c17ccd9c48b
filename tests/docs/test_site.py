"""The built documentation site renders in a real browser: Debian's Chromium, headless.

Two pages, each opened from site/ (what `make docs` builds) twice: once for a screenshot, once
for the DOM after the theme's scripts ran. The screenshot shows the theme's header bar, a
navigation column and a body of text; the DOM holds the whole navigation, and the configuration
reference's tables hold every field of the environment file's models.

Marked ``docs``: `make docs` runs it after the strict build (and CI runs `make docs`); `make test`
does not. Without the browser or the built site it fails, naming the target to run.
"""
from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT
from tests.docs.test_generated_pages import GEN

pytestmark = pytest.mark.docs

SITE = ROOT / "site"
WIDTH, HEIGHT = 1280, 1600
# The flags this machine's headless Chromium needs: no sandbox (root in a container), no GPU,
# nothing fetched from the network, and a fresh profile per run; the page's scripts get their
# (virtual) time and every paint is done before the screenshot, however loaded the machine.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", f"--window-size={WIDTH},{HEIGHT}", "--run-all-compositor-stages-before-draw",
         "--virtual-time-budget=10000"]
INDIGO = (0x3F, 0x51, 0xB5)  # the Material theme's `primary: indigo`, the header bar's colour


def chromium() -> str:
    for candidate in (ROOT / "bin" / "chromium", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    pytest.fail("chromium is not installed: run `make docs` (it runs `scripts/tools.sh chromium`, "
                "Debian's package)")


def page(name: str) -> Path:
    path = SITE / name
    if not path.exists():
        pytest.fail(f"{path} is missing: run `make docs` (mkdocs build --strict writes site/)")
    return path


def run_chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    proc = subprocess.run([chromium(), *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True,
                          timeout=180)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")[-2000:]
    return proc


def screenshot(tmp_path: Path, name: str) -> tuple[Path, list[list[tuple[int, int, int]]]]:
    out = tmp_path / (name.replace("/", "-") + ".png")
    run_chromium(tmp_path, f"--screenshot={out}", page(name).as_uri())
    return out, png_pixels(out.read_bytes())


def dom(tmp_path: Path, name: str) -> str:
    return run_chromium(tmp_path, "--dump-dom", page(name).as_uri()).stdout.decode()


def png_pixels(data: bytes) -> list[list[tuple[int, int, int]]]:
    """The RGB rows of an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    channels = 3 if colour == 2 else 4
    raw, stride, rows, prev = zlib.decompress(idat), width * channels, [], bytearray(width * channels)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, up_left = prev[i], prev[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else up_left)) & 0xFF
        rows.append([tuple(line[x * channels:x * channels + 3]) for x in range(width)])
        prev = line
    return rows


def share(rows, box, test) -> float:
    """The share of pixels in box (x0, y0, x1, y1) for which test(pixel) holds."""
    x0, y0, x1, y1 = box
    pixels = [p for row in rows[y0:y1] for p in row[x0:x1]]
    return sum(1 for p in pixels if test(p)) / len(pixels)


def near(colour, target, tolerance=24) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour, target))


def dark(colour) -> bool:
    return sum(colour) < 3 * 140


def assert_rendered(rows) -> None:
    assert len(rows) == HEIGHT and len(rows[0]) == WIDTH
    # the theme's stylesheet applied: the header bar across the top is the primary colour
    assert share(rows, (0, 5, WIDTH, 40), lambda p: near(p, INDIGO)) > 0.8
    # a navigation column on the left, drawn as text
    assert share(rows, (40, 100, 260, 700), dark) > 0.01
    # and a body of text in the middle, on a light background
    body = (300, 100, 980, HEIGHT - 50)
    assert share(rows, body, dark) > 0.02
    assert share(rows, body, lambda p: sum(p) > 3 * 230) > 0.5


class Tables(HTMLParser):
    """The first cell's text of every table row, under the id of the h2 before the table."""

    def __init__(self):
        super().__init__()
        self.section, self.rows, self.in_cell, self.cell_index, self.text = None, {}, False, 0, ""

    def handle_starttag(self, tag, attrs):
        if tag == "h2":
            self.section = dict(attrs).get("id")
        elif tag == "tr":
            self.cell_index = 0
        elif tag == "td":
            self.cell_index += 1
            self.in_cell, self.text = self.cell_index == 1, ""

    def handle_endtag(self, tag):
        if tag == "td" and self.in_cell:
            self.rows.setdefault(self.section, []).append(self.text.strip())
            self.in_cell = False

    def handle_data(self, data):
        if self.in_cell:
            self.text += data


def nav_titles() -> list[str]:
    def walk(items):
        for item in items:
            for title, value in item.items():
                if isinstance(value, list):
                    yield from walk(value)
                else:
                    yield title
    return list(walk(yaml.safe_load((ROOT / "mkdocs.yml").read_text())["nav"]))


def assert_navigation(html: str) -> None:
    nav = html.split('md-nav--primary', 1)
    assert len(nav) == 2, "no primary navigation in the page"
    links = re.findall(r'class="md-nav__link[^"]*"[^>]*>\s*(?:<[^>]+>\s*)*([^<]+?)\s*<', nav[1])
    missing = [t for t in nav_titles() if t not in links]
    assert missing == [], f"navigation lacks {missing}"


def test_the_getting_started_page_renders(tmp_path):
    png, rows = screenshot(tmp_path, "getting-started.html")
    assert_rendered(rows)
    html = dom(tmp_path, "getting-started.html")
    assert_navigation(html)
    # the README's quick start is inlined (the snippet), with its code blocks highlighted
    assert "collector_service: otel-gateway" in re.sub(r"<[^>]+>", "", html)
    assert html.count('class="highlight"') >= 5


def test_the_configuration_reference_renders_every_field(tmp_path):
    png, rows = screenshot(tmp_path, "reference/configuration.html")
    assert_rendered(rows)
    html = dom(tmp_path, "reference/configuration.html")
    assert_navigation(html)
    parser = Tables()
    parser.feed(html)
    expected = {s.anchor: [f.alias or name for name, f in s.model.model_fields.items()]
                for s in GEN.configuration_sections()}
    assert {a: parser.rows.get(a) for a in expected} == expected
    assert sum(map(len, expected.values())) > 150
    assert "max_tag_length" in parser.rows["tracing"]


def test_the_checks_fail_on_a_page_without_the_theme(tmp_path):
    # the same text, without the site's stylesheets and navigation: the checks must say no
    bare = tmp_path / "bare.html"
    text = re.sub(r"<(link|script)[^>]*>(</script>)?", "", page("getting-started.html").read_text())
    bare.write_text(re.sub(r'<nav class="md-nav md-nav--primary".*?</nav>', "", text, flags=re.S))
    out = tmp_path / "bare.png"
    run_chromium(tmp_path, f"--screenshot={out}", bare.as_uri())
    with pytest.raises(AssertionError):
        assert_rendered(png_pixels(out.read_bytes()))
    with pytest.raises(AssertionError):
        assert_navigation(bare.read_text())


def test_png_pixels_decodes_every_filter():
    # a 5x1 RGB image, one scan line per filter type 0-4, each decoding to the same colours
    width, colours = 5, [(10, 20, 30), (40, 50, 60), (70, 80, 90), (100, 110, 120), (130, 140, 150)]
    plain = bytes(c for p in colours for c in p)

    def filtered(kind: int, prev: bytes) -> bytes:
        out = bytearray()
        for i, value in enumerate(plain):
            left = plain[i - 3] if i >= 3 else 0
            up, up_left = prev[i], prev[i - 3] if i >= 3 else 0
            predictor = {0: 0, 1: left, 2: up, 3: (left + up) // 2}.get(kind)
            if kind == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                predictor = left if pa <= pb and pa <= pc else up if pb <= pc else up_left
            out.append((value - predictor) & 0xFF)
        return bytes([kind]) + bytes(out)

    raw = filtered(0, bytes(15)) + b"".join(filtered(k, plain) for k in (1, 2, 3, 4))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, 5, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    assert png_pixels(png) == [colours] * 5

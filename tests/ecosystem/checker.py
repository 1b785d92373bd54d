"""The ecosystem checker: every page of a built site, as a reader's browser resolves it.

For every HTML page it resolves every figure URL (video sources, poster, captions, gif, PDF
link, the code panel's asset, the video's fallback link) from THAT page's own URL, as the site
is served under `base` (a `site_url` with a path, e.g. https://example.org/course/), and asserts
the URL stays under `base` and names a file inside the site folder. It also asserts: no figure
id twice on a page, every figure names its `page.md:line`, no error box, and exactly one
manimgen.js and one manimgen.css on a page with figures (at most one elsewhere).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup

LOCATION = re.compile(r"^[^:]+\.md:[1-9][0-9]*$")
ASSET_DIR = "assets/manimgen"


@dataclass
class PageReport:
    page: str  # the HTML file, relative to the site folder
    figures: list[str] = field(default_factory=list)  # each figure's `page.md:line`
    problems: list[str] = field(default_factory=list)


def figure_urls(figure) -> list[tuple[str, str]]:
    """(what, url) of every URL a figure makes the browser fetch or link to."""
    urls = []
    for video in figure.select("video"):
        urls.append(("poster", video.get("poster")))
        urls += [("source", s.get("src")) for s in video.select("source")]
        urls += [("track", t.get("src")) for t in video.select("track")]
        urls += [("fallback link", a.get("href")) for a in video.select("a")]
    urls += [("gif", img.get("src")) for img in figure.select(".manimgen-media img")]
    urls += [("pdf", a.get("href")) for a in figure.select(".manimgen-pdf a")]
    urls += [("code", d.get("data-manimgen-code")) for d in figure.select("details[data-manimgen-code]")]
    for element in figure.find_all(True):  # each colour scheme's rendition, swapped in by the script
        urls += [(name, value) for name, value in element.attrs.items()
                 if name.startswith(("data-src-", "data-poster-"))]
    return urls


def check_page(site_dir: Path, html_path: Path, base: str) -> PageReport:
    rel = html_path.relative_to(site_dir).as_posix()
    report = PageReport(rel)
    page_url = urljoin(base, rel)
    base_path = urlsplit(base).path
    soup = BeautifulSoup(html_path.read_text(encoding="utf-8"), "html.parser")
    for error in soup.select(".manimgen-error"):
        report.problems.append(f"error box: {error.get_text(' ', strip=True)[:200]}")
    figures = soup.select("figure.manimgen")
    ids = Counter(f.get("id") for f in figures)
    report.problems += [f"figure id {i!r} used {n} times" for i, n in ids.items() if n > 1]
    for figure in figures:
        location = figure.get("data-manimgen-source", "")
        report.figures.append(location)
        if not LOCATION.match(location):
            report.problems.append(f"figure {figure.get('id')} names no page.md:line ({location!r})")
        for what, url in figure_urls(figure):
            if not url:
                report.problems.append(f"{location}: empty {what} URL")
                continue
            absolute = urlsplit(urljoin(page_url, url))
            if absolute.netloc != urlsplit(base).netloc or not absolute.path.startswith(base_path):
                report.problems.append(f"{location}: {what} {url!r} leaves the site ({absolute.geturl()})")
                continue
            target = site_dir / unquote(absolute.path[len(base_path):])
            if not target.is_file():
                report.problems.append(f"{location}: {what} {url!r} -> {target.relative_to(site_dir)} is missing")
    if soup.head is not None:  # a page (not a fragment such as the code panels' assets)
        scripts = [s["src"] for s in soup.select("script[src]") if s["src"].split("?")[0].endswith("/manimgen.js")
                   or s["src"].split("?")[0] == "manimgen.js"]
        styles = [s["href"] for s in soup.select("link[rel=stylesheet][href]")
                  if s["href"].split("?")[0].endswith("manimgen.css")]
        for what, found in (("manimgen.js", scripts), ("manimgen.css", styles)):
            # once on a page with figures; a page without may do without (Zensical: the fence adds them)
            if len(found) > 1 or (figures and not found):
                report.problems.append(f"{what} loaded {len(found)} times: {found}")
            for url in found:
                absolute = urlsplit(urljoin(page_url, url))
                if not absolute.path.startswith(base_path) or not (site_dir / absolute.path[len(base_path):]).is_file():
                    report.problems.append(f"{what} at {url!r} is missing")
    return report


def check_site(site_dir: Path, base: str = "http://localhost/") -> dict[str, PageReport]:
    """Every HTML page of the site (the media folder's fragments aside), checked; keyed by path."""
    if not base.endswith("/"):
        base += "/"
    reports = {}
    for html_path in sorted(site_dir.rglob("*.html")):
        rel = html_path.relative_to(site_dir).as_posix()
        if rel.startswith(ASSET_DIR + "/"):
            continue
        reports[rel] = check_page(site_dir, html_path, base)
    return reports


def problems(reports: dict[str, PageReport]) -> list[str]:
    return [f"{r.page}: {p}" for r in reports.values() for p in r.problems]


def assert_site_ok(site_dir: Path, base: str = "http://localhost/") -> dict[str, PageReport]:
    """Run the checker; fail listing every problem on every page."""
    reports = check_site(site_dir, base)
    found = problems(reports)
    assert not found, "\n".join(found)
    assert any(r.figures for r in reports.values()), "no figure anywhere on the site"
    return reports

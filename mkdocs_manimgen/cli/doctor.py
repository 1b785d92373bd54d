"""`manimgen doctor`: everything a build needs, checked for real, with the fix per platform."""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import click
from rich.table import Table

from .common import SITE_OPTION, console, context, escape

APT_LATEX = "texlive-latex-base texlive-latex-recommended texlive-latex-extra texlive-fonts-recommended"


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    required: bool = True
    fix: dict[str, str] = field(default_factory=dict)  # platform -> command/instructions


def _fix(debian: str, macos: str, windows: str) -> dict[str, str]:
    return {"Debian/Ubuntu": debian, "macOS": macos, "Windows": windows}


PIP = _fix("pip install -U mkdocs-manimgen", "pip install -U mkdocs-manimgen", "pip install -U mkdocs-manimgen")

# -- the checks ---------------------------------------------------------------------


def check_python() -> Check:
    ok = sys.version_info >= (3, 10)
    return Check("Python ≥ 3.10", ok, f"{sys.version.split()[0]} ({sys.executable})",
                 fix=_fix("sudo apt-get install python3.11 python3.11-venv", "brew install python@3.12",
                          "winget install Python.Python.3.12"))


def check_packages() -> list[Check]:
    out = []
    for name in ("manim", "mkdocs", "pymdown-extensions", "av", "openai", "diskcache", "rich"):
        try:
            out.append(Check(f"package {name}", True, version(name)))
        except PackageNotFoundError:
            out.append(Check(f"package {name}", False, "not installed", fix=PIP))
    return out


def check_import(module: str, label: str, fix: dict[str, str]) -> Check:
    try:
        mod = __import__(module)
        return Check(label, True, f"{module} {getattr(mod, '__version__', getattr(mod, 'version', ''))}".strip())
    except Exception as err:  # noqa: BLE001 - a broken native library raises anything
        return Check(label, False, f"import {module} failed: {type(err).__name__}: {err}", fix=fix)


CAIRO_FIX = _fix("sudo apt-get install build-essential pkg-config libcairo2-dev libpango1.0-dev && "
                 "pip install --force-reinstall pycairo manimpango",
                 "brew install cairo pango pkg-config && pip install --force-reinstall pycairo manimpango",
                 "pip install --force-reinstall pycairo manimpango (the wheels bundle Cairo and Pango)")


def check_binary(cmd: str, label: str, fix: dict[str, str], args: tuple[str, ...] = ("--version",),
                 required: bool = True) -> Check:
    exe = shutil.which(cmd)
    if not exe:
        return Check(label, False, f"`{cmd}` not found on PATH", required=required, fix=fix)
    try:
        proc = subprocess.run([exe, *args], capture_output=True, text=True, timeout=20)
        first = (proc.stdout or proc.stderr).strip().splitlines()
        words = first[0].split() if first else []
        head = " ".join(words[:3]) if words else "ok"  # e.g. "ffmpeg version 5.1"
        return Check(label, True, f"{exe}: {head}", required=required)
    except (OSError, subprocess.TimeoutExpired) as err:
        return Check(label, False, f"{exe} does not run: {err}", required=required, fix=fix)


FFMPEG_FIX = _fix("sudo apt-get install ffmpeg", "brew install ffmpeg", "winget install Gyan.FFmpeg (then reopen the terminal)")
GIFSICLE_FIX = _fix("sudo apt-get install gifsicle", "brew install gifsicle",
                    "download it from https://www.lcdf.org/gifsicle/ and put it on PATH")
LATEX_FIX = _fix(f"sudo apt-get install {APT_LATEX} dvisvgm",
                 "brew install --cask mactex-no-gui (or basictex, then: sudo tlmgr install standalone preview "
                 "doublestroke relsize everysel setspace rsfs ragged2e fundus-calligra microtype dvisvgm)",
                 "install MiKTeX from https://miktex.org and allow it to install missing packages on the fly")


def check_pyav() -> Check:
    try:
        import av

        missing = [c for c in ("libvpx-vp9", "libx264") if not _has_encoder(av, c)]
        detail = f"PyAV {av.__version__}" + (f"; missing encoders: {', '.join(missing)}" if missing else "")
        return Check("PyAV + encoders (vp9, x264)", not missing, detail,
                     fix=_fix("pip install --force-reinstall av", "pip install --force-reinstall av",
                              "pip install --force-reinstall av"))
    except Exception as err:  # noqa: BLE001
        return Check("PyAV + encoders (vp9, x264)", False, f"import av failed: {err}", fix=PIP)


def _has_encoder(av, name: str) -> bool:
    try:
        av.codec.Codec(name, "w")
        return True
    except Exception:  # noqa: BLE001 - UnknownCodecError and friends
        return False


def check_latex() -> Check:
    """Compile a small formula through Manim's own tex pipeline (its template's packages included)."""
    label = "LaTeX (Manim's MathTex template)"
    if not shutil.which("latex"):
        return Check(label, False, "`latex` not found on PATH", fix=LATEX_FIX)
    if not shutil.which("dvisvgm"):
        return Check(label, False, "`dvisvgm` not found on PATH (Manim turns LaTeX's output into SVG with it)",
                     fix=LATEX_FIX)
    with tempfile.TemporaryDirectory(prefix="manimgen-doctor-") as tmp:
        try:
            from manim import config, logger as manim_logger
            from manim.utils.tex_file_writing import tex_to_svg_file

            manim_logger.setLevel(logging.CRITICAL)
            old = config.media_dir
            config.media_dir = tmp
            try:
                svg = tex_to_svg_file(r"\int_0^1 x^2\,dx = \frac{1}{3},\ \mathbb{R}", environment="align*")
            finally:
                config.media_dir = old
            return Check(label, Path(svg).is_file(), "compiled \\int_0^1 x^2 dx = 1/3 to SVG")
        except Exception as err:  # noqa: BLE001 - report LaTeX's own error lines
            lines = []
            for log_file in Path(tmp).rglob("*.log"):
                text = log_file.read_text(errors="replace").splitlines()
                lines += [ln for ln in text if ln.startswith("!") or "not found" in ln]
            detail = "; ".join(dict.fromkeys(lines)) or f"{type(err).__name__}: {err}"
            return Check(label, False, f"compiling a formula failed: {detail[:300]}", fix=LATEX_FIX)


def check_pdf_latex(pdf: bool) -> Check:
    fix = _fix("sudo apt-get install latexmk texlive-xetex texlive-lang-chinese",
               "brew install --cask mactex-no-gui", "install MiKTeX (it includes latexmk and xelatex; Perl is needed)")
    missing = [b for b in ("latexmk", "xelatex") if not shutil.which(b)]
    detail = "latexmk and xelatex found" if not missing else f"missing: {', '.join(missing)}"
    if not pdf:
        detail += " (pdf: false, not needed)"
    return Check("PDF guides (latexmk, xelatex)", not missing, detail, required=pdf, fix=fix)


def check_cjk() -> Check:
    fix = _fix("sudo apt-get install fonts-noto-cjk", "brew install --cask font-noto-sans-cjk",
               "Windows ships CJK fonts; for Noto: winget install Google.NotoSansCJK")
    if not shutil.which("fc-list"):
        return Check("CJK fonts (Chinese text)", False, "fc-list not found (fontconfig)", required=False, fix=fix)
    out = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True).stdout.strip()
    families = sorted({ln.split(",")[0] for ln in out.splitlines() if ln})
    return Check("CJK fonts (Chinese text)", bool(families),
                 f"{len(families)} famil{'y' if len(families) == 1 else 'ies'}, e.g. {families[0]}" if families
                 else "no font covers Chinese", required=False, fix=fix)


def check_bwrap(mode: str) -> Check:
    from ..render.sandbox import bwrap_works

    fix = _fix("sudo apt-get install bubblewrap (in containers, user namespaces must be allowed)",
               "not available on macOS: renders run with process limits only (sandbox: none)",
               "not available on Windows: use WSL2 (Ubuntu) for a sandboxed build")
    ok = bwrap_works()
    detail = "usable: renders run without network, system read-only" if ok else (
        "installed but unusable (no user namespaces?)" if shutil.which("bwrap") else "not installed")
    if not ok:
        detail += "; renders still get process limits" if mode != "bwrap" else "; `sandbox: bwrap` requires it"
    return Check("bubblewrap sandbox", ok, detail, required=mode == "bwrap", fix=fix)


def check_key(cfg, project_root: Path) -> tuple[Check, str | None]:
    from ..generate.settings import LLMSettings, resolve_api_key

    settings = LLMSettings(**{k: v for k, v in dict(cfg.llm).items() if k in LLMSettings.__dataclass_fields__})
    key = resolve_api_key(settings, project_root)
    fix = {p: f"export {settings.api_key_env}=sk-... (or put {settings.api_key_env}=sk-... in .env beside "
              "mkdocs.yml); without it the offline designer makes every scene" for p in ("Debian/Ubuntu", "macOS")}
    fix["Windows"] = f"setx {settings.api_key_env} sk-...   (or a .env file beside mkdocs.yml)"
    detail = f"${settings.api_key_env} is set" if key else f"${settings.api_key_env} not set (offline designer only)"
    return Check("LLM API key", bool(key), detail, required=False, fix=fix), key


def check_endpoint(cfg, key: str | None, offline: bool) -> Check:
    """GET {base_url}/models with the key (what every OpenAI-compatible server answers)."""
    import urllib.error
    import urllib.request

    base = cfg.llm.base_url.rstrip("/")
    name = f"LLM endpoint {base}"
    if offline:
        return Check(name, True, "skipped (--offline)", required=False)
    if not key:
        return Check(name, True, "skipped (no API key)", required=False)
    fix = {p: f"check llm.base_url ({base}), the key, and your network/proxy" for p in ("Debian/Ubuntu", "macOS", "Windows")}
    request = urllib.request.Request(f"{base}/models", headers={"Authorization": f"Bearer {key}"})
    try:
        with urllib.request.urlopen(request, timeout=8.0) as resp:
            body = resp.read(1 << 20)
    except urllib.error.HTTPError as err:
        what = {401: "the key was refused", 403: "the key is not allowed", 404: "no /models here: is base_url right?"}
        return Check(name, False, f"HTTP {err.code}: {what.get(err.code, 'unexpected answer')}", required=False, fix=fix)
    except (urllib.error.URLError, OSError, ValueError) as err:
        reason = getattr(err, "reason", err)
        return Check(name, False, f"no answer: {reason}", required=False, fix=fix)
    try:
        models = [m.get("id") for m in json.loads(body).get("data", [])]
    except (ValueError, AttributeError):
        models = []
    known = cfg.llm.model in models if models else None
    detail = f"answers ({len(models)} models)" + (
        "" if known is None else f"; model {cfg.llm.model} {'listed' if known else 'NOT listed'}")
    return Check(name, known is not False, detail, required=False, fix=fix)


def check_dask(address: str) -> list[Check]:
    fix = {p: "pip install 'mkdocs-manimgen[dask]' and start a scheduler + workers with the same packages"
           for p in ("Debian/Ubuntu", "macOS", "Windows")}
    try:
        from ..render.dask_doctor import doctor_checks
    except ImportError as err:
        return [Check("Dask executor", False, f"not available in this installation ({err})", fix=fix)]
    try:
        results = doctor_checks(address)
    except Exception as err:  # noqa: BLE001 - their failure is our report line
        return [Check(f"Dask {address}", False, f"{type(err).__name__}: {err}", fix=fix)]
    return [Check(f"Dask: {name}", bool(ok), str(detail), fix=fix) for name, ok, detail in results]


def check_engines(project_root: Path) -> list[Check]:
    """Which site engines are installed, and whether the site's configuration would make one of
    them show blocks as code: Zensical runs no MkDocs plugins, so it needs the standalone fence."""
    from ..host_config import FENCE_FORMAT, config_file, engines, read_host_config

    found = engines()
    checks = [Check("site engine", bool(found), ", ".join(f"{n} {v}" for n, v in found.items()) or
                    "none of mkdocs, properdocs, zensical is installed", fix=PIP)]
    path = config_file(project_root, argv=[])
    if path is None:
        return checks
    try:
        host = read_host_config(path)
    except Exception as err:  # noqa: BLE001 - doctor reports, never raises
        return checks + [Check(f"{path.name} readable", False, str(err))]
    if "zensical" in found or path.suffix == ".toml":
        ok = host.fence_declared
        detail = ("the manimgen fence is declared: Zensical builds the blocks" if ok else
                  f"{path.name} declares no manimgen fence: Zensical runs no "
                  "MkDocs plugins and would show every block as a code listing")
        fence = (f"under markdown_extensions: - pymdownx.superfences: custom_fences: - name: manimgen, "
                 f"class: manimgen, format: !!python/name:{FENCE_FORMAT}  (zensical.toml: "
                 f'format = "{FENCE_FORMAT}"; see the README)')
        checks.append(Check("blocks under Zensical", ok, detail, required=path.suffix == ".toml",
                            fix={"any platform": fence}))
    return checks


# -- the command ----------------------------------------------------------------------


def run_checks(cfg, project_root: Path, offline: bool, dask: str | None) -> list[Check]:
    checks = [check_python(), *check_packages(),
              check_import("cairo", "Cairo (pycairo)", CAIRO_FIX),
              check_import("manimpango", "Pango (manimpango)", CAIRO_FIX),
              check_binary("ffmpeg", "ffmpeg", FFMPEG_FIX, ("-version",)),
              check_binary("gifsicle", "gifsicle (gif output)", GIFSICLE_FIX, required="gif" in cfg.format),
              check_pyav(),
              check_latex(),
              check_binary("dvisvgm", "dvisvgm", LATEX_FIX),
              check_pdf_latex(bool(cfg.pdf)),
              check_cjk(),
              check_bwrap(cfg.sandbox),
              *check_engines(project_root)]
    key_check, key = check_key(cfg, project_root)
    checks += [key_check, check_endpoint(cfg, key, offline)]
    if dask:
        checks += check_dask(dask)
    return checks


@click.command()
@click.option("--offline", is_flag=True, help="Do not contact the LLM endpoint.")
@click.option("--dask", "dask_address", metavar="ADDRESS", default=None,
              help="Also check a Dask scheduler, e.g. tcp://10.0.0.5:8786.")
@SITE_OPTION
def doctor(offline: bool, dask_address: str | None, site_file: Path | None) -> None:
    """Check everything a build needs and say how to fix what is missing.

    Exits with status 1 when something required is missing (the API key is optional).
    """
    ctx = context(site_file, None)
    with console.status("checking (LaTeX compiles a formula, this takes a few seconds)…"):
        checks = run_checks(ctx.cfg, ctx.project_root, offline, dask_address)
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("")
    table.add_column("check")
    table.add_column("result", overflow="fold")
    for c in checks:
        mark = "[green]✓[/]" if c.ok else ("[red]✗[/]" if c.required else "[yellow]✗[/]")
        table.add_row(mark, escape(c.name) + ("" if c.required else " [dim](optional)[/]"), escape(c.detail))
    console.print(table)
    broken = [c for c in checks if not c.ok]
    for c in broken:
        console.print(f"\n[bold]{'✗' if c.required else '•'} fix {escape(c.name)}[/]")
        for platform, how in c.fix.items():
            console.print(f"  [cyan]{platform}:[/] {escape(how)}")
    required = [c for c in broken if c.required]
    if required:
        console.print(f"\n[red bold]{len(required)} required check(s) failed.[/]")
        raise SystemExit(1)
    console.print("\n[green bold]Ready to build.[/]" + (" (optional items above)" if broken else ""))


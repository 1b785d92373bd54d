"""`manimgen render "CONCEPT"`: one block without a site, through the plugin's pipeline and cache."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import click

from ..cache import atomic_copy, atomic_write_text
from ..blocks import parse_revisions
from ..config import FORMATS, GENERATORS
from ..model import QUALITIES, BlockSpec
from .common import CACHE_OPTION, SITE_OPTION, console, context, escape, fail, quiet_logger, slug


class TokenPrinter:
    """Streams the model's reasoning (dimmed) and answer (normal) as they arrive."""

    def __init__(self) -> None:
        self.kind: str | None = None
        self.lock = threading.Lock()
        self.paused = False  # once the spinner runs, tokens would garble it

    def __call__(self, kind: str, text: str) -> None:
        with self.lock:
            if self.paused:
                return
            if kind != self.kind:
                label = "reasoning" if kind == "reasoning" else "answer"
                console.print(f"\n[bold]── {label} ──[/]")
                self.kind = kind
            console.print(escape(text), style="dim" if kind == "reasoning" else None, end="", soft_wrap=True)


@click.command()
@click.argument("concept")
@click.option("--title", default=None, help="The figure's title.")
@click.option("--quality", type=click.Choice(tuple(QUALITIES)), default=None, help="Default: the site's, else low.")
@click.option("--format", "formats", type=click.Choice(FORMATS), multiple=True,
              help="Output format; repeat for several (default: the site's, else webm).")
@click.option("--generator", type=click.Choice(GENERATORS), default=None,
              help="auto: the LLM when a key is set, else offline.")
@click.option("--model", default=None, help="LLM model for this block (e.g. deepseek-reasoner).")
@click.option("--revise", "revisions", multiple=True, metavar="TEXT",
              help="A change to ask for, as a block's `revise:`; repeat for several, oldest first.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Copy the video here (notes go beside it as .md).")
@SITE_OPTION
@CACHE_OPTION
def render(concept: str, title: str | None, quality: str | None, formats: tuple[str, ...], generator: str | None,
           model: str | None, revisions: tuple[str, ...], output: Path | None, site_file: Path | None,
           cache_dir: Path | None) -> None:
    """Design and render one animation of CONCEPT (prose + LaTeX), with the plugin's cache.

    \b
    Example:
      manimgen render 'The derivative of $f(x)=x^2$ is $2x$' -o derivative.webm
      manimgen render 'The derivative of $f(x)=x^2$ is $2x$' --revise slower --revise 'label the tangent'
    """
    if not concept.strip():
        raise fail("the concept is empty", "write it in prose + LaTeX, e.g. 'The area under $y=x^2$ from 0 to 1'")
    options = {} if site_file else {"quality": "low", "workers": 1}
    ctx = context(site_file, cache_dir, options=options)
    cfg = ctx.cfg
    if output is not None and formats and output.suffix.lstrip(".") not in formats:
        raise fail(f"-o {output} does not match --format {', '.join(formats)}", "use the same extension")
    if output is not None and not formats and output.suffix.lstrip(".") in FORMATS:
        formats = (output.suffix.lstrip("."),)  # -o x.mp4 asks for mp4
    spec = BlockSpec(page="<command line>", line=1, concept=concept.strip(), title=title,
                     quality=quality or cfg.quality, formats=tuple(formats) or tuple(cfg.format),
                     generator=generator or cfg.generator, model=model, pdf=bool(cfg.pdf),
                     revisions=parse_revisions(list(revisions), lambda msg: fail(f"--revise: {msg}")))
    from ..build import Build

    printer = TokenPrinter()
    build = Build(cfg, ctx.project_root, quiet_logger(), cache_dir=ctx.cache_dir, on_token=printer)
    rendering = threading.Event()
    build.on_render_start.append(rendering.set)
    try:
        result = _run(build, spec, printer, rendering)
        if result.error is not None:
            raise result.error
        _report(result, spec, build, output)
    finally:
        build.close()


def _run(build, spec: BlockSpec, printer: TokenPrinter, rendering: threading.Event):
    gens = build.generators
    choice = gens.choose(spec)
    cached = any(build.store.get_draft(_key(spec, c)) for c in gens.candidates(spec))
    who = "cached design" if cached else ("LLM " + choice.model if choice.name == "llm" else "offline designer")
    console.print(f"[bold]designing[/] with the {escape(who)}…")
    if gens.llm_unavailable_notice:
        console.print(f"[yellow]{escape(gens.llm_unavailable_notice)}[/]")
    started = time.monotonic()
    future = build.submit(spec)
    while not future.done() and not rendering.wait(0.1):
        pass
    if rendering.is_set() and not future.done():
        with printer.lock:
            printer.paused = True
        console.print()
        with console.status(f"[bold]rendering[/] at {spec.quality} ({'/'.join(spec.formats)})…"):
            while not future.done():
                time.sleep(0.1)
    result = future.result()
    console.print(f"\n[dim]done in {time.monotonic() - started:.1f} s[/]")
    return result


def _key(spec, choice):
    from ..generate import generation_key

    return generation_key(spec, choice)


def _report(result, spec: BlockSpec, build, output: Path | None) -> None:
    from ..notes import notes_from_storyboard

    draft, media = result.draft, result.media
    for warning in result.warnings:
        console.print(f"[yellow]warning:[/] {escape(warning)}")
    videos = {fmt: build.store.path(name) for fmt, name in media.files.items()}
    notes_text = f"# {spec.title or 'Notes'}\n\n{draft.notes_md.strip() or notes_from_storyboard(draft)}\n"
    if output is not None:
        fmt = output.suffix.lstrip(".") if output.suffix.lstrip(".") in videos else next(iter(videos))
        atomic_copy(videos[fmt], output)
        mask = os.umask(0)
        os.umask(mask)
        output.chmod(0o666 & ~mask)  # a normal file for the user, not the temp file's 0600
        notes_path = output.with_suffix(".md")
    else:
        notes_path = build.cache_dir / "notes" / f"{slug(spec.title or spec.concept)}.md"
    atomic_write_text(notes_path, notes_text)
    for n, request in enumerate(draft.revisions, 1):
        ignored = " [yellow](ignored)[/]" if request in draft.ignored else ""
        console.print(f"  revision {n}: {escape(request)}{ignored}")
    console.print(f"[green bold]✓[/] {escape(draft.generator)} design, "
                  f"{'rendered' if result.rendered else 'from cache'}: {media.width}x{media.height}@{media.fps}, "
                  f"{media.duration:.1f} s")
    for fmt, path in videos.items():
        console.print(f"  video ({fmt}): {path}")
    if output is not None:
        console.print(f"  copied to:    {output}")
    console.print(f"  poster:       {build.store.path(media.poster)}")
    console.print(f"  notes:        {notes_path}")
    pdf = result.derived.pdf
    console.print(f"  PDF guide:    {build.store.path(pdf) if pdf else '(none)'}")

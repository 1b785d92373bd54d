"""The small dataclasses the pipeline stages hand to each other.

fence text --blocks--> BlockSpec --generate--> SceneDraft --render--> RenderedMedia
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

QualityName = Literal["low", "medium", "high", "ultra"]
MediaFormat = Literal["webm", "mp4", "gif"]


@dataclass(frozen=True)
class Quality:
    name: str
    width: int
    height: int
    fps: int


# The four presets of the original project, which rendered with Manim's quality flags -ql, -qm,
# -qh and -qk; sizes and rates are Manim Community's (manim/constants.py QUALITIES: low_quality,
# medium_quality, high_quality, fourk_quality). Low is Manim's draft rate, 15 fps.
QUALITIES: dict[str, Quality] = {
    "low": Quality("low", 854, 480, 15),
    "medium": Quality("medium", 1280, 720, 30),
    "high": Quality("high", 1920, 1080, 60),
    "ultra": Quality("ultra", 3840, 2160, 60),
}


@dataclass(frozen=True)
class Defaults:
    """Plugin-level values a block inherits when it does not set them (config.py's defaults)."""

    quality: str = "medium"
    formats: tuple[str, ...] = ("webm",)
    generator: str = "auto"
    pdf: bool = True


@dataclass(frozen=True)
class BlockSpec:
    """One ```manimgen block as the author wrote it, options resolved against the plugin config."""

    page: str  # source path relative to docs_dir, e.g. "calculus/limits.md"
    line: int  # 1-based line of the opening fence in that page
    concept: str  # prose + LaTeX (empty for hand-written scenes without prose)
    title: str | None = None
    quality: str = "medium"
    formats: tuple[str, ...] = ("webm",)
    generator: str = "auto"  # auto | llm | offline | code (hand-written: code:/file:)
    code: str | None = None  # hand-written scene source (from `code:` or `file:`)
    scene: str | None = None  # class to render; None = the one Scene subclass the code defines
    model: str | None = None  # per-block LLM model override
    pdf: bool = True
    # `revise:` requests, oldest first: each continues the conversation from the design before it
    revisions: tuple[str, ...] = ()
    # where the hand-written code's first line is: (page, line) for `code:`, (file, 1) for `file:`;
    # failure reports name the author's line with it. Not part of what the block is (cache.block_key).
    code_origin: tuple[str, int] | None = None
    step: bool = False  # the figure starts in step-through mode (pauses at the end of each beat)

    @property
    def location(self) -> str:
        return f"{self.page}:{self.line}"

    @property
    def handwritten(self) -> bool:
        return self.code is not None


@dataclass(frozen=True)
class Beat:
    """One step of the storyboard: what is shown, said and when (seconds from the start)."""

    title: str
    narration: str
    start: float = 0.0
    duration: float = 0.0

    @property
    def end(self) -> float:
        return self.start + self.duration


@dataclass
class TokenUsage:
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def add(self, other: "TokenUsage") -> None:
        self.calls += other.calls
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


@dataclass
class SceneDraft:
    """What a generator designed: the scene code and everything written beside it."""

    code: str
    scene_name: str
    storyboard: list[Beat] = field(default_factory=list)
    notes_md: str = ""  # study notes, Markdown with $LaTeX$
    reasoning: str | None = None  # a reasoning model's design reasoning, if any
    generator: str = "offline"  # who made it: "offline", "llm:<model>", "code"
    kind: str | None = None  # the recognised family (offline), e.g. "function_plot"
    usage: TokenUsage = field(default_factory=TokenUsage)
    revisions: list[str] = field(default_factory=list)  # the `revise:` requests this design answers, oldest first
    ignored: list[str] = field(default_factory=list)  # of those, the ones its designer could not honour (offline)
    quality: str | None = None  # a render quality a request asked for (offline: "in high quality"); None: the block's
    # Deliberately no "why this generator" field: that is a fact about one run (BlockResult), and a
    # cached design outlives the run that made it.

    def to_json(self) -> dict:
        return {
            "code": self.code,
            "scene_name": self.scene_name,
            "storyboard": [vars(b) for b in self.storyboard],
            "notes_md": self.notes_md,
            "reasoning": self.reasoning,
            "generator": self.generator,
            "kind": self.kind,
            "usage": vars(self.usage),
            "revisions": list(self.revisions),
            "ignored": list(self.ignored),
            "quality": self.quality,
        }

    @classmethod
    def from_json(cls, data: dict) -> "SceneDraft":
        return cls(
            code=data["code"],
            scene_name=data["scene_name"],
            storyboard=[Beat(**b) for b in data.get("storyboard", [])],
            notes_md=data.get("notes_md", ""),
            reasoning=data.get("reasoning"),
            generator=data.get("generator", "offline"),
            kind=data.get("kind"),
            usage=TokenUsage(**data.get("usage", {})),
            revisions=list(data.get("revisions", [])),
            ignored=list(data.get("ignored", [])),
            quality=data.get("quality"),
        )


@dataclass
class RenderedMedia:
    """A finished render: content-hashed file names inside the cache's media folder."""

    files: dict[str, str]  # format -> file name, e.g. {"webm": "3f2a….webm"}
    poster: str  # file name of the last frame (png/webp)
    width: int
    height: int
    fps: int
    duration: float  # seconds
    warnings: list[str] = field(default_factory=list)  # scene-graph findings (off-frame, overlaps…)
    rendered_on: str = "local"  # which executor produced it (local pool, a dask worker…)
    # `files` and `poster` are in this colour scheme; another scheme's are in `files` as `webm@dark`,
    # `poster@dark` (render/schemes.py)
    scheme: str = "light"
    sections: list[tuple[str, float]] = field(default_factory=list)  # (name, start s) of next_section()s

    def all_files(self) -> list[str]:
        return [*self.files.values(), self.poster]

    def to_json(self) -> dict:
        return dict(vars(self))

    @classmethod
    def from_json(cls, data: dict) -> "RenderedMedia":
        return cls(**data)


@dataclass(frozen=True)
class Limits:
    """A render child's resource limits (setrlimit: CPU seconds, address space, file size, processes)."""

    cpu_seconds: int = 600
    memory_mb: int = 4096
    file_mb: int = 1024
    processes: int = 256

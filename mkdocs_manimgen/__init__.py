"""mkdocs-manimgen: Manim animations designed and rendered at `mkdocs build` time."""

from .errors import ManimGenError
from .model import Beat, BlockSpec, QUALITIES, RenderedMedia, SceneDraft

__all__ = ["Beat", "BlockSpec", "ManimGenError", "QUALITIES", "RenderedMedia", "SceneDraft"]
__version__ = "0.1.0"

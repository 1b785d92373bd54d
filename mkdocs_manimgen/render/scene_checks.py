"""Scene-graph checks of a rendered scene: text off the frame, text on text, nothing shown, wrong length.

Runs in the disposable render child. `install()` (called by the zygote before the scene runs)
wraps `Scene.play` in that child, so the state at the end of every animation (and wait) is
checked, not only the last frame; `check_scene(scene)` (called by scene_runner after
`scene.render()`) checks the final state and returns every finding once, as short sentences
naming the mobject. They are build-log warnings and repair-loop input; `validate: strict`
fails the block on them.

Positions are screen positions: every point goes through the scene's own camera
(`transform_points_pre_display`), so a ThreeDScene is checked as projected by its camera at
that moment (fixed-in-frame titles as they are), and a MovingCameraScene against its frame.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

JOB: dict[str, Any] = {}  # the render job, set by the zygote (target_duration)
EDGE_TOLERANCE = 0.1  # scene units a text may poke past the frame edge (stroke, antialiasing)
SHAPE_TOLERANCE = 0.35  # shapes: more slack, arrows and dots at the edge are normal
OVERLAP_FRACTION = 0.05  # of the smaller text's box
DURATION_RATIO = 2.0  # "far from the target": more than twice or less than half…
DURATION_SLACK = 2.0  # …and more than this many seconds off
MAX_UNITS = 400  # a scene of thousands of mobjects is checked on its first ones only
MAX_FINDINGS = 12
TEXT_CLASSES = ("Text", "MarkupText", "Paragraph", "MathTex", "Tex", "SingleStringMathTex", "Title",
                "DecimalNumber", "Integer", "Variable", "BulletedList")
SKIP_CLASSES = ("NumberPlane", "ComplexPlane", "Axes", "ThreeDAxes", "NumberLine", "PolarPlane",
                "FullScreenRectangle", "ScreenRectangle", "BackgroundRectangle")
# Coordinate systems drawn as a figure, never as a background: a PolarPlane is a disc of circles and
# spokes the size of its radius_max, so it must fit the frame and keep its lines off the texts
# (a NumberPlane, by contrast, is often a full-frame backdrop under the title).
FIGURE_CHARTS = ("PolarPlane",)
CURVE_SAMPLES = 6  # points checked along each Bézier segment of a chart's lines


@dataclass
class Unit:
    """One thing a viewer sees as a whole: a text, a formula, a group of texts, or a shape."""

    mobject: Any
    name: str
    text: bool
    box: tuple[float, float, float, float]  # x0, y0, x1, y1 on screen
    parts: list = None  # type: ignore[assignment]  # (name, box) of each text in a group of texts

    @property
    def area(self) -> float:
        return max(0.0, self.box[2] - self.box[0]) * max(0.0, self.box[3] - self.box[1])


class _Recorder:
    def __init__(self) -> None:
        self.findings: dict[str, str] = {}  # finding -> the first moment it was seen
        self.seen_anything = False
        self.states = 0

    def add(self, text: str, at: str = "") -> None:
        if len(self.findings) < MAX_FINDINGS:
            self.findings.setdefault(text, at)

    def sentences(self) -> list[str]:
        return [f"{text}{at}" for text, at in self.findings.items()]


_recorder = _Recorder()
_installed = False


def install() -> None:
    """Check the state at the end of every play()/wait() (wait() plays a Wait). Child process only."""
    global _installed
    if _installed:
        return
    from manim import Scene

    original = Scene.play

    def play(self, *args, **kwargs):
        result = original(self, *args, **kwargs)
        if not getattr(self, "_manimgen_in_check", False):
            self._manimgen_in_check = True
            try:
                check_state(self, when=_now(self))
            except Exception:  # noqa: BLE001 - a checker bug must never fail a render
                pass
            finally:
                self._manimgen_in_check = False
        return result

    Scene.play = play
    _installed = True


def check_scene(scene) -> list[str]:
    """All findings: every checked state (when installed) plus the final one, plus the duration."""
    try:
        check_state(scene, when=None)
        if not _recorder.seen_anything:
            _recorder.add("the scene shows nothing: no visible mobject at the end of any animation")
        _check_duration(scene)
    except Exception as err:  # noqa: BLE001
        return [f"(the scene checks could not run: {type(err).__name__}: {err})"]
    return _recorder.sentences()


def check_state(scene, when: float | None) -> None:
    _recorder.states += 1
    units = collect_units(scene)
    if units:
        _recorder.seen_anything = True
    at = f" (from {when:.1f} s)" if when is not None else " (at the end)"
    x0, y0, x1, y1 = frame_box(scene)
    for unit in units:
        tol = EDGE_TOLERANCE if unit.text else SHAPE_TOLERANCE
        bx0, by0, bx1, by1 = unit.box
        if bx1 < x0 or bx0 > x1 or by1 < y0 or by0 > y1:
            if unit.text:  # a shape moved away is an exit; a text out of sight is a layout bug
                _recorder.add(f"{unit.name} is outside the frame", at)
            continue
        over = [side for side, past in (("left", x0 - bx0), ("right", bx1 - x1), ("bottom", y0 - by0),
                                        ("top", by1 - y1)) if past > tol]
        big = (bx1 - bx0) >= (x1 - x0) or (by1 - by0) >= (y1 - y0)
        if over and not (big and not unit.text):  # backgrounds larger than the frame are meant to be
            _recorder.add(f"{unit.name} is partly outside the frame ({', '.join(over)} edge)", at)
    _check_charts(scene, units, at, (x0, y0, x1, y1))
    # Overlaps are between single texts: a spread-out group (tick labels) is not one box.
    texts = [u for u in units if u.text and u.area > 0]
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            if _intersection(a.box, b.box) <= 0:
                continue
            for name_a, box_a in a.parts or [(a.name, a.box)]:
                for name_b, box_b in b.parts or [(b.name, b.box)]:
                    if _intersection(box_a, box_b) > OVERLAP_FRACTION * min(_area(box_a), _area(box_b)):
                        _recorder.add(f"{name_a} overlaps {name_b}", at)


def collect_units(scene) -> list[Unit]:
    """Visible top-level shapes and every text unit (recursively; a group of only texts is one unit)."""
    units: list[Unit] = []
    camera = getattr(scene, "camera", None)

    def visit(mob, top: bool) -> None:
        if len(units) >= MAX_UNITS or _class_is(mob, SKIP_CLASSES) and not top:
            return
        if _is_text_unit(mob):
            unit = _unit(mob, camera, text=True)
            if unit is not None:
                units.append(unit)
            return
        if top and not _class_is(mob, SKIP_CLASSES) and _has_points(mob):
            unit = _unit(mob, camera, text=False)
            if unit is not None:
                units.append(unit)
        for sub in mob.submobjects:
            visit(sub, top=False)

    for mob in list(scene.mobjects):
        visit(mob, top=True)
    return units


def _check_charts(scene, units: list[Unit], at: str, frame: tuple[float, float, float, float]) -> None:
    """A figure chart (FIGURE_CHARTS) wholly in the frame, its lines under no text but its own labels.
    Texts with a BackgroundRectangle are exempt: the backing is there to sit over a plot."""
    camera = getattr(scene, "camera", None)
    charts = [m for top in scene.mobjects for m in top.get_family() if _class_is(m, FIGURE_CHARTS)]
    for chart in charts[:4]:
        unit = _unit(chart, camera, text=False)
        if unit is None:
            continue
        over = [side for side, past in (("left", frame[0] - unit.box[0]), ("right", unit.box[2] - frame[2]),
                                        ("bottom", frame[1] - unit.box[1]), ("top", unit.box[3] - frame[3]))
                if past > SHAPE_TOLERANCE]
        if over:
            _recorder.add(f"{unit.name} is partly outside the frame ({', '.join(over)} edge)", at)
        own = {id(m) for m in chart.get_family()}
        texts = [u for u in units if u.text and id(u.mobject) not in own
                 and not any(_class_is(m, ("BackgroundRectangle",)) for m in u.mobject.get_family())]
        if not texts:
            continue
        points = _line_points(chart, camera)
        for text in texts:
            bx0, by0, bx1, by1 = text.box
            inside = (points[:, 0] > bx0) & (points[:, 0] < bx1) & (points[:, 1] > by0) & (points[:, 1] < by1)
            if inside.any():
                _recorder.add(f"{unit.name}'s lines run under {text.name}", at)


def _line_points(chart, camera) -> np.ndarray:
    """Points along every visible line of a chart (not its labels), on screen; shape (k, 3)."""
    t = np.linspace(0.0, 1.0, CURVE_SAMPLES)[:, None]
    weights = np.hstack([(1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t ** 2, t ** 3])  # cubic Bernstein
    labels = {id(part) for m in chart.get_family() if _is_text_unit(m) for part in m.get_family()}
    found = [np.zeros((0, 3))]
    for m in chart.get_family():
        points = getattr(m, "points", None)
        if id(m) in labels or points is None or len(points) < 4 or not _visible(m):
            continue
        curves = points[: len(points) // 4 * 4].reshape(-1, 4, 3)
        sampled = np.einsum("sk,ckd->csd", weights, curves).reshape(-1, 3)
        if camera is not None and hasattr(camera, "transform_points_pre_display"):
            sampled = camera.transform_points_pre_display(m, sampled)
        found.append(sampled[np.all(np.isfinite(sampled), axis=1)])
    return np.vstack(found)


def frame_box(scene) -> tuple[float, float, float, float]:
    from manim import config

    camera = getattr(scene, "camera", None)
    width = float(getattr(camera, "frame_width", None) or config.frame_width)
    height = float(getattr(camera, "frame_height", None) or config.frame_height)
    center = np.zeros(3)
    if camera is not None and not hasattr(camera, "project_points"):  # 3D projections are frame-centred
        center = np.asarray(getattr(camera, "frame_center", center), dtype=float)
    return (center[0] - width / 2, center[1] - height / 2, center[0] + width / 2, center[1] + height / 2)


def describe(mob) -> str:
    cls = type(mob).__name__
    content = _text_of(mob)
    if content is None:
        return cls
    content = " ".join(content.split())
    if len(content) > 40:
        content = content[:37] + "…"
    return f"{cls} {content!r}"


def _text_of(mob) -> str | None:
    for attr in ("tex_string", "original_text", "text"):
        value = getattr(mob, attr, None)
        if isinstance(value, str) and value.strip():
            return value
    if hasattr(mob, "number"):
        return str(getattr(mob, "number"))
    if mob.submobjects and all(_is_text_unit(s) for s in mob.submobjects):
        parts = [_text_of(s) for s in mob.submobjects]
        return " ".join(p for p in parts if p)
    return None


def _is_text_unit(mob) -> bool:
    if _class_is(mob, TEXT_CLASSES):
        return True
    subs = mob.submobjects
    return type(mob).__name__ in ("VGroup", "Group") and bool(subs) and all(_is_text_unit(s) for s in subs)


def _class_is(mob, names: tuple[str, ...]) -> bool:
    return any(cls.__name__ in names for cls in type(mob).__mro__)


def _has_points(mob) -> bool:
    return any(len(getattr(m, "points", ())) for m in mob.get_family())


def _visible(mob) -> bool:
    for m in mob.get_family():
        if not len(getattr(m, "points", ())) and not hasattr(m, "pixel_array"):
            continue
        fill = _max_opacity(m, "get_fill_opacities", "fill_opacity")
        stroke = _max_opacity(m, "get_stroke_opacities", "stroke_opacity") if _stroke_width(m) > 0 else 0.0
        if max(fill, stroke) > 0.01 or hasattr(m, "pixel_array"):
            return True
    return False


def _max_opacity(m, getter: str, attr: str) -> float:
    try:
        values = getattr(m, getter)()
        return float(np.max(values)) if len(values) else 0.0
    except Exception:  # noqa: BLE001 - not a VMobject
        return float(getattr(m, attr, 1.0) or 0.0)


def _stroke_width(m) -> float:
    try:
        return float(m.get_stroke_width())
    except Exception:  # noqa: BLE001
        return 0.0


def _unit(mob, camera, text: bool) -> Unit | None:
    if not _visible(mob):
        return None
    boxes = []
    for m in mob.get_family():
        points = getattr(m, "points", None)
        if points is None or not len(points):
            continue
        if camera is not None and hasattr(camera, "transform_points_pre_display"):
            points = camera.transform_points_pre_display(m, points)
        finite = points[np.all(np.isfinite(points), axis=1)]
        if len(finite):
            boxes.append((finite[:, 0].min(), finite[:, 1].min(), finite[:, 0].max(), finite[:, 1].max()))
    if not boxes:
        return None
    box = tuple(float(f(b[i] for b in boxes)) for i, f in ((0, min), (1, min), (2, max), (3, max)))
    if not all(math.isfinite(v) for v in box):
        return None
    unit = Unit(mob, describe(mob), text, box)  # type: ignore[arg-type]
    if text and not _class_is(mob, TEXT_CLASSES):  # a group of texts: keep its members' boxes
        leaves = [_unit(s, camera, text=True) for s in mob.submobjects]
        unit.parts = [p for leaf in leaves if leaf is not None for p in (leaf.parts or [(leaf.name, leaf.box)])]
    return unit


def _area(box: tuple[float, ...]) -> float:
    return max(0.0, box[2] - box[0]) * max(0.0, box[3] - box[1])


def _intersection(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _now(scene) -> float | None:
    value = getattr(getattr(scene, "renderer", None), "time", None)
    return float(value) if isinstance(value, (int, float)) else None


def _check_duration(scene) -> None:
    target = JOB.get("target_duration")
    actual = _now(scene)
    if not target or actual is None or target <= 0:
        return
    far = actual > target * DURATION_RATIO or actual < target / DURATION_RATIO
    if far and abs(actual - target) > DURATION_SLACK:
        _recorder.add(f"the animation lasts {actual:.1f} s, far from the planned {float(target):.1f} s")

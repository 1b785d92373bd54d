"""Fix-ups for ManimGL's camera API: rows ``gl-camera-3d`` and ``camera-animate-2d``.

ManimGL moves a 3D view through ``self.camera.frame`` (``frame.set_euler_angles(...)``,
``frame.reorient(...)``, ``frame.increment_theta(...)``, ``self.play(frame.animate...)``, an
updater that turns the frame). Manim CE's ``ThreeDCamera`` has no frame: the scene sets the
angles (``ThreeDScene.set_camera_orientation``), animates them (``ThreeDScene.move_camera``,
whose other keywords go to ``play``) and turns them (``begin_ambient_camera_rotation``). Every
target was checked against manim 0.22 (tests/test_validate_package.py): ManimGL's
``set_euler_angles`` takes (theta, phi, gamma) in radians, ``reorient`` the same in degrees.

In a 2D scene, ``self.camera.animate.scale(...)`` means the frame: it becomes
``self.camera.frame.animate...`` (and row ``camera-frame`` makes the class a MovingCameraScene).
A frame call this table does not know is left as it is (the repair loop's job).
"""

from __future__ import annotations

import ast

from .edits import Collector, Source, stmt_lists
from .scene_class import scene_classes
from .table import ROWS

_EULER = ("theta", "phi", "gamma")  # ManimGL's set_euler_angles / reorient order


class CameraCollector(Collector):
    def __init__(self, src: Source, tree: ast.Module):
        super().__init__(src, tree)
        for info in scene_classes(tree).values():
            for fn in (n for n in ast.walk(info.node) if isinstance(n, ast.FunctionDef) and n.args.args):
                me = fn.args.args[0].arg
                if info.is_3d:
                    _Frame3D(self, fn, me).rewrite()
                elif not info.moving_camera:
                    self.camera_animate_2d(fn, me)

    def camera_animate_2d(self, fn: ast.FunctionDef, me: str) -> None:
        for node in ast.walk(fn):
            if isinstance(node, ast.Attribute) and node.attr == "animate" and _is_camera(node.value, me):
                end = self.src.pos(node.value.end_lineno, node.value.end_col_offset)
                self.add((end, end), ".frame", f"{me}.camera.animate → {me}.camera.frame.animate "
                         f"({ROWS['camera-animate-2d'].why})", node.lineno, row="camera-animate-2d")


class _Frame3D:
    """The rewrites of one method of a ThreeDScene: ``self.camera.frame`` and its aliases."""

    def __init__(self, out: CameraCollector, fn: ast.FunctionDef, me: str):
        self.out, self.fn, self.me = out, fn, me
        self.aliases: dict[str, tuple[ast.stmt, list[ast.stmt]]] = {}  # `frame = self.camera.frame`
        self.used: dict[str, int] = {}  # alias -> uses a rewrite consumed

    def is_frame(self, node: ast.AST) -> bool:
        if isinstance(node, ast.Attribute) and node.attr == "frame" and _is_camera(node.value, self.me):
            return True
        return isinstance(node, ast.Name) and node.id in self.aliases

    def consumed(self, node: ast.AST) -> None:
        if isinstance(node, ast.Name):
            self.used[node.id] = self.used.get(node.id, 0) + 1

    def rewrite(self) -> None:
        for body in stmt_lists(self.fn):
            for stmt in body:
                if (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)
                        and self.is_frame(stmt.value) and not isinstance(stmt.value, ast.Name)):
                    self.aliases[stmt.targets[0].id] = (stmt, body)
        for body in stmt_lists(self.fn):
            for stmt in body:
                if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
                    self.statement(stmt, stmt.value)
        for name, (stmt, body) in self.aliases.items():
            loads = sum(1 for n in ast.walk(self.fn) if isinstance(n, ast.Name) and n.id == name
                        and isinstance(n.ctx, ast.Load))
            if loads == self.used.get(name, 0):  # every use was rewritten: the alias can go
                self.out.remove(stmt, body, f"removed {name} = {self.me}.camera.frame ({ROWS['gl-camera-3d'].why})",
                                row="gl-camera-3d")

    def statement(self, stmt: ast.Expr, call: ast.Call) -> None:
        func = call.func
        if not isinstance(func, ast.Attribute):
            return
        if self.is_frame(func.value):
            if func.attr == "add_updater":
                self.ambient(stmt, call)
                return
            angles = _angles(func.attr, call, self.me, self.out.src)
            if angles is not None:
                self.consumed(func.value)
                args = ", ".join(f"{k}={v}" for k, v in angles.items())
                self.out.add(stmt, f"{self.me}.set_camera_orientation({args})",
                             f"{self.out.src.text(func)}(...) → {self.me}.set_camera_orientation({args}) "
                             f"({ROWS['gl-camera-3d'].why})", row="gl-camera-3d")
        elif func.attr == "play" and isinstance(func.value, ast.Name) and func.value.id == self.me:
            self.play(stmt, call)

    def play(self, stmt: ast.Expr, call: ast.Call) -> None:
        moves = [(i, a) for i, a in enumerate(call.args) if self.animate_chain(a) is not None]
        if len(moves) != 1 or any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
            return
        index, anim = moves[0]
        root, angles = self.animate_chain(anim)
        self.consumed(root)
        text = self.out.src.text
        parts = [f"{k}={v}" for k, v in angles.items()]
        others = [text(a) for i, a in enumerate(call.args) if i != index]
        if others:
            parts.append(f"added_anims=[{', '.join(others)}]")
        parts += [text(k) for k in call.keywords]
        new = f"{self.me}.move_camera({', '.join(parts)})"
        self.out.add(stmt, new, f"self.play({text(anim)[:50]}) → {new[:80]} ({ROWS['gl-camera-3d'].why})",
                     row="gl-camera-3d")

    def animate_chain(self, node: ast.AST) -> tuple[ast.AST, dict[str, str]] | None:
        """``frame.animate.set_euler_angles(...).scale(2)`` -> (frame node, the angles); None otherwise."""
        calls: list[ast.Call] = []
        while isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            calls.append(node)
            node = node.func.value
        if not (calls and isinstance(node, ast.Attribute) and node.attr == "animate"
                and (self.is_frame(node.value) or _is_camera(node.value, self.me))):
            return None
        angles: dict[str, str] = {}
        for call in reversed(calls):
            step = _angles(call.func.attr, call, self.me, self.out.src)
            if step is None:
                return None
            angles.update(step)
        return node.value, angles

    def ambient(self, stmt: ast.Expr, call: ast.Call) -> None:
        """``frame.add_updater(lambda m, dt: m.increment_theta(k * dt))`` -> an ambient rotation at rate k."""
        fn = call.args[0] if len(call.args) == 1 and not call.keywords else None
        if not (isinstance(fn, ast.Lambda) and len(fn.args.args) == 2 and isinstance(fn.body, ast.Call)
                and isinstance(fn.body.func, ast.Attribute) and isinstance(fn.body.func.value, ast.Name)
                and fn.body.func.value.id == fn.args.args[0].arg and len(fn.body.args) == 1):
            return
        about = fn.body.func.attr.removeprefix("increment_")
        rate = _rate(fn.body.args[0], fn.args.args[1].arg, self.out.src)
        if about not in ("theta", "phi", "gamma") or not fn.body.func.attr.startswith("increment_") or rate is None:
            return
        self.consumed(call.func.value)
        extra = "" if about == "theta" else f", about={about!r}"
        new = f"{self.me}.begin_ambient_camera_rotation(rate={rate}{extra})"
        self.out.add(stmt, new, f"frame updater → {new} ({ROWS['gl-camera-3d'].why})", row="gl-camera-3d")


def _is_camera(node: ast.AST, me: str) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr == "camera" and isinstance(node.value, ast.Name)
            and node.value.id == me)


def _angles(method: str, call: ast.Call, me: str, src: Source) -> dict[str, str] | None:
    """ManimGL frame method -> set_camera_orientation/move_camera keywords (as code); None if unknown."""
    text = _texts(call, src)
    if text is None:
        return None
    args, kws = text
    if method in ("set_euler_angles", "reorient"):
        degrees = method == "reorient"
        names = [f"{n}_degrees" for n in _EULER] if degrees else list(_EULER)
        if len(args) > 3 or set(kws) - set(names):
            return None
        values = dict(zip(_EULER, args)) | {n.removesuffix("_degrees"): v for n, v in kws.items()}
        return {k: (f"({v}) * DEGREES" if degrees else v) for k, v in values.items()}
    name = method.split("_", 1)[-1]
    if name not in _EULER or len(args) != 1 or kws:
        if method == "scale" and len(args) == 1 and not kws:
            return {"zoom": f"{me}.camera.get_zoom() / ({args[0]})"}  # a bigger frame shows more: zoomed out
        if method == "move_to" and len(args) == 1 and not kws:
            return {"frame_center": args[0]}
        return None
    if method.startswith("set_"):
        return {name: args[0]}
    if method.startswith("increment_"):
        return {name: f"{me}.camera.get_{name}() + {args[0]}"}
    return None


def _texts(call: ast.Call, src: Source) -> tuple[list[str], dict[str, str]] | None:
    """The call's arguments as code; None when it unpacks (``*a``, ``**k``)."""
    if any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
        return None
    return [src.text(a) for a in call.args], {k.arg: src.text(k.value) for k in call.keywords}


def _rate(expr: ast.AST, dt: str, src: Source) -> str | None:
    """``k * dt`` / ``dt * k`` / ``dt`` -> k."""
    if isinstance(expr, ast.Name) and expr.id == dt:
        return "1"
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Mult):
        for a, b in ((expr.left, expr.right), (expr.right, expr.left)):
            if isinstance(b, ast.Name) and b.id == dt and not any(isinstance(n, ast.Name) and n.id == dt for n in ast.walk(a)):
                return src.text(a)
    return None


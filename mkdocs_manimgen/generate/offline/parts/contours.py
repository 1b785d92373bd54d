"""Level curves f(x, y) = c of the author's function, traced in the scene by marching squares on a numpy grid.

:func:`contour_helper` adds the scene method ``_contour(F, c, box, n)`` (the segments where a grid of
``F`` crosses ``c``, linearly interpolated along cell edges); :func:`level_curves` draws several levels
on ``axes`` as one VMobject each.  The scene stays self-contained: nothing is imported from here.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..latex import fmt

_HELPER = '''
def _contour(self, F, c, box, n=64):
    """Marching squares: segments ((x, y), (x, y)) of F(x, y) = c over box = (x0, x1, y0, y1)."""
    x0, x1, y0, y1 = box
    xs, ys = np.linspace(x0, x1, n + 1), np.linspace(y0, y1, n + 1)
    X, Y = np.meshgrid(xs, ys)
    with np.errstate(all="ignore"):
        Z = F(X, Y) - c
    segments = []
    for j in range(n):
        for i in range(n):
            corners = ((xs[i], ys[j], Z[j, i]), (xs[i + 1], ys[j], Z[j, i + 1]),
                       (xs[i + 1], ys[j + 1], Z[j + 1, i + 1]), (xs[i], ys[j + 1], Z[j + 1, i]))
            crossing = []
            for k in range(4):
                (xa, ya, za), (xb, yb, zb) = corners[k], corners[(k + 1) % 4]
                if np.isfinite(za) and np.isfinite(zb) and (za < 0) != (zb < 0):
                    t = za / (za - zb)
                    crossing.append((xa + t * (xb - xa), ya + t * (yb - ya)))
            segments += [crossing[m:m + 2] for m in range(0, len(crossing) - 1, 2)]
    return segments
'''


def contour_helper(w) -> None:
    """Give the scene its ``_contour`` method (once)."""
    if _HELPER not in w.helpers:
        w.helpers.append(_HELPER)


def level_curves(w, name: str, levels: Sequence[float], box: tuple[float, float, float, float], color: str = "BLUE_C",
                 fn: str = "F", z: float | None = None) -> None:
    """``name``: a VGroup with one VMobject per level of ``fn`` (a scene function of x, y, ``F`` by default) on ``axes``;
    ``z``: the height of the plane they are drawn in, on ThreeDAxes (the contour map under a surface)."""
    at = "" if z is None else f", {fmt(z, 4)}"
    contour_helper(w)
    w.code(
        f"{name} = VGroup()",
        f"for c in [{', '.join(fmt(c, 6) for c in levels)}]:",
        f"    curve = VMobject(color={color}, stroke_width=2.5)",
        f"    for (xa, ya), (xb, yb) in self._contour({fn}, c, ({', '.join(fmt(v, 4) for v in box)})):",
        f"        curve.start_new_path(axes.c2p(xa, ya{at}))",
        f"        curve.add_line_to(axes.c2p(xb, yb{at}))",
        f"    {name}.add(curve)",
    )

"""Copies of text and formulas share their parsed SVG path instead of deep-copying it.

Every glyph of a ``Text``, ``MathTex`` or ``SVGMobject`` is a ``VMobjectFromSVGPath`` that keeps the
``svgelements.Path`` it was built from (``path_obj``). Manim reads that path once, when the glyph's
points are generated; after that it is never read or changed. But Manim copies whatever it animates
(``Animation.begin``, ``Transform``, ``FadeIn`` and ``.animate`` all call ``Mobject.copy``, a deep copy),
and deep-copying an ``svgelements`` path walks thousands of small objects: in the offline corpus a
profile of a cobweb scene spent 2.6 s of 5.6 s in ``copy.deepcopy``, a 60-character ``Text`` took about
110 ms to copy. Sharing the path (the copy's memo maps it to itself) leaves every copy's own points,
colours and submobjects independent, as before.

Render child only; ``install`` is idempotent.
"""

from __future__ import annotations

_installed = False


def install() -> None:
    """Make ``VMobjectFromSVGPath`` deep copies share ``path_obj`` (Manim Community 0.18-0.22)."""
    global _installed
    if _installed:
        return
    from manim.mobject.svg.svg_mobject import VMobjectFromSVGPath

    base = VMobjectFromSVGPath.__deepcopy__  # whatever the class hierarchy provides (Mobject's today)

    def __deepcopy__(self, memo):
        path = self.__dict__.get("path_obj")
        if path is not None:
            memo.setdefault(id(path), path)  # read once at construction, never changed: share it
        return base(self, memo)

    VMobjectFromSVGPath.__deepcopy__ = __deepcopy__
    _installed = True

"""One typed reading of a block, made once and shared by every family (issue 23, item 2).

Recognition asks every family's ``needs(info)``, the verifier asks what the block claims, and the
chosen template reads the same objects again to draw them. Each of those used to parse the block
on its own; a :class:`Reading` reads each kind of object once, on first use, and keeps it:

- ``function``: the author's function of one variable (``f(x) = …``, ``y = …``, by cases);
- ``free_parameters``: the letters that function's formula leaves symbolic besides its variable
  (``a``, ``b``, ``c`` in ``y = ax^2 + bx + c``): drawn with a slider, never fixed silently;
- ``ode``, ``recurrence``, ``matrices``, ``vectors2``, ``vectors3``, ``points``, ``numbers``,
  ``interval``, ``integrals``, ``distribution``: the readers of :mod:`.odes`, :mod:`.sequences`,
  :mod:`.symbolic` and :mod:`.given`, each ``None``/empty when the block does not give one;
- ``questions``: what the block asks (:data:`.verify.QUESTIONS`), its claim.

Every property returns what its reader returns (shapes documented there) and never raises: a
reader that fails on odd input reads as "not given". ``info.reading`` is the block's reading.
"""

from __future__ import annotations

from functools import cached_property

from .latex import MathInfo


class Reading:
    """The objects and the claim of one block (see the module docstring); read lazily, once."""

    def __init__(self, info: MathInfo):
        self.info = info

    def _safely(self, read, *args, default=None):
        try:
            return read(*args)
        except Exception:  # odd input a reader cannot handle is input it does not find
            return default

    @cached_property
    def function(self):
        """(sympy expr, numpy code, LaTeX of the right side) of the author's f(x), or None
        (:func:`.given.function_in`: ``x(2 - x)`` is a product, not a call)."""
        from .given import function_in

        return self._safely(function_in, self.info.blocks)

    @cached_property
    def complex_plane(self) -> bool:
        """True when the block computes with complex numbers: it says so ("complex", 复数, "imaginary"),
        or writes a letter z or w beside the unit i (``f(z) = \\frac{z - i}{z + i}``, ``|z - i|``). Its
        formulas in z are maps of the plane, never real graphs: plotting one against z, with i as a
        parameter, drew mathematics the block does not say."""
        import re

        from .latex import IMAGINARY_UNIT

        text = self.info.concept
        if re.search(r"\bcomplex\b|argand|imaginary|m[öo]bius|conformal|half-plane|复数|复平面|虚数|虚部|保角|分式线性|"
                     rf"{IMAGINARY_UNIT}|i\^2\s*=\s*-\s*1", text, re.I):
            return True
        math = " ".join(self.info.blocks)

        def letter(name: str) -> bool:
            return bool(re.search(rf"(?<![A-Za-z\\]){name}(?![A-Za-z])", math))

        # z beside i, or w = f(z) (the notation of maps of the plane) in a block without x and y
        return letter("z") and (letter("i") or (letter("w") and not (letter("x") or letter("y"))))

    @cached_property
    def free_parameters(self) -> tuple[str, ...]:
        """Letters of the block's main formula besides its variable, sorted; () when there is none.
        Read from the first formula ``y = …``/``f(x) = …`` whose right side has one variable of
        x, t, r, θ and other single letters (``y = ax^2 + bx + c`` gives ("a", "b", "c"))."""
        from .symbolic import parse, sides

        for tex in self.info.blocks:
            expr = self._safely(parse, tex)
            if expr is None:
                continue
            lhs, rhs = self._safely(sides, expr, default=(None, None))
            if lhs is None or rhs is None or not hasattr(rhs, "free_symbols"):
                continue
            names = sorted(s.name for s in rhs.free_symbols)
            variable = next((v for v in ("x", "t", "r", "theta", "n") if v in names), None)
            if variable is None or len(names) < 2:
                continue
            return tuple(n for n in names if n != variable)
        return ()

    @cached_property
    def ode(self):
        """The block's ODE system (:class:`.odes.OdeSystem`), or None."""
        from .odes import ode_system

        return self._safely(ode_system, self.info)

    @cached_property
    def recurrence(self):
        """The block's first recurrence of order 1 or 2 (:class:`.sequences.Recurrence`), or None."""
        from .sequences import recurrence

        return self._safely(recurrence, self.info)

    @cached_property
    def matrices(self) -> list[list[list[float]]]:
        """Every numeric matrix the block writes, rows of floats, in order."""
        from .symbolic import matrices

        return self._safely(matrices, self.info.concept, default=[])

    @cached_property
    def vectors2(self) -> list[tuple[float, ...]]:
        from .given import vectors

        return self._safely(vectors, self.info, 2, default=[])

    @cached_property
    def vectors3(self) -> list[tuple[float, ...]]:
        from .given import vectors

        return self._safely(vectors, self.info, 3, default=[])

    @cached_property
    def points(self) -> list[tuple[float, float]]:
        """Every point ``(a, b)`` the block writes (maybe just one)."""
        from .given import points

        return self._safely(points, self.info, 1) or []

    @cached_property
    def numbers(self) -> list[float] | None:
        """The longest list of at least four plain numbers (data), or None."""
        from .given import number_list

        return self._safely(number_list, self.info)

    @cached_property
    def interval(self) -> tuple[float, float] | None:
        from .given import interval

        return self._safely(interval, self.info)

    @cached_property
    def integrals(self) -> list:
        """(integrand expr, lower, upper) of each definite integral, in order."""
        from .given import integrals

        return self._safely(integrals, self.info, default=[])

    @cached_property
    def distribution(self):
        """The distribution the block names (:class:`.distributions.Distribution`), or None
        (also None for impossible parameters: the families that draw one say so themselves)."""
        from .distributions import from_block

        return self._safely(from_block, self.info, False)

    @cached_property
    def questions(self) -> list:
        """The questions the block asks (:class:`.verify.Question`), its claim."""
        from .verify import asked

        return asked(self.info)

    def asks(self, name: str) -> bool:
        """Whether the block asks the question called ``name`` (``"an arc length"``)."""
        return any(q.name == name for q in self.questions)

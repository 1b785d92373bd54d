"""A Markov chain read from the block: its transition matrix, start distribution and stated stationary one.

The matrix is the author's (``pmatrix``/``bmatrix``, entries may be fractions). Which way it acts is
read from its sums: rows summing to 1 is the probability texts' ``\\pi_{k+1} = \\pi_k P``; columns
summing to 1 is linear algebra's ``u_{k+1} = A u_k`` (Strang). A matrix that is both (doubly
stochastic, not symmetric) is read by the block's notation, else not at all. Only a regular chain
(some power has every entry positive) is read: it has one stationary distribution and every start
converges to it, which is what the scene shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from .latex import MathInfo, single_line
from .symbolic import _MATRIX_RE, matrices, number

_TOL = 1e-6


@dataclass(frozen=True)
class Chain:
    """``matrix``: the author's matrix as written (n x n, 2 <= n <= 6). ``by_rows``: rows sum to 1
    (the distribution is a row vector, ``pi_{k+1} = pi_k P``); else columns do (``u_{k+1} = P u_k``).
    ``start``: the start distribution (length n, sums to 1); ``start_given``: the author wrote it
    (else the scene says it starts in state 1 "for instance"). ``stationary``: numpy's, length n.
    ``stated``: the stationary distribution the block writes, None if it writes none (it agrees with
    ``stationary``: a block whose stated one disagrees is not read)."""

    matrix: tuple[tuple[float, ...], ...]
    by_rows: bool
    start: tuple[float, ...]
    start_given: bool
    stationary: tuple[float, ...]
    stated: tuple[float, ...] | None = None
    tex: str = ""  # the author's matrix in LaTeX

    @property
    def n(self) -> int:
        return len(self.matrix)

    def step(self, u: np.ndarray) -> np.ndarray:
        """One step of the chain on a distribution (a 1-D array)."""
        m = np.array(self.matrix)
        return u @ m if self.by_rows else m @ u

    def steps(self, count: int) -> list[tuple[float, ...]]:
        """The distributions after 0, 1, ..., count steps."""
        u, out = np.array(self.start), [self.start]
        for _ in range(count):
            u = self.step(u)
            out.append(tuple(float(v) for v in u))
        return out

    def steps_to_settle(self, tol: float = 0.005, limit: int = 200) -> int:
        """How many steps until every entry is within ``tol`` of the stationary one (at most ``limit``)."""
        for k, u in enumerate(self.steps(limit)):
            if max(abs(a - b) for a, b in zip(u, self.stationary)) < tol:
                return max(k, 1)
        return limit


def read_chain(info: MathInfo) -> Chain | None:
    """The block's Markov chain, or None when it writes no stochastic matrix, the chain is not regular,
    its orientation cannot be read, or a vector it states as the stationary distribution is not it."""
    found = _stochastic(info)
    if found is None:
        return None
    grid, by_rows, tex = found
    m = np.array(grid)
    n = len(grid)
    if not np.all(np.linalg.matrix_power(m, (n - 1) ** 2 + 1) > 0):  # Wielandt: regular iff this power is positive
        return None
    stationary = _stationary(m if by_rows else m.T)
    start, stated = None, None
    for label, vec in labelled_vectors(info, n):
        if abs(sum(vec) - 1) > _TOL or min(vec) < 0:
            continue
        agrees = np.allclose(vec, stationary, atol=2e-3)
        if _is_start(label):
            start = start or vec
        elif agrees:
            stated = vec
        elif label or start is not None:
            return None  # a vector named like the answer, or a second one, that is not the stationary distribution
        else:
            start = vec
    return Chain(tuple(tuple(r) for r in grid), by_rows, tuple(start or (1.0,) + (0.0,) * (n - 1)), start is not None,
                 tuple(float(v) for v in stationary), stated, tex)


def _stochastic(info: MathInfo) -> tuple[list[list[float]], bool, str] | None:
    """The first square matrix with non-negative entries whose rows or columns sum to 1, its
    orientation and its LaTeX."""
    texts = [m.group(0) for m in _MATRIX_RE.finditer(info.concept)]
    for grid, tex in zip(matrices(info.concept), texts):
        n = len(grid)
        if not 2 <= n <= 6 or any(len(r) != n for r in grid) or min(min(r) for r in grid) < 0:
            continue
        m = np.array(grid)
        rows, cols = np.allclose(m.sum(axis=1), 1, atol=_TOL), np.allclose(m.sum(axis=0), 1, atol=_TOL)
        if rows and cols and not np.allclose(m, m.T):
            written = _written_orientation(info)
            if written is None:
                return None
            return grid, written, tex
        if rows or cols:
            return grid, rows, tex
    return None


def _written_orientation(info: MathInfo) -> bool | None:
    """True for ``\\pi P`` / ``x_k P`` (a row vector times P), False for ``P u`` / ``A x_k``, None if neither."""
    tex = " ".join(single_line(b) for b in info.blocks)
    if re.search(r"\\pi\s*(?:_\{?\w+\}?\s*)?[PAMT](?![a-z])|[xuvp]_\{?[kn]\}?\s*[PAMT](?![a-z])", tex):
        return True
    if re.search(r"[PAMT]\s*(?:\\mathbf\{?)?[xuvp]\}?_\{?[kn0]\}?", tex):
        return False
    return None


def _stationary(m: np.ndarray) -> np.ndarray:
    """The left eigenvector of the row-stochastic ``m`` for eigenvalue 1, scaled to sum to 1."""
    vals, vecs = np.linalg.eig(m.T)
    v = np.real(vecs[:, int(np.argmin(abs(vals - 1)))])
    return v / v.sum()


_VEC = r"\(\s*([^()]*?)\s*\)|\[\s*([^\[\]]*?)\s*\]"


def labelled_vectors(info: MathInfo, n: int) -> list[tuple[str, tuple[float, ...]]]:
    """Vectors of n numbers the block writes, each with the name before its ``=`` ('' when none):
    ``\\pi_0 = (1, 0)``, ``u_0 = \\begin{pmatrix}1\\\\0\\end{pmatrix}``, ``[0.5, 0.5]``."""
    out = []
    for block in info.blocks:
        flat = re.sub(r"(?<!\\)\\[,;:! ]", " ", single_line(block))  # (0.5,\,0.5): thin spaces are no part of a number
        for m in _MATRIX_RE.finditer(flat):  # a column or row vector written as a matrix
            cells = [c for c in re.split(r"\\\\|&", m.group(2)) if c.strip()]
            values = [number(c) for c in cells]
            if len(values) == n and None not in values and _one_dimensional(m.group(2)):
                out.append((_label(flat[:m.start()]), tuple(values)))
        flat = _MATRIX_RE.sub(" ", flat)
        for m in re.finditer(_VEC, flat):
            parts = re.split(r"\s*,\s*", m.group(1) if m.group(1) is not None else m.group(2))
            values = [number(p) for p in parts]
            if len(values) == n and None not in values:
                out.append((_label(flat[:m.start()]), tuple(values)))
    return out


def _one_dimensional(body: str) -> bool:
    rows = [r for r in re.split(r"\\\\", body) if r.strip()]
    return len(rows) == 1 or all("&" not in r for r in rows)


def _label(before: str) -> str:
    """The name written just before ``=`` (``\\pi_0``, ``u_{0}``, ``\\pi``), '' when the vector stands alone."""
    m = re.search(r"([A-Za-z\\][\w\\{}^*]*?)\s*=\s*$", before)
    return m.group(1) if m else ""


def _is_start(label: str) -> bool:
    """A name with index 0 (``\\pi_0``, ``u_{0}``, ``x^{(0)}``) is the start distribution."""
    return bool(re.search(r"_\{?\(?0\)?\}?|\^\{?\(0\)\}?|\(0\)", label))


def fraction_tex(value: float, limit: int = 60) -> str:
    """``\\frac{5}{6}`` for a value within 1e-9 of a fraction with a small denominator, else 3 decimals."""
    f = Fraction(value).limit_denominator(limit)
    if abs(float(f) - value) < 1e-9:
        return str(f.numerator) if f.denominator == 1 else rf"\frac{{{f.numerator}}}{{{f.denominator}}}"
    return f"{value:.3f}"

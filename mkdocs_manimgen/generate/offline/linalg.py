"""The author's vectors and what the block asks of them: a projection, Gram–Schmidt, a combination.

Readers return a dataclass or ``None`` when the block does not give what the family draws (its
vectors, which one is projected onto which, a stated answer that is right).  Every number comes
from the block; the answers (a projection, orthonormal q's, a combination's coefficients) are
computed here with numpy, and an answer the author states is checked against them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from .latex import MathInfo, single_line, split_top
from .odes import _GREEK_RE
from .symbolic import matrices, number

Vec = tuple[float, ...]

# A name as authors write it: b, a_1, \mathbf{b}, \vec b, \boldsymbol{u}, \overrightarrow{AB}, v_{2}.
_DECOR = r"\\(?:vec|mathbf|boldsymbol|overrightarrow|bm|mathbfit|underline)\s*"
# (Greek too: 施密特正交化 writes \alpha_1, \beta_1)
_NAME = rf"(?:{_DECOR})?\{{?\s*(?P<n>[A-Za-z]|\\(?:{_GREEK_RE})(?![A-Za-z]))\s*\}}?\s*(?:_\s*\{{?\s*(?P<s>[0-9A-Za-z])\s*\}}?)?"
_ENV = r"\\begin\{[pbvBV]?matrix\}(?P<body>.*?)\\end\{[pbvBV]?matrix\}"
_TRANSPOSE = re.compile(r"\s*\^\s*(?:\{\s*)?(?:T|\\top|\\intercal|\\mathrm\s*\{\s*T\s*\}|\\text\s*\{\s*T\s*\})(?:\s*\})?\s*$")
_TUPLE = r"(?:\\left)?(?:\(|\\langle|\[)(?P<cells>[^()\[\]]*?)(?:\\right)?(?:\)|\\rangle|\])"


@dataclass(frozen=True)
class Named:
    """A vector of the block: its name (``b``, ``a_1``; '' when unnamed), TeX name and components."""

    name: str
    tex: str
    value: Vec


def canonical(tex: str) -> str:
    """``\\mathbf{a}_{1}`` -> ``a_1``: the name with its decoration and braces removed."""
    m = re.fullmatch(r"\s*" + _NAME + r"\s*", tex)
    if not m:
        return ""
    return m["n"] + (f"_{m['s']}" if m["s"] else "")


def _braced(tex: str) -> str:
    """``\\vec a`` -> ``\\vec{a}``: one spelling of a decorated name (labels, notes)."""
    return re.sub(r"\\(vec|mathbf|boldsymbol|overrightarrow|bm)\s*(?:\{\s*([A-Za-z])\s*\}|([A-Za-z]))",
                  lambda m: f"\\{m[1]}{{{m[2] or m[3]}}}", tex)


def _cells(text: str) -> Vec | None:
    text = re.sub(r"\\[ ,;:!]|~", " ", text)  # (1,\ -\frac{1}{\sqrt2}): TeX's spaces are no separators
    parts = [number(c) for c in re.split(r",|;", text)]
    return tuple(parts) if len(parts) >= 2 and all(p is not None for p in parts) else None


def _literal(tex: str) -> Vec | None:
    """The vector a piece of LaTeX writes exactly (a tuple, a row or a column matrix), else None."""
    tex = _TRANSPOSE.sub("", tex.strip())  # (1, 1, 0)^T: a column written as a transposed row
    m = re.fullmatch(_ENV, tex, re.S)
    if m:
        grid = matrices(tex)
        if grid and (len(grid[0]) == 1 or len(grid) == 1):
            return tuple(v for row in grid[0] for v in row)
        return None
    m = re.fullmatch(_TUPLE, tex)
    if m:
        return _cells(m["cells"])
    m = re.fullmatch(r"\\left\((?P<cells>.*)\\right\)", tex)  # \left( 1, \frac{1}{2} \right)
    return _cells(m["cells"]) if m else None


def named_vectors(info: MathInfo) -> list[Named]:
    """Every vector the block writes, in order: ``b = (2, 3)``, ``\\vec u = \\begin{pmatrix}1\\\\2\\end{pmatrix}``,
    ``p = \\frac{a^Tb}{a^Ta}a = (2.5, 2.5)`` (named by the chain's first side), and unnamed ones."""
    out: list[Named] = []
    for block in info.blocks:
        for piece in split_top(single_line(block), ",;"):
            piece = re.sub(r"\\(?:quad|qquad|text\{[^{}]*\})", " ", piece)
            sides = split_top(piece, "=")
            first = sides[0].strip()
            for side in sides:
                whole = _literal(side)  # a side that is one vector is the value of the chain's name
                name = canonical(first) if whole is not None and len(sides) > 1 and side is not sides[0] else ""
                for found in [whole] if whole is not None else _literals_in(side):
                    out.append(Named(name, _braced(first) if name else "", found))
    return out


def _literals_in(tex: str) -> list[Vec]:
    whole = _literal(tex)
    if whole is not None:
        return [whole]
    found = [_literal(m.group(0)) for m in re.finditer(_ENV, tex, re.S)]
    return [v for v in found if v is not None]


# -- projection ----------------------------------------------------------------------------------

PROJECTION = (r"project\w*\b[^.;]{0,80}\bonto\b|projection\s+(?:of|onto)|vector\s+projection|orthogonal\s+projection"
              r"|正交投影|投影到|上的投影|投影向量|向量的投影")
_WORD = r"[A-Za-z](?:_[0-9A-Za-z])?"
_ONTO = [  # (regex, which group is projected): on the concept with names made canonical
    rf"project\w*\s+(?:of\s+)?(?:the\s+)?(?:vector\s+)?(?P<b>{_WORD})\b[^.;:]*?\bon(?:to)?\s+(?:the\s+)?(?:line\s+|vector\s+)?"
    rf"(?:through\s+|spanned\s+by\s+|along\s+|in\s+the\s+direction\s+of\s+)?(?P<a>{_WORD})\b",
    rf"(?P<b>{_WORD})\s*在\s*(?:向量\s*)?(?P<a>{_WORD})\s*(?:方向)?上的(?:正交)?投影",
    rf"(?:把|将)?\s*(?P<b>{_WORD})\s*(?:正交)?投影到\s*(?P<a>{_WORD})",
    rf"(?P<b>{_WORD})\s*向\s*(?P<a>{_WORD})\s*(?:所在直线)?(?:作)?投影",
    rf"proj\}}?_\{{?\s*(?P<a>{_WORD})\s*\}}?\s*\(?\s*(?P<b>{_WORD})\b",
]


@dataclass(frozen=True)
class Projection:
    """b projected onto the line through 0 and a: p = (a.b / a.a) a, e = b - p (perpendicular to a)."""

    b: Named
    a: Named
    p: Vec
    e: Vec
    stated: bool  # the block states p (checked) — the scene then confirms it

    @property
    def k(self) -> float:
        a, b = np.array(self.a.value), np.array(self.b.value)
        return float(a @ b / (a @ a))


def _flat_names(info: MathInfo) -> str:
    """The concept with math delimiters removed and vector names made canonical (``\\mathbf{b}`` -> ``b``)."""
    text = info.concept.replace("$", " ")
    text = re.sub(r"\\(?:operatorname|text|mathrm)\s*\{\s*proj\s*\}", "proj}", text)
    text = re.sub(r"=\s*(?:" + _ENV + "|" + _TUPLE + ")", " ", text, flags=re.S)  # b = (2, 3) -> b
    return re.sub(_DECOR + r"(?:\{\s*([A-Za-z])\s*\}|([A-Za-z]))", lambda m: m[1] or m[2], text)


def read_projection(info: MathInfo) -> Projection | None:
    """The projection the block asks for: which vector is projected onto which (by name), both plane
    vectors the block gives; None when the order cannot be read, a vector is missing, a ≈ 0, or the
    block states another vector (its p or e) that is not the projection's."""
    vecs = [v for v in named_vectors(info) if len(v.value) == 2]
    by_name = {v.name: v for v in vecs if v.name}
    text = _flat_names(info)
    for pattern in _ONTO:
        m = re.search(pattern, text, re.I)
        if m and m["a"] in by_name and m["b"] in by_name and m["a"] != m["b"]:
            a, b = by_name[m["a"]], by_name[m["b"]]
            break
    else:
        return None
    av, bv = np.array(a.value), np.array(b.value)
    if av @ av < 1e-12:
        return None
    p = (av @ bv) / (av @ av) * av
    e = bv - p
    others = [v for v in vecs if v is not a and v is not b and v.value not in (a.value, b.value)]
    for other in others:  # a stated p (or e) must be right, or the block is not drawn
        if not (np.allclose(other.value, p, atol=1e-3) or np.allclose(other.value, e, atol=1e-3)):
            return None
    return Projection(b, a, tuple(float(c) for c in p), tuple(float(c) for c in e), bool(others))


# -- Gram–Schmidt --------------------------------------------------------------------------------

GRAM_SCHMIDT = r"gram[\s–-]*schmidt|orthonormali[sz]|orthogonali[sz]\w*\s+(?:the\s+)?(?:vectors|basis)|施密特|正交化|标准正交化"


_UNIT_LETTERS = ("q", "e", "\\eta", "\\varepsilon", "\\epsilon")  # the usual names of the orthonormal results


@dataclass(frozen=True)
class StatedResult:
    """A result vector the block states (``u_2 = (\\tfrac12, 1, -\\tfrac12)``, ``q_2 = (0, 1)``): its step ``k``
    (0-based), whether it names the orthonormal q_k (else the orthogonal w_k), and whether it is right."""

    vector: Named
    k: int
    unit: bool
    true: bool


@dataclass(frozen=True)
class GramSchmidt:
    """The author's vectors (2 or 3, of one dimension 2 or 3) and the orthogonal w's and orthonormal q's."""

    given: tuple[Named, ...]
    w: tuple[Vec, ...]  # w_k = a_k - sum of its projections on the earlier w's
    q: tuple[Vec, ...]  # q_k = w_k / |w_k|
    stated: tuple[StatedResult, ...] = ()

    @property
    def dim(self) -> int:
        return len(self.given[0].value)

    @property
    def false(self) -> tuple[StatedResult, ...]:
        return tuple(s for s in self.stated if not s.true)

    def names(self) -> tuple[str, ...]:
        """The TeX names of the author's vectors: as written when they share one decoration (``\\mathbf v_1``,
        ``\\mathbf v_2``), else plain (``v_1``, ``v_2``, ``v_3`` for ``\\mathbf v_1``, ``\\vec{v}_2``, ``v_3``); a_k when unnamed."""
        decorations = {re.sub(r"\{?\s*(?:[A-Za-z]|\\[a-z]+)\s*\}?\s*(?:_.*)?$", "", v.tex) for v in self.given}
        return tuple((v.tex if len(decorations) == 1 else v.name) or f"a_{i + 1}" for i, v in enumerate(self.given))

    def truth(self, s: StatedResult) -> Vec:
        """What the step a stated result names makes: q_k for an orthonormal letter, else w_k."""
        return self.q[s.k] if s.unit else self.w[s.k]

    def letters(self) -> tuple[str, str]:
        """The letters of the orthogonal and the orthonormal results: the author's when the block states them,
        else u (w when the author's vectors are u's) and q."""
        base = _letter(self.given[0].name)[0]
        orth = next((_letter(s.vector.name)[0] for s in self.stated if not s.unit), "w" if base == "u" else "u")
        unit = next((_letter(s.vector.name)[0] for s in self.stated if s.unit), "q")
        return orth, unit


def _parallel(a: np.ndarray, b: np.ndarray) -> bool:
    """``a`` is a nonzero multiple of ``b``, to the decimals authors write (|a·b| = |a||b| within 2e-3)."""
    size = np.linalg.norm(a) * np.linalg.norm(b)
    return bool(size > 1e-12 and size - abs(a @ b) < 2e-3 * size)


def _letter(name: str) -> tuple[str, str]:
    """``v_1`` -> ("v", "1"), ``\\alpha_2`` -> ("\\alpha", "2"), ``a`` -> ("a", "")."""
    letter, _, index = name.partition("_")
    return letter, index


def read_gram_schmidt(info: MathInfo) -> GramSchmidt | None:
    """The vectors to orthonormalise (the block's first 2 or 3 of one dimension, independent), when
    the block asks for Gram–Schmidt; None otherwise. The vectors are the first one written and those
    of its letter (``v_1, v_2, v_3``; unnamed or unindexed ones too); an indexed vector of another letter
    states a result (``u_2``, ``q_1``), checked: right when it is q_k or w_k (or, for an orthogonal
    letter, w_k rescaled: authors clear fractions, ``\\beta_2 = (1, 2, -1)``)."""
    if not re.search(GRAM_SCHMIDT, info.concept, re.I):
        return None
    vecs = named_vectors(info)
    if not vecs:
        return None
    first, first_index = _letter(vecs[0].name)
    base = first if first_index else None
    results = [v for v in vecs if _letter(v.name)[1] and _letter(v.name)[0] != base]
    given = [v for v in vecs if v not in results]
    if len(given) not in (2, 3) or len({len(v.value) for v in given}) != 1 or len(given[0].value) not in (2, 3):
        return None
    if len(given) > len(given[0].value):
        return None
    ws: list[np.ndarray] = []
    for v in given:
        x = np.array(v.value, dtype=float)
        w = x - sum(((x @ q) / (q @ q)) * q for q in ws) if ws else x
        if np.linalg.norm(w) < 1e-9 * max(1.0, np.linalg.norm(x)):
            return None  # dependent: Gram–Schmidt stops
        ws.append(w)
    qs = [w / np.linalg.norm(w) for w in ws]
    stated = []
    for s in results:
        letter, index = _letter(s.name)
        k = int(index) - 1 if index.isdigit() else -1
        if not 0 <= k < len(qs) or len(s.value) != len(qs[k]):
            return None  # a vector the steps do not make: another question
        value = np.array(s.value, dtype=float)
        unit = letter in _UNIT_LETTERS or (abs(np.linalg.norm(value) - 1) < 2e-3 and abs(np.linalg.norm(ws[k]) - 1) > 2e-3)
        true = np.allclose(value, qs[k], atol=2e-3) or np.allclose(value, ws[k], atol=2e-3) or (not unit and _parallel(value, ws[k]))
        stated.append(StatedResult(s, k, bool(unit), bool(true)))
    tup = lambda arr: tuple(float(c) for c in arr)  # noqa: E731
    return GramSchmidt(tuple(given), tuple(map(tup, ws)), tuple(map(tup, qs)), tuple(stated))


# -- the column picture --------------------------------------------------------------------------

COLUMN = r"column\s+picture|linear\s+combination|combination\s+of\s+(?:the\s+)?columns|as\s+a\s+combination|列向量的线性组合|线性组合|线性表示|线性表出"


@dataclass(frozen=True)
class Combination:
    """b = x a1 + y a2 with the author's plane columns; (x, y) solved (numpy)."""

    columns: tuple[Vec, Vec]
    b: Vec
    coefficients: tuple[float, float]
    names: tuple[str, str]  # the coefficients' letters as the author writes them


def read_combination(info: MathInfo) -> Combination | None:
    """``b = (3, 5)`` as ``x\\begin{pmatrix}1\\\\2\\end{pmatrix} + y\\begin{pmatrix}1\\\\1\\end{pmatrix}``
    (or ``c_1 a_1 + c_2 a_2`` with named columns) when the block asks for a combination; None when
    the columns are not two independent plane vectors, or a stated coefficient is wrong."""
    if not re.search(COLUMN, info.concept, re.I):
        return None
    vecs = [v for v in named_vectors(info) if len(v.value) == 2]
    by_name = {v.name: v for v in vecs if v.name}
    for block in info.blocks:
        flat = single_line(block)
        m = re.search(rf"(?P<x>[A-Za-z](?:_\{{?\d\}}?)?)\s*(?P<c1>{_ENV}|{_NAME})\s*\+\s*(?P<y>[A-Za-z](?:_\{{?\d\}}?)?)\s*(?P<c2>{_ENV.replace('body', 'body2')}|{_NAME.replace('?P<n>', '?P<n2>').replace('?P<s>', '?P<s2>')})", flat, re.S)
        if not m:
            continue
        cols = [_literal(m["c1"]) or _by_name(by_name, m["c1"]), _literal(m["c2"]) or _by_name(by_name, m["c2"])]
        if any(c is None or len(c) != 2 for c in cols):
            continue
        b = by_name.get("b") or next((v for v in vecs if v.value not in cols), None)
        if b is None:
            return None
        A = np.array(cols, dtype=float).T
        if abs(np.linalg.det(A)) < 1e-9:
            return None
        x, y = np.linalg.solve(A, np.array(b.value, dtype=float))
        names = (m["x"].replace("{", "").replace("}", ""), m["y"].replace("{", "").replace("}", ""))
        stated = {k: v for k, v in _assigned(info, names).items()}
        if any(abs(stated[n] - val) > 1e-6 for n, val in zip(names, (x, y)) if n in stated):
            return None
        return Combination((cols[0], cols[1]), b.value, (float(x), float(y)), names)
    return None


def _by_name(by_name: dict[str, Named], tex: str) -> Vec | None:
    found = by_name.get(canonical(tex))
    return found.value if found else None


def _assigned(info: MathInfo, names: tuple[str, ...]) -> dict[str, float]:
    out: dict[str, float] = {}
    for block in info.blocks:
        for piece in split_top(single_line(block), ",;"):
            sides = [s.strip() for s in split_top(piece, "=")]
            if len(sides) == 2 and sides[0].replace("{", "").replace("}", "") in names:
                value = number(sides[1])
                if value is not None:
                    out[sides[0].replace("{", "").replace("}", "")] = value
    return out

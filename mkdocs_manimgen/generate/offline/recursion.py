"""Divide-and-conquer read from the block: merge sort on the author's list, or a recurrence T(n) = aT(n/b) + f(n).

Merge sort splits a list of n entries into halves (the left half has ceil(n/2), as in CLRS's
MERGE-SORT with q = floor((p + r)/2)) until single entries remain, then merges sorted halves back;
the levels and the comparisons each merge makes are computed here, at design time.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .given import number_list
from .latex import MathInfo, single_line, split_rows

Level = list[tuple[int, tuple[float, ...]]]  # (flat start index, entries) per sub-list


@dataclass(frozen=True)
class MergeSort:
    """``splits[k]``: the sub-lists at depth k (``splits[0]`` the author's list); ``merges[k]``: the sorted
    sub-lists after merging back up to depth ``len(splits) - 2 - k``; ``comparisons[k]``: comparisons made
    by the merges of ``merges[k]``."""

    values: tuple[float, ...]
    splits: tuple[Level, ...]
    merges: tuple[Level, ...]
    comparisons: tuple[int, ...]

    @property
    def result(self) -> tuple[float, ...]:
        return self.merges[-1][0][1] if self.merges else self.values


def merge_sort(values: list[float]) -> MergeSort:
    """The levels of merge sort on ``values`` (2 or more entries)."""
    splits: list[Level] = [[(0, tuple(values))]]
    while any(len(v) > 1 for _, v in splits[-1]):
        level: Level = []
        for start, v in splits[-1]:
            if len(v) == 1:
                level.append((start, v))
                continue
            left = math.ceil(len(v) / 2)
            level += [(start, v[:left]), (start + left, v[left:])]
        splits.append(level)
    merges, counts = [], []
    below = {start: v for start, v in splits[-1]}
    for parent in reversed(splits[:-1]):
        level, count = [], 0
        for start, v in parent:
            if len(v) == 1:
                level.append((start, v))
                continue
            left = math.ceil(len(v) / 2)
            merged, c = _merge(below[start], below[start + left])
            level.append((start, merged))
            count += c
        below = {start: v for start, v in level}
        merges.append(level)
        counts.append(count)
    return MergeSort(tuple(values), tuple(splits), tuple(merges), tuple(counts))


def _merge(a: tuple[float, ...], b: tuple[float, ...]) -> tuple[tuple[float, ...], int]:
    """The merge of two sorted runs and the comparisons it makes (stops when one run is used up)."""
    out, i, j, count = [], 0, 0, 0
    while i < len(a) and j < len(b):
        count += 1
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    return tuple(out + list(a[i:]) + list(b[j:])), count


MERGE_WORDS = r"merge\s*sort|mergesort|归并排序"


def read_merge_sort(info: MathInfo) -> MergeSort | None:
    """Merge sort of the author's list (2 to 16 numbers) when the block names merge sort; else None."""
    if not re.search(MERGE_WORDS, info.prose, re.I):
        return None
    values = number_list(info, minimum=2)
    if values is None or len(values) > 16:
        return None
    return merge_sort(values)


@dataclass(frozen=True)
class Recurrence:
    """T(n) = a T(n/b) + c n^k: ``a`` sub-problems of size n/b, ``c n^k`` the work outside them
    (``k`` may be 0: constant work). ``theta``: f(n) was written as Theta/O of n^k (up to a constant).
    ``letter``: a constant the author leaves symbolic in f (``cn``: "c"), kept as a letter on every label.
    ``base``: T(1) as the author writes it (``d``, ``1``), None when not given.
    ``n``: the author's input size (``for n = 32``), a power of b; None for a symbolic n."""

    a: int
    b: int
    c: float
    k: float
    theta: bool
    tex: str
    letter: str = ""
    base: str | None = None
    n: int | None = None

    @property
    def ratio(self) -> float:
        """How each level's total cost compares with the one above: a / b^k."""
        return self.a / self.b ** self.k

    @property
    def depth(self) -> int | None:
        """log_b n, the leaves' depth, for the author's n."""
        return round(math.log(self.n, self.b)) if self.n else None


# T(n) = aT(n/b) + f(n): "2T(n/2)", "2\,T\left(\frac{n}{2}\right)", "3T(\lfloor n/4 \rfloor)", "2T(\dfrac n2)"
_OPEN, _CLOSE = r"(?:\\left|\\bigl?|\\Bigl?)?\s*\(", r"(?:\\right|\\bigr?|\\Bigr?)?\s*\)"
RECURRENCE = re.compile(r"T\s*" + _OPEN + r"\s*n\s*" + _CLOSE + r"\s*=\s*(?P<a>\d*)\s*(?:\\[,;!: ]|\\cdot)?\s*T\s*" + _OPEN
                  + r"\s*(?:\\lfloor|\\lceil)?\s*(?:n\s*/\s*(?P<b1>\d+)|\\[dt]?frac\s*(?:\{\s*n\s*\}|n)\s*(?:\{\s*(?P<b2>\d+)\s*\}|(?P<b3>\d)))"
                  r"\s*(?:\\rfloor|\\rceil)?\s*" + _CLOSE
                  + r"\s*\+\s*(?P<f>.+?)\s*(?:[,;.=]|\\q?quad|\\text|\\mbox|\\mathrm|&|\\\\|$)")
# The work outside the sub-problems: 1, n, n^2, 5n, cn, c\cdot n^2, \Theta(n), O(1)
_LETTER = r"[a-df-mp-zA-NP-SU-Z](?:_\{?\d\}?)?"  # not n (the size), e, o/O, T
_COST = re.compile(r"(?P<wrap>\\Theta|\\theta|O|\\mathcal\{O\})?\s*(?:\\left)?\(?\s*(?P<c>\d+(?:\.\d+)?)?\s*"
                   rf"(?P<letter>{_LETTER})?\s*(?:\\cdot|\\,|\\times)?\s*"
                   r"(?:(?P<n>n)(?:\s*\^\s*\{?(?P<k>\d+(?:\.\d+)?)\}?)?)?\s*(?:\\right)?\)?")
# T(1) = d, T(1) = 1, T(1) = \Theta(1)
_BASE = re.compile(r"T\s*" + _OPEN + r"\s*1\s*" + _CLOSE + r"\s*=\s*(?P<v>\d+(?:\.\d+)?|" + _LETTER
                   + r"|\\Theta\s*\(\s*1\s*\)|O\s*\(\s*1\s*\))\s*(?:[,;.]|\\q?quad|\\text|&|\\\\|$)")


def statements(block: str) -> list[str]:
    """The block as rows to read: a ``cases`` definition of T(n) becomes ``T(1) = d`` and
    ``T(n) = 2T(n/2) + cn`` (each case's value, its condition dropped)."""
    flat = single_line(block)
    m = re.search(r"T\s*" + _OPEN + r"\s*n\s*" + _CLOSE + r"\s*=\s*\\begin\{cases\}(.*?)\\end\{cases\}", flat)
    if not m:
        return [flat]
    rows = []
    for row in split_rows(m[1]):
        value = row.split("&")[0].strip(" ,")
        rows.append(f"T(n) = {value}" if re.search(r"T\s*" + _OPEN, value) else f"T(1) = {value}"
                    if re.search(r"n\s*(?:=|\\le|\\leq|<)\s*[12]\b|\bbase|n\s*=\s*1", row) else "")
    return [r for r in rows if r]


def _author_n(info: MathInfo, b: int) -> int | None | bool:
    """The input size the author fixes (``n = 32``, in the math or the prose): None when none, False
    when it is not a power of b (the tree's sizes would be rounded: not drawn)."""
    from .given import assigned

    n = assigned(info, ("n",)).get("n")
    if n is None:
        m = re.search(r"(?<![\w\\])n\s*=\s*(\d+)(?![\d.])", info.prose)
        n = float(m[1]) if m else None
    if n is None:
        return None
    if not float(n).is_integer() or n < b:
        return False
    depth = round(math.log(n, b))
    return int(n) if b ** depth == n else False


def read_recurrence(info: MathInfo) -> Recurrence | None:
    """The block's recurrence ``T(n) = aT(n/b) + f(n)`` with f a constant or a power of n times a
    number or a letter (possibly inside Theta or O), its T(1) and the author's n; None for any other f
    (n log n, sqrt n...), a < 1, b < 2 or an n that is not a power of b."""
    rows = [r for block in info.blocks for r in statements(block)]
    base = next((m["v"] for r in rows for m in [_BASE.search(r)] if m), None)
    for flat in rows:
        m = RECURRENCE.search(flat)
        if not m:
            continue
        a, b = int(m["a"] or 1), int(m["b1"] or m["b2"] or m["b3"])
        f = _COST.fullmatch(m["f"].strip())
        if not f or not (f["c"] or f["n"] or f["letter"]) or a < 1 or b < 2:
            return None
        k = float(f["k"]) if f["k"] else (1.0 if f["n"] else 0.0)
        c = float(f["c"]) if f["c"] else 1.0
        n = _author_n(info, b) if not f["wrap"] else None  # Theta(n) at n = 32 is no number to write on a node
        if n is False:
            return None
        if base is not None and not re.fullmatch(r"\d+(?:\.\d+)?|" + _LETTER, base):
            base = None  # T(1) = Theta(1): a constant, not a value to write on the leaves
        return Recurrence(a, b, c, k, bool(f["wrap"]), flat[m.start():m.end("f")], f["letter"] or "", base, n)
    return None

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
from .latex import MathInfo, single_line

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
    (``k`` may be 0: constant work). ``theta``: f(n) was written as Theta/O of n^k (up to a constant)."""

    a: int
    b: int
    c: float
    k: float
    theta: bool
    tex: str

    @property
    def ratio(self) -> float:
        """How each level's total cost compares with the one above: a / b^k."""
        return self.a / self.b ** self.k


_REC = re.compile(r"T\s*\(\s*n\s*\)\s*=\s*(?P<a>\d*)\s*T\s*\(\s*(?:\\left)?\s*(?:\\lfloor|\\lceil)?\s*"
                  r"(?:n\s*/\s*(?P<b1>\d+)|\\frac\s*\{\s*n\s*\}\s*\{\s*(?P<b2>\d+)\s*\})\s*(?:\\rfloor|\\rceil)?\s*(?:\\right)?\s*\)"
                  r"\s*\+\s*(?P<f>.+?)\s*(?:[,;.]|\\quad|$)")
_COST = re.compile(r"(?P<wrap>\\Theta|\\theta|O|\\mathcal\{O\})?\s*(?:\\left)?\(?\s*(?P<c>\d+(?:\.\d+)?)?\s*"
                   r"(?:(?P<n>n)(?:\s*\^\s*\{?(?P<k>\d+(?:\.\d+)?)\}?)?)?\s*(?:\\right)?\)?")


def read_recurrence(info: MathInfo) -> Recurrence | None:
    """The block's recurrence ``T(n) = aT(n/b) + f(n)`` with f a constant or a power of n (possibly inside
    Theta or O); None for any other f (n log n, sqrt n...), a < 1 or b < 2."""
    for block in info.blocks:
        flat = single_line(block)
        m = _REC.search(flat)
        if not m:
            continue
        a, b = int(m["a"] or 1), int(m["b1"] or m["b2"])
        f = _COST.fullmatch(m["f"].strip())
        if not f or not (f["c"] or f["n"]) or a < 1 or b < 2:
            return None
        k = float(f["k"]) if f["k"] else (1.0 if f["n"] else 0.0)
        c = float(f["c"]) if f["c"] else 1.0
        return Recurrence(a, b, c, k, bool(f["wrap"]), m.group(0).rstrip(",;. "))
    return None

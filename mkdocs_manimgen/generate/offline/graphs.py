"""A graph read from the block, and the steps of BFS, DFS, Dijkstra, Kruskal and Prim on it.

Edges are the author's: ``(A, B, 4)`` triples, ``A-B: 4`` / ``A–B = 4`` / ``AB = 4`` pairs with a weight, ``(A, B)``
pairs for an unweighted graph, or an adjacency matrix (vertices then 1..n; 0 off the diagonal is no
edge). Ties are broken by the vertices' names (alphabetical, numbers by value), the textbooks'
convention, which the scene states. Everything is computed here, at design time.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass, field

from .latex import MathInfo
from .symbolic import matrices

_NAME = r"[A-Za-z](?:_?\d)?|\d{1,2}"
_W = r"\d+(?:\.\d+)?"


@dataclass(frozen=True)
class Graph:
    """``vertices`` in the order the block names them; ``edges`` (u, v, weight) undirected, weight None
    when the block gives none."""

    vertices: tuple[str, ...]
    edges: tuple[tuple[str, str, float | None], ...]

    @property
    def weighted(self) -> bool:
        return all(w is not None for *_, w in self.edges)

    def neighbours(self, v: str) -> list[tuple[str, float | None]]:
        out = [(b, w) for a, b, w in self.edges if a == v] + [(a, w) for a, b, w in self.edges if b == v]
        return sorted(out, key=lambda t: _key(t[0]))


def _key(name: str):
    return (0, int(name), "") if name.isdigit() else (1, 0, name)


def _plain(info: MathInfo) -> str:
    text = info.concept.replace("$", " ").replace("\\,", " ").replace("\\;", " ").replace("\\:", " ").replace("\\!", "")
    text = re.sub(r"\\(?:text|mathrm)\{([^{}]*)\}", r"\1", text)
    return text.replace("\\to", "→").replace("\\rightarrow", "→").replace("\\leftrightarrow", "-").replace("--", "-")


def read_graph(info: MathInfo) -> Graph | None:
    """The block's graph (3 to 10 vertices, at least 2 edges, connected), or None."""
    text = _plain(info)
    if "→" in text:
        return None  # directed edges: not read (the algorithms here are drawn on undirected graphs)
    edges = [(a, b, float(w)) for a, b, w in re.findall(rf"\(\s*({_NAME})\s*,\s*({_NAME})\s*,\s*({_W})\s*\)", text)]
    edges += [(a, b, float(w)) for a, b, w in re.findall(rf"(?<![\w\\])({_NAME})\s*[-–—]\s*({_NAME})\s*[:=]\s*({_W})", text)]
    if not edges:
        # AB = 5, CD = 6 (the decision-maths notation: an arc named by its two capital ends); three at least,
        # since a triangle's sides are written so too
        pairs = re.findall(rf"(?<![\w\\])([A-Z])([A-Z])\s*=\s*({_W})(?![\d.])", text)
        edges = [(a, b, float(w)) for a, b, w in pairs] if len(pairs) >= 3 else []
    if not edges:
        edges = [(a, b, None) for a, b in re.findall(rf"\(\s*({_NAME})\s*,\s*({_NAME})\s*\)", text)
                 if not (a.isdigit() and b.isdigit())]  # (1, 2) is more often a point than an edge
    if not edges:
        edges = _from_matrix(info)
    return _graph(edges)


def _from_matrix(info: MathInfo) -> list[tuple[str, str, float | None]]:
    """Edges of a symmetric adjacency matrix with a zero diagonal (weights are its entries)."""
    for grid in matrices(info.concept):
        n = len(grid)
        if not 3 <= n <= 10 or any(len(r) != n for r in grid):
            continue
        if any(grid[i][i] != 0 for i in range(n)) or any(grid[i][j] != grid[j][i] for i in range(n) for j in range(n)):
            continue
        if min(min(r) for r in grid) < 0:
            continue
        unweighted = all(v in (0, 1) for r in grid for v in r)
        return [(str(i + 1), str(j + 1), None if unweighted else float(grid[i][j]))
                for i in range(n) for j in range(i + 1, n) if grid[i][j] not in (0, float("inf"))]
    return []


def _graph(edges) -> Graph | None:
    seen, kept, vertices = set(), [], []
    for a, b, w in edges:
        if a == b:
            return None
        pair = frozenset((a, b))
        if pair in seen:
            return None  # a repeated or parallel edge: not a simple graph the block states clearly
        seen.add(pair)
        kept.append((a, b, w))
        for v in (a, b):
            if v not in vertices:
                vertices.append(v)
    if len(kept) < 2 or not 3 <= len(vertices) <= 10 or len({w is None for *_, w in kept}) > 1:
        return None
    g = Graph(tuple(vertices), tuple(kept))
    return g if len(search(g, vertices[0], "bfs")) == len(vertices) else None


def search(g: Graph, start: str, how: str) -> list[str]:
    """The visiting order of BFS (``how='bfs'``) or DFS from ``start``, neighbours in name order."""
    if how == "bfs":
        order, queue = [start], [start]
        while queue:
            v = queue.pop(0)
            for u, _ in g.neighbours(v):
                if u not in order:
                    order.append(u)
                    queue.append(u)
        return order
    order: list[str] = []

    def visit(v: str) -> None:
        order.append(v)
        for u, _ in g.neighbours(v):
            if u not in order:
                visit(u)

    visit(start)
    return order


@dataclass
class DijkstraStep:
    settled: str  # the vertex taken from the queue
    dist: dict[str, float]  # tentative distances after relaxing its edges
    parent: dict[str, str] = field(default_factory=dict)


def dijkstra(g: Graph, source: str) -> list[DijkstraStep]:
    """One step per settled vertex; ties taken in name order."""
    dist = {v: float("inf") for v in g.vertices}
    dist[source] = 0.0
    parent: dict[str, str] = {}
    done: set[str] = set()
    heap = [(0.0, _key(source), source)]
    steps = []
    while heap:
        d, _, v = heapq.heappop(heap)
        if v in done:
            continue
        done.add(v)
        for u, w in g.neighbours(v):
            if u not in done and d + w < dist[u]:
                dist[u], parent[u] = d + w, v
                heapq.heappush(heap, (dist[u], _key(u), u))
        steps.append(DijkstraStep(v, dict(dist), dict(parent)))
    return steps


def kruskal(g: Graph) -> list[tuple[tuple[str, str, float], bool]]:
    """Each edge in weight order (ties in the block's order) and whether it joins the tree."""
    root = {v: v for v in g.vertices}

    def find(v: str) -> str:
        while root[v] != v:
            v = root[v]
        return v

    out = []
    for a, b, w in sorted(g.edges, key=lambda e: e[2]):
        ra, rb = find(a), find(b)
        out.append(((a, b, w), ra != rb))
        if ra != rb:
            root[ra] = rb
    return out


def prim(g: Graph, start: str) -> list[tuple[str, str, float]]:
    """The tree edges in the order Prim's algorithm adds them from ``start`` (ties in name order)."""
    inside, out = {start}, []
    while len(inside) < len(g.vertices):
        best = min(((w, _key(b), a, b) for a in sorted(inside, key=_key) for b, w in g.neighbours(a) if b not in inside),
                   key=lambda t: (t[0], t[1]))
        w, _, a, b = best
        inside.add(b)
        out.append((a, b, w))
    return out


def unique_mst(g: Graph) -> bool:
    """Distinct weights make the minimum spanning tree unique (so Prim and Kruskal agree)."""
    weights = [w for *_, w in g.edges]
    return len(set(weights)) == len(weights)


def named_vertex(info: MathInfo, g: Graph, words: str) -> str | None:
    """A vertex the prose names after ``words`` (``from A``, ``source A``, ``从 A``), or None."""
    text = _plain(info)
    for m in re.finditer(rf"(?:{words})\s*(?:vertex|node|顶点|结点|点)?\s*({_NAME})(?![\w])", text, re.I):
        if m.group(1) in g.vertices:
            return m.group(1)
    return None

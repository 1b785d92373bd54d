"""Statements about a graph: given by its degrees, the handshake lemma and Euler's theorem on walks; given by
its weighted edges, the order in which Prim's or Kruskal's algorithm takes them and the tree's total weight."""

from __future__ import annotations

import re

from ..graphs import kruskal, named_vertex, prim, read_graph, unique_mst
from ..latex import MathInfo
from ..latex import fmt
from .core import Claim

_DEGREES = re.compile(r"(?:degrees?|度数|度)[^$。.;；]{0,30}?\$([\d\s,，、;\\]+)\$", re.I)
_EDGES = re.compile(r"\$?(\d+)\$?\s*(?:edges\b|条边)", re.I)
_CIRCUIT = re.compile(r"euler(?:ian)?\s+(?:circuit|cycle|tour)|欧拉回路|一笔画.{0,8}回到", re.I)
_TRAIL = re.compile(r"euler(?:ian)?\s+(?:path|trail)|欧拉(?:通)?路(?!回)|一笔画", re.I)
_DENIED = re.compile(r"\bno\b|\bnot\b|n't|cannot|\bneither\b|没有|不存在|不能|不是|无", re.I)


def _euler_walks(info: MathInfo, rows: list[str]) -> list[Claim]:  # reads sentences, not rows
    """A connected graph given by its degrees: the handshake lemma (the degrees sum to twice the edges, a stated
    edge count checked) and Euler's theorem: a circuit exactly when every degree is even, a path that is not a
    circuit exactly when two are odd (Euler 1736; Hierholzer 1873). An Euler walk said to exist where it cannot is false."""
    m = _DEGREES.search(info.concept)
    if not m or not re.search(r"connected|连通", info.concept, re.I):
        return []
    degrees = [int(d) for d in re.findall(r"\d+", m.group(1))]
    if len(degrees) < 2:
        return []
    total, odd = sum(degrees), sum(d % 2 for d in degrees)
    listed = ", ".join(map(str, degrees))
    if total % 2:
        return [Claim(f"\\text{{degrees }} {listed}", f"\\textstyle\\sum \\deg = {total} \\text{{ is odd}}",
                      (f"the degrees sum to {total}, but they must sum to twice the number of edges",
                       f"度数之和为 {total}，但它必须等于边数的两倍"))]
    out = []
    edges = _EDGES.search(info.concept)
    if edges and int(edges.group(1)) != total // 2:
        out.append(Claim(f"{edges.group(1)} \\text{{ edges}}", f"\\tfrac{{{total}}}{{2}} = {total // 2} \\text{{ edges}}",
                         (f"the degrees sum to {total}, twice the number of edges", f"度数之和为 {total}，等于边数的两倍")))
    for sentence in re.split(r"(?<=[.!?。！？；;])\s*", info.concept):
        circuit, trail = _CIRCUIT.search(sentence), _TRAIL.search(sentence)
        if not (circuit or trail) or _DENIED.search(re.sub(r"\$[^$]*\$", " ", sentence)):
            continue
        if circuit and odd != 0:
            out.append(Claim(r"\text{an Euler circuit}", rf"{odd} \text{{ odd degrees: }}" +
                             (r"\text{an Euler path, no circuit}" if odd == 2 else r"\text{no Euler path}"),
                             (f"{odd} vertices have odd degree; a circuit needs every degree even"
                              + (", so there is an Euler path from one odd vertex to the other" if odd == 2 else ""),
                              f"有 {odd} 个奇度顶点；欧拉回路要求每个顶点的度都是偶数"
                              + ("，所以只有从一个奇度顶点到另一个的欧拉路" if odd == 2 else ""))))
            break
        if trail and not circuit and odd > 2:
            out.append(Claim(r"\text{an Euler path}", rf"{odd} \text{{ odd degrees: no Euler path}}",
                             (f"{odd} vertices have odd degree; a path allows at most two", f"有 {odd} 个奇度顶点；欧拉路至多允许两个")))
            break
    return out


_REJECTED = re.compile(r"reject|skip|discard|would\s+(?:close|form|make)|舍去|舍弃|不选|排除|跳过|形成(?:圈|回路)", re.I)
_TOTAL = re.compile(r"(?:total|overall)\s+(?:weight|length|cost|distance)[^$0-9]{0,30}?\$?\s*(\d+(?:\.\d+)?)|"
                    r"总(?:权重?|长度?|费用|距离|权值)[^$0-9]{0,12}?\$?\s*(\d+(?:\.\d+)?)", re.I)
_EDGE_NAME = re.compile(r"(?<![A-Za-z\\])([A-Z])([A-Z])(?![A-Za-z])")


def _tree_orders(info: MathInfo, rows: list[str]) -> list[Claim]:  # reads the prose, not rows
    """A weighted graph with Prim's or Kruskal's algorithm named: the tree edges the block says are taken, in
    its order, against the algorithm's own order (Prim 1957 grows one tree from its start by the lightest edge
    leaving it; Kruskal 1956 takes edges from the lightest, skipping those that close a cycle), and a stated
    total weight against the minimum spanning tree's. Edges said rejected (a clause with "reject", 舍去) are
    not taken."""
    from ..templates.graph_algorithm import TREE, _FROM

    text = info.concept
    if not re.search(TREE, text, re.I):
        return []
    g = read_graph(info)
    if g is None or not g.weighted or not unique_mst(g):
        return []  # with equal weights several trees are minimal and the order is a tie-break's
    is_prim = bool(re.search(r"\bprim|普里姆", text, re.I))
    start = named_vertex(info, g, _FROM) if is_prim else None
    if is_prim and start is None:
        return []
    truth = [(a, b) for a, b, _ in prim(g, start)] if is_prim else [e[:2] for e, taken in kruskal(g) if taken]
    weight = sum(w for *_, w in (prim(g, start) if is_prim else [e for e, taken in kruskal(g) if taken]))
    edges = {frozenset(e[:2]) for e in g.edges}
    defined = [m.end() for m in re.finditer(r"[A-Z]\s*[-–—]?\s*[A-Z]\s*[:=]\s*\d", text)]
    after = text[max(defined, default=0):]
    stated = []
    for clause in re.split(r"[;；.。]\s", after):
        if _REJECTED.search(clause):
            continue
        stated += [(a, b) for a, b in _EDGE_NAME.findall(clause) if frozenset((a, b)) in edges]
    out = []
    name = ("Prim's algorithm", "普里姆算法") if is_prim else ("Kruskal's algorithm", "克鲁斯卡尔算法")
    said = [frozenset(e) for e in stated]
    if len(said) == len(truth) and len(set(said)) == len(said) and said != [frozenset(e) for e in truth]:
        named = {frozenset((a, b)): a + b for a, b, _ in g.edges}  # as the block names each edge
        listed, right = ", ".join(a + b for a, b in stated), ", ".join(named[frozenset(e)] for e in truth)
        if set(said) == {frozenset(e) for e in truth}:
            why = ((f"{name[0]} from ${start}$ adds the lightest edge leaving the tree grown so far; taking the lightest "
                    "edge anywhere is Kruskal's order", f"{name[1]}从 ${start}$ 出发，每步加入离开已有树的最短边；"
                    "每步取全图最短边是克鲁斯卡尔算法的顺序") if is_prim else
                   (f"{name[0]} takes the edges from the lightest", f"{name[1]}按权从小到大取边"))
        else:
            why = ("these edges are not the minimum spanning tree", "这些边不构成最小生成树")
        out.append(Claim(rf"\text{{{listed}}}", rf"\text{{{right}}}", why))
    total = _TOTAL.search(after)
    if total:
        v = float(total.group(1) or total.group(2))
        if abs(v - weight) > 1e-9:
            out.append(Claim(rf"\text{{total }} {fmt(v, 4)}", rf"\text{{total }} {fmt(weight, 4)}",
                             ("the minimum spanning tree's weights add up to this", "最小生成树各边的权之和")))
    return out

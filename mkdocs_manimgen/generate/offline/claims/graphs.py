"""Statements about a graph given by its degrees: the handshake lemma and Euler's theorem on walks."""

from __future__ import annotations

import re

from ..latex import MathInfo
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

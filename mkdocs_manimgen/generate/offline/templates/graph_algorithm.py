"""graph_algorithm: BFS/DFS order, Dijkstra's shortest paths or a minimum spanning tree on the author's graph.

The graph (edges with the author's weights) and every step are read and computed by :mod:`..graphs`;
the scene draws the graph on a circle (:mod:`..parts.graphs`) and highlights the algorithm's steps.
A search or Dijkstra needs the start vertex the block names; ties go by vertex name, as the scene says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..families import no_formula
from ..graphs import Graph, dijkstra, kruskal, named_vertex, prim, read_graph, search, unique_mst
from ..notes import check
from ..parts.graphs import graph_setup, key, layout, tag_positions
from ..storyboard import pystr
from .common import Ctx, fmt, text_mob

TITLE = ("An Algorithm on a Graph", "图上的算法")
WHAT = ("Graph algorithms step through a graph's vertices and edges: breadth-first search visits vertices in order of their "
        "distance in edges, depth-first search goes as deep as it can first, Dijkstra's algorithm settles the nearest "
        "unsettled vertex and relaxes its edges, and Kruskal's and Prim's algorithms grow a minimum spanning tree by "
        "always taking the lightest safe edge.",
        "图算法逐步处理图的顶点和边：广度优先搜索按边数距离由近到远访问顶点，深度优先搜索尽量先往深处走，"
        "Dijkstra 算法每次确定最近的未确定顶点并松弛它的边，Kruskal 和 Prim 算法每次取最轻的安全边来生成最小生成树。")
PRIORITY = 35
SHORTEST = r"dijkstra|shortest\s+paths?|最短路"
TREE = r"minimum\s+spanning\s+tree|\bMST\b|kruskal|\bprim(?:'s)?\b|最小生成树|克鲁斯卡尔|普里姆"
SEARCH = r"breadth[- ]first|depth[- ]first|\bBFS\b|\bDFS\b|广度优先|深度优先"
KEYWORDS = (SHORTEST, TREE, SEARCH)
_FROM = r"from|source|start(?:ing)?\s+(?:at|from)|starting|起点为?|起点是|从"


@dataclass(frozen=True)
class Task:
    graph: Graph
    kind: str  # bfs | dfs | dijkstra | kruskal | prim
    start: str | None  # the author's start vertex (Prim: None means the scene's own, said so)
    target: str | None = None
    example: bool = False  # the scene's own graph, for a block that writes no graph at all (said on screen)


# For a block that only names an algorithm ("How does Dijkstra's algorithm work?"): small enough to follow,
# with one distance that improves (B: 4 by the direct edge, then 3 through C) and distinct weights.
EXAMPLE = Graph(("A", "B", "C", "D", "E"),
                (("A", "B", 4.0), ("A", "C", 1.0), ("B", "C", 2.0), ("B", "D", 5.0), ("C", "D", 8.0), ("C", "E", 9.0), ("D", "E", 3.0)))


def needs(info) -> Task | None:
    """The author's graph and the algorithm the prose names, with its start vertex when it needs one."""
    prose = info.prose + " " + info.concept
    if no_formula(info):
        return _example(prose)
    g = read_graph(info)
    if g is None:
        return None
    start = named_vertex(info, g, _FROM)
    if re.search(SHORTEST, prose, re.I):
        target = named_vertex(info, g, r"\bto|终点为?|到")
        return Task(g, "dijkstra", start, target) if g.weighted and start else None
    if re.search(TREE, prose, re.I):
        if not g.weighted:
            return None
        return Task(g, "prim" if re.search(r"\bprim|普里姆", prose, re.I) else "kruskal", start)
    if re.search(SEARCH, prose, re.I) and start:
        return Task(g, "dfs" if re.search(r"depth|\bDFS\b|深度", prose, re.I) else "bfs", start)
    return None


def _example(prose: str) -> Task | None:
    """The algorithm the prose names, on :data:`EXAMPLE` from A (Dijkstra to E, the searches unweighted);
    a shortest path only with a graph's words (the shortest path between two points is a segment)."""
    if not re.search(r"dijkstra|kruskal|\bprim|breadth|depth|\bBFS\b|\bDFS\b|graph|network|algorithm|图|网络|算法", prose, re.I):
        return None
    if re.search(SHORTEST, prose, re.I):
        return Task(EXAMPLE, "dijkstra", "A", "E", example=True)
    if re.search(TREE, prose, re.I):
        return Task(EXAMPLE, "prim" if re.search(r"\bprim|普里姆", prose, re.I) else "kruskal", "A", example=True)
    if re.search(SEARCH, prose, re.I):
        bare = Graph(EXAMPLE.vertices, tuple((a, b, None) for a, b, _ in EXAMPLE.edges))
        return Task(bare, "dfs" if re.search(r"depth|\bDFS\b|深度", prose, re.I) else "bfs", "A", example=True)
    return None


def build(ctx: Ctx) -> None:
    task = needs(ctx.info)
    assert task is not None, "graph_algorithm drawn without a graph"
    w, g = ctx.w, task.graph
    w.example = task.example  # the first beat then says "For instance"
    pos = layout(g.vertices)
    w.title(ctx.title)
    graph_setup(w, g.vertices, g.edges, pos)
    w.code(f"rule = {text_mob(ctx.L('ties: by vertex name', '并列时按顶点名称顺序'), 22, 'GREY_A')}.to_corner(DL, buff=0.3)")
    {"bfs": _search, "dfs": _search, "dijkstra": _dijkstra, "kruskal": _tree, "prim": _tree}[task.kind](ctx, task, pos)


def _search(ctx: Ctx, task: Task, pos) -> None:
    w, g = ctx.w, task.graph
    order = search(g, task.start, task.kind)
    name = ctx.L(*{"bfs": ("Breadth-first search", "广度优先搜索"), "dfs": ("Depth-first search", "深度优先搜索")}[task.kind])
    ctx.facts.update(kind=task.kind, order=order)
    w.beat(ctx.title, ctx.L(f"{name} from ${task.start}$ on the graph's {len(g.vertices)} vertices and {len(g.edges)} edges, "
                            "neighbours taken in name order.",
                            f"从 ${task.start}$ 出发做{name}，图有 {len(g.vertices)} 个顶点、{len(g.edges)} 条边，邻点按名称顺序。"))
    w.play("Write(title), Create(graph), FadeIn(rule)", 1.6)
    w.code(f"visit = VGroup().to_corner(UR, buff=0.5).shift(DOWN * 0.8)")
    w.beat(ctx.L("Visiting order", "访问顺序"), ctx.L(f"The order is ${', '.join(order)}$.", f"访问顺序为 ${', '.join(order)}$。"))
    for k, v in enumerate(order):
        w.code(f'tag{k} = MathTex(r"{k + 1}.\\ {v}", font_size=32, color=YELLOW).move_to(RIGHT * 4.6 + UP * {fmt(1.8 - 0.55 * k, 3)})')
        w.play(f"nodes[{pystr(v)}][0].animate.set_fill(GREEN_E), FadeIn(tag{k}, shift=LEFT * 0.2)", 0.8)
    w.wait(1.4)


def _dijkstra(ctx: Ctx, task: Task, pos) -> None:
    w, g = ctx.w, task.graph
    steps = dijkstra(g, task.start)
    final = steps[-1]
    ctx.facts.update(kind="dijkstra", dist=final.dist, source=task.start)
    w.beat(ctx.title, ctx.L(f"Dijkstra's algorithm from ${task.start}$: every vertex starts at distance $\\infty$, the source at 0.",
                            f"从 ${task.start}$ 出发的 Dijkstra 算法：各顶点距离初始为 $\\infty$，源点为 0。"))
    tags = tag_positions(pos)
    w.code("def dist_tag(v, text, color=YELLOW):",
           "    return MathTex(text, font_size=28, color=color).move_to(where[v])",
           "where = {" + ", ".join(f"{pystr(v)}: {p}" for v, p in tags.items()) + "}",
           "dist = {v: dist_tag(v, r\"\\infty\", GREY_B) for v in nodes}",
           f"dist[{pystr(task.start)}] = dist_tag({pystr(task.start)}, \"0\")")
    w.play("Write(title), Create(graph), FadeIn(rule), *[FadeIn(d) for d in dist.values()]", 1.6)
    w.beat(ctx.L("Settle the nearest, relax its edges", "确定最近的顶点，松弛它的边"),
           ctx.L("Each step settles the unsettled vertex with the smallest distance and lowers its neighbours' distances through it.",
                 "每一步确定距离最小的未确定顶点，并经由它降低邻点的距离。"))
    shown = {v: (0.0 if v == task.start else float("inf")) for v in g.vertices}
    for step in steps:
        changes = [f"nodes[{pystr(step.settled)}][0].animate.set_fill(GREEN_E)"]
        for v, d in step.dist.items():
            if d != shown[v]:
                changes.append(f'Transform(dist[{pystr(v)}], dist_tag({pystr(v)}, "{fmt(d)}"))')
                changes.append(f"edges[{pystr(key(v, step.parent[v]))}].animate.set_color(BLUE_B)")
                shown[v] = d
        w.play(", ".join(changes), 0.9)
    tree = [key(v, p) for v, p in final.parent.items()]
    if task.target:
        path = [task.target]
        while path[-1] != task.start:
            path.append(final.parent[path[-1]])
        path.reverse()
        d = final.dist[task.target]
        ctx.facts.update(path=path)
        route = " \\to ".join(path)
        w.beat(ctx.L("The shortest path", "最短路径"),
               ctx.L(f"The shortest path from ${task.start}$ to ${task.target}$ is ${route}$, of length ${fmt(d)}$.",
                     f"从 ${task.start}$ 到 ${task.target}$ 的最短路径是 ${route}$，长度为 ${fmt(d)}$。"))
        hl = [key(a, b) for a, b in zip(path, path[1:])]
        w.code(f'answer = MathTex(r"{route} = {fmt(d)}", font_size=36, color=YELLOW).to_corner(UR, buff=0.5).shift(DOWN * 0.8)')
    else:
        listing = ", ".join(f"{v}: {fmt(final.dist[v])}" for v in g.vertices)
        w.beat(ctx.L("All distances", "全部距离"),
               ctx.L(f"Every vertex is settled; the distances from ${task.start}$ are ${listing}$, along the highlighted tree.",
                     f"所有顶点都已确定；从 ${task.start}$ 出发的距离为 ${listing}$，沿高亮的树。"))
        hl = tree
        w.code(f'answer = MathTex(r"\\text{{{ctx.L("from", "from")} }} {task.start}", font_size=34, color=YELLOW).to_corner(UR, buff=0.5).shift(DOWN * 0.8)')
    w.play(", ".join(f"edges[{pystr(k)}].animate.set_color(YELLOW).set_stroke(width=7)" for k in hl) + ", Write(answer)", 1.4)
    w.wait(1.4)


def _tree(ctx: Ctx, task: Task, pos) -> None:
    w, g = ctx.w, task.graph
    if task.kind == "kruskal":
        steps = kruskal(g)
        taken = [e for e, ok in steps if ok]
        name = ctx.L("Kruskal's algorithm", "Kruskal 算法")
        how = ctx.L("takes the edges from lightest to heaviest, skipping any that would close a cycle",
                    "按权从小到大取边，跳过会形成圈的边")
    else:
        start = task.start or g.vertices[0]
        taken = prim(g, start)
        steps = [(e, True) for e in taken]
        name = ctx.L("Prim's algorithm", "Prim 算法")
        own = "" if task.start else ctx.L(" (any start gives a tree of the same weight)", "（从任何顶点出发，树的总权相同）")
        how = ctx.L(f"grows one tree from ${start}${own}, always adding the lightest edge leaving it",
                    f"从 ${start}$ 出发{own}生长一棵树，每次加入离开它的最轻的边")
    total = sum(e[2] for e in taken)
    ctx.facts.update(kind=task.kind, total=total, tree=taken)
    w.beat(ctx.title, ctx.L(f"A minimum spanning tree of the graph: {name} {how}.", f"求图的最小生成树：{name}{how}。"))
    w.play("Write(title), Create(graph), FadeIn(rule)", 1.6)
    w.code(f'running = MathTex(r"\\text{{{ctx.L("weight", "weight")}: }} 0", font_size=34, color=YELLOW).to_corner(UR, buff=0.5).shift(DOWN * 0.8)')
    w.play("FadeIn(running)", 0.6)
    w.beat(ctx.L("Edge by edge", "逐条加边"),
           ctx.L(f"The tree takes ${', '.join(f'{a}{b}' for a, b, _ in taken)}$.", f"依次加入 ${', '.join(f'{a}{b}' for a, b, _ in taken)}$。"))
    acc = 0.0
    for (a, b, wt), ok in steps:
        k = pystr(key(a, b))
        if ok:
            acc += wt
            w.play(f"edges[{k}].animate.set_color(YELLOW).set_stroke(width=7), "
                   f'Transform(running, MathTex(r"\\text{{{ctx.L("weight", "weight")}: }} {fmt(acc)}", font_size=34, color=YELLOW).move_to(running))', 0.8)
        else:
            w.play(f"edges[{k}].animate.set_color(RED).set_stroke(width=2, opacity=0.5)", 0.5)
    unique = ctx.L(" (its weights are distinct, so this tree is the only minimum one)", "（边权互不相同，所以最小生成树唯一）") if unique_mst(g) else ""
    w.beat(ctx.L("The minimum spanning tree", "最小生成树"),
           ctx.L(f"{len(taken)} edges join all {len(g.vertices)} vertices with total weight ${fmt(total)}${unique}.",
                 f"{len(taken)} 条边连通全部 {len(g.vertices)} 个顶点，总权为 ${fmt(total)}${unique}。"))
    w.play("Indicate(running)", 1)
    w.wait(1.4)


@check("graph_algorithm")
def _check(f):
    if f["kind"] in ("kruskal", "prim"):
        return ("Why can the heaviest edge of a cycle never be needed in a minimum spanning tree (with distinct weights)?",
                "（边权互不相同时）为什么一个圈上最重的边一定不在最小生成树里？",
                "Removing it keeps the graph connected; any tree using it could swap it for a lighter edge of the same cycle.",
                "去掉它图仍然连通；任何用到它的树都可以换成同一个圈上更轻的边，总权更小。")
    if f["kind"] == "dijkstra":
        return ("Why does Dijkstra's algorithm need non-negative weights?", "为什么 Dijkstra 算法要求边权非负？",
                "A settled vertex's distance is final only if no later path can be shorter; a negative edge could make one.",
                "顶点一旦确定，其距离必须不会再变短；负权边可能让后来的路径更短。")
    return ("Which data structure gives breadth-first order, and which depth-first?", "哪种数据结构给出广度优先顺序？哪种给出深度优先？",
            "A queue (first in, first out) gives breadth-first; a stack or recursion gives depth-first.",
            "队列（先进先出）给出广度优先；栈或递归给出深度优先。")

"""Static validation of untrusted scene code, before anything runs it.

The code may come from an LLM that anyone's prompt can steer, and it runs during a docs
build on the author's machine and in CI. This is an AST allowlist/denylist: imports only
from a few packages, no dynamic code, no introspection (dunders, frames), nothing that reaches
files, the environment or other programs. What cannot be seen statically (endless loops,
memory bombs) is the render sandbox's job. ``validate_code`` never raises.
"""

from __future__ import annotations

import ast
import unicodedata

from . import pyast, rules as R
from .findings import Finding, ValidationReport
from .scene_class import pick_scene
from .tex import refused_in

DEFAULT_ALLOWED_IMPORTS = frozenset(
    {"manim", "numpy", "math", "random", "itertools", "functools", "colorsys", "typing"}
)
MAX_CODE_BYTES = 100_000

# Names that refer to modules even without an import statement (star import, conventions).
_IMPLICIT_MODULES = frozenset(DEFAULT_ALLOWED_IMPORTS | {"np", "rate_functions", "typing"})


def validate_code(
    code: str,
    *,
    scene: str | None = None,
    allowed_imports: frozenset[str] = DEFAULT_ALLOWED_IMPORTS,
) -> ValidationReport:
    """Check ``code`` statically; every problem becomes a :class:`Finding`."""
    try:
        return _validate(code, scene, allowed_imports)
    except Exception as exc:  # never raise: a crash here must not take the build down
        return ValidationReport([Finding(1, 1, "code could not be checked", f"{type(exc).__name__}: {exc}")])


def _validate(code: str, scene: str | None, allowed: frozenset[str]) -> ValidationReport:
    if not isinstance(code, str):
        return ValidationReport([Finding(1, 1, "scene code is not text", "expected a Python source string")])
    size = len(code.encode("utf-8", "surrogatepass"))
    if size > MAX_CODE_BYTES:
        return ValidationReport([Finding(1, 1, f"code is {size} bytes long",
                                         f"scene code may be at most {MAX_CODE_BYTES} bytes")])
    try:
        tree = pyast.parse(code)
    except SyntaxError as exc:
        return ValidationReport([Finding(exc.lineno or 1, exc.offset or 1, f"syntax error: {exc.msg}",
                                         "the code is not valid Python")])
    except (ValueError, RecursionError, MemoryError) as exc:
        return ValidationReport([Finding(1, 1, "code could not be parsed", str(exc) or type(exc).__name__)])
    checker = _Checker(code, allowed)
    try:
        checker.visit(tree)
    except RecursionError:
        checker.add(tree, "code nests too deeply", "split deeply nested expressions")
    choice = pick_scene(tree, scene)
    seen: set[tuple[int, int, str]] = set()
    findings = []
    for f in sorted(checker.findings + choice.findings, key=lambda f: (f.line, f.col)):
        if (f.line, f.col, f.what) not in seen:
            seen.add((f.line, f.col, f.what))
            findings.append(f)
    return ValidationReport(findings, choice.name, choice.is_3d)


def _is_dunder(name: str) -> bool:
    return len(name) > 4 and name.startswith("__") and name.endswith("__")


def _str_const(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return unicodedata.normalize("NFKC", node.value)
    return None


def _root_name(node: ast.AST) -> ast.Name | None:
    while isinstance(node, ast.Attribute):
        node = node.value
    return node if isinstance(node, ast.Name) else None


_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)
_COMPS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def _function_locals(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> set[str]:
    """Names bound inside one function (not its nested scopes), minus global/nonlocal ones."""
    a = node.args
    names = {x.arg for x in a.posonlyargs + a.args + a.kwonlyargs}
    names |= {x.arg for x in (a.vararg, a.kwarg) if x is not None}
    declared: set[str] = set()
    todo: list[ast.AST] = [node.body] if isinstance(node, ast.Lambda) else list(node.body)
    while todo:
        n = todo.pop()
        if isinstance(n, (ast.Global, ast.Nonlocal)):
            declared.update(n.names)
        elif isinstance(n, ast.Name) and isinstance(n.ctx, (ast.Store, ast.Del)):
            names.add(n.id)
        elif isinstance(n, _SCOPES):
            if not isinstance(n, ast.Lambda):
                names.add(n.name)
            continue
        elif isinstance(n, (ast.Import, ast.ImportFrom)):
            names.update((al.asname or al.name).split(".")[0] for al in n.names)
        elif isinstance(n, ast.ExceptHandler) and n.name:
            names.add(n.name)
        elif isinstance(n, _COMPS):
            continue
        todo.extend(ast.iter_child_nodes(n))
    return names - declared


class _Checker(ast.NodeVisitor):
    def __init__(self, code: str, allowed: frozenset[str]):
        self.lines = code.splitlines()
        self.allowed = allowed
        self.findings: list[Finding] = []
        self.scopes: list[set[str]] = []  # function-local names, innermost last
        self.ok_nodes: set[int] = set()  # ids of nodes a parent already judged
        self.modules: set[str] = set(_IMPLICIT_MODULES)
        self.config_names: set[str] = {R.CONFIG_NAME}  # manim's config and its import aliases

    # -- helpers ---------------------------------------------------------------------------
    def add(self, node: ast.AST, what: str, why: str) -> None:
        line = getattr(node, "lineno", 1) or 1
        col = getattr(node, "col_offset", 0) or 0
        if 0 < line <= len(self.lines):  # AST columns are UTF-8 byte offsets
            col = len(self.lines[line - 1].encode("utf-8", "surrogatepass")[:col].decode("utf-8", "ignore"))
        self.findings.append(Finding(line, col + 1, what, why))

    def is_local(self, name: str) -> bool:
        return any(name in s for s in self.scopes)

    def is_config(self, node: ast.AST) -> bool:
        """``config`` (or an alias, or ``manim.config``) meaning manim's global configuration."""
        if isinstance(node, ast.Name):
            return node.id in self.config_names and not self.is_local(node.id)
        if isinstance(node, ast.Attribute) and node.attr == R.CONFIG_NAME:
            root = _root_name(node)
            return root is not None and root.id in self.modules and not self.is_local(root.id)
        return False

    def mark_config(self, node: ast.AST) -> None:
        self.ok_nodes.add(id(node))

    def visit_scoped(self, nodes: list[ast.AST], local: set[str]) -> None:
        self.scopes.append(local)
        for n in nodes:
            self.visit(n)
        self.scopes.pop()

    # -- imports ---------------------------------------------------------------------------
    def check_module(self, node: ast.AST, path: str) -> None:
        top = path.split(".")[0]
        if top not in self.allowed:
            allowed = ", ".join(sorted(self.allowed))
            self.add(node, f"import of '{path}'", f"only {allowed} may be imported")
        elif any(part.startswith("_") for part in path.split(".")):
            self.add(node, f"import of private module '{path}'", "only public modules may be imported")
        elif any(path == m or path.startswith(m + ".") for m in R.FORBIDDEN_SUBMODULES):
            self.add(node, f"import of '{path}'", "this module reaches files, programs or the configuration")

    def visit_Import(self, node: ast.Import) -> None:
        for al in node.names:
            self.check_module(node, al.name)
            self.modules.add((al.asname or al.name).split(".")[0])

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            self.add(node, "relative import", "scene code is a single file; import from manim or numpy")
            return
        module = node.module or ""
        self.check_module(node, module)
        for al in node.names:
            name = al.name
            if name == "*":
                if module.split(".")[0] in R.NO_STAR_IMPORT:
                    self.add(node, f"'from {module} import *'", f"it brings file functions in as bare names; use 'import {module} as np'")
                continue
            if name == R.CONFIG_NAME:
                self.config_names.add(al.asname or name)
            else:
                self.modules.add(al.asname or name)
            why = R.FORBIDDEN_BUILTINS.get(name) or R.FORBIDDEN_GLOBALS.get(name) or R.FORBIDDEN_ATTRS.get(name)
            if why:
                self.add(node, f"import of '{name}' from '{module}'", why)
            elif name.startswith("_"):
                self.add(node, f"import of private name '{name}'", "only public names may be imported")
            elif any(f"{module}.{name}" == m for m in R.FORBIDDEN_SUBMODULES):
                self.add(node, f"import of '{module}.{name}'", "this module reaches files, programs or the configuration")

    # -- names and attributes --------------------------------------------------------------
    def visit_Name(self, node: ast.Name) -> None:
        name = node.id
        if isinstance(node.ctx, ast.Load) and id(node) in self.ok_nodes:
            return
        if name in R.FORBIDDEN_BUILTINS:
            self.add(node, f"use of '{name}'", R.FORBIDDEN_BUILTINS[name])
        elif name in R.ATTR_FUNCS:
            self.add(node, f"'{name}' used other than as a direct call",
                     f"call {name}(obj, \"name\") with a literal, public attribute name")
        elif _is_dunder(name) and name not in R.ALLOWED_DUNDER_NAMES:
            self.add(node, f"use of '{name}'", "dunder names reach interpreter internals")
        elif isinstance(node.ctx, ast.Load) and not self.is_local(name):
            if name in R.FORBIDDEN_GLOBALS:
                self.add(node, f"use of '{name}'",
                         R.FORBIDDEN_GLOBALS[name] + "; if it is your own variable, rename it")
            elif name in self.config_names:
                self.add(node, "manim's config used as a value",
                         "only read settings directly, e.g. config.frame_width")

    def visit_Attribute(self, node: ast.Attribute) -> None:
        attr = node.attr
        value = node.value
        if _is_dunder(attr):
            if attr not in R.ALLOWED_DUNDER_ATTRS and not (attr == "__init__" and id(node) in self.ok_nodes):
                self.add(node, f"access to '{attr}'", "dunder attributes reach interpreter internals")
        elif attr in R.FORBIDDEN_ATTRS:
            self.add(node, f"access to '.{attr}'", R.FORBIDDEN_ATTRS[attr])
        elif attr in ("format", "format_map") and _str_const(value) is None:
            self.add(node, f"'.{attr}' on a computed string",
                     "format fields can read attributes; use an f-string or a literal format string")
        elif attr.startswith("_"):
            root = _root_name(value)
            if root is not None and root.id in self.modules and not self.is_local(root.id):
                self.add(node, f"access to private '{attr}' of module '{root.id}'", "module internals lead to os and sys")
        if self.is_config(value):
            self.mark_config(value)
            if not isinstance(node.ctx, ast.Load):
                self.add(node, f"change of config.{attr}",
                         "scenes may not change manim's configuration (set colours on mobjects or self.camera)")
        self.generic_visit(node)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        key = _str_const(node.slice)
        if key is not None and _is_dunder(key.strip()):
            self.add(node, f"subscript with '{key}'", "dunder names reach interpreter internals")
        value = node.value
        if self.is_config(value):
            self.mark_config(value)
            if not isinstance(node.ctx, ast.Load):
                self.add(node, "change of config[...]", "scenes may not change manim's configuration")
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        s = _str_const(node)
        if s is None:
            return
        if R.DUNDER_PATH_RE.fullmatch(s.strip()) and s.strip() != "__main__":
            self.add(node, f"string naming '{s.strip()[:40]}'", "dunder names reach interpreter internals")
        elif (bad := R.format_field_problem(s)) is not None:
            self.add(node, f"format field reading '{bad}'", "format fields can reach interpreter internals and the environment")
        if (tex := refused_in(s)) is not None:
            self.add(node, f"LaTeX '{tex}' in a string", "LaTeX that reads or writes files or builds commands is not allowed")
        if s in R.FORBIDDEN_KEYWORDS:
            self.add(node, f"string '{s}'", R.FORBIDDEN_KEYWORDS[s])

    # -- calls -----------------------------------------------------------------------------
    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Name) and func.id in R.ATTR_FUNCS:
            self.ok_nodes.add(id(func))
            self.check_attr_call(node, func.id)
        elif isinstance(func, ast.Attribute) and func.attr == "__init__":
            self.ok_nodes.add(id(func))
        elif isinstance(func, ast.Attribute) and self.is_config(func.value):
            self.add(node, f"call of config.{func.attr}()", "scenes may not change manim's configuration")
        callee = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if callee in R.PATH_ARGS:
            self.check_path_arg(node, callee)
        for kw in node.keywords:
            if kw.arg in R.FORBIDDEN_KEYWORDS:
                self.add(kw.value, f"keyword '{kw.arg}='", R.FORBIDDEN_KEYWORDS[kw.arg])
        self.generic_visit(node)

    def check_attr_call(self, node: ast.Call, fname: str) -> None:
        args = node.args
        name = _str_const(args[1]) if len(args) >= 2 and not any(isinstance(a, ast.Starred) for a in args[:2]) else None
        if name is None:
            self.add(node, f"{fname}() with a computed attribute name",
                     "the name must be a string literal, e.g. getattr(mob, \"color\")")
        elif name.startswith("_") or name in R.FORBIDDEN_ATTRS:
            self.add(node, f"{fname}() of '{name}'", "private and forbidden attributes are not allowed")
        elif fname in ("setattr", "delattr") and self.is_config(args[0]):
            self.add(node, f"{fname}() on config", "scenes may not change manim's configuration")

    def check_path_arg(self, node: ast.Call, callee: str) -> None:
        kwnames = R.PATH_ARGS[callee]
        arg = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg in kwnames), None)
        if arg is None:
            return
        path = _str_const(arg)
        if path is not None:
            if not R.safe_path(path):
                self.add(arg, f"{callee}() of '{path[:60]}'", "only relative paths inside the docs build may be read")
            return
        if "Image" in callee and isinstance(arg, (ast.List, ast.Tuple, ast.ListComp)):
            return  # pixel data written inline
        if "Image" in callee and isinstance(arg, ast.Call):
            root = _root_name(arg.func)
            if root is not None and root.id in ("np", "numpy"):
                return  # np.array(...), np.zeros(...) etc.
        self.add(arg, f"{callee}() with a path computed at run time",
                 "pass a literal relative path (or, for images, an np.array(...) directly)")

    # -- scopes, definitions ---------------------------------------------------------------
    def check_annotation(self, ann: ast.AST | None) -> None:
        if ann is None:
            return
        self.visit(ann)  # annotations are evaluated when the def runs
        for n in ast.walk(ann):
            if _str_const(n) is not None:
                self.add(n, "string annotation", "annotations in strings get evaluated by typing tools; write the type")

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        # dunder *definitions* (def __init__) are fine; decorators and defaults run outside
        for d in node.decorator_list:
            self.visit(d)
        a = node.args
        for arg in a.posonlyargs + a.args + a.kwonlyargs + [x for x in (a.vararg, a.kwarg) if x]:
            self.check_annotation(arg.annotation)
        self.check_annotation(node.returns)
        for d in a.defaults + [d for d in a.kw_defaults if d is not None]:
            self.visit(d)
        self.visit_scoped(list(node.body), _function_locals(node))

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> None:
        self.add(node, "async function", "scenes are synchronous; async code is not allowed")
        self.visit_FunctionDef(node)

    def visit_Lambda(self, node: ast.Lambda) -> None:
        for d in node.args.defaults + [d for d in node.args.kw_defaults if d is not None]:
            self.visit(d)
        self.visit_scoped([node.body], _function_locals(node))

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        self.check_annotation(node.annotation)
        for n in (node.target, node.value):
            if n is not None:
                self.visit(n)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        for kw in node.keywords:
            if kw.arg in R.FORBIDDEN_KEYWORDS:
                self.add(kw.value, f"class keyword '{kw.arg}='", R.FORBIDDEN_KEYWORDS[kw.arg])
        self.generic_visit(node)

    def visit_comprehension_node(self, node: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp) -> None:
        gens = node.generators
        self.visit(gens[0].iter)  # the first iterable is evaluated in the enclosing scope
        targets = {n.id for g in gens for n in ast.walk(g.target) if isinstance(n, ast.Name)}
        rest: list[ast.AST] = [g.target for g in gens] + [i for g in gens for i in g.ifs] + [g.iter for g in gens[1:]]
        rest += [node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt]
        self.visit_scoped(rest, targets)

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = visit_comprehension_node

    def visit_MatchClass(self, node: ast.MatchClass) -> None:
        # `case object(__class__=c)` reads an attribute without an Attribute node
        for attr in node.kwd_attrs:
            if (_is_dunder(attr) and attr not in R.ALLOWED_DUNDER_ATTRS) or attr in R.FORBIDDEN_ATTRS:
                self.add(node, f"match pattern reading '{attr}'", "dunder and forbidden attributes are not allowed")
        self.generic_visit(node)

    def _async(self, node: ast.AST) -> None:
        self.add(node, "async code", "scenes are synchronous; async code is not allowed")
        self.generic_visit(node)

    visit_Await = visit_AsyncFor = visit_AsyncWith = _async

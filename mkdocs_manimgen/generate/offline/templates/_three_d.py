"""Helpers shared by the 3D families."""

from __future__ import annotations

from ..latex import evaluate2, function_of, normalize, parse, single_line, to_numpy


def surface_function(info, default_code: str, default_tex: str):
    """The block's z = f(x, y) as numpy code (x, y), else the default."""
    for block in info.blocks:
        expr = parse(single_line(block))
        if expr is None:
            continue
        try:
            import sympy as sp

            rhs = normalize(expr.rhs if isinstance(expr, sp.Equality) else expr)
            names = {s.name for s in rhs.free_symbols}
        except Exception:
            continue
        if names == {"x", "y"}:
            code = to_numpy(rhs, ("x", "y"))
            if code:
                import numpy as np

                g = np.linspace(-2, 2, 21)
                X, Y = np.meshgrid(g, g)
                Z = evaluate2(code, X, Y)
                if Z is not None and np.all(np.isfinite(Z)):
                    import sympy as sp

                    return code, sp.latex(rhs), rhs, True
    return default_code, default_tex, None, False


def z_range(code: str, r: float = 2.0):
    import numpy as np

    g = np.linspace(-r, r, 41)
    X, Y = np.meshgrid(g, g)
    Z = evaluate2(code, X, Y)
    if Z is None or not np.all(np.isfinite(Z)):
        return -1.0, 1.0, 1.0
    lo, hi = float(Z.min()), float(Z.max())
    span = max(hi - lo, 1e-6)
    scale = min(1.0, 3.0 / span)  # keep the surface about 3 units tall
    return lo, hi, scale

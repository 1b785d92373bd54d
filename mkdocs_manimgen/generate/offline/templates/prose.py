"""Prose with its inline math, as a scene can show it.

Chinese cannot go into Tex/MathTex, so a sentence is laid out from alternating ``Text``
runs and ``MathTex`` pieces on a shared baseline, wrapped into lines at render time
(only then are the real widths known).  English uses the same layout, so both languages
get math where the author wrote it instead of a hole.
"""

from __future__ import annotations

import re

from ..latex import _DANGER_RE, _MATH_RE, fmt, has_cjk, sanitize
from ..storyboard import CJK_FONT, pystr

# A scene method, added once to the scene class.  Each piece is ("t", [words], 0) or
# ("m", tex, sep) where sep says how it joins the piece before (0 glued, 1 space, 2 may break).
# The baseline of a piece is found from a reference glyph "x" typeset in the same
# mobject (its bottom sits on the baseline), so fractions, descenders and CJK line up.
HELPER = '''
def prose_lines(self, pieces, size=30, color=GREY_A, width=12.0, gap=0.3):
    \"\"\"Text and inline MathTex on shared baselines, wrapped into centred lines of at most ``width``.\"\"\"
    # units: [mobject, height above baseline, depth below it, 0 glued / 1 space / 2 may break, gap in its run]
    units = []
    for kind, s, sep in pieces:
        if kind == "m":
            m = MathTex("x", s, font_size=size * 1.4, color=color)  # Pango text runs larger than TeX
            base = m[0].get_bottom()[1]
            units.append([m[1], m[1].get_top()[1] - base, base - m[1].get_bottom()[1], sep, None])
            continue
        # s is a list of words: a leading space is a space; a word starting with a CJK
        # ideograph may start a new line; anything else (punctuation) stays glued.
        # Pango gives every character a submobject (spaces too, empty).
        t = Text("x" + "".join(s), font=FONT, font_size=size, color=color, disable_ligatures=True)
        base = t[0].get_bottom()[1]
        if len(t.submobjects) != 1 + len("".join(s)):  # unexpected glyphs: keep the run whole
            g = VGroup(*t.submobjects[1:])
            units.append([g, g.get_top()[1] - base, base - g.get_bottom()[1], sep, None])
            continue
        k, prev = 1, None
        for word in s:
            ink = [g for c, g in zip(word, t.submobjects[k:k + len(word)]) if not c.isspace()]
            k += len(word)
            if not ink:
                continue
            g = VGroup(*ink)
            cut = 1 if word[0] == " " else 2 if "\\u4e00" <= word[0] <= "\\u9fff" else 0
            # within a run keep Pango's own advance (full-width punctuation, spaces)
            adv = None if prev is None else g.get_left()[0] - prev.get_right()[0]
            units.append([g, g.get_top()[1] - base, base - g.get_bottom()[1], sep if prev is None and cut == 0 else cut, adv])
            prev = g
    lines, cur, x = [], [], 0.0
    for mob, up, down, sep, adv in units:
        step = 0 if not cur else adv if adv is not None else (0.17 if sep == 1 else 0.05) * size / 30
        if cur and sep and x + step + mob.width > width:
            lines.append(cur)
            cur, step, x = [], 0, 0.0
        cur.append((mob, up, down, x + step))
        x += step + mob.width
    if cur:
        lines.append(cur)
    out, y = VGroup(), 0.0
    for i, line in enumerate(lines):
        if i:
            y -= max(u for _, u, _, _ in line) + gap
        row = VGroup()
        for mob, up, down, left in line:
            mob.shift(np.array([left - mob.get_left()[0], y + up - mob.get_top()[1], 0]))
            row.add(mob)
        out.add(row.move_to([0, row.get_center()[1], 0]))
        y -= max(d for _, _, d, _ in line)
    return out.move_to(ORIGIN)
'''


# Markdown's marks, which a caption would show as typed: **bold**, a heading's #, a list's bullet, a table's rule
# row and pipes (the cells stay, spaced).
_MARKDOWN = ((re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])"), ""),
             (re.compile(r"(?m)^[ \t]*#{1,6}[ \t]+"), ""),
             (re.compile(r"(?m)^[ \t]*[-*+][ \t]+"), ""),
             (re.compile(r"(?m)^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*$"), ""),
             (re.compile(r"[ \t]*\|[ \t]*"), "  "))


def plain(text: str) -> str:
    """``text`` without Markdown's marks (see _MARKDOWN); the words and numbers are kept."""
    for pattern, repl in _MARKDOWN:
        text = pattern.sub(repl, text)
    return text


def pieces(text: str) -> list[tuple[str, str]]:
    """Split prose into ("t", text) and ("m", tex) pieces, keeping the author's order."""
    out: list[tuple[str, str]] = []
    pos = 0
    for m in _MATH_RE.finditer(text):
        if m.start() > pos:
            out.append(("t", text[pos : m.start()]))
        tex = sanitize(next(g for g in m.groups() if g is not None))
        if tex:
            out.append(("m", tex))
        pos = m.end()
    out.append(("t", text[pos:]))
    clean = []
    for kind, s in out:
        if kind == "t":
            s = re.sub(r"\s+", " ", _DANGER_RE.sub("", plain(s)))
            if not s.strip():
                if clean and clean[-1][0] == "m" and s:
                    clean.append(("t", " "))  # keep the space between two formulas
                continue
        clean.append((kind, s))
    if clean and clean[0][0] == "t":
        clean[0] = ("t", clean[0][1].lstrip())
    if clean and clean[-1][0] == "t":
        clean[-1] = ("t", clean[-1][1].rstrip())
    return [p for p in clean if p[1]]


def shorten(parts: list[tuple[str, str]], limit: int) -> list[tuple[str, str]]:
    """At most ``limit`` characters of prose (math counts by its length), ending in '…'."""
    out, n = [], 0
    for kind, s in parts:
        cost = len(s) if kind == "t" else max(2, len(s) // 3)
        if n + cost > limit:
            if kind == "t" and limit - n > 3:
                out.append(("t", s[: limit - n].rstrip() + "…"))
            elif out and out[-1][0] == "t":
                out[-1] = ("t", out[-1][1].rstrip() + " …")
            else:
                out.append(("t", " …"))
            return out
        out.append((kind, s))
        n += cost
    return out


from ....language import HAN as _CJK  # noqa: E402 - Han ideographs, the one table in language.py
_WORD_RE = re.compile(rf"(\s*)([{_CJK}][\u3000-\u303f\uff00-\uffef]*|[^\s{_CJK}]+)")


def words(text: str) -> list[str]:
    """Break opportunities of a text run: Latin words (with their leading space) and CJK characters."""
    return [(" " if m.group(1) else "") + m.group(2) for m in _WORD_RE.finditer(text)]


def prose_code(w, name: str, parts: list[tuple[str, str]], size: int = 30, width: float = 12.0) -> None:
    """Emit ``name = self.prose_lines([...])`` (and add the helper method to the scene)."""
    if not any(h.startswith("\ndef prose_lines") for h in w.helpers):
        font = CJK_FONT if any(has_cjk(s) for k, s in parts if k == "t") else ""
        w.helpers.append(HELPER.replace("font=FONT", f'font="{font}"'))
    items, prev = [], ""
    for kind, s in parts:
        if kind == "m":
            if prev[-1:].isspace() or re.search(r"[\u3000-\u303f\uff00-\uffef]$", prev):
                sep = 1  # a space, or full-width punctuation (its ink is narrower than its advance)
            else:
                sep = 2 if not prev or re.search(rf"[{_CJK}]$", prev) else 0
            items.append(f'("m", {pystr(s)}, {sep})')
        else:
            ws = words(s)
            if ws:
                items.append(f'("t", [{", ".join(pystr(x) for x in ws)}], 0)')
        prev = s if kind == "t" else "x"
    w.code(f"{name} = self.prose_lines([{', '.join(items)}], size={size}, width={fmt(width)})")

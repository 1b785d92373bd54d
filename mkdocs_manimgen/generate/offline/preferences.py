"""Two-sided preference lists read from a block, and the deferred acceptance algorithm on them.

Accepted ways of writing one person's ranking (best first), in prose or inside math:

- ``A: X > Y > Z`` (also ``≻``, ``\\succ``, ``\\gt``, ``＞``), ``A: X, Y, Z``, ``A: X Y Z``
  (whitespace inside one line), ``A：X、Y、Z``;
- ``A prefers X, then Y, then Z`` / ``A prefers X to Y to Z`` / ``A prefers X over Y over Z``;
- ``A 的偏好：X > Y > Z``, ``A 的偏好为 X、Y、Z``, ``A 的偏好顺序是 X，其次 Y，然后 Z``;
- one row per person in a LaTeX ``array``/``tabular``/``aligned`` (``A & X & Y & Z \\\\``,
  ``A &: X \\succ Y \\succ Z``) or a Markdown table (``| A | X | Y | Z |``); header rows that
  name no side (``& 1st & 2nd``) are ignored.

Names are one Latin letter with an optional index (``A``, ``m1``, ``m_1``, ``w_{2}``), a
capitalised Latin, Greek or Cyrillic word (``Alice``, ``Анна``), or a run of one to four Chinese
characters (``甲``, ``张三``) that stands apart from the Chinese around it (``甲最喜欢乙，其次丙``:
the words that introduce or link a ranking, such as 的偏好, 最喜欢, 其次, end a name).  Lowercase
words are never names, so prose around a list is not read as part of it.  A ranking ends at the
line's end or at the next person's ``name:``.

An instance is two disjoint sides of the same size, 2 to 5 each, where every member of each side
ranks every member of the other exactly once.  The side whose lists come first in the block
proposes.  Anything else (a missing person, a list too short, a name twice) gives ``None``.

Source of the algorithm and its properties: D. Gale and L. S. Shapley, "College Admissions and
the Stability of Marriage", Amer. Math. Monthly 69 (1962) 9-15 (round by round, as here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import permutations

from ...language import HAN

SIZES = range(2, 6)  # people per side

# Chinese words that introduce or link a ranking: a Chinese name ends where one begins.
_HAN_WORDS = r"的|最喜欢|首选|偏好|排序|志愿|其次|然后|再次|再是|最后|之后"
_HAN_LETTER = rf"(?:(?!{_HAN_WORDS})[{HAN}])"
_NAME = (r"(?:[A-Za-z](?:_\{?[A-Za-z0-9]{1,3}\}?|[0-9]{1,2})?(?![A-Za-z0-9_])"
         r"|(?:[A-Z][a-z]{1,11}|[А-ЯЁ][а-яё]{1,11}|[Α-Ω][α-ωά-ώ]{1,11})(?![A-Za-z0-9_А-яЁёΑ-ω])"
         rf"|{_HAN_LETTER}{{1,4}}(?!{_HAN_LETTER}))")
# What introduces a person's ranking after their name.
_OWNER = (r"[ \t]*(?:(?:的)?(?:偏好|排序|志愿)(?:顺序|列表)?[ \t]*(?:[:：]|为|是)?|'s[ \t]+(?:preferences?|ranking)"
          r"(?:[ \t]+list)?[ \t]*(?:[:：]|is|are)?|[:：]|[ \t]+(?:prefers|ranks)|[ \t]*(?:最喜欢|首选))")
_AFTER_OWNER = r"[ \t]*(?:最喜欢|首选)?[ \t]*"
_LINK = r"(?:(?:and[ \t]+)?then|followed[ \t]+by|over|to|其次是?|然后是?|再次是?|再是?|最后是?|之后是?)"
_SEP = (rf"(?:[ \t]*[>≻＞,，、][ \t]*{_LINK}?[ \t]*|[ \t]+{_LINK}[ \t]+|[ \t]*[,，][ \t]*"
        r"|[ \t]*(?:其次|然后|再次|再|最后|之后)是?[ \t]*|[ \t]+)")
# A name starts a word: not inside a Latin word or a run of Chinese prose (其中甲 is not 甲).
_ENTRY = re.compile(rf"(?<![A-Za-z0-9_{HAN}])(?P<owner>{_NAME}){_OWNER}{_AFTER_OWNER}")
_ITEM = re.compile(rf"(?P<sep>{_SEP})?(?P<name>{_NAME})(?!{_OWNER})")


@dataclass(frozen=True)
class Instance:
    """A stable matching instance: ``proposer_prefs[i]`` lists receiver indices, best first."""

    proposers: tuple[str, ...]
    receivers: tuple[str, ...]
    proposer_prefs: tuple[tuple[int, ...], ...]
    receiver_prefs: tuple[tuple[int, ...], ...]

    @property
    def n(self) -> int:
        return len(self.proposers)

    def prefers(self, j: int, a: int, b: int) -> bool:
        """Receiver ``j`` ranks proposer ``a`` above proposer ``b``."""
        order = self.receiver_prefs[j]
        return order.index(a) < order.index(b)


@dataclass(frozen=True)
class Round:
    """One round: every free proposer proposes to the best receiver not yet tried."""

    proposals: tuple[tuple[int, int], ...]  # (proposer, receiver)
    rejected: tuple[tuple[int, int], ...]  # (proposer, receiver): this round's newcomers and dropped holds
    held: tuple[tuple[int, int], ...]  # every tentative pair after the round, by receiver


def _normalise(text: str) -> str:
    """Plain lines: math delimiters off, ``\\succ`` as ``>``, table rows as ``name: a > b``."""
    text = text.replace("\\\\", "\n")  # row breaks first: "\\\\ " must not read as a spaced "\\ "
    text = re.sub(r"\\(?:text|mathrm|textrm|mathit|textit|mbox|textbf|mathbf)\s*\{([^{}]*)\}", r"\1", text)
    text = re.sub(r"\\(?:succ|succeq|gt)(?![A-Za-z])", ">", text).replace("\\colon", ":")
    text = re.sub(r"\\(?:begin|end)\s*\{[^{}]*\}(?:\s*\{[^{}]*\})?", "\n", text)
    text = re.sub(r"\\(?:hline|toprule|midrule|bottomrule|left|right|quad|qquad)(?![A-Za-z])|\\[,;!: ]|~|\$|\\[()\[\]]", " ",
                  text)
    text = re.sub(r"_\{([A-Za-z0-9]+)\}", r"_\1", text)
    lines = []
    for line in text.split("\n"):
        cells = [c.strip() for c in re.split(r"&|(?<!\\)\|", line.strip().strip("|"))]
        head, rest = cells[0].rstrip(" :："), [c.lstrip(" :：") for c in cells[1:] if c.strip(" :：")]
        if head and rest:  # a table row: the first cell names the person (a header row's is empty)
            line = f"{head}: " + (rest[0] if len(rest) == 1 else " > ".join(rest))
        lines.append(line)
    return "\n".join(lines)


def entries(text: str) -> list[tuple[str, list[str]]]:
    """Every ``(person, ranking)`` written in ``text``, in order (rankings of one name or more)."""
    out = []
    for line in _normalise(text).split("\n"):
        for m in _ENTRY.finditer(line):
            names, pos = [], m.end()
            while True:
                item = _ITEM.match(line, pos)
                if item is None or (names and item["sep"] is None):
                    break
                names.append(item["name"])
                pos = item.end()
            if names:
                out.append((m["owner"], names))
    return out


def parse(text: str) -> Instance | None:
    """The first complete, consistent two-sided instance in ``text`` (see the module doc), else None."""
    found = entries(text)
    lists: dict[str, list[str]] = {}
    for owner, names in found:
        if lists.setdefault(owner, names) != names:
            return None  # one person ranked twice, differently
    for owner, receivers in lists.items():
        if len(set(receivers)) != len(receivers) or len(receivers) not in SIZES or owner in receivers:
            continue
        if not all(r in lists for r in receivers):
            continue
        side = set(lists[receivers[0]])  # who the receivers rank: the proposing side
        if not (owner in side and len(side) == len(receivers) and not side & set(receivers)):
            continue
        if all(len(lists[r]) == len(side) and set(lists[r]) == side for r in receivers) and \
                all(p in lists and len(lists[p]) == len(side) and set(lists[p]) == set(receivers) for p in side):
            order = list(lists)  # each side in the order its lists are written
            proposers = sorted(side, key=order.index)
            receivers = sorted(receivers, key=order.index)
            return Instance(tuple(proposers), tuple(receivers),
                            tuple(tuple(receivers.index(r) for r in lists[p]) for p in proposers),
                            tuple(tuple(proposers.index(p) for p in lists[r]) for r in receivers))
    return None


def deferred_acceptance(inst: Instance) -> list[Round]:
    """Gale and Shapley's rounds, proposers proposing: each free proposer asks the best receiver who
    has not rejected them; each receiver holds the best offer so far and rejects the rest."""
    nxt = [0] * inst.n  # index into each proposer's list of the next receiver to ask
    held: dict[int, int] = {}  # receiver -> proposer
    rounds = []
    while len(held) < inst.n:
        free = [i for i in range(inst.n) if i not in held.values()]
        proposals = tuple((i, inst.proposer_prefs[i][nxt[i]]) for i in free)
        rejected = []
        for j in range(inst.n):
            suitors = [i for i, r in proposals if r == j] + ([held[j]] if j in held else [])
            if not suitors:
                continue
            best = min(suitors, key=inst.receiver_prefs[j].index)
            held[j] = best
            rejected += [(i, j) for i in suitors if i != best]
        for i, _ in rejected:
            nxt[i] += 1
        rounds.append(Round(proposals, tuple(sorted(rejected)), tuple((i, j) for j, i in sorted(held.items()))))
    return rounds


def matching(inst: Instance) -> dict[int, int]:
    """Proposer index -> receiver index of the proposer-proposing deferred acceptance result."""
    return dict(deferred_acceptance(inst)[-1].held)


def blocking_pairs(inst: Instance, match: dict[int, int]) -> list[tuple[int, int]]:
    """Pairs (i, j) not matched together who both prefer each other to their partners."""
    partner = {j: i for i, j in match.items()}
    out = []
    for i in range(inst.n):
        mine = inst.proposer_prefs[i]
        for j in mine[:mine.index(match[i])]:
            if inst.prefers(j, i, partner[j]):
                out.append((i, j))
    return out


def stable_matchings(inst: Instance) -> list[dict[int, int]]:
    """Every stable perfect matching, by brute force over the n! matchings (n <= 5: 120)."""
    found = []
    for perm in permutations(range(inst.n)):
        match = dict(enumerate(perm))
        if not blocking_pairs(inst, match):
            found.append(match)
    return found

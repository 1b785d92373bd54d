"""The answers of "check your understanding" questions, taken out of the notes.

The page shows each as a collapsible <details>, the PDF guide as a boxed answer; both put it where
the placeholder paragraph left in its place is.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from ..language import LABELS

# The answer of a "check your understanding" question, in the shapes generators write it:
# raw <details> (offline generator), pymdownx `???` blocks, or an "Answer:" line (LLM notes).
_DETAILS = re.compile(r"<details\b[^>]*>\s*(?:<summary\b[^>]*>(?P<label>.*?)</summary>)?(?P<body>.*?)</details>",
                      re.S | re.I)
_QQQ = re.compile(r"^\?\?\?\+?[ \t]+[\w-]+(?:[ \t]+\"(?P<label>[^\"\n]*)\")?[ \t]*\n(?P<body>(?:(?:[ ]{4}.*)?\n)*)",
                  re.M)
_MARKER = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+)?(?P<open>\*\*|__|\*|_)?(?P<label>Answer|Solution|参考答案|答案|解答)"
    r"(?P<colon1>[ \t]*[:：])?(?P<close>\*\*|__|\*|_)?(?P<colon2>[ \t]*[:：])?[ \t]*(?P<rest>.*)$",
    re.M | re.I)
_NEXT_SECTION = re.compile(r"^\s{0,3}(#{1,6}\s|([-*_])(\s*\2){2,}\s*$)", re.M)
PLACEHOLDER = "MANIMGENANSWER{}X"


@dataclass
class Answer:
    label: str
    body: str  # Markdown


def split_answers(md: str) -> tuple[str, list[Answer]]:
    """Take the answers out of the notes; each leaves a placeholder paragraph where it was."""
    answers: list[Answer] = []
    md = md + "\n"  # every `???` body line ends with a newline

    def keep(label: str, body: str) -> str:
        label = html.unescape(re.sub(r"<[^>]+>", "", label or "")).strip() or LABELS["en"]["answer"]
        answers.append(Answer(label, body.strip("\n")))
        return f"\n\n{PLACEHOLDER.format(len(answers) - 1)}\n\n"

    md = _DETAILS.sub(lambda m: keep(m["label"], m["body"]), md)
    md = _QQQ.sub(lambda m: keep(m["label"], re.sub(r"^ {4}", "", m["body"], flags=re.M)), md)
    pos = 0
    while (m := _MARKER.search(md, pos)) is not None:
        # "Answer:" / "**Answer**" / "### Answer": a marker, not a sentence that starts with the word
        is_marker = bool(m["colon1"] or m["colon2"] or (m["open"] and m["close"]) or not m["rest"]
                         or m.group(0).lstrip().startswith("#"))
        if not is_marker:
            pos = m.end()
            continue
        end = _NEXT_SECTION.search(md, m.end())
        stop = end.start() if end else len(md)
        body = m["rest"] + md[m.end():stop]
        label = LABELS["zh" if re.match(r"[答解参]", m["label"]) else "en"]["answer"]
        replacement = keep(label, body)
        md = md[:m.start()] + replacement + md[stop:]
        pos = m.start() + len(replacement)
    return md, answers

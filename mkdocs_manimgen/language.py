"""Which language a block is written in, and the fixed words of its figure, notes and guide.

One table of Unicode ranges answers both questions the build asks:
- "is this Chinese?" (the labels, the offline designer's wording): any Han ideograph;
- "does TeX need xeCJK for this?" (the PDF guide, CJK runs inside math): any CJK character,
  punctuation and full-width forms included.

Ranges are the Unicode blocks of the Unicode Standard's Blocks.txt
(https://www.unicode.org/Public/UCD/latest/ucd/Blocks.txt).
"""

from __future__ import annotations

import re

# (first, last, block name, Han ideographs?)
CJK_BLOCKS: tuple[tuple[int, int, str, bool], ...] = (
    (0x2E80, 0x2EFF, "CJK Radicals Supplement", False),
    (0x2F00, 0x2FDF, "Kangxi Radicals", False),
    (0x2FF0, 0x2FFF, "Ideographic Description Characters", False),
    (0x3000, 0x303F, "CJK Symbols and Punctuation", False),
    (0x3040, 0x309F, "Hiragana", False),
    (0x30A0, 0x30FF, "Katakana", False),
    (0x3100, 0x312F, "Bopomofo", False),
    (0x3130, 0x318F, "Hangul Compatibility Jamo", False),
    (0x3190, 0x319F, "Kanbun", False),
    (0x31A0, 0x31BF, "Bopomofo Extended", False),
    (0x31C0, 0x31EF, "CJK Strokes", False),
    (0x31F0, 0x31FF, "Katakana Phonetic Extensions", False),
    (0x3200, 0x32FF, "Enclosed CJK Letters and Months", False),
    (0x3300, 0x33FF, "CJK Compatibility", False),
    (0x3400, 0x4DBF, "CJK Unified Ideographs Extension A", True),
    (0x4DC0, 0x4DFF, "Yijing Hexagram Symbols", False),
    (0x4E00, 0x9FFF, "CJK Unified Ideographs", True),
    (0xAC00, 0xD7AF, "Hangul Syllables", False),
    (0xF900, 0xFAFF, "CJK Compatibility Ideographs", True),
    (0xFE30, 0xFE4F, "CJK Compatibility Forms", False),
    (0xFF00, 0xFFEF, "Halfwidth and Fullwidth Forms", False),
    (0x20000, 0x2FA1F, "CJK Unified Ideographs Extensions B-F, Compatibility Ideographs Supplement", True),
)


def _char_class(han_only: bool) -> str:
    return "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi, _, han in CJK_BLOCKS if han or not han_only)


HAN = _char_class(han_only=True)  # the body of a regex character class: f"[{HAN}]"
CJK = _char_class(han_only=False)
HAN_RE = re.compile(f"[{HAN}]")
CJK_RE = re.compile(f"[{CJK}]")
CJK_RUN_RE = re.compile(f"[{CJK}]+")


def has_han(text: str) -> bool:
    """Any Han ideograph (Chinese characters; also Japanese kanji)."""
    return HAN_RE.search(text) is not None


def has_cjk(text: str) -> bool:
    """Any character of CJK_BLOCKS: what pdflatex cannot typeset and xeCJK can."""
    return CJK_RE.search(text) is not None


def language(text: str) -> str:
    """'zh' when the text has Chinese characters, else 'en' (the two languages of LABELS)."""
    return "zh" if has_han(text) else "en"


# The fixed words of the figure (embed.py), the notes (notes/answers.py, the offline designer's
# notes), the PDF guide (guide.tex.j2), the title a block without one is shown under, and the
# legends drawn inside the offline designer's scenes (the kinds of critical point).
LABELS: dict[str, dict[str, str]] = {
    "en": {"concept": "The concept", "formulas": "Key formulas", "storyboard": "Storyboard",
           "notes": "Study notes", "code": "Scene code", "final_frame": "Final frame", "guide": "Scene guide",
           "answer": "Answer", "pdf": "Download the scene guide (PDF)", "transcript": "Storyboard (transcript)",
           "reasoning": "How this animation was designed", "captions": "English",
           "offline_note": "Made by the offline designer because the LLM was not available.",
           "untitled": "Animation", "what_it_is": "What it is", "key_formula": "Key formula",
           "what_it_shows": "What the animation shows", "check": "Check your understanding",
           "question": "Question", "in_words": "In the block's words:",
           "revisions": "Revisions asked for", "ignored": "ignored by the offline designer",
           "ignored_note": "The offline designer could not honour these requests and ignored them:",
           "minimum": "minimum", "maximum": "maximum", "saddle": "saddle", "minimum_ring": "minimum (a circle)",
           "beats": "Beats", "chapters": "Chapters", "step": "Step through",
           "step_help": "Step through: pause at the end of each beat; Space or → plays the next, ← replays the last; S turns it on or off",
           "beat_of": "Beat {n} of {total}: {title}"},
    "zh": {"concept": "概念", "formulas": "关键公式", "storyboard": "分镜", "notes": "学习笔记",
           "code": "场景代码", "final_frame": "最后一帧", "guide": "场景讲义", "answer": "答案",
           "pdf": "下载场景讲义 (PDF)", "transcript": "分镜脚本（文字稿）", "reasoning": "动画的设计思路",
           "captions": "中文", "offline_note": "由离线设计器生成（LLM 不可用）。",
           "untitled": "动画", "what_it_is": "是什么", "key_formula": "关键公式",
           "what_it_shows": "动画展示了什么", "check": "检验理解", "question": "问题", "in_words": "原文：",
           "revisions": "修改要求", "ignored": "离线设计器未执行",
           "ignored_note": "离线设计器无法执行以下修改要求，已忽略：",
           "minimum": "极小值点", "maximum": "极大值点", "saddle": "鞍点", "minimum_ring": "极小值（一整圈）",
           "beats": "分段", "chapters": "章节", "step": "逐段播放",
           "step_help": "逐段播放：每段结束时暂停；空格或 → 播放下一段，← 重播上一段；S 键开关",
           "beat_of": "第 {n} 段（共 {total} 段）：{title}"},
}


def block_language(spec) -> str:
    """A block's language: its title's and concept's (`spec` is a model.BlockSpec)."""
    return language(f"{spec.title or ''} {spec.concept}")


def block_title(spec, draft) -> str:
    """The title a block is shown under, in the figure and the PDF guide: the author's `title:`,
    else the first storyboard beat's, else the untitled label in the block's language
    (`spec` a model.BlockSpec, `draft` a model.SceneDraft)."""
    first = draft.storyboard[0].title if draft.storyboard else ""
    return (spec.title or first or LABELS[block_language(spec)]["untitled"]).strip()

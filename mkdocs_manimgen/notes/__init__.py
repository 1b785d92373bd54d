"""The study notes beside each animation and the PDF scene guide.

html.py turns the notes' Markdown into the page's HTML, tex.py makes text safe for TeX,
guide.py writes and compiles the guide, stills.py takes its still frames from the video.
"""

from .guide import (GUIDE_VERSION, Answer, Compiled, NotesRenderer, PdfGuides, compile_latex, guide_document,
                    log_excerpt, notes_from_storyboard, split_answers)

__all__ = ["GUIDE_VERSION", "Answer", "Compiled", "NotesRenderer", "PdfGuides", "compile_latex", "guide_document",
           "log_excerpt", "notes_from_storyboard", "split_answers"]

"""The study notes beside each animation and the PDF scene guide.

parse.py is the one Markdown parser (python-markdown with the site's extensions); html.py gives the
page's notes from it and to_latex.py the guide's LaTeX from the same tree; tex.py makes text and
math safe for TeX; answers.py takes the answers out; guide.py writes, compiles (run_tex.py) and
caches the guide; stills.py takes its still frames from the video.
"""

from .answers import PLACEHOLDER, Answer, split_answers
from .guide import GUIDE_VERSION, GuideResult, PdfGuides, guide_document
from .html import NotesRenderer, notes_from_storyboard
from .parse import NotesMarkdown
from .run_tex import Compiled, compile_latex, log_excerpt

__all__ = ["GUIDE_VERSION", "PLACEHOLDER", "Answer", "Compiled", "GuideResult", "NotesMarkdown", "NotesRenderer",
           "PdfGuides", "compile_latex", "guide_document", "log_excerpt", "notes_from_storyboard",
           "split_answers"]

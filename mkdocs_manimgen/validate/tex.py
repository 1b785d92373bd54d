"""Which TeX control sequences scene strings, designed formulas and the PDF guide may carry.

One policy at two strengths:

- **refuse** (:func:`refused_in`): the validator refuses scene code whose strings use a
  control sequence that reads or writes files, runs programs or builds control-sequence
  names at run time (``\\csname``, ``\\scantokens``, catcodes, TeX's ``^^`` escape) — the
  ways TeX reaches outside the formula. Only these: an author's ``Tex`` may use ``\\item``
  or ``\\newline``.
- **strip** (:data:`STRIP_RE`, :func:`is_blocked`): the offline designer and the PDF guide
  produce *math only*, so they remove everything refused plus what is never math
  (definitions, document structure, labels, expansion and output tricks).

The strip set contains the refuse set, so anything the designer emits passes the validator.
Sources: the TeX primitives in Knuth's *The TeXbook* (ch. 24–26: file and terminal I/O,
``\\catcode``, ``\\csname``) and e-TeX's ``\\scantokens``; LaTeX's file commands
(``\\input``, ``\\include``, ``\\IfFileExists``, graphicx, listings, verbatim).
"""

from __future__ import annotations

import re

# Reach files, programs or build names at run time: refused by the validator, stripped elsewhere.
REFUSED = frozenset("""
input include includeonly InputIfFileExists IfFileExists openin openout closein closeout read readline
write immediate csname catcode verbatiminput lstinputlisting includegraphics directlua luaexec
ShellEscape special scantokens
""".split())
REFUSED_PREFIXES = ("pdf", "XeTeX", "xetex", "lua")  # engine primitives: \pdffiledump, \luaescapestring, ...

# Never math: definitions, grouping and expansion tricks, output, document structure, labels.
_NOT_MATH = frozenset("""
shipout output def edef gdef xdef let futurelet global long outer protected endcsname
expandafter noexpand unexpanded detokenize lccode uccode sfcode mathcode delcode endlinechar
newlinechar escapechar uppercase lowercase string meaning jobname message errmessage errhelp show showbox showthe
showlists showtokens batchmode nonstopmode scrollmode errorstopmode endinput dump usepackage RequirePackage
documentclass makeatletter makeatother begingroup endgroup aftergroup afterassignment loop repeat iterate verb
lstinline url href write18 toks count dimen skip muskip countdef dimendef skipdef toksdef chardef
mathchardef setbox box copy the number romannumeral numexpr dimexpr glueexpr halign valign noalign hyphenation
patterns font fontdimen hyphenchar skewchar mag vadjust insert mark marks vsplit lastbox unvbox unhbox unvcopy
unhcopy par label ref eqref cite footnote marginpar newpage clearpage cleardoublepage pagebreak obeyspaces
obeylines ExplSyntaxOn ExplSyntaxOff bibliography addcontentsline addtocontents
afterpage section subsection subsubsection paragraph subparagraph chapter part item caption AtBeginDocument
AtEndDocument AtBeginShipout typeout typein relax ifx ifdefined ifcsname
else fi or ifnum ifdim ifcase unless DeclareMathOperator operatornamewithlimits DeclareRobustCommand tag
nonumber notag newcommand renewcommand providecommand
""".split())
BLOCKED = REFUSED | _NOT_MATH
BLOCKED_PREFIXES = REFUSED_PREFIXES + ("tracing", "every", "new", "renew", "provide", "Declare", "Input", "Read",
                                       "Write", "Open", "Close", "file", "Expl", "csdef", "cslet", "loop")

_REFUSED_RE = re.compile(r"\\(?:(?:%s)(?![A-Za-z])|(?:%s)[A-Za-z]*)|\^\^"
                         % ("|".join(sorted(REFUSED)), "|".join(REFUSED_PREFIXES)))
# A blocked control sequence (with a starred form and one brace argument: `\label{eq}` goes whole), or `^^`.
STRIP_RE = re.compile(r"\\(?:(?:%s)(?![A-Za-z])|(?:%s)[A-Za-z]*)\*?(\s*\{[^{}]*\})?|\^\^"
                      % ("|".join(sorted(BLOCKED)), "|".join(BLOCKED_PREFIXES)))


def is_blocked(name: str) -> bool:
    """``name`` (without the backslash) is not allowed in math the plugin writes itself."""
    return name in BLOCKED or name.startswith(BLOCKED_PREFIXES)


def refused_in(text: str) -> str | None:
    """The first refused control sequence in ``text`` (e.g. ``\\input``, or ``^^``), or None."""
    m = _REFUSED_RE.search(text)
    return m.group(0) if m else None


def strip(tex: str) -> str:
    """``tex`` with every blocked control sequence (and its brace argument) removed."""
    return STRIP_RE.sub("", tex)

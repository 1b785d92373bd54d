"""The user turn that asks the model for a change to its previous answer (a block's `revise:`).

A Jinja2 template kept in the package like prompts.py's, on its own so the design prompt and the
revision request change independently: bump `generate.REVISION_VERSION` when this text changes
(it is in the key of every revised design, and of no other).
"""

from __future__ import annotations

import jinja2

REVISE_TEMPLATE = jinja2.Environment(undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                                     autoescape=False).from_string(
    """\
The author watched the animation your answer makes and asks for a change:

{{ request }}

Make this change and keep the rest of the design: the beats, the author's formulas and everything the request \
does not mention. Send the full answer again in the same format (## Storyboard, ## Scene code with the complete \
file, ## Study notes), following the same rules.
"""
)


def revise_prompt(request: str) -> str:
    """The user message carrying one `revise:` request."""
    return REVISE_TEMPLATE.render(request=request.strip())

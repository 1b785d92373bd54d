"""A design child (mkdocs_manimgen.generate.offline.design_worker) with the `derivative` family changed,
for tests/test_offline_limits.py, which starts it as ``python patched_design_worker.py MODE``:

- ``stuck``: the family sleeps in C (time.sleep is one C call, which the in-thread deadline cannot
  interrupt, as it could not interrupt sympy's big-integer arithmetic);
- ``raising``: the family's scene divides by zero when it runs, as the horn's scene did.
"""

import sys
import time

from mkdocs_manimgen.generate.offline import design_worker
from mkdocs_manimgen.generate.offline.families import registry

family = registry()["derivative"]
build = family.module.build


def stuck(ctx):
    time.sleep(600)


def raising(ctx):
    build(ctx)
    ctx.w.code("_ = 0.0 ** -2  # as the horn's scene did")


family.module.build = {"stuck": stuck, "raising": raising}[sys.argv[1]]
design_worker.main()

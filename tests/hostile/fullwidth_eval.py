# expect: static
# what: fullwidth ｅｖａｌ: Python NFKC-normalises identifiers, so this is eval
from manim import *
class Hostile(Scene):
    def construct(self):
        ｅｖａｌ("__import__('os').system('touch /tmp/manimgen-escape-fullwidth')")

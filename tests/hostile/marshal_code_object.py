# expect: static
# what: marshal.loads a code object and runs it through types.FunctionType
import marshal
import types
from manim import *
class Hostile(Scene):
    def construct(self):
        code = marshal.loads(bytes.fromhex("e3"))
        types.FunctionType(code, {})()

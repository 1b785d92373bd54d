# expect: static
# what: typing imports sys: typing.sys.modules['os'].environ
import typing
from manim import *
class Hostile(Scene):
    def construct(self):
        os_mod = typing.sys.modules["os"]
        raise RuntimeError(str(dict(os_mod.environ)))

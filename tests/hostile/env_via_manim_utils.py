# expect: static
# what: no import: manim's star import exports `utils`, whose file_ops module holds os
from manim import *
class Hostile(Scene):
    def construct(self):
        env = utils.file_ops.os.environ
        self.add(Text(env.get("HOME", "?")))

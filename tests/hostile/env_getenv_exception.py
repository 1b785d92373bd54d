# expect: static
# what: leaks a secret env var through an exception message (ends up in the build log and repair prompt)
from os import getenv as _g
import os
from manim import *
class Hostile(Scene):
    def construct(self):
        raise ValueError("token: " + str(os.getenv("GITHUB_TOKEN")))

# expect: static
# what: subprocess.run a shell command
import subprocess
from manim import *
class Hostile(Scene):
    def construct(self):
        subprocess.run(["sh", "-c", "touch /tmp/manimgen-escape-subprocess"])

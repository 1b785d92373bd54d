# expect: static
# what: pickle.loads a payload whose __reduce__ calls os.system
import pickle
from manim import *
class Hostile(Scene):
    def construct(self):
        payload = b"cos\nsystem\n(S'touch /tmp/manimgen-escape-pickle'\ntR."
        pickle.loads(payload)

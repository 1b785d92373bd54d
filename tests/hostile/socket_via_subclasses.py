# expect: static
# what: finds socket-capable classes by walking object.__subclasses__()
from manim import *
class Hostile(Scene):
    def construct(self):
        for cls in ().__class__.__base__.__subclasses__():
            if cls.__name__ == "socket":
                cls().connect(("127.0.0.1", 1))

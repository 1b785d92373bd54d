# expect: static
# what: a metaclass that runs code when the scene class is created
from manim import *
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["leak"] = mcs.__subclasses__
        return super().__new__(mcs, name, bases, ns)

class Hostile(Scene, metaclass=Meta):
    def construct(self):
        self.add(Dot())

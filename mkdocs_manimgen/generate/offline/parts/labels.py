"""Labels beside points that never cover one another: the scene method ``_place(label, point, ways, taken, minor)``.

``next_to(point, UR)`` puts a label's lower-left corner at the point, so two labels put outward at two
nearby tips (z = 1 + i, w = √3 + i) both reach up and right and overlap. ``_place`` tries the given
directions (the wanted one first), then the rest of the compass, at two distances, and keeps the first
spot whose box meets none of ``taken`` (labels, marks on arrows, the title), then as few of ``minor``
(an axis's numbers) as it can, inside the frame; the label is then added to ``taken``. The scene stays
self-contained: nothing is imported from here.
"""

from __future__ import annotations

import cmath
import math

_HELPER = '''
def _place(self, label, point, ways, taken, minor=(), buff=0.15):
    """Put label beside point in the first of ways (then the compass) where it meets nothing in taken
    and the fewest of minor."""
    def meets(m, n):
        return (abs(m.get_x() - n.get_x()) < (m.width + n.width) / 2 + 0.05
                and abs(m.get_y() - n.get_y()) < (m.height + n.height) / 2 + 0.05)
    tries = [(way, b) for b in (buff, buff + 0.35) for way in [*ways, UR, UL, DR, DL, UP, DOWN, RIGHT, LEFT]]
    best = None
    for k, (way, b) in enumerate(tries):
        label.next_to(point, way, buff=b)
        inside = (label.get_left()[0] > -config.frame_x_radius + 0.1 and label.get_right()[0] < config.frame_x_radius - 0.1
                  and label.get_bottom()[1] > -config.frame_y_radius + 0.1 and label.get_top()[1] < config.frame_y_radius - 0.1)
        cost = (0 if inside else 1000) + 100 * sum(meets(label, n) for n in taken) + 20 * sum(meets(label, n) for n in minor) + k
        if best is None or cost < best[0]:
            best = (cost, way, b)
    label.next_to(point, best[1], buff=best[2])
    taken.append(label)
    return label
'''

_COMPASS = ("RIGHT", "UR", "UP", "UL", "LEFT", "DL", "DOWN", "DR")  # every 45 degrees from 0


def place_helper(w) -> None:
    """Give the scene its ``_place`` method (once)."""
    if _HELPER not in w.helpers:
        w.helpers.append(_HELPER)


def outward(c: complex, count: int = 3) -> str:
    """The ``count`` compass directions nearest to the direction from the origin through c, nearest first, as
    scene code (``[UR, UP, RIGHT]``): where a label of the tip c goes, away from the origin and its arrow."""
    angle = math.degrees(cmath.phase(c)) if abs(c) > 1e-9 else 0.0
    ranked = sorted(range(8), key=lambda k: (abs((angle - 45 * k + 180) % 360 - 180), k))
    return "[" + ", ".join(_COMPASS[k] for k in ranked[:count]) + "]"

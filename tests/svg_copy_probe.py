"""Renders a scene of text and formulas that animates copies of them; prints a hash of the frame after
each play, the seconds taken, and whether a copied glyph shares its SVG path and owns its points.
Run as ``python svg_copy_probe.py on|off`` (tests/test_svg_copy.py); ``on`` installs render/svg_copy first."""
import hashlib, json, sys, tempfile, time
from manim import *
if sys.argv[1] == "on":
    from mkdocs_manimgen.render import svg_copy
    svg_copy.install()
hashes = []
class S(Scene):
    def construct(self):
        def snap():
            hashes.append(hashlib.sha256(self.renderer.get_frame().tobytes()).hexdigest()[:16])
        t = Text("Griffin and Fifi: 甲乙", font="Noto Sans CJK SC")
        m = MathTex(r"x_{n+1} = \cos x_n", r"\approx 0.739")
        VGroup(t, m).arrange(DOWN)
        self.play(Write(t), FadeIn(m)); snap()
        self.play(t.animate.set_color(RED).shift(LEFT), Transform(m[1], MathTex("= 1").move_to(m[1]))); snap()
        c = m.copy().shift(DOWN * 2)
        self.play(FadeIn(c), m[0].animate.scale(1.3)); snap()
        c[0].become(Text("new"))
        self.play(Indicate(c)); snap()
with tempconfig({"media_dir": tempfile.mkdtemp(), "write_to_movie": False, "disable_caching": True, "verbosity": "ERROR",
                 "pixel_width": 428, "pixel_height": 240, "frame_rate": 15, "progress_bar": "none"}):
    t0 = time.monotonic(); S().render()
glyph = MathTex("x").submobjects[0].submobjects[0]
twin = glyph.copy()
twin.shift(RIGHT)
print(json.dumps({"hashes": hashes, "seconds": round(time.monotonic() - t0, 2), "shared": twin.path_obj is glyph.path_obj,
                  "own_points": not np.allclose(twin.points, glyph.points)}))

"""Light and dark renditions of one drawing: a colour transform of the frames as they are encoded.

Manim draws every scene once (on whatever background its code chose, black by default). Each
scheme's encoders receive the frames through a `SchemeMap`: a 7-bit-per-channel lookup table,
built once per render from the source background (read from the scene's camera at its first
frame) and the scheme's background. Per colour:

0. it is split into ink and alpha over the source background (GIMP's "colour to alpha"): an
   anti-aliased edge or a translucent fill is its full-strength ink at partial alpha, so it is
   laid over the new background at that alpha again (fills become tints, edges stay smooth);
1. the ink's luma moves so the source background lands on the scheme's and the far end flips
   with it (dark → light: Y' = 1 − Y), keeping its chroma (its channel differences, so the
   hue; a saturated colour keeps at least MIN_CHROMA of it before its luma may follow);
2. every opaque enough colour (weighted by its alpha) then gets at least CONTRAST_FLOOR against
   the scheme's background: WCAG 2.x success criterion 1.4.11 "Non-text contrast" (and 1.4.3's
   large-text level) asks 3:1, with contrast = (L1 + 0.05) / (L2 + 0.05) of relative
   luminances L (WCAG 2.x "relative luminance", sRGB per IEC 61966-2-1). Too-light ink on a
   light background is darkened, too-dark ink on a dark one lightened, along its chromaticity.

Why a frame transform and not a second render (measured by bench/schemes.py, docs/schemes.md):
the transform works on the pixels whatever the scene code chose (a model's or an author's
`YELLOW` text on `WHITE` included, which a palette remap of the offline designer's colours
would miss), it costs a table lookup per pixel in the encoder's thread instead of a second
Cairo pass, and a site with one scheme encodes one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import numpy as np

from .schemes import BACKGROUNDS

CONTRAST_FLOOR = 3.3  # WCAG 1.4.11 asks 3:1; 10% of margin for the video codec's chroma subsampling
# Which alphas are ink held to the floor (weight ramps from 0 at the first to 1 at the second). On
# Manim's dark background light fills are translucent by design (fill_opacity 0.25-0.35 stay tints;
# from 0.45 they are held to the floor) and so are its darkest named colours (GREY_D on black is
# 1.9:1 as written, alpha 0.27: the faint grid line it is used for stays faint); on a light
# background an author chose, a light stroke and a tint look alike: legibility wins.
INK_ON_DARK = (0.25, 0.45)
INK_ON_LIGHT = (0.06, 0.25)
LUMA = np.array([0.2126, 0.7152, 0.0722])  # BT.709 luma weights, also WCAG's relative-luminance weights
MIN_CHROMA = 0.5  # a colour keeps at least half its chroma (its hue) before its luma may follow the flip
BITS = 7  # table resolution per channel: 2 M entries (8 MB); a colour moves by at most one level of 255
_MASK = np.uint32((1 << BITS) - 1)


def hex_rgb(colour: str) -> tuple[float, float, float]:
    """'#RRGGBB' -> (r, g, b) in 0..1 (gamma-encoded sRGB)."""
    return tuple(int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def linear(c: np.ndarray) -> np.ndarray:
    """sRGB gamma-encoded 0..1 -> linear light (IEC 61966-2-1; WCAG 2.x's 0.04045 threshold)."""
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def encoded(c: np.ndarray) -> np.ndarray:
    """Linear light 0..1 -> sRGB gamma-encoded 0..1."""
    c = np.clip(c, 0.0, 1.0)
    return np.where(c <= 0.0031308, c * 12.92, 1.055 * np.power(c, 1 / 2.4) - 0.055)


def luminance(rgb: np.ndarray) -> np.ndarray:
    """WCAG 2.x relative luminance of gamma-encoded sRGB (..., 3) in 0..1 -> (...)."""
    return linear(rgb) @ LUMA


def contrast(l1: np.ndarray | float, l2: np.ndarray | float) -> np.ndarray:
    """WCAG 2.x contrast ratio of two relative luminances, 1..21."""
    hi, lo = np.maximum(l1, l2), np.minimum(l1, l2)
    return (hi + 0.05) / (lo + 0.05)


def _max3(a: np.ndarray) -> np.ndarray:
    return np.maximum(np.maximum(a[..., 0], a[..., 1]), a[..., 2])  # 3x faster than max(axis=-1)


def _min3(a: np.ndarray) -> np.ndarray:
    return np.minimum(np.minimum(a[..., 0], a[..., 1]), a[..., 2])


def colour_to_alpha(rgb: np.ndarray, background: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(alpha (...), ink (..., 3)): the least opaque ink that, laid over `background`, gives `rgb`
    (GIMP's "colour to alpha"). A stroke's anti-aliased edge and a translucent fill come out as
    their full-strength colour at partial alpha."""
    up = np.where(rgb > background, (rgb - background) / np.maximum(1 - background, 1e-6), 0.0)
    down = np.where(rgb < background, (background - rgb) / np.maximum(background, 1e-6), 0.0)
    alpha = np.maximum(_max3(up), _max3(down))
    ink = np.clip(background + (rgb - background) / np.maximum(alpha, 1e-6)[..., None], 0.0, 1.0)
    return alpha, ink


def flip(ink: np.ndarray, source: np.ndarray, target: np.ndarray) -> np.ndarray:
    """Step 1 of the module doc on colours (..., 3): the luma follows the background, the chroma stays."""
    luma = LUMA.astype(np.float32)
    ys, yt = float(source @ luma), float(target @ luma)
    far_s, far_t = (1.0 if ys < 0.5 else 0.0), (1.0 if yt < 0.5 else 0.0)
    y = ink @ luma
    y_new = yt + (y - ys) * np.float32((far_t - yt) / (far_s - ys))
    # chroma relative to the background's own (so the background lands exactly on the target's)
    chroma = ink - y[..., None] - (source - ys)
    base = target - yt
    # hue first: the luma is kept where at least MIN_CHROMA of the chroma fits in the gamut,
    # then the largest share of the chroma that fits there
    half = base + MIN_CHROMA * chroma
    lo = np.maximum(-_min3(half), 0.0)
    hi = np.minimum(1 - _max3(half), 1.0)
    y_new = np.clip(y_new, lo, np.maximum(lo, hi))[..., None]
    with np.errstate(divide="ignore", invalid="ignore"):
        room = np.where(chroma > 1e-6, (1 - y_new - base) / chroma,
                        np.where(chroma < -1e-6, (y_new + base) / -chroma, np.inf))
    k = np.clip(_min3(room), 0.0, 1.0)[..., None]
    return np.clip(y_new + base + chroma * k, 0.0, 1.0)


def lift(rgb: np.ndarray, target: np.ndarray, weight: np.ndarray, floor: float) -> np.ndarray:
    """Step 2: colours (..., 3) moved `weight` (0..1) of the way to `floor` contrast with `target`,
    along their chromaticity (toward black on a light background, toward white on a dark one)."""
    lt = float(luminance(target.astype(np.float64)))
    lin = linear(rgb)
    lum = lin @ LUMA.astype(np.float32)
    if float(target @ LUMA) >= 0.5:
        limit = (lt + 0.05) / floor - 0.05
        want = np.where(lum > limit, lum + weight * (limit - lum), lum)
        return encoded(lin * (want / np.maximum(lum, 1e-9))[..., None])
    limit = floor * (lt + 0.05) - 0.05
    want = np.where(lum < limit, lum + weight * (limit - lum), lum)
    return encoded(1 - (1 - lin) * ((1 - want) / np.maximum(1 - lum, 1e-9))[..., None])


def remap(rgb: np.ndarray, source_bg: tuple[float, float, float], target_bg: tuple[float, float, float],
          floor: float = CONTRAST_FLOOR) -> np.ndarray:
    """The transform of gamma-encoded colours (..., 3) in 0..1 (see the module doc), same shape:
    each colour is split into ink and alpha over the source background, the ink flipped, laid over
    the target background at the same alpha, and then lifted to the contrast floor by its alpha."""
    rgb = np.asarray(rgb, dtype=np.float32)
    src, dst = np.asarray(source_bg, dtype=np.float32), np.asarray(target_bg, dtype=np.float32)
    alpha, ink = colour_to_alpha(rgb, src)
    a = alpha[..., None]
    out = a * flip(ink, src, dst) + (1 - a) * dst
    low, full = INK_ON_DARK if float(src @ LUMA) < 0.5 else INK_ON_LIGHT
    return lift(out, dst, np.clip((alpha - low) / (full - low), 0.0, 1.0), floor)


@dataclass
class SchemeMap:
    """One scheme's frame transform: RGBA uint8 frames (H, W, 4) in, RGBA uint8 frames out.

    The table is built on the first frame (the scene's background is known only once its
    `construct` ran), in the encoder's thread."""

    scheme: str
    background: str  # '#RRGGBB' the frames get
    _table: np.ndarray | None = None
    _source: tuple[float, float, float] | None = None

    @classmethod
    def of(cls, scheme: str) -> "SchemeMap":
        return cls(scheme, BACKGROUNDS[scheme])

    def prepare(self, source_bg: tuple[float, float, float]) -> None:
        """Build the table for a scene drawn on `source_bg` (gamma-encoded RGB in 0..1); a table the
        warm render process built before forking (`warm`) is reused."""
        source_bg = tuple(round(float(c), 4) for c in source_bg)  # type: ignore[assignment]
        if (cached := _TABLES.get((self.background, source_bg))) is not None:
            self._table, self._source = cached, source_bg
            return
        n = 1 << BITS
        levels = (np.arange(n, dtype=np.float32) * 2 + 1) / (2 * n)  # the centre of each 8-BITS bin
        b, g, r = np.meshgrid(levels, levels, levels, indexing="ij")  # index = R | G << BITS | B << 2 BITS
        grid = np.stack([r, g, b], axis=-1).reshape(-1, 3)
        mapped = np.round(remap(grid, source_bg, hex_rgb(self.background)) * 255).astype(np.uint32)
        # packed as the frame's own bytes read little-endian: R | G << 8 | B << 16 | opaque alpha
        self._table = mapped[:, 0] | (mapped[:, 1] << 8) | (mapped[:, 2] << 16) | np.uint32(0xFF000000)
        self._source = source_bg
        _TABLES[(self.background, source_bg)] = self._table

    def apply(self, pixels: np.ndarray) -> np.ndarray:
        """The frame in this scheme: a new opaque RGBA uint8 array (H, W, 4)."""
        if self._table is None:
            raise RuntimeError("SchemeMap.prepare() was not called")
        v = np.ascontiguousarray(pixels).view("<u4")[..., 0]
        drop = 8 - BITS
        index = (((v >> drop) & _MASK) | ((v >> (8 + drop - BITS)) & (_MASK << BITS))
                 | ((v >> (16 + drop - 2 * BITS)) & (_MASK << 2 * BITS)))
        return self._table[index].view(np.uint8).reshape(pixels.shape)


_TABLES: dict[tuple[str, tuple], np.ndarray] = {}  # (target background, source background) -> table


def warm(schemes: Iterable[str]) -> None:
    """Build these schemes' tables for Manim's default black background (~1.5 s each, once): called
    by the warm render process before it forks a job, so its children find them ready (copy-on-write)
    and a site with one scheme builds one."""
    for scheme in schemes:
        SchemeMap.of(scheme).prepare((0.0, 0.0, 0.0))


def scene_background(camera) -> tuple[float, float, float]:
    """The background a Manim camera draws on, gamma-encoded RGB in 0..1."""
    rgb = camera.background_color.to_rgb()
    return float(rgb[0]), float(rgb[1]), float(rgb[2])



"""Typefaces and print conditions for the OCR simulation of many typefaces.

Build and bench only (``tools/learn_confusion.py``, ``bench/bench_repair_faces.py``): the
product never reads a font. The faces are the ones Debian ships with Vietnamese letters
(``tools/ensure-system-deps.sh --fonts`` installs them):

* LEARNED from (the confusion table): DejaVu (``fonts-dejavu-core``), GNU FreeFont
  (``fonts-freefont-ttf``), Liberation (``fonts-liberation2``) and TeX Gyre (``tex-gyre``,
  Type 1): serif and sans, regular, bold and italic.
* HELD OUT (only the bench reads them): Noto Serif and Noto Sans (``fonts-noto-core``) and
  Carlito (``fonts-crosextra-carlito``). No clone of either design is learned from
  (Liberation, FreeFont and TeX Gyre Termes/Heros follow Times and Helvetica; Noto is a
  humanist design, Carlito follows Calibri).

A ``Print`` is one face at one size under one degradation; ``typeset`` wraps lines to the
page width in that face and ``render`` draws a page with Pillow (FreeType) at the print's
resolution, degraded.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from typeset import greedy_wrap  # noqa: E402  (the fixtures' one line breaker)

_TT = Path("/usr/share/fonts/truetype")
_T1 = Path("/usr/share/fonts/X11/Type1")
PAGE_W, PAGE_H = 538.6, 765.4          # 19 x 27 cm in points
MARGIN = 42.0
LEADING = 1.3                          # line pitch / type size


@dataclass(frozen=True)
class Face:
    family: str                        # what is learned from or held out, as a whole
    path: Path
    serif: bool
    style: str                         # regular, bold, italic


def _faces() -> dict[str, Face]:
    rows = [
        ("DejaVu", _TT / "dejavu", [("DejaVuSerif.ttf", True, "regular"),
                                    ("DejaVuSerif-Bold.ttf", True, "bold"),
                                    ("DejaVuSerif-Italic.ttf", True, "italic"),
                                    ("DejaVuSans.ttf", False, "regular"),
                                    ("DejaVuSans-Bold.ttf", False, "bold"),
                                    ("DejaVuSans-Oblique.ttf", False, "italic"),
                                    ("DejaVuSansCondensed-Bold.ttf", False, "bold")]),
        ("FreeFont", _TT / "freefont", [("FreeSerif.ttf", True, "regular"),
                                        ("FreeSerifBold.ttf", True, "bold"),
                                        ("FreeSerifItalic.ttf", True, "italic"),
                                        ("FreeSans.ttf", False, "regular"),
                                        ("FreeSansBold.ttf", False, "bold"),
                                        ("FreeSansOblique.ttf", False, "italic")]),
        ("Liberation", _TT / "liberation2", [("LiberationSerif-Regular.ttf", True, "regular"),
                                             ("LiberationSerif-Bold.ttf", True, "bold"),
                                             ("LiberationSerif-Italic.ttf", True, "italic"),
                                             ("LiberationSans-Regular.ttf", False, "regular"),
                                             ("LiberationSans-Bold.ttf", False, "bold"),
                                             ("LiberationSans-Italic.ttf", False, "italic")]),
        # TeX Gyre: Termes (Times), Pagella (Palatino), Bonum (Bookman), Schola (Century
        # Schoolbook), Heros (Helvetica)
        ("TeX Gyre", _T1, [("qtmr.pfb", True, "regular"), ("qtmb.pfb", True, "bold"),
                           ("qtmri.pfb", True, "italic"), ("qplr.pfb", True, "regular"),
                           ("qplri.pfb", True, "italic"), ("qbkr.pfb", True, "regular"),
                           ("qcsr.pfb", True, "regular"), ("qcsb.pfb", True, "bold"),
                           ("qhvr.pfb", False, "regular"), ("qhvb.pfb", False, "bold"),
                           ("qhvri.pfb", False, "italic")]),
        ("Noto", _TT / "noto", [("NotoSerif-Regular.ttf", True, "regular"),
                                ("NotoSerif-Bold.ttf", True, "bold"),
                                ("NotoSerif-Italic.ttf", True, "italic"),
                                ("NotoSans-Regular.ttf", False, "regular"),
                                ("NotoSans-Bold.ttf", False, "bold"),
                                ("NotoSans-Italic.ttf", False, "italic")]),
        ("Carlito", _TT / "crosextra", [("Carlito-Regular.ttf", False, "regular"),
                                        ("Carlito-Bold.ttf", False, "bold"),
                                        ("Carlito-Italic.ttf", False, "italic")]),
    ]
    return {file.rsplit(".", 1)[0]: Face(family, folder / file, serif, style)
            for family, folder, files in rows for file, serif, style in files}


FACES = _faces()
LEARNED_FAMILIES = ("DejaVu", "FreeFont", "Liberation", "TeX Gyre")
HELD_OUT_FAMILIES = ("Noto", "Carlito")
# Degradations: none; blur (a soft scan); noise (grey speckle on a soft scan); lowdpi (150
# dpi); bilevel (thresholded dark: strokes merge, small marks fill in); scan (2/3 of the
# resolution, blurred, thickened, speckled, thresholded: a poor photocopy)
DEGRADATIONS = ("none", "blur", "noise", "lowdpi", "bilevel", "scan")
SIZES = (8.0, 9.0, 10.0, 11.0, 12.0, 14.0)


@dataclass(frozen=True)
class Print:
    face: str                          # a key of FACES
    size: float                        # points
    degrade: str = "none"              # one of DEGRADATIONS
    upper: bool = False                # set in capitals (titles)

    @property
    def dpi(self) -> int:
        return 150 if self.degrade == "lowdpi" else 300

    @property
    def name(self) -> str:
        return f"{self.face}-{self.size:g}pt-{self.degrade}{'-caps' if self.upper else ''}"


def missing_faces(families: tuple[str, ...]) -> list[Path]:
    return [f.path for f in FACES.values() if f.family in families and not f.path.exists()]


def learning_prints() -> list[Print]:
    """Every learned face once, sizes and degradations in turn, plus three in capitals."""
    names = [n for n, f in FACES.items() if f.family in LEARNED_FAMILIES]
    prints = [Print(n, SIZES[i % len(SIZES)], DEGRADATIONS[(i * 5 + i // 6) % len(DEGRADATIONS)])
              for i, n in enumerate(names)]
    prints += [Print("DejaVuSansCondensed-Bold", 10.0, "scan", True),
               Print("LiberationSans-Bold", 12.0, "blur", True),
               Print("qtmb", 11.0, "none", True)]
    return prints


def held_out_prints() -> list[Print]:
    """The bench's prints: held-out families only, serif and sans, regular, bold, italic."""
    return [Print("NotoSerif-Regular", 10.0, "none"),
            Print("NotoSans-Regular", 9.0, "scan"),
            Print("Carlito-Regular", 11.0, "blur"),
            Print("NotoSerif-Italic", 11.0, "lowdpi"),
            Print("NotoSans-Bold", 10.0, "bilevel")]


def development_prints() -> list[Print]:
    """Prints of LEARNED faces in the held-out prints' conditions (serif and sans, regular,
    bold, italic, clean to a poor photocopy), for tuning repair on the sample's learning
    lines (``bench/bench_repair_faces.py --dev``) without looking at the held-out faces."""
    return [Print("FreeSerif", 10.0, "none"),
            Print("LiberationSans-Regular", 9.0, "scan"),
            Print("qhvr", 11.0, "blur"),
            Print("LiberationSerif-Italic", 11.0, "lowdpi"),
            Print("FreeSansBold", 10.0, "bilevel")]


@cache
def _font(face: str, px: int):
    from PIL import ImageFont
    return ImageFont.truetype(str(FACES[face].path), px)


def printed(line: str, p: Print) -> str:
    return line.upper() if p.upper else line


def typeset(lines: list[str], p: Print) -> list[tuple[str, ...]]:
    """``lines`` as printed in ``p`` (capitals if so), wrapped to the text width, in pages."""
    font = _font(p.face, 100)
    width = (PAGE_W - 2 * MARGIN) * 100 / p.size            # in units of the 100 px font
    out = [piece for line in lines for piece in greedy_wrap(printed(line, p), width,
                                                             font.getlength)]
    per_page = int((PAGE_H - 2 * MARGIN) // (p.size * LEADING))
    return [tuple(out[i:i + per_page]) for i in range(0, len(out), per_page)]


def render(lines: tuple[str, ...], p: Print, seed: int):
    """A greyscale page image of ``lines`` (already typeset) in ``p``."""
    from PIL import Image, ImageDraw
    scale = p.dpi / 72
    image = Image.new("L", (round(PAGE_W * scale), round(PAGE_H * scale)), 255)
    draw = ImageDraw.Draw(image)
    font = _font(p.face, round(p.size * scale))
    for i, line in enumerate(lines):
        y = (MARGIN + i * p.size * LEADING) * scale
        draw.text((MARGIN * scale, y), line, font=font, fill=0)
    return _degrade(image, p.degrade, seed)


def _degrade(image, how: str, seed: int):
    import numpy as np
    from PIL import Image, ImageFilter
    rng = np.random.default_rng(seed)
    if how in ("none", "lowdpi"):
        return image
    if how == "blur":
        return image.filter(ImageFilter.GaussianBlur(1.4))
    if how == "noise":
        pixels = np.asarray(image.filter(ImageFilter.GaussianBlur(0.8)), dtype=np.float32)
        pixels += rng.normal(0, 35, pixels.shape)
        return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    if how == "bilevel":
        pixels = np.asarray(image.filter(ImageFilter.GaussianBlur(1.0)), dtype=np.float32)
        return Image.fromarray(np.where(pixels > 200, 255, 0).astype(np.uint8))
    if how == "scan":
        small = image.resize((image.width * 2 // 3, image.height * 2 // 3))
        small = small.filter(ImageFilter.GaussianBlur(0.9)).filter(ImageFilter.MinFilter(3))
        pixels = np.asarray(small, dtype=np.float32) + rng.normal(0, 18, (small.height,
                                                                          small.width))
        return Image.fromarray(np.where(pixels > 150, 255, 0).astype(np.uint8))
    raise ValueError(f"unknown degradation {how!r}")

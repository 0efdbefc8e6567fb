"""Inputs for the batch tests, made on the fly: small slices of the fixtures and hostile PDFs."""

from __future__ import annotations

import subprocess
import sys
import zlib
from pathlib import Path

from conftest import FIXTURES
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, NumberObject, StreamObject

# Lines of a script run in a fresh interpreter: the engine the batch opens is asked, as the
# run ends, to evaluate the script's ``ASK`` (an expression's text) in its job processes
# (four jobs, so that both of two workers answer); the answers go to ``held``.
ASKING_ENGINE = """
from magpipe.batch import orchestrator
opened = orchestrator.open_engine
held = []

class Asked:
    def __init__(self, engine):
        self.engine = engine
    def __enter__(self):
        self.inside = self.engine.__enter__()
        return self.inside
    def __exit__(self, *exc):
        held.extend(self.inside.map_pages(eval, [ASK] * 4))
        return self.engine.__exit__(*exc)

orchestrator.open_engine = lambda *args: Asked(opened(*args))
"""


def pages_of(source: str, numbers: list[int], target: Path) -> Path:
    """A PDF holding the given 1-based pages of a fixture."""
    reader = PdfReader(FIXTURES / source)
    writer = PdfWriter()
    for n in numbers:
        writer.add_page(reader.pages[n - 1])
    with open(target, "wb") as handle:
        writer.write(handle)
    return target


def huge_page(target: Path, size: float = 20000.0) -> Path:
    """A scanned-looking page of size x size points (7 m across): a small image stretched
    over it, so the page has to be rendered to be read."""
    return _image_page(target, (size, size), 100)


def image_bomb(target: Path, pixels: int = 40000) -> Path:
    """A normal page drawing one image that declares pixels x pixels (1-bit, all white).

    The file is small (the image compresses about 1000 to 1); decoding it would need
    gigabytes.
    """
    return _image_page(target, (538.6, 765.4), pixels)


def _image_page(target: Path, page_size: tuple[float, float], pixels: int) -> Path:
    """One page covered by one white 1-bit image of pixels x pixels."""
    width, height = page_size
    writer = PdfWriter()
    page = writer.add_blank_page(width=width, height=height)
    image = StreamObject()
    image._data = zlib.compress(b"\xff" * (-(-pixels // 8)) * pixels, 9)
    image.update({
        NameObject("/Type"): NameObject("/XObject"),
        NameObject("/Subtype"): NameObject("/Image"),
        NameObject("/Width"): NumberObject(pixels),
        NameObject("/Height"): NumberObject(pixels),
        NameObject("/ColorSpace"): NameObject("/DeviceGray"),
        NameObject("/BitsPerComponent"): NumberObject(1),
        NameObject("/Filter"): NameObject("/FlateDecode"),
    })
    page[NameObject("/Resources")] = DictionaryObject({
        NameObject("/XObject"): DictionaryObject({NameObject("/Im0"): writer._add_object(image)})})
    content = StreamObject()
    content._data = f"q {width} 0 0 {height} 0 0 cm /Im0 Do Q".encode()
    page[NameObject("/Contents")] = writer._add_object(content)
    with open(target, "wb") as handle:
        writer.write(handle)
    return target


def with_title(source: str, title: str, target: Path) -> Path:
    """A copy of a fixture whose metadata title is ``title``."""
    writer = PdfWriter(clone_from=FIXTURES / source)
    writer.add_metadata({"/Title": title})
    with open(target, "wb") as handle:
        writer.write(handle)
    return target


# A script run in a fresh interpreter (a process has one fork server, started with the
# preload list of the first engine that needed it, so an earlier test would decide): the
# sorted answers of four jobs of ``engine``'s workers (both of two) to ``expression``.
WORKERS_ASKED = """
from magpipe.batch.engines import LocalEngine, open_engine
with {engine} as engine:
    print(sorted(engine.map_pages(eval, [{expression!r}] * 4)))
"""


def asked_in_workers(engine: str, expression: str) -> str:
    done = subprocess.run([sys.executable, "-c",
                           WORKERS_ASKED.format(engine=engine, expression=expression)],
                          capture_output=True, text=True, timeout=240, check=True)
    return done.stdout.strip()

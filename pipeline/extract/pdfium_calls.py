"""Raw PDFium calls through ctypes for the loops that make one call per word or per page
object (``extract.pdftext``, ``extract.drawings``): prototypes that take plain addresses or
no argument types, and reusable out-arrays, where pypdfium2's own prototypes would convert
every argument on every call.

The only place besides pypdfium2 itself that calls PDFium; no logic of extract's.
"""

from __future__ import annotations

import ctypes
import threading

import numpy as np


def by_address(function, restype, *argtypes):
    """A second prototype of a PDFium function that takes and returns plain addresses
    (ints): for the calls made per word, where building and unpacking pointer objects cost
    more than the call (pypdfium2's own prototypes are left as they are)."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    assert address is not None      # a function the library exports
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


def untyped(function, restype):
    """A prototype of a PDFium function without argument types, for the calls made per word
    or per object: ctypes then passes a Python int as a C ``int`` and a ``c_void_p`` object
    as the pointer it holds, with no per-argument converter. Converting an ``int`` through a
    ``c_int`` argument type costs as much as the rest of the call: an untyped call takes ~2,300
    instructions against ~4,100 (callgrind). Its pointer arguments must be ``c_void_p``
    objects (a page's handle made once, out-pointers from ``Slots``), its other arguments
    ints that fit a C ``int``."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    assert address is not None      # a function the library exports
    return ctypes.CFUNCTYPE(restype)(address)


class Slots:
    """A reusable array of C structs (``width`` float32 each) and a ``c_void_p`` to each
    slot, for PDFium to write a page's boxes or matrices into through untyped calls (making
    a pointer object per call would cost what the untyped call saves). One per thread: a
    slot holds its value only until the next page reads it."""

    def __init__(self, width: int) -> None:
        self.width = width
        self.array = np.zeros((0, width), dtype=np.float32)
        self.pointers: list[ctypes.c_void_p] = []
        self.columns: list[list[ctypes.c_void_p]] = []

    def take(self, count: int) -> tuple[np.ndarray, list[ctypes.c_void_p]]:
        """The array (at least ``count`` rows) and the pointers to its rows; values in rows
        no call wrote are whatever an earlier page left."""
        if count > len(self.pointers):
            rows = max(count, 2 * len(self.pointers), 256)
            self.array = np.zeros((rows, self.width), dtype=np.float32)
            start, step = self.array.ctypes.data, 4 * self.width
            self.pointers = list(map(ctypes.c_void_p, range(start, start + step * rows, step)))
            self.columns = []
        return self.array, self.pointers

    def take_columns(self, count: int) -> tuple[np.ndarray, list[list[ctypes.c_void_p]]]:
        """The array (at least ``count`` rows) and, for each column, a ``c_void_p`` to that
        column's cell of every row: for a call that writes its values through one
        out-pointer each (a path's bounds, a colour's four channels)."""
        array, rows = self.take(count)
        if not self.columns:
            start, step = array.ctypes.data, 4 * self.width
            end = start + step * len(rows)
            self.columns = [list(map(ctypes.c_void_p, range(start + 4 * k, end, step)))
                            for k in range(self.width)]
        return array, self.columns


_LOCAL = threading.local()


def slots(name: str, width: int) -> Slots:
    """This thread's slots called ``name``."""
    held = getattr(_LOCAL, name, None)
    if held is None:
        held = Slots(width)
        setattr(_LOCAL, name, held)
    return held


def address(handle) -> int:
    """The address a pypdfium2 handle (a ctypes pointer) holds."""
    value = ctypes.cast(handle, ctypes.c_void_p).value
    assert value is not None      # an open page or text page
    return value

"""The Vietnamese credit label as OCR misreads it beyond what :mod:`magpipe.text.credits`
accepts: the marks of ``Ả`` read as another A's (``Ẳnh: TRÍ DŨNG``, ``Ẩnh:``, ``Ănh:``).

``text.credits`` takes ``Ảnh`` with the marks OCR most often gives its A (``Ánh``, ``Ạnh``,
``Anh``...). A scan also reads the hook with a breve or a circumflex under it; no Vietnamese
word is spelled so (``ă`` and ``â`` never come before ``nh``), so such a word before a colon
is the label misread. Split and align read a caption's credit from :func:`as_printed` text,
the label given back its printed letter. (``text.credits`` is imported by extract: a change
there keys every scan's OCR again; this module is not.) Pure logic, no I/O.
"""

from __future__ import annotations

import re

from magpipe.text.credits import VI_LABEL_WORD

# regex: an A with a breve or a circumflex (any tone) as the label's first letter, then ``nh``
# and the label's colon (or OCR's semicolon for it), the word standing alone
_MISREAD_LABEL = re.compile(r"(?<![^\W\d_])[ĂẮẰẲẴẶÂẤẦẨẪẬ]nh(?=\s*[:;])")


def as_printed(text: str) -> str:
    """``text`` with each misread Vietnamese credit label spelled as printed (``Ảnh``)."""
    if "nh" not in text:
        return text
    return _MISREAD_LABEL.sub(VI_LABEL_WORD.capitalize(), text)

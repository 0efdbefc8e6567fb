"""How a photo credit's label is printed, and how OCR reads it: shared by split and align.

``Ảnh:`` opens the Vietnamese credit and ``Photo:`` the English one. OCR reads the hook
of ``Ả`` as other marks (``Ánh``, ``Ạnh``) or drops it (``Anh``), and the colon as a
semicolon; these patterns accept those readings, never a label without its colon.
"""

from __future__ import annotations

VI_LABEL = "[AẢÁÀẠÃ]nh"         # regex: "Ảnh" as printed or as OCR reads it
VI_LABEL_UPPER = "[AẢÁÀẠÃ]NH"
EN_LABEL = "Photo"
COLON = "[:;]"                  # regex: the label's colon, or OCR's semicolon for it
VI_LABEL_WORDS = frozenset({"ảnh", "anh", "ánh", "ành", "ạnh", "ãnh"})

"""Helper of the tests on saved bench pages scored by their captions
(``test_align_strip_captions.py``, ``test_align_turned_captions.py``)."""

from __future__ import annotations


def printed_captions(truth: dict) -> dict:
    """The truth with only the captions printed on its pages (an article's captions on a page
    not saved are not asked for)."""
    printed = " ".join(b["text"] for p in truth["pages"] for b in p["blocks"]
                       if b["role"] == "caption")
    return dict(truth, articles=[
        dict(a, captions=[c for c in a["captions"]
                          if any(h and h[:24] in printed for h in (c["vi"], c["en"]))])
        for a in truth["articles"]])

"""A contents page's heading in capitals (``MỤC LỤC``, ``CONTENTS``) is a line of its own.

On a scan the heading may stand as close over the first entry as the entries stand to each
other, at about their height, and no step of type or pitch parts them: the heading and the
entry were read as one paragraph (``MỤC LỤC 1. ĐOÀN ĐẠI BIỂU ...``), the page was found to
be no contents page, and its entries went into the articles as intros (report scans). A
line reading as a contents heading (``text.headings.contents_heading``) set in capitals ends
its paragraph, as a jump line does (``layout._breaks_before``).

Pure logic.
"""

from __future__ import annotations

from magpipe.text.headings import contents_heading, in_capitals


def heading_line(text: str) -> bool:
    """The line is a contents page's heading set in capitals: nothing runs on from it."""
    return in_capitals(text) and contents_heading(text)

"""How large a picture must be to count as a photo on the page: one measure for every pass
that reads captions under photos, text wrapped round them, rows and bands of them, tags on
them, or a photo's place among the columns."""

from __future__ import annotations

from magpipe.artifacts.base import Box

MIN_PHOTO = 4.0      # x body size: the least width and height of a photo; smaller pictures
                     # are marks (logos, icons, pointers, ornaments), which carry no caption,
                     # have no text wrapped round them and hold no place among the columns


def large_photo(photo: Box, body: float) -> bool:
    """The picture is at least ``MIN_PHOTO`` body sizes wide and tall: a photo, not a mark."""
    return min(photo[2] - photo[0], photo[3] - photo[1]) >= MIN_PHOTO * body

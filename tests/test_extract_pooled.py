"""The page-image reductions of ``extract.ocr.pooled`` give numpy's and scipy's general forms'
values exactly (the OCR path's looks use them in their place)."""

from __future__ import annotations

import numpy as np
import pytest
from magpipe.extract.ocr.pooled import dilated_by_box, pooled_any, pooled_sum
from scipy import ndimage


@pytest.mark.parametrize("share", [0.001, 0.03, 0.4])
def test_a_cell_pooled_is_set_when_any_of_its_pixels_is(share: float) -> None:
    mask = np.random.default_rng(4).random((120, 84)) < share
    for size in (2, 3, 4):
        cut = mask[:120 - 120 % size, :84 - 84 % size]
        h, w = cut.shape
        expected = cut.reshape(h // size, size, w // size, size).any(axis=(1, 3))
        assert (pooled_any(cut, size) == expected).all()
        assert (pooled_any(mask, size) == expected).all()    # (its part cells left out)


def test_a_dilation_by_a_box_is_one_by_its_column_then_its_row() -> None:
    mask = np.random.default_rng(5).random((90, 70)) < 0.02
    mask[0, :] = mask[:, -1] = False
    mask[0, 0] = mask[-1, -1] = True          # (at the edges: nothing grows outside)
    for height in range(1, 8):                # (odd and even sides: the same centre)
        for width in (1, 2, 5, 11, 12):
            box = np.ones((height, width), dtype=bool)
            assert (dilated_by_box(mask, height, width)
                    == ndimage.binary_dilation(mask, structure=box)).all()


def test_a_cells_sum_over_its_area_is_its_mean_and_part_cells_are_left_out() -> None:
    grey = np.random.default_rng(6).integers(0, 256, size=(101, 67), dtype=np.uint8)
    grey[:8, :8] = 255                         # (a cell at the largest sum)
    for size in (4, 8, 17):                    # (17: sums past 16 bits)
        rows, cols = 101 // size, 67 // size
        cells = grey[:rows * size, :cols * size].reshape(rows, size, cols, size)
        assert (pooled_sum(grey, size) / float(size * size) == cells.mean(axis=(1, 3))).all()
        dark = grey < 90
        assert (pooled_sum(dark, size) / float(size * size)
                == (cells < 90).mean(axis=(1, 3))).all()

"""Archive outputs built from a run's saved artifacts.

Each output has one module; its builder is pure (artifacts in, text or bytes out) and
``writers`` reads the artifacts and writes the files:

===============  ==============================================  ==============================
module           what                                            file
===============  ==============================================  ==============================
``corpus``       aligned vi/en segments as TMX 1.4 or TSV        ``magpipe export -o FILE``
``search``       SQLite FTS5 index, accent-insensitive           ``DIR/search.sqlite``
``textlayer``    each page's repaired words in reading order (shared by pdf, alto, hocr)
``pdf``          the original pages + invisible repaired text    ``DIR/<doc>/searchable.pdf``
``pdfa``         PDF/A-2b: what the input must allow, XMP, ICC
``alto``         ALTO v4 XML per page (schema in ``schema/``)    ``DIR/<doc>/alto/page-NNNN.xml``
``hocr``         hOCR per document                               ``DIR/<doc>/hocr.html``
``review``       review page with page images and corrections    ``DIR/<doc>/review.html``
``page_images``  the review page's page images (drawn once)      ``DIR/<doc>/pages/*.jpg``
``corrections``  the reviewer's corrections file, merged back    ``magpipe apply-corrections``
``outputs``      finding a run's document folders and artifacts
===============  ==============================================  ==============================

Nothing here imports a stage (the review page renders page images through
``magpipe.extract.render``, the one PDFium wrapper); the archive reads artifacts only.
"""

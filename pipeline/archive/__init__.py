"""Archive outputs built from a run's saved artifacts.

Each output has one module; its builder is pure (artifacts in, text or bytes out) and a
separate function writes the file:

=============  =========================================  ==============================
module         what                                       written as
=============  =========================================  ==============================
``corpus``     aligned vi/en segments as TMX 1.4 or TSV   ``magpipe export``
``search``     SQLite FTS5 index, accent-insensitive      ``DIR/search.sqlite``
``textlayer``  each page's repaired words in reading order (shared by pdf, alto, hocr)
``pdf``        the original pages + invisible repaired text, PDF/A-2b when possible
``alto``       ALTO v4 XML per page                       ``DIR/<doc>/alto/page-NNNN.xml``
``hocr``       hOCR per document                          ``DIR/<doc>/<doc>.hocr.html``
``outputs``    finding a run's document folders, loading their artifacts
=============  =========================================  ==============================

Nothing here imports a stage; the archive reads artifacts only.
"""

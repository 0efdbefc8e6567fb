"""A page file holds the page's fields and its words as columns (``artifacts.pagefile``):
written and read back equal, checked on load like the one-file form, damage named."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from conftest import SAVED
from magpipe.artifacts import ExtractArtifact, RepairArtifact, Word
from magpipe.artifacts.paged import PageFolder
from magpipe.artifacts.pagefile import COLUMNS, make_words, page_form
from magpipe.errors import ArtifactError
from magpipe.serial import iter_json


def _pages():
    return ExtractArtifact.load(SAVED / "extract-digital.json").pages


def _stored(tmp_path: Path, page) -> tuple[PageFolder, Path]:
    folder = PageFolder(tmp_path / "extract.json", ExtractArtifact)
    folder.start()
    folder.put(page)
    return folder, folder.path(page.number)


def _rewritten(path: Path, change) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_a_page_file_holds_the_words_as_one_column_per_field(tmp_path: Path):
    page = _pages()[0]
    _, path = _stored(tmp_path, page)
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert "words" not in data
    columns = data[COLUMNS]
    assert columns["count"] == len(page.words)
    assert columns["text"] == [w.text for w in page.words]
    assert columns["box"] == [v for w in page.words for v in w.box]
    assert data["reason"] == page.reason and data["source"] == page.source.value
    # a line per column: the file is read (and diffed) a column at a time (the count, and
    # the columns of the fields; a field added later only when a word holds another value
    # than its default: none of this page's words is italic or pale)
    assert sum(line.startswith('  "') for line in text.splitlines()) == 8
    assert set(columns) == {"count", "text", "box", "size", "conf", "line", "block", "bold"}
    assert len(text) < 0.7 * len("".join(iter_json(page)))


def _stored_in_both_kinds(tmp_path: Path):
    """(page folder, page) for every saved page, stored as an extract and a repair page."""
    for cls in (ExtractArtifact, RepairArtifact):
        folder = PageFolder(tmp_path / f"{cls.STAGE}.json", cls)
        folder.start()
        for page in _pages():
            folder.put(page)
            yield folder, page


def test_every_page_of_both_paged_kinds_reads_back_equal(tmp_path: Path):
    for folder, page in _stored_in_both_kinds(tmp_path):
        assert folder.read(page.number) == page


def test_the_sign_of_a_zero_and_odd_values_survive_the_columns(tmp_path: Path):
    page = replace(_pages()[0], words=(
        Word("a", (-0.0, 0.0, 1.5, 2.0), -0.0, 0.0, 0, 0, True),
        Word("", (1e-300, 3.25, 1e300, 7.0), 9.5, 55.5, 3, -1, False),
        Word("ngân\u00a0hàng \"x\"", (0.1, 0.2, 0.3, 0.4), 0.0, 100.0, 4, 2, False)),
        error="a note", rotation=90)
    folder, _ = _stored(tmp_path, page)
    back = folder.read(page.number)
    assert back == page
    assert [str(v) for w in back.words for v in (*w.box, w.size, w.conf)] == \
        [str(v) for w in page.words for v in (*w.box, w.size, w.conf)]


def test_equal_texts_and_numbers_read_are_one_object(tmp_path: Path):
    page = _pages()[1]
    folder, _ = _stored(tmp_path, page)
    words = folder.read(page.number).words
    sizes = {id(w.size) for w in words}
    assert len(sizes) == len({w.size for w in words})
    repeated = [w.text for w in words if w.text == words[0].text]
    assert len({id(t) for t in repeated}) == 1


def test_a_whole_number_in_a_number_column_reads_as_a_number(tmp_path: Path):
    page = _pages()[0]
    folder, path = _stored(tmp_path, page)
    _rewritten(path, lambda d: d[COLUMNS]["size"].__setitem__(0, 12))
    size = folder.read(page.number).words[0].size
    assert size == 12.0 and type(size) is float


def test_a_page_file_written_before_the_italic_flag_reads_with_every_word_roman(
        tmp_path: Path):
    """``Word.italic`` came after page files were first written: a file without its column
    still reads (the flag False), while any other column missing is damage (above)."""
    page = _pages()[0]
    folder, path = _stored(tmp_path, replace(page, words=tuple(
        replace(w, italic=True) for w in page.words)))
    _rewritten(path, lambda d: d[COLUMNS].pop("italic"))
    assert folder.read(page.number) == replace(page, words=tuple(
        replace(w, italic=False) for w in page.words))


@pytest.mark.parametrize(("change", "named"), [
    (lambda c: c["text"].pop(), "word_columns.text.*expected"),
    (lambda c: c["box"].append(1.0), "word_columns.box.*expected"),
    (lambda c: c["size"].__setitem__(3, "big"), r"word_columns.size\[3\].*expected float"),
    (lambda c: c["bold"].__setitem__(2, 1), r"word_columns.bold\[2\].*expected bool"),
    (lambda c: c["line"].__setitem__(1, 2.5), r"word_columns.line\[1\].*expected int"),
    (lambda c: c["line"].__setitem__(1, True), r"word_columns.line\[1\].*expected int"),
    (lambda c: c.pop("conf"), "word_columns.conf.*missing"),
    (lambda c: c.__setitem__("colour", []), "word_columns.colour.*no field"),
    (lambda c: c.__setitem__("count", "many"), "word_columns.count"),
    (lambda c: c.__setitem__("text", "BẢN TIN"), "word_columns.text.*expected a list"),
])
def test_a_damaged_column_is_named_with_its_file(tmp_path: Path, change, named):
    page = _pages()[0]
    folder, path = _stored(tmp_path, page)
    _rewritten(path, lambda d: change(d[COLUMNS]))
    with pytest.raises(ArtifactError, match=f"00001.json.*damaged.*{named}"):
        folder.read(page.number)


def test_a_damaged_page_field_beside_the_columns_is_named(tmp_path: Path):
    page = _pages()[0]
    folder, path = _stored(tmp_path, page)
    _rewritten(path, lambda d: d.__setitem__("width", "wide"))
    with pytest.raises(ArtifactError, match="damaged.*width"):
        folder.read(page.number)
    _rewritten(path, lambda d: d.__setitem__("words", []))
    with pytest.raises(ArtifactError, match="damaged.*words"):
        folder.read(page.number)


def test_a_cut_short_page_file_is_no_json(tmp_path: Path):
    page = _pages()[0]
    folder, path = _stored(tmp_path, page)
    path.write_bytes(path.read_bytes()[:-40])
    with pytest.raises(ArtifactError, match="not JSON"):
        folder.read(page.number)
    path.write_bytes(b'{"number": 1, "text": "\xff"}')
    with pytest.raises(ArtifactError, match="not JSON"):
        folder.read(page.number)


def test_a_page_file_of_the_older_form_still_reads(tmp_path: Path):
    page = _pages()[2]
    folder, path = _stored(tmp_path, page)
    path.write_text("".join(iter_json(page)), encoding="utf-8")   # a word per object
    assert folder.read(page.number) == page


@dataclass(frozen=True)
class Odd:
    parts: tuple[str, ...]


@dataclass(frozen=True)
class OddPage:
    number: int
    words: tuple[Odd, ...] = ()


def test_a_word_field_that_cannot_be_a_column_is_a_bug():
    with pytest.raises(TypeError, match="parts"):
        page_form(OddPage)


def test_a_page_read_without_its_words_equals_the_page_with_none(tmp_path: Path):
    for folder, page in _stored_in_both_kinds(tmp_path):
        assert folder.read(page.number, words=False) == replace(page, words=())
    page = _pages()[2]
    folder, path = _stored(tmp_path / "older", page)
    path.write_text("".join(iter_json(page)), encoding="utf-8")   # the older form
    assert folder.read(page.number, words=False) == replace(page, words=())


def test_a_page_read_without_its_words_parses_none_of_them(tmp_path: Path, monkeypatch):
    from magpipe.artifacts import pagefile
    page = _pages()[0]
    folder, _ = _stored(tmp_path, page)
    monkeypatch.setattr(pagefile.PageForm, "_words", None)     # any word read would fail
    assert folder.read(page.number, words=False).source == page.source


def test_a_cut_short_page_file_is_damage_without_its_words_too(tmp_path: Path):
    page = _pages()[0]
    folder, path = _stored(tmp_path, page)
    path.write_bytes(path.read_bytes()[:-40])
    with pytest.raises(ArtifactError, match="cut short"):
        folder.read(page.number, words=False)


def test_a_field_added_later_is_written_only_when_a_word_holds_another_value(tmp_path: Path):
    page = _pages()[0]
    words = list(page.words)
    words[3] = replace(words[3], shade=0.84, outline=True)
    pale = replace(page, words=tuple(words))
    folder, path = _stored(tmp_path, pale)
    columns = json.loads(path.read_text(encoding="utf-8"))[COLUMNS]
    assert columns["shade"][3] == 0.84 and columns["outline"][3] is True
    assert "italic" not in columns            # (every word roman: left out, read as False)
    assert folder.read(page.number) == pale


def _columns(words) -> list[list]:
    return [[getattr(w, f) for w in words] for f in
            ("text", "box", "size", "conf", "line", "block", "bold", "italic", "shade",
             "outline")]


def test_words_made_from_columns_equal_the_words_the_constructor_makes():
    for page in _pages():
        made = make_words(Word, _columns(page.words))
        assert made == tuple(map(Word, *_columns(page.words))) == page.words
        assert all(type(w) is Word for w in made)
        assert [hash(w) for w in made] == [hash(w) for w in page.words]
    assert make_words(Word, _columns(())) == ()


def test_words_made_from_columns_stay_frozen():
    from dataclasses import FrozenInstanceError

    word = make_words(Word, _columns(_pages()[0].words[:1]))[0]
    with pytest.raises(FrozenInstanceError):
        word.text = "x"       # type: ignore[misc]


def test_word_columns_of_different_lengths_are_refused_by_the_fast_maker():
    columns = _columns(_pages()[0].words[:3])
    columns[2] = columns[2][:2]
    with pytest.raises(ValueError, match="lengths"):
        make_words(Word, columns)


@dataclass(frozen=True)
class PlainWord:                  # no slots: made through its constructor
    text: str
    size: float = 1.0


@dataclass(frozen=True, slots=True)
class CheckedWord:                # a __post_init__ must run: made through its constructor
    text: str

    def __post_init__(self):
        if not self.text:
            raise ValueError("empty")


def test_words_of_other_classes_are_made_through_their_constructor():
    from magpipe.artifacts.pagefile import _slot_setters
    assert _slot_setters(PlainWord) is None and _slot_setters(CheckedWord) is None
    assert _slot_setters(Word) is not None
    assert make_words(PlainWord, [["a", "b"], [2.0, 3.0]]) == (PlainWord("a", 2.0),
                                                               PlainWord("b", 3.0))
    with pytest.raises(ValueError, match="empty"):
        make_words(CheckedWord, [["a", ""]])


def test_pages_read_back_equal_with_their_words_made_the_fast_way(tmp_path: Path):
    for folder, page in _stored_in_both_kinds(tmp_path):
        assert folder.read(page.number) == page


def test_a_float_column_is_written_as_the_json_encoder_writes_it():
    from magpipe.artifacts.pagefile import _ENCODE, float_column
    columns = [[1.0, 2.5, -3.25], [0.0, 1.0], [-0.0, 1.0], [1.0, -0.0], [float("nan"), 1.0],
               [float("inf"), 1.0], [float("-inf")], [1, 2.0], [True, 1.0], [], [2.0, 2.0],
               [1e16, 1e-5, 123456789.123, 5e-324], [0.1, 0.2, 0.30000000000000004]]
    columns += [[v for w in page.words for v in w.box] for page in _pages()]
    for _ in range(2):                  # the second time, the texts of numbers seen before
        for column in columns:
            assert float_column(column) == _ENCODE(column)


def test_a_float_column_is_written_right_when_the_remembered_texts_are_dropped(monkeypatch):
    from magpipe.artifacts import pagefile
    monkeypatch.setattr(pagefile, "FLOAT_TEXTS", 3)
    for column in ([1.5, 2.5], [3.5, 4.5, 1.5], [7.25, 7.25, 8.0, 9.0, 10.5]):
        assert pagefile.float_column(column) == pagefile._ENCODE(column)


def test_a_page_files_float_columns_hold_the_encoders_text():
    from magpipe.artifacts import pagefile
    for page in _pages():
        form = page_form(type(page))
        text = "".join(form.pieces(page))
        for col in form.columns:
            if col.kind is float:
                values = [v for w in page.words for v in
                          (getattr(w, col.name) if col.width > 1 else (getattr(w, col.name),))]
                if col.optional and values.count(col.default) == len(values):
                    continue        # (a field added later at its default: not written)
                assert f"{pagefile._ENCODE(col.name)}: {pagefile._ENCODE(values)}" in text
        assert json.loads(text)[COLUMNS]["count"] == len(page.words)

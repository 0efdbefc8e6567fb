"""English words the stages use as evidence of English: one list, with named subsets.

Each subset keeps the words one decision was tuned with, so the subsets differ; every word
of every subset is in :data:`FUNCTION_WORDS` (checked when the module loads). Pure data.
"""

from __future__ import annotations

from magpipe.text.punctuation import SENTENCE_ENDS

# Common English function words (articles, pronouns, prepositions, conjunctions, auxiliaries).
FUNCTION_WORDS = frozenset("""
a about after against all also an and any are as at be been before between both but by can
do during each for from go had has have he her him his how i in into is it its may me more
most my new no nor not of off on one or other our out over own per same she so such than
that the their them then these they this those through to under up us via was we were what
when which while who whose why will with within would you your
""".split())


def _subset(words: str) -> frozenset[str]:
    found = frozenset(words.split())
    stray = found - FUNCTION_WORDS
    if stray:
        raise ValueError(f"not in FUNCTION_WORDS: {sorted(stray)}")
    return found


# split/langid: the share of a block's tokens in this set is its "stopwords" evidence
# (English ~30-45%, Vietnamese ~0-5%: the bare Vietnamese syllables among them are rare).
STOPWORDS = _subset("""
a about after against all also an and any are as at be been before between both but by can
during each for from had has have he her his in into is it its more most new not of on or
other our over she such than that the their them these they this those through to under up
was we were what when which while who will with within would
""")

# extract/ocr/langpass: words that are no Vietnamese word without marks either (so not "do",
# "to", "an", "in", "me", "no", "can", "may" ...): one of them says a line is English.
MARKERS = _subset("""
about after also and are as at been before between but by during for from had has have her
his into is it its more most not of on or other our over such than that the their them these
they this those under was were which while who whose will with would your
""")

# repair/decoder: short words that are also bare Vietnamese syllables, yet say "English" on a line.
SHORT = _subset("a an as be in is me on the to we")

# text/damage: words that have the shape of a Vietnamese syllable yet must not count as
# Vietnamese evidence on an English page: function words, and a few common nouns.
COMMON_NOUNS = frozenset("day days man men time times year years".split())
DAMAGE_WORDS = _subset("""
a about after all also an and any are as at be been before but by can do during each go had
has have he her him his how i in into is it its may me more most my new no nor not of off on
one or other our out over own per same she so such than that the their them then these they
this those to under up us via was we were who why will with would you your
""") | COMMON_NOUNS


# Titles abbreviated before a name (``Mr. Tuan``, ``Dr. Lan``): with their full stop, an
# English word on any line (``Mr.`` read as the syllable ``mà`` was a repair error).
TITLES = frozenset("Dr Fr Jr Mr Mrs Ms Rev Sr St".split())
# Those only ever set before a name (``Jr``, ``Sr`` follow one, ``St`` may be a street's): a
# line ending in one (``… Ms.``) ends no sentence, its name is on the next line.
NAME_OPENERS = TITLES - frozenset({"Jr", "Sr", "St"})


def ends_in_name_opener(text: str) -> bool:
    """The text ends in a title set only before a name, with its stop (``… meeting with
    Ms.``): its stop ends no sentence, the name is on the next line (see ``NAME_OPENERS``)."""
    words = text.split()
    return bool(words) and words[-1].endswith(".") and words[-1].rstrip(".") in NAME_OPENERS


def closes_sentence(text: str) -> bool:
    """The text ends a sentence: in one of ``SENTENCE_ENDS``, not on a title set before a name
    (``… with Ms.``: its stop ends no sentence, the name was wrapped to the next line)."""
    return text.rstrip()[-1:] in SENTENCE_ENDS and not ends_in_name_opener(text)


def titled_name(text: str) -> bool:
    """The text opens with an English title before a capitalised word (``Mr Hoang Van Nam``,
    ``Ms. Luong Thu Ha``): a name as English prints it (Vietnamese writes ``Ông``, ``Bà``)."""
    words = text.split()
    return len(words) >= 2 and words[0].rstrip(".") in TITLES and words[1][:1].isupper()

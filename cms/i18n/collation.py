"""Danish alphabetical order: ... X, Y, Z, Æ, Ø, Å, with "aa" sorting as "å".

PostgreSQL sorts with its ICU collation ``da-x-icu``. SQLite has no ICU, so a
Python collation that follows the same rules is registered on every SQLite
connection. ``DanishCollate`` picks the right one for the database at hand.
"""

import functools
import unicodedata

from django.db.models import F
from django.db.models.functions import Collate

POSTGRESQL_COLLATION = "da-x-icu"
SQLITE_COLLATION = "danish"

DANISH_ALPHABET = "abcdefghijklmnopqrstuvwxyzæøå"
_LETTER_RANK = {letter: rank for rank, letter in enumerate(DANISH_ALPHABET)}

# Letters that Danish sorts as another letter, with a secondary weight that
# puts them after it: "ä" after "æ", "ö" after "ø", "ü" as "y", as ICU does.
_FOLDED_LETTERS = {
    "ä": ("æ", 1),
    "ö": ("ø", 1),
    "ü": ("y", 1),
    "ð": ("d", 1),
    "þ": ("th", 1),
    "ß": ("ss", 1),
}

# Character classes in ICU's order: spaces and punctuation, digits, letters.
_PUNCTUATION, _DIGIT, _LETTER, _OTHER_LETTER = range(4)


def _collation_elements(text):
    """Yield (primary, secondary, tertiary) weights for each collation element of ``text``."""
    index = 0
    while index < len(text):
        pair = text[index : index + 2]

        # "aa" is one element that sorts as "å" (Aalborg after Ø), just after
        # "å" itself when the two otherwise tie.
        if pair.lower() == "aa":
            if pair == "AA":
                case = 0
            elif pair[0] == "A":
                case = 1
            else:
                case = 2
            yield (_LETTER, _LETTER_RANK["å"]), 0, (case, 1)
            index += 2
            continue

        char = text[index]
        index += 1
        lower = char.lower()
        case = 0 if char != lower else 2

        if lower in _LETTER_RANK:
            yield (_LETTER, _LETTER_RANK[lower]), 0, (case, 0)
            continue
        if lower in _FOLDED_LETTERS:
            letters, secondary = _FOLDED_LETTERS[lower]
            for letter in letters:
                yield (_LETTER, _LETTER_RANK[letter]), secondary, (case, 0)
            continue

        # Accented Latin letters sort as their base letter, after it (é after e).
        decomposed = unicodedata.normalize("NFD", lower)
        base, marks = decomposed[0], decomposed[1:]
        secondary = sum(ord(mark) for mark in marks)
        if base in _LETTER_RANK:
            yield (_LETTER, _LETTER_RANK[base]), secondary, (case, 0)
        elif base.isdigit():
            yield (_DIGIT, unicodedata.digit(base, 0)), secondary, (case, 0)
        elif base.isalpha():
            yield (_OTHER_LETTER, ord(base)), secondary, (case, 0)
        else:
            yield (_PUNCTUATION, ord(base)), secondary, (case, 0)


@functools.lru_cache(maxsize=4096)
def danish_sort_key(text):
    """Return a sort key that orders strings as Danish dictionaries and ICU ``da`` do.

    Letters compare first, then accents, then case (upper case first) and
    "å" before "aa"; the text itself breaks any remaining tie.
    """
    elements = list(_collation_elements(text or ""))
    return (
        [primary for primary, _, _ in elements],
        [secondary for _, secondary, _ in elements],
        [tertiary for _, _, tertiary in elements],
        text or "",
    )


def compare_danish(first, second):
    """Compare two strings in Danish order, as an SQLite collation callable does."""
    first_key, second_key = danish_sort_key(first), danish_sort_key(second)
    return (first_key > second_key) - (first_key < second_key)


def register_sqlite_collation(sender, connection, **kwargs):
    """Register the ``danish`` collation on a new SQLite connection (a ``connection_created`` receiver)."""
    if connection.vendor == "sqlite":
        connection.connection.create_collation(SQLITE_COLLATION, compare_danish)


class DanishCollate(Collate):
    """An expression collated in Danish order on PostgreSQL and SQLite.

    Other databases get the PostgreSQL collation name and fail loudly.
    """

    def __init__(self, expression):
        super().__init__(expression, POSTGRESQL_COLLATION)

    def as_sqlite(self, compiler, connection, **extra_context):
        extra_context["collation"] = connection.ops.quote_name(SQLITE_COLLATION)
        return super().as_sql(compiler, connection, **extra_context)


def danish_order(field="title", descending=False):
    """Return an ``order_by()`` term that sorts ``field`` in Danish order."""
    collated = DanishCollate(F(field))
    return collated.desc() if descending else collated.asc()


def danish_title_order(queryset, field="title", descending=False):
    """Order ``queryset`` by ``field`` in Danish alphabetical order, with the primary key breaking ties."""
    return queryset.order_by(danish_order(field, descending), "-pk" if descending else "pk")

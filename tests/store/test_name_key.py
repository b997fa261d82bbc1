"""`name_key` folds a name part by part: the same key as folding the whole name."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from workstation.domain.text import fold
from workstation.store.mapping import name_key

# letters that fold into each other (Azerbaijani, Cyrillic, ASCII spellings), digraphs,
# apostrophes, combining marks, spaces and punctuation
_ALPHABET = "abcdeghiklmnoprstuvxyzəğıöşüçCHSHZKGƏĞIİÖŞÜÇ ахгжчшщъьэюяАХЧШ'`’ʼ-.\u0301\u0308 "
_PART = st.text(alphabet=_ALPHABET, max_size=14)


def _whole(surname: str, given_names: str, patronymic: str) -> str:
    return " ".join(fold(" ".join(p for p in (surname, given_names, patronymic) if p)).split())


@settings(max_examples=400, deadline=None)
@given(_PART, _PART, _PART)
@example("Məmmədov", "Gülnarə", "Əli qızı")
@example("d'", "Artagnan", "")
@example("Shah", "-", "kh")
@example("x", "\u0301", "Ch")
def test_part_by_part_is_the_whole_names_fold(s: str, g: str, p: str) -> None:
    assert name_key(s, g, p) == _whole(s, g, p)

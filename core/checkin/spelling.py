"""One-typo tolerance for the name search: a deletion index over the words of the full-text index.

Two words are within one edit (a wrong, missing, extra or swapped letter) when deleting at most one letter
from each gives the same string (the SymSpell idea). The index maps each word and each of its one-letter
deletions to the word, so a query word finds its neighbours in a few dictionary look-ups.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MIN_TYPO_LENGTH = 4  # shorter words have too many neighbours to be useful
_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """Lower case without diacritics, the way the FTS5 tokenizer (remove_diacritics 2) sees words."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


class SpellingIndex:
    def __init__(self, vocabulary: Iterable[str]) -> None:
        self._index: dict[str, list[str]] = {}
        for word in vocabulary:
            self.add(word)

    def add(self, word: str) -> None:
        """One more word of the vocabulary (once: a word added twice would be found twice)."""
        if len(word) < MIN_TYPO_LENGTH - 1:
            return
        for key in {word} | _deletions(word):
            self._index.setdefault(key, []).append(word)

    def neighbours(self, word: str, limit: int = 12) -> list[str]:
        """Words of the index at most one edit away from word (word itself excluded)."""
        if len(word) < MIN_TYPO_LENGTH:
            return []
        found: dict[str, None] = {}
        for key in [word, *sorted(_deletions(word))]:
            for candidate in self._index.get(key, ()):
                if candidate != word and abs(len(candidate) - len(word)) <= 1:
                    found[candidate] = None
        return list(found)[:limit]

"""French typography for every document Envol writes (PDF, exports, calendar texts): one place, one style.

- a non-breaking space before « : ; ! ? » and inside « guillemets » (never a line break between a word and its
  punctuation). The no-break space U+00A0, not the narrow U+202F: ReportLab breaks lines at U+202F;
- typographic apostrophes (’);
- one time format: « 9 h 30 », « 14 h », ranges « 9 h 30 – 10 h 30 » that never break before the dash;
- one inclusive style: the middle dot (« participant·e », « enregistré·e »), never « (e) » nor « .e ».

The functions are pure and idempotent: applying them twice changes nothing. URLs, e-mail addresses and times
written « 14:00 » are left as they are by `french()` (a colon between two digits or after « http » is no
punctuation).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

NBSP = "\u00a0"  # before « : », inside « », between a number and its unit
NNBSP = "\u202f"  # narrow no-break space: read back as a space by plain(), never written (see above)
APOSTROPHE = "\u2019"
DASH = "\u2013"

DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")

_SPACES = "[ \u00a0\u202f\u2009]"
_BEFORE_COLON = re.compile(rf"(?<=\S){_SPACES}*:(?=\s|$)")
_BEFORE_OTHERS = re.compile(rf"(?<=[^\s!?;]){_SPACES}*([;!?])(?=\s|$|[»)\]])")
_OPEN_QUOTE = re.compile(rf"«{_SPACES}*")
_CLOSE_QUOTE = re.compile(rf"{_SPACES}*»")
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_INCLUSIVE = re.compile(r"(\w)\((e|es|ne|nes|le|les|se|ses|rice|rices)\)", re.IGNORECASE)


def french(text: str | None) -> str:
    """The text with French punctuation spacing, apostrophes and the middle-dot inclusive style."""
    if not text:
        return ""
    out = _APOSTROPHE.sub(APOSTROPHE, text)
    out = _BEFORE_COLON.sub(NBSP + ":", out)
    out = _BEFORE_OTHERS.sub(lambda m: NBSP + m.group(1), out)
    out = _OPEN_QUOTE.sub("«" + NBSP, out)
    out = _CLOSE_QUOTE.sub(NBSP + "»", out)
    return _INCLUSIVE.sub(lambda m: f"{m.group(1)}·{m.group(2)}", out)


def quoted(text: str) -> str:
    """« text » with non-breaking spaces inside the guillemets."""
    return f"«{NBSP}{text}{NBSP}»"


def hour(moment: datetime | time) -> str:
    """« 9 h 30 », « 14 h »: the hour without a leading zero, the minutes only when there are some."""
    return f"{moment.hour}{NBSP}h" + (f"{NBSP}{moment.minute:02d}" if moment.minute else "")


def hours(start: datetime | time, end: datetime | time) -> str:
    """« 9 h 30 – 10 h 30 »: a line may break after the dash, never before it."""
    return f"{hour(start)}{NBSP}{DASH} {hour(end)}"


def duration(minutes: int) -> str:
    """« 45 min », « 3 h », « 4 h 30 »."""
    whole, rest = divmod(max(0, minutes), 60)
    if not whole:
        return f"{rest}{NBSP}min"
    return f"{whole}{NBSP}h{NBSP}{rest:02d}" if rest else f"{whole}{NBSP}h"


def decimal(value: float, digits: int = 1) -> str:
    """« 0,4 », « 1 234,5 »: a decimal comma, thousands grouped by no-break spaces."""
    return f"{value:,.{digits}f}".replace(",", NBSP).replace(".", ",")


def percent(value: float, digits: int = 1) -> str:
    """« 0,4 % » (value already in percent): a no-break space before the sign, never a line break there."""
    return f"{decimal(value, digits)}{NBSP}%"


def seconds(value: float) -> str:
    """« 1,2 s »."""
    return f"{decimal(value, 1)}{NBSP}s"


_UNITS = ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
          "treize", "quatorze", "quinze", "seize")
_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def number_words(n: int) -> str:
    """0–999 in French words (1990 spelling: hyphens everywhere), enough for hours and minutes."""
    if n < 0 or n > 999:
        return str(n)
    if n <= 16:
        return _UNITS[n]
    if n < 20:
        return f"dix-{_UNITS[n - 10]}"
    if n < 100:
        if n < 70:
            tens, unit = divmod(n, 10)
            word = _TENS[tens * 10]
            if unit == 0:
                return word
            return f"{word}-et-un" if unit == 1 else f"{word}-{_UNITS[unit]}"
        if n < 80:
            return "soixante-et-onze" if n == 71 else f"soixante-{number_words(n - 60)}"
        if n == 80:
            return "quatre-vingts"
        return f"quatre-vingt-{number_words(n - 80)}"
    hundreds, rest = divmod(n, 100)
    head = "cent" if hundreds == 1 else f"{_UNITS[hundreds]}-cent{'s' if not rest else ''}"
    return head if not rest else f"{head}-{number_words(rest)}"


def duration_words(minutes: int) -> str:
    """« quatre heures trente minutes », « une heure », « quarante-cinq minutes »."""
    whole, rest = divmod(max(0, minutes), 60)
    parts = []
    if whole:
        parts.append("une heure" if whole == 1 else f"{number_words(whole)} heures")
    if rest or not whole:
        parts.append("une minute" if rest == 1 else f"{number_words(rest)} minutes")
    return " ".join(parts)


def long_date(day: date, *, weekday: bool = True) -> str:
    """« vendredi 13 novembre 2026 », « 1er décembre 2026 » (machine locale never used)."""
    text = f"{'1er' if day.day == 1 else day.day}{NBSP}{MONTHS[day.month - 1]} {day.year}"
    return f"{DAYS[day.weekday()]} {text}" if weekday else text


def short_date(day: date) -> str:
    """« 13/11/2026 »."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def at_place(name: str) -> str:
    """« à l’Espace Jacques Prévert », « au Centre social », « aux Ateliers », « à la Maison de l’ESS »."""
    name = name.strip()
    lowered = name.casefold()
    for article, contracted in (("le ", "au "), ("les ", "aux ")):
        if lowered.startswith(article):
            return contracted + name[len(article):]
    if lowered.startswith(("la ", "l'", "l’")):
        return f"à {name[0].lower()}{name[1:]}"
    for word, contracted in _PLACE_NOUNS.items():
        if lowered.startswith(word + " ") or lowered == word:
            return contracted + name
    return f"à {name}"


# Common nouns that start a venue's name: the article French puts before them (« à l’Espace … », « au Centre … »).
_PLACE_NOUNS = {
    "espace": "à l’", "hôtel": "à l’", "hotel": "à l’", "auditorium": "à l’", "atelier": "à l’",
    "école": "à l’", "ecole": "à l’", "église": "à l’", "usine": "à l’", "amphithéâtre": "à l’",
    "centre": "au ", "théâtre": "au ", "theatre": "au ", "gymnase": "au ", "pôle": "au ", "pole": "au ",
    "tiers-lieu": "au ", "conservatoire": "au ", "complexe": "au ", "foyer": "au ", "local": "au ",
    "cinéma": "au ", "château": "au ", "parc": "au ", "palais": "au ", "salon": "au ", "lycée": "au ",
    "collège": "au ", "forum": "au ", "campus": "au ",
    "maison": "à la ", "salle": "à la ", "médiathèque": "à la ", "mediatheque": "à la ", "mairie": "à la ",
    "halle": "à la ", "bibliothèque": "à la ", "ferme": "à la ", "friche": "à la ", "cité": "à la ",
    "ressourcerie": "à la ", "recyclerie": "à la ", "régie": "à la ", "chambre": "à la ", "fabrique": "à la ",
    "bourse": "à la ", "cuisine": "à la ", "péniche": "à la ",
}


def plain(text: str) -> str:
    """The text with ordinary spaces and apostrophes (to compare or search what a document says)."""
    return text.replace(NBSP, " ").replace(NNBSP, " ").replace(APOSTROPHE, "'")


_ELIDABLE = re.compile(r"\b([Dd]e|[Qq]ue|[Jj]usque) (\{(\w*)\})")
_VOWELS = "aeiouàâäéèêëîïôöùûüœæ"


def _starts_with_vowel_sound(word: str) -> bool:
    """« Éric », « Amandine », « Yves » (y before a consonant): not « Yannick », nor h (« de Hugo » is right too)."""
    word = word.lstrip(" «\"'(")
    if not word:
        return False
    first = word[0].casefold()
    if first == "y":
        return len(word) > 1 and word[1].casefold().isalpha() and word[1].casefold() not in _VOWELS
    return first in _VOWELS


def fill(template: str, *args: object, **kwargs: object) -> str:
    """template.format(*args, **kwargs), with « de », « que », « jusque » elided before a value that starts with a
    vowel: « Badge de {0} » gives « Badge de Marie » but « Badge d’Éric ». Only where the template itself writes
    « de {…} » (an English template has none; a particle inside a name, « Jean de Oliveira », is left alone)."""
    def elide(match: re.Match[str]) -> str:
        key = match.group(3)
        if key == "":  # « {} »: numbered by its place among all the fields; templates here number theirs
            value = None
        elif key.isdigit():
            value = args[int(key)] if int(key) < len(args) else None
        else:
            value = kwargs.get(key)
        if value is None or not _starts_with_vowel_sound(str(value)):
            return match.group(0)
        return match.group(1)[:-1] + APOSTROPHE + match.group(2)

    return _ELIDABLE.sub(elide, template).format(*args, **kwargs)

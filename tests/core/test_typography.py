"""One typography for every document: French spacing, apostrophes, times, durations, dates, articles."""

from __future__ import annotations

from datetime import date, time

from core.typography import (
    NBSP,
    at_place,
    duration,
    duration_words,
    french,
    hour,
    hours,
    long_date,
    number_words,
    plain,
    quoted,
)


def test_french_punctuation_spacing_apostrophes_and_inclusive_style() -> None:
    text = french("Quoi? L'ESS: « Bonjour » ; oui ! attendu(e) sur https://exemple.fr/a?b=1 à 14:00")
    assert text == (f"Quoi{NBSP}? L’ESS{NBSP}: «{NBSP}Bonjour{NBSP}»{NBSP}; oui{NBSP}! attendu·e sur "
                    "https://exemple.fr/a?b=1 à 14:00")
    assert french(text) == text  # idempotent
    assert plain(text).startswith("Quoi ? L'ESS : « Bonjour »")
    assert french(None) == "" and quoted("x") == f"«{NBSP}x{NBSP}»"


def test_one_time_format_and_durations_in_figures_and_words() -> None:
    assert plain(hour(time(9, 30))) == "9 h 30" and plain(hour(time(14, 0))) == "14 h"
    assert plain(hours(time(9, 30), time(10, 30))) == "9 h 30 – 10 h 30"
    assert f"{NBSP}–" in hours(time(9), time(10))  # never breaks before the dash
    assert [plain(duration(m)) for m in (45, 60, 270, 0)] == ["45 min", "1 h", "4 h 30", "0 min"]
    assert duration_words(270) == "quatre heures trente minutes"
    assert duration_words(60) == "une heure" and duration_words(45) == "quarante-cinq minutes"
    assert [number_words(n) for n in (21, 71, 80, 91, 99, 200)] == [
        "vingt-et-un", "soixante-et-onze", "quatre-vingts", "quatre-vingt-onze", "quatre-vingt-dix-neuf",
        "deux-cents"]


def test_dates_and_places_with_their_articles() -> None:
    assert plain(long_date(date(2026, 11, 13))) == "vendredi 13 novembre 2026"
    assert plain(long_date(date(2026, 12, 1), weekday=False)) == "1er décembre 2026"
    assert at_place("Espace Jacques Prévert") == "à l’Espace Jacques Prévert"
    assert at_place("Le Pôle ESS") == "au Pôle ESS" and at_place("Les Ateliers") == "aux Ateliers"
    assert at_place("Maison de l'ESS") == "à la Maison de l'ESS" and at_place("Centre social") == "au Centre social"
    assert at_place("La Fabrique") == "à la Fabrique" and at_place("Aulnay-sous-Bois") == "à Aulnay-sous-Bois"


def test_figures_take_a_decimal_comma_and_a_no_break_space_before_the_unit() -> None:
    from core.typography import NBSP, decimal, percent, seconds

    assert percent(0.4) == f"0,4{NBSP}%"
    assert decimal(1234.56, 2) == f"1{NBSP}234,56"
    assert seconds(3.2) == f"3,2{NBSP}s"


def test_fill_elides_de_and_que_before_a_vowel() -> None:
    from core.typography import fill

    assert fill("Badge de {0} : {1}.", "Éric Martin", "imprimé") == "Badge d’Éric Martin : imprimé."
    assert fill("Badge de {0} : {1}.", "Marie Curie", "imprimé") == "Badge de Marie Curie : imprimé."
    assert fill("Entrée de {0} annulée.", "amandine Roy") == "Entrée d’amandine Roy annulée."
    assert fill("Ce que {0} peut apporter", "Yves Petit") == "Ce qu’Yves Petit peut apporter"
    assert fill("Ce que {0} peut apporter", "Yannick Petit") == "Ce que Yannick Petit peut apporter"
    assert fill("Nouveau besoin de {0}", "Hugo") == "Nouveau besoin de Hugo"  # h: « de » is right too
    assert fill("même nom que {value} mais", value="Odile") == "même nom qu’Odile mais"
    assert fill("De {0} à {1}", "Agnès", "Éric") == "D’Agnès à Éric"
    assert fill("Badge de {0}", "Jean de Oliveira") == "Badge de Jean de Oliveira"  # a particle is the name's
    assert fill("{0}'s badge: {1}.", "Éric", "printed") == "Éric's badge: printed."  # English: nothing to elide

"""Words of an attestation check, shared by `envol print verify` and the Impressions page.

Free of Qt: QT_TRANSLATE_NOOP is desktop.messages' marker, and `translate` is Qt's QCoreApplication.translate in
the window, absent (French) on the command line. Dates, hours and durations are written as the attestation
writes them (in French), so that the answer reads side by side with the paper.
"""

from __future__ import annotations

from collections.abc import Callable

from core.services.attestation_check import AttestationCheck, Verdict
from desktop.messages import QT_TRANSLATE_NOOP
from printing.certificates import dates_text, place_text, session_line, total_text
from printing.common import french_date

Translate = Callable[[str, str], str]

VERDICTS = {
    Verdict.VALID: QT_TRANSLATE_NOOP(
        "attestation", "Attestation authentique. Voici ce qu'elle atteste : comparez avec le document présenté."),
    Verdict.NO_PRESENCE: QT_TRANSLATE_NOOP(
        "attestation", "Attestation non valable : ce code est celui d'une inscription de cet espace de travail, "
        "mais aucune présence n'y est (plus) enregistrée."),
    Verdict.UNKNOWN: QT_TRANSLATE_NOOP(
        "attestation", "Aucune attestation de cet espace de travail n'a ce code : le document n'a pas été "
        "délivré ici, ou son code a été modifié."),
    Verdict.UNREADABLE: QT_TRANSLATE_NOOP(
        "attestation", "Ce n'est pas un code de vérification : il compte 10 caractères, par exemple ABCDE-FGH23."),
}
CODE = QT_TRANSLATE_NOOP("attestation", "Code : {0}")
EVENT = QT_TRANSLATE_NOOP("attestation", "Événement : {0}")
PERSON = QT_TRANSLATE_NOOP("attestation", "Personne : {0}")
STRUCTURE = QT_TRANSLATE_NOOP("attestation", "Structure : {0}")
ONE_SESSION = QT_TRANSLATE_NOOP("attestation", "Attestation pour la session : {0}")
DATES = QT_TRANSLATE_NOOP("attestation", "Présence : {0}")
SESSIONS = QT_TRANSLATE_NOOP("attestation", "Sessions suivies :")
AT_THE_DESK = QT_TRANSLATE_NOOP("attestation", "Présence enregistrée à l'accueil (aucune session).")
TOTAL = QT_TRANSLATE_NOOP("attestation", "Durée totale : {0}")
ISSUED = QT_TRANSLATE_NOOP("attestation", "Émise le {0}")
NOT_LOGGED = QT_TRANSLATE_NOOP("attestation", "Émission non enregistrée dans le journal des impressions.")


def _french(_context: str, text: str) -> str:
    return text


def describe_check(check: AttestationCheck, translate: Translate | None = None) -> list[str]:
    """The verdict, then what the real attestation states, one line each."""
    say = translate or _french  # not named `tr`: lupdate would take say("attestation", …) for a text

    def line(template: str, value: str) -> str:
        return say("attestation", template).format(value)

    lines = [say("attestation", VERDICTS[check.verdict])]
    if check.code is not None and check.verdict != Verdict.UNREADABLE:
        lines.append(line(CODE, check.code))
    if check.verdict in (Verdict.UNKNOWN, Verdict.UNREADABLE):
        return lines
    lines.append(line(EVENT, check.event_name or ""))
    lines.append(line(PERSON, f"{check.first_name} {check.last_name}"))
    if check.organisation:
        lines.append(line(STRUCTURE, check.organisation))
    if check.session_title:
        lines.append(line(ONE_SESSION, check.session_title))
    cert = check.certificate
    if cert is not None:
        lines.append(line(DATES, dates_text(cert) + (f" {place_text(cert)}" if cert.venue else "")))
        if cert.sessions:
            lines.append(say("attestation", SESSIONS))
            lines += [f"  • {session_line(s)}" for s in cert.sessions]
            lines.append(line(TOTAL, total_text(cert)))
        else:
            lines.append(say("attestation", AT_THE_DESK))
    if check.issued:
        lines.append(line(ISSUED, " ; ".join(f"{french_date(t.date())} à {t:%H:%M}" for t in check.issued)))
    else:
        lines.append(say("attestation", NOT_LOGGED))
    return lines

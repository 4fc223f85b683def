"""The page's sentences about a plan, a re-plan and an import (French source, translated in context "meetings")."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from core import typography
from core.meetings.plan import PlanReport
from core.meetings.read import Overview
from core.meetings.replan import ReplanReport
from core.meetings.requests import ImportReport
from printing.meetings import hhmm

REASONS = {
    "no_common_slot": QT_TRANSLATE_NOOP("meetings", "pas de créneau commun"),
    "person_full": QT_TRANSLATE_NOOP("meetings", "maximum de rendez-vous atteint"),
    "partners_busy": QT_TRANSLATE_NOOP("meetings", "l'un ou l'autre déjà pris à chaque créneau commun"),
    "no_table": QT_TRANSLATE_NOOP("meetings", "plus de table libre"),
    "not_chosen": QT_TRANSLATE_NOOP("meetings", "écartée dans le temps de calcul"),
}
PROBLEMS = {
    "meetings_unknown_person": QT_TRANSLATE_NOOP("meetings", "ligne {0} : personne inconnue ({1})"),
    "meetings_self_request": QT_TRANSLATE_NOOP("meetings", "ligne {0} : une personne se demande elle-même ({1})"),
    "meetings_bad_priority": QT_TRANSLATE_NOOP("meetings", "ligne {0} : priorité 1, 2 ou 3 attendue ({1})"),
}


class meetings:  # noqa: N801 - lupdate takes the receiver's name for the context: "meetings"
    """Texts with plural forms: lupdate reads `meetings.tr(text, "", n)` as a numerus message (it does not for
    QCoreApplication.translate with a count)."""

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        return QCoreApplication.translate("meetings", text, disambiguation, n)


def _t(text: str) -> str:
    return QCoreApplication.translate("meetings", text)


def _french() -> bool:
    return QLocale().language() == QLocale.Language.French


def percent(value: float) -> str:
    """« 0,4 % » in French (core.typography), « 0.4% » in English."""
    return typography.percent(value) if _french() else f"{value:.1f}%"


def seconds(value: float) -> str:
    return typography.seconds(value) if _french() else f"{value:.1f} s"


def plan_summary(report: PlanReport, view: Overview | None) -> str:
    gap = QCoreApplication.translate("meetings", "optimal") if report.optimal else QCoreApplication.translate("meetings", "à {0} au plus du meilleur plan possible").format(
        percent(100 * report.gap))
    text = QCoreApplication.translate("meetings", "{0} rendez-vous placés ({1} conservés), {2} ; {3} trous dans les parcours ; calcul {4}.").format(
        report.placed, report.kept, gap, report.gaps, seconds(report.seconds))
    if report.unplaced:
        counts = Counter(u.reason.value for u in report.unplaced)
        why = ", ".join(f"{n} : {_t(REASONS[reason])}" for reason, n in counts.most_common())
        unplaced = meetings.tr("%n demande(s) non placée(s) — {0}.", "", len(report.unplaced))
        text += "\n" + unplaced.format(why)
    return text


def replan_summary(report: ReplanReport) -> str:
    lines = [QCoreApplication.translate("meetings", "Créneau {0} ({1}) : {2} rendez-vous libérés, {3} remplacements proposés.").format(
        report.slot_number, hhmm(report.starts_at), len(report.freed), len(report.replacements))]
    for r in report.replacements:
        lines.append(QCoreApplication.translate("meetings", "Table {0} : {1} rencontre {2}").format(
            r.table_number, r.partner.structure or r.partner.name, r.new.structure or r.new.name))
    if report.left_alone:
        lines.append(QCoreApplication.translate("meetings", "Sans remplaçant disponible : {0}").format(
            ", ".join(w.structure or w.name for w in report.left_alone)))
    return "\n".join(lines)


def import_summary(report: ImportReport) -> str:
    added = meetings.tr("%n demande(s) ajoutée(s)", "", report.created)
    updated = meetings.tr("%n mise(s) à jour.", "", report.updated)
    text = f"{added}, {updated}"
    if report.problems:
        text += " " + "; ".join(_t(PROBLEMS.get(p.code, "ligne {0} : {1}")).format(p.row, p.detail)
                                for p in report.problems[:10])
    if report.over_asked:
        text += " " + QCoreApplication.translate("meetings", "{0} participants demandent plus de rendez-vous qu'il n'y a de créneaux.").format(
            len(report.over_asked))
    return text

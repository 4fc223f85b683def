"""Words for the stable error codes, in French (the source language); Qt translates them for English.

Kept free of Qt so the command line can use it headless: QT_TRANSLATE_NOOP is only a marker for lupdate.
Each feature adds its codes to MESSAGES.
"""

from __future__ import annotations

from core.errors import EnvolError


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


MESSAGES: dict[str, str] = {
    "workspace_missing": QT_TRANSLATE_NOOP("messages", "Aucun espace de travail à cet emplacement : {path}"),
    "workspace_not_database": QT_TRANSLATE_NOOP(
        "messages", "Ce fichier n'est pas un espace de travail Envol : {path}. Il n'a pas été modifié."),
    "workspace_corrupt": QT_TRANSLATE_NOOP(
        "messages", "L'espace de travail {path} est endommagé et ne peut pas être lu. Il n'a pas été modifié ; "
        "ouvrez une sauvegarde ou synchronisez un nouveau poste."),
    "workspace_newer": QT_TRANSLATE_NOOP(
        "messages", "L'espace de travail {path} a été écrit par une version plus récente d'Envol. "
        "Mettez Envol à jour pour l'ouvrir ; le fichier n'a pas été modifié."),
    "workspace_locked": QT_TRANSLATE_NOOP(
        "messages", "L'espace de travail {path} est utilisé par un autre programme. "
        "Fermez l'autre fenêtre d'Envol puis réessayez."),
    "not_a_demo": QT_TRANSLATE_NOOP(
        "messages", "{path} est un véritable espace de travail : la démonstration ne le remplace jamais."),
    "empty_name": QT_TRANSLATE_NOOP("messages", "Ce champ ne peut pas être vide ({field})."),
    "name_too_long": QT_TRANSLATE_NOOP("messages", "Ce texte est trop long ({field})."),
    "malformed_email": QT_TRANSLATE_NOOP("messages", "Adresse e-mail invalide : {value}"),
    "malformed_siret": QT_TRANSLATE_NOOP("messages", "Un SIRET comporte 14 chiffres : {value}"),
    "bad_siret_key": QT_TRANSLATE_NOOP("messages", "La clé de contrôle de ce SIRET est fausse : {value}"),
    "malformed_insee": QT_TRANSLATE_NOOP("messages", "Un code INSEE comporte 5 caractères : {value}"),
    "bad_capacity": QT_TRANSLATE_NOOP("messages", "La capacité doit être d'au moins 1 place."),
    "already_registered": QT_TRANSLATE_NOOP("messages", "Cette personne est déjà inscrite à cet événement."),
    "session_of_other_event": QT_TRANSLATE_NOOP("messages", "Cette session appartient à un autre événement."),
    "registration_cancelled": QT_TRANSLATE_NOOP("messages", "Cette inscription est annulée."),
    "no_event": QT_TRANSLATE_NOOP("messages", "Cet espace de travail ne contient encore aucun événement."),
    "event_not_found": QT_TRANSLATE_NOOP("messages", "Événement introuvable."),
    "session_ends_before_start": QT_TRANSLATE_NOOP("messages", "La session se termine avant de commencer."),
    "event_ends_before_start": QT_TRANSLATE_NOOP("messages", "L'événement se termine avant de commencer."),
    # agenda
    "session_not_found": QT_TRANSLATE_NOOP("messages", "Session introuvable : elle a peut-être été supprimée."),
    "room_not_found": QT_TRANSLATE_NOOP("messages", "Salle introuvable."),
    "venue_not_found": QT_TRANSLATE_NOOP("messages", "Lieu introuvable."),
    "naive_time": QT_TRANSLATE_NOOP("messages", "Horaire sans fuseau horaire : indiquez l'heure de l'événement."),
    "malformed_time": QT_TRANSLATE_NOOP("messages", "Horaire illisible : {value} (attendu : HH:MM)."),
    "nonexistent_local_time": QT_TRANSLATE_NOOP(
        "messages", "L'heure {value} n'existe pas : les horloges avancent d'une heure cette nuit-là."),
    "unknown_timezone": QT_TRANSLATE_NOOP("messages", "Fuseau horaire inconnu : {value}"),
    "malformed_url": QT_TRANSLATE_NOOP("messages", "Adresse web invalide (elle commence par https://) : {value}"),
    "session_has_registrations": QT_TRANSLATE_NOOP(
        "messages", "{count} inscription(s) portent sur cette session : annulez-les avant de la supprimer."),
    "event_has_registrations": QT_TRANSLATE_NOOP(
        "messages", "Cet événement a {count} inscription(s) : il ne peut pas être supprimé."),
    "venue_in_use": QT_TRANSLATE_NOOP("messages", "{count} session(s) ont lieu dans ce lieu : déplacez-les d'abord."),
    "room_in_use": QT_TRANSLATE_NOOP("messages", "{count} session(s) ont lieu dans cette salle : déplacez-les d'abord."),
    "event_has_no_session": QT_TRANSLATE_NOOP(
        "messages", "L'événement « {event} » n'a encore aucune session : il n'y a rien à exporter."),
    "bad_capacity_text": QT_TRANSLATE_NOOP("messages", "Capacité illisible : {value} (un nombre de places, ou vide)."),
    # agenda conflicts (core.agenda.conflicts codes)
    "room_double_booked": QT_TRANSLATE_NOOP(
        "messages", "Salle réservée deux fois : {room} accueille « {first} » et « {second} » en même temps."),
    "facilitator_double_booked": QT_TRANSLATE_NOOP(
        "messages", "{facilitator} est attendu(e) à deux endroits : « {first} » et « {second} »."),
    "capacity_below_confirmed": QT_TRANSLATE_NOOP(
        "messages", "« {first} » : {confirmed} inscriptions confirmées pour {capacity} places."),
    "session_outside_event": QT_TRANSLATE_NOOP(
        "messages", "« {first} » a lieu en dehors des dates de l'événement."),
}


def describe(error: EnvolError, translate: object = None) -> str:
    """The sentence for an error; `translate(context, text)` (Qt's) turns it into the interface language."""
    template = MESSAGES.get(error.code)
    if template is None:
        return f"{error.message} [{error.code}]"
    if callable(translate):
        template = translate("messages", template)
    try:
        return template.format(**error.details)
    except (KeyError, IndexError):
        return template

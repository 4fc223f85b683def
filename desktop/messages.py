"""Words for the stable error codes, in French (the source language); Qt translates them for English.

Kept free of Qt so the command line can use it headless: QT_TRANSLATE_NOOP and `messages.tr` are only markers
for lupdate. Each feature adds its codes to MESSAGES.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.errors import EnvolError
from core.typography import fill
from desktop.plural import plural


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


class messages:  # noqa: N801 - lupdate takes the receiver's name for the context: "messages"
    """Marker of a text with plural forms: lupdate reads `messages.tr(text, "", COUNT)` as a numerus message
    (it does not for QT_TRANSLATE_NOOP nor for QCoreApplication.translate with a count)."""

    @staticmethod
    def tr(text: str, _disambiguation: str = "", _n: int = -1) -> str:
        return text


COUNT = 2  # any number: it only tells lupdate that the text has plural forms


MESSAGES: dict[str, str] = {
    "workspace_missing": QT_TRANSLATE_NOOP("messages", "Aucun espace de travail à cet emplacement : {path}"),
    "workspace_not_database": QT_TRANSLATE_NOOP(
        "messages", "Ce fichier n'est pas un espace de travail Envol : {path}. Il n'a pas été modifié."),
    "workspace_empty": QT_TRANSLATE_NOOP(
        "messages", "Le fichier {path} est vide : ce n'est pas un espace de travail Envol. Il n'a pas été modifié "
        "(pour créer un nouvel espace, choisissez un autre nom)."),
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
    # sync
    "hub_bad_url": QT_TRANSLATE_NOOP(
        "messages", "Adresse de serveur invalide : {url} (attendu : postgresql://utilisateur@serveur/base)."),
    "hub_unreachable": QT_TRANSLATE_NOOP(
        "messages", "Le serveur central {url} est injoignable : le poste continue hors ligne, rien n'est perdu. "
        "Vérifiez le réseau ou l'adresse."),
    "hub_auth_failed": QT_TRANSLATE_NOOP(
        "messages", "Le serveur central {url} refuse l'utilisateur ou le mot de passe. Corrigez-les sur la page "
        "Synchronisation."),
    "hub_database_missing": QT_TRANSLATE_NOOP("messages", "La base indiquée n'existe pas sur le serveur {url}."),
    "hub_tls_failed": QT_TRANSLATE_NOOP(
        "messages", "La connexion sécurisée (TLS) au serveur {url} a échoué : vérifiez sslmode et le certificat."),
    "hub_newer": QT_TRANSLATE_NOOP(
        "messages", "Le serveur central {url} a été préparé par une version plus récente d'Envol (schéma {version}). "
        "Mettez Envol à jour sur ce poste ; rien n'a été envoyé."),
    "hub_failed": QT_TRANSLATE_NOOP("messages", "Le serveur central {url} a répondu par une erreur : {detail}"),
    "hub_not_configured": QT_TRANSLATE_NOOP(
        "messages", "Aucun serveur central n'est configuré : indiquez --hub URL ou --bundle FICHIER."),
    "bundle_invalid": QT_TRANSLATE_NOOP(
        "messages", "{path} n'est pas un fichier de synchronisation Envol. Il n'a pas été modifié."),
    "bundle_newer": QT_TRANSLATE_NOOP(
        "messages", "Le fichier {path} a été écrit par une version plus récente d'Envol : mettez Envol à jour. "
        "Il n'a pas été modifié."),
    "bundle_is_workspace": QT_TRANSLATE_NOOP(
        "messages", "{path} est un espace de travail, pas un fichier de synchronisation. Aucun des deux fichiers "
        "n'a été modifié : indiquez un fichier de synchronisation (par exemple envol-sync.db sur la clé USB)."),
    "bundle_damaged": QT_TRANSLATE_NOOP(
        "messages", "Le fichier de synchronisation {path} est endommagé (copie interrompue ?). Aucun des deux "
        "fichiers n'a été modifié : recopiez-le depuis le poste qui l'a écrit."),
    "sync_unique_clash": QT_TRANSLATE_NOOP(
        "messages", "Synchronisation arrêtée : une modification venue d'un autre poste donne à {what} une valeur "
        "qu'une autre ligne de cet espace de travail a déjà. Rien de cette page n'a été appliqué ; transmettez ce "
        "message à l'équipe technique."),
    "review_not_found": QT_TRANSLATE_NOOP("messages", "Ce point a déjà été réglé."),
    "bad_choice": QT_TRANSLATE_NOOP("messages", "Choix invalide."),
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
    "session_has_registrations": messages.tr(
        "%n inscription(s) porte(nt) sur cette session : annulez-les avant de la supprimer.", "", COUNT),
    "event_has_registrations": messages.tr(
        "Cet événement a %n inscription(s) : il ne peut pas être supprimé.", "", COUNT),
    "venue_in_use": messages.tr("%n session(s) a (ont) lieu dans ce lieu : déplacez-les d'abord.", "", COUNT),
    "room_in_use": messages.tr("%n session(s) a (ont) lieu dans cette salle : déplacez-les d'abord.", "", COUNT),
    "event_has_no_session": QT_TRANSLATE_NOOP(
        "messages", "L'événement « {event} » n'a encore aucune session : il n'y a rien à exporter."),
    "bad_capacity_text": QT_TRANSLATE_NOOP("messages", "Capacité illisible : {value} (un nombre de places, ou vide)."),
    # agenda conflicts (core.agenda.conflicts codes)
    "room_double_booked": QT_TRANSLATE_NOOP(
        "messages", "Salle réservée deux fois : {room} accueille « {first} » et « {second} » en même temps."),
    "facilitator_double_booked": QT_TRANSLATE_NOOP(
        "messages", "{facilitator} est attendu·e à deux endroits : « {first} » et « {second} »."),
    "capacity_below_confirmed": messages.tr(
        "« {first} » : {confirmed} inscriptions confirmées pour %n place(s).", "", COUNT),
    "session_outside_event": QT_TRANSLATE_NOOP(
        "messages", "« {first} » a lieu en dehors des dates de l'événement."),
    # printing
    "stock_does_not_fit": QT_TRANSLATE_NOOP(
        "messages", "Les étiquettes de ce support ne tiennent pas sur la page ({stock}) : choisissez un autre support."),
    "unknown_stock": QT_TRANSLATE_NOOP("messages", "Support d'impression inconnu : {stock}. Supports connus : {known}."),
    "offset_too_large": QT_TRANSLATE_NOOP(
        "messages", "Le décalage de l'imprimante ne peut pas dépasser {limit} mm : vérifiez le réglage."),
    "nothing_to_print": QT_TRANSLATE_NOOP("messages", "Personne à imprimer avec ce choix."),
    "no_one_checked_in": QT_TRANSLATE_NOOP(
        "messages", "Personne n'a été accueilli : une attestation n'est délivrée qu'aux personnes présentes."),
    "already_printed": messages.tr(
        "%n badge(s) déjà imprimé(s) : indiquez la raison de la réimpression.", "", COUNT),
    "session_required": QT_TRANSLATE_NOOP("messages", "Choisissez une session ou une demi-journée."),
    "no_session_that_half_day": QT_TRANSLATE_NOOP("messages", "Aucune session cette demi-journée ({day})."),
    "registration_not_found": QT_TRANSLATE_NOOP("messages", "Inscription introuvable à cet événement."),
    "bad_half_day": QT_TRANSLATE_NOOP(
        "messages", "Demi-journée illisible : {value}. Écrivez par exemple 13/11/2026:matin ou 13/11/2026:après-midi."),
    "bad_day": QT_TRANSLATE_NOOP("messages", "Date illisible : {value}. Écrivez par exemple 13/11/2026."),
    "image_unreadable": QT_TRANSLATE_NOOP(
        "messages", "Image illisible : {what}. Choisissez un fichier PNG ou JPEG."),
    "image_too_large": QT_TRANSLATE_NOOP(
        "messages", "Image trop grande : {what}. Un logo ou une signature tient en moins de {limit} Mo "
        "et 6000 pixels de côté."),
    "too_many_logos": QT_TRANSLATE_NOOP("messages", "{limit} logos de financeurs au plus."),
    # Registrations: import, duplicates, RGPD
    "import_empty_file": QT_TRANSLATE_NOOP("messages", "Le fichier est vide."),
    "import_file_too_big": QT_TRANSLATE_NOOP("messages", "Le fichier est trop volumineux pour être importé."),
    "import_not_table": QT_TRANSLATE_NOOP(
        "messages", "Ce fichier n'est ni un CSV ni un classeur XLSX : {filename}. Exportez-le en CSV ou XLSX."),
    "import_file_missing": QT_TRANSLATE_NOOP("messages", "Fichier introuvable : {filename}."),
    "import_is_folder": QT_TRANSLATE_NOOP(
        "messages", "{filename} est un dossier : indiquez un fichier CSV ou XLSX."),
    "import_file_unreadable": QT_TRANSLATE_NOOP("messages", "Le fichier {filename} ne peut pas être lu."),
    "import_unterminated_quote": QT_TRANSLATE_NOOP(
        "messages", "guillemet ouvert jamais refermé (« {value} ») : ligne refusée, les lignes suivantes sont lues "
        "à part."),
    "import_nul_byte": QT_TRANSLATE_NOOP("messages", "caractère nul dans la ligne (« {value} ») : ligne refusée."),
    "import_unreadable_line": QT_TRANSLATE_NOOP("messages", "ligne illisible : ligne refusée."),
    "import_bad_mapping": QT_TRANSLATE_NOOP("messages", "La correspondance de colonnes enregistrée est illisible."),
    "import_not_applicable": QT_TRANSLATE_NOOP(
        "messages", "L'import comporte des problèmes bloquants : rien n'a été enregistré."),
    "import_missing_column": QT_TRANSLATE_NOOP(
        "messages", "Colonne obligatoire absente : {column}. Indiquez quelle colonne la contient."),
    "import_mapping_mismatch": QT_TRANSLATE_NOOP("messages", "La correspondance ne correspond pas aux colonnes du fichier."),
    "import_malformed_email": QT_TRANSLATE_NOOP("messages", "adresse e-mail invalide « {value} » : ligne refusée."),
    "import_cell_too_long": QT_TRANSLATE_NOOP("messages", "cellule beaucoup trop longue (« {value}… ») : ligne refusée."),
    "import_formula_cell": QT_TRANSLATE_NOOP(
        "messages", "cellule qui ressemble à une formule de tableur (« {value} ») : ligne refusée par sécurité."),
    "import_empty_name": QT_TRANSLATE_NOOP("messages", "nom ou prénom vide : ligne refusée."),
    "import_name_too_long": QT_TRANSLATE_NOOP("messages", "nom trop long : ligne refusée."),
    "import_unknown_session": QT_TRANSLATE_NOOP(
        "messages", "session « {value} » introuvable dans cet événement : gardée comme réponse, sans inscription."),
    "import_ambiguous_session": QT_TRANSLATE_NOOP(
        "messages", "« {value} » désigne plusieurs sessions : gardée comme réponse, sans inscription."),
    "import_bad_date": QT_TRANSLATE_NOOP("messages", "date illisible « {value} » : la date d'import est utilisée."),
    "import_same_person_twice": QT_TRANSLATE_NOOP(
        "messages", "{value} figure déjà plus haut : une seule inscription, les sessions s'ajoutent."),
    "import_close_name": QT_TRANSLATE_NOOP(
        "messages", "même e-mail et nom proche de {value} : même personne, fusion à vérifier dans la liste des doublons."),
    "import_same_name_structure": QT_TRANSLATE_NOOP(
        "messages", "même nom et même structure que {value}, autre e-mail : même personne, fusion à vérifier dans la "
        "liste des doublons."),
    "import_shared_email": QT_TRANSLATE_NOOP(
        "messages", "même e-mail que {value} mais autre nom : deux personnes, listées ensemble dans les doublons."),
    "import_name_contradicted": QT_TRANSLATE_NOOP(
        "messages", "même nom que {value} mais e-mail, téléphone ou billet différent : deux personnes, listées "
        "ensemble dans les doublons."),
    "import_malformed_siret": QT_TRANSLATE_NOOP("messages", "SIRET mal formé « {value} » : ignoré."),
    "import_bad_siret_key": QT_TRANSLATE_NOOP("messages", "SIRET à la clé fausse « {value} » : ignoré."),
    "person_not_found": QT_TRANSLATE_NOOP("messages", "Personne introuvable."),
    "organisation_not_found": QT_TRANSLATE_NOOP("messages", "Structure introuvable."),
    "merge_same_record": QT_TRANSLATE_NOOP("messages", "Une fiche ne peut pas être fusionnée avec elle-même."),
    "retention_not_reached": QT_TRANSLATE_NOOP(
        "messages", "La durée de conservation n'est pas écoulée : purge possible à partir du {until}."),
    "checkin_not_undoable": QT_TRANSLATE_NOOP("messages", "Seule une entrée acceptée peut être annulée."),
    "checkin_already_undone": QT_TRANSLATE_NOOP("messages", "Cette entrée a déjà été annulée."),
    "checkin_not_found": QT_TRANSLATE_NOOP("messages", "Ce passage n'existe pas (ou plus) sur ce poste."),
    "ticket_not_found": QT_TRANSLATE_NOOP("messages", "Ce billet n'existe pas sur ce poste."),
    "device_not_found": QT_TRANSLATE_NOOP("messages", "Ce poste n'a pas d'identité : rouvrez l'espace de travail."),
    "ticket_code_exhausted": QT_TRANSLATE_NOOP("messages", "Aucun code de billet libre n'a été trouvé ; réessayez."),
    # the desk lock
    "pin_too_short": QT_TRANSLATE_NOOP("messages", "Le code PIN doit comporter au moins {minimum} chiffres."),
    "pin_wrong": QT_TRANSLATE_NOOP("messages", "Code PIN incorrect : l'accueil reste verrouillé."),
    "pin_wrong_wait": messages.tr(
        "Code PIN incorrect. Trop d'essais : attendez %n seconde(s) avant le prochain.", "", COUNT),
    "pin_wait": messages.tr(
        "Trop d'essais : attendez encore %n seconde(s) avant de saisir le code PIN.", "", COUNT),
    # the atelier d'échanges
    "exchange_empty": QT_TRANSLATE_NOOP("messages", "Rien n'a été saisi : écrivez le besoin ou l'offre."),
    "exchange_duplicate": QT_TRANSLATE_NOOP("messages", "C'est déjà noté : « {title} »."),
    "unknown_category": QT_TRANSLATE_NOOP("messages", "Catégorie inconnue : {value}"),
    "category_exists": QT_TRANSLATE_NOOP(
        "messages", "La catégorie « {label} » existe déjà : renommez-la ou rétablissez-la plutôt."),
    "bad_category_code": QT_TRANSLATE_NOOP(
        "messages", "Code de catégorie invalide : {value} (lettres minuscules sans accent, chiffres et _)."),
    "offer_to_own_need": QT_TRANSLATE_NOOP("messages", "Une personne ne répond pas à son propre besoin."),
    "need_not_found": QT_TRANSLATE_NOOP("messages", "Ce besoin n'existe plus (il a peut-être été retiré)."),
    "offer_not_found": QT_TRANSLATE_NOOP("messages", "Cette offre n'existe plus (elle a peut-être été retirée)."),
    "follow_up_backwards": QT_TRANSLATE_NOOP(
        "messages", "Le suivi ne revient pas en arrière : choisissez une étape suivante, ou « sans suite »."),
    "follow_up_closed": QT_TRANSLATE_NOOP("messages", "Une coopération née le reste : ce suivi est terminé."),
    "follow_up_future": QT_TRANSLATE_NOOP("messages", "Une étape ne peut pas être datée dans le futur ({day})."),
    "follow_up_before_offer": QT_TRANSLATE_NOOP(
        "messages", "Une étape ne peut pas être datée d'avant l'offre ({day})."),
    # Business meetings (core.meetings)
    "meetings_no_programme": QT_TRANSLATE_NOOP("messages", "Cet événement n'a pas encore de rendez-vous d'affaires."),
    "meetings_no_sessions": QT_TRANSLATE_NOOP(
        "messages", "Cet événement n'a pas de session « Rendez-vous » dans l'agenda : créez-en une d'abord."),
    "meetings_no_tables": QT_TRANSLATE_NOOP("messages", "Aucune table : ajoutez des tables avant de calculer le plan."),
    "meetings_slot_length": QT_TRANSLATE_NOOP("messages", "Un créneau dure 15, 20 ou 30 minutes."),
    "meetings_unknown_category": QT_TRANSLATE_NOOP("messages", "Catégorie inconnue : {category}"),
    "meetings_unknown_slot": QT_TRANSLATE_NOOP("messages", "Ce créneau n'est pas dans le programme."),
    "meetings_bad_maximum": QT_TRANSLATE_NOOP("messages", "Le maximum de rendez-vous est un nombre positif."),
    "unknown_sector": QT_TRANSLATE_NOOP("messages", "Secteur d'activité inconnu : {sector}"),
    "meetings_unknown_person": QT_TRANSLATE_NOOP("messages", "Cette personne ne participe pas aux rendez-vous."),
    "meetings_self_request": QT_TRANSLATE_NOOP("messages", "Une personne ne peut pas demander à se rencontrer."),
    "meetings_bad_priority": QT_TRANSLATE_NOOP("messages", "La priorité est 1, 2 ou 3 (reçu : {priority})."),
    "meetings_request_not_found": QT_TRANSLATE_NOOP("messages", "Cette demande n'existe plus."),
    "meetings_import_columns": QT_TRANSLATE_NOOP(
        "messages", "Le fichier doit avoir une colonne « Demandeur » et une colonne « Destinataire »."),
    "meetings_pinned_table_clash": QT_TRANSLATE_NOOP(
        "messages", "Deux rendez-vous épinglés occupent la même table au même créneau."),
    "meetings_pinned_person_clash": QT_TRANSLATE_NOOP(
        "messages", "Une personne a deux rendez-vous épinglés au même créneau."),
    "meetings_pinned_unknown_table": QT_TRANSLATE_NOOP(
        "messages", "Un rendez-vous épinglé est à une table qui n'est plus dans le programme."),
    "meetings_pinned_over_max": QT_TRANSLATE_NOOP(
        "messages", "Une personne a plus de rendez-vous épinglés ({pinned}) que son maximum ({maximum})."),
    "meetings_solver_failed": QT_TRANSLATE_NOOP("messages", "Le calcul du plan n'a pas abouti ; rien n'a changé."),
    "meetings_slot_not_found": QT_TRANSLATE_NOOP("messages", "Ce créneau n'est pas dans le programme."),
    "meetings_slot_over": QT_TRANSLATE_NOOP(
        "messages", "Ce créneau est terminé : ses rendez-vous ne sont plus replanifiés."),
    "meetings_meeting_not_found": QT_TRANSLATE_NOOP("messages", "Ce rendez-vous n'existe plus."),
    "meetings_unknown_document": QT_TRANSLATE_NOOP("messages", "Document inconnu : {document}"),
}


# Codes whose sentence follows a number: that detail is the text's %n, whose plural forms the catalogues give.
COUNTED = {"session_has_registrations": "count", "event_has_registrations": "count", "venue_in_use": "count",
           "room_in_use": "count", "already_printed": "count", "capacity_below_confirmed": "capacity",
           "pin_wrong_wait": "seconds", "pin_wait": "seconds"}
# Their French forms for the command line, which has no Qt (the window reads the same forms from envol_fr.ts;
# tests/desktop/test_translations.py checks that both agree).
FRENCH_FORMS = {
    "session_has_registrations": (
        "%n inscription porte sur cette session : annulez-la avant de la supprimer.",
        "%n inscriptions portent sur cette session : annulez-les avant de la supprimer."),
    "event_has_registrations": ("Cet événement a %n inscription : il ne peut pas être supprimé.",
                                "Cet événement a %n inscriptions : il ne peut pas être supprimé."),
    "venue_in_use": ("%n session a lieu dans ce lieu : déplacez-la d'abord.",
                     "%n sessions ont lieu dans ce lieu : déplacez-les d'abord."),
    "room_in_use": ("%n session a lieu dans cette salle : déplacez-la d'abord.",
                    "%n sessions ont lieu dans cette salle : déplacez-les d'abord."),
    "already_printed": ("%n badge déjà imprimé : indiquez la raison de la réimpression.",
                        "%n badges déjà imprimés : indiquez la raison de la réimpression."),
    "capacity_below_confirmed": ("« {first} » : {confirmed} inscriptions confirmées pour %n place.",
                                 "« {first} » : {confirmed} inscriptions confirmées pour %n places."),
    "pin_wrong_wait": ("Code PIN incorrect. Trop d'essais : attendez %n seconde avant le prochain.",
                       "Code PIN incorrect. Trop d'essais : attendez %n secondes avant le prochain."),
    "pin_wait": ("Trop d'essais : attendez encore %n seconde avant de saisir le code PIN.",
                 "Trop d'essais : attendez encore %n secondes avant de saisir le code PIN."),
}


def message_text(code: str, details: Mapping[str, Any], translate: object = None) -> str | None:
    """The sentence of a code with its details filled in; `translate` is Qt's (context, text[, comment, n]),
    or None for French without Qt. None when the code has no sentence."""
    template = MESSAGES.get(code)
    if template is None:
        return None
    count_key = COUNTED.get(code)
    count = details.get(count_key) if count_key else None
    if callable(translate):
        text = translate("messages", template) if count is None else translate("messages", template, None, int(count))
    elif count is not None:
        text = plural(int(count), *FRENCH_FORMS[code])
    else:
        text = template
    try:
        return fill(str(text), **details)  # « proche d’Éric »
    except (KeyError, IndexError):
        return str(text)


def describe(error: EnvolError, translate: object = None) -> str:
    """The sentence for an error; `translate(context, text)` (Qt's) turns it into the interface language."""
    text = message_text(error.code, error.details, translate)
    return f"{error.message} [{error.code}]" if text is None else text

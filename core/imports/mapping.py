"""Which column holds what: presets for HelloAsso, Weezevent and a plain spreadsheet, a guess, a saved mapping."""

from __future__ import annotations

import json
from collections.abc import Mapping as MappingABC
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from core.errors import ValidationError
from core.validation import search_key

ADDITIONAL_PREFIX = "champ additionnel"


class Field(StrEnum):
    IGNORE = "ignore"
    ANSWER = "answer"  # kept as a form answer, the column header being the question
    REFERENCE = "source_reference"  # the platform's ticket number or barcode
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    EMAIL = "email"
    PHONE = "phone"
    ORGANISATION = "organisation"
    ORGANISATION_KIND = "organisation_kind"
    COMMUNE = "commune"
    SIRET = "siret"
    POSTCODE = "postcode"  # the structure's postal code: gives its commune when no commune column does
    WEBSITE = "website"  # the structure's website
    SESSIONS = "sessions"
    REGISTERED_AT = "registered_at"
    STATUS = "status"
    AMOUNT = "amount"
    ACCESSIBILITY = "accessibility"
    BUYER_FIRST_NAME = "buyer_first_name"
    BUYER_LAST_NAME = "buyer_last_name"
    BUYER_EMAIL = "buyer_email"


MANDATORY = (Field.FIRST_NAME, Field.LAST_NAME)
# Fields that a mapping may give to one column only.
SINGLE = frozenset(Field) - {Field.IGNORE, Field.ANSWER}


class Preset(StrEnum):
    HELLOASSO = "helloasso"
    WEEZEVENT = "weezevent"
    SHEET = "sheet"


# Normalised header -> field. Shared by all presets; a preset only adds its own specific names.
_COMMON: dict[str, Field] = {
    "prenom": Field.FIRST_NAME, "first name": Field.FIRST_NAME, "firstname": Field.FIRST_NAME,
    "nom": Field.LAST_NAME, "nom de famille": Field.LAST_NAME, "last name": Field.LAST_NAME,
    "email": Field.EMAIL, "e-mail": Field.EMAIL, "mail": Field.EMAIL, "courriel": Field.EMAIL,
    "adresse e-mail": Field.EMAIL, "adresse email": Field.EMAIL,
    "telephone": Field.PHONE, "tel": Field.PHONE, "portable": Field.PHONE, "mobile": Field.PHONE,
    "structure": Field.ORGANISATION, "societe": Field.ORGANISATION, "organisation": Field.ORGANISATION,
    "organisme": Field.ORGANISATION, "entreprise": Field.ORGANISATION, "association": Field.ORGANISATION,
    "type de structure": Field.ORGANISATION_KIND, "type": Field.ORGANISATION_KIND,
    "statut juridique": Field.ORGANISATION_KIND, "forme juridique": Field.ORGANISATION_KIND,
    "commune": Field.COMMUNE, "ville": Field.COMMUNE,
    "siret": Field.SIRET, "n siret": Field.SIRET, "numero siret": Field.SIRET, "n° siret": Field.SIRET,
    "code postal": Field.POSTCODE, "cp": Field.POSTCODE,
    "site web": Field.WEBSITE, "site internet": Field.WEBSITE, "url du site": Field.WEBSITE,
    "atelier": Field.SESSIONS, "ateliers": Field.SESSIONS, "ateliers choisis": Field.SESSIONS,
    "sessions": Field.SESSIONS, "session": Field.SESSIONS,
    "date": Field.REGISTERED_AT, "date d'inscription": Field.REGISTERED_AT, "date commande": Field.REGISTERED_AT,
    "statut": Field.STATUS, "montant": Field.AMOUNT, "montant ttc": Field.AMOUNT,
    "besoins d'accessibilite": Field.ACCESSIBILITY, "accessibilite": Field.ACCESSIBILITY,
    "prenom acheteur": Field.BUYER_FIRST_NAME, "nom acheteur": Field.BUYER_LAST_NAME,
    "email acheteur": Field.BUYER_EMAIL,
}
_PRESETS: dict[Preset, dict[str, Field]] = {
    Preset.HELLOASSO: {
        "numero": Field.REFERENCE, "formule": Field.ANSWER, "campagne": Field.IGNORE,
        "designation": Field.IGNORE, "date": Field.REGISTERED_AT,
    },
    Preset.WEEZEVENT: {
        "code participant": Field.REFERENCE, "code-barres": Field.REFERENCE, "code barre": Field.REFERENCE,
        "prenom participant": Field.FIRST_NAME, "nom participant": Field.LAST_NAME,
        "email participant": Field.EMAIL, "numero de commande": Field.ANSWER, "tarif": Field.ANSWER,
        "groupe de tarif": Field.IGNORE, "canal de vente": Field.IGNORE,
    },
    Preset.SHEET: {},
}
# What forms call a structure's details: "Ville de la structure", "Code postal de l'organisme", "SIRET de
# l'association"… (HelloAsso prefixes them with "Champ additionnel: "). Each word below, followed by one of
# the structure words, names the field.
_STRUCTURE_WORDS = ("structure", "organisme", "organisation", "association", "entreprise", "societe")
_STRUCTURE_FIELDS: dict[str, Field] = {
    "nom": Field.ORGANISATION, "ville": Field.COMMUNE, "commune": Field.COMMUNE,
    "code postal": Field.POSTCODE, "siret": Field.SIRET, "n siret": Field.SIRET, "numero siret": Field.SIRET,
    "type": Field.ORGANISATION_KIND, "nature": Field.ORGANISATION_KIND, "statut": Field.ORGANISATION_KIND,
    "forme juridique": Field.ORGANISATION_KIND, "statut juridique": Field.ORGANISATION_KIND,
    "site web": Field.WEBSITE, "site internet": Field.WEBSITE, "site": Field.WEBSITE, "adresse du site": Field.WEBSITE,
}
for _word, _field in _STRUCTURE_FIELDS.items():
    for _structure in _STRUCTURE_WORDS:
        for _link in ("de la", "de l'", "de l", "du", "de"):
            _COMMON.setdefault(f"{_word} {_link} {_structure}".replace("l' ", "l'"), _field)
    _COMMON.setdefault(f"{_word} structure", _field)

# Headers that tell a platform's export apart.
_SIGNATURES: dict[Preset, tuple[str, ...]] = {
    Preset.WEEZEVENT: ("code participant", "prenom participant", "email participant"),
    Preset.HELLOASSO: ("formule", "campagne", "prenom acheteur"),
}


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """One field per column of the file, in the file's order. Headers are kept to check a saved mapping."""

    headers: tuple[str, ...]
    fields: tuple[Field, ...]
    preset: Preset | None = None

    def column_of(self, field: Field) -> int | None:
        return self.fields.index(field) if field in self.fields else None

    def with_field(self, column: int, field: Field) -> ColumnMapping:
        fields = list(self.fields)
        if field in SINGLE and field in fields:
            fields[fields.index(field)] = Field.IGNORE  # a field moved to another column leaves the first
        fields[column] = field
        return ColumnMapping(self.headers, tuple(fields), self.preset)

    def missing(self) -> tuple[Field, ...]:
        return tuple(f for f in MANDATORY if f not in self.fields)

    def to_json(self) -> str:
        columns = {h: f.value for h, f in zip(self.headers, self.fields, strict=True)}
        return json.dumps({"preset": self.preset.value if self.preset else None, "columns": columns},
                          ensure_ascii=False, indent=2)


def normalise_header(header: str) -> str:
    text = search_key(header).replace("\u2019", "'").strip(" :*")
    return " ".join(text.replace("_", " ").split())


def detect_preset(headers: tuple[str, ...]) -> Preset:
    keys = {normalise_header(h) for h in headers}
    for preset, signature in _SIGNATURES.items():
        if sum(1 for s in signature if s in keys) >= 2:
            return preset
    return Preset.SHEET


def guess_mapping(headers: tuple[str, ...], preset: Preset | None = None) -> ColumnMapping:
    preset = preset or detect_preset(headers)
    table = {**_COMMON, **_PRESETS[preset]}
    fields: list[Field] = []
    for header in headers:
        key = normalise_header(header)
        extra = key.startswith(ADDITIONAL_PREFIX)
        if extra:
            key = key[len(ADDITIONAL_PREFIX):].strip(" :")
        field = table.get(key)
        if field is None:
            field = Field.ANSWER if extra or key else Field.IGNORE
        if field in SINGLE and field in fields:
            field = Field.ANSWER if extra else Field.IGNORE
        fields.append(field)
    return ColumnMapping(tuple(headers), tuple(fields), preset)


def mapping_from_json(text: str, headers: tuple[str, ...]) -> ColumnMapping:
    """A saved mapping applied to this file's headers; columns it does not know are guessed."""
    try:
        data = json.loads(text)
        columns: MappingABC[str, str] = data["columns"]
        preset = Preset(data["preset"]) if data.get("preset") else None
        saved = {normalise_header(h): Field(f) for h, f in columns.items()}
    except (ValueError, KeyError, TypeError) as error:
        raise ValidationError("import_bad_mapping", "the saved mapping cannot be read") from error
    guessed = guess_mapping(headers, preset)
    mapping = guessed
    for column, header in enumerate(headers):
        field = saved.get(normalise_header(header))
        if field is not None:
            mapping = mapping.with_field(column, field)
    return mapping


def load_mapping(path: Path, headers: tuple[str, ...]) -> ColumnMapping:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise ValidationError("import_bad_mapping", "the saved mapping cannot be read") from error
    return mapping_from_json(text, headers)


def is_additional(header: str) -> bool:
    return normalise_header(header).startswith(ADDITIONAL_PREFIX)

"""The domain's tables. Import from here; every table module is loaded so that metadata is complete."""

from core.models.agenda import Audience, Event, EventKind, EventSession, Room, SessionKind, Venue
from core.models.base import Base, Replicated, utcnow
from core.models.categories import Category
from core.models.checkin import CheckIn, CheckInKind, Device, Ticket
from core.models.directory import Organisation, OrganisationKind, Person
from core.models.exchanges import ExchangeNeed, ExchangeOffer, FollowUp, OfferKind
from core.models.meetings import (
    Meeting,
    MeetingFollowUp,
    MeetingOrigin,
    MeetingParticipant,
    MeetingProgramme,
    MeetingRequest,
    MeetingSide,
    MeetingSlot,
    MeetingStatus,
    MeetingTable,
    RequestStatus,
)
from core.models.organiser import IDENTITY_ID, FunderLogo, OrganiserIdentity
from core.models.printing import BadgeRole, PrintedDocument, PrintRecord
from core.models.registration_details import PersonHistory, RegistrationAnswer
from core.models.registrations import Registration, SessionChoice, Source, Status
from core.models.settings import LocalSetting
from core.models.sync import SyncAlias, SyncChange, SyncFoldEnd, SyncHeld, SyncReview, SyncRowState

__all__ = [
    "Audience", "Base", "CheckIn", "CheckInKind", "Device", "Event", "EventKind", "EventSession",
    "LocalSetting", "Organisation", "OrganisationKind", "Person", "PersonHistory", "Registration",
    "RegistrationAnswer", "Replicated", "Room",
    "SessionChoice", "SessionKind", "Source", "Status", "Ticket", "Venue", "utcnow",
]
__all__ += ["BadgeRole", "PrintedDocument", "PrintRecord"]
__all__ += ["SyncAlias", "SyncChange", "SyncFoldEnd", "SyncHeld", "SyncReview", "SyncRowState"]
__all__ += ["Category", "ExchangeNeed", "ExchangeOffer", "FollowUp", "OfferKind"]
__all__ += ["IDENTITY_ID", "FunderLogo", "OrganiserIdentity"]
__all__ += ["MeetingFollowUp", "Meeting", "MeetingOrigin", "MeetingParticipant", "MeetingProgramme", "MeetingRequest",
            "MeetingSide", "MeetingSlot", "MeetingStatus", "MeetingTable", "RequestStatus"]

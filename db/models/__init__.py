"""All tables; importing this package registers every model on Base.metadata."""

from db.models.audit import AuditEntry
from db.models.base import Base, Synced, new_id, utc_now
from db.models.certificate import Certificate, OfficeKey
from db.models.complaint import Complaint, ComplaintEvent
from db.models.counter import Application, QueueEvent, QueueTicket
from db.models.household import (
    BookTerm,
    ChangeRecord,
    Household,
    LandPlot,
    LivestockSnapshot,
    Member,
    SearchKey,
)
from db.models.office import Account, AppSetting, Staff
from db.models.quality import ApplicationCorrection, SurveyAnswer
from db.models.reference import (
    AkimOffice,
    Department,
    District,
    DistrictAkimat,
    FieldCorrection,
    QualityIndicator,
    ReceptionSlot,
    ReferenceFile,
)
from db.models.sequences import ChangeCounter, NumberSeries
from db.models.signoff import OfficeReportSignOff, ReportSignOff
from db.models.sync import SyncConflict, SyncPackage, SyncPeer, SyncRecord, SyncSource

__all__ = [
    "Account",
    "AkimOffice",
    "AppSetting",
    "Application",
    "ApplicationCorrection",
    "AuditEntry",
    "Base",
    "BookTerm",
    "Certificate",
    "ChangeCounter",
    "ChangeRecord",
    "Complaint",
    "ComplaintEvent",
    "Department",
    "District",
    "DistrictAkimat",
    "FieldCorrection",
    "Household",
    "LandPlot",
    "LivestockSnapshot",
    "Member",
    "NumberSeries",
    "OfficeKey",
    "OfficeReportSignOff",
    "QualityIndicator",
    "QueueEvent",
    "QueueTicket",
    "ReceptionSlot",
    "ReferenceFile",
    "ReportSignOff",
    "SearchKey",
    "Staff",
    "SurveyAnswer",
    "SyncConflict",
    "SyncPackage",
    "SyncPeer",
    "SyncRecord",
    "SyncSource",
    "Synced",
    "new_id",
    "utc_now",
]

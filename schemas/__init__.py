"""Event contracts shared by feeders, agents, CLIs and tests.

Every model that travels on a topic lives here, so that producers and consumers agree on
one definition. This package never imports :mod:`streams`.
"""

from schemas.alerts import Alert, AlertEvidence, AlertType, Severity
from schemas.deadletter import DeadLetter
from schemas.events import (
    CompanyRef,
    DealEvent,
    Entity,
    EventType,
    Evidence,
    Extraction,
    Modality,
    Money,
    SourceRef,
)
from schemas.news import NewsItem
from schemas.state import CompanyState, CompanyUpdate, Holding, Leader, Relationship, RevenuePoint, ValuationPoint

__all__ = [
    "Alert",
    "AlertEvidence",
    "AlertType",
    "CompanyRef",
    "CompanyState",
    "CompanyUpdate",
    "DeadLetter",
    "DealEvent",
    "Entity",
    "EventType",
    "Evidence",
    "Extraction",
    "Holding",
    "Leader",
    "Modality",
    "Money",
    "NewsItem",
    "Relationship",
    "RevenuePoint",
    "Severity",
    "SourceRef",
    "ValuationPoint",
]

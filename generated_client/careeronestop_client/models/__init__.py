"""Contains all the data models used in inputs/outputs"""

from .error_message import ErrorMessage
from .occupation_detail_response import OccupationDetailResponse
from .occupation_detail_response_occupation_detail_item import OccupationDetailResponseOccupationDetailItem

__all__ = (
    "ErrorMessage",
    "OccupationDetailResponse",
    "OccupationDetailResponseOccupationDetailItem",
)

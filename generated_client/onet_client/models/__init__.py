"""Contains all the data models used in inputs/outputs"""

from .career_item import CareerItem
from .error import Error
from .get_about_response_200 import GetAboutResponse200
from .list_all_stem_occupations_sort import ListAllStemOccupationsSort
from .occupation_item import OccupationItem
from .page_meta import PageMeta
from .stem_occupation_list import StemOccupationList
from .tags import Tags

__all__ = (
    "CareerItem",
    "Error",
    "GetAboutResponse200",
    "ListAllStemOccupationsSort",
    "OccupationItem",
    "PageMeta",
    "StemOccupationList",
    "Tags",
)

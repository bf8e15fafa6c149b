"""Occupation profiles, occupation search, tools and technology, LMI snapshots, employment patterns,
job description building blocks.

Generated from the spec by scripts/buildlib/facade.py; do not edit. One module per operation, imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.facade import Resource

if TYPE_CHECKING:
    from .get_details import AsyncGetDetails, GetDetails
    from .get_job_description import AsyncGetJobDescription, GetJobDescription
    from .get_lmi import AsyncGetLmi, GetLmi
    from .get_report import AsyncGetReport, GetReport
    from .get_tools_and_technology import AsyncGetToolsAndTechnology, GetToolsAndTechnology
    from .list_by_keyword import AsyncListByKeyword, ListByKeyword
    from .list_by_skills_match import AsyncListBySkillsMatch, ListBySkillsMatch
    from .list_employment_patterns import AsyncListEmploymentPatterns, ListEmploymentPatterns


class OccupationResource(Resource):
    """Occupation profiles, occupation search, tools and technology, LMI snapshots, employment patterns,
    job description building blocks.
    """

    __slots__ = ()

    @property
    def get_details(self) -> GetDetails:
        """Get occupation details."""
        from .get_details import GetDetails

        return GetDetails(self._client)

    @property
    def get_job_description(self) -> GetJobDescription:
        """Get job description building blocks (Job Description Writer)."""
        from .get_job_description import GetJobDescription

        return GetJobDescription(self._client)

    @property
    def get_lmi(self) -> GetLmi:
        """Get labor market information by occupation."""
        from .get_lmi import GetLmi

        return GetLmi(self._client)

    @property
    def get_report(self) -> GetReport:
        """Get occupations report (ranked occupation lists)."""
        from .get_report import GetReport

        return GetReport(self._client)

    @property
    def get_tools_and_technology(self) -> GetToolsAndTechnology:
        """List tools and technology by occupation."""
        from .get_tools_and_technology import GetToolsAndTechnology

        return GetToolsAndTechnology(self._client)

    @property
    def list_by_keyword(self) -> ListByKeyword:
        """List occupations by keyword."""
        from .list_by_keyword import ListByKeyword

        return ListByKeyword(self._client)

    @property
    def list_by_skills_match(self) -> ListBySkillsMatch:
        """List occupations by skills match."""
        from .list_by_skills_match import ListBySkillsMatch

        return ListBySkillsMatch(self._client)

    @property
    def list_employment_patterns(self) -> ListEmploymentPatterns:
        """Get employment patterns (industries employing an occupation)."""
        from .list_employment_patterns import ListEmploymentPatterns

        return ListEmploymentPatterns(self._client)


class AsyncOccupationResource(Resource):
    """Occupation profiles, occupation search, tools and technology, LMI snapshots, employment patterns,
    job description building blocks. (async)
    """

    __slots__ = ()

    @property
    def get_details(self) -> AsyncGetDetails:
        """Get occupation details."""
        from .get_details import AsyncGetDetails

        return AsyncGetDetails(self._client)

    @property
    def get_job_description(self) -> AsyncGetJobDescription:
        """Get job description building blocks (Job Description Writer)."""
        from .get_job_description import AsyncGetJobDescription

        return AsyncGetJobDescription(self._client)

    @property
    def get_lmi(self) -> AsyncGetLmi:
        """Get labor market information by occupation."""
        from .get_lmi import AsyncGetLmi

        return AsyncGetLmi(self._client)

    @property
    def get_report(self) -> AsyncGetReport:
        """Get occupations report (ranked occupation lists)."""
        from .get_report import AsyncGetReport

        return AsyncGetReport(self._client)

    @property
    def get_tools_and_technology(self) -> AsyncGetToolsAndTechnology:
        """List tools and technology by occupation."""
        from .get_tools_and_technology import AsyncGetToolsAndTechnology

        return AsyncGetToolsAndTechnology(self._client)

    @property
    def list_by_keyword(self) -> AsyncListByKeyword:
        """List occupations by keyword."""
        from .list_by_keyword import AsyncListByKeyword

        return AsyncListByKeyword(self._client)

    @property
    def list_by_skills_match(self) -> AsyncListBySkillsMatch:
        """List occupations by skills match."""
        from .list_by_skills_match import AsyncListBySkillsMatch

        return AsyncListBySkillsMatch(self._client)

    @property
    def list_employment_patterns(self) -> AsyncListEmploymentPatterns:
        """Get employment patterns (industries employing an occupation)."""
        from .list_employment_patterns import AsyncListEmploymentPatterns

        return AsyncListEmploymentPatterns(self._client)

"""The namespaced facade: `client.<namespace>.<method>(...)`, one namespace per tag of the spec.

Generated from the spec by scripts/buildlib/facade.py; do not edit. The SDK clients inherit these mixins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from .._core.client import SDKClient
    from .credentials import AsyncCredentialsResource, CredentialsResource
    from .jobs import AsyncJobsResource, JobsResource
    from .location import AsyncLocationResource, LocationResource
    from .occupation import AsyncOccupationResource, OccupationResource
    from .salary import AsyncSalaryResource, SalaryResource
    from .services import AsyncServicesResource, ServicesResource
    from .skills import AsyncSkillsResource, SkillsResource
    from .training import AsyncTrainingResource, TrainingResource

NAMESPACES = (
    "credentials",
    "jobs",
    "location",
    "occupation",
    "salary",
    "services",
    "skills",
    "training",
)


class Namespaces:
    """`client.<namespace>` properties of the sync client."""

    __slots__ = ()

    @property
    def credentials(self) -> CredentialsResource:
        """Certifications, licenses and professional associations."""
        from .credentials import CredentialsResource

        return CredentialsResource(cast("SDKClient", self))

    @property
    def jobs(self) -> JobsResource:
        """National Labor Exchange job postings."""
        from .jobs import JobsResource

        return JobsResource(cast("SDKClient", self))

    @property
    def location(self) -> LocationResource:
        """Location validation."""
        from .location import LocationResource

        return LocationResource(cast("SDKClient", self))

    @property
    def occupation(self) -> OccupationResource:
        """Occupation profiles, occupation search, tools and technology, LMI snapshots, employment patterns,
        job description building blocks."""
        from .occupation import OccupationResource

        return OccupationResource(cast("SDKClient", self))

    @property
    def salary(self) -> SalaryResource:
        """OEWS wage lookups and wage comparisons."""
        from .salary import SalaryResource

        return SalaryResource(cast("SDKClient", self))

    @property
    def services(self) -> ServicesResource:
        """American Job Centers, unemployment statistics, apprenticeship offices, workforce boards."""
        from .services import ServicesResource

        return ServicesResource(cast("SDKClient", self))

    @property
    def skills(self) -> SkillsResource:
        """Skills Matcher questionnaire and skill gaps between occupations."""
        from .skills import SkillsResource

        return SkillsResource(cast("SDKClient", self))

    @property
    def training(self) -> TrainingResource:
        """Training programs, programs of study and scholarships."""
        from .training import TrainingResource

        return TrainingResource(cast("SDKClient", self))


class AsyncNamespaces:
    """`client.<namespace>` properties of the async client."""

    __slots__ = ()

    @property
    def credentials(self) -> AsyncCredentialsResource:
        """Certifications, licenses and professional associations."""
        from .credentials import AsyncCredentialsResource

        return AsyncCredentialsResource(cast("SDKClient", self))

    @property
    def jobs(self) -> AsyncJobsResource:
        """National Labor Exchange job postings."""
        from .jobs import AsyncJobsResource

        return AsyncJobsResource(cast("SDKClient", self))

    @property
    def location(self) -> AsyncLocationResource:
        """Location validation."""
        from .location import AsyncLocationResource

        return AsyncLocationResource(cast("SDKClient", self))

    @property
    def occupation(self) -> AsyncOccupationResource:
        """Occupation profiles, occupation search, tools and technology, LMI snapshots, employment patterns,
        job description building blocks."""
        from .occupation import AsyncOccupationResource

        return AsyncOccupationResource(cast("SDKClient", self))

    @property
    def salary(self) -> AsyncSalaryResource:
        """OEWS wage lookups and wage comparisons."""
        from .salary import AsyncSalaryResource

        return AsyncSalaryResource(cast("SDKClient", self))

    @property
    def services(self) -> AsyncServicesResource:
        """American Job Centers, unemployment statistics, apprenticeship offices, workforce boards."""
        from .services import AsyncServicesResource

        return AsyncServicesResource(cast("SDKClient", self))

    @property
    def skills(self) -> AsyncSkillsResource:
        """Skills Matcher questionnaire and skill gaps between occupations."""
        from .skills import AsyncSkillsResource

        return AsyncSkillsResource(cast("SDKClient", self))

    @property
    def training(self) -> AsyncTrainingResource:
        """Training programs, programs of study and scholarships."""
        from .training import AsyncTrainingResource

        return AsyncTrainingResource(cast("SDKClient", self))

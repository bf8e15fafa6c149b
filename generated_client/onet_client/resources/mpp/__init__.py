"""Mi Próximo Paso services (Spanish My Next Move).

Generated from the spec by scripts/buildlib/facade.py; do not edit. One module per operation, imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.facade import Resource

if TYPE_CHECKING:
    from .get_career_abilities import AsyncGetCareerAbilities, GetCareerAbilities
    from .get_career_check_out_my_state import AsyncGetCareerCheckOutMyState, GetCareerCheckOutMyState
    from .get_career_education import AsyncGetCareerEducation, GetCareerEducation
    from .get_career_explore_more import AsyncGetCareerExploreMore, GetCareerExploreMore
    from .get_career_job_outlook import AsyncGetCareerJobOutlook, GetCareerJobOutlook
    from .get_career_knowledge import AsyncGetCareerKnowledge, GetCareerKnowledge
    from .get_career_overview import AsyncGetCareerOverview, GetCareerOverview
    from .get_career_personality import AsyncGetCareerPersonality, GetCareerPersonality
    from .get_career_skills import AsyncGetCareerSkills, GetCareerSkills
    from .get_interest_profiler_careers import AsyncGetInterestProfilerCareers, GetInterestProfilerCareers
    from .get_interest_profiler_interest_careers import (
        AsyncGetInterestProfilerInterestCareers,
        GetInterestProfilerInterestCareers,
    )
    from .get_interest_profiler_questions import AsyncGetInterestProfilerQuestions, GetInterestProfilerQuestions
    from .get_interest_profiler_questions_30 import AsyncGetInterestProfilerQuestions30, GetInterestProfilerQuestions30
    from .get_interest_profiler_results import AsyncGetInterestProfilerResults, GetInterestProfilerResults
    from .list_careers import AsyncListCareers, ListCareers
    from .list_industries import AsyncListIndustries, ListIndustries
    from .list_industry_careers_most import AsyncListIndustryCareersMost, ListIndustryCareersMost
    from .list_industry_careers_some import AsyncListIndustryCareersSome, ListIndustryCareersSome
    from .list_interest_profiler_interests import AsyncListInterestProfilerInterests, ListInterestProfilerInterests
    from .list_interest_profiler_job_zones import AsyncListInterestProfilerJobZones, ListInterestProfilerJobZones
    from .search_careers import AsyncSearchCareers, SearchCareers


class MppResource(Resource):
    """Mi Próximo Paso services (Spanish My Next Move)."""

    __slots__ = ()

    @property
    def get_career_abilities(self) -> GetCareerAbilities:
        """Abilities (Mi Próximo Paso)."""
        from .get_career_abilities import GetCareerAbilities

        return GetCareerAbilities(self._client)

    @property
    def get_career_check_out_my_state(self) -> GetCareerCheckOutMyState:
        """Check Out My State (Mi Próximo Paso)."""
        from .get_career_check_out_my_state import GetCareerCheckOutMyState

        return GetCareerCheckOutMyState(self._client)

    @property
    def get_career_education(self) -> GetCareerEducation:
        """Education (Mi Próximo Paso)."""
        from .get_career_education import GetCareerEducation

        return GetCareerEducation(self._client)

    @property
    def get_career_explore_more(self) -> GetCareerExploreMore:
        """Explore More (Mi Próximo Paso)."""
        from .get_career_explore_more import GetCareerExploreMore

        return GetCareerExploreMore(self._client)

    @property
    def get_career_job_outlook(self) -> GetCareerJobOutlook:
        """Job Outlook (Mi Próximo Paso)."""
        from .get_career_job_outlook import GetCareerJobOutlook

        return GetCareerJobOutlook(self._client)

    @property
    def get_career_knowledge(self) -> GetCareerKnowledge:
        """Knowledge (Mi Próximo Paso)."""
        from .get_career_knowledge import GetCareerKnowledge

        return GetCareerKnowledge(self._client)

    @property
    def get_career_overview(self) -> GetCareerOverview:
        """Career overview (Mi Próximo Paso)."""
        from .get_career_overview import GetCareerOverview

        return GetCareerOverview(self._client)

    @property
    def get_career_personality(self) -> GetCareerPersonality:
        """Personality (Mi Próximo Paso)."""
        from .get_career_personality import GetCareerPersonality

        return GetCareerPersonality(self._client)

    @property
    def get_career_skills(self) -> GetCareerSkills:
        """Skills (Mi Próximo Paso)."""
        from .get_career_skills import GetCareerSkills

        return GetCareerSkills(self._client)

    @property
    def get_interest_profiler_careers(self) -> GetInterestProfilerCareers:
        """Matching careers (Mi Próximo Paso)."""
        from .get_interest_profiler_careers import GetInterestProfilerCareers

        return GetInterestProfilerCareers(self._client)

    @property
    def get_interest_profiler_interest_careers(self) -> GetInterestProfilerInterestCareers:
        """(Unverified path) Careers related to single interest (Mi Próximo Paso)."""
        from .get_interest_profiler_interest_careers import GetInterestProfilerInterestCareers

        return GetInterestProfilerInterestCareers(self._client)

    @property
    def get_interest_profiler_questions(self) -> GetInterestProfilerQuestions:
        """Short Form Questions (60-question desktop version) (Mi Próximo Paso)."""
        from .get_interest_profiler_questions import GetInterestProfilerQuestions

        return GetInterestProfilerQuestions(self._client)

    @property
    def get_interest_profiler_questions_30(self) -> GetInterestProfilerQuestions30:
        """Mini-IP Questions (30-question mobile version) (Mi Próximo Paso)."""
        from .get_interest_profiler_questions_30 import GetInterestProfilerQuestions30

        return GetInterestProfilerQuestions30(self._client)

    @property
    def get_interest_profiler_results(self) -> GetInterestProfilerResults:
        """Results (Mi Próximo Paso)."""
        from .get_interest_profiler_results import GetInterestProfilerResults

        return GetInterestProfilerResults(self._client)

    @property
    def list_careers(self) -> ListCareers:
        """See all careers (Mi Próximo Paso)."""
        from .list_careers import ListCareers

        return ListCareers(self._client)

    @property
    def list_industries(self) -> ListIndustries:
        """(Unverified path) Industry listing (Mi Próximo Paso)."""
        from .list_industries import ListIndustries

        return ListIndustries(self._client)

    @property
    def list_industry_careers_most(self) -> ListIndustryCareersMost:
        """(Unverified path) Careers in industry (most people) (Mi Próximo Paso)."""
        from .list_industry_careers_most import ListIndustryCareersMost

        return ListIndustryCareersMost(self._client)

    @property
    def list_industry_careers_some(self) -> ListIndustryCareersSome:
        """(Unverified path) Careers in industry (some people) (Mi Próximo Paso)."""
        from .list_industry_careers_some import ListIndustryCareersSome

        return ListIndustryCareersSome(self._client)

    @property
    def list_interest_profiler_interests(self) -> ListInterestProfilerInterests:
        """RIASEC interests (Mi Próximo Paso)."""
        from .list_interest_profiler_interests import ListInterestProfilerInterests

        return ListInterestProfilerInterests(self._client)

    @property
    def list_interest_profiler_job_zones(self) -> ListInterestProfilerJobZones:
        """Job Zones (Mi Próximo Paso)."""
        from .list_interest_profiler_job_zones import ListInterestProfilerJobZones

        return ListInterestProfilerJobZones(self._client)

    @property
    def search_careers(self) -> SearchCareers:
        """Search careers with key words (Mi Próximo Paso)."""
        from .search_careers import SearchCareers

        return SearchCareers(self._client)


class AsyncMppResource(Resource):
    """Mi Próximo Paso services (Spanish My Next Move). (async)"""

    __slots__ = ()

    @property
    def get_career_abilities(self) -> AsyncGetCareerAbilities:
        """Abilities (Mi Próximo Paso)."""
        from .get_career_abilities import AsyncGetCareerAbilities

        return AsyncGetCareerAbilities(self._client)

    @property
    def get_career_check_out_my_state(self) -> AsyncGetCareerCheckOutMyState:
        """Check Out My State (Mi Próximo Paso)."""
        from .get_career_check_out_my_state import AsyncGetCareerCheckOutMyState

        return AsyncGetCareerCheckOutMyState(self._client)

    @property
    def get_career_education(self) -> AsyncGetCareerEducation:
        """Education (Mi Próximo Paso)."""
        from .get_career_education import AsyncGetCareerEducation

        return AsyncGetCareerEducation(self._client)

    @property
    def get_career_explore_more(self) -> AsyncGetCareerExploreMore:
        """Explore More (Mi Próximo Paso)."""
        from .get_career_explore_more import AsyncGetCareerExploreMore

        return AsyncGetCareerExploreMore(self._client)

    @property
    def get_career_job_outlook(self) -> AsyncGetCareerJobOutlook:
        """Job Outlook (Mi Próximo Paso)."""
        from .get_career_job_outlook import AsyncGetCareerJobOutlook

        return AsyncGetCareerJobOutlook(self._client)

    @property
    def get_career_knowledge(self) -> AsyncGetCareerKnowledge:
        """Knowledge (Mi Próximo Paso)."""
        from .get_career_knowledge import AsyncGetCareerKnowledge

        return AsyncGetCareerKnowledge(self._client)

    @property
    def get_career_overview(self) -> AsyncGetCareerOverview:
        """Career overview (Mi Próximo Paso)."""
        from .get_career_overview import AsyncGetCareerOverview

        return AsyncGetCareerOverview(self._client)

    @property
    def get_career_personality(self) -> AsyncGetCareerPersonality:
        """Personality (Mi Próximo Paso)."""
        from .get_career_personality import AsyncGetCareerPersonality

        return AsyncGetCareerPersonality(self._client)

    @property
    def get_career_skills(self) -> AsyncGetCareerSkills:
        """Skills (Mi Próximo Paso)."""
        from .get_career_skills import AsyncGetCareerSkills

        return AsyncGetCareerSkills(self._client)

    @property
    def get_interest_profiler_careers(self) -> AsyncGetInterestProfilerCareers:
        """Matching careers (Mi Próximo Paso)."""
        from .get_interest_profiler_careers import AsyncGetInterestProfilerCareers

        return AsyncGetInterestProfilerCareers(self._client)

    @property
    def get_interest_profiler_interest_careers(self) -> AsyncGetInterestProfilerInterestCareers:
        """(Unverified path) Careers related to single interest (Mi Próximo Paso)."""
        from .get_interest_profiler_interest_careers import AsyncGetInterestProfilerInterestCareers

        return AsyncGetInterestProfilerInterestCareers(self._client)

    @property
    def get_interest_profiler_questions(self) -> AsyncGetInterestProfilerQuestions:
        """Short Form Questions (60-question desktop version) (Mi Próximo Paso)."""
        from .get_interest_profiler_questions import AsyncGetInterestProfilerQuestions

        return AsyncGetInterestProfilerQuestions(self._client)

    @property
    def get_interest_profiler_questions_30(self) -> AsyncGetInterestProfilerQuestions30:
        """Mini-IP Questions (30-question mobile version) (Mi Próximo Paso)."""
        from .get_interest_profiler_questions_30 import AsyncGetInterestProfilerQuestions30

        return AsyncGetInterestProfilerQuestions30(self._client)

    @property
    def get_interest_profiler_results(self) -> AsyncGetInterestProfilerResults:
        """Results (Mi Próximo Paso)."""
        from .get_interest_profiler_results import AsyncGetInterestProfilerResults

        return AsyncGetInterestProfilerResults(self._client)

    @property
    def list_careers(self) -> AsyncListCareers:
        """See all careers (Mi Próximo Paso)."""
        from .list_careers import AsyncListCareers

        return AsyncListCareers(self._client)

    @property
    def list_industries(self) -> AsyncListIndustries:
        """(Unverified path) Industry listing (Mi Próximo Paso)."""
        from .list_industries import AsyncListIndustries

        return AsyncListIndustries(self._client)

    @property
    def list_industry_careers_most(self) -> AsyncListIndustryCareersMost:
        """(Unverified path) Careers in industry (most people) (Mi Próximo Paso)."""
        from .list_industry_careers_most import AsyncListIndustryCareersMost

        return AsyncListIndustryCareersMost(self._client)

    @property
    def list_industry_careers_some(self) -> AsyncListIndustryCareersSome:
        """(Unverified path) Careers in industry (some people) (Mi Próximo Paso)."""
        from .list_industry_careers_some import AsyncListIndustryCareersSome

        return AsyncListIndustryCareersSome(self._client)

    @property
    def list_interest_profiler_interests(self) -> AsyncListInterestProfilerInterests:
        """RIASEC interests (Mi Próximo Paso)."""
        from .list_interest_profiler_interests import AsyncListInterestProfilerInterests

        return AsyncListInterestProfilerInterests(self._client)

    @property
    def list_interest_profiler_job_zones(self) -> AsyncListInterestProfilerJobZones:
        """Job Zones (Mi Próximo Paso)."""
        from .list_interest_profiler_job_zones import AsyncListInterestProfilerJobZones

        return AsyncListInterestProfilerJobZones(self._client)

    @property
    def search_careers(self) -> AsyncSearchCareers:
        """Search careers with key words (Mi Próximo Paso)."""
        from .search_careers import AsyncSearchCareers

        return AsyncSearchCareers(self._client)

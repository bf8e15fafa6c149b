"""Skills Matcher questionnaire and skill gaps between occupations.

Generated from the spec by scripts/buildlib/facade.py; do not edit. One module per operation, imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.facade import Resource

if TYPE_CHECKING:
    from .get_gap import AsyncGetGap, GetGap
    from .list_matcher_questions import AsyncListMatcherQuestions, ListMatcherQuestions
    from .submit_matcher_ratings import AsyncSubmitMatcherRatings, SubmitMatcherRatings


class SkillsResource(Resource):
    """Skills Matcher questionnaire and skill gaps between occupations."""

    __slots__ = ()

    @property
    def get_gap(self) -> GetGap:
        """Get the skills gap between two occupations."""
        from .get_gap import GetGap

        return GetGap(self._client)

    @property
    def list_matcher_questions(self) -> ListMatcherQuestions:
        """Get the Skills Matcher questions."""
        from .list_matcher_questions import ListMatcherQuestions

        return ListMatcherQuestions(self._client)

    @property
    def submit_matcher_ratings(self) -> SubmitMatcherRatings:
        """Submit Skills Matcher ratings."""
        from .submit_matcher_ratings import SubmitMatcherRatings

        return SubmitMatcherRatings(self._client)


class AsyncSkillsResource(Resource):
    """Skills Matcher questionnaire and skill gaps between occupations. (async)"""

    __slots__ = ()

    @property
    def get_gap(self) -> AsyncGetGap:
        """Get the skills gap between two occupations."""
        from .get_gap import AsyncGetGap

        return AsyncGetGap(self._client)

    @property
    def list_matcher_questions(self) -> AsyncListMatcherQuestions:
        """Get the Skills Matcher questions."""
        from .list_matcher_questions import AsyncListMatcherQuestions

        return AsyncListMatcherQuestions(self._client)

    @property
    def submit_matcher_ratings(self) -> AsyncSubmitMatcherRatings:
        """Submit Skills Matcher ratings."""
        from .submit_matcher_ratings import AsyncSubmitMatcherRatings

        return AsyncSubmitMatcherRatings(self._client)

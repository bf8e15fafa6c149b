"""Training programs, programs of study and scholarships.

Generated from the spec by scripts/buildlib/facade.py; do not edit. One module per operation, imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.facade import Resource

if TYPE_CHECKING:
    from .get_program_details_v2 import AsyncGetProgramDetailsV2, GetProgramDetailsV2
    from .get_taaccct_program_of_study import AsyncGetTaaccctProgramOfStudy, GetTaaccctProgramOfStudy
    from .list_programs_v1 import AsyncListProgramsV1, ListProgramsV1
    from .list_programs_v2 import AsyncListProgramsV2, ListProgramsV2
    from .list_scholarships import AsyncListScholarships, ListScholarships


class TrainingResource(Resource):
    """Training programs, programs of study and scholarships."""

    __slots__ = ()

    @property
    def get_program_details_v2(self) -> GetProgramDetailsV2:
        """Get training program details (v2)."""
        from .get_program_details_v2 import GetProgramDetailsV2

        return GetProgramDetailsV2(self._client)

    @property
    def get_taaccct_program_of_study(self) -> GetTaaccctProgramOfStudy:
        """Get TAACCCT detail for a program of study."""
        from .get_taaccct_program_of_study import GetTaaccctProgramOfStudy

        return GetTaaccctProgramOfStudy(self._client)

    @property
    def list_programs_v1(self) -> ListProgramsV1:
        """List training programs (v1, legacy)."""
        from .list_programs_v1 import ListProgramsV1

        return ListProgramsV1(self._client)

    @property
    def list_programs_v2(self) -> ListProgramsV2:
        """List training programs (v2)."""
        from .list_programs_v2 import ListProgramsV2

        return ListProgramsV2(self._client)

    @property
    def list_scholarships(self) -> ListScholarships:
        """Scholarship finder."""
        from .list_scholarships import ListScholarships

        return ListScholarships(self._client)


class AsyncTrainingResource(Resource):
    """Training programs, programs of study and scholarships. (async)"""

    __slots__ = ()

    @property
    def get_program_details_v2(self) -> AsyncGetProgramDetailsV2:
        """Get training program details (v2)."""
        from .get_program_details_v2 import AsyncGetProgramDetailsV2

        return AsyncGetProgramDetailsV2(self._client)

    @property
    def get_taaccct_program_of_study(self) -> AsyncGetTaaccctProgramOfStudy:
        """Get TAACCCT detail for a program of study."""
        from .get_taaccct_program_of_study import AsyncGetTaaccctProgramOfStudy

        return AsyncGetTaaccctProgramOfStudy(self._client)

    @property
    def list_programs_v1(self) -> AsyncListProgramsV1:
        """List training programs (v1, legacy)."""
        from .list_programs_v1 import AsyncListProgramsV1

        return AsyncListProgramsV1(self._client)

    @property
    def list_programs_v2(self) -> AsyncListProgramsV2:
        """List training programs (v2)."""
        from .list_programs_v2 import AsyncListProgramsV2

        return AsyncListProgramsV2(self._client)

    @property
    def list_scholarships(self) -> AsyncListScholarships:
        """Scholarship finder."""
        from .list_scholarships import AsyncListScholarships

        return AsyncListScholarships(self._client)

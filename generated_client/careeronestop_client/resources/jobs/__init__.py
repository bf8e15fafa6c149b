"""National Labor Exchange job postings.

Generated from the spec by scripts/buildlib/facade.py; do not edit. One module per operation, imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.facade import Resource

if TYPE_CHECKING:
    from .get_by_id_v1 import AsyncGetByIdV1, GetByIdV1
    from .get_by_id_v2 import AsyncGetByIdV2, GetByIdV2
    from .list_v1 import AsyncListV1, ListV1
    from .list_v2 import AsyncListV2, ListV2


class JobsResource(Resource):
    """National Labor Exchange job postings."""

    __slots__ = ()

    @property
    def get_by_id_v1(self) -> GetByIdV1:
        """Get job posting by id (v1, legacy)."""
        from .get_by_id_v1 import GetByIdV1

        return GetByIdV1(self._client)

    @property
    def get_by_id_v2(self) -> GetByIdV2:
        """Get job posting by id (v2)."""
        from .get_by_id_v2 import GetByIdV2

        return GetByIdV2(self._client)

    @property
    def list_v1(self) -> ListV1:
        """List jobs (v1, legacy)."""
        from .list_v1 import ListV1

        return ListV1(self._client)

    @property
    def list_v2(self) -> ListV2:
        """List jobs (v2)."""
        from .list_v2 import ListV2

        return ListV2(self._client)


class AsyncJobsResource(Resource):
    """National Labor Exchange job postings. (async)"""

    __slots__ = ()

    @property
    def get_by_id_v1(self) -> AsyncGetByIdV1:
        """Get job posting by id (v1, legacy)."""
        from .get_by_id_v1 import AsyncGetByIdV1

        return AsyncGetByIdV1(self._client)

    @property
    def get_by_id_v2(self) -> AsyncGetByIdV2:
        """Get job posting by id (v2)."""
        from .get_by_id_v2 import AsyncGetByIdV2

        return AsyncGetByIdV2(self._client)

    @property
    def list_v1(self) -> AsyncListV1:
        """List jobs (v1, legacy)."""
        from .list_v1 import AsyncListV1

        return AsyncListV1(self._client)

    @property
    def list_v2(self) -> AsyncListV2:
        """List jobs (v2)."""
        from .list_v2 import AsyncListV2

        return AsyncListV2(self._client)

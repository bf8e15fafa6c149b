"""O*NET database tables, columns and rows.

Generated from the spec by scripts/buildlib/facade.py; do not edit. One module per operation, imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.facade import Resource

if TYPE_CHECKING:
    from .get_table_info import AsyncGetTableInfo, GetTableInfo
    from .list_rows import AsyncListRows, ListRows
    from .list_tables import AsyncListTables, ListTables


class DatabaseResource(Resource):
    """O*NET database tables, columns and rows."""

    __slots__ = ()

    @property
    def get_table_info(self) -> GetTableInfo:
        """Table column information."""
        from .get_table_info import GetTableInfo

        return GetTableInfo(self._client)

    @property
    def list_rows(self) -> ListRows:
        """Data rows."""
        from .list_rows import ListRows

        return ListRows(self._client)

    @property
    def list_tables(self) -> ListTables:
        """List of data tables."""
        from .list_tables import ListTables

        return ListTables(self._client)


class AsyncDatabaseResource(Resource):
    """O*NET database tables, columns and rows. (async)"""

    __slots__ = ()

    @property
    def get_table_info(self) -> AsyncGetTableInfo:
        """Table column information."""
        from .get_table_info import AsyncGetTableInfo

        return AsyncGetTableInfo(self._client)

    @property
    def list_rows(self) -> AsyncListRows:
        """Data rows."""
        from .list_rows import AsyncListRows

        return AsyncListRows(self._client)

    @property
    def list_tables(self) -> AsyncListTables:
        """List of data tables."""
        from .list_tables import AsyncListTables

        return AsyncListTables(self._client)

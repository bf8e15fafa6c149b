"""The namespaced facade: `client.<namespace>.<method>(...)`, one namespace per tag of the spec.

Generated from the spec by scripts/buildlib/facade.py; do not edit. The SDK clients inherit these mixins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from .._core.client import SDKClient
    from .about import AboutResource, AsyncAboutResource
    from .database import AsyncDatabaseResource, DatabaseResource
    from .mnm import AsyncMnmResource, MnmResource
    from .mpp import AsyncMppResource, MppResource
    from .online import AsyncOnlineResource, OnlineResource
    from .taxonomy import AsyncTaxonomyResource, TaxonomyResource
    from .veterans import AsyncVeteransResource, VeteransResource

NAMESPACES = (
    "about",
    "database",
    "mnm",
    "mpp",
    "online",
    "taxonomy",
    "veterans",
)


class Namespaces:
    """`client.<namespace>` properties of the sync client."""

    __slots__ = ()

    @property
    def about(self) -> AboutResource:
        """Version information."""
        from .about import AboutResource

        return AboutResource(cast("SDKClient", self))

    @property
    def database(self) -> DatabaseResource:
        """O*NET database tables, columns and rows."""
        from .database import DatabaseResource

        return DatabaseResource(cast("SDKClient", self))

    @property
    def mnm(self) -> MnmResource:
        """My Next Move services."""
        from .mnm import MnmResource

        return MnmResource(cast("SDKClient", self))

    @property
    def mpp(self) -> MppResource:
        """Mi Próximo Paso services (Spanish My Next Move)."""
        from .mpp import MppResource

        return MppResource(cast("SDKClient", self))

    @property
    def online(self) -> OnlineResource:
        """O*NET OnLine services: search, browse and occupation reports."""
        from .online import OnlineResource

        return OnlineResource(cast("SDKClient", self))

    @property
    def taxonomy(self) -> TaxonomyResource:
        """O*NET-SOC taxonomy crosswalks."""
        from .taxonomy import TaxonomyResource

        return TaxonomyResource(cast("SDKClient", self))

    @property
    def veterans(self) -> VeteransResource:
        """My Next Move for Veterans services."""
        from .veterans import VeteransResource

        return VeteransResource(cast("SDKClient", self))


class AsyncNamespaces:
    """`client.<namespace>` properties of the async client."""

    __slots__ = ()

    @property
    def about(self) -> AsyncAboutResource:
        """Version information."""
        from .about import AsyncAboutResource

        return AsyncAboutResource(cast("SDKClient", self))

    @property
    def database(self) -> AsyncDatabaseResource:
        """O*NET database tables, columns and rows."""
        from .database import AsyncDatabaseResource

        return AsyncDatabaseResource(cast("SDKClient", self))

    @property
    def mnm(self) -> AsyncMnmResource:
        """My Next Move services."""
        from .mnm import AsyncMnmResource

        return AsyncMnmResource(cast("SDKClient", self))

    @property
    def mpp(self) -> AsyncMppResource:
        """Mi Próximo Paso services (Spanish My Next Move)."""
        from .mpp import AsyncMppResource

        return AsyncMppResource(cast("SDKClient", self))

    @property
    def online(self) -> AsyncOnlineResource:
        """O*NET OnLine services: search, browse and occupation reports."""
        from .online import AsyncOnlineResource

        return AsyncOnlineResource(cast("SDKClient", self))

    @property
    def taxonomy(self) -> AsyncTaxonomyResource:
        """O*NET-SOC taxonomy crosswalks."""
        from .taxonomy import AsyncTaxonomyResource

        return AsyncTaxonomyResource(cast("SDKClient", self))

    @property
    def veterans(self) -> AsyncVeteransResource:
        """My Next Move for Veterans services."""
        from .veterans import AsyncVeteransResource

        return AsyncVeteransResource(cast("SDKClient", self))

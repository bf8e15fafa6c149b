"""Certifications, licenses and professional associations.

Generated from the spec by scripts/buildlib/facade.py; do not edit. One module per operation, imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.facade import Resource

if TYPE_CHECKING:
    from .get_certification_details import AsyncGetCertificationDetails, GetCertificationDetails
    from .get_license_details import AsyncGetLicenseDetails, GetLicenseDetails
    from .list_certifications import AsyncListCertifications, ListCertifications
    from .list_licenses import AsyncListLicenses, ListLicenses
    from .list_professional_associations import AsyncListProfessionalAssociations, ListProfessionalAssociations


class CredentialsResource(Resource):
    """Certifications, licenses and professional associations."""

    __slots__ = ()

    @property
    def get_certification_details(self) -> GetCertificationDetails:
        """Get certification details by id."""
        from .get_certification_details import GetCertificationDetails

        return GetCertificationDetails(self._client)

    @property
    def get_license_details(self) -> GetLicenseDetails:
        """Get license details by id."""
        from .get_license_details import GetLicenseDetails

        return GetLicenseDetails(self._client)

    @property
    def list_certifications(self) -> ListCertifications:
        """List certifications."""
        from .list_certifications import ListCertifications

        return ListCertifications(self._client)

    @property
    def list_licenses(self) -> ListLicenses:
        """List licenses."""
        from .list_licenses import ListLicenses

        return ListLicenses(self._client)

    @property
    def list_professional_associations(self) -> ListProfessionalAssociations:
        """List professional associations."""
        from .list_professional_associations import ListProfessionalAssociations

        return ListProfessionalAssociations(self._client)


class AsyncCredentialsResource(Resource):
    """Certifications, licenses and professional associations. (async)"""

    __slots__ = ()

    @property
    def get_certification_details(self) -> AsyncGetCertificationDetails:
        """Get certification details by id."""
        from .get_certification_details import AsyncGetCertificationDetails

        return AsyncGetCertificationDetails(self._client)

    @property
    def get_license_details(self) -> AsyncGetLicenseDetails:
        """Get license details by id."""
        from .get_license_details import AsyncGetLicenseDetails

        return AsyncGetLicenseDetails(self._client)

    @property
    def list_certifications(self) -> AsyncListCertifications:
        """List certifications."""
        from .list_certifications import AsyncListCertifications

        return AsyncListCertifications(self._client)

    @property
    def list_licenses(self) -> AsyncListLicenses:
        """List licenses."""
        from .list_licenses import AsyncListLicenses

        return AsyncListLicenses(self._client)

    @property
    def list_professional_associations(self) -> AsyncListProfessionalAssociations:
        """List professional associations."""
        from .list_professional_associations import AsyncListProfessionalAssociations

        return AsyncListProfessionalAssociations(self._client)

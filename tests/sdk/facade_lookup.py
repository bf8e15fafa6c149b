"""Find a facade operation by HTTP method and path, as the index lists it.

Facade names come from the specs' x-sdk-namespace / x-sdk-method (set by the spec owners), so tests that are
about behaviour rather than names look operations up by what they call on the server.
"""

from __future__ import annotations

from typing import Any

SEARCH = "GET /online/search"
OVERVIEW = "GET /online/occupations/{code}/"
OCCUPATIONS = "GET /online/occupations/"
COS_DETAILS = "GET /v1/occupation/{userId}/{keyword}/{location}"
COS_BY_KEYWORD = "GET /v1/occupation/{userId}/{keyword}/{dataLevelOnly}/{startRecord}/{limitRecord}"


def operation(client: Any, http: str) -> Any:
    """`client.<namespace>.<method>` of the operation answering `http` ("GET /online/search")."""
    for row in client.operations():
        if row.http == http:
            namespace, method = row.name.split(".")
            return getattr(getattr(client, namespace), method)
    raise LookupError(f"no operation {http} in {type(client).__name__}.operations()")

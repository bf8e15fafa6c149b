"""A namespace costs what the operations called cost (issue 21): in a fresh interpreter, `import onet_client`, a
client and one namespaced call load that one operation's module, and nothing the call does not use (no asyncio for
a sync client that never retries, no sqlite3 with the cache off, no importlib.metadata for `__version__`)."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
import httpx
import onet_client

def answer(request):
    item = {"href": "https://api-v2.onetcenter.org/online/occupations/15-1252.00/", "code": "15-1252.00",
            "title": "Software Developers", "tags": {}}
    return httpx.Response(200, json={"start": 1, "end": 1, "total": 1, "occupation": [item]})

client = onet_client.OnetClient("probe-key-123", httpx_args={"transport": httpx.MockTransport(answer)})
found = client.online.search_occupations(keyword="software")
print(json.dumps({
    "code": found.occupation[0].code,
    "version": onet_client.__version__,
    "modules": sorted(sys.modules),
}))
"""


@cache  # one fresh interpreter for both tests
def probe() -> dict[str, object]:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, cwd=ROOT)
    result: dict[str, object] = json.loads(out.stdout)
    return result


def test_one_call_loads_its_operation_and_nothing_it_does_not_use() -> None:
    result = probe()
    modules = set(result["modules"])  # type: ignore[call-overload]
    assert result["code"] == "15-1252.00"
    operations = {m for m in modules if m.startswith("onet_client.resources.")}
    assert operations == {
        "onet_client.resources.online",
        "onet_client.resources.online.search_occupations",
    }, "a namespace imports only the operations called"
    assert {m for m in modules if m.startswith("onet_client.api.")} == {
        "onet_client.api.online",
        "onet_client.api.online.keyword_search",
    }
    unused = {"asyncio", "sqlite3", "importlib.metadata", "importlib.resources", "httpx_retries", "hishel"}
    unused.add("onet_client._core.paging")  # a direct call does not page
    assert not unused & modules, f"imported without being used: {sorted(unused & modules)}"


def test_version_is_pyprojects_without_importlib_metadata() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    result = probe()
    assert result["version"] == pyproject["project"]["version"]

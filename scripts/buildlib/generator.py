"""Run openapi-python-client as a library: its parser and templates (ours first), plus the facade.

In-process rather than through its CLI so that the templates can read what the stock generator drops
(parameter descriptions, confidence, the facade's names) from the spec index, and so that the facade is
rendered by the same template environment from the same parsed endpoints.
"""

from __future__ import annotations

import contextlib
import copy
import io
import threading
from pathlib import Path
from typing import Any

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket
from openapi_python_client import Project as GeneratorProject
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from . import docs, facade, model_roles
from .project import Api, BuildError, Project
from .specs import Spec

# redirect_stdout swaps sys.stdout for the whole process: two generator threads redirecting at once would restore
# each other's buffer and leave stdout pointing at it, losing the build's own output. One at a time, then.
_STDOUT_SWAP = threading.Lock()


class _CompiledTemplates(BytecodeCache):
    """Compiled templates kept for later builds in this process (tests, callers that build many times).

    Jinja checks each entry against its template's source checksum, so an edited template is compiled again.
    """

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


_COMPILED = _CompiledTemplates()


def load_config(api: Api, output_path: Path | None = None) -> Config:
    return Config.from_sources(
        ConfigFile.load_from_path(api.config),
        MetaType.NONE,
        api.spec,
        file_encoding="utf-8",
        overwrite=True,
        output_path=output_path,
    )


def _describe(errors: list[GeneratorError] | Any) -> str:
    return "\n".join(f"{e.level.value}: {e.header}: {e.detail or ''}".strip() for e in errors)


def generate(project: Project, api: Api, spec: Spec, index: dict[str, Any], package_dir: Path) -> None:
    """Write the generated package (endpoints, models, facade) to package_dir; any generator warning fails."""
    config = load_config(api, package_dir)
    parsed = GeneratorData.from_dict(copy.deepcopy(spec), config=config)
    if isinstance(parsed, GeneratorError):
        raise BuildError(f"openapi-python-client on {api.spec}: {_describe([parsed])}")
    # Parse warnings are known before anything is rendered: fail now rather than after writing the package.
    warnings = [e for c in parsed.endpoint_collections_by_tag.values() for e in c.parse_errors] + parsed.errors
    if warnings:
        raise BuildError(f"openapi-python-client on {api.spec} (warnings fail the build):\n{_describe(warnings)}")
    generator = GeneratorProject(openapi=parsed, config=config, custom_template_path=project.templates_dir)
    generator.env.bytecode_cache = _COMPILED  # every GeneratorProject builds its environment the same way
    generator.env.globals["sdk_docs"] = docs.OperationDocs(spec, index)
    generator.env.globals["sdk_request_models"] = model_roles.request_models(parsed)
    generator.env.globals["sdk_assumed_fields"] = model_roles.assumed_fields(parsed, index)
    with _STDOUT_SWAP, contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <dir>"
        errors = list(generator.build())
    if errors:
        raise BuildError(f"openapi-python-client on {api.spec} (warnings fail the build):\n{_describe(errors)}")
    if (project.templates_dir / facade.TEMPLATE_DIR).is_dir():  # a project without facade templates gets none
        facade.render(generator, parsed, index, package_dir)

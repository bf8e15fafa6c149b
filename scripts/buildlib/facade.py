"""Render the namespaced facade (`client.<namespace>.<method>(...)`) of one package from the parsed spec.

Input: openapi-python-client's parsed endpoints (for the Python types it gives parameters and responses) and
the spec index (for namespaces, method names, paging and bound parameters). Output: <package>/resources/,
one small package per namespace (resources/<namespace>/__init__.py: the namespace classes, whose properties
import an operation's module on first access) holding one module per operation (resources/<namespace>/<method>.py:
its sync and async class), and resources/__init__.py with the mixins the SDK clients inherit. Using a namespace
thus imports only the operations called. The templates live in openapi/templates/facade/.
"""

from __future__ import annotations

import json
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client import Project as GeneratorProject
from openapi_python_client.parser import GeneratorData
from openapi_python_client.strings import ClassName, safe_for_docstring

from .docs import response_type, shape, untrusted
from .project import BuildError

RESOURCES = "resources"
TEMPLATE_DIR = "facade"  # under the project's templates directory
WRAP = 100
PAGER_ARGUMENTS = ("page_size: int | None = None", "max_items: int | None = None")
IMPORT_NAMES = re.compile(r"^from \S+ import (.+)$|^import (\S+)$")


@dataclass
class Method:
    """One operation of a namespace, as the templates need it (all code already rendered to strings)."""

    name: str
    class_name: str
    module_alias: str
    module_import: str
    doc: str
    headline: str
    arguments: list[str]
    call: list[str]
    success_type: str
    success_class: str | None
    success_import: str
    raw_type: str
    path: str
    http_method: str
    paged: bool = False
    item_type: str = "Any"
    iter_arguments: list[str] = field(default_factory=list)
    iter_params: list[str] = field(default_factory=list)
    imports: set[str] = field(default_factory=set)  # as the generator gives them: `from ...models.x import X`

    @property
    def type_imports(self) -> list[str]:
        """The package-relative imports of the operation's module, for its TYPE_CHECKING block."""
        return sorted(line for line in self.imports if line.startswith("from ..."))


@dataclass
class Namespace:
    """One namespace (normally a tag): its operations and the imports its module needs."""

    name: str
    class_name: str
    description: str
    methods: list[Method] = field(default_factory=list)
    imports: set[str] = field(default_factory=set)  # every operation's, to keep class names clear of them


def _doc_block(text: str, indent: str = "") -> str:
    """Paragraphs re-wrapped to the docstring width (a blank line separates paragraphs)."""
    paragraphs = [p.strip() for p in str(text).split("\n\n") if p.strip()]
    return "\n\n".join(
        textwrap.fill(" ".join(p.split()), WRAP, initial_indent=indent, subsequent_indent=indent) for p in paragraphs
    )


def _code(value: Any) -> str:
    """Source text of the generator's PythonCode (or a plain string)."""
    return str(value.as_unembedded_code()) if hasattr(value, "as_unembedded_code") else str(value)


def _success(endpoint: Any) -> Any:
    """The property of the first 2xx response (what a call returns), or None."""
    for response in sorted(endpoint.responses.patterns):
        low, high = response.status_code.range or (0, 0)
        if low >= 200 and high <= 299:
            return response.prop
    return None


def _list_item(prop: Any) -> Any:
    """The item property of a list property, also inside a union (`list[X] | None | Unset`); None if not a list."""
    if prop is None:
        return None
    if hasattr(prop, "inner_property"):
        return prop.inner_property
    for member in getattr(prop, "inner_properties", []):
        if hasattr(member, "inner_property"):
            return member.inner_property
    return None


def _arguments(positional: list[Any], keyword: list[str]) -> list[str]:
    args = [_code(p.to_string()) for p in positional]
    if keyword:
        args.append("*")
        args.extend(keyword)
    return args


def _headline(entry: dict[str, Any], op_doc: Any) -> str:
    """Summary, warning and the HTTP line: the class docstring, and the start of the method's."""
    parts = [safe_for_docstring(entry["summary"] or entry["sdk_method"]).rstrip(".") + "."]
    if op_doc.warning:
        parts.append(safe_for_docstring(op_doc.warning))
    http = f"`{entry['method']} {entry['path']}` (confidence: {entry['confidence'] or 'not stated'})."
    return _doc_block("\n\n".join(parts)) + "\n\n" + http  # the HTTP line is never wrapped: paths stay whole


def _docstring(entry: dict[str, Any], endpoint: Any, op_doc: Any, params: list[Any], returns: str) -> str:
    body = [_headline(entry, op_doc)]
    if endpoint.description:
        body.append(_doc_block(safe_for_docstring(endpoint.description)))
    lines = [f"{p.python_name}: {op_doc.parameter(p.python_name)}" for p in params]
    if lines:
        wrapped = (
            textwrap.fill(safe_for_docstring(line), WRAP, initial_indent="    ", subsequent_indent="        ")
            for line in lines
        )
        body.append("Args:\n" + "\n".join(wrapped))
    body.append(f"Returns:\n    {returns}")
    body.append("Raises:\n" + "\n".join(f"    {name}: {why}" for name, why in op_doc.raises))
    return "\n\n".join(body)


def _imported_names(imports: set[str]) -> set[str]:
    names: set[str] = set()
    for line in imports:
        found = IMPORT_NAMES.match(line.strip())
        if found:
            listed = found.group(1) or found.group(2)
            names |= {n.split(" as ")[-1].strip(" ()") for n in listed.split(",")}
    return names


def _method(entry: dict[str, Any], endpoint: Any, op_doc: Any, bound: dict[str, str], ns: Namespace) -> Method:
    module_tag, module_name = entry["module"].split(".")[1:]
    alias = f"_{module_tag}_{module_name}"
    imports = set(endpoint.relative_imports)  # api/<tag>/<op>.py sits as deep as resources/<namespace>/<op>.py
    path_params = [p for p in endpoint.path_parameters if p.python_name not in bound]
    others = [
        *(b.prop for b in endpoint.bodies),
        *endpoint.query_parameters,
        *endpoint.header_parameters,
        *endpoint.cookie_parameters,
    ]
    if len(endpoint.bodies) > 1:
        raise BuildError(f"{entry['operation_id']}: more than one request body type is not supported by the facade")
    call = [f"{p.python_name}={p.python_name}" for p in [*path_params, *others]]
    call += [
        f'{name}="{placeholder}"'
        for name, placeholder in bound.items()
        if name in {p.python_name for p in endpoint.path_parameters}
    ]
    prop = _success(endpoint)
    success_type = "Any" if prop is None else _code(prop.get_type_string(no_optional=True))
    success_class = prop.class_info.name if prop is not None and hasattr(prop, "class_info") else None
    success_import = f"from ...models.{prop.class_info.module_name} import {success_class}" if success_class else ""
    raw_type = f"Response[{_code(response_type(endpoint))}]"
    params = [*path_params, *others]
    method = Method(
        name=entry["sdk_method"],
        class_name=str(ClassName(entry["sdk_method"], "")),
        module_alias=alias,
        module_import=f"from ...api.{module_tag} import {module_name} as {alias}",
        doc=_docstring(entry, endpoint, op_doc, params, f"{success_type}: the parsed success response"),
        headline=_headline(entry, op_doc),
        arguments=_arguments(path_params, [_code(p.to_string()) for p in others]),
        call=call,
        success_type=success_type,
        success_class=success_class,
        success_import=success_import,
        raw_type=raw_type,
        path=entry["path"],
        http_method=entry["method"],
        imports=imports,
    )
    paging = entry["paging"]
    if paging and prop is not None:
        moving = {paging["start_param"], paging["size_param"]}
        items = {p.python_name: p for p in [*(prop.required_properties or []), *(prop.optional_properties or [])]}
        inner = _list_item(items.get(paging["items"][0]))
        if inner is not None:
            method.item_type = _code(inner.get_type_string(no_optional=True))
            method.imports |= inner.get_imports(prefix="...") | inner.get_lazy_imports(prefix="...")
        kept_path = [p for p in path_params if p.python_name not in moving]
        kept_rest = [p for p in others if p.python_name not in moving]
        method.paged = True
        method.iter_arguments = _arguments(
            kept_path,
            [_code(p.to_string()) for p in kept_rest]
            + ["page_size: int | None = None", "max_items: int | None = None"],
        )
        method.iter_params = [f'"{p.python_name}": {p.python_name}' for p in [*kept_path, *kept_rest]]
    ns.imports |= method.imports
    return method


def build_namespaces(parsed: GeneratorData, index: dict[str, Any], op_docs: Any) -> list[Namespace]:
    endpoints = {
        shape(str(e.method), untrusted(e.path)): e
        for collection in parsed.endpoint_collections_by_tag.values()
        for e in collection.endpoints
    }
    bound = {b["python_name"]: b["placeholder"] for b in index["bound_parameters"]}
    namespaces: dict[str, Namespace] = {}
    for entry in index["operations"]:
        name = entry["namespace"]
        ns = namespaces.setdefault(name, Namespace(name, str(ClassName(name, "")), index["namespaces"].get(name, "")))
        endpoint = endpoints[shape(entry["method"], entry["path"])]
        ns.methods.append(_method(entry, endpoint, op_docs.for_endpoint(endpoint), bound, ns))
    for ns in namespaces.values():
        taken = _imported_names(ns.imports)
        for method in ns.methods:
            if method.class_name in taken or f"Async{method.class_name}" in taken:
                method.class_name += "Operation"
        ns.methods.sort(key=lambda m: m.name)
    return [namespaces[n] for n in sorted(namespaces)]


def render(generator: GeneratorProject, parsed: GeneratorData, index: dict[str, Any], package_dir: Path) -> None:
    """Write <package>/resources/ from openapi/templates/facade/*.jinja."""
    env = generator.env
    namespaces = build_namespaces(parsed, index, env.globals["sdk_docs"])
    target = package_dir / RESOURCES
    target.mkdir()
    namespace_template = env.get_template(f"{TEMPLATE_DIR}/namespace.py.jinja")
    operation_template = env.get_template(f"{TEMPLATE_DIR}/operation.py.jinja")
    for ns in namespaces:
        folder = target / ns.name
        folder.mkdir()
        text = namespace_template.render(namespace=ns, doc_block=_doc_block)
        (folder / "__init__.py").write_text(text, encoding="utf-8")
        for method in ns.methods:
            text = operation_template.render(namespace=ns, m=method, doc_block=_doc_block)
            (folder / f"{method.name}.py").write_text(text, encoding="utf-8")
    init_template = env.get_template(f"{TEMPLATE_DIR}/resources_init.py.jinja")
    init = init_template.render(namespaces=namespaces, doc_block=_doc_block)
    (target / "__init__.py").write_text(init, encoding="utf-8")


def operations_markdown(index: dict[str, Any], package: str) -> str:
    """docs/operations/<api>.md: every operation as `client.namespace.method`, HTTP path, paging, confidence."""
    lines = [
        f"# {index['title']}: operations",
        "",
        f"Generated by `scripts/build.py` from the spec (via `{package}/_spec_index.json`); do not edit. The same",
        "rows come from the SDK client's `operations()` at runtime. Paged operations also have `.iter(...)`.",
        "",
        "| call | HTTP | paged | confidence | summary |",
        "| --- | --- | --- | --- | --- |",
    ]
    rows = sorted(index["operations"], key=lambda op: (op["namespace"], op["sdk_method"]))
    for op in rows:
        summary = " ".join(str(op["summary"]).split()).replace("|", "\\|")
        paged = op["paging"]["style"] if op["paging"] else ""
        http = f"`{op['method']} {op['path']}`"
        call = f"`{op['namespace']}.{op['sdk_method']}`"
        lines.append(f"| {call} | {http} | {paged} | {op['confidence'] or ''} | {summary} |")
    return "\n".join(lines) + "\n"


def operations_doc(root: Path, api_name: str, package_dir: Path) -> tuple[Path, str] | None:
    """Where the operation table of a generated package goes and its text; None for a package without facade."""
    if not (package_dir / RESOURCES).is_dir():
        return None
    index = json.loads((package_dir / "_spec_index.json").read_text(encoding="utf-8"))
    return root / "docs" / "operations" / f"{api_name}.md", operations_markdown(index, package_dir.name)

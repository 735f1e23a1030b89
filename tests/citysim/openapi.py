"""Validate gateway responses against docs/api/gateway.openapi.yaml (JSON Schema 2020-12)."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import httpx
import yaml
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parents[2] / "docs" / "api" / "gateway.openapi.yaml"
URI = "urn:ecitizen:gateway-openapi"


@functools.cache
def spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)  # type: ignore[no-any-return]


@functools.cache
def _registry() -> Registry[Any]:
    resource: Resource[Any] = DRAFT202012.create_resource(spec())
    registry: Registry[Any] = Registry().with_resource(URI, resource)
    return registry


def _resolve(obj: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in obj:
        node: Any = spec()
        for part in obj["$ref"].lstrip("#/").split("/"):
            node = node[part]
        obj = node
    return obj


def operations() -> dict[tuple[str, str], dict[str, Any]]:
    """(METHOD, path template) → operation object."""
    out = {}
    for path, item in spec()["paths"].items():
        for method, op in item.items():
            if method in ("get", "put", "post", "delete", "patch"):
                out[(method.upper(), path)] = op
    return out


def find_operation(method: str, path: str) -> tuple[str, dict[str, Any]]:
    for (m, template), op in operations().items():
        if m != method:
            continue
        regex = "^" + re.sub(r"\\\{\w+\\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(regex, path):
            return template, op
    raise AssertionError(f"{method} {path} is not in the OpenAPI file")


def validate_response(response: httpx.Response) -> None:
    """Assert the status is declared for the operation and the body matches its schema."""
    request = response.request
    path = request.url.path
    template, op = find_operation(request.method, path)
    declared = op["responses"]
    status = str(response.status_code)
    if status not in declared and response.status_code >= 500:
        status = "default"  # any operation may fail with a problem body
    assert status in declared, f"{request.method} {template}: undeclared status {status}"
    resp = _resolve(declared[status])
    content = resp.get("content")
    if not content:
        assert not response.content, f"{template} {status}: body where none is declared"
        return
    ctype = response.headers.get("content-type", "").split(";")[0].strip()
    assert ctype in content, f"{template} {status}: content type {ctype} not in {list(content)}"
    if not ctype.endswith("json"):  # binary media (image/jpeg): the type was checked above
        return
    _check(content[ctype]["schema"], response.json(), f"{request.method} {template} {status}")


def validate_request_body(request: httpx.Request) -> None:
    """Assert a JSON request body matches the operation's requestBody schema."""
    _, op = find_operation(request.method, request.url.path)
    content = _resolve(op.get("requestBody", {})).get("content", {})
    if not request.content or "application/json" not in content:
        return
    _check(content["application/json"]["schema"], json.loads(request.content), request.url.path)


def _check(schema: dict[str, Any], value: Any, where: str) -> None:
    wrapped = (
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "$ref": URI + schema["$ref"]}
        if "$ref" in schema
        else schema
    )
    validator = Draft202012Validator(wrapped, registry=_registry(), format_checker=FormatChecker())
    errors = sorted(validator.iter_errors(value), key=lambda e: list(e.path))
    assert not errors, f"{where}: " + "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5])

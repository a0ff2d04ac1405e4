"""The JSON API against its own OpenAPI schema, with schemathesis, over real HTTP.

Generated requests (bounded, seeded) for every operation, sent signed in as an
analyst to a populated store: no 5xx, and every response's body and content type
conform to the schema.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
)

from stationwatch.store.settings import StoreSettings
from tests.reliability.serving import populated, serving, sign_in, web_app

EXAMPLES = 30
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]


# one worker runs the module, so its populated server serves every test (pytest-xdist)
pytestmark = pytest.mark.xdist_group("schema-server")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root: Path = tmp_path_factory.mktemp("schema") / "store"
    settings_ = StoreSettings(root=root, db_url=f"sqlite:///{root / 'stationwatch.db'}")
    store, backend = populated(settings_)
    with serving(web_app(backend)) as base:
        yield base
    store.engine.dispose()


@pytest.fixture(scope="module")
def analyst(base_url: str) -> Iterator[dict[str, object]]:
    client = sign_in(base_url, "ana")
    yield {"cookies": dict(client.cookies), "headers": dict(client.headers)}
    client.close()


@pytest.fixture(scope="module")
def api_schema(base_url: str) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_url(f"{base_url}/openapi.json")


def test_api_conforms_to_its_schema_and_never_fails_on_the_server(
        api_schema: schemathesis.BaseSchema, base_url: str,
        analyst: dict[str, dict[str, str]]) -> None:
    headers = {"x-csrf-token": analyst["headers"]["x-csrf-token"]}
    tested = []
    for result in api_schema.get_all_operations():
        operation = result.ok()
        tested.append(operation.label)

        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def check(case: schemathesis.Case) -> None:
            case.call_and_validate(base_url=base_url, headers=headers,
                                   cookies=analyst["cookies"], checks=CHECKS)

        check()
    assert len(tested) >= 15, tested

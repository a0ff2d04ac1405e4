"""FollowTheMoney export, loaded and checked by the followthemoney library itself."""

from __future__ import annotations

import json

import pytest
from tests.export.helpers import model_of

from stationwatch.export.ftm import ftm_lines
from stationwatch.store.core import Store

ftm = pytest.importorskip("followthemoney", reason="followthemoney is in the test-ftm extra "
                                                   "(pip install -e '.[test-ftm]')")


def test_every_entity_loads_with_valid_properties_and_references(example_store: Store) -> None:
    from followthemoney import model

    with model_of(example_store, "analyst") as view:
        entities = [json.loads(line) for line in ftm_lines(view)]
    ids = {e["id"] for e in entities}
    for data in entities:
        schema = model.get(data["schema"])
        assert schema is not None, data["schema"]
        for name, values in data["properties"].items():
            prop = schema.get(name)
            assert prop is not None, f"{data['schema']} has no property {name}"
            for value in values:
                assert prop.type.clean(value) is not None, f"{data['schema']}.{name}={value!r}"
                if prop.type.name == "entity":
                    assert value in ids, f"{data['schema']}.{name} points nowhere"
        proxy = model.get_proxy(data, cleaned=False)
        assert proxy.id == data["id"]
    by_schema = {e["schema"] for e in entities}
    assert {"Organization", "PublicBody", "Document", "Documentation",
            "UnknownLink"} <= by_schema
    documents = [e for e in entities if e["schema"] == "Document"]
    assert all(len(d["properties"]["contentHash"][0]) == 64 for d in documents)
    lisbon = next(e for e in entities if e["schema"] == "Organization"
                  and "Lisbon, Portugal" in e["properties"]["address"])
    assert lisbon["properties"]["country"] == ["pt"]
    documented = [e for e in entities if e["schema"] == "Documentation"
                  and e["properties"]["entity"] == [lisbon["id"]]]
    assert documented and documented[0]["properties"]["role"] == ["station (asserted)"]

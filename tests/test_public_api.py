"""The public API is small and explicit; changing it is a deliberate act."""

import stationwatch


def test_exported_members() -> None:
    assert set(stationwatch.__all__) == {
        "Evidence",
        "Fact",
        "__version__",
        "extract_facts",
        "extract_file",
    }
    for name in stationwatch.__all__:
        assert getattr(stationwatch, name) is not None

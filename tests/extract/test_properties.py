"""Property tests: the extractor never raises and every fact's evidence is its slice."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stationwatch import extract_facts

FRAGMENTS = st.sampled_from(
    [
        "Chinese police station",
        "海外警务服务站",
        "in Milano",
        "米蘭",
        "102",
        "一百零二",
        "not",
        "no",
        "stations",
        "Safeguard Defenders",
        "?",
        ".",
        "。",
        "\n",
        "Fuzhou police",
        "embassy denied",
        "joint patrols",
        "persuaded to return",
        "à Paris",
        " ",
        "\u200b",
        "\ufeff",
        "🎉",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=400), st.lists(FRAGMENTS | st.text(max_size=12), max_size=40).map(" ".join)
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_never_raises_and_evidence_is_exact(text: str) -> None:
    for fact in extract_facts(text, "fuzz.txt"):
        assert 0 <= fact.evidence.start < fact.evidence.end <= len(text)
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text

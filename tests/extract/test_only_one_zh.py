""""只有一处", "僅有一個": "only" before a Chinese "one" makes it a figure, not an article.
Sentences written for this test."""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts


def _counts(text: str) -> set[tuple[str | None, str | None, int | None]]:
    return {(f.country, f.measure, f.value)
            for f in extract_facts(text, "t.txt", "zh") if f.kind == "count"}


@pytest.mark.parametrize("text", [
    "保护卫士的报告列出全球一百零二处海外警务站，分布在五十三个国家，其中韩国只有一处。",
    "保護衛士的報告列出全球102處海外警務站，其中南韓僅有一處。",
])
def test_only_one_site_is_a_count(text: str) -> None:
    assert ("KR", "stations", 1) in _counts(text)


@pytest.mark.parametrize("text", [
    "据报道，韩国有一处类似站点。",  # "a site": an article
    "韩国只有一家中餐馆被警方检查。",  # one restaurant, no station
    "韩国是否只有一处这样的站点？",  # a question
])
def test_an_article_or_a_question_gives_no_count_of_one(text: str) -> None:
    assert ("KR", "stations", 1) not in _counts(text)

"""The translation catalogues are complete and current: a string added to a template or to
the web's Python without its Chinese fails here, before any reader meets it in English.

Fix a failure with ``scripts/i18n.sh update``, translate the new entries in
``locale/zh_Hans/LC_MESSAGES/messages.po``, then ``scripts/i18n.sh compile``.
"""

from __future__ import annotations

import importlib.util
import re
import tomllib
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import opencc
import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from stationwatch.kb.judgement import VERDICTS, ReviewState
from stationwatch.schema import (
    ACTIONS,
    AGREEMENT_TYPES,
    INCIDENT_TYPES,
    KINDS,
    MEASURES,
    POLARITIES,
)
from stationwatch.views.readmodel import STATUSES
from stationwatch.watch.tables import EVENTS as WATCH_EVENTS
from stationwatch.watch.tables import KINDS as WATCH_KINDS
from stationwatch.watch.tables import STATUSES as WATCH_STATUSES
from stationwatch.web import i18n
from stationwatch.web.terms import TERMS

ROOT = Path(__file__).resolve().parents[2]
WEB = Path(str(resources.files("stationwatch.web")))
LOCALE_DIR = WEB / "locale"
TRANSLATED = [code for code in i18n.LOCALES if code != i18n.DEFAULT]
#: Literal template text that is the same in every language.
UNTRANSLATABLE = {"Stationwatch", "SHA-256", "IT"}  # the name, a hash, an example code


def _catalogue(locale: str) -> Catalog:
    with (LOCALE_DIR / locale / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=locale)


def _extracted() -> set[tuple[str | None, str]]:
    """What ``pybabel extract`` finds, with the keywords of scripts/i18n.sh."""
    with (ROOT / "babel.cfg").open() as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    keywords = {**DEFAULT_KEYWORDS, "N_": None, "P_": ((1, "c"), 2), "said": None}
    found = set()
    for _file, _line, message, _comments, context in extract_from_dir(
            str(ROOT), method_map, options_map, keywords=keywords):
        found.add((context, message[0] if isinstance(message, tuple) else message))
    return found


@pytest.mark.parametrize("locale", TRANSLATED)
def test_every_string_of_the_pages_is_translated(locale: str) -> None:
    extracted = _extracted()
    assert len(extracted) > 300, "extraction found the templates and the web's Python"
    catalogue = _catalogue(locale)
    missing = []
    for context, msgid in sorted(extracted, key=str):
        message = catalogue.get(msgid, context=context)
        strings = message.string if message is not None else ""
        first = strings[0] if isinstance(strings, tuple | list) else strings
        if message is None or not first or message.fuzzy:
            missing.append(f"{context or ''}|{msgid}")
    assert not missing, (f"untranslated in {locale} (run scripts/i18n.sh update, translate, "
                         f"compile): {missing}")


@pytest.mark.parametrize("locale", TRANSLATED)
def test_translations_keep_their_placeholders(locale: str) -> None:
    catalogue = _catalogue(locale)
    problems = [f"{message.id}: {errors}" for message, errors in catalogue.check()]
    assert not problems
    for message in catalogue:
        if not message.id:
            continue
        source = message.id[0] if isinstance(message.id, tuple) else message.id
        target = message.string[0] if isinstance(message.string, tuple) else message.string
        assert sorted(re.findall(r"%\(\w+\)[sr]", source)) == \
            sorted(re.findall(r"%\(\w+\)[sr]", target)), source
        assert sorted(re.findall(r"</?\w+", source)) == sorted(re.findall(r"</?\w+", target)), \
            f"{source}: the translation keeps the message's markup"


@pytest.mark.parametrize("locale", TRANSLATED)
def test_the_compiled_catalogue_matches_its_source(locale: str) -> None:
    with (LOCALE_DIR / locale / "LC_MESSAGES" / "messages.mo").open("rb") as handle:
        compiled = read_mo(handle)
    source = _catalogue(locale)
    def strings(value: object) -> tuple[str, ...]:
        return tuple(value) if isinstance(value, tuple | list) else (str(value),)

    stale = []
    for message in source:
        if not message.id:
            continue
        found = compiled.get(message.id, context=message.context)
        if found is None or strings(found.string) != strings(message.string):
            stale.append(message.id)
    assert not stale, f"{locale}: run scripts/i18n.sh compile; stale: {stale[:5]}"


def test_traditional_chinese_is_generated_from_simplified() -> None:
    spec = importlib.util.spec_from_file_location("i18n_hant", ROOT / "scripts" / "i18n_hant.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    convert = script.convert
    expected = convert(_catalogue("zh_Hans"), opencc.OpenCC("s2tw"))
    actual = _catalogue("zh_Hant")
    assert {(m.context, str(m.id)): m.string for m in actual if m.id} == \
        {(m.context, str(m.id)): m.string for m in expected if m.id}, \
        "run scripts/i18n.sh compile after editing zh_Hans"


class _VisibleText(HTMLParser):
    """Text nodes and the attributes a reader or a screen reader meets."""

    SHOWN = ("title", "aria-label", "placeholder", "alt")

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found += [value for name, value in attrs if name in self.SHOWN and value]

    def handle_data(self, data: str) -> None:
        self.found.append(data)


def _literal_text(template: str) -> list[str]:
    """Words written in a template outside ``_()``/``{% trans %}`` (Jinja code removed)."""
    source = re.sub(r"\{#.*?#\}", "", template, flags=re.S)
    source = re.sub(r"\{%-?\s*trans\b.*?\{%-?\s*endtrans\s*-?%\}", "", source, flags=re.S)
    source = re.sub(r"\{%.*?%\}|\{\{.*?\}\}", "", source, flags=re.S)
    parser = _VisibleText()
    parser.feed(source)
    words = [" ".join(text.split()) for text in parser.found]
    return [w for w in words if set(re.findall(r"[A-Za-z][\w-]+", w)) - UNTRANSLATABLE]


@pytest.mark.parametrize("template", sorted(p.name for p in (WEB / "templates").glob("*.html")))
def test_templates_write_no_text_outside_gettext(template: str) -> None:
    unwrapped = _literal_text((WEB / "templates" / template).read_text(encoding="utf-8"))
    assert not unwrapped, (f"{template}: wrap in {{{{ _(\"...\") }}}} or {{% trans %}} "
                           f"(README, Interface languages): {unwrapped}")


def test_the_text_check_sees_unwrapped_words() -> None:
    assert _literal_text('<p title="Hint">Plain {{ _("Wrapped") }} {{ value }}</p>') == \
        ["Hint", "Plain"]
    assert _literal_text('{% trans n=1 %}Wrapped {{ n }}{% endtrans %} <b>{{ x }}</b>') == []


def test_the_vocabulary_marked_for_translation_is_the_schemas() -> None:
    assert TERMS["kind"] == KINDS
    assert TERMS["polarity"] == POLARITIES
    assert TERMS["measure"] == MEASURES == TERMS["figure"]
    assert TERMS["action"] == ACTIONS
    assert TERMS["incident_type"] == INCIDENT_TYPES
    assert TERMS["agreement_type"] == AGREEMENT_TYPES
    assert TERMS["status"] == STATUSES
    assert TERMS["verdict"] == VERDICTS
    assert set(TERMS["state"]) == set(ReviewState.__args__)
    assert TERMS["watch"] == WATCH_KINDS
    assert TERMS["watch_status"] == WATCH_STATUSES
    assert TERMS["watch_event"] == WATCH_EVENTS


def test_the_catalogues_ship_in_the_wheel() -> None:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        shipped = tomllib.load(handle)["tool"]["setuptools"]["package-data"]["stationwatch"]
    assert {"**/*.mo", "**/*.po"} <= set(shipped)
    for locale in TRANSLATED:
        assert (LOCALE_DIR / locale / "LC_MESSAGES" / "messages.mo").stat().st_size > 10_000

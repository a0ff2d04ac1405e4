"""A four-language test corpus and a way to drive the command line as users do.

An NGO report (English, September 2022) and its update (Spanish, December 2022), a
host government ordering a closure (Dutch, October 2022) and the PRC foreign ministry
denying it all (Chinese, November 2022); each page states its publication date.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from stationwatch.store.settings import StoreSettings
from tests.in_process import run_main
from tests.kb import kb_cli

KB_CLI = Path(__file__).with_name("kb_cli.py")
REPO = Path(__file__).resolve().parents[2]

PAGES: dict[str, tuple[str, str, str]] = {
    "en-ngo-report.html": (
        "2022-09-12", "Rights group counts Chinese police outposts abroad",
        "MADRID - Safeguard Defenders said on Monday that Chinese local police forces have "
        "opened at least 54 overseas police service stations in 30 countries. The group said "
        "the Fuzhou police run a station in Rotterdam."),
    "nl-closure.html": (
        "2022-10-25", "Kabinet eist sluiting van Chinese politiepost in Rotterdam",
        "DEN HAAG - De Nederlandse regering heeft China laten weten dat de niet-aangemelde "
        "Chinese 'politiepost' in Rotterdam per direct moet sluiten, maakte de minister van "
        "Buitenlandse Zaken bekend."),
    "zh-mfa-denial.html": (
        "2022-11-01", "外交部发言人主持例行记者会",
        "问：据报道，荷兰外交大臣日前表示，中方在鹿特丹设立的“海外警察站”未经荷方许可，"
        "荷方已要求其立即关闭。中方对此有何回应？ 答：外交部发言人赵立坚表示，所谓“海外警察站”"
        "根本不存在。有关服务点主要是帮助海外中国公民在线办理驾照换证等业务，并非警察机构。"),
    "es-update.html": (
        "2022-12-05", "La red de comisarías chinas en el extranjero llega a 102",
        "MADRID - La organización Safeguard Defenders afirmó que la policía china opera 102 "
        "comisarías en 53 países, entre ellas una comisaría en Madrid gestionada por la "
        "policía de Qingtian."),
}


def write_pages(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (published, title, body) in PAGES.items():
        (folder / name).write_text(
            f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="article:published_time" content="{published}"></head>'
            f"<body><article><h1>{title}</h1><p>{body}</p></article></body></html>",
            encoding="utf-8")
    return folder


def run(settings: StoreSettings, *args: str, extractor: str | None = None,
        timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """``stationwatch ARGS --store DIR --db URL`` through the CLI's ``main`` in this process
    (``extractor``: see kb_cli); ``timeout`` only bounds :func:`run_process`."""
    env: dict[str, str | None] = dict.fromkeys(
        ("STATIONWATCH_STORE", "STATIONWATCH_DB", "STATIONWATCH_USER"))
    env.update(STATIONWATCH_ACTOR="tester", COLUMNS="200")
    with kb_cli.extractor(extractor):
        return run_main([*args, "--store", str(settings.root), "--db", settings.db_url], env)


def run_process(settings: StoreSettings, *args: str, extractor: str | None = None,
                timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """The same command in a subprocess, for tests about the process itself."""
    env = {k: v for k, v in os.environ.items()
           if k not in {"STATIONWATCH_STORE", "STATIONWATCH_DB", "STATIONWATCH_USER"}}
    env.update(STATIONWATCH_ACTOR="tester", PYTHONPATH=str(REPO), COLUMNS="200")
    command = [sys.executable, str(KB_CLI), *([extractor] if extractor else []), *args,
               "--store", str(settings.root), "--db", settings.db_url]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout,
                          check=False)


def ok(settings: StoreSettings, *args: str, extractor: str | None = None) -> str:
    result = run(settings, *args, extractor=extractor)
    assert result.returncode == 0, result.stderr
    return result.stdout


def as_json(settings: StoreSettings, *args: str) -> Any:
    return json.loads(ok(settings, *args, "--json"))

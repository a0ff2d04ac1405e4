"""Sites listed in plain-text tables: every row is a station with its own place and bureau.

Reports by NGOs and parliaments list sites in tables aligned by spaces, pipes or tabs,
with headers in any of the nine languages. Documents written for these tests.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts
from stationwatch.extract.unwrap import unwrap


def stations(text: str, lang: str) -> set[tuple[str | None, str | None, str | None]]:
    return {
        (f.country, f.place, f.operator)
        for f in extract_facts(text, "t.txt", lang)
        if f.kind == "station" and f.polarity == "asserted"
    }


SPACES_EN = """\
Our researchers confirmed the following overseas police stations run by Chinese public security bureaus.

  Host country     Town            Bureau             Year
  ---------------  --------------  -----------------  ----
  Kenya            Mombasa         Lishui             2020
  Peru             Arequipa        Qingtian           2019
  Thailand         Chiang Mai      Fuzhou (Mawei)     2021
  Chile            Valparaiso      not known          2022
"""

PIPES_DE = """\
Die folgende Übersicht nennt die chinesischen Polizeistationen, die wir belegen konnten.

| Land | Stadt | Zuständiges Büro | Jahr |
|------|-------|------------------|------|
| Österreich | Innsbruck | Wenzhou | 2019 |
| Schweiz | Basel | Qingtian | 2020 |
"""

TABS_FR = (
    "Nous avons recensé trois antennes de la police chinoise en France et en Belgique.\n\n"
    "Ville\tPays\tBureau de rattachement\tOuverture\n"
    "Nantes\tFrance\tLishui\t2018\n"
    "Rennes\tFrance\tWenzhou\t2019\n"
    "Anvers\tBelgique\tFuzhou\t2021\n"
)

WRAPPED_IT = """\
Nel corso dell'indagine abbiamo individuato, confrontando annunci e re-
gistri, alcune sedi della polizia cinese aperte in varie città del nord
del paese e riconducibili agli uffici di pubblica sicurezza cinesi di
diverse contee e prefetture della provincia costiera del Zhejiang.

Tabella 3 - Sedi individuate nel nord

Località        Ufficio di riferimento    Anno      Situazione
Verona          UPS di Lishui             2019      attiva
Bergamo         UPS di Wenzhou            2020      chiusa
Trento          non noto                  2021      da verificare
"""

SPACES_PT = """\
O estudo identificou dois postos de polícia chineses em Portugal.

  Cidade        Vinculação                       Início
  ------------  -------------------------------  ------
  Braga         Segurança Pública de Qingtian    2019
  Coimbra       Segurança Pública de Wenzhou     2020
"""

SPACES_ES = """\
Estas son las comisarías chinas que documentamos en la región.

  País        Ciudad        Oficina vinculada                 Apertura
  Bolivia     La Paz        Seguridad Pública de Lishui       2019
  Paraguay    Asunción      Seguridad Pública de Fuzhou       2020
"""


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (SPACES_EN, "en", {("KE", "Mombasa", "Lishui"), ("PE", "Arequipa", "Qingtian"),
                           ("TH", "Chiang Mai", "Fuzhou"), ("CL", "Valparaíso", None)}),
        (PIPES_DE, "de", {("AT", "Innsbruck", "Wenzhou"), ("CH", "Basel", "Qingtian")}),
        (TABS_FR, "fr", {("FR", "Nantes", "Lishui"), ("FR", "Rennes", "Wenzhou"),
                         ("BE", "Antwerp", "Fuzhou")}),
        (WRAPPED_IT, "it", {("IT", "Verona", "Lishui"), ("IT", "Bergamo", "Wenzhou"),
                            ("IT", "Trento", None)}),
        (SPACES_PT, "pt", {("PT", "Braga", "Qingtian"), ("PT", "Coimbra", "Wenzhou")}),
        (SPACES_ES, "es", {("BO", "La Paz", "Lishui"), ("PY", "Asunción", "Fuzhou")}),
    ],
)
def test_every_row_is_a_station_with_its_own_bureau(
    text: str, lang: str, expected: set[tuple[str, str, str | None]]
) -> None:
    found = stations(text, lang)
    for country, place, operator in expected:
        assert any(c == country and p == place and o == operator for c, p, o in found), (
            (country, place, operator), found)


def test_a_table_row_is_its_own_evidence() -> None:
    facts = [f for f in extract_facts(SPACES_PT, "t.txt", "pt") if f.kind == "station"]
    braga = next(f for f in facts if f.place == "Braga")
    assert braga.evidence.text.startswith("Braga")
    assert "Coimbra" not in braga.evidence.text
    assert SPACES_PT[braga.evidence.start:braga.evidence.end] == braga.evidence.text


def test_rows_of_a_wrapped_document_stay_rows() -> None:
    joined = unwrap(WRAPPED_IT).text
    assert "\nBergamo" in joined
    assert "\nTrento" in joined


def test_a_table_of_something_else_gives_no_stations() -> None:
    text = """\
The Chinese police stations abroad are discussed below; first, some context on trade.

  Country      City           Exports (USD bn)   Year
  Kenya        Nairobi        4.1                2020
  Peru         Lima           3.8                2021
"""
    assert not {p for _, p, _ in stations(text, "en")} & {"Nairobi", "Lima"}


def test_a_table_of_bureaus_without_the_topic_gives_no_stations() -> None:
    text = """\
Provincial revenue, in billions of yuan.

  City         Bureau of finance    Year
  Hangzhou     Zhejiang             2020
"""
    assert stations(text, "en") == set()


HYPHENATED_PT = """\
Senhor Presidente, o relatório citado nesta Câmara refere que fun-
cionaria em Braga um posto de polícia chinês ligado à polícia de Qing-
tian, e que outros existiriam noutras cidades do país, o que exige res-
posta do Governo.
"""

HYPHENATED_EN = """\
The report says a Chinese police station in Leeds, a Wenzhou-
linked office, was opened in 2019 in a building owned by a local asso-
ciation, and that the police are now looking into the matter.
"""


def test_a_word_broken_at_a_line_end_is_read_whole() -> None:
    facts = [f for f in extract_facts(HYPHENATED_PT, "t.txt", "pt") if f.kind == "station"]
    braga = next(f for f in facts if f.place == "Braga")
    assert braga.operator == "Qingtian"
    assert HYPHENATED_PT[braga.evidence.start:braga.evidence.end] == braga.evidence.text


def test_a_compound_broken_at_its_hyphen_keeps_it() -> None:
    assert "Wenzhou-linked" in unwrap(HYPHENATED_EN).text.replace("- ", "-").replace("-\n", "-")
    found = stations(HYPHENATED_EN, "en")
    assert ("GB", "Leeds", "Wenzhou") in found


ZH_TABLE = """\
下表列出本报告核实的海外警务服务站。

| 国家 | 城市 | 设立单位 | 设立时间 |
|:---|:---|:---|:---|
| 意大利 | 米兰 | 青田县公安局 | 2018年 |
| 西班牙 | 马德里 | 温州市公安局 | 2016年 |
"""

NL_TABLE = """\
Overzicht van de Chinese politieposten die wij konden bevestigen:

Land        Plaats       Gelieerd bureau    Jaar
België      Gent         Fuzhou             2019
Nederland   Utrecht      Lishui             2020
"""


def test_a_chinese_table_with_its_own_header_words() -> None:
    found = stations(ZH_TABLE, "zh")
    assert ("IT", "Milan", "Qingtian") in found
    assert ("ES", "Madrid", "Wenzhou") in found


def test_a_dutch_table_aligned_by_spaces() -> None:
    found = stations(NL_TABLE, "nl")
    assert ("BE", "Ghent", "Fuzhou") in found
    assert ("NL", "Utrecht", "Lishui") in found


def test_a_row_gives_its_year_as_the_date() -> None:
    dates = {f.place: f.date for f in extract_facts(NL_TABLE, "t.txt", "nl") if f.kind == "station"}
    assert dates.get("Ghent") == "2019"
    assert dates.get("Utrecht") == "2020"

"""Stations at the place of premises a report spoke of before: the headline under a page's
trail of sections, the searching force's town set aside, demonstratives for flats, addresses
and posts, services' posts in Dutch, and a transcript's time stamps that are not figures.
Sentences written for this test.

- "Home > News > Local" or a row of share buttons above the headline are not the headline: the
  report's town is read from the line under them, or from the trail's last item when the
  headline names none;
- "the Osaka prefectural police searched an office of the 「Fujian Society」 in Sakai. This office
  is a station" places it in Sakai: the force's town and a quoted name's place are set aside;
- "diese Wohnung", "die post", "dit adres" point back to the premises placed before;
- "een dienstpost", "een steunpost" are a post as "servicepost" is;
- "[02:14] HOST: …" stamps a turn; its digits are no figure, so the sentence speaks of one site;
- no station: questions, denials, suppositions and the host's own police news.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.clock_times import is_clock_time
from stationwatch.extract.context import build_context
from stationwatch.extract.headline import headline, is_furniture
from stationwatch.extract.pipeline import extract_facts

Key = tuple[str | None, str | None, str]


def _stations(text: str, lang: str | None = None) -> set[Key]:
    return {(f.country, f.place, f.polarity) for f in extract_facts(text, "t.txt", lang)
            if f.kind == "station"}


# -- the headline below the page's furniture ------------------------------------------------

@pytest.mark.parametrize(("text", "title"), [
    ("Home > World > Europe\n\nRaid on a shop in Gouda\n\nPolice searched a shop.", 1),
    ("Start | Regio | Utrecht\n\nDelen: Facebook | X\n\nInval in winkel\n\nDe politie kwam.", 2),
    ("首页 > 国际新闻 > 欧洲\n\n警方搜查一家商店\n\n警方昨天搜查了一家商店。", 1),
    # a headline with one label before a bar is still the headline
    ("LIVE | Police raid a shop in Gouda\n\nPolice searched a shop.", 0),
    # a line ending its sentence is prose, whatever it holds
    ("Prices rose 3 / 4 / 5 per cent.\n\nPolice searched a shop.", 0),
])
def test_headline_is_the_first_line_that_is_not_furniture(text: str, title: int) -> None:
    doc = build_context(text, "t.txt")
    found = headline(doc)
    assert found is not None and found.index == title


def test_a_masthead_is_not_skipped() -> None:
    doc = build_context("OFFICE OF THE PROSECUTOR\n\nPress release\n\nA search took place.",
                        "t.txt")
    assert not is_furniture(doc.sentences[0])


def test_the_trail_above_a_headline_without_a_place_gives_the_town() -> None:
    text = (
        "Il Giornale della Valle | Cronaca | Lucca\n\n"
        "Perquisita la sede di un circolo cinese: «Lavorava per la polizia di Wenzhou»\n\n"
        "Gli agenti hanno perquisito ieri i locali di un circolo culturale in via Roma a Lucca.\n\n"
        "Secondo gli inquirenti, la sede sarebbe uno dei «presidi» che la polizia cinese tiene "
        "all'estero per controllare i connazionali.\n\n"
        "Lucca ospita una piccola comunità cinese da vent'anni."
    )
    assert ("IT", "Lucca", "asserted") in _stations(text, "it")


# -- the searching force's town and a quoted name's place set aside -------------------------

def test_force_town_and_quoted_name_set_aside_zh() -> None:
    text = (
        "大阪的同乡会\n\n"
        "去年秋天，大阪府警察本部对堺市一栋公寓内的「福州互助会」办公室进行了搜查。"
        "据调查人员说，这处办公室正是中国在日本设立的“海外警务服务站”之一。"
    )
    found = _stations(text, "zh")
    assert ("JP", "Sakai", "asserted") in found
    assert ("JP", "Osaka", "asserted") not in found


def test_force_town_set_aside_fr() -> None:
    text = (
        "La police de Lyon a perquisitionné mardi les locaux d'une association à Villeurbanne. "
        "Selon le parquet, ces locaux abritaient un « poste de police » chinois."
    )
    found = _stations(text, "fr")
    assert ("FR", "Villeurbanne", "asserted") in found
    assert ("FR", "Lyon", "asserted") not in found


# -- demonstratives for flats, addresses and posts --------------------------------------------

@pytest.mark.parametrize(("lang", "text", "country", "place"), [
    ("de", "Die Polizei durchsuchte am Montag eine Wohnung in Kassel. Laut Anklage diente "
           "diese Wohnung als Außenstelle der chinesischen Polizei.", "DE", "Kassel"),
    ("nl", "In een rapport wordt een adres in Roermond genoemd. Die post zou onder het Bureau "
           "voor Openbare Veiligheid van Wenzhou vallen.", "NL", "Roermond"),
])
def test_demonstrative_premises_take_the_place_before(lang: str, text: str, country: str,
                                                      place: str) -> None:
    assert (country, place, "asserted") in _stations(text, lang)


# -- a post named by its service in Dutch ---------------------------------------------------

@pytest.mark.parametrize("noun", ["dienstpost", "steunpost", "informatiepost"])
def test_dutch_service_post_is_a_station(noun: str) -> None:
    text = (f"Het parket vermoedt dat vanuit een pand in Hasselt een Chinese {noun} werd "
            "uitgebaat in opdracht van het Bureau voor Openbare Veiligheid van Wenzhou.")
    assert ("BE", "Hasselt", "asserted") in _stations(text, "nl")


# -- time stamps are no figures -------------------------------------------------------------

@pytest.mark.parametrize(("text", "raw", "clock"), [
    ("[02:14] HOST: Welcome back.", "14", True),
    ("[02:14] HOST: Welcome back.", "02", True),
    ("(00:36:12) Reporter: yes.", "36", True),
    ("Updated 17:05 local time.", "17", True),
    ("There are 14 offices.", "14", False),
    ("Score 3-2 at half time.", "3", False),
])
def test_clock_times(text: str, raw: str, clock: bool) -> None:
    doc = build_context(text, "t.txt", "en")
    numbers = [n for s in doc.sentences for n in s.numbers if n.raw == raw]
    assert numbers
    assert any(is_clock_time(s, n) for s in doc.sentences for n in s.numbers
               if n.raw == raw) is clock


def test_a_stamped_turn_speaks_of_one_site() -> None:
    text = (
        "Podcast «Sicherheit heute» – Folge 12: «Die Wohnung in Aarau»\n\n"
        "[00:20] MODERATOR: Heute geht es um eine Wohnung in Aarau.\n\n"
        "[00:41] REPORTERIN: Die Polizei hat im März eine Wohnung in Aarau durchsucht.\n\n"
        "[01:17] REPORTERIN: Laut Bundesanwaltschaft diente sie als eine Art Anlaufstelle der "
        "chinesischen Polizei.\n\n"
        "[01:40] MODERATOR: Und wer steckt dahinter?"
    )
    assert ("CH", "Aarau", "asserted") in _stations(text, "de")


# -- no station ----------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    # a question about the premises
    ("de", "Die Polizei durchsuchte eine Wohnung in Kassel. Diente diese Wohnung als "
           "Außenstelle der chinesischen Polizei?"),
    # denied
    ("nl", "Er werd een adres in Roermond genoemd. Die post valt volgens het parket niet onder "
           "een Chinees bureau voor openbare veiligheid."),
    # the host's own police post, nothing Chinese about it
    ("nl", "De gemeente opent in Hasselt een nieuwe politiepost van de lokale politie in het "
           "stadhuis."),
    # a supposition
    ("fr", "La police de Lyon a perquisitionné les locaux d'une association à Villeurbanne. "
           "Si ces locaux abritaient un poste chinois, le parquet le dira."),
    # a transcript's stamped turn about the host's own police
    ("de", "[00:41] REPORTERIN: Die Kantonspolizei hat in Aarau eine neue Wache eröffnet."),
])
def test_no_station(lang: str, text: str) -> None:
    assert not {k for k in _stations(text, lang) if k[2] == "asserted" and k[1]}


# -- the town of a group a claim is attributed to -------------------------------------------

@pytest.mark.parametrize(("lang", "text", "country", "host", "seat"), [
    ("es", "Otra de estas oficinas funcionaría en Mazatlán y dependería de la policía de "
           "Wenzhou, según un colectivo de periodistas de Culiacán.", "MX", "Mazatlán",
     "Culiacán"),
    ("en", "A second police station is said to operate in Leicester for the Fuzhou police, "
           "according to a rights group from Nottingham.", "GB", "Leicester", "Nottingham"),
    ("it", "Un'altra stazione di polizia cinese opererebbe a Livorno, secondo "
           "un'associazione di attivisti di Pisa.", "IT", "Livorno", "Pisa"),
])
def test_source_seat_hosts_nothing(lang: str, text: str, country: str, host: str,
                                   seat: str) -> None:
    found = {(c, p.lower() if p else p) for c, p, _ in _stations(text, lang)}
    assert (country, host.lower()) in found
    assert (country, seat.lower()) not in found


def test_source_seat_alone_keeps_a_named_site() -> None:
    # the group's town names the only site there is: nothing else places it
    text = "Selon une association de Grenoble, la ville abrite un poste de police chinois."
    assert ("FR", "Grenoble", "asserted") in _stations(text, "fr")


def test_an_attribution_that_goes_on_to_the_sites_keeps_them() -> None:
    text = ("According to the NGO it opened Chinese police service stations in Lille, Nantes "
            "and Rennes.")
    found = _stations(text, "en")
    assert {("FR", "Lille", "asserted"), ("FR", "Nantes", "asserted")} <= found

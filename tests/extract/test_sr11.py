"""Stations and host responses in German, Italian, Dutch, Chinese, English and French:
enumerations carried across sentences, places that are not stations, and responses in the
inflections and voices reports use.

Every document below was written for this test in our own words. Each case gives the keys
it must yield and the keys it must not: the near-miss beside each fix (an ordinal that
is a time, a capital that is a place, a negation that is a station's) stays quiet.
"""

from __future__ import annotations

import unicodedata

import pytest

from stationwatch.extract.pipeline import extract_facts

Key = tuple[object, ...]


def _norm(value: object) -> object:
    if not isinstance(value, str):
        return value
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace(" ", "")


def _keys(text: str, lang: str) -> set[Key]:
    keys: set[Key] = set()
    for fact in extract_facts(text, "doc.txt", lang):
        if fact.kind == "station":
            keys.add(("station", fact.country, _norm(fact.place), fact.polarity))
        elif fact.kind == "response":
            keys.add(("response", fact.country, fact.action, fact.polarity))
    return keys


def st(country: str, place: str | None, polarity: str = "asserted") -> Key:
    return ("station", country, _norm(place), polarity)


def resp(country: str, action: str, polarity: str = "asserted") -> Key:
    return ("response", country, action, polarity)


#: (language, text, keys it must give, keys it must not give)
CASES: dict[str, tuple[str, str, tuple[Key, ...], tuple[Key, ...]]] = {
    # an ordinal pronoun goes on enumerating the stations announced before it
    "de-ordinal-enumeration": (
        "de",
        "Die Staatsanwaltschaft prüft zwei Treffpunkte, die als chinesische Polizeistationen "
        "gedient haben sollen. Ein Sprecher bestätigte das am Montag.\n\n"
        "Der erste liegt im Wiener Bezirk Favoriten, in einem Kulturverein. Der zweite, ein "
        "Teehaus nahe dem Grazer Hauptbahnhof, soll der Polizei von Qingtian unterstehen.",
        (st("AT", "Vienna"), st("AT", "Graz")), ()),
    "en-ordinal-enumeration": (
        "en",
        "Investigators are looking at two shops said to serve as Chinese police stations. "
        "A spokesman confirmed the inquiry.\n\n"
        "The first is a nail salon in Leeds. The second, a travel agency, sits in Glasgow.",
        (st("GB", "Leeds"), st("GB", "Glasgow")), ()),
    "de-ordinal-that-is-a-time": (
        "de",
        "Über chinesische Polizeistationen wird seit Jahren berichtet. Das erste Mal war "
        "davon in Hamburg die Rede, bei einer Konferenz.",
        (), (st("DE", "Hamburg"),)),
    "en-part-of-the-set": (
        "en",
        "The group named four Chinese police stations in Brazil. Three of them, all in "
        "São Paulo, are said to answer to the Qingtian bureau.",
        (st("BR", "São Paulo"),), ()),
    # a capital standing for its government is no station's place
    "en-capital-for-its-government": (
        "en",
        "Canberra's response to the Chinese police stations has been muted. A station was "
        "reported in Perth last year.",
        (st("AU", "Perth"),), (st("AU", "Canberra"),)),
    "it-one-of-the-stations-abroad": (
        "it",
        "Rovigo, verifiche in un negozio di via Roma\n\n"
        "ROVIGO - La procura di Rovigo indaga su un negozio che sarebbe una delle presunte "
        "stazioni di polizia cinesi all'estero.",
        (st("IT", "Rovigo"),), ()),
    "it-condition-with-se-ne": (
        "it",
        "A Bari esiste una stazione di polizia cinese, secondo la ong. E se ne aprissero "
        "una a Lecce, chi lo saprebbe?",
        (st("IT", "Bari"),), (st("IT", "Lecce"),)),
    "it-apposition-after-the-bureau": (
        "it",
        "Secondo la ong, la polizia di Changle, distretto di Fuzhou, avrebbe aperto un "
        "ufficio a Pescara nel 2021.",
        (st("IT", "Pescara"),), ()),
    "it-contact-address-opened-by-a-bureau": (
        "it",
        "Le stazioni di polizia cinesi preoccupano il Veneto. Un recapito sarebbe stato "
        "aperto nel 2020 a Verona dalla polizia di Lishui.",
        (st("IT", "Verona"),), ()),
    "it-where-clause-after-a-patrol-route": (
        "it",
        "La Serbia ospita pattuglie congiunte a Novi Sad, dove secondo la ong opererebbero "
        "due uffici legati alla polizia di Wenzhou.",
        (st("RS", "Novi Sad"),), ()),
    "it-negated-in-the-where-clause": (
        "it",
        "Le stazioni di polizia cinesi sono state cercate ovunque: la Norvegia ha espulso un "
        "diplomatico a Bergen, dove però nessuna stazione è stata trovata; la Danimarca ha "
        "fatto chiudere l'ufficio di Aarhus.",
        (st("NO", "Bergen", "denied"),), (st("NO", "Bergen"), st("DK", "Aarhus", "denied"))),
    "fr-similar-structure": (
        "fr",
        "Un poste de police chinois a été signalé à Lyon. L'ONG avait déjà signalé "
        "l'existence d'une structure similaire à Nantes.",
        (st("FR", "Nantes"),), ()),
    "fr-such-an-office": (
        "fr",
        "Des commissariats chinois existeraient en Afrique. À Lomé, c'est dans un marché "
        "qu'un tel bureau aurait ouvert ses portes.",
        (st("TG", "Lomé"),), ()),
    "en-negation-of-an-act": (
        "en",
        "The government has not investigated the two Chinese police stations in Lima and "
        "Cusco.",
        (st("PE", "Lima"),), (st("PE", "Lima", "denied"),)),
    "en-possessor-quarter": (
        "en",
        "The defendants ran a Chinese police station from an office in Chicago's Bridgeport "
        "neighborhood.",
        (st("US", "Chicago"),), (st("US", "Bridgeport"),)),
    "en-shopfront-police": (
        "en",
        "Victoria Police opened a new shopfront police station in Melbourne's Chinatown "
        "staffed by officers who speak Mandarin.",
        (), (st("AU", "Melbourne"),)),
    "zh-emigrant-service-centre": (
        "zh",
        "记者从某县公安局获悉，该局先后在肯尼亚内罗毕设立“海外侨胞服务中心”，为侨胞提供远程服务。",
        (st("KE", "Nairobi"),), ()),
    "zh-siem-reap": (
        "zh",
        "我局在柬埔寨暹粒建成一个“海外警侨服务站”。",
        (st("KH", "Siem Reap"),), ()),
    "de-klagenfurt-name": (
        "de",
        "In Klagenfurt am Wörthersee soll sich eine chinesische Polizeistation befinden.",
        (st("AT", "Klagenfurt"),), ()),
    "nl-no-reports-about-the-sites": (
        "nl",
        "Er zouden Chinese politieposten actief zijn in Breda. Het kabinet heeft geen "
        "meldingen ontvangen die op de locatie in Breda betrekking hebben.",
        (st("NL", "Breda"),), (st("NL", "Breda", "denied"),)),
    "en-names-as-reports-write-them": (
        "en",
        "The report lists Chinese police stations in Århus, on Jeju and in Port Vila.",
        (st("DK", "Aarhus"), st("KR", "Jeju"), st("VU", "Port Vila")), ()),
    "de-quoted-service-office": (
        "de",
        "Ermittlungen wegen chinesischem «Servicebüro» in Bern",
        (st("CH", "Bern"),), ()),
    "de-service-office-unquoted-stays-quiet": (
        "de",
        "Das Servicebüro der Stadtwerke in Bern hat neue Öffnungszeiten.",
        (), (st("CH", "Bern"),)),
    # responses
    "de-arrests-negated-at-the-end": (
        "de",
        "Die Polizei durchsuchte eine mutmaßliche chinesische Polizeistation in Linz. "
        "Festnahmen gab es nach Angaben der Staatsanwaltschaft bislang nicht.",
        (resp("AT", "arrest", "denied"),), (resp("AT", "arrest"),)),
    "de-investigation-reported-speech": (
        "de",
        "Die slowakische Polizei ermittle gegen zwei Mitarbeiter einer mutmaßlichen "
        "chinesischen Polizeistation, hieß es.",
        (resp("SK", "investigation"),), ()),
    "nl-nobody-arrested": (
        "nl",
        "Het parket onderzoekt een Chinese politiepost in Gent. Er werd nog niemand "
        "aangehouden.",
        (resp("BE", "arrest", "denied"),), (resp("BE", "arrest"),)),
    "en-nobody-arrested": (
        "en",
        "Police searched a suspected Chinese police station in Toronto. Nobody has been "
        "arrested.",
        (resp("CA", "arrest", "denied"),), (resp("CA", "arrest"),)),
    "nl-states-in-general": (
        "nl",
        "Terwijl Europese landen Chinese politieposten lieten sluiten, patrouilleren Chinese "
        "agenten in Hongarije.",
        (), (resp("HU", "closure"),)),
    "it-generic-ministry-abroad": (
        "it",
        "A Budapest c'è una stazione di polizia cinese, secondo la ong. In Ungheria il "
        "governo tace. Il ministero dell'Interno non ha mai avviato un'indagine.",
        (resp("HU", "investigation", "denied"),), (resp("IT", "investigation", "denied"),)),
    "it-no-evidence-infinitive": (
        "it",
        "A Lubiana sarebbe attiva una stazione di polizia cinese; la polizia slovena ha "
        "fatto sapere di non aver trovato riscontri.",
        (resp("SI", "no_wrongdoing_found"),), ()),
    "it-irregular-activity-ruled-out": (
        "it",
        "Un giornale aveva indicato un ufficio di Udine come stazione di polizia cinese. La "
        "questura aveva escluso qualsiasi attività irregolare.",
        (resp("IT", "no_wrongdoing_found"),), ()),
    "en-searched-a-station": (
        "en",
        "The Federal Police searched a station in Recife that was named in a report on "
        "Chinese police stations.",
        (resp("BR", "investigation"),), ()),
    "en-no-indication-of-an-act": (
        "en",
        "A Chinese police station in Panama City closed in 2022; we found no indication that "
        "the Panamanian authorities ordered it.",
        (), (resp("PA", "no_wrongdoing_found"),)),
    "nl-searches-denied-beside-an-inquiry": (
        "nl",
        "Het parket heeft een onderzoek geopend naar een Chinese politiepost in Luik. Er "
        "werden nog geen huiszoekingen uitgevoerd.",
        (resp("BE", "investigation"),), (resp("BE", "investigation", "denied"),)),
    "fr-chinese-authorities-summoned": (
        "fr",
        "Un poste de police chinois a été signalé à Lille. Les autorités chinoises ont été "
        "convoquées au ministère des affaires étrangères.",
        (resp("FR", "protest"),), ()),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_case(name: str) -> None:
    lang, text, expect, forbid = CASES[name]
    keys = _keys(text, lang)
    missing = [k for k in expect if k not in keys]
    unwanted = [k for k in forbid if k in keys]
    assert not missing and not unwanted, (missing, unwanted, sorted(map(str, keys)))

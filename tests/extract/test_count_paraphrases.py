"""How many stations, countries, staff, returns and cases, as reporters and officials state them.

Sentences and short passages written for these tests from the concept (figures in digits and
words, before and after the noun, the noun elided or carried, parts of a total, tables,
parentheses, headlines, questions), in the nine languages, and negatives whose numbers are
years, ages, sentences, sums, shares, dates, phone numbers, footnotes or article numbers.

Carry-over before the changes that came with this suite: 73 of 84 (60 of 71 figures found,
all 13 negatives held). Of the paragraphs that go on from a headline or the paragraph before,
added next, 1 of 8 was read before figures in words could carry across a paragraph break.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts


def counts(text: str, lang: str) -> set[tuple[object, ...]]:
    return {
        (f.measure, f.value, f.country)
        for f in extract_facts(text, "t.txt", lang)
        if f.kind == "count"
    }


POSITIVES: list[tuple[str, str, tuple[object, ...]]] = [
    # English
    ("Investigators in Ottawa say they have identified four so-called Chinese police service stations "
     "operating in the province of Quebec and Ontario.", "en", ("stations", 4, "CA")),
    ("The rights group now counts 102 Chinese police outposts, spread across 53 countries.", "en",
     ("stations", 102, None)),
    ("The rights group now counts 102 Chinese police outposts, spread across 53 countries.", "en",
     ("countries", 53, None)),
    ("Dutch police are looking into two Chinese 'service stations' in Amsterdam and Rotterdam.",
     "en", ("stations", 2, "NL")),
    ("Chinese police stations abroad\n\nThe report lists eleven in Italy alone.", "en",
     ("stations", 11, "IT")),
    ("According to the campaigners, Britain is host to at least three of the stations.", "en",
     ("stations", 3, "GB")),
    ("Beijing's police have set up some 30 unofficial outposts in Europe, the NGO said.", "en",
     ("stations", 30, None)),
    ("Chinese police stations\n\nHow many Chinese police stations are there in Ireland? "
     "Officials believe there are two, both in Dublin.", "en", ("stations", 2, "IE")),
    ("The report says 230,000 Chinese nationals were persuaded to return home to face trial "
     "between April 2021 and July 2022.", "en", ("returns", 230000, None)),
    ("Spain: Chinese police stations\n\nSpain has nine of the stations, more than any other "
     "country except Italy.", "en", ("stations", 9, "ES")),
    ("Safeguard Defenders documented 54 overseas police service centres. Of these, nine are in "
     "Spain.", "en", ("stations", 9, "ES")),
    ("Safeguard Defenders documented 54 overseas police service centres. Of these, nine are in "
     "Spain.", "en", ("stations", 54, None)),
    # German
    ("Nach Angaben der Organisation betreibt China in Deutschland mindestens zwei inoffizielle "
     "Polizeistationen.", "de", ("stations", 2, "DE")),
    ("Weltweit soll es 102 chinesische Polizeistationen in 53 Ländern geben.", "de",
     ("stations", 102, None)),
    ("Weltweit soll es 102 chinesische Polizeistationen in 53 Ländern geben.", "de",
     ("countries", 53, None)),
    ("Die Menschenrechtsorganisation zählt in den Niederlanden zwei chinesische "
     "Polizeistationen.", "de", ("stations", 2, "NL")),
    ("Laut Bericht wurden rund 230.000 Menschen zur Rückkehr nach China bewegt.", "de",
     ("returns", 230000, None)),
    ("Österreich: In Wien soll es eine chinesische Polizeistation geben, die Zahl der "
     "Polizeistationen in Europa liegt bei elf.", "de", ("stations", 11, None)),
    ("Chinesische Polizeistationen in Europa\n\nIn Italien sind es elf, in Spanien neun.", "de",
     ("stations", 9, "ES")),
    # Dutch
    ("Volgens de organisatie zijn er in Nederland twee Chinese politiebureaus actief.", "nl",
     ("stations", 2, "NL")),
    ("Chinese politieposten\n\nWereldwijd zouden er 54 van zulke politieposten zijn, verspreid over 30 landen.", "nl",
     ("stations", 54, None)),
    ("Chinese politieposten\n\nWereldwijd zouden er 54 van zulke politieposten zijn, verspreid over 30 landen.", "nl",
     ("countries", 30, None)),
    ("Het aantal Chinese politiebureaus in het buitenland is opgelopen tot 102.", "nl",
     ("stations", 102, None)),
    ("De NGO spreekt van ongeveer 230.000 mensen die tot terugkeer naar China zijn overgehaald.",
     "nl", ("returns", 230000, None)),
    # French
    ("Selon l'ONG, la France abriterait au moins quatre antennes de police chinoises.", "fr",
     ("stations", 4, "FR")),
    ("L'organisation recense cent deux postes de police chinois dans cinquante-trois pays.", "fr",
     ("stations", 102, None)),
    ("L'organisation recense cent deux postes de police chinois dans cinquante-trois pays.", "fr",
     ("countries", 53, None)),
    ("Il y aurait une dizaine de commissariats chinois clandestins en Europe, selon le "
     "rapport.", "fr", ("stations", 10, None)),
    ("Postes de police chinois\n\nEn Belgique, deux de ces postes auraient été repérés par la Sûreté de l'État.", "fr",
     ("stations", 2, "BE")),
    ("Quelque 230 000 personnes auraient été convaincues de rentrer en Chine.", "fr",
     ("returns", 230000, None)),
    # Italian
    ("Secondo il rapporto, in Italia le stazioni di polizia cinesi sarebbero undici.", "it",
     ("stations", 11, "IT")),
    ("L'Italia ospita almeno undici stazioni di polizia cinesi, il numero più alto al mondo.",
     "it", ("stations", 11, "IT")),
    ("L'ong ha censito in tutto 102 centri di servizio della polizia cinese in 53 paesi.", "it",
     ("stations", 102, None)),
    ("L'ong ha censito in tutto 102 centri di servizio della polizia cinese in 53 paesi.", "it",
     ("countries", 53, None)),
    ("Le stazioni di polizia cinesi in Italia sono undici: due di queste si trovano a Milano.",
     "it", ("stations", 11, "IT")),
    ("Circa 230mila cittadini cinesi sarebbero stati persuasi a rientrare in patria.", "it",
     ("returns", 230000, None)),
    ("Stazioni di polizia cinesi\n\nNel nostro Paese ce ne sarebbero undici, secondo l'ong.",
     "it", ("stations", 11, None)),
    # Spanish
    ("España alberga nueve comisarías chinas, según el informe de la ONG.", "es",
     ("stations", 9, "ES")),
    ("La ONG ha localizado 54 comisarías chinas clandestinas en 30 países.", "es",
     ("stations", 54, None)),
    ("La ONG ha localizado 54 comisarías chinas clandestinas en 30 países.", "es",
     ("countries", 30, None)),
    ("Comisarías chinas en España\n\nDos de ellas estarían en Madrid y otra en Barcelona.",
     "es", ("stations", 2, "ES")),
    ("En total, la organización contabiliza 102 estaciones policiales chinas en el mundo.",
     "es", ("stations", 102, None)),
    ("Unas 230.000 personas habrían sido persuadidas de volver a China.", "es",
     ("returns", 230000, None)),
    ("Según la ONG, en Argentina funcionarían al menos dos comisarías chinas.", "es",
     ("stations", 2, "AR")),
    # Portuguese
    ("Portugal terá três postos de polícia chineses, segundo a organização.", "pt",
     ("stations", 3, "PT")),
    ("A ONG identificou 102 esquadras chinesas em 53 países.", "pt", ("stations", 102, None)),
    ("A ONG identificou 102 esquadras chinesas em 53 países.", "pt", ("countries", 53, None)),
    ("No Brasil, haveria pelo menos duas delegacias chinesas, no Rio de Janeiro e em São "
     "Paulo.", "pt", ("stations", 2, "BR")),
    ("Cerca de 230 mil pessoas terão sido persuadidas a regressar à China.", "pt",
     ("returns", 230000, None)),
    ("Esquadras chinesas em Portugal\n\nSão três, todas em Lisboa, segundo o relatório.", "pt",
     ("stations", 3, "PT")),
    # People returned, in the words of each language
    ("Officials say some 11,000 fugitives were talked into returning last year alone.", "en",
     ("returns", 11000, None)),
    ("Die NGO schreibt, 10.000 Menschen seien zur Heimkehr gedrängt worden.", "de",
     ("returns", 10000, None)),
    ("Volgens het rapport zijn 8.000 Chinezen bewogen om naar China terug te keren.", "nl",
     ("returns", 8000, None)),
    ("Près de 4 000 personnes auraient été incitées à rentrer en Chine, selon l'ONG.", "fr",
     ("returns", 4000, None)),
    ("Circa diecimila persone sarebbero state così spinte a fare ritorno in Cina.",
     "it", ("returns", 10000, None)),
    ("Según la ONG, 3.000 ciudadanos chinos fueron obligados a regresar a su país.", "es",
     ("returns", 3000, None)),
    ("O relatório diz que 5 mil cidadãos chineses foram obrigados a regressar à China.", "pt",
     ("returns", 5000, None)),
    # A paragraph that goes on from the one before, as news is often written
    ("Les postes de police chinois\n\nTrois se trouveraient à Paris, selon l'ONG.", "fr",
     ("stations", 3, "FR")),
    ("Le stazioni di polizia cinesi in Lombardia\n\nDue di queste sarebbero a Milano.", "it",
     ("stations", 2, "IT")),
    ("Chinese politieposten in Nederland\n\nEr zijn er twee, in Amsterdam en Rotterdam.", "nl",
     ("stations", 2, "NL")),
    ("Chinese police stations in Canada\n\nThree of them are in Toronto, police say.", "en",
     ("stations", 3, "CA")),
    # Simplified Chinese
    ("报告称，中国公安机关已在53个国家设立了102个海外警务服务站。", "zh",
     ("stations", 102, None)),
    ("报告称，中国公安机关已在53个国家设立了102个海外警务服务站。", "zh",
     ("countries", 53, None)),
    ("据该组织统计，意大利境内共有十一个此类服务站。", "zh", ("stations", 11, "IT")),
    ("该局已在海外设立警务服务站二十一个，聘请联络员四十名。", "zh", ("stations", 21, None)),
    ("该局已在海外设立警务服务站二十一个，聘请联络员四十名。", "zh", ("staff", 40, None)),
    ("荷兰有两个所谓的海外警察站。", "zh", ("stations", 2, "NL")),
    ("至少有三个中国海外警务站设在加拿大。", "zh", ("stations", 3, "CA")),
    ("一年来，该服务站共劝返在逃人员十二名。", "zh", ("returns", 12, None)),
    ("截至目前，共劝返涉诈嫌疑人23万人。", "zh", ("returns", 230000, None)),
    ("该站成立以来，协助办理案件三十起。", "zh", ("cases", 30, None)),
    # Traditional Chinese
    ("報告指出，中國在五十三個國家設有一百零二個海外警察站。", "zh",
     ("stations", 102, None)),
    ("報告指出，中國在五十三個國家設有一百零二個海外警察站。", "zh",
     ("countries", 53, None)),
    ("加拿大皇家騎警證實，境內有三處中國海外警察站。", "zh", ("stations", 3, "CA")),
    ("中國海外警察站引發各國關注。日本至少有兩個此類據點。", "zh", ("stations", 2, "JP")),
]


#: The headline of a story about the stations, put before a sentence that has none: counts are
#: read in documents about the stations, never in a lone sentence about people or places.
HEADLINES = {
    "en": "Chinese police stations",
    "de": "Chinesische Polizeistationen",
    "nl": "Chinese politieposten",
    "fr": "Les postes de police chinois",
    "it": "Le stazioni di polizia cinesi",
    "es": "Las comisarías chinas",
    "pt": "As esquadras chinesas",
    "zh": "海外警务服务站",
}


def in_a_story(text: str, lang: str) -> str:
    return text if "\n\n" in text else f"{HEADLINES[lang]}\n\n{text}"


@pytest.mark.parametrize(("text", "lang", "expected"), POSITIVES)
def test_a_stated_figure_is_a_count(text: str, lang: str, expected: tuple[object, ...]) -> None:
    assert expected in counts(in_a_story(text, lang), lang)


#: Parts of a total, a host "alone", tables, verb-last Dutch, 其中 and 多达; written after the
#: first list was read (carry-over: 30 of 34 found before the changes they came with).
MORE: list[tuple[str, str, tuple[object, ...]]] = [
    ("Italy alone has eleven such stations, the group says.", "en", ("stations", 11, "IT")),
    ("Of the 102 stations, 11 are in Italy.", "en", ("stations", 11, "IT")),
    ("Safeguard Defenders counted stations in 53 countries (102 in all).", "en", ("stations", 102, None)),
    ("Country | Stations\nItaly | 11\nSpain | 9\nFrance | 4", "en", ("stations", 9, "ES")),
    ("About a dozen Chinese police stations operate in Europe, the report claims.", "en", ("stations", 12, None)),
    ("The bureau employed 135 staff at its overseas stations.", "en", ("staff", 135, None)),
    ("Police have opened 13 cases linked to the stations.", "en", ("cases", 13, None)),
    ("Four Chinese officers will patrol Belgrade with Serbian police.", "en", ("officers", 4, "RS")),
    ("Zwei der Stationen befinden sich in Frankfurt.", "de", ("stations", 2, "DE")),
    ("Allein in Italien gibt es elf solcher Stationen.", "de", ("stations", 11, "IT")),
    ("In Deutschland existieren nach Angaben der NGO zwei derartige Polizeistationen.", "de", ("stations", 2, "DE")),
    ("Die Ermittler prüfen derzeit drei Fälle.", "de", ("cases", 3, None)),
    ("In België zouden er twee zijn, beide in Brussel.", "nl", ("stations", 2, "BE")),
    ("Het rapport noemt elf Chinese politieposten in Italië.", "nl", ("stations", 11, "IT")),
    ("La seule Italie en compterait onze.", "fr", ("stations", 11, "IT")),
    ("Combien de postes de police chinois y a-t-il en France ? Au moins quatre.", "fr", ("stations", 4, "FR")),
    ("Deux antennes se trouveraient en Île-de-France.", "fr", ("stations", 2, "FR")),
    ("Solo in Italia le stazioni sarebbero undici.", "it", ("stations", 11, "IT")),
    ("Undici stazioni (quattro delle quali a Milano) sono state censite in Italia.", "it", ("stations", 4, "IT")),
    ("In Italia le stazioni individuate sono undici, di cui due a Roma.", "it", ("stations", 11, "IT")),
    ("Sólo en España hay nueve comisarías de este tipo.", "es", ("stations", 9, "ES")),
    ("De las 102 comisarías, nueve están en España.", "es", ("stations", 9, "ES")),
    ("La Fiscalía investiga dos casos.", "es", ("cases", 2, None)),
    ("Em Portugal existem três esquadras desse tipo.", "pt", ("stations", 3, "PT")),
    ("Das 102 esquadras, três ficam em Portugal.", "pt", ("stations", 3, "PT")),
    ("意大利一国就有十一个。", "zh", ("stations", 11, "IT")),
    ("荷兰境内有两处此类站点。", "zh", ("stations", 2, "NL")),
    ("全球共有102个，其中意大利11个。", "zh", ("stations", 11, "IT")),
    ("该局在海外设立服务站两个。", "zh", ("stations", 2, None)),
    ("海外警務站多達一百零二個，分布於五十三國。", "zh", ("stations", 102, None)),
    ("海外警務站多達一百零二個，分布於五十三國。", "zh", ("countries", 53, None)),
    ("服务站共聘请联络员12名。", "zh", ("staff", 12, None)),
    ("加拿大有三个这样的站点，都在多伦多。", "zh", ("stations", 3, "CA")),
    ("英国至少有三家。", "zh", ("stations", 3, "GB")),
    ("该局设立服务站30个，其中劝返人员11名。", "zh", ("returns", 11, None)),
]


@pytest.mark.parametrize(("text", "lang", "expected"), MORE)
def test_a_figure_in_a_part_a_table_or_a_clause_is_a_count(
    text: str, lang: str, expected: tuple[object, ...]
) -> None:
    assert expected in counts(in_a_story(text, lang), lang)


def test_people_counted_after_the_stations_are_not_stations() -> None:
    found = counts(in_a_story("该局设立服务站30个，其中劝返人员11名。", "zh"), "zh")
    assert ("stations", 11, None) not in found


#: Figures in words of every language, staff, cases, officers and bureaus, each counted by the
#: noun nearest it (carry-over: 27 of 30 found before "the nearer noun" was read).
NOUNS_AND_WORDS: list[tuple[str, str, tuple[object, ...]]] = [
    ("Die Organisation spricht von Stationen in dreiundfünfzig Ländern.", "de", ("countries", 53, None)),
    ("Het gaat om posten in drieënvijftig landen.", "nl", ("countries", 53, None)),
    ("Le stazioni si troverebbero in cinquantatré paesi.", "it", ("countries", 53, None)),
    ("Las comisarías estarían en cincuenta y tres países.", "es", ("countries", 53, None)),
    ("As esquadras estariam em cinquenta e três países.", "pt", ("countries", 53, None)),
    ("Les postes seraient répartis dans cinquante-trois pays.", "fr", ("countries", 53, None)),
    ("Safeguard Defenders a recensé cent deux postes.", "fr", ("stations", 102, None)),
    ("La ONG contabiliza ciento dos comisarías en todo el mundo.", "es", ("stations", 102, None)),
    ("A ONG fala em cento e duas esquadras em todo o mundo.", "pt", ("stations", 102, None)),
    ("Die NGO zählt hundertzwei Polizeistationen weltweit.", "de", ("stations", 102, None)),
    ("De ngo telt honderdtwee politieposten wereldwijd.", "nl", ("stations", 102, None)),
    ("Le stazioni nel mondo sarebbero centodue.", "it", ("stations", 102, None)),
    ("The stations employ some 135 volunteers.", "en", ("staff", 135, None)),
    ("Il centro di Prato impiegava sei volontari.", "it", ("staff", 6, "IT")),
    ("La comisaría de Madrid contaba con cinco voluntarios.", "es", ("staff", 5, "ES")),
    ("Die Station in Wien hatte vier Mitarbeiter.", "de", ("staff", 4, "AT")),
    ("De post in Amsterdam had twee vrijwilligers.", "nl", ("staff", 2, "NL")),
    ("O posto de Lisboa tinha três voluntários.", "pt", ("staff", 3, "PT")),
    ("La procura indaga su quattro casi.", "it", ("cases", 4, None)),
    ("O Ministério Público abriu dois casos.", "pt", ("cases", 2, None)),
    ("The police forces of 30 Chinese jurisdictions run stations abroad.", "en", ("jurisdictions", 30, None)),
    ("Zwei chinesische Polizisten patrouillieren in Zagreb.", "de", ("officers", 2, "HR")),
    ("Quattro agenti cinesi pattuglieranno Roma.", "it", ("officers", 4, "IT")),
    ("Cuatro policías chinos patrullarán Madrid.", "es", ("officers", 4, "ES")),
    ("两名中国警员将在罗马巡逻。", "zh", ("officers", 2, "IT")),
    ("该站共有工作人员5名。", "zh", ("staff", 5, None)),
    ("据报道，全球共有一百零二個這類站點。", "zh", ("stations", 102, None)),
    ("報告稱，這些站點分布在五十三個國家。", "zh", ("countries", 53, None)),
    ("The bureau hired 120 staff at 30 stations.", "en", ("staff", 120, None)),
    ("Some 80 officers at 12 stations were named in the files.", "en", ("officers", 80, None)),
]


@pytest.mark.parametrize(("text", "lang", "expected"), NOUNS_AND_WORDS)
def test_the_noun_nearest_a_figure_is_what_it_counts(
    text: str, lang: str, expected: tuple[object, ...]
) -> None:
    assert expected in counts(in_a_story(text, lang), lang)


def test_people_beside_stations_are_not_stations() -> None:
    found = counts(in_a_story("The bureau hired 120 staff at 30 stations.", "en"), "en")
    assert ("stations", 120, None) not in found


#: Headlines, figures in brackets after their hosts, a whole and its parts, a region's figure
#: beside a country's (carry-over: 13 of 15 found before brackets and regions were read).
WHOLES_AND_PARTS: list[tuple[str, str, tuple[object, ...]]] = [
    ("Italy hosts 11 Chinese police stations, report says\n\nThe NGO published its findings on Monday.", "en", ("stations", 11, "IT")),
    ("Undici stazioni di polizia cinesi in Italia\n\nLo rivela un rapporto.", "it", ("stations", 11, "IT")),
    ("Neun chinesische Polizeistationen in Spanien\n\nDas berichtet eine NGO.", "de", ("stations", 9, "ES")),
    ("荷兰两处海外警察站被关闭\n\n荷兰外交部周二宣布。", "zh", ("stations", 2, "NL")),
    ("The report counts stations in Italy (11), Spain (9) and France (4).", "en", ("stations", 9, "ES")),
    ("Le rapport cite l'Italie (onze postes) et l'Espagne (neuf).", "fr", ("stations", 11, "IT")),
    ("In Europa soll es elf solcher Stationen geben; in Österreich eine in Wien.", "de", ("stations", 11, None)),
    ("L'Europe en compterait une quarantaine, dont onze en Italie.", "fr", ("stations", 11, "IT")),
    ("Sono 102 in tutto il mondo, undici delle quali in Italia.", "it", ("stations", 11, "IT")),
    ("Son 102 en todo el mundo, nueve de ellas en España.", "es", ("stations", 9, "ES")),
    ("São 102 no mundo, três delas em Portugal.", "pt", ("stations", 3, "PT")),
    ("Het zijn er wereldwijd 102, waarvan twee in Nederland.", "nl", ("stations", 2, "NL")),
    ("Weltweit sind es 102, davon zwei in Deutschland.", "de", ("stations", 2, "DE")),
    ("这类站点全球约有一百个，其中两个在荷兰。", "zh", ("stations", 2, "NL")),
    ("這類站點在全球約有一百個，其中兩個在荷蘭。", "zh", ("stations", 2, "NL")),
]


@pytest.mark.parametrize(("text", "lang", "expected"), WHOLES_AND_PARTS)
def test_a_figure_of_a_headline_a_bracket_or_a_part_is_a_count(
    text: str, lang: str, expected: tuple[object, ...]
) -> None:
    assert expected in counts(in_a_story(text, lang), lang)


def test_a_lone_figure_in_brackets_after_a_place_is_no_count() -> None:
    text = "The suspect, a resident of Milan (54), ran the station."
    assert not {c for c in counts(in_a_story(text, "en"), "en") if c[1] == 54}


def test_a_region_figure_is_not_the_country_of_another_clause() -> None:
    text = ("Chinesische Polizeistationen\n\nÖsterreich: In Wien soll es eine chinesische "
            "Polizeistation geben, die Zahl der Polizeistationen in Europa liegt bei elf.")
    assert ("stations", 11, None) in counts(text, "de")
    assert ("stations", 11, "AT") not in counts(text, "de")


#: Officialese, answers to members, rounded dozens and tens, Chinese nouns pointing back
#: (此类机构) and staff (工作人员) (carry-over: 17 of 19 found before they were read).
OFFICIAL_AND_ROUNDED: list[tuple[str, str, tuple[object, ...]]] = [
    ("The minister told MPs that two such premises had been identified in Scotland.", "en", ("stations", 2, "GB")),
    ("Asked how many there were, the spokesman said: \"We know of three, all in Toronto.\"", "en", ("stations", 3, "CA")),
    ("Roughly two dozen of the so-called 'service stations' operate across Europe.", "en", ("stations", 24, None)),
    ("Die Bundesregierung hat Kenntnis von zwei solchen Einrichtungen in Deutschland.", "de", ("stations", 2, "DE")),
    ("Le ministre a confirmé l'existence de deux de ces antennes sur le sol français.", "fr", ("stations", 2, "FR")),
    ("Il ministro ha confermato che le strutture individuate in Italia sono quattro.", "it", ("stations", 4, "IT")),
    ("El ministro confirmó que en España se han detectado tres de estos centros.", "es", ("stations", 3, "ES")),
    ("O ministro confirmou a existência de duas destas estruturas em Portugal.", "pt", ("stations", 2, "PT")),
    ("该组织称，中国已在意大利开设了至少十一个所谓的“海外警务服务站”。", "zh", ("stations", 11, "IT")),
    ("据统计，约有二十个国家设有此类站点。", "zh", ("countries", 20, None)),
    ("该局共在21个国家设立了30个服务站。", "zh", ("countries", 21, None)),
    ("目前在西班牙共有9家此类机构。", "zh", ("stations", 9, "ES")),
    ("這些服務站共聘用了一百三十五名工作人員。", "zh", ("staff", 135, None)),
    ("Die NGO dokumentierte rund zwei Dutzend Polizeistationen in Europa.", "de", ("stations", 24, None)),
    ("La ONG ha documentado una docena de comisarías chinas en Europa.", "es", ("stations", 12, None)),
    ("L'ONG a documenté une dizaine de postes en Europe.", "fr", ("stations", 10, None)),
    ("De ngo vond een tiental Chinese politieposten in Europa.", "nl", ("stations", 10, None)),
    ("A ONG encontrou uma dezena de esquadras na Europa.", "pt", ("stations", 10, None)),
    ("L'ong ha trovato una decina di stazioni in Europa.", "it", ("stations", 10, None)),
]


@pytest.mark.parametrize(("text", "lang", "expected"), OFFICIAL_AND_ROUNDED)
def test_an_official_or_rounded_figure_is_a_count(
    text: str, lang: str, expected: tuple[object, ...]
) -> None:
    assert expected in counts(in_a_story(text, lang), lang)


def test_employees_of_anything_are_not_station_staff() -> None:
    text = "警方逮捕了3名员工。"
    assert not {c for c in counts(in_a_story(text, "zh"), "zh") if c[1] == 3}


#: Hosts in apposition with their figure, verbs of working and Dutch participles after a bare
#: figure (carry-over: 10 of 14 found before they were read).
HOSTS_AND_VERBS: list[tuple[str, str, tuple[object, ...]]] = [
    ("Spain is home to nine of the stations, the report says.", "en", ("stations", 9, "ES")),
    ("Nine have been found in Spain, four in France.", "en", ("stations", 4, "FR")),
    ("Spain, with nine stations, comes second after Italy.", "en", ("stations", 9, "ES")),
    ("The Fuzhou police opened five stations in Italy between 2018 and 2020.", "en", ("stations", 5, "IT")),
    ("Stationen in Europa: Italien elf, Spanien neun, Frankreich vier.", "de", ("stations", 9, "ES")),
    ("In Ungarn wurden zwei solche Stellen entdeckt.", "de", ("stations", 2, "HU")),
    ("Zwei davon befinden sich in Budapest.", "de", ("stations", 2, "HU")),
    ("In Frankrijk zijn er vier ontdekt, onder meer in Parijs.", "nl", ("stations", 4, "FR")),
    ("Quattro si troverebbero a Milano, due a Roma.", "it", ("stations", 2, "IT")),
    ("La Spagna, con nove stazioni, è seconda solo all'Italia.", "it", ("stations", 9, "ES")),
    ("Nueve de ellas se encuentran en territorio español.", "es", ("stations", 9, "ES")),
    ("Três funcionariam em Lisboa e uma no Porto.", "pt", ("stations", 3, "PT")),
    ("其中三个位于米兰，两个位于罗马。", "zh", ("stations", 2, "IT")),
    ("福州市公安局在意大利开设了五个服务站。", "zh", ("stations", 5, "IT")),
]


@pytest.mark.parametrize(("text", "lang", "expected"), HOSTS_AND_VERBS)
def test_a_host_with_its_figure_is_a_count(
    text: str, lang: str, expected: tuple[object, ...]
) -> None:
    assert expected in counts(in_a_story(text, lang), lang)


#: Totals and tallies, and a bare figure placed in the world (carry-over: 10 of 12 found before
#: "worldwide" after a bare figure was read).
TOTALS: list[tuple[str, str, tuple[object, ...]]] = [
    ("A total of 102 such stations have been identified.", "en", ("stations", 102, None)),
    ("The new findings bring the total to 102 stations in 53 countries.", "en", ("stations", 102, None)),
    ("The tally of Chinese police stations now stands at 102.", "en", ("stations", 102, None)),
    ("Safeguard Defenders said there were at least 102 worldwide.", "en", ("stations", 102, None)),
    ("Insgesamt wurden 102 Stationen identifiziert.", "de", ("stations", 102, None)),
    ("Die Gesamtzahl liegt nun bei 102 Stationen.", "de", ("stations", 102, None)),
    ("Au total, 102 postes ont été recensés.", "fr", ("stations", 102, None)),
    ("Il totale sale così a 102 stazioni.", "it", ("stations", 102, None)),
    ("El total asciende a 102 comisarías.", "es", ("stations", 102, None)),
    ("O total sobe para 102 esquadras.", "pt", ("stations", 102, None)),
    ("Het totaal komt daarmee op 102 posten.", "nl", ("stations", 102, None)),
    ("此类站点总数已达102个。", "zh", ("stations", 102, None)),
]


@pytest.mark.parametrize(("text", "lang", "expected"), TOTALS)
def test_a_total_is_a_count(text: str, lang: str, expected: tuple[object, ...]) -> None:
    assert expected in counts(in_a_story(text, lang), lang)


def test_people_in_the_world_are_no_stations() -> None:
    text = "There are 60 million Chinese living worldwide."
    assert not counts(in_a_story(text, "en"), "en")


NEGATIVES: list[tuple[str, str, object]] = [
    ("The Chinese police station in Prato opened in 2018, according to the NGO.", "en", 2018),
    ("A 54-year-old man who ran the Chinese police station in Manhattan was arrested.", "en", 54),
    ("He was sentenced to 3 years in prison for running the Chinese police station.", "en", 3),
    ("The office behind the Chinese police station received 40,000 euros from the municipality.",
     "en", 40000),
    ("Only 12% of respondents had heard of the Chinese police stations, the survey found.", "en",
     12),
    ("The Chinese police station can be reached on 020 555 1234, the flyer says.", "en", 555),
    ("Der Bericht über die chinesischen Polizeistationen erschien am 12. September.", "de", 12),
    ("La stazione di polizia cinese è stata chiusa ai sensi dell'articolo 270 del codice penale.",
     "it", 270),
    ("El responsable de la comisaría china, de 61 años, fue detenido en Madrid.", "es", 61),
    ("Le poste de police chinois a été fermé, selon le rapport (note 14).", "fr", 14),
    ("A esquadra chinesa em Lisboa foi denunciada em 2022 por 3 jornalistas.", "pt", 2022),
    ("该海外警务站负责人今年56岁。", "zh", 56),
    ("Under Section 4 of the Act, the station's operators may be charged.", "en", 4),
    ("The station was mentioned in the report[12] and in the press.", "en", 12),
    ("The two men who ran the station in Croydon were released on bail.", "en", 2),
    ("Die beiden Betreiber der Station erhielten je zwei Jahre auf Bewährung.", "de", 2),
    ("Der Betreiber der Station zahlte eine Geldstrafe von 5.000 Euro.", "de", 5000),
    ("Il gestore della stazione, 45 anni, è indagato dal 2022.", "it", 45),
    ("Los responsables de la comisaría pagaron 3 millones de euros.", "es", 3),
    ("Le poste se trouvait au 12, rue de la Paix.", "fr", 12),
    ("De post zat op nummer 14 aan de Zeedijk.", "nl", 14),
    ("O posto ficava no número 33 da Rua do Benformoso.", "pt", 33),
    ("依据《刑法》第二百二十五条，该站点负责人被起诉。", "zh", 225),
    ("该站点负责人被判处有期徒刑两年。", "zh", 2),
    ("该服务站于2019年10月挂牌成立。", "zh", 10),
    ("服务站的电话是0577-88889999。", "zh", 88889999),
    ("Ten percent of the Chinese community used the station's services.", "en", 10),
    ("Il 10 per cento della comunità cinese si è rivolto alla stazione.", "it", 10),
    ("The station was set up three years ago in Rotterdam.", "en", 3),
    ("La comisaría lleva cinco años funcionando en Madrid.", "es", 5),
    ("Die Polizeistation öffnete vor zwei Jahren in Frankfurt.", "de", 2),
    ("Le poste a ouvert il y a deux ans à Paris.", "fr", 2),
    ("Der Leiter der Polizeistation wurde zu drei Jahren Haft verurteilt.", "de", 3),
    ("Il responsabile della stazione è stato condannato a due anni.", "it", 2),
    ("La comisaría recibió 20.000 euros de subvención.", "es", 20000),
    ("La station aurait coûté 50 000 euros.", "fr", 50000),
    ("Volgens artikel 140 van het Wetboek van Strafrecht is de post strafbaar.", "nl", 140),
    ("O posto funcionava desde 15 de março.", "pt", 15),
    ("该站点于3月15日挂牌。", "zh", 15),
    ("根据刑法第二百八十条，该站点被查处。", "zh", 280),
    ("The station was open 24 hours a day.", "en", 24),
    ("Die Station liegt 300 Meter vom Bahnhof entfernt.", "de", 300),
    ("Il 70% degli intervistati non conosceva le stazioni.", "it", 70),
    ("Tel. +39 02 1234 5678, the station's number.", "en", 1234),
    ("Chinese police stations in Italy\n\nPosted 20:15, updated 21:40.", "en", 20),
    ("Chinese police stations in Japan\n\nSome 800,000 Chinese nationals live in Japan.", "en",
     800000),
    ("Comisarías chinas en España\n\nPrimero en Madrid y después en Valencia, la ONG "
     "presentó su informe.", "es", 1),
    ("Esquadras chinesas no Brasil\n\n2. A Polícia Federal abriu um inquérito em Brasília.",
     "pt", 2),
    ("涉事人员被判处有期徒刑三年。", "zh", 3),
]


@pytest.mark.parametrize(("text", "lang", "number"), NEGATIVES)
def test_a_number_that_is_not_a_figure_yields_no_count(
    text: str, lang: str, number: object
) -> None:
    assert not {c for c in counts(in_a_story(text, lang), lang) if c[1] == number}

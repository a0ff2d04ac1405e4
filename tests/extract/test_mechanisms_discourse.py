"""Mechanisms that carry a fact across lines, sentences and paragraphs, in every language.

Each text was written for these tests. Three mechanisms:

- a table whose rows name a place and the PRC bureau linked to it lists stations, even
  when the line above it is only a heading ("Table 2 - Andean region");
- bureaus named jointly in a sentence that points back ("both were set up by the bureaus
  of Wenzhou and Qingtian", "ces antennes dépendraient…", "Todas terão sido abertas…") run
  the stations placed just before, in the same or the previous paragraph;
- a reported case of pressure on relatives ("his sister would get into trouble", "seine
  Familie könnte Schwierigkeiten bekommen") or of a return under a threat ("unless he
  went back") is an incident; the same words about what stations are for are not.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts
from stationwatch.kb.fact import Fact


def facts(text: str, lang: str) -> list[Fact]:
    return extract_facts(text, "t.txt", lang)


def station_operators(text: str, lang: str) -> dict[tuple[str | None, str | None], str | None]:
    return {
        (f.country, f.place): f.operator
        for f in facts(text, lang)
        if f.kind == "station" and f.polarity == "asserted"
    }


# --- tables of sites with a bureau column -------------------------------------------------

BUREAU_TABLES = [
    ("Chinese overseas police service stations: an update\n\nTable 2 - Andean region\n\n"
     "Country | City | Linked bureau | Status\nPeru | Lima | Wenzhou | open\n"
     "Colombia | Bogota | Qingtian | open\nBolivia | La Paz | unknown | closed\n", "en",
     {("PE", "Lima"): "Wenzhou", ("CO", "Bogotá"): "Qingtian", ("BO", "La Paz"): None}),
    ("Chinesische Polizeistationen im Ausland: Stand 2024\n\nTabelle 3 – Nordeuropa\n\n"
     "Land | Stadt | Zuständige Behörde\nSchweden | Stockholm | Fuzhou\n"
     "Norwegen | Oslo | Wenzhou\n", "de",
     {("SE", "Stockholm"): "Fuzhou", ("NO", "Oslo"): "Wenzhou"}),
    ("Les postes de police chinois à l'étranger\n\nTableau 4 – Afrique de l'Ouest\n\n"
     "Pays | Ville | Bureau de rattachement\nSénégal | Dakar | Qingtian\n"
     "Côte d'Ivoire | Abidjan | Wenzhou\n", "fr",
     {("SN", "Dakar"): "Qingtian", ("CI", "Abidjan"): "Wenzhou"}),
    ("Comisarías chinas en el extranjero: anexo\n\nCuadro 1 – Cono Sur\n\n"
     "País | Ciudad | Oficina vinculada\nUruguay | Montevideo | Lishui\n"
     "Paraguay | Asunción | Fuzhou\n", "es",
     {("UY", "Montevideo"): "Lishui", ("PY", "Asunción"): "Fuzhou"}),
]

#: The same rows under a header that names no bureau: a table of something else.
NOT_BUREAU_TABLES = [
    ("Chinese overseas police service stations are under scrutiny in South America.\n\n"
     "Table 5 - Restaurants visited for this report\n\nCountry | City | Owner's home town\n"
     "Peru | Lima | Wenzhou\nColombia | Bogota | Qingtian\n", "en"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), BUREAU_TABLES)
def test_rows_of_a_bureau_table_are_stations(
    text: str, lang: str, expected: dict[tuple[str, str], str | None]
) -> None:
    found = station_operators(text, lang)
    assert {key: found.get(key, "missing") for key in expected} == expected


@pytest.mark.parametrize(("text", "lang"), NOT_BUREAU_TABLES)
def test_rows_of_another_table_are_no_stations(text: str, lang: str) -> None:
    found = station_operators(text, lang)
    assert ("PE", "Lima") not in found and ("CO", "Bogotá") not in found


def test_countries_after_a_bureau_table_host_stations() -> None:
    text = (BUREAU_TABLES[0][0] + "\nWe count at least nine service points in the region; "
            "Ecuador and Venezuela each host at least one site that only one source names.\n")
    found = station_operators(text, "en")
    assert ("EC", None) in found and ("VE", None) in found


# --- bureaus named jointly, pointing back ------------------------------------------------

JOINT_BUREAUS = [
    ("Investigators found two Chinese police stations, in Leeds and in Bristol. Both were set "
     "up by the public security bureaus of Wenzhou and Qingtian, the report says.", "en",
     {("GB", "Leeds"): "Wenzhou", ("GB", "Bristol"): "Wenzhou"}),
    ("Deux « postes de police » chinois ont été repérés, à Lyon et à Marseille.\n\n"
     "Selon l'ONG, ces antennes dépendraient des bureaux de la sécurité publique de Lishui "
     "et de Fuzhou.", "fr", {("FR", "Lyon"): "Lishui", ("FR", "Marseille"): "Lishui"}),
    ("De ngo vond twee Chinese politieposten. Ze zaten in Utrecht en Den Haag. Volgens het "
     "rapport werden beide posten opgezet door de politie van Fuzhou en Wenzhou.", "nl",
     {("NL", "Utrecht"): "Fuzhou", ("NL", "The Hague"): "Fuzhou"}),
    ("A ONG identificou uma esquadra chinesa em Braga.\n\nSegundo o relatório, as outras duas "
     "funcionam em Coimbra e em Faro. Todas teriam sido abertas por serviços de segurança "
     "pública das cidades de Wenzhou e Lishui.", "pt",
     {("PT", "Braga"): "Wenzhou", ("PT", "Coimbra"): "Wenzhou", ("PT", "Faro"): "Wenzhou"}),
    ("L'ONG segnala due stazioni di polizia cinesi, a Torino e a Bologna. Entrambe sarebbero "
     "gestite dalle questure di Qingtian e di Wenzhou.", "it",
     {("IT", "Turin"): "Qingtian", ("IT", "Bologna"): "Qingtian"}),
    ("El informe sitúa dos comisarías chinas en Sevilla y Bilbao. Ambas dependerían de las "
     "oficinas de seguridad pública de Fuzhou y Lishui.", "es",
     {("ES", "Seville"): "Fuzhou", ("ES", "Bilbao"): "Fuzhou"}),
]

#: Bureaus in the next sentence that do not run the stations before it.
NOT_JOINT_BUREAUS = [
    ("Investigators found two Chinese police stations, in Leeds and in Bristol. The police "
     "of Wenzhou and Qingtian declined to comment.", "en", ("GB", "Leeds")),
    ("Investigators found two Chinese police stations, in Leeds and in Bristol. The bureaus "
     "of Wenzhou and Qingtian also run sites in Paris.", "en", ("GB", "Leeds")),
    ("A ONG identificou uma esquadra chinesa em Braga.\n\nA comunidade chinesa em Portugal "
     "vem sobretudo de Wenzhou e Lishui.", "pt", ("PT", "Braga")),
]


@pytest.mark.parametrize(("text", "lang", "expected"), JOINT_BUREAUS)
def test_bureaus_named_jointly_run_the_stations_before(
    text: str, lang: str, expected: dict[tuple[str, str], str]
) -> None:
    found = station_operators(text, lang)
    assert {key: found.get(key, "missing") for key in expected} == expected


@pytest.mark.parametrize(("text", "lang", "station"), NOT_JOINT_BUREAUS)
def test_bureaus_named_for_another_reason_run_nothing(
    text: str, lang: str, station: tuple[str, str]
) -> None:
    assert station_operators(text, lang).get(station, "missing") is None


# --- reported cases: relatives threatened, a return under a threat, a summons -------------

def incidents(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    return {(f.incident_type, f.country) for f in facts(text, lang) if f.kind == "incident"}


THREATS_TO_RELATIVES = [
    ("The Chinese police station in Leeds is under investigation. A student in Leeds says she "
     "was told her parents in China would get into trouble if she kept speaking out.", "en",
     "GB"),
    ("Die chinesische Polizeistation in Köln steht in der Kritik. Eine in Köln lebende "
     "Studentin berichtet, ihr sei gesagt worden, ihre Eltern in Fujian könnten Probleme "
     "bekommen.", "de", "DE"),
    ("Le poste de police chinois de Lyon fait l'objet d'une enquête. « On m'a dit que mes "
     "parents, restés au pays, auraient des problèmes si je continuais », raconte une "
     "étudiante de Lyon.", "fr", "FR"),
    ("La comisaría china de Sevilla está bajo investigación. Una estudiante de Sevilla cuenta "
     "que le dijeron que su familia en China tendría problemas si seguía hablando con la "
     "prensa.", "es", "ES"),
    ("La stazione di polizia cinese di Prato è sotto indagine. Un commerciante di Prato "
     "racconta che gli è stato detto che i suoi genitori in Cina avrebbero avuto guai.", "it",
     "IT"),
    ("De Chinese politieposten in Rotterdam worden onderzocht. Een student in Rotterdam vertelt dat haar "
     "werd gezegd dat haar familie in China problemen zou krijgen.", "nl", "NL"),
    ("A esquadra chinesa de Braga está a ser investigada. Um estudante de Braga conta que lhe "
     "disseram que a sua família na China teria problemas se continuasse.", "pt", "PT"),
]

RETURNS_UNDER_THREAT = [
    ("The Chinese police station in Leeds is under investigation. In 2021 two men from the "
     "station told a shop owner in Leeds that his sister would lose her job unless he "
     "returned home.", "en", "GB"),
    ("A esquadra chinesa de Braga está a ser investigada. Um comerciante de Braga teria "
     "regressado à China em 2020 depois que os seus pais foram ameaçados.", "pt", "PT"),
    ("La comisaría china de Sevilla está bajo investigación. Un empresario de Sevilla volvió "
     "a China en 2021 después de que su familia fuera amenazada.", "es", "ES"),
    ("La stazione di polizia cinese di Prato è sotto indagine. Un ristoratore di Prato è "
     "rientrato in Cina nel 2021 dopo che i suoi parenti erano stati minacciati.", "it", "IT"),
    ("Le poste de police chinois de Lyon fait l'objet d'une enquête. Un commerçant installé à "
     "Lyon est rentré en Chine en 2021 après que sa famille a été menacée.", "fr", "FR"),
    ("De Chinese politieposten in Rotterdam worden onderzocht. Een ondernemer in Rotterdam keerde in "
     "2021 terug naar China nadat zijn familie was bedreigd.", "nl", "NL"),
    ("La comisaría china de Sevilla está bajo investigación. Según la fiscalía, dos hombres "
     "del local instaron a un joven de Sevilla a \"volver a casa\" en 2022.", "es", "ES"),
]

SUMMONSES = [
    ("La stazione di polizia cinese di Padova è sotto indagine. Una studentessa di Padova "
     "racconta di essere stata convocata nella sede e invitata a non partecipare alle "
     "proteste.", "it", "IT"),
    ("De Chinese politieposten in Rotterdam worden onderzocht. Een student in Rotterdam vertelt dat ze "
     "in het kantoor werd 'uitgenodigd voor een gesprek' nadat ze kritiek had geuit.", "nl",
     "NL"),
    ("Le poste de police chinois de Lyon fait l'objet d'une enquête. Un commerçant de Lyon "
     "affirme avoir été convoqué deux fois dans ce local.", "fr", "FR"),
    ("The Chinese police station in Leeds is under investigation. A student in Leeds says she "
     "was summoned to the office twice after criticising Beijing online.", "en", "GB"),
    ("La comisaría china de Sevilla está bajo investigación. Una estudiante de Sevilla fue "
     "citada dos veces en el local tras criticar al Gobierno chino.", "es", "ES"),
    ("A esquadra chinesa de Braga está a ser investigada. Um estudante de Braga foi convocado "
     "duas vezes ao escritório depois de criticar Pequim.", "pt", "PT"),
]

#: The same words without a reported case: what stations are for, an ambassador summoned, a
#: return for a family visit.
NOT_CASES = [
    ("Critics say Chinese police stations abroad are used to warn people that their relatives "
     "in China could get into trouble.", "en"),
    ("Die chinesischen Polizeistationen dienen laut Kritikern dazu, Familien in China "
     "Probleme zu bereiten.", "de"),
    ("The Chinese police station in Leeds is under investigation. The Chinese ambassador was "
     "summoned to the Foreign Office.", "en"),
    ("Le poste de police chinois de Lyon fait l'objet d'une enquête. L'ambassadeur de Chine a "
     "été convoqué au Quai d'Orsay.", "fr"),
    ("The Chinese police station in Leeds is under investigation. In 2021 a shop owner in "
     "Leeds went back to China for his sister's wedding.", "en"),
    ("Le poste de police chinois de Lyon fait l'objet d'une enquête. Les ressortissants "
     "chinois y sont convoqués pour renouveler leur permis de conduire.", "fr"),
]


@pytest.mark.parametrize(("text", "lang", "country"), THREATS_TO_RELATIVES + SUMMONSES)
def test_pressure_on_a_person_is_harassment(text: str, lang: str, country: str) -> None:
    assert ("harassment", country) in incidents(text, lang)


@pytest.mark.parametrize(("text", "lang", "country"), RETURNS_UNDER_THREAT)
def test_a_return_under_a_threat_is_a_persuasion(text: str, lang: str, country: str) -> None:
    assert ("persuasion", country) in incidents(text, lang)


@pytest.mark.parametrize(("text", "lang"), NOT_CASES)
def test_the_same_words_without_a_case_are_no_incident(text: str, lang: str) -> None:
    assert not {kind for kind, _ in incidents(text, lang)} & {"harassment", "persuasion"}


# --- the genitive of a capital and of a bureau ---------------------------------------------

def test_a_german_genitive_names_china() -> None:
    text = ("Razzia wegen mutmaßlicher Polizeiwache Pekings\n\nDie Polizei durchsuchte am "
            "Dienstag die Räume eines Vereins in Köln.")
    assert ("response", "DE", "investigation", "asserted") in {f.key() for f in facts(text, "de")}


def test_a_bureau_named_in_the_genitive_runs_the_station() -> None:
    text = ("Die chinesische Polizeistation in Köln soll im Auftrag des Amts für öffentliche "
            "Sicherheit der Stadt Wenzhou arbeiten.")
    assert station_operators(text, "de").get(("DE", "Cologne")) == "Wenzhou"


def test_a_forced_return_after_a_threat_stays_a_forced_return() -> None:
    text = ("La stazione di polizia cinese di Prato è sotto indagine. Secondo l'ONG, un uomo "
            "residente a Prato è stato costretto a rientrare in Cina dopo che la sua famiglia "
            "era stata minacciata.")
    found = incidents(text, "it")
    assert ("forced_return", "IT") in found and ("persuasion", "IT") not in found


# --- a state that closed "theirs": the country hosted stations ----------------------------

CLOSED_AT_HOME = [
    ("Chinese police stations abroad face growing pressure. Sweden and Norway ordered theirs "
     "closed last year.", "en"),
    ("Les postes de police chinois à l'étranger inquiètent.\n\nLa Suède et la Norvège ont "
     "ordonné la fermeture de sites similaires.", "fr"),
    ("Chinesische Polizeistationen im Ausland stehen in der Kritik. Schweden und Norwegen "
     "haben solche Stellen bereits schließen lassen.", "de"),
    ("Las comisarías chinas en el extranjero preocupan. Suecia y Noruega ordenaron el cierre "
     "de las suyas en 2022.", "es"),
    ("Le stazioni di polizia cinesi all'estero preoccupano. Svezia e Norvegia hanno già fatto "
     "chiudere le loro.", "it"),
    ("Chinese politieposten in het buitenland liggen onder vuur. Zweden en Noorwegen hebben "
     "hun posten al laten sluiten.", "nl"),
    ("As esquadras chinesas no estrangeiro preocupam. A Suécia e a Noruega mandaram encerrar "
     "as suas em 2022.", "pt"),
]

NOT_CLOSED_AT_HOME = [
    ("Chinese police stations abroad face growing pressure. Sweden and Norway could order "
     "theirs closed.", "en"),
    ("Chinese police stations abroad face growing pressure. Sweden and Norway have not ordered "
     "any closure.", "en"),
    ("Chinese police stations abroad face growing pressure. Sweden and Norway closed their "
     "embassies in Kabul in 2021.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), CLOSED_AT_HOME)
def test_states_that_closed_theirs_hosted_stations(text: str, lang: str) -> None:
    found = station_operators(text, lang)
    assert ("SE", None) in found and ("NO", None) in found


@pytest.mark.parametrize(("text", "lang"), NOT_CLOSED_AT_HOME)
def test_states_that_closed_nothing_of_theirs_host_nothing(text: str, lang: str) -> None:
    found = station_operators(text, lang)
    assert ("SE", None) not in found and ("NO", None) not in found


# --- a station described, not named: offices working for China's police --------------------

DESCRIBED_STATIONS = [
    ("Prosecutors are investigating offices in Leeds said to work for the Chinese police.", "en",
     "GB"),
    ("Het OM onderzoekt kantoren in Utrecht die voor de Chinese politie zouden werken.", "nl",
     "NL"),
    ("Le parquet enquête sur des structures à Lyon qui agiraient pour le compte des autorités "
     "policières chinoises.", "fr", "FR"),
    ("La Fiscalía investiga oficinas en Sevilla que trabajarían para la policía china.", "es",
     "ES"),
    ("La procura indaga su uffici a Torino che lavorerebbero per la polizia cinese.", "it", "IT"),
    ("O Ministério Público investiga escritórios em Braga que trabalhariam para a polícia "
     "chinesa.", "pt", "PT"),
]


@pytest.mark.parametrize(("text", "lang", "country"), DESCRIBED_STATIONS)
def test_offices_working_for_chinas_police_make_a_document_relevant(
    text: str, lang: str, country: str
) -> None:
    keys = {f.key() for f in facts(text, lang)}
    assert ("response", country, "investigation", "asserted") in keys


def test_a_chinese_restaurant_in_local_police_news_is_not_relevant() -> None:
    text = "Police in Leeds are investigating a break-in at the offices of a Chinese restaurant."
    assert facts(text, "en") == []


def test_someone_told_their_relatives_would_suffer_is_a_case_by_itself() -> None:
    text = ("Die chinesische Polizeistation in Basel steht in der Kritik. Einer Uigurin sei nach "
            "einer Demonstration bedeutet worden, dass ihre Angehörigen in Xinjiang "
            "Schwierigkeiten bekommen könnten.")
    assert ("harassment", "CH") in incidents(text, "de")


NO_KNOWN_CASES = [
    ("A esquadra chinesa de Braga está a ser investigada. O ministério não tem conhecimento de "
     "quaisquer situações de coação de cidadãos chineses.", "pt"),
    ("The Chinese police station in Leeds is under investigation. The ministry has no knowledge "
     "of any reported situations involving harassment of Chinese nationals.", "en"),
    ("La comisaría china de Sevilla está bajo investigación. El Gobierno no tiene constancia de "
     "ningún caso conocido de acoso a ciudadanos chinos.", "es"),
    ("La stazione di polizia cinese di Prato è sotto indagine. Il ministero non ha notizia di "
     "alcun episodio accertato di intimidazione di cittadini cinesi.", "it"),
]


@pytest.mark.parametrize(("text", "lang"), NO_KNOWN_CASES)
def test_no_knowledge_of_any_case_is_no_incident(text: str, lang: str) -> None:
    assert not incidents(text, lang)


# --- a country named as the place of stations, with no city --------------------------------

COUNTRY_AS_PLACE = [
    ("The group's report lists a Chinese police station in Lagos and one in Tanzania.", "en",
     "TZ"),
    ("Según la ONG, China opera comisarías en Lima, en Quito y en Bolivia.", "es", "BO"),
    ("Selon l'ONG, la police chinoise gère des postes de police en Hongrie.", "fr", "HU"),
    ("Secondo l'ONG, la polizia cinese gestisce stazioni di polizia in Ungheria.", "it", "HU"),
    ("Laut der NGO betreibt die chinesische Polizei Polizeistationen in Ungarn.", "de", "HU"),
    ("Volgens de ngo heeft de Chinese politie politieposten in Hongarije.", "nl", "HU"),
    ("Segundo a ONG, a polícia chinesa mantém esquadras na Hungria.", "pt", "HU"),
]

#: A country in the same sentence that is not where the stations are.
COUNTRY_NOT_AS_PLACE = [
    ("The Chinese police station in Milan was first reported by an NGO in Spain.", "en", "ES"),
    ("La comisaría china de Milán fue denunciada por una ONG con sede en España.", "es", "ES"),
]


@pytest.mark.parametrize(("text", "lang", "country"), COUNTRY_AS_PLACE)
def test_a_country_named_as_the_place_of_stations_hosts_one(
    text: str, lang: str, country: str
) -> None:
    assert (country, None) in station_operators(text, lang)


@pytest.mark.parametrize(("text", "lang", "country"), COUNTRY_NOT_AS_PLACE)
def test_a_country_named_for_another_reason_hosts_none(text: str, lang: str, country: str) -> None:
    assert (country, None) not in station_operators(text, lang)


# --- a figure of two split between two places ------------------------------------------------

def counts(text: str, lang: str) -> set[tuple[object, ...]]:
    return {(f.measure, f.value, f.country) for f in facts(text, lang) if f.kind == "count"}


SPLIT_FIGURES = [
    ("Le parquet enquête sur des structures liées à la police chinoise.\n\nLe rapport vise deux "
     "locaux : l'un à Lyon, l'autre à Grenoble.", "fr", "FR"),
    ("Prosecutors are looking into offices said to work for the Chinese police.\n\nThe inquiry "
     "covers two addresses: one in Leeds and the other in Bristol.", "en", "GB"),
    ("La Fiscalía investiga oficinas que trabajarían para la policía china.\n\nLa ONG cita dos "
     "locales, uno en Sevilla y otro en Bilbao.", "es", "ES"),
    ("O Ministério Público investiga escritórios que trabalhariam para a polícia chinesa.\n\n"
     "A ONG aponta dois locais, um em Braga e outro em Coimbra.", "pt", "PT"),
    ("La procura indaga su uffici che lavorerebbero per la polizia cinese.\n\nL'ONG indica due "
     "sedi, una a Torino e l'altra a Bologna.", "it", "IT"),
    ("Het OM onderzoekt kantoren die voor de Chinese politie zouden werken.\n\nDe ngo noemt twee "
     "adressen, een in Utrecht en de andere in Rotterdam.", "nl", "NL"),
    ("Die Staatsanwaltschaft ermittelt gegen Büros, die für die chinesische Polizei arbeiten "
     "sollen.\n\nDie Organisation nennt zwei Adressen, eine in Hamburg und die andere in "
     "München.", "de", "DE"),
]

#: Two people, or two places in two countries, are no count of one country's stations.
NOT_SPLIT_FIGURES = [
    ("Prosecutors are looking into offices said to work for the Chinese police.\n\nTwo men were "
     "questioned, one in Leeds and the other in Bristol.", "en", ("stations", 2, "GB")),
    ("Prosecutors are looking into offices said to work for the Chinese police.\n\nThe inquiry "
     "covers two addresses: one in Leeds and the other in Dublin.", "en", ("stations", 2, "GB")),
]


@pytest.mark.parametrize(("text", "lang", "country"), SPLIT_FIGURES)
def test_a_figure_split_between_two_places_counts_stations(
    text: str, lang: str, country: str
) -> None:
    assert ("stations", 2, country) in counts(text, lang)


@pytest.mark.parametrize(("text", "lang", "key"), NOT_SPLIT_FIGURES)
def test_people_or_places_of_two_countries_are_no_split_figure(
    text: str, lang: str, key: tuple[object, ...]
) -> None:
    assert key not in counts(text, lang)


#: A figure placed in a city's region or area, the counted noun left out.
REGION_FIGURES = [
    ("Chinese police stations are reported across Canada, two in the Ottawa region.", "en", "CA"),
    ("Er zijn Chinese politieposten in Canada: twee in de regio Ottawa.", "nl", "CA"),
    ("On signale des postes de police chinois au Canada : deux dans la région d'Ottawa.", "fr",
     "CA"),
    ("Hay comisarías chinas en México: dos en la zona de Monterrey.", "es", "MX"),
    ("Ci sono stazioni di polizia cinesi in Francia: due nella zona di Lione.", "it", "FR"),
    ("Es gibt chinesische Polizeistationen in Kanada: zwei im Raum Ottawa.", "de", "CA"),
    ("Há esquadras chinesas no Brasil: duas na região de Curitiba.", "pt", "BR"),
]


@pytest.mark.parametrize(("text", "lang", "country"), REGION_FIGURES)
def test_a_figure_placed_in_a_region_counts_its_stations(
    text: str, lang: str, country: str
) -> None:
    assert ("stations", 2, country) in counts(text, lang)


#: Offices tied to China's police, placed: stations, though no station noun is used.
DESCRIBED_AND_PLACED = [
    ("The report locates offices linked to the Chinese police in Leeds and Bristol.", "en",
     {("GB", "Leeds"), ("GB", "Bristol")}),
    ("Le rapport situe des bureaux liés à la police chinoise à Lyon et à Grenoble.", "fr",
     {("FR", "Lyon"), ("FR", "Grenoble")}),
    ("El informe sitúa oficinas vinculadas a la policía china en Sevilla y Bilbao.", "es",
     {("ES", "Seville"), ("ES", "Bilbao")}),
    ("Il rapporto colloca uffici legati alla polizia cinese a Torino e Bologna.", "it",
     {("IT", "Turin"), ("IT", "Bologna")}),
    ("O relatório situa escritórios ligados à polícia chinesa em Braga e Coimbra.", "pt",
     {("PT", "Braga"), ("PT", "Coimbra")}),
    ("Het rapport noemt kantoren met banden met de Chinese politie in Utrecht en Rotterdam.",
     "nl", {("NL", "Utrecht"), ("NL", "Rotterdam")}),
]


@pytest.mark.parametrize(("text", "lang", "expected"), DESCRIBED_AND_PLACED)
def test_offices_tied_to_chinas_police_are_stations_where_placed(
    text: str, lang: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= set(station_operators(text, lang))


def test_a_chinese_restaurant_searched_by_police_is_no_station() -> None:
    text = ("The offices of a Chinese restaurant in Leeds were searched by police after a "
            "burglary.\n\nChinese police stations abroad are under scrutiny elsewhere.")
    assert ("GB", "Leeds") not in station_operators(text, "en")


# --- a weak noun opening the paragraph after the stations' paragraph ------------------------

NEXT_PARAGRAPH_SITES = [
    ("Prosecutors confirmed an inquiry into Chinese police stations.\n\nThe reports concern two "
     "sites, in Leeds and Bristol.", "en", {("GB", "Leeds"), ("GB", "Bristol")}),
    ("Le parquet confirme une enquête sur des postes de police chinois.\n\nLes signalements "
     "visent deux locaux : l'un à Lyon, l'autre à Grenoble.", "fr",
     {("FR", "Lyon"), ("FR", "Grenoble")}),
    ("El Gobierno confirma que investiga comisarías chinas.\n\nLos locales señalados están en "
     "Sevilla y Bilbao.", "es", {("ES", "Seville"), ("ES", "Bilbao")}),
    ("La procura conferma un'indagine sulle stazioni di polizia cinesi.\n\nLe sedi segnalate si "
     "trovano a Torino e a Bologna.", "it", {("IT", "Turin"), ("IT", "Bologna")}),
    ("Het OM bevestigt een onderzoek naar Chinese politieposten.\n\nDe kantoren bevinden zich in "
     "Utrecht en Rotterdam.", "nl", {("NL", "Utrecht"), ("NL", "Rotterdam")}),
    ("O Ministério Público confirma um inquérito a esquadras chinesas.\n\nOs locais visados "
     "ficam em Braga e Coimbra.", "pt", {("PT", "Braga"), ("PT", "Coimbra")}),
]


@pytest.mark.parametrize(("text", "lang", "expected"), NEXT_PARAGRAPH_SITES)
def test_sites_placed_in_the_next_paragraph_are_stations(
    text: str, lang: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= set(station_operators(text, lang))


def test_sites_after_a_paragraph_that_moved_on_are_no_stations() -> None:
    text = ("Prosecutors confirmed an inquiry into Chinese police stations. The weather in the "
            "capital was mild that week.\n\nThe company opened new offices in Leeds.")
    assert ("GB", "Leeds") not in station_operators(text, "en")


def test_a_statement_before_a_spanish_question_is_no_question() -> None:
    text = ("PREGUNTA: Una ONG publicó que en México operan dos oficinas de la policía china, una "
            "en Monterrey y otra en Tijuana. ¿Qué sabe el gobierno?")
    found = station_operators(text, "es")
    assert ("MX", "Monterrey") in found and ("MX", "Tijuana") in found
    assert ("stations", 2, "MX") in counts(text, "es")


# --- a region or district that situates the place before it ---------------------------------

def test_a_region_after_a_city_situates_it() -> None:
    found = station_operators(
        "La ONG sitúa una comisaría china en Mexicali, Baja California, según el informe.", "es")
    assert ("MX", "Mexicali") in found and ("US", "California") not in found
    found = station_operators(
        "Un poste de police chinois a été signalé à Brossard, Québec, selon la GRC.", "fr")
    assert ("CA", "Brossard") in found and ("CA", "Quebec") not in found


def test_a_district_after_a_city_is_part_of_it() -> None:
    found = station_operators(
        "La comisaría china estaría en la Ciudad de México, en la colonia Juárez.", "es")
    assert ("MX", "Mexico City") in found and ("MX", "Ciudad Juárez") not in found


def test_a_region_in_a_list_of_places_is_an_item() -> None:
    found = station_operators(
        "Según la ONG, hay comisarías chinas en Madrid, Valencia, Galicia y Canarias.", "es")
    assert ("ES", "Galicia") in found


def test_a_region_after_a_city_is_not_where_a_case_happened() -> None:
    text = ("Según la ONG, la policía china opera una comisaría en Mexicali, Baja California, y "
            "desde ahí se habría presionado a un comerciante para que regresara a China.")
    assert {country for _, country in incidents(text, "es")} == {"MX"}


#: Before: the French cases gave no station (English, Spanish, Dutch and Portuguese shapes
#: of the same sentence already did through their list rules).
SPLIT_AFTER_STATIONS = [
    ("La police confirme une enquête sur des postes de police chinois au Québec. Deux endroits "
     "ont fait l'objet de mesures, l'un à Laval et l'autre à Gatineau.", "fr",
     {("CA", "Laval"), ("CA", "Gatineau")}),
    ("La police enquête sur des postes de police chinois en France. Deux immeubles ont été "
     "visités, l'un à Lyon, l'autre à Grenoble.", "fr", {("FR", "Lyon"), ("FR", "Grenoble")}),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SPLIT_AFTER_STATIONS)
def test_two_places_split_after_a_station_sentence_are_stations(
    text: str, lang: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= set(station_operators(text, lang))


def test_a_german_figure_split_between_two_places() -> None:
    text = ("Die Polizei bestätigt Ermittlungen gegen chinesische Polizeistationen in Deutschland. "
            "Zwei Gebäude wurden durchsucht, eines in Hamburg und das andere in München.")
    assert ("stations", 2, "DE") in counts(text, "de")


#: A country labelling a list item scopes its figure, whatever the item's number and dates.
LABELLED_ITEMS = [
    ("中國在海外設立警察站。（一）荷蘭：外交部於111年11月下令境內兩處據點立即關閉。", "zht", "NL"),
    ("Chinese police stations abroad: an overview.\n(1) Netherlands: in November 2022 the "
     "government had two such stations closed.", "en", "NL"),
    ("Les postes de police chinois à l'étranger.\n(2) Pays-Bas : en novembre 2022, le "
     "gouvernement a fait fermer deux de ces postes.", "fr", "NL"),
]


@pytest.mark.parametrize(("text", "lang", "country"), LABELLED_ITEMS)
def test_a_country_label_scopes_the_figure_of_its_item(
    text: str, lang: str, country: str
) -> None:
    assert ("stations", 2, country) in counts(text, lang)

"""Spanish, Portuguese, Italian and French: concepts that official answers and news reports
put in words the first vocabulary lacked, each in all four languages.

Every sentence was written for this test from the concept it names, not taken from any
article or corpus. The concepts:

- a station named by what it is linked to: "centres linked to the Chinese police
  authorities", "structures acting on behalf of the PRC's police";
- "da República" in an institution's name (Procuradoria-Geral da República, Polícia da
  República de Moçambique) is no place called República;
- a closure said as a stop: "ceased their activity", "stopped providing services";
- a denial said as a charge: a "smear campaign", "malicious rumours", "pure invention",
  "nothing to do with the police";
- an investigation said in officialese: verification checks, "accertamenti",
  "approfondimenti", an "information judiciaire", "averiguações";
- nothing found, said as "the checks did not make it possible to establish…", "no
  evidence emerged";
- a person summoned to a station is a case of harassment, not a diplomatic protest (which
  summons an ambassador);
- a return forced as "made to board a plane for China";
- "at least N" stations inside a noun phrase.

Pass count before the rules were changed for it (the honest carry-over figure): 24 of 59
(positive 22 of 49: es 3/12, pt 6/12, it 7/13, fr 6/12; quiet 2 of 10). The five lower-bound
cases marked below were added with their fix. Two quiet cases remain open (``MECHANISM``).
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


def found(text: str, lang: str) -> set[Key]:
    return {tuple(_norm(v) for v in fact.key()) for fact in extract_facts(text, "t.txt", lang)}


def st(country: str, place: str | None) -> Key:
    return ("station", country, place, "asserted")


def n(value: int, country: str | None) -> Key:
    return ("count", "stations", value, country)


def resp(country: str, action: str) -> Key:
    return ("response", country, action, "asserted")


def inc(kind: str, country: str) -> Key:
    return ("incident", kind, country)


CN_DENIES: Key = ("denial", "CN")

POSITIVE: dict[str, tuple[str, str, tuple[Key, ...]]] = {
    # --- a station named by what it is linked to -------------------------------------------
    "es-linked-centros": ("es", "Un informe sitúa en Zaragoza y en Bilbao varios centros "
                          "vinculados a la policía china.", (st("ES", "Zaragoza"), st("ES", "Bilbao"))),
    "es-linked-por-cuenta": ("es", "La Guardia Civil examina en Alicante unos locales que "
                             "actuarían por cuenta de las autoridades policiales de la República "
                             "Popular China.", (st("ES", "Alicante"),)),
    "pt-linked-espacos": ("pt", "A ONG identificou em Braga espaços ligados às autoridades "
                          "policiais chinesas.", (st("PT", "Braga"),)),
    "pt-linked-estruturas": ("pt", "Segundo o relatório, funcionam em Coimbra estruturas "
                             "associadas à polícia da República Popular da China.",
                             (st("PT", "Coimbra"),)),
    "it-linked-sedi": ("it", "Secondo il dossier, a Torino e a Napoli operano sedi riconducibili "
                       "alla polizia cinese.", (st("IT", "Turin"), st("IT", "Naples"))),
    "it-linked-strutture": ("it", "Nel rapporto compaiono a Bergamo strutture legate ad apparati "
                            "di sicurezza cinesi.", (st("IT", "Bergamo"),)),
    "fr-linked-locaux": ("fr", "L'ONG signale à Lyon des locaux liés à la police chinoise.",
                         (st("FR", "Lyon"),)),
    "fr-linked-pour-le-compte": ("fr", "Le parquet enquête à Marseille sur des structures qui "
                                 "agiraient pour le compte des autorités policières chinoises.",
                                 (st("FR", "Marseille"),)),
    # --- "da República" names an institution, not a place ---------------------------------
    "pt-republica-procuradoria": ("pt", "A Procuradoria-Geral da República confirmou buscas "
                                  "num alegado posto de polícia chinês em Lisboa.",
                                  (st("PT", "Lisbon"),)),
    # --- a closure said as a stop -----------------------------------------------------------
    "es-closure-cesado": ("es", "Según la embajada, las comisarías chinas en España han cesado "
                          "su actividad de forma definitiva.", (resp("ES", "closure"),)),
    "es-closure-dejaron": ("es", "Las supuestas comisarías chinas de Madrid dejaron de prestar "
                           "servicios tras la visita policial.", (resp("ES", "closure"),)),
    "pt-closure-deixaram": ("pt", "O Governo foi informado de que as esquadras chinesas em "
                            "Portugal deixaram de prestar serviços.", (resp("PT", "closure"),)),
    "pt-closure-cessaram": ("pt", "A embaixada garantiu que os postos de polícia chineses no "
                            "Brasil cessaram definitivamente a atividade.",
                            (resp("BR", "closure"),)),
    "it-closure-cessato": ("it", "Le presunte stazioni di polizia cinesi in Italia hanno cessato "
                           "ogni attività, ha assicurato l'ambasciata.", (resp("IT", "closure"),)),
    "it-closure-smesso": ("it", "Dopo le verifiche, i commissariati cinesi di Prato hanno smesso "
                          "di operare.", (resp("IT", "closure"),)),
    "fr-closure-cesse-activites": ("fr", "Selon l'ambassade, les postes de police chinois en "
                                   "France ont cessé leurs activités.", (resp("FR", "closure"),)),
    "fr-closure-cesse-fonctionner": ("fr", "Les prétendus commissariats chinois de Paris ont "
                                     "cessé de fonctionner.", (resp("FR", "closure"),)),
    # --- a denial said as a charge ----------------------------------------------------------
    "it-denial-campagna": ("it", "Il consolato cinese parla di una campagna diffamatoria sulle "
                           "stazioni di polizia cinesi a Milano.", (CN_DENIES,)),
    "it-denial-nulla-a-che-fare": ("it", "Secondo l'ambasciata cinese, i presunti commissariati "
                                   "cinesi di Roma non hanno niente a che fare con la polizia.",
                                   (CN_DENIES,)),
    "es-denial-campana": ("es", "La embajada china denunció una campaña de difamación sobre las "
                          "supuestas comisarías chinas en Madrid.", (CN_DENIES,)),
    "es-denial-nada-que-ver": ("es", "Para la embajada china, las supuestas comisarías chinas "
                               "de Valencia no tienen nada que ver con la policía.", (CN_DENIES,)),
    "pt-denial-invencao": ("pt", "A embaixada chinesa classificou as notícias sobre esquadras "
                           "chinesas em Lisboa de pura invenção.", (CN_DENIES,)),
    "pt-denial-mentiras": ("pt", "A embaixada chinesa acusou a ONG de espalhar mentiras sobre as "
                           "delegacias chinesas no Brasil.", (CN_DENIES,)),
    "fr-denial-rumeurs": ("fr", "L'ambassade de Chine dénonce des rumeurs malveillantes au sujet "
                          "des postes de police chinois à Paris.", (CN_DENIES,)),
    "fr-denial-rien-a-voir": ("fr", "Pour l'ambassade de Chine, les prétendus commissariats "
                              "chinois de Lyon n'ont rien à voir avec la police.", (CN_DENIES,)),
    # --- an investigation in officialese ----------------------------------------------------
    "es-inv-comprobacion": ("es", "La Policía Nacional inició actuaciones de comprobación en las "
                            "supuestas comisarías chinas de Madrid.",
                            (resp("ES", "investigation"),)),
    "es-inv-indagaciones": ("es", "Los Mossos realizan indagaciones sobre un puesto de policía "
                            "chino en Barcelona.", (resp("ES", "investigation"),)),
    "es-inv-bajo-observacion": ("es", "La policía peruana mantiene bajo observación el supuesto "
                                "puesto de policía chino de Lima.", (resp("PE", "investigation"),)),
    "it-inv-accertamenti": ("it", "La questura ha disposto accertamenti sulle presunte stazioni di "
                            "polizia cinesi di Milano.", (resp("IT", "investigation"),)),
    "it-inv-approfondimenti": ("it", "Il Viminale ha avviato approfondimenti sui commissariati "
                               "cinesi segnalati a Roma.", (resp("IT", "investigation"),)),
    "pt-inv-diligencias": ("pt", "A PSP fez diligências de verificação nos alegados postos de "
                           "polícia chineses de Lisboa.", (resp("PT", "investigation"),)),
    "pt-inv-averiguacoes": ("pt", "A polícia realizou averiguações sobre as esquadras chinesas "
                            "no Porto.", (resp("PT", "investigation"),)),
    "fr-inv-information-judiciaire": ("fr", "Une information judiciaire a été ouverte sur les "
                                      "postes de police chinois présumés à Paris.",
                                      (resp("FR", "investigation"),)),
    "fr-inv-verifications": ("fr", "La police a procédé à des vérifications dans les prétendus "
                             "commissariats chinois de Lyon.", (resp("FR", "investigation"),)),
    # --- nothing found, in officialese ----------------------------------------------------
    "pt-none-nao-permitiram": ("pt", "As verificações não permitiram apurar qualquer crime nos "
                               "postos de polícia chineses de Lisboa.",
                               (resp("PT", "no_wrongdoing_found"),)),
    "it-none-non-emersi": ("it", "Dalle verifiche sulle stazioni di polizia cinesi di Roma non "
                           "sono emersi elementi di reato.", (resp("IT", "no_wrongdoing_found"),)),
    "it-none-non-consentito": ("it", "Gli accertamenti non hanno consentito di rilevare attività "
                               "illecite nei commissariati cinesi di Milano.",
                               (resp("IT", "no_wrongdoing_found"),)),
    "fr-none-pas-permis": ("fr", "Les vérifications n'ont pas permis d'établir une activité "
                           "illégale dans les postes de police chinois de Paris.",
                           (resp("FR", "no_wrongdoing_found"),)),
    "es-none-no-permitido": ("es", "Las pesquisas no han permitido detectar delitos en las "
                             "comisarías chinas de Valencia.",
                             (resp("ES", "no_wrongdoing_found"),)),
    # --- summoned to a station: harassment -------------------------------------------------
    "it-summoned-harassment": ("it", "Secondo l'ONG, nel 2022 una studentessa è stata convocata "
                               "presso la stazione di polizia cinese di Firenze e invitata a "
                               "tacere.", (inc("harassment", "IT"),)),
    "fr-summoned-harassment": ("fr", "Un commerçant affirme avoir été convoqué à deux reprises "
                               "au poste de police chinois de Paris et menacé.",
                               (inc("harassment", "FR"),)),
    # --- a return forced as boarding for China ---------------------------------------------
    "pt-forced-embarcar": ("pt", "Segundo a ONG, um comerciante foi obrigado a embarcar para a "
                           "China por homens ligados à esquadra chinesa de Lisboa.",
                           (inc("forced_return", "PT"),)),
    "es-forced-embarcar": ("es", "Un empresario fue obligado a embarcar rumbo a China por "
                           "enviados de la comisaría china de Madrid.",
                           (inc("forced_return", "ES"),)),
    "it-forced-imbarcarsi": ("it", "Un ristoratore è stato costretto a imbarcarsi per la Cina "
                             "dagli uomini della stazione di polizia cinese di Prato.",
                             (inc("forced_return", "IT"),)),
    "fr-forced-embarquer": ("fr", "Un restaurateur a été contraint d'embarquer pour la Chine par "
                            "des hommes du poste de police chinois de Paris.",
                            (inc("forced_return", "FR"),)),
    # --- "at least N" inside a noun phrase ---------------------------------------------
    "pt-count-ao-menos": ("pt", "A ONG aponta ao menos dois postos de polícia chineses no "
                          "Brasil.", (n(2, "BR"),)),
    "es-count-como-minimo": ("es", "En Andalucía habría como mínimo tres comisarías chinas, "
                             "según la ONG.", (n(3, "ES"),)),
    "it-count-almeno": ("it", "Il rapporto indica almeno quattro stazioni di polizia cinesi in "
                        "Italia.", (n(4, "IT"),)),
    "fr-count-au-moins": ("fr", "Il y aurait au moins deux postes de police chinois en Belgique.",
                          (n(2, "BE"),)),
    # added with the lower-bound fix: "no fewer than" carries a negation that must not deny
    "it-count-non-meno": ("it", "Il rapporto conta non meno di cinque stazioni di polizia cinesi "
                          "in Italia.", (n(5, "IT"),)),
    "it-count-perlomeno": ("it", "Secondo il rapporto, in Italia ci sono perlomeno sette "
                           "stazioni di polizia cinesi.", (n(7, "IT"),)),
    "fr-count-pas-moins": ("fr", "Il y aurait pas moins de quatre postes de police chinois en "
                           "France.", (n(4, "FR"),)),
    "es-count-no-menos": ("es", "La ONG cuenta no menos de seis comisarías chinas en España.",
                          (n(6, "ES"),)),
    "pt-count-nao-menos": ("pt", "Existem não menos de quatro esquadras chinesas em Portugal.",
                           (n(4, "PT"),)),
}

#: The same words where they must give nothing of the kind named.
QUIET: dict[str, tuple[str, str, tuple[Key, ...]]] = {
    "fr-linked-municipal": ("fr", "Des postes de police chinois ont été signalés à Paris. À Lyon, "
                            "des locaux liés à la police municipale ont été rénovés.",
                            (st("FR", "Lyon"),)),
    "es-linked-local": ("es", "La ONG denuncia comisarías chinas en Madrid. En Sevilla, varios "
                        "centros vinculados a la policía local abrirán en verano.",
                        (st("ES", "Seville"),)),
    "pt-republica-mozambique": ("pt", "A Polícia da República de Moçambique encerrou um posto da "
                                "polícia chinesa em Maputo.", (st("BR", "Republica"),)),
    "es-republica-fiscalia": ("es", "La Fiscalía General de la República investiga una supuesta "
                              "comisaría china en Monterrey.", (st("BR", "Republica"),)),
    "it-summoned-no-protest": ("it", "Secondo l'ONG, una studentessa è stata convocata presso la "
                               "stazione di polizia cinese di Firenze.", (resp("IT", "protest"),)),
    "fr-summoned-no-protest": ("fr", "Un commerçant dit avoir été convoqué au poste de police "
                               "chinois d'Aubervilliers.", (resp("FR", "protest"),)),
    "es-summoned-no-protest": ("es", "Un estudiante fue citado en la comisaría china de Madrid, "
                               "donde le pidieron silencio.", (resp("ES", "protest"),)),
    "pt-summoned-no-protest": ("pt", "Um estudante foi convocado à esquadra chinesa de Lisboa e "
                               "pressionado a calar-se.", (resp("PT", "protest"),)),
    "pt-no-knowledge-of-coercion": ("pt", "O ministério não tem conhecimento de situações de "
                                    "coação ligadas às esquadras chinesas em Portugal.",
                                    (inc("harassment", "PT"),)),
    # added with its fix: "non risultano indagati" names no suspect, it does not deny the inquiry
    "it-no-suspects-yet": ("it", "La Procura di Venezia ha aperto un'indagine sul presunto "
                           "commissariato cinese di Mestre. Ieri gli agenti hanno perquisito i "
                           "locali. Al momento non risultano indagati.",
                           (("response", "IT", "investigation", "denied"),)),
    "it-no-suspects": ("it", "La procura indaga sulla stazione di polizia cinese di Mestre. Al "
                       "momento non risultano indagati.",
                       (("response", "IT", "investigation", "denied"),)),
}


@pytest.mark.parametrize("name", sorted(POSITIVE))
def test_concept_gives_its_facts(name: str) -> None:
    lang, text, expected = POSITIVE[name]
    keys = found(text, lang)
    missing = {k for k in (tuple(_norm(v) for v in key) for key in expected) if k not in keys}
    assert not missing, (missing, keys)


#: A weak noun ("locaux", "centros") after a sentence on stations is still read as going on
#: about them, even where it names the host's own police: a discourse gap, not vocabulary.
MECHANISM = {"fr-linked-municipal", "es-linked-local"}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(reason="mechanism", strict=True))
        if name in MECHANISM
        else name
        for name in sorted(QUIET)
    ],
)
def test_same_words_elsewhere_stay_quiet(name: str) -> None:
    lang, text, forbidden = QUIET[name]
    keys = found(text, lang)
    wrong = {k for k in (tuple(_norm(v) for v in key) for key in forbidden) if k in keys}
    assert not wrong, (wrong, keys)


#: Written after the first fixes, before the rules for them: 1 of 6 passed.
SECOND: dict[str, tuple[str, str, tuple[Key, ...], tuple[Key, ...]]] = {
    "es-national-police-peru": (
        "es", "La Policía Nacional del Perú no halló pruebas de delito en el supuesto puesto de "
        "policía chino de Lima.", (resp("PE", "no_wrongdoing_found"),),
        (resp("ES", "no_wrongdoing_found"),)),
    "es-national-police-colombia": (
        "es", "La Policía Nacional de Colombia investiga una supuesta comisaría china en Bogotá.",
        (resp("CO", "investigation"),), (resp("ES", "investigation"),)),
    "es-instaron-volver": (
        "es", "En 2021, dos hombres de la comisaría china de Madrid le instaron a volver a su "
        "país.", (inc("persuasion", "ES"),), ()),
    "fr-summoned-far": (
        "fr", "Un commerçant dit avoir été convoqué à trois reprises le mois dernier dans l'un "
        "de ces postes de police chinois de Paris.", (inc("harassment", "FR"),), ()),
    "fr-no-more-to-say": (
        "fr", "La police enquête sur le poste de police chinois de Lyon. Je ne peux pas en dire "
        "davantage sur une enquête en cours.", (resp("FR", "investigation"),),
        (("response", "FR", "investigation", "denied"),)),
    "pt-no-more-to-say": (
        "pt", "A PJ investiga a esquadra chinesa do Porto. Não posso adiantar mais detalhes "
        "sobre a investigação.", (resp("PT", "investigation"),),
        (("response", "PT", "investigation", "denied"),)),
}


@pytest.mark.parametrize("name", sorted(SECOND))
def test_second_set(name: str) -> None:
    lang, text, expected, forbidden = SECOND[name]
    keys = found(text, lang)
    missing = {k for k in (tuple(_norm(v) for v in key) for key in expected) if k not in keys}
    wrong = {k for k in (tuple(_norm(v) for v in key) for key in forbidden) if k in keys}
    assert not missing and not wrong, (missing, wrong, keys)


#: A third set, written before its rules and measured against the rules of the commit
#: before them: the PRC's missions named by the state's long form, "the reported premises"
#: in X, Y and Z, and sites counted as places or addresses after a sentence on stations.
#: 7 of 12 passed before (the reported premises already did; the missions' long forms and
#: Spanish and French 'lugares', 'endroits' did not).
THIRD: dict[str, tuple[str, str, tuple[Key, ...]]] = {
    "it-mission-long-form": (
        "it", "Stazioni di polizia cinesi a Prato. Il consolato generale della Repubblica "
        "popolare a Firenze parla di «campagna diffamatoria».", (CN_DENIES,)),
    "es-mission-consulado-general": (
        "es", "Comisarías chinas en Barcelona. El consulado general de China en Barcelona habla "
        "de «rumores malintencionados».", (CN_DENIES,)),
    "fr-mission-consulat-general": (
        "fr", "Postes de police chinois à Lyon. Le consulat général de Chine à Lyon dénonce une "
        "campagne de désinformation.", (CN_DENIES,)),
    "pt-mission-consulado-geral": (
        "pt", "Esquadras chinesas no Porto. O consulado-geral da China no Rio classificou as "
        "notícias de pura invenção.", (CN_DENIES,)),
    "it-reported-premises": (
        "it", "Il rapporto dell'ONG cita stazioni di polizia cinesi in Italia. I controlli della "
        "questura hanno interessato i locali segnalati a Padova e a Bergamo.",
        (st("IT", "Padua"), st("IT", "Bergamo"))),
    "es-reported-premises": (
        "es", "La ONG denunció comisarías chinas en España. La policía revisó en Zaragoza y en "
        "Bilbao los locales señalados por el informe.",
        (st("ES", "Zaragoza"), st("ES", "Bilbao"))),
    "fr-reported-premises": (
        "fr", "L'ONG dénonce des postes de police chinois en France. Les enquêteurs ont visité à "
        "Lyon et à Marseille les locaux signalés.", (st("FR", "Lyon"), st("FR", "Marseille"))),
    "pt-reported-premises": (
        "pt", "A ONG denunciou esquadras chinesas em Portugal. A PSP visitou em Braga e em "
        "Coimbra os espaços assinalados no relatório.", (st("PT", "Braga"), st("PT", "Coimbra"))),
    "fr-places-counted": (
        "fr", "La police enquête sur des postes de police chinois au Québec. Deux endroits sont "
        "visés, l'un à Montréal et l'autre à Laval.",
        (n(2, "CA"), st("CA", "Montreal"), st("CA", "Laval"))),
    "es-places-counted": (
        "es", "La policía investiga comisarías chinas en Cataluña. Son dos lugares, uno en "
        "Barcelona y otro en Badalona.", (n(2, "ES"), st("ES", "Barcelona"), st("ES", "Badalona"))),
    "it-places-counted": (
        "it", "La procura indaga su stazioni di polizia cinesi in Lombardia. Si tratta di due "
        "luoghi, uno a Milano e l'altro a Brescia.",
        (n(2, "IT"), st("IT", "Milan"), st("IT", "Brescia"))),
    "pt-places-counted": (
        "pt", "A polícia investiga esquadras chinesas no norte. São dois locais, um em Braga e "
        "outro no Porto.", (n(2, "PT"), st("PT", "Braga"), st("PT", "Porto"))),
}


@pytest.mark.parametrize("name", sorted(THIRD))
def test_third_set(name: str) -> None:
    lang, text, expected = THIRD[name]
    keys = found(text, lang)
    missing = {k for k in (tuple(_norm(v) for v in key) for key in expected) if k not in keys}
    assert not missing, (missing, keys)


#: A fourth set, in the shapes of everyday news reports, written before its rules: Beijing by
#: its Romance names (never Pekin, Illinois), requests in the subjunctive ("que investigase"),
#: "bases" as a station noun, returns in every tense ("para que regresara") and persuading
#: someone to return with the person between verb and goal. 6 of 14 passed before.
FOURTH: dict[str, tuple[str, str, tuple[Key, ...], tuple[Key, ...]]] = {
    "fr-pekin-denies": (
        "fr", "Pékin dément l'existence de postes de police chinois à l'étranger.", (CN_DENIES,),
        (st("US", "Pekin"),)),
    "fr-pekin-abroad": (
        "fr", "Pékin dément l'existence de postes de police à l'étranger et parle de centres de "
              "service.", (CN_DENIES,), (st("US", "Pekin"),)),
    "es-pekin-denies": (
        "es", "Pekín niega que existan comisarías chinas en el extranjero.", (CN_DENIES,),
        (st("US", "Pekin"),)),
    "fr-pekin-response-country": (
        "fr", "Les postes de police chinois de Lyon sont fermés. Selon Pékin, ce sont des centres "
              "d'aide aux ressortissants.", (resp("FR", "closure"),), (resp("US", "closure"),)),
    "es-subjunctive-investigase": (
        "es", "El Gobierno pidió a la Policía que investigase las supuestas comisarías chinas de "
              "Madrid.", (resp("ES", "investigation"),), ()),
    "pt-subjunctive-investigasse": (
        "pt", "O ministro ordenou à PSP que investigasse as alegadas esquadras chinesas em Lisboa.",
        (resp("PT", "investigation"),), ()),
    "it-subjunctive-indagasse": (
        "it", "Il ministro ha chiesto che la polizia indagasse sulle presunte stazioni di polizia "
              "cinesi di Prato.", (resp("IT", "investigation"),), ()),
    "es-bases": (
        "es", "La policía china habría abierto bases clandestinas en Buenos Aires, según la ONG.",
        (st("AR", "Buenos Aires"),), ()),
    "fr-bases": (
        "fr", "La police chinoise aurait ouvert des bases clandestines à Paris et à Lyon.",
        (st("FR", "Paris"), st("FR", "Lyon")), ()),
    "pt-bases": (
        "pt", "Segundo a ONG, a China mantém bases policiais clandestinas no Rio de Janeiro.",
        (st("BR", "Rio de Janeiro"),), ()),
    "es-return-regresara": (
        "es", "Según la ONG, en 2020 desde la comisaría china de Madrid se presionó a un "
              "comerciante para que regresara a China.", (inc("persuasion", "ES"),), ()),
    "it-convinto-uomo": (
        "it", "Secondo l'ONG, nel 2019 la stazione di polizia cinese di Prato avrebbe convinto un "
              "uomo a rientrare in Cina.", (inc("persuasion", "IT"),), ()),
    "pt-convenceram": (
        "pt", "Segundo a ONG, em 2020 agentes da esquadra chinesa de Lisboa convenceram um "
              "empresário a regressar à China.", (inc("persuasion", "PT"),), ()),
    "fr-persuade": (
        "fr", "Selon l'ONG, en 2021 le poste de police chinois de Paris a persuadé un commerçant "
              "de rentrer en Chine.", (inc("persuasion", "FR"),), ()),
}


@pytest.mark.parametrize("name", sorted(FOURTH))
def test_fourth_set(name: str) -> None:
    lang, text, expected, forbidden = FOURTH[name]
    keys = found(text, lang)
    missing = {k for k in (tuple(_norm(v) for v in key) for key in expected) if k not in keys}
    wrong = {k for k in (tuple(_norm(v) for v in key) for key in forbidden) if k in keys}
    assert not missing and not wrong, (missing, wrong, keys)


#: New Jersey in Romance reporting is the US state, never the Channel Island (failed before
#: its gazetteer row: 0 of 3).
NEW_JERSEY = [
    ("es", "La ONG denuncia una comisaría china clandestina en Nueva Jersey."),
    ("pt", "Segundo a ONG, funciona em Nova Jersey uma esquadra chinesa clandestina."),
    ("fr", "Selon l'ONG, un poste de police chinois clandestin opère dans le New Jersey."),
]


@pytest.mark.parametrize(("lang", "text"), NEW_JERSEY)
def test_new_jersey_is_the_us_state(lang: str, text: str) -> None:
    keys = found(text, lang)
    assert tuple(_norm(v) for v in st("US", "New Jersey")) in keys, keys
    assert not [k for k in keys if k[1] == "je"], keys


#: People returned, counted in every tense and voice ("que regresaron", "auraient été
#: « persuadées »", "che sarebbero state convinte"): the figure is a count of returns,
#: never of countries. Written before the patterns: 1 of 4 passed.
RETURNS = [
    ("es", "La ONG contabiliza 102 comisarías chinas en 53 países, y cifra en 230.000 los "
           "ciudadanos chinos que regresaron a China."),
    ("fr", "L'ONG recense 102 postes de police chinois dans 53 pays ; 230 000 personnes auraient "
           "été « persuadées » de rentrer."),
    ("pt", "A ONG identificou 102 esquadras chinesas em 53 países; 230 mil pessoas terão sido "
           "persuadidas a regressar."),
    ("it", "L'ONG conta 102 stazioni di polizia cinesi in 53 paesi e 230mila persone che "
           "sarebbero state convinte a rientrare."),
]


@pytest.mark.parametrize(("lang", "text"), RETURNS)
def test_returns_are_counted_as_returns(lang: str, text: str) -> None:
    keys = found(text, lang)
    assert ("count", "returns", 230000, None) in keys, keys
    assert ("count", "countries", 230000, None) not in keys, keys


#: A figure of people ("due persone legate alla stazione", "deux hommes liés au poste") counts
#: people, not stations, however close the station noun stands. Written before the rule: 1 of 6
#: passed.
PEOPLE_FIGURES = [
    ("it", "Gli agenti della Digos hanno arrestato due persone legate alla stazione di polizia "
           "cinese di Prato."),
    ("fr", "La police a interpellé deux personnes liées au poste de police chinois de Paris."),
    ("fr", "Trois hommes proches du poste de police chinois de Lyon ont été entendus."),
    ("es", "La policía detuvo a tres sospechosos del puesto de policía chino de Madrid."),
    ("pt", "A PSP deteve dois homens da esquadra chinesa de Lisboa."),
    ("it", "Quattro dipendenti della stazione di polizia cinese di Milano sono stati sentiti."),
]


@pytest.mark.parametrize(("lang", "text"), PEOPLE_FIGURES)
def test_a_figure_of_people_is_no_station_count(lang: str, text: str) -> None:
    keys = found(text, lang)
    assert not [k for k in keys if k[0] == "count" and k[1] == "stations"], keys


#: Being followed, photographed or filmed is surveillance, in the passive a victim tells it
#: in. Written before the patterns: 0 of 6 passed.
WATCHED = [
    ("pt", "Uma estudante chinesa no Porto relatou ter sido seguida e fotografada por "
           "funcionários da esquadra chinesa em 2022."),
    ("fr", "Une étudiante chinoise à Lyon affirme avoir été suivie et photographiée en 2022 par "
           "des membres du poste de police chinois."),
    ("es", "Un periodista chino en Madrid contó que en 2021 fue seguido y fotografiado por "
           "hombres de la comisaría china."),
    ("it", "Un attivista cinese a Torino racconta di essere stato filmato nel 2022 da uomini "
           "della stazione di polizia cinese."),
    ("pt", "Segundo a ONG, um ativista em Lisboa foi filmado em 2021 por pessoas da esquadra "
           "chinesa."),
    ("es", "Según la ONG, una activista en Barcelona fue fotografiada en 2022 por enviados de la "
           "comisaría china."),
]


@pytest.mark.parametrize(("lang", "text"), WATCHED)
def test_being_followed_and_photographed_is_surveillance(lang: str, text: str) -> None:
    assert any(k[:2] == ("incident", "surveillance") for k in found(text, lang))


#: A building photographed by the press is no one watched.
@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La comisaría china de Madrid fue fotografiada en 2022 por la prensa."),
    ("fr", "Le poste de police chinois de Paris a été filmé en 2021 par des journalistes."),
])
def test_a_building_photographed_is_no_surveillance(lang: str, text: str) -> None:
    assert not any(k[0] == "incident" for k in found(text, lang))


#: "Nothing but service counters": the explanation offered instead of a "no", in the
#: restrictive shape ("il ne s'agit que de", "no son más que", "non sono altro che", "não
#: passam de"). Written before the patterns: 2 of 4 passed.
NOTHING_BUT = [
    ("fr", "Des postes de police chinois ont été signalés à Paris. Pour Pékin, il ne s'agit que "
           "de guichets de services aidant les ressortissants dans leurs démarches."),
    ("es", "Se denunciaron comisarías chinas en Madrid. Para Pekín, no son más que ventanillas "
           "de trámites para sus ciudadanos."),
    ("it", "Sono state segnalate stazioni di polizia cinesi a Roma. Per Pechino non sono altro "
           "che sportelli per i connazionali."),
    ("pt", "Foram denunciadas esquadras chinesas em Lisboa. Para Pequim, não passam de balcões "
           "de atendimento aos seus cidadãos."),
]


@pytest.mark.parametrize(("lang", "text"), NOTHING_BUT)
def test_nothing_but_service_counters_is_a_denial(lang: str, text: str) -> None:
    assert ("denial", "cn") in found(text, lang)


#: Ruling wrongdoing out ("descarta irregularidades", "esclude attività illecite", "écarte toute
#: activité policière", "afastou a existência de crimes") is a finding of nothing. Written
#: before the patterns: 0 of 6 passed.
RULED_OUT = [
    ("es", "Se denunciaron comisarías chinas en Madrid. La policía descartó cualquier actividad "
           "ilegal en los locales.", "ES"),
    ("pt", "Foram denunciadas esquadras chinesas em Lisboa. As autoridades portuguesas afastaram "
           "a existência de qualquer crime.", "PT"),
    ("it", "Sono state segnalate stazioni di polizia cinesi a Roma. Il Viminale esclude che vi "
           "siano attività di polizia straniera.", "IT"),
    ("fr", "Des postes de police chinois ont été signalés à Paris. Le ministère écarte toute "
           "activité policière étrangère.", "FR"),
    ("fr", "Des postes de police chinois ont été signalés à Lyon. La préfecture exclut toute "
           "infraction.", "FR"),
]


@pytest.mark.parametrize(("lang", "text", "country"), RULED_OUT)
def test_ruling_wrongdoing_out_is_nothing_found(lang: str, text: str, country: str) -> None:
    assert tuple(_norm(v) for v in resp(country, "no_wrongdoing_found")) in found(text, lang)


#: Not ruling out is the opposite of a finding.
@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Se denunciaron comisarías chinas en Madrid. La policía no descarta que haya más "
           "comisarías en España."),
    ("pt", "Foram denunciadas esquadras chinesas em Lisboa. A PJ não afasta a existência de "
           "crimes."),
    ("it", "Sono state segnalate stazioni di polizia cinesi a Roma. La procura non esclude "
           "attività illecite."),
    ("fr", "Des postes de police chinois ont été signalés à Paris. Le parquet n'exclut pas "
           "d'infractions."),
    ("fr", "Des postes de police chinois ont été signalés à Paris. Le parquet ne peut pas "
           "exclure des infractions."),
])
def test_not_ruling_out_is_no_finding(lang: str, text: str) -> None:
    assert not [k for k in found(text, lang) if k[:1] == ("response",) and k[2] ==
                "no_wrongdoing_found"], found(text, lang)


#: A Spanish question opens with "¿" (an exclamation with "¡"): the statement before it is a
#: sentence of its own, not part of the question. Written before the rule: 1 of 2 passed.
@pytest.mark.parametrize("text", [
    "Una ONG publicó que en Chile operan dos comisarías chinas, una en Santiago y otra en "
    "Valparaíso. ¿Qué sabe el Gobierno?",
    "La ONG afirma que la policía china abrió una oficina clandestina en Buenos Aires. ¡Es "
    "inaceptable!, dijo el diputado.",
])
def test_a_spanish_question_mark_opens_a_sentence(text: str) -> None:
    assert [k for k in found(text, "es") if k[0] == "station"], found(text, "es")


#: Baja California is a Mexican state, not the US one (failed before its gazetteer row).
def test_baja_california_is_mexican() -> None:
    keys = found("Según la ONG, la policía china abrió una oficina clandestina en Tijuana, Baja "
                 "California.", "es")
    assert not [k for k in keys if k[1] == "us"], keys
    assert tuple(_norm(v) for v in st("MX", "Tijuana")) in keys, keys

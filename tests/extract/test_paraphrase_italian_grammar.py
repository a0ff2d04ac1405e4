"""Italian, every fact kind, through the grammar news reports use: each concept's verbs in
the present, perfect, simple past, conditional of hearsay and passive, with participles
agreeing in gender and number, nouns in singular and plural, the synonyms journalists
use, the object before its verb ("la sede è stata posta sotto sequestro"), clitics
("lo hanno arrestato", "l'hanno chiusa") and numbers written in words.

Every sentence was written for this test from the concept it names, not taken from any
article or corpus. Each case names facts that must be found and facts that must not.

Pass count before the rules were changed for it: 38 of 48.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts
from tests.extract.test_paraphrase_de_nl_zh_en import _norm

Key = tuple[object, ...]


def found(text: str) -> set[Key]:
    return {tuple(_norm(v) for v in fact.key()) for fact in extract_facts(text, "t.txt", "it")}


def assert_concept(text: str, expected: tuple[Key, ...], forbidden: tuple[Key, ...]) -> None:
    """Every expected fact is found in ``text`` and no forbidden one."""
    keys = found(text)
    missing = {k for k in (tuple(_norm(v) for v in key) for key in expected) if k not in keys}
    wrong = {k for k in (tuple(_norm(v) for v in key) for key in forbidden) if k in keys}
    assert not missing and not wrong, (missing, wrong, keys)


def st(place: str | None, polarity: str = "asserted") -> Key:
    return ("station", "IT", place, polarity)


def n(measure: str, value: int, country: str | None) -> Key:
    return ("count", measure, value, country)


def resp(action: str, polarity: str = "asserted") -> Key:
    return ("response", "IT", action, polarity)


def inc(kind: str) -> Key:
    return ("incident", kind, "IT")


CN_DENIES: Key = ("denial", "CN")
PATROL: Key = ("agreement", "IT", "joint_patrol")

_S = "Il presidio della polizia cinese di Prato era attivo dal 2018. "

#: name -> (text, facts that must be found, facts that must not be found)
CASES: dict[str, tuple[str, tuple[Key, ...], tuple[Key, ...]]] = {
    # --- station: verbs of opening and running, in their tenses --------------------------
    "st-aprì": ("Nel 2018 la polizia di Qingtian aprì a Bergamo una stazione di polizia "
                "all'estero.", (st("Bergamo"),), ()),
    "st-avrebbe-aperto": ("Secondo l'ONG, la polizia cinese avrebbe aperto un commissariato "
                          "clandestino a Brescia.", (st("Brescia"),), ()),
    "st-passive-aperta": ("A Padova è stata aperta nel 2019 una stazione di polizia cinese.",
                          (st("Padua"),), ()),
    "st-ospita": ("Anche Trieste ospiterebbe un presidio della polizia cinese.",
                  (st("Trieste"),), ()),
    "st-plural-sedi": ("Il rapporto segnala stazioni di polizia cinesi a Genova e a Bologna.",
                       (st("Genoa"), st("Bologna")), ()),
    # --- station: irrelevant senses -------------------------------------------------------
    "st-no-railway": ("La polizia ferroviaria ha arrestato un borseggiatore cinese alla "
                      "stazione di Bologna.", (), (st("Bologna"), resp("arrest"))),
    "st-no-carabinieri": ("I carabinieri della stazione di Carpi hanno denunciato sette "
                          "imprenditori cinesi.", (), (st("Carpi"), resp("arrest"))),
    "st-no-question": ("Esistono davvero stazioni di polizia cinesi in Italia? La domanda "
                       "resta aperta.", (), (st("Rome"),)),
    # --- count: numbers in words, with their nouns ----------------------------------------
    "n-centodue": ("Safeguard Defenders ha contato centodue stazioni di polizia cinesi in "
                   "cinquantatré Paesi.", (n("stations", 102, None), n("countries", 53, None)),
                   ()),
    "n-undici-italia": ("In Italia le stazioni di polizia cinesi sarebbero undici.",
                        (n("stations", 11, "IT"),), ()),
    "n-sono-sette": ("Sono sette i presidi della polizia cinese individuati in Italia.",
                     (n("stations", 7, "IT"),), ()),
    # --- investigation --------------------------------------------------------------------
    "inv-indaga": (_S + "La procura di Prato indaga sulla struttura.",
                   (resp("investigation"),), ()),
    "inv-indagò": (_S + "Nel 2023 la Digos indagò a lungo sulla sede.",
                   (resp("investigation"),), ()),
    "inv-indagherà": (_S + "La procura indagherà anche sui finanziatori.",
                      (resp("investigation"),), ()),
    "inv-perquisito-clitic": (_S + "Gli agenti l'hanno perquisita martedì mattina.",
                              (resp("investigation"),), ()),
    "inv-aperto-fascicolo": (_S + "La procura ha aperto un fascicolo per esercizio arbitrario "
                             "di funzioni pubbliche.", (resp("investigation"),), ()),
    "inv-ipotesi-di-reato": (_S + "I pubblici ministeri procedono per violenza privata.",
                             (resp("investigation"),), ()),
    "inv-no-journalism": ("Un'inchiesta del quotidiano ha rivelato un presidio della polizia "
                          "cinese a Prato.", (st("Prato"),), (resp("investigation"),)),
    # --- closure: object before the verb, passive, clitics --------------------------------
    "cl-posta-sotto-sequestro": (_S + "La sede è stata posta sotto sequestro.",
                                 (resp("closure"),), ()),
    "cl-sospese": (_S + "Le attività dello sportello sono state sospese.",
                   (resp("closure"),), ()),
    "cl-l-hanno-chiusa": (_S + "A marzo le autorità l'hanno chiusa.", (resp("closure"),), ()),
    "cl-chiusero": (_S + "Gli agenti chiusero l'ufficio nel 2023.", (resp("closure"),), ()),
    "cl-ordinato-chiusura": (_S + "Il prefetto ha ordinato la chiusura dei locali.",
                             (resp("closure"),), ()),
    "cl-no-shop-hours": ("La stazione di polizia cinese di Prato apre alle nove e chiude alle "
                         "diciotto, dicono i vicini.", (st("Prato"),), (resp("closure"),)),
    # --- arrest ---------------------------------------------------------------------------
    "ar-arrestò": (_S + "La squadra mobile arrestò due uomini.", (resp("arrest"),), ()),
    "ar-clitic": (_S + "Gli agenti lo hanno arrestato all'alba.", (resp("arrest"),), ()),
    "ar-finiti-in-manette": (_S + "Due gestori sono finiti in manette.", (resp("arrest"),), ()),
    "ar-incriminati": (_S + "I due responsabili sono stati incriminati per sequestro di "
                       "persona.", (resp("arrest"),), ()),
    "ar-nessuno-arrestato": (_S + "Nessuno è stato arrestato.", (resp("arrest", "denied"),),
                             (resp("arrest"),)),
    # --- protest --------------------------------------------------------------------------
    "pr-farnesina-convocato": (_S + "La Farnesina ha convocato l'ambasciatore cinese.",
                               (resp("protest"),), ()),
    "pr-nota-verbale": (_S + "Il governo ha inviato a Pechino una nota di protesta formale.",
                        (resp("protest"),), ()),
    # --- nothing found --------------------------------------------------------------------
    "nw-non-emersi": (_S + "Dagli accertamenti non sono emersi elementi di rilevanza penale.",
                      (resp("no_wrongdoing_found"),), ()),
    "nw-nessuna-irregolarità": (_S + "I controlli non hanno rilevato alcuna irregolarità.",
                                (resp("no_wrongdoing_found"),), ()),
    "nw-nessuna-prova": (_S + "Gli investigatori non hanno trovato prove di attività "
                         "illecite.", (resp("no_wrongdoing_found"),), ()),
    # --- denial ---------------------------------------------------------------------------
    "dn-smentì": (_S + "L'ambasciata cinese smentì ogni coinvolgimento.", (CN_DENIES,), ()),
    "dn-respinto": (_S + "Pechino ha respinto le accuse.", (CN_DENIES,), ()),
    "dn-bollato": (_S + "Il portavoce del ministero degli Esteri cinese ha bollato il rapporto "
                   "come pura invenzione.", (CN_DENIES,), ()),
    # --- incidents ------------------------------------------------------------------------
    "in-convinto-rientrare": (_S + "Un operaio è stato convinto a rientrare in Cina.",
                              (inc("persuasion"),), ()),
    "in-spinti-tornare": (_S + "Alcuni connazionali sono stati spinti a tornare in patria.",
                          (inc("persuasion"),), ()),
    "in-indotto-rimpatriare": (_S + "Gli agenti lo avrebbero indotto a rimpatriare.",
                               (inc("persuasion"),), ()),
    "in-rientrato-di-sua-volontà": (_S + "Il giovane è rientrato in Cina «di sua volontà», "
                                    "come dice un verbale cinese.", (inc("persuasion"),), ()),
    "in-minacciato-clitic": (_S + "Lo hanno minacciato per mesi.", (inc("harassment"),), ()),
    "in-spostamenti-riferiti": (_S + "I due riferivano alla polizia cinese sugli spostamenti "
                                "dell'uomo.", (inc("surveillance"),), ()),
    "in-pedinavano": (_S + "Per settimane lo pedinavano fino a casa.",
                      (inc("surveillance"),), ()),
    "in-rimpatriato-forza": (_S + "Un imprenditore è stato rimpatriato con la forza.",
                             (inc("forced_return"),), ()),
    "in-no-general-warning": ("I presidi della polizia cinese in Italia potrebbero servire a "
                              "intimidire i dissidenti, avverte l'ONG.", (),
                              (inc("harassment"),)),
    # --- agreement ------------------------------------------------------------------------
    "ag-pattugliamenti": ("Dal 2016 agenti cinesi hanno svolto pattugliamenti congiunti con la "
                          "polizia italiana a Roma e Milano.", (PATROL,), ()),
    "ag-pattuglie-miste": ("Le pattuglie miste con poliziotti cinesi a Roma sono state sospese "
                           "nel 2019.",
                           (PATROL,), ()),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_italian_concept(name: str) -> None:
    assert_concept(*CASES[name])


#: Written after the first fixes, before the rules for them: 6 of 24 passed.
SECOND: dict[str, tuple[str, tuple[Key, ...], tuple[Key, ...]]] = {
    # --- investigation: progressive, future, raids, checks ordered -------------------------
    "inv-sta-verificando": (_S + "La Digos sta verificando la natura dell'ufficio.",
                            (resp("investigation"),), ()),
    "inv-verificherà": (_S + "Il Viminale verificherà le segnalazioni.",
                        (resp("investigation"),), ()),
    "inv-irruzione": (_S + "Gli agenti hanno fatto irruzione nella sede all'alba.",
                      (resp("investigation"),), ()),
    "inv-disposto-controlli": (_S + "Il prefetto ha disposto controlli a tappeto.",
                               (resp("investigation"),), ()),
    # --- closure --------------------------------------------------------------------------
    "cl-sgombero": (_S + "La questura ha eseguito lo sgombero dei locali.",
                    (resp("closure"),), ()),
    "cl-chiuso-domenica": ("Il presidio della polizia cinese di Prato è chiuso la domenica.",
                           (st("Prato"),), (resp("closure"),)),
    # --- arrest and charges ---------------------------------------------------------------
    "ar-fermato-passive": (_S + "Il gestore è stato fermato ieri sera.", (resp("arrest"),), ()),
    "ar-accusati-di": (_S + "I due titolari sono accusati di sequestro di persona.",
                       (resp("arrest"),), ()),
    "ar-a-processo": (_S + "I responsabili sono finiti a processo.", (resp("arrest"),), ()),
    # --- protest --------------------------------------------------------------------------
    "pr-protestato-con": (_S + "Il governo italiano ha protestato formalmente con Pechino.",
                          (resp("protest"),), ()),
    "pr-no-residents": (_S + "I residenti hanno protestato contro il traffico.", (),
                        (resp("protest"),)),
    # --- nothing found --------------------------------------------------------------------
    "nw-esito-negativo": (_S + "Gli accertamenti hanno dato esito negativo.",
                          (resp("no_wrongdoing_found"),), ()),
    "nw-non-evidenziato": (_S + "Le verifiche non hanno evidenziato irregolarità.",
                           (resp("no_wrongdoing_found"),), ()),
    # --- denial ---------------------------------------------------------------------------
    "dn-rigettato": (_S + "L'ambasciata cinese ha rigettato le accuse.", (CN_DENIES,), ()),
    "dn-contesta": (_S + "Il ministero degli Esteri cinese contesta la ricostruzione.",
                    (CN_DENIES,), ()),
    "dn-illazioni": (_S + "Per l'ambasciata cinese si tratta di illazioni.", (CN_DENIES,), ()),
    # --- incidents ------------------------------------------------------------------------
    "in-fatto-pressioni": (_S + "Gli addetti gli hanno fatto pressioni per mesi.",
                           (inc("harassment"),), ()),
    "in-tenevano-d-occhio": (_S + "Lo tenevano d'occhio giorno e notte.",
                             (inc("surveillance"),), ()),
    "in-controllavano-spostamenti": (_S + "Controllavano tutti i suoi spostamenti.",
                                     (inc("surveillance"),), ()),
    "in-prelevato": (_S + "Un oppositore è stato prelevato con la forza e portato in Cina.",
                     (inc("forced_return"),), ()),
    "in-no-pawn": ("Il presidio della polizia cinese di Prato sarebbe una pedina di Pechino.",
                   (st("Prato"),), (inc("surveillance"),)),
    # --- station and counts ---------------------------------------------------------------
    "st-hypothetical": ("Se la polizia cinese aprisse una stazione a Roma, il governo la "
                        "chiuderebbe subito.", (), (st("Rome"),)),
    "n-una-decina": ("In Italia ci sarebbero una decina di stazioni di polizia cinesi.",
                     (n("stations", 10, "IT"),), ()),
    "n-returns-words": ("Grazie alle stazioni di polizia cinesi, duecentotrentamila persone "
                        "sarebbero state convinte a rientrare in Cina.",
                        (n("returns", 230000, None),), ()),
}


@pytest.mark.parametrize("name", sorted(SECOND))
def test_italian_concept_second(name: str) -> None:
    assert_concept(*SECOND[name])


def test_reflexive_stop_is_no_detention() -> None:
    """ "non si è fermato" says something did not stop; nobody was detained."""
    keys = found(_S + "Il viavai di persone davanti al centro non si è fermato.")
    assert not any(k[0] == "response" and k[2] == "arrest" for k in keys), keys


#: Third part, written before its rules: 2 of 8 passed.
THIRD: dict[str, tuple[str, tuple[Key, ...], tuple[Key, ...]]] = {
    # --- a total told as rising or reaching ------------------------------------------------
    "n-salgono-a": ("Le stazioni di polizia cinesi in Italia salgono così a undici.",
                    (n("stations", 11, "IT"),), ()),
    "n-sono-salite-a": ("Secondo l'ONG, le stazioni di polizia cinesi in Italia sono salite a "
                        "dodici.", (n("stations", 12, "IT"),), ()),
    "n-arrivano-a": ("Con Bari, i presidi della polizia cinese in Italia arrivano a tredici.",
                     (n("stations", 13, "IT"),), ()),
    "n-raggiungono-quota": ("Le stazioni di polizia cinesi nel mondo raggiungono quota "
                            "centodue.", (n("stations", 102, None),), ()),
    "n-no-opening-hour": ("La stazione di polizia cinese di Milano apre alle nove.",
                          (st("Milan"),), (n("stations", 9, "IT"),)),
    # --- followed to someone's home --------------------------------------------------------
    "in-seguito-fino-a-casa": (_S + "Gli addetti lo hanno seguito fino a casa.",
                               (inc("surveillance"),), ()),
    "in-seguivano-ovunque": (_S + "Due uomini la seguivano ovunque per settimane.",
                             (inc("surveillance"),), ()),
    "in-no-case-followed": (_S + "La vicenda è seguita da vicino dalla Farnesina.", (),
                            (inc("surveillance"),)),
}


@pytest.mark.parametrize("name", sorted(THIRD))
def test_italian_concept_third(name: str) -> None:
    assert_concept(*THIRD[name])


#: Fourth part, written before its rules: 1 of 3 passed.
FOURTH: dict[str, tuple[str, tuple[Key, ...], tuple[Key, ...]]] = {
    # a host's own answer names only China as the partner of a patrol memorandum
    "ag-answer-names-only-china": (
        "Le stazioni di polizia cinesi in Italia sono state oggetto di verifiche. Quanto alla "
        "cooperazione con la Cina, il memorandum d'intesa sui pattugliamenti congiunti, firmato "
        "nel 2015, non è più in vigore.", (PATROL,), (("agreement", "IT", "security_agreement"),)),
    "ag-memorandum-on-patrols": (
        "L'Italia ha firmato con la Cina un memorandum d'intesa in materia di pattugliamenti "
        "congiunti nelle città turistiche.", (PATROL,), (("agreement", "IT", "security_agreement"),)),
    "ag-memorandum-security-stays": (
        "L'Italia e la Cina hanno firmato un memorandum d'intesa di cooperazione di polizia, "
        "mentre si discuteva delle stazioni cinesi.", (("agreement", "IT", "security_agreement"),),
        ()),
}


@pytest.mark.parametrize("name", sorted(FOURTH))
def test_italian_concept_fourth(name: str) -> None:
    assert_concept(*FOURTH[name])


#: Fifth part, judicial steps told as nouns, written before its rules: 1 of 4 passed.
FIFTH: dict[str, tuple[str, tuple[Key, ...], tuple[Key, ...]]] = {
    "ar-rinvio-a-giudizio": (_S + "La procura ha chiesto il rinvio a giudizio per i due gestori.",
                             (resp("arrest"),), ()),
    "inv-avviso-di-garanzia": (_S + "Ai due gestori è stato notificato un avviso di garanzia.",
                               (resp("investigation"),), ()),
    "inv-conti-sequestrati": (_S + "La Guardia di Finanza ha sequestrato i conti correnti "
                              "dell'associazione.", (resp("investigation"),), ()),
    "inv-no-goods-seized-elsewhere": ("La stazione di polizia cinese di Prato è aperta dal 2018, "
                                      "dicono i vicini, e nessuno ne ha mai sequestrato i conti.",
                                      (st("Prato"),), (resp("investigation"),)),
}


@pytest.mark.parametrize("name", sorted(FIFTH))
def test_italian_concept_fifth(name: str) -> None:
    assert_concept(*FIFTH[name])

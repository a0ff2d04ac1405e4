"""A return put to a person as what would be better, easier or safer (folded view).

"It would be better for your mother if you came back", "ce serait mieux pour elle si je
rentrais", "sarebbe stato più semplice per tutti se fosse rientrato", "sería más fácil para
todos si volvieras", "seria melhor para a família se voltasses", "es wäre besser für alle,
wenn er zurückkäme", "het zou beter zijn voor je ouders als je terugging", 你回来对大家都好:
the counterfactual is the persuasion's own form, so it is no hypothetical. Whether it was
told to someone (a case) or said of people in general is left to the caller.
"""

from __future__ import annotations

import re

#: The comparative of good, easy or safe, then up to a few words ("for her", "per tutti»"),
#: then "if" or "when" and a return in a past, conditional or subjunctive form.
CONDITIONAL_RETURN = re.compile(
    r"\b(?:better|best|easier|simpler|safer|wiser|mieux|preferable|plus (?:simple|facile|sur|sage)"
    r"|meglio|piu (?:semplice|facile|sicuro|saggio)|preferibile|mejor|mas (?:facil|sencillo|seguro)"
    r"|preferible|melhor|mais (?:facil|simples|seguro)|preferivel|besser|einfacher|sicherer"
    r"|beter|makkelijker|gemakkelijker|eenvoudiger|veiliger)"
    r"\W{0,3}(?:[\w-]+\W{1,3}){0,5}?(?:if|si|se|wenn|falls|als|wanneer|once)\s(?:[\w-]+\s){0,3}?"
    r"(?:returned|went back|came back|went home|came home|returns|goes back|comes back"
    r"|rentrais|rentrait|rentrions|rentriez|rentraient|revenais|revenait|revenaient"
    r"|retournais|retournait|retournaient"
    r"|tornasse|tornassi|tornassero|rientrasse|rientrassi|rientrassero|fosse (?:tornat|rientrat)\w"
    r"|fossi (?:tornat|rientrat)\w|fossero (?:tornat|rientrat)\w|tornava|rientrava"
    r"|volviera|volvieras|volvieran|volviese|volvieses|regresara|regresaras|regresaran"
    r"|regresase|regresases|volvia|regresaba"
    r"|voltasse|voltasses|voltassem|regressasse|regressasses|regressassem|voltares|regressares"
    r"|zuruckkame|zuruckkehrte|zuruckkehrten|zuruckginge|heimkehrte|heimkame"
    r"|zuruck(?:kehren|kommen|gehen) (?:wurde|wurden|wurdest)"
    r"|terugging|teruggingen|terugkeerde|terugkeerden|terugkwam|terugkwamen|teruggaat|terugkeert"
    r"|terug zou (?:gaan|keren|komen)|naar huis (?:ging|kwam|zou gaan))\b"
    r"|(?:回来|回国|回去)[^。，；]{0,6}(?:对|为)[^。，；]{0,6}(?:好|更好|安全)"
)


def conditional_return_spans(view: str) -> list[tuple[int, int]]:
    """Spans of a return put as what would be better for someone."""
    return [m.span() for m in CONDITIONAL_RETURN.finditer(view)]

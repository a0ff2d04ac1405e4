"""A first paragraph per language that makes a test document one about the stations, so that a
sentence written after it is read as the relevance gate reads a real article's body."""

from __future__ import annotations

TOPIC = {
    "en": "Chinese overseas police stations have drawn scrutiny across Europe this year.",
    "fr": "Les postes de police chinois à l'étranger inquiètent plusieurs pays européens.",
    "it": "Le stazioni di polizia cinesi all'estero preoccupano diversi governi europei.",
    "es": "Las comisarías chinas en el extranjero preocupan a varios gobiernos europeos.",
    "de": "Chinesische Polizeistationen im Ausland beschäftigen mehrere europäische Regierungen.",
    "nl": "Chinese politieposten in het buitenland houden verschillende Europese regeringen bezig.",
    "pt": "As esquadras de polícia chinesas no estrangeiro preocupam vários governos europeus.",
    "zh": "中国海外警察站在欧洲多国引发关注。",
}


#: A headline per language that makes a short test document one about the stations.
HEADLINES = {
    "en": "Chinese police stations abroad",
    "de": "Chinesische Polizeistationen im Ausland",
    "nl": "Chinese politieposten in het buitenland",
    "fr": "Les postes de police chinois à l'étranger",
    "it": "Le stazioni di polizia cinesi all'estero",
    "es": "Las comisarías chinas en el extranjero",
    "pt": "As esquadras chinesas no estrangeiro",
    "zh": "中国海外警务服务站",
}

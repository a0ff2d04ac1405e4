"""Police or council action with an ordinary cause: a closure after a drugs find, an arrest
under the narcotics law or of thieves and dealers, a shop shut for hygiene or fire safety, a
gambling den or a brothel raided. Such an action, told in its sentence or in one next to it in the paragraph,
is local policing, not a host state's answer to a PRC police station, even in a story that
names a Chinese restaurant or a railway station.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stationwatch.extract.context import DocContext, Sentence

#: Ordinary causes (folded view), nine languages: drugs, hygiene, fire safety, gambling, vice,
#: undeclared work, thieves.
_ORDINARY_CAUSE = re.compile(
    r"\b(?:drugs?|drugsvondst\w*|drugshandel|drugslab\w*|opiumwet|cocain\w*|kokain\w*|heroin\w*"
    r"|cannabis|marihuana|marijuana|hasj|haschisch|hashish|narcotics?|narcotraffico|narcotrafico"
    r"|stupefacent\w*|estupefacientes?|entorpecentes?|stupefiants?|betaubungsmittel\w*"
    r"|rauschgift\w*|droga|drogas|droghe|drogen|spaccio|hennep|wietplantage\w*|hennepkwekerij\w*"
    r"|hygien\w*|igienic\w*|higien\w*|voedselveiligheid|food safety|health code|salubrite"
    r"|fire safety|brandveilig\w*|antincendio|brandschutz\w*|securite incendie"
    r"|illegal gambling|gioco d.azzardo|juego ilegal|jogo ilegal|gluck\w*spiel\w*|gokhal\w*"
    r"|prostitu\w*|bordel\w*|burdel\w*|bordell\w*|sfruttamento della prostituzione"
    r"|lavoro nero|schwarzarbeit|zwartwerk|travail dissimule|trabajo no declarado"
    r"|contrabband\w*|contrabando|counterfeit\w*|contraffa\w*|falsificad\w*|contrefa\w*"
    r"|namaak"
    # ordinary offenders as the object: "ha arrestato due spacciatori", "a interpellé des voleurs"
    r"|spacciator\w*|pusher|ladr[io]|rapinator\w*|scippator\w*|borseggiator\w*|dealers?"
    r"|voleurs?|cambrioleurs?|pickpockets?|trafiquants?|ladron\w*|atracador\w*|carteristas?"
    r"|thie(?:f|ves)|burglars?|robbers?|shoplifters?|einbrecher\w*|taschendieb\w*|dieven"
    r"|inbrekers?|ladroes|assaltantes)\b"
    # Chinese, both scripts through the simplified view (no word boundaries there): drugs,
    # thieves and robbers, vice, gambling dens, food safety, fakes, undeclared work
    r"|毒品|贩毒|吸毒|大麻|可卡因|海洛因|冰毒|小偷|窃贼|扒手|盗窃|偷窃|抢劫|劫匪|卖淫|嫖娼|妓院"
    r"|色情场所|赌场|聚赌|非法赌博|食品安全|卫生检查|消防安全|假冒|假货|黑工|非法务工|非法打工"
)
#: A PRC police tie told in the sentence: then the ordinary cause is a cover or an aside.
_PRC_POLICE = re.compile(
    r"\b(?:public security|pubblica sicurezza|seguridad publica|seguranca publica|securite publique"
    r"|offentliche sicherheit|openbare veiligheid|overseas police|polizia cinese|policia china"
    r"|police chinoise|chinesische polizei|chinese politie|chinese police|policia chinesa)\b"
    r"|公安|警务"
)


def ordinary_cause(doc: DocContext, sentence: Sentence) -> bool:
    """Whether the sentence, or one next to it in its paragraph, gives an ordinary cause
    ("… voor zes maanden gesloten. Bij een controle werd twee kilo cocaïne aangetroffen.")."""
    if _PRC_POLICE.search(sentence.view):
        return False
    if _ORDINARY_CAUSE.search(sentence.view) or _about_ordinary_policing(doc):
        return True
    for index in (sentence.index - 1, sentence.index + 1):
        if not 0 <= index < len(doc.sentences):
            continue
        other = doc.sentences[index]
        if (other.paragraph == sentence.paragraph and _ORDINARY_CAUSE.search(other.view)
                and _PRC_POLICE.search(other.view) is None):
            return True
    return False


#: Sentences at the top of a document (headline and lead) that say what it is about.
LEAD_SENTENCES = 3


def _about_ordinary_policing(doc: DocContext) -> bool:
    """A story whose headline or lead gives an ordinary cause and that never names the PRC's
    police: every closure or arrest in it is that local matter ("the fourth closure this year")."""
    known = doc.__dict__.get("_ordinary_policing")  # asked once per response sentence
    if known is None:
        known = doc.__dict__["_ordinary_policing"] = any(
            _ORDINARY_CAUSE.search(s.view) for s in doc.sentences[:LEAD_SENTENCES]
        ) and not any(_PRC_POLICE.search(s.view) for s in doc.sentences)
    return known

"""Claims a fact-check weighs: a sentence labelled as the claim ("Claim:", "Bewering:",
"Behauptung:", "Afirmación:", 网传) or one that reports what a circulating post, video or image
says ("A video on TikTok claims that…", "Circula en Facebook una imagen con el texto…",
"Vídeo com mais de 1 milhão de visualizações…"). What such a sentence tells is the claim, not
something the document reports, so no asserted fact is read from it (one that its own "FALSE"
label denies stays denied); the verdict in the sentences around it still speaks. A sentence that
itself calls the claim wrong ("A viral post wrongly claims China runs 103 stations…") gives the
claim's figure as denied. Reads the folded view of each sentence once."""

from __future__ import annotations

import re

from stationwatch.extract.context import DocContext
from stationwatch.extract.zh_circulating import circulating_claim_zh
from stationwatch.extract.zh_claim_tables import claim_cells
from stationwatch.kb.fact import Fact

#: A claim's label at the head of a sentence (folded view, nine languages).
_CLAIM_LABEL = re.compile(
    r"^\W*(?:(?:the |de |die |la |a |l.)?(?:claim|bewering|behauptung|affirmation|afirmacion"
    r"|afirmacao|affermazione|rumou?r|gerucht|geruecht|rumeur|bulo|boato|bufala|voce|fake)"
    r"|(?:what|was|wat|ce qui|lo que|o que|cosa|quello che) (?:is being |wird |wordt |se |si )?"
    r"(?:said|claimed|shared|circulat\w*|behauptet|beweerd|gedeeld|dit|dice|circula|diz|circola)"
    r")\s*[:：]"
    r"|^\W*(?:说法|传言|网传|谣言|傳言|網傳|謠言)\s*[:：]"
)
#: A post, a video or an image that circulates or is watched on a platform (folded view).
_MEDIA = (
    r"(?:post|posts|video|videos|image|images|imagen|imagenes|imagem|imagens|immagine|immagini"
    r"|foto|fotos|photo|photos|bild|bilder|beeld|beelden|publicacion|publicacao|publication"
    r"|beitrag|bericht|tweet|meme|montage|screenshot|captura|clip|filmpje|filmato)"
)
_MEDIA_ANY = re.compile(r"\b" + _MEDIA + r"\b|网上|网络上|社交媒体上|朋友圈")
_CIRCULATING = re.compile(
    r"\b(?:circula\w*|circulat\w*|circule\w*|viral\w*|verbreitet|kursier\w*|gedeeld|geteilt"
    r"|condivis\w*|compartid\w*|partage\w*|shared|visualiza\w*|visualizza\w*|views|aufrufe"
    r"|weergaven|vues|reproducciones)\b"
    r"[^.;]{0,120}?\b" + _MEDIA + r"\b"
    r"|\b" + _MEDIA + r"\b[^.;]{0,120}?\b(?:circula\w*|circulat\w*|circule\w*|viral\w*"
    r"|verbreitet|kursier\w*|gedeeld|geteilt|condivis\w*|compartid\w*|partage\w*|shared"
    r"|visualiza\w*|visualizza\w*|views|aufrufe|weergaven|vues|reproducciones"
    r"|(?:on|su|sur|en|auf|op|no|na|em) (?:x|twitter|facebook|instagram|telegram|tiktok|weibo"
    r"|wechat|whatsapp|youtube|social media|redes sociales|redes sociais|sociale media"
    r"|sozialen medien|reseaux sociaux|social network\w*))\b"
    r"|(?:网上|网络上|社交媒体上|朋友圈)(?:流传|疯传)"
)
#: The claim itself: a verb of saying or a quoted text after the media (folded view).
_SAYS = re.compile(
    r"\b(?:reads|says|claims?|claiming|alleg\w*|asserts?|states|suggests"
    r"|sostien\w*|afferm\w*|dice|afirma\w*|asegura\w*|sosten\w*|affirm\w*|pretend\w*|behaupt\w*"
    r"|stelt|beweert|diz|dizia|alega\w*|mistura|mezcla|mischt|mixes|melange|mescola|vermengt"
    r"|con el texto|com o texto|avec le texte|with the text|met de tekst|mit dem text"
    r"|con la scritta|col testo|con il testo)\b|[:«\"“]|称|说"
)

#: The sentence calls the claim wrong itself (folded view): "wrongly claims", "behauptet
#: fälschlich", "beweert ten onrechte", "prétend à tort", "afirma falsamente", 不实.
_CALLED_WRONG = re.compile(
    r"\b(?:wrongly|falsely|erroneously|mistakenly|misleadingly|falschlich\w*|faelschlich\w*"
    r"|irrtumlich\w*|ten onrechte|onterecht|onjuist|a tort|faussement|erronement|falsamente"
    r"|erroneamente|erroneamente|equivocadamente|erradamente|indebitamente)\b|不实|错误地|谣传"
)


def checked_claim_spans(doc: DocContext) -> list[tuple[int, int, bool]]:
    """The spans of the sentences that state a claim a fact-check weighs, each with whether
    the sentence itself calls the claim wrong."""
    spans = []
    for sentence in doc.sentences:
        view = sentence.view
        if _CLAIM_LABEL.match(view):
            spans.append((sentence.start, sentence.end, bool(_CALLED_WRONG.search(view))))
            continue
        if (sentence.lang or "").startswith("zh") and circulating_claim_zh(view):
            spans.append((sentence.start, sentence.end, bool(_CALLED_WRONG.search(view))))
            continue
        if _MEDIA_ANY.search(view) is None:
            continue  # most sentences: no post, video or image at all
        found = _CIRCULATING.search(view)
        if found is not None and _SAYS.search(view, found.start()) is not None:
            spans.append((sentence.start, sentence.end, bool(_CALLED_WRONG.search(view))))
    return spans + [(start, end, False) for start, end in claim_cells(doc)]


def weigh_claims(doc: DocContext, facts: list[Fact]) -> list[Fact]:
    """The facts without what a weighed claim asserts; a figure of a claim its own sentence
    calls wrong stays, denied."""
    claims = checked_claim_spans(doc)
    if not claims:
        return facts
    kept = []
    for fact in facts:
        claim = next((c for c in claims if c[0] <= fact.evidence.start < c[1]), None)
        if claim is None or fact.polarity != "asserted":
            kept.append(fact)
        elif claim[2] and fact.kind == "count":
            kept.append(fact.with_(polarity="denied"))
    return kept

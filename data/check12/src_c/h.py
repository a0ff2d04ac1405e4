"""Fact helpers for the part-A doc modules."""

def _f(kind, ev, **kw):
    d = {"kind": kind}
    for k, v in kw.items():
        if v is not None or k in ("place", "country", "claimant"):
            d[k] = v
    d["ev"] = ev
    return d

def S(country, place, ev, operator=None, claimant=None, date=None, pol="asserted", opt=False, note=None, operator_alt=None, place_alt=None):
    d = _f("station", ev, country=country, place=place, operator=operator, claimant=claimant, date=date, polarity=pol, note=note, operator_alt=operator_alt, place_alt=place_alt)
    if opt: d["optional"] = True
    return d

def C(measure, value, country, ev, claimant=None, date=None, opt=False, note=None):
    d = _f("count", ev, measure=measure, value=value, country=country, claimant=claimant, date=date, polarity="asserted", note=note)
    if opt: d["optional"] = True
    return d

def R(country, action, ev, place=None, claimant=None, date=None, pol="asserted", opt=False, note=None):
    d = _f("response", ev, country=country, action=action, claimant=claimant, date=date, polarity=pol, note=note)
    if place: d["place"] = place
    if opt: d["optional"] = True
    return d

def I(country, itype, ev, place=None, claimant=None, date=None, pol="asserted", opt=False, note=None):
    d = _f("incident", ev, country=country, incident_type=itype, claimant=claimant, date=date, polarity=pol, note=note)
    if place: d["place"] = place
    if opt: d["optional"] = True
    return d

def A(country, atype, ev, claimant=None, date=None, opt=False, note=None):
    d = _f("agreement", ev, country=country, agreement_type=atype, claimant=claimant, date=date, polarity="asserted", note=note)
    if opt: d["optional"] = True
    return d

def D(country, ev, claimant=None, date=None, opt=False, note=None):
    d = _f("denial", ev, country=country, claimant=claimant, date=date, polarity="denied", note=note)
    if opt: d["optional"] = True
    return d

VOWELS = set("aeiouáéíóúàèìòù")
KEEP = {"br", "cr", "dr", "fr", "gr", "pr", "tr", "vr", "bl", "cl", "fl", "gl", "pl", "ch", "gh", "gn"}

def wrap(text, width=72, hyph=True):
    """Hard-wrap each paragraph as a PDF/OCR extraction would; words that do not fit are
    hyphenated (vowel + consonant boundary, at least three letters on each side)."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        words = para.split()
        lines, cur = [], ""
        for w in words:
            if not cur:
                cur = w; continue
            if len(cur) + 1 + len(w) <= width:
                cur += " " + w; continue
            room = width - len(cur) - 2
            cut = 0
            if hyph and w.isalpha() and len(w) >= 7:
                lw = w.lower()
                for k in range(min(room, len(w) - 3), 2, -1):
                    a, b, c = lw[k - 1], lw[k], lw[k + 1]
                    if b in VOWELS or c not in VOWELS:
                        continue
                    if a in VOWELS or (a != "s" and a + b not in KEEP):
                        cut = k; break
            if cut:
                lines.append(cur + " " + w[:cut] + "-"); cur = w[cut:]
            else:
                lines.append(cur); cur = w
        lines.append(cur)
        out.append("\n".join(lines))
    return "\n\n".join(out)

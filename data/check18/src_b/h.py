"""Fact and text helpers for the part-B doc modules (check18, documents 027-052)."""

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

def A(country, atype, ev, claimant=None, date=None, pol="asserted", opt=False, note=None):
    d = _f("agreement", ev, country=country, agreement_type=atype, claimant=claimant, date=date, polarity=pol, note=note)
    if opt: d["optional"] = True
    return d

def D(country, ev, claimant=None, date=None, opt=False, note=None):
    d = _f("denial", ev, country=country, claimant=claimant, date=date, polarity="denied", note=note)
    if opt: d["optional"] = True
    return d

def W(text, width=76, hyph=True):
    """Hard-wrap each paragraph (PDF-like). A long word that does not fit is split with a
    hyphen when hyph is true and at least 4 letters stay on each side."""
    out = []
    for para in text.split("\n"):
        if len(para) <= width or para.startswith("|"):
            out.append(para)
            continue
        line = ""
        for word in para.split(" "):
            cand = word if not line else line + " " + word
            if len(cand) <= width:
                line = cand
                continue
            room = width - len(line) - 2 if line else width - 1
            V = "aeiouàèéìòóùáíúâêôãõ"
            cut = 0
            if hyph and word.isalpha() and len(word) >= 9:
                for k in range(min(room, len(word) - 4), 3, -1):
                    if word[k - 1].lower() in V and word[k].lower() not in V:
                        cut = k
                        break
            if cut:
                out.append((line + " " if line else "") + word[:cut] + "-")
                line = word[cut:]
            else:
                out.append(line)
                line = word
        out.append(line)
    return "\n".join(out)

"""Fact helpers for the part-A doc modules (check18; adapted from check17 part A)."""

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

def wrap_cjk(text, width=34):
    """Hard-wrap each paragraph of CJK text at a fixed number of characters (PDF-like).
    Table rows (box-drawing lines) and page furniture (lines with wide spacing) are kept."""
    out = []
    for para in text.split("\n"):
        if len(para) <= width or para[:1] in "┌│├└" or "　　　　" in para:
            out.append(para)
            continue
        i = 0
        while i < len(para):
            j = i + width
            # kinsoku: a closing mark never starts a line (it stays on the line before)
            while j < len(para) and para[j] in "。，、；：！？”’）》」』¹²³":
                j += 1
            out.append(para[i:j])
            i = j
    return "\n".join(out)

def wrap_en(text, width=72, hyphen_every=0):
    """Hard-wrap each paragraph of English text (PDF-like); optionally hyphenate long words."""
    import textwrap
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append(para)
            continue
        out.extend(textwrap.wrap(para, width) or [""])
    return "\n".join(out)

def wrap_hy(text, width=70):
    """Hard-wrap each paragraph (PDF-like). A word may carry soft-hyphen marks '~': if it does
    not fit at the end of a line it is split at the last mark that fits, with '-' + line break.
    Marks are removed from the output."""
    out = []
    for para in text.split("\n"):
        if len(para.replace("~", "")) <= width:
            out.append(para.replace("~", ""))
            continue
        line = ""
        for word in para.split(" "):
            plain = word.replace("~", "")
            cand = (line + " " + plain) if line else plain
            if len(cand) <= width:
                line = cand
                continue
            # try to hyphenate at a mark
            done = False
            if "~" in word:
                pieces = word.split("~")
                for k in range(len(pieces) - 1, 0, -1):
                    head = "".join(pieces[:k]) + "-"
                    c2 = (line + " " + head) if line else head
                    if len(c2) <= width:
                        out.append(c2)
                        line = "".join(pieces[k:])
                        done = True
                        break
            if not done:
                if line:
                    out.append(line)
                line = plain
        if line:
            out.append(line)
    return "\n".join(out)

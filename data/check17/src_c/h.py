"""Fact helpers for the part-C doc modules."""

def _f(kind, ev, **kw):
    for k in ("operator_alt", "place_alt"):
        if isinstance(kw.get(k), str):
            kw[k] = [kw[k]]
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

import textwrap
def wrap(text, width=78):
    """Hard-wrap each paragraph (PDF-like line breaks); blank lines kept."""
    out = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if len(lines) > 1 or any(l.startswith(("|", "  ")) for l in lines):
            out.append(para)
        else:
            out.append(textwrap.fill(" ".join(lines), width=width, break_long_words=False, break_on_hyphens=False))
    return "\n\n".join(out)

V = set("aeiouáéíóúàèìòùü")
def _cut(w, room):
    """A syllable-like split point of word w at most room characters in, or 0."""
    if len(w) < 8 or not w.isalpha():
        return 0
    for k in range(min(room, len(w) - 3), 2, -1):
        a, b, c = w[k - 1].lower(), w[k].lower(), w[k + 1].lower()
        if b in V or c not in V or b == "h":
            continue
        if a + b in ("ll", "rr") or (b in "lr" and a in "bcdfgkpt"):
            continue
        return k
    return 0

def hwrap(text, width=72):
    """Hard-wrap with PDF-like hyphenation: a long word that does not fit is split with '-'."""
    out = []
    for para in text.split("\n\n"):
        if "\n" in para:
            out.append(para)
            continue
        words = para.split(" ")
        lines, cur = [], ""
        for w in words:
            if not cur:
                cur = w
            elif len(cur) + 1 + len(w) <= width:
                cur += " " + w
            else:
                room = width - len(cur) - 2
                k = _cut(w, room)
                if k:
                    lines.append(cur + " " + w[:k] + "-")
                    cur = w[k:]
                else:
                    lines.append(cur)
                    cur = w
        if cur:
            lines.append(cur)
        out.append("\n".join(lines))
    return "\n\n".join(out)

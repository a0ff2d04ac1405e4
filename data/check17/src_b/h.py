"""Fact helpers for the part-B doc modules (check17)."""

def _f(kind, ev, **kw):
    d = {"kind": kind}
    for k, v in kw.items():
        if v is not None or k in ("place", "country", "claimant"):
            d[k] = v
    d["ev"] = ev
    return d

def S(country, place, ev, operator=None, claimant=None, date=None, pol="asserted", opt=False, note=None, operator_alt=None, place_alt=None):
    if isinstance(operator_alt, str): operator_alt = [operator_alt]
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

def W(text, width=72):
    """Hard-wrap each paragraph at `width`; a '·' inside a word marks a place where it may be
    hyphenated across a line break ('-' + newline); unused marks are dropped."""
    out = []
    for para in text.strip("\n").split("\n"):
        words = para.split()
        lines, cur = [], ""
        for w in words:
            cand = (cur + " " + w) if cur else w
            if len(cand.replace("·", "")) <= width:
                cur = cand
                continue
            if "·" in w and cur:
                parts = w.split("·")
                done = False
                for k in range(len(parts) - 1, 0, -1):
                    head = "".join(parts[:k])
                    if len(cur) + 1 + len(head) + 1 <= width:
                        lines.append(cur + " " + head + "-")
                        cur = "·".join(parts[k:])
                        done = True
                        break
                if done:
                    continue
            lines.append(cur.replace("·", ""))
            cur = w
        if cur:
            lines.append(cur)
        out.append("\n".join(l.replace("·", "") for l in lines))
    return "\n".join(out)

def M(text, marks):
    """Mark hyphenation points: each item of `marks` is a word with '·' where it may break;
    every unmarked occurrence of that word in `text` gets the marks."""
    import re
    for m in marks:
        plain = m.replace("·", "")
        text = re.sub(r"(?<![\w·])" + re.escape(plain) + r"(?![\w·])", m, text)
    return text

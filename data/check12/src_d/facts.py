"""Fact constructors for check12 part D. Each fact names its evidence by an exact substring
of its document (optionally the n-th occurrence, `occ`)."""


def _f(kind, country, ev, opt=False, claimant=None, pol="asserted", date=None, note=None,
       occ=0, **kw):
    d = {"kind": kind, "country": country}
    st = kw.pop("_station", False)
    d.update({k: v for k, v in kw.items() if v is not None})
    if st:
        d["place"] = kw.get("place")
        d.setdefault("operator", None)
    d["date"] = date
    d["claimant"] = claimant
    d["polarity"] = pol
    if opt:
        d["optional"] = True
    if note:
        d["note"] = note
    d["_ev"] = (ev, occ)
    return d


def S(country, place, ev, operator=None, operator_alt=None, place_alt=None, **kw):
    return _f("station", country, ev, place=place, operator=operator,
              operator_alt=operator_alt, place_alt=place_alt, _station=True, **kw)


def C(measure, value, country, ev, **kw):
    return _f("count", country, ev, measure=measure, value=value, **kw)


def R(country, action, ev, place=None, **kw):
    return _f("response", country, ev, action=action, place=place, **kw)


def I(itype, country, ev, place=None, **kw):
    return _f("incident", country, ev, incident_type=itype, place=place, **kw)


def A(country, atype, ev, **kw):
    return _f("agreement", country, ev, agreement_type=atype, **kw)


def D(country, ev, **kw):
    return _f("denial", country, ev, **kw)

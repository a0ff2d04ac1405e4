"""Short constructors for gold facts (used by docs_*.py)."""


def _f(kind, ev, opt=False, **kw):
    d = {"kind": kind, "ev": ev}
    for k, v in kw.items():
        if v is not None or k in ("place", "country"):
            d[k] = v
    if opt:
        d["optional"] = True
    return d


def S(ev, country, place, op=None, date=None, claimant=None, pol="asserted", opt=False,
      op_alt=None, place_alt=None, note=None, occ=0):
    return _f("station", ev, opt, country=country, place=place, place_alt=place_alt, operator=op,
              operator_alt=op_alt, date=date, claimant=claimant, polarity=pol, note=note, occ=occ or None)


def C(ev, measure, value, country, date=None, claimant=None, opt=False, note=None, occ=0):
    return _f("count", ev, opt, country=country, measure=measure, value=value, date=date,
              claimant=claimant, polarity="asserted", note=note, occ=occ or None)


def R(ev, country, action, place=None, date=None, claimant=None, pol="asserted", opt=False,
      note=None, occ=0, place_alt=None):
    return _f("response", ev, opt, country=country, place=place, place_alt=place_alt, action=action, date=date,
              claimant=claimant, polarity=pol, note=note, occ=occ or None)


def I(ev, itype, country, place=None, date=None, claimant=None, opt=False, note=None, occ=0,
      place_alt=None):
    return _f("incident", ev, opt, country=country, place=place, place_alt=place_alt, incident_type=itype, date=date,
              claimant=claimant, polarity="asserted", note=note, occ=occ or None)


def A(ev, country, atype, date=None, claimant=None, pol="asserted", opt=False, note=None, occ=0):
    return _f("agreement", ev, opt, country=country, agreement_type=atype, date=date,
              claimant=claimant, polarity=pol, note=note, occ=occ or None)


def D(ev, country, claimant=None, date=None, opt=False, note=None, occ=0):
    return _f("denial", ev, opt, country=country, claimant=claimant, date=date,
              polarity="asserted", note=note, occ=occ or None)

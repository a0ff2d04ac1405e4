"""Small constructors for gold facts (used by docs_*.py)."""


def station(ev, country, place, operator=None, **kw):
    return dict(kind="station", ev=ev, country=country, place=place,
                **({"operator": operator} if operator else {}), **kw)


def count(ev, measure, value, country=None, **kw):
    return dict(kind="count", ev=ev, measure=measure, value=value, country=country, **kw)


def response(ev, country, action, **kw):
    return dict(kind="response", ev=ev, country=country, action=action, **kw)


def incident(ev, incident_type, country, **kw):
    return dict(kind="incident", ev=ev, incident_type=incident_type, country=country, **kw)


def agreement(ev, country, agreement_type, **kw):
    return dict(kind="agreement", ev=ev, country=country, agreement_type=agreement_type, **kw)


def denial(ev, country="CN", **kw):
    return dict(kind="denial", ev=ev, country=country, **kw)

def S(c, p, ev, op=None, **k):
    d = dict(kind='station', country=c, place=p, ev=ev)
    if op: d['operator'] = op
    d.update(k); return d
def C(m, v, c, ev, **k):
    d = dict(kind='count', measure=m, value=v, country=c, ev=ev); d.update(k); return d
def R(c, a, ev, p=None, **k):
    d = dict(kind='response', country=c, place=p, action=a, ev=ev); d.update(k); return d
def I(t, c, ev, p=None, **k):
    d = dict(kind='incident', incident_type=t, country=c, place=p, ev=ev); d.update(k); return d
def A(c, t, ev, **k):
    d = dict(kind='agreement', country=c, agreement_type=t, ev=ev); d.update(k); return d
def D(c, ev, **k):
    d = dict(kind='denial', country=c, ev=ev); d.update(k); return d
O = dict(optional=True)

"""The vocabulary the pages show, marked for translation with its group as context.

Fact kinds, statuses, review states and the other values of the schema are shown
through ``{{ value|term("group") }}``. They are written out here so that ``pybabel
extract`` finds them (keyword ``P_``: context, then message); a test checks these lists
against the schema, so a new kind or status cannot reach the pages untranslated.
"""

from __future__ import annotations


def P_(context: str, message: str) -> str:  # gettext's conventional marker name
    """Marks a term for extraction with its context; the translation happens at display."""
    return message


def N_(message: str) -> str:  # gettext's conventional marker name
    """Marks a message for extraction; it is translated where it is shown."""
    return message


TERMS: dict[str, tuple[str, ...]] = {
    "kind": (P_("kind", "station"), P_("kind", "count"), P_("kind", "response"),
             P_("kind", "incident"), P_("kind", "agreement"), P_("kind", "denial")),
    "polarity": (P_("polarity", "asserted"), P_("polarity", "denied")),
    "measure": (P_("measure", "stations"), P_("measure", "countries"), P_("measure", "staff"),
                P_("measure", "returns"), P_("measure", "jurisdictions"),
                P_("measure", "officers"), P_("measure", "cases")),
    # a figure's measure after its number: "54 stations", "54 个警务站"
    "figure": (P_("figure", "stations"), P_("figure", "countries"), P_("figure", "staff"),
               P_("figure", "returns"), P_("figure", "jurisdictions"),
               P_("figure", "officers"), P_("figure", "cases")),
    "action": (P_("action", "investigation"), P_("action", "closure"), P_("action", "arrest"),
               P_("action", "protest"), P_("action", "no_wrongdoing_found")),
    "incident_type": (P_("incident_type", "forced_return"), P_("incident_type", "persuasion"),
                      P_("incident_type", "harassment"), P_("incident_type", "surveillance")),
    "agreement_type": (P_("agreement_type", "joint_patrol"),
                       P_("agreement_type", "security_agreement")),
    "status": (P_("status", "reported"), P_("status", "corroborated"),
               P_("status", "investigated"), P_("status", "closed"), P_("status", "denied")),
    "state": (P_("state", "candidate"), P_("state", "accepted"), P_("state", "rejected"),
              P_("state", "corrected"), P_("state", "merged")),
    "verdict": (P_("verdict", "accept"), P_("verdict", "reject"), P_("verdict", "correct"),
                P_("verdict", "merge"), P_("verdict", "split"), P_("verdict", "reopen")),
    "audience": (P_("audience", "public"), P_("audience", "viewer"), P_("audience", "analyst"),
                 P_("audience", "admin")),
    "basis": (P_("basis", "fact date"), P_("basis", "published date"),
              P_("basis", "captured date")),
    "change": (P_("change", "stations added"), P_("change", "countries added"),
               P_("change", "stations corroborated"), P_("change", "stations closed"),
               P_("change", "stations denied"), P_("change", "responses"),
               P_("change", "reported figures")),
    "custody": (P_("custody", "captured"), P_("custody", "text_derived"),
                P_("custody", "facts_extracted"), P_("custody", "reviewed"),
                P_("custody", "exported"), P_("custody", "page_changed"),
                P_("custody", "page_removed")),
    "watch": (P_("watch", "feed"), P_("watch", "page"), P_("watch", "sitemap")),
    "watch_status": (P_("watch_status", "new"), P_("watch_status", "ok"),
                     P_("watch_status", "failing"), P_("watch_status", "removed")),
    "watch_event": (P_("watch_event", "captured"), P_("watch_event", "changed"),
                    P_("watch_event", "removed"), P_("watch_event", "restored"),
                    P_("watch_event", "failed")),
    "field": (P_("field", "country"), P_("field", "place"), P_("field", "operator"),
              P_("field", "measure"), P_("field", "value"), P_("field", "action"),
              P_("field", "incident_type"), P_("field", "agreement_type"),
              P_("field", "date")),
}


#: A station's lifecycle events as ``views`` words them (``ReadModel._station_detail``).
EVENTS = (P_("event", "first reported"), P_("event", "reported"), P_("event", "denied"),
          P_("event", "denied by %(claimant)s"), P_("event", "response: %(action)s (%(polarity)s)"))

#: Words ``views`` writes among data: the per-bureau count's row for unnamed bureaus, and
#: the phrases of ``views.diff_view`` (translated through its ``Wording``).
VIEW_LABELS = (N_("bureau not stated"), N_("%(place)s, %(country)s"), N_("place not stated"),
               N_("%(country)s: %(action)s (%(polarity)s)"),
               N_("%(value)s %(measure)s (%(scope)s, %(date)s)"), N_("worldwide"),
               N_("undated"))

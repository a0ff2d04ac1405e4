"""Script-injection payloads; each one, if it ever runs, sets ``window.__xss`` (the sentinel)."""

from __future__ import annotations

SENTINEL = "__xss"

PAYLOADS = [
    "<script>window.__xss=1</script>",
    '<img src=x onerror="window.__xss=2">',
    "<svg onload=window.__xss=3>",
    "<svg><script>window.__xss=4</script></svg>",
    '<a id=xl href="javascript:window.__xss=5">link</a>',
    '<iframe srcdoc="<script>parent.__xss=6</script>"></iframe>',
    '<div style="width:expression(window.__xss=7);background:url(javascript:window.__xss=7)">',
    '"><script>window.__xss=8</script>',
    "'><img src=x onerror=window.__xss=9>",
    "&lt;script&gt;window.__xss=10&lt;/script&gt;",
    "\\u003cscript\\u003ewindow.__xss=11\\u003c/script\\u003e",
    "%3Cscript%3Ewindow.__xss=12%3C/script%3E",
    "<body onload=window.__xss=13>",
    "<details open ontoggle=window.__xss=14>",
    "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=15>",
    "</textarea></title><script>window.__xss=16</script>",
    "<input autofocus onfocus=window.__xss=17>",
    "＜script＞window.__xss=18＜/script＞",
    "<scr<script>ipt>window.__xss=19</script>",
    "{{constructor.constructor('window.__xss=20')()}}",
    '<object data="javascript:window.__xss=21"></object>',
    '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=22">',
    "<img src=x onerror=alert(23)>",
    "\ufeff<\u200bscript>window.__xss=24</script>",
    "<a href='jav&#x61;script:window.__xss=25'>x</a>",
]
#: Slash-free payloads: usable as file names and user names.
NAME_PAYLOADS = [p for p in PAYLOADS if "/" not in p and len(p) < 80]

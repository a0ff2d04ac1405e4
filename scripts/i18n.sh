#!/usr/bin/env bash
# The dashboard's translations (babel.cfg says where strings are found).
#
#   scripts/i18n.sh update    extract every string into messages.pot and merge it into the
#                             zh_Hans catalogue (new entries empty, changed ones fuzzy)
#   scripts/i18n.sh compile   regenerate zh_Hant from zh_Hans with OpenCC, compile all .mo
#   scripts/i18n.sh check     fail when a catalogue has an empty or fuzzy entry
#
# Edit src/stationwatch/web/locale/zh_Hans/LC_MESSAGES/messages.po between update and
# compile; the traditional catalogue is generated, never edited by hand.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
locale=src/stationwatch/web/locale
pybabel=.venv/bin/pybabel
py=.venv/bin/python

case "${1:-}" in
  update)
    "$pybabel" extract -F babel.cfg -k N_ -k P_:1c,2 -k said --no-location --sort-output --no-wrap \
      --project stationwatch --version 0.1.0 \
      -o "$locale/messages.pot" .
    "$pybabel" update -i "$locale/messages.pot" -d "$locale" -l zh_Hans -D messages \
      --ignore-obsolete --ignore-pot-creation-date --no-wrap
    ;;
  compile)
    "$py" scripts/i18n_hant.py "$locale"
    "$pybabel" compile -d "$locale" -D messages --statistics
    ;;
  check)
    "$py" -m pytest -q tests/web/test_i18n_catalogue.py
    ;;
  *)
    echo "usage: scripts/i18n.sh update|compile|check" >&2
    exit 2
    ;;
esac

#!/usr/bin/env bash
# Copy the map's browser libraries from npm into the package, so the app needs no npm
# at run time and works offline. Run again to update; commit the result.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
dest="$here/src/stationwatch/web/static/vendor"
# country shapes are read on the server by the read side (views/geo.py), not served as is
atlas="$here/src/stationwatch/views/data/world-atlas"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm init -y >/dev/null
npm install --no-save --no-audit --no-fund leaflet leaflet.markercluster world-atlas topojson-client >/dev/null

rm -rf "$dest"
mkdir -p "$dest/leaflet/images" "$dest/markercluster" "$atlas" "$dest/topojson-client"

cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css "$dest/leaflet/"
cp node_modules/leaflet/dist/images/*.png "$dest/leaflet/images/"
cp node_modules/leaflet/LICENSE "$dest/leaflet/LICENSE"

cp node_modules/leaflet.markercluster/dist/leaflet.markercluster.js \
   node_modules/leaflet.markercluster/dist/MarkerCluster.css \
   node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css "$dest/markercluster/"
cp node_modules/leaflet.markercluster/MIT-LICENCE.txt "$dest/markercluster/LICENSE"

cp node_modules/world-atlas/countries-110m.json "$atlas/"
cp node_modules/world-atlas/LICENSE "$atlas/LICENSE"

cp node_modules/topojson-client/dist/topojson-client.min.js "$dest/topojson-client/"
cp node_modules/topojson-client/LICENSE "$dest/topojson-client/LICENSE"

for pkg in leaflet leaflet.markercluster world-atlas topojson-client; do
  node -e "const p=require('./node_modules/$pkg/package.json');console.log(p.name+' '+p.version+' '+p.license)"
done > "$dest/VERSIONS.txt"
echo "vendored into $dest:"
cat "$dest/VERSIONS.txt"

// The station map: country shading and clustered station markers from the JSON API.
// Popups are built with DOM text nodes only, so no value from the data is parsed as HTML.
(function () {
  "use strict";

  // The page's words in its language (data-text on #map), "%(name)s" filled from values.
  var text = {};
  function say(key, fallback, values) {
    var template = text[key] || fallback;
    return template.replace(/%\((\w+)\)s/g, function (_, name) { return String(values[name]); });
  }
  function countryName(code, fallback) {
    return (text.countries && text.countries[code]) || fallback || "";
  }

  function colour(count) {
    if (count >= 10) { return "#7f0000"; }
    if (count >= 5) { return "#b30000"; }
    if (count >= 2) { return "#e34a33"; }
    if (count >= 1) { return "#fc8d59"; }
    return "#f0f0f0";
  }

  function popup(properties) {
    var box = document.createElement("div");
    var link = document.createElement("a");
    link.href = "/stations/" + encodeURIComponent(properties.key);
    link.textContent = say("place", "%(place)s, %(country)s", {
      place: properties.place || say("placeNotStated", "(place not stated)", {}),
      country: countryName(String(properties.key).split(":")[0], properties.country) });
    box.appendChild(link);
    var detail = document.createElement("div");
    detail.textContent = ((text.status && text.status[properties.status]) ||
                          properties.status || "") + " · " + (properties.operators.length ?
      properties.operators.join(", ") : say("operatorNotStated", "operator not stated", {}));
    box.appendChild(detail);
    return box;
  }

  // A marker filled by the station's status, ringed and lettered by its bureau (colours
  // and letters are keyed in the per-bureau table beside the map; "?" when none is named).
  function pin(properties, bureaus, colours) {
    var ops = properties.operators || [];
    var letter = ops.length ? (bureaus[ops[0]] || "?") : "?";
    var ring = ops.length && typeof colours[ops[0]] === "number" ? " bureau-" + colours[ops[0]]
      : " bureau-none";
    var status = /^[a-z]+$/.test(properties.status || "") ? properties.status : "reported";
    var text = document.createElement("span");
    text.textContent = letter;
    return L.divIcon({ className: "pin status-" + status + ring, html: text, iconSize: [22, 22],
                       iconAnchor: [11, 11], popupAnchor: [0, -11] });
  }

  function getJSON(url) {
    return fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) { throw new Error(url + ": HTTP " + response.status); }
        return response.json();
      });
  }

  function start() {
    var element = document.getElementById("map");
    if (!element || !window.L) { return; }
    text = JSON.parse(element.getAttribute("data-text") || "{}");
    var map = L.map(element, { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([30, 20], 2);
    var tiles = element.getAttribute("data-tiles");
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 12, attribution: "map tiles" }).addTo(map);
    } else {
      element.classList.add("no-tiles");
    }
    var state = { map: map, markers: 0, countries: 0, ready: false };
    window.stationwatchMap = state;

    var countries = getJSON(element.getAttribute("data-countries")).then(function (data) {
      L.geoJSON(data, {
        style: function (feature) {
          return { color: "#888", weight: 0.5, fillOpacity: 0.8,
                   fillColor: colour(feature.properties.stations) };
        },
        onEachFeature: function (feature, layer) {
          var label = document.createElement("span");
          label.textContent = say("documented", "%(country)s: %(n)s documented", {
            country: countryName(feature.properties.code, feature.properties.name),
            n: feature.properties.stations });
          layer.bindTooltip(label);
        }
      }).addTo(map);
      state.countries = data.features.length;
    });

    var bureaus = JSON.parse(element.getAttribute("data-bureaus") || "{}");
    var colours = JSON.parse(element.getAttribute("data-colours") || "{}");
    var stations = getJSON(element.getAttribute("data-stations")).then(function (data) {
      var cluster = L.markerClusterGroup({ maxClusterRadius: 40 });
      data.features.forEach(function (feature) {
        var c = feature.geometry.coordinates;
        var marker = L.marker([c[1], c[0]], { title: feature.properties.key,
                                              icon: pin(feature.properties, bureaus, colours) });
        marker.bindPopup(popup(feature.properties));
        cluster.addLayer(marker);
      });
      cluster.addTo(map);
      state.markers = data.features.length;
    });

    Promise.all([countries, stations]).then(function () {
      state.ready = true;
      element.setAttribute("data-ready", "true");
    }).catch(function (error) {
      var note = document.createElement("p");
      note.className = "error";
      note.textContent = say("loadError", "The map could not load its data: %(error)s",
                             { error: error.message });
      element.parentNode.insertBefore(note, element);
    });
  }

  document.addEventListener("DOMContentLoaded", start);
}());

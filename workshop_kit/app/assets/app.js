/* The offline map app that build_app exports. Plain JavaScript, no build step.
 *
 * It reads its data from the <script id="app-data" type="application/json"> block.
 * Every data value reaches the page through textContent, setAttribute or a checked
 * href, never through innerHTML, so a title such as <img src=x onerror=...> is text.
 *
 * The map groups places on a pixel grid (GRID_PIXELS wide cells) and draws one SVG
 * element per occupied cell in view: a coloured circle for a lone place, a numbered
 * bubble for a group. The number of elements is bounded by the screen size, not by
 * the number of places, which keeps 100,000 places fast on a phone.
 */
(function () {
  "use strict";

  var GRID_PIXELS = 56;
  var LIST_PAGE = 100;
  var MAX_ZOOM = 19;
  var OTHER_COLOR = "#7f8c8d";

  var config = JSON.parse(document.getElementById("app-data").textContent);
  var labels = config.labels;
  var places = config.places;
  var count = places.count;
  var numberFormat = new Intl.NumberFormat(config.lang);

  // ---- Field access -------------------------------------------------------------

  var fieldByRole = {};
  places.fields.forEach(function (field) {
    if (field.role) fieldByRole[field.role] = field;
  });

  function fieldValue(field, index) {
    return field.codes ? field.dictionary[field.codes[index]] : field.values[index];
  }

  function roleValue(role, index) {
    var field = fieldByRole[role];
    return field ? fieldValue(field, index) : "";
  }

  function placeTitle(index) {
    return roleValue("title", index) || labels.untitled;
  }

  function placeKey(index) {
    return placeTitle(index) + "|" + places.lat[index] + "|" + places.lon[index];
  }

  function format(text, values) {
    return text.replace(/\{(\w+)\}/g, function (match, name) {
      return name in values ? values[name] : match;
    });
  }

  // ---- Categories and colours ---------------------------------------------------

  var categoryIndex = {};
  config.categories.forEach(function (name, position) {
    categoryIndex[name] = position;
  });

  // placeCategories[i] lists the category positions of place i ("A; B" gives two).
  var placeCategories = new Array(count);
  for (var i = 0; i < count; i++) {
    var names = roleValue("category", i).split(config.category_separator);
    var positions = [];
    for (var j = 0; j < names.length; j++) {
      var position = categoryIndex[names[j].trim()];
      if (position !== undefined) positions.push(position);
    }
    placeCategories[i] = positions;
  }

  function categoryColor(position) {
    return config.colors.categories[config.categories[position]] || OTHER_COLOR;
  }

  function placeColor(index) {
    var positions = placeCategories[index];
    return positions.length ? categoryColor(positions[0]) : OTHER_COLOR;
  }

  // ---- Web Mercator positions, computed once ---------------------------------------

  var mercatorX = new Float64Array(count);
  var mercatorY = new Float64Array(count);
  for (var k = 0; k < count; k++) {
    var latitude = Math.max(-85.05112878, Math.min(85.05112878, places.lat[k]));
    var sine = Math.sin((latitude * Math.PI) / 180);
    mercatorX[k] = (places.lon[k] + 180) / 360;
    mercatorY[k] = 0.5 - Math.log((1 + sine) / (1 - sine)) / (4 * Math.PI);
  }

  function unproject(x, y) {
    var latitude = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
    return L.latLng(latitude, x * 360 - 180);
  }

  // ---- State: filters, search, favourites, position ----------------------------------

  var state = {
    categories: new Set(config.categories.map(function (name, position) { return position; })),
    query: "",
    visible: null, // Int32Array of the place indexes that pass the filters
    position: null, // {lat, lon} after "near me"
    distances: null,
    listShown: LIST_PAGE,
  };

  var storageKey = "workshop-app:" + config.id + ":favourites";
  var favourites = new Set(readFavourites());

  function readFavourites() {
    try {
      var stored = JSON.parse(window.localStorage.getItem(storageKey) || "[]");
      return Array.isArray(stored) ? stored : [];
    } catch (error) {
      return []; // storage disabled or corrupt: start with no favourites
    }
  }

  function saveFavourites() {
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(Array.from(favourites)));
    } catch (error) {
      // Private browsing can refuse storage; favourites then last for this visit only.
    }
  }

  var searchText = null;

  function normalise(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function buildSearchText() {
    searchText = new Array(count);
    var roles = ["title", "category", "address", "postal_code", "city", "description"];
    for (var index = 0; index < count; index++) {
      var parts = [];
      for (var r = 0; r < roles.length; r++) parts.push(roleValue(roles[r], index));
      searchText[index] = normalise(parts.join(" "));
    }
  }

  function applyFilters() {
    var words = normalise(state.query).split(/\s+/).filter(Boolean);
    if (words.length && !searchText) buildSearchText();
    var everyCategory = state.categories.size === config.categories.length;
    var kept = new Int32Array(count);
    var total = 0;

    for (var index = 0; index < count; index++) {
      if (!everyCategory) {
        var positions = placeCategories[index];
        var match = false;
        for (var p = 0; p < positions.length; p++) {
          if (state.categories.has(positions[p])) { match = true; break; }
        }
        if (!match) continue;
      }
      var found = true;
      for (var w = 0; w < words.length; w++) {
        if (searchText[index].indexOf(words[w]) === -1) { found = false; break; }
      }
      if (found) kept[total++] = index;
    }

    state.visible = kept.subarray(0, total);
    if (state.position) sortByDistance();
    state.listShown = LIST_PAGE;
    renderMap();
    renderList();
    renderCounts();
  }

  // ---- Small DOM helpers ---------------------------------------------------------

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function byId(id) {
    return document.getElementById(id);
  }

  // ---- Links: only safe schemes reach an href ----------------------------------------

  function telHref(value) {
    var digits = value.replace(/[^\d+]/g, "");
    return digits.replace(/\D/g, "").length >= 3 ? "tel:" + digits : null;
  }

  function mailHref(value) {
    return /^[^@\s"<>]+@[^@\s"<>]+\.[a-z]{2,}$/i.test(value) ? "mailto:" + value : null;
  }

  function webHref(value) {
    if (/^https?:\/\/[^\s"<>]+$/i.test(value)) return value;
    if (/^www\.[^\s"<>]+$/i.test(value)) return "https://" + value;
    return null;
  }

  function link(href, text, className) {
    var anchor = element("a", className, text);
    anchor.setAttribute("href", href);
    if (/^https?:/.test(href)) {
      anchor.setAttribute("target", "_blank");
      anchor.setAttribute("rel", "noopener noreferrer");
    }
    return anchor;
  }

  function valueNode(field, value) {
    var href = null;
    if (field.kind === "tel") href = telHref(value);
    else if (field.kind === "email") href = mailHref(value);
    else if (field.kind === "url" || field.kind === "image") href = webHref(value);
    else if (webHref(value) && /^https?:\/\//i.test(value)) href = value;
    return href ? link(href, value) : element("span", null, value);
  }

  // ---- Map ---------------------------------------------------------------------------

  var map = L.map("map", {
    renderer: L.svg({ padding: 0.3 }),
    maxZoom: MAX_ZOOM,
    minZoom: 2,
    zoomSnap: 1,
    attributionControl: Boolean(config.tiles),
  });

  if (config.tiles) {
    // Optional background; without network the tiles fail and the points stay visible.
    L.tileLayer(config.tiles.url, { attribution: config.tiles.attribution || "", maxZoom: MAX_ZOOM }).addTo(map);
  }

  var markerLayer = L.layerGroup().addTo(map);
  var positionLayer = L.layerGroup().addTo(map);

  function fitToPlaces() {
    if (!count) {
      fitted = true;
      map.setView([46.6, 2.4], 5);
      return;
    }
    var south = 90, north = -90, west = 180, east = -180;
    for (var index = 0; index < count; index++) {
      south = Math.min(south, places.lat[index]);
      north = Math.max(north, places.lat[index]);
      west = Math.min(west, places.lon[index]);
      east = Math.max(east, places.lon[index]);
    }
    fitted = true;
    if (south === north && west === east) map.setView([south, west], 16);
    else map.fitBounds([[south, west], [north, east]], { padding: [24, 24] });
  }

  var fitted = false;
  var renders = 0;

  function renderMap() {
    if (!state.visible || !fitted) return;
    var zoom = map.getZoom();
    var scale = 256 * Math.pow(2, zoom);
    var bounds = map.getPixelBounds();
    var margin = GRID_PIXELS * 2;
    var minX = bounds.min.x - margin, maxX = bounds.max.x + margin;
    var minY = bounds.min.y - margin, maxY = bounds.max.y + margin;
    var rowLength = Math.ceil(scale / GRID_PIXELS) + 1;
    var cells = new Map();
    var visible = state.visible;

    for (var v = 0; v < visible.length; v++) {
      var index = visible[v];
      var x = mercatorX[index] * scale;
      var y = mercatorY[index] * scale;
      if (x < minX || x > maxX || y < minY || y > maxY) continue;
      var key = Math.floor(y / GRID_PIXELS) * rowLength + Math.floor(x / GRID_PIXELS);
      var cell = cells.get(key);
      if (!cell) {
        cells.set(key, { size: 1, sumX: mercatorX[index], sumY: mercatorY[index], members: [index] });
      } else {
        cell.size++;
        cell.sumX += mercatorX[index];
        cell.sumY += mercatorY[index];
        if (cell.members.length < 50) cell.members.push(index);
      }
    }

    markerLayer.clearLayers();
    var points = 0, groups = 0;
    cells.forEach(function (cell) {
      if (cell.size === 1) {
        drawPoint(cell.members[0]);
        points++;
      } else {
        drawGroup(cell);
        groups++;
      }
    });
    // Counts for tests and benchmarks, which wait for data-renders to change.
    renders++;
    var container = map.getContainer();
    container.setAttribute("data-points", String(points));
    container.setAttribute("data-groups", String(groups));
    container.setAttribute("data-renders", String(renders));
    document.body.setAttribute("data-ready", "1");
  }

  function drawPoint(index) {
    var marker = L.circleMarker([places.lat[index], places.lon[index]], {
      radius: 8,
      color: "#ffffff",
      weight: 2,
      fillColor: placeColor(index),
      fillOpacity: 0.95,
      className: "wk-point",
    });
    marker.on("click", function () {
      L.popup({ offset: [0, -4] }).setLatLng(marker.getLatLng()).setContent(popupContent([index])).openOn(map);
    });
    markerLayer.addLayer(marker);
  }

  function drawGroup(cell) {
    var size = cell.size;
    var diameter = 50;
    if (size < 10) diameter = 30;
    else if (size < 100) diameter = 36;
    else if (size < 1000) diameter = 42;
    var bubble = element("span", "wk-cluster-count", numberFormat.format(size));
    bubble.setAttribute("data-count", String(size));
    var center = unproject(cell.sumX / size, cell.sumY / size);
    var marker = L.marker(center, {
      icon: L.divIcon({ html: bubble, className: "wk-cluster", iconSize: [diameter, diameter] }),
      keyboard: true,
      title: format(labels.group_title, { count: numberFormat.format(size) }),
    });
    marker.on("click", function () {
      if (map.getZoom() >= MAX_ZOOM) {
        L.popup().setLatLng(center).setContent(popupContent(cell.members)).openOn(map);
      } else {
        map.setView(center, Math.min(map.getZoom() + 2, MAX_ZOOM));
      }
    });
    markerLayer.addLayer(marker);
  }

  function popupContent(indexes) {
    var box = element("div", "wk-popup");
    indexes.forEach(function (index) {
      box.appendChild(element("strong", "wk-popup-title", placeTitle(index)));
      var category = roleValue("category", index);
      if (category) box.appendChild(element("div", "wk-popup-category", category));
      var open = element("button", "wk-popup-open", labels.open_details);
      open.type = "button";
      open.addEventListener("click", function () {
        map.closePopup();
        location.hash = "#place/" + index;
      });
      box.appendChild(open);
    });
    return box;
  }

  map.on("moveend", renderMap);

  // ---- Category filters ---------------------------------------------------------------

  function renderFilters() {
    var bar = byId("filters");
    clear(bar);
    var everyCategory = state.categories.size === config.categories.length;
    var all = element("button", "wk-chip" + (everyCategory ? " wk-chip-on" : ""), labels.all_categories);
    all.type = "button";
    all.setAttribute("aria-pressed", String(everyCategory));
    all.addEventListener("click", function () {
      state.categories = new Set(config.categories.map(function (name, position) { return position; }));
      renderFilters();
      applyFilters();
    });
    bar.appendChild(all);

    config.categories.forEach(function (name, position) {
      var on = !everyCategory && state.categories.has(position);
      var chip = element("button", "wk-chip" + (on ? " wk-chip-on" : ""));
      chip.type = "button";
      chip.setAttribute("data-category", name);
      chip.setAttribute("aria-pressed", String(on));
      var dot = element("span", "wk-dot");
      dot.style.background = categoryColor(position);
      chip.appendChild(dot);
      chip.appendChild(document.createTextNode(name));
      chip.addEventListener("click", function () {
        // From "all", a tap shows only this category; later taps add or remove one.
        if (everyCategory) state.categories = new Set([position]);
        else if (state.categories.has(position)) state.categories.delete(position);
        else state.categories.add(position);
        if (state.categories.size === 0) {
          state.categories = new Set(config.categories.map(function (n, p) { return p; }));
        }
        renderFilters();
        applyFilters();
      });
      bar.appendChild(chip);
    });
  }

  function renderCounts() {
    var text = format(labels.count, {
      count: numberFormat.format(state.visible.length),
      total: numberFormat.format(count),
    });
    byId("count").textContent = text;
  }

  // ---- List, near me and favourites ------------------------------------------------------

  function distanceMetres(index) {
    var radians = Math.PI / 180;
    var dLat = (places.lat[index] - state.position.lat) * radians;
    var dLon = (places.lon[index] - state.position.lon) * radians;
    var a = Math.sin(dLat / 2) * Math.sin(dLat / 2) +
      Math.cos(state.position.lat * radians) * Math.cos(places.lat[index] * radians) *
      Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 6371000 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }

  function sortByDistance() {
    var distances = new Float64Array(count);
    var visible = Array.from(state.visible);
    visible.forEach(function (index) { distances[index] = distanceMetres(index); });
    visible.sort(function (a, b) { return distances[a] - distances[b]; });
    state.visible = Int32Array.from(visible);
    state.distances = distances;
  }

  function formatDistance(metres) {
    if (metres < 1000) return format(labels.distance_m, { distance: Math.round(metres) });
    return format(labels.distance_km, { distance: (metres / 1000).toFixed(1) });
  }

  function listItem(index) {
    var item = element("li", "wk-item");
    var button = element("button", "wk-item-button");
    button.type = "button";
    var dot = element("span", "wk-dot");
    dot.style.background = placeColor(index);
    button.appendChild(dot);
    var text = element("span", "wk-item-text");
    text.appendChild(element("span", "wk-item-title", placeTitle(index)));
    var line = [roleValue("category", index), roleValue("address", index)].filter(Boolean).join(" · ");
    if (line) text.appendChild(element("span", "wk-item-line", line));
    button.appendChild(text);
    if (state.position && state.distances) {
      button.appendChild(element("span", "wk-item-distance", formatDistance(state.distances[index])));
    }
    if (favourites.has(placeKey(index))) button.appendChild(element("span", "wk-item-star", "★"));
    button.addEventListener("click", function () { location.hash = "#place/" + index; });
    item.appendChild(button);
    return item;
  }

  function renderList() {
    var list = byId("list-items");
    clear(list);
    var visible = state.visible;
    var shown = Math.min(visible.length, state.listShown);
    for (var v = 0; v < shown; v++) list.appendChild(listItem(visible[v]));
    if (!visible.length) list.appendChild(element("li", "wk-empty", labels.no_results));
    byId("more").hidden = shown >= visible.length;
  }

  function renderFavourites() {
    var list = byId("favourite-items");
    clear(list);
    var shown = 0;
    for (var index = 0; index < count && shown < favourites.size; index++) {
      if (favourites.has(placeKey(index))) {
        list.appendChild(listItem(index));
        shown++;
      }
    }
    if (!shown) list.appendChild(element("li", "wk-empty", labels.no_favourites));
  }

  function nearMe() {
    var status = byId("near-status");
    if (!navigator.geolocation) {
      status.textContent = labels.geo_unavailable;
      return;
    }
    status.textContent = labels.geo_searching;
    navigator.geolocation.getCurrentPosition(
      function (found) {
        state.position = { lat: found.coords.latitude, lon: found.coords.longitude };
        status.textContent = labels.geo_found;
        positionLayer.clearLayers();
        positionLayer.addLayer(L.circleMarker([state.position.lat, state.position.lon], {
          radius: 9, color: "#ffffff", weight: 3, fillColor: "#1a73e8", fillOpacity: 1, className: "wk-me",
        }));
        applyFilters();
      },
      function () {
        status.textContent = labels.geo_error;
      },
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 }
    );
  }

  // ---- Detail page -----------------------------------------------------------------------

  function actionLink(href, text) {
    return href ? link(href, text, "wk-action") : null;
  }

  function renderDetail(index) {
    var page = byId("detail-body");
    clear(page);
    page.appendChild(element("h2", "wk-detail-title", placeTitle(index)));

    var category = roleValue("category", index);
    if (category) {
      var badge = element("span", "wk-badge", category);
      badge.style.background = placeColor(index);
      page.appendChild(badge);
    }
    var description = roleValue("description", index);
    if (description) page.appendChild(element("p", "wk-detail-description", description));

    var street = roleValue("address", index);
    var town = [roleValue("postal_code", index), roleValue("city", index)].filter(Boolean).join(" ");
    if (street || town) {
      var address = element("address", "wk-detail-address");
      if (street) address.appendChild(element("div", null, street));
      if (town) address.appendChild(element("div", null, town));
      page.appendChild(address);
    }

    var image = webHref(roleValue("image", index));
    if (image) {
      var picture = element("img", "wk-detail-image");
      picture.setAttribute("alt", placeTitle(index));
      picture.setAttribute("loading", "lazy");
      picture.setAttribute("src", image);
      page.appendChild(picture);
    }

    var actions = element("div", "wk-actions");
    [
      actionLink(telHref(roleValue("phone", index)), labels.call),
      actionLink(mailHref(roleValue("email", index)), labels.write_email),
      actionLink(webHref(roleValue("website", index)), labels.open_website),
    ].forEach(function (node) { if (node) actions.appendChild(node); });

    var onMap = element("button", "wk-action", labels.show_on_map);
    onMap.type = "button";
    onMap.addEventListener("click", function () {
      location.hash = "#map";
      setTimeout(function () { map.setView([places.lat[index], places.lon[index]], 18); }, 0);
    });
    actions.appendChild(onMap);

    var star = element("button", "wk-action wk-favourite");
    star.type = "button";
    function paintStar() {
      var on = favourites.has(placeKey(index));
      star.textContent = on ? "★ " + labels.remove_favourite : "☆ " + labels.add_favourite;
      star.setAttribute("aria-pressed", String(on));
    }
    star.addEventListener("click", function () {
      var key = placeKey(index);
      if (favourites.has(key)) favourites.delete(key);
      else favourites.add(key);
      saveFavourites();
      paintStar();
    });
    paintStar();
    actions.appendChild(star);
    page.appendChild(actions);

    page.appendChild(element("h3", null, labels.all_information));
    var table = element("dl", "wk-attributes");
    places.fields.forEach(function (field) {
      var value = fieldValue(field, index);
      if (!value) return;
      table.appendChild(element("dt", null, field.name));
      var cell = element("dd");
      cell.appendChild(valueNode(field, value));
      table.appendChild(cell);
    });
    page.appendChild(table);
  }

  // ---- Dataset information page --------------------------------------------------------------

  function renderInfo() {
    var page = byId("info-body");
    clear(page);
    var info = config.info;
    page.appendChild(element("h2", null, config.title));
    if (info.description) page.appendChild(element("p", null, info.description));
    var table = element("dl", "wk-attributes");

    function row(label, value, href) {
      if (!value) return;
      table.appendChild(element("dt", null, label));
      var cell = element("dd");
      var safe = href ? webHref(href) : null;
      cell.appendChild(safe ? link(safe, value) : element("span", null, value));
      table.appendChild(cell);
    }

    row(labels.info_places, numberFormat.format(count));
    row(labels.info_licence, info.licence, info.licence_url);
    row(labels.info_source, info.source || info.source_url, info.source_url);
    row(labels.info_author, info.author);
    row(labels.info_date, info.date);
    row(labels.info_built, info.built);
    page.appendChild(table);
    page.appendChild(element("p", "wk-note", labels.offline_note));
  }

  // ---- Views and routing ---------------------------------------------------------------------

  var VIEWS = ["map", "list", "favourites", "info", "detail"];

  function showView(name) {
    VIEWS.forEach(function (view) {
      byId("view-" + view).hidden = view !== name;
    });
    document.querySelectorAll(".wk-tab").forEach(function (tab) {
      var on = tab.getAttribute("data-view") === name;
      tab.classList.toggle("wk-tab-on", on);
      tab.setAttribute("aria-current", on ? "page" : "false");
    });
    byId("filters").hidden = name !== "map" && name !== "list";
    if (name === "map") {
      // A hidden map has no size: fit the places the first time it is shown.
      map.invalidateSize();
      if (!fitted) fitToPlaces();
    }
    if (name === "favourites") renderFavourites();
    if (name === "info") renderInfo();
    if (name === "list") renderList();
  }

  function route() {
    var hash = location.hash.replace(/^#/, "");
    var match = /^place\/(\d+)$/.exec(hash);
    if (match && Number(match[1]) < count) {
      renderDetail(Number(match[1]));
      showView("detail");
      window.scrollTo(0, 0);
      return;
    }
    showView(VIEWS.indexOf(hash) >= 0 && hash !== "detail" ? hash : "map");
  }

  // ---- Start -----------------------------------------------------------------------------

  function fillLabels() {
    document.querySelectorAll("[data-label]").forEach(function (node) {
      node.textContent = labels[node.getAttribute("data-label")] || "";
    });
    byId("search").setAttribute("placeholder", labels.search_placeholder);
    byId("search").setAttribute("aria-label", labels.search_placeholder);
    document.documentElement.style.setProperty("--primary", config.colors.primary);
  }

  function start() {
    fillLabels();
    byId("app-title").textContent = config.title;
    renderFilters();

    var typing = null;
    byId("search").addEventListener("input", function (event) {
      clearTimeout(typing);
      var value = event.target.value;
      typing = setTimeout(function () { state.query = value; applyFilters(); }, 120);
    });
    byId("near-me").addEventListener("click", nearMe);
    byId("more").addEventListener("click", function () {
      state.listShown += LIST_PAGE;
      renderList();
    });
    byId("back").addEventListener("click", function () {
      if (history.length > 1) history.back();
      else location.hash = "#list";
    });
    window.addEventListener("hashchange", route);

    applyFilters();
    route();
  }

  start();
})();

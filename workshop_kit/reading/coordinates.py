"""Find the places in a table and add ``latitude``/``longitude`` columns in WGS84 degrees.

Sources, in order of preference: separate latitude and longitude columns (French or
English names), one column holding a pair ("lat, lon", "lat,lon", "lat lon" or
"[lon,lat]"), then a GeoJSON geometry written in a cell (``geo_shape``). Lambert-93
metres, declared or recognised by their range, are reprojected with pyproj. Rows with
latitude and longitude swapped are put back and reported. Points far from all the others
are reported as outliers but left where the file puts them.
"""

from __future__ import annotations

import json
import re

import numpy as np
import pandas as pd

from .numbers import normalise_name
from .report import DetectionReport, format_rows

WGS84 = "EPSG:4326"
LAMBERT93 = "EPSG:2154"

LATITUDE_NAMES = {"lat", "latitude", "ylat", "ylatitude", "latwgs84", "latitudewgs84", "wgs84lat", "y", "coordy",
                  "coordonneey", "yl93", "ylambert93", "ywgs84", "geolat", "pointy"}
LONGITUDE_NAMES = {"lon", "lng", "long", "longitude", "xlong", "xlon", "xlongitude", "lonwgs84", "longitudewgs84",
                   "wgs84lon", "x", "coordx", "coordonneex", "xl93", "xlambert93", "xwgs84", "geolon", "geolng", "pointx"}
PAIR_NAMES = {"geopoint2d", "geopoint", "coordgeo", "coordonneesxy", "coordonnees", "coordonneesgps", "coordinates",
              "coords", "geolocalisation", "geoloc", "latlon", "latlng", "latlong", "position", "point", "gps", "wgs84"}
NUMBER = r"[+-]?\d+(?:\.\d+)?"
PAIR = re.compile(rf"^\s*(?P<bracket>\[)?\s*(?P<first>{NUMBER})\s*(?:[,;]\s*|\s+)(?P<second>{NUMBER})\s*\]?\s*$")

# Columns the JSON readers fill from a record's geometry, in the file's own units.
GEOMETRY_Y = "_geometry_y"
GEOMETRY_X = "_geometry_x"

# Lambert-93 covers metropolitan France with x (easting) and y (northing) in metres.
LAMBERT93_X = (-400_000, 1_400_000)
LAMBERT93_Y = (6_000_000, 7_300_000)
# Metropolitan France, used only to recognise latitude and longitude columns swapped as a whole.
FRANCE_LATITUDE = (41.0, 51.5)
FRANCE_LONGITUDE = (-5.5, 10.0)

# A point is an outlier when it is this many times farther from the centre of the data
# than the typical (median) point, and at least OUTLIER_MIN_KM away.
OUTLIER_FACTOR = 10
OUTLIER_MIN_KM = 50.0
# A row is swapped when its written position is an outlier and its swapped position is not.


def _compact(name) -> str:
    return normalise_name(name).replace("_", "")


def to_float(series: pd.Series) -> pd.Series:
    """Read numbers written with a decimal comma, spaces or non-breaking spaces as floats."""
    if pd.api.types.is_numeric_dtype(series):
        return series.astype("float64")
    text = series.astype("str").str.replace(r"[\s\u00a0\u202f]", "", regex=True).str.replace(",", ".", regex=False)
    return pd.to_numeric(text.where(series.notna()), errors="coerce")


def find_column_pair(columns) -> tuple[str, str] | None:
    """Return the (latitude, longitude) columns found by name, or None."""
    compact = {column: _compact(column) for column in columns}
    for exact in (True, False):
        latitude = _first_match(compact, LATITUDE_NAMES, ("lat", "latitude"), exact)
        longitude = _first_match(compact, LONGITUDE_NAMES, ("lon", "lng", "long", "longitude"), exact)
        if latitude and longitude and latitude != longitude:
            return latitude, longitude
    return None


def _first_match(compact: dict, names: set, tokens: tuple, exact: bool):
    for column, name in compact.items():
        if exact and name in names:
            return column
        if not exact and set(normalise_name(column).split("_")) & set(tokens):
            return column
    return None


def find_pair_column(frame: pd.DataFrame) -> str | None:
    """Return the column holding "lat, lon" or "[lon,lat]" pairs, preferring known names."""
    candidates = sorted(frame.columns, key=lambda column: _compact(column) not in PAIR_NAMES)
    for column in candidates:
        series = frame[column]
        if pd.api.types.is_numeric_dtype(series) or pd.api.types.is_datetime64_any_dtype(series):
            continue
        sample = series.dropna().head(200)
        sample = sample[[isinstance(value, str) and value.strip() != "" for value in sample]]
        if len(sample) and sample.str.match(PAIR).mean() >= 0.8:
            return column
    return None


def find_geometry_column(frame: pd.DataFrame) -> str | None:
    """Return a column whose cells are GeoJSON geometries written as text (``geo_shape``)."""
    for column in frame.columns:
        sample = frame[column].dropna().head(50)
        texts = [value for value in sample if isinstance(value, str) and value.lstrip().startswith("{")]
        if texts and len(texts) == len(sample) and all('"coordinates"' in value for value in texts):
            return column
    return None


def split_pairs(series: pd.Series) -> tuple[pd.Series, pd.Series, bool]:
    """Split "lat, lon" / "[lon,lat]" cells; return (latitude, longitude, bracketed)."""
    parts = series.astype("str").str.extract(PAIR)
    first = pd.to_numeric(parts["first"], errors="coerce")
    second = pd.to_numeric(parts["second"], errors="coerce")
    bracketed = bool(parts["bracket"].notna().mean() > 0.5)
    if bracketed:
        return second, first, True
    return first, second, False


def geometry_centre(value) -> tuple[float, float]:
    """Return (latitude, longitude) of a GeoJSON geometry, text or dict: the point, or the mean vertex."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return np.nan, np.nan
    if not isinstance(value, dict):
        return np.nan, np.nan
    if value.get("type") == "Feature":
        value = value.get("geometry") or {}
    points = np.array(list(_vertices(value.get("coordinates"))), dtype="float64")
    if points.size == 0:
        return np.nan, np.nan
    # NOTE: for lines and polygons this is the mean of the vertices, not a true centroid.
    return float(points[:, 1].mean()), float(points[:, 0].mean())


def _vertices(coordinates):
    if isinstance(coordinates, (list, tuple)) and coordinates and isinstance(coordinates[0], (int, float)):
        yield coordinates[:2]
    elif isinstance(coordinates, (list, tuple)):
        for item in coordinates:
            yield from _vertices(item)


def reproject(x: pd.Series, y: pd.Series, crs: str) -> tuple[pd.Series, pd.Series]:
    """Reproject eastings ``x`` and northings ``y`` from ``crs`` to WGS84 (latitude, longitude)."""
    from pyproj import Transformer

    transformer = Transformer.from_crs(crs, WGS84, always_xy=True)
    longitude, latitude = transformer.transform(x.to_numpy(dtype="float64"), y.to_numpy(dtype="float64"))
    return pd.Series(latitude, index=x.index), pd.Series(longitude, index=x.index)


def _share_between(values: pd.Series, bounds) -> float:
    present = values.dropna()
    if present.empty:
        return 0.0
    return float(present.between(*bounds).mean())


def normalise_crs(crs) -> str:
    """Turn 2154, "2154", "EPSG:2154" or "urn:ogc:def:crs:EPSG::2154" into "EPSG:2154"."""
    text = str(crs).strip()
    match = re.search(r"(\d{4,6})\s*$", text)
    if match:
        return f"EPSG:{match.group(1)}"
    if text.upper() in ("WGS84", "CRS84", "URN:OGC:DEF:CRS:OGC:1.3:CRS84"):
        return WGS84
    return text


def add_coordinates(frame: pd.DataFrame, report: DetectionReport, crs=None, declared_crs=None) -> pd.DataFrame:
    """Add ``latitude``/``longitude`` (WGS84 floats) to ``frame`` when it has places; fill ``report``."""
    found = _locate(frame, report)
    if found is None:
        return frame
    first, second = found  # latitude-like and longitude-like values, in the file's units

    if crs is not None:
        source_crs = normalise_crs(crs)
        report.crs = source_crs
        if source_crs != WGS84:
            report.repair("reading.repair_reprojected", crs=source_crs)
    elif declared_crs is not None and normalise_crs(declared_crs) != WGS84:
        source_crs = normalise_crs(declared_crs)
        report.crs = source_crs
        report.repair("reading.repair_reprojected", crs=source_crs)
    else:
        source_crs = _guess_crs(first, second, report)
        if source_crs is None:
            report.warn("reading.warn_coordinates_unknown", columns=report.coordinate_source)
            report.coordinate_source = None
            return frame
        first, second = (second, first) if source_crs == "swapped-lambert" else (first, second)
        source_crs = LAMBERT93 if source_crs == "swapped-lambert" else source_crs

    if source_crs == WGS84:
        latitude, longitude = first, second
    else:
        latitude, longitude = reproject(second, first, source_crs)

    latitude, longitude = _fix_swapped(latitude, longitude, report)
    latitude, longitude = _drop_impossible(latitude, longitude, report)
    _flag_outliers(latitude, longitude, report)

    frame = frame.drop(columns=[GEOMETRY_Y, GEOMETRY_X], errors="ignore")
    frame["latitude"] = latitude.astype("float64")
    frame["longitude"] = longitude.astype("float64")
    missing = int(frame["latitude"].isna().sum())
    if missing:
        report.warn("reading.warn_missing_coordinates", count=missing)
    return frame


def _locate(frame: pd.DataFrame, report: DetectionReport):
    if GEOMETRY_Y in frame.columns:
        report.coordinate_source = report.coordinate_source or "geometry"
        return to_float(frame[GEOMETRY_Y]), to_float(frame[GEOMETRY_X])

    pair = find_column_pair(frame.columns)
    if pair is not None:
        latitude, longitude = pair
        report.coordinate_source = report.coordinate_source or f"{latitude} + {longitude}"
        return to_float(frame[latitude]), to_float(frame[longitude])

    column = find_pair_column(frame)
    if column is not None:
        latitude, longitude, bracketed = split_pairs(frame[column])
        report.coordinate_source = f"{column} ([lon, lat])" if bracketed else f"{column} (lat, lon)"
        return latitude, longitude

    column = find_geometry_column(frame)
    if column is not None:
        centres = [geometry_centre(value) for value in frame[column]]
        report.coordinate_source = f"{column} (GeoJSON)"
        latitude = pd.Series([centre[0] for centre in centres], index=frame.index, dtype="float64")
        longitude = pd.Series([centre[1] for centre in centres], index=frame.index, dtype="float64")
        return latitude, longitude
    return None


def _guess_crs(first: pd.Series, second: pd.Series, report: DetectionReport) -> str | None:
    """Recognise WGS84 degrees or Lambert-93 metres from the values themselves."""
    if _share_between(first.abs(), (0, 90)) >= 0.95 and _share_between(second.abs(), (0, 180)) >= 0.95:
        report.crs = WGS84
        return WGS84
    if _share_between(second.abs(), (0, 90)) >= 0.95 and _share_between(first.abs(), (0, 180)) >= 0.95:
        report.crs = WGS84
        return WGS84  # latitude over 90 on most rows: the swap check below puts them back
    if _share_between(second, LAMBERT93_X) >= 0.95 and _share_between(first, LAMBERT93_Y) >= 0.95:
        report.crs = LAMBERT93
        report.repair("reading.repair_lambert93_recognised")
        return LAMBERT93
    if _share_between(first, LAMBERT93_X) >= 0.95 and _share_between(second, LAMBERT93_Y) >= 0.95:
        report.crs = LAMBERT93
        report.repair("reading.repair_lambert93_recognised")
        return "swapped-lambert"
    return None


def _distances_km(latitude: pd.Series, longitude: pd.Series, centre: tuple[float, float]) -> pd.Series:
    """Approximate distances in km from ``centre`` (equirectangular, good to ~1% below 1,000 km)."""
    centre_latitude, centre_longitude = centre
    dx = (longitude - centre_longitude) * np.cos(np.radians(centre_latitude)) * 111.32
    dy = (latitude - centre_latitude) * 110.57
    return np.hypot(dx, dy)


def _fix_swapped(latitude: pd.Series, longitude: pd.Series, report: DetectionReport):
    """Put back rows (or whole columns) whose latitude and longitude are swapped."""
    if (_share_between(latitude, FRANCE_LONGITUDE) >= 0.9 and _share_between(longitude, FRANCE_LATITUDE) >= 0.9
            and not _share_between(latitude, FRANCE_LATITUDE) >= 0.9):
        report.repair("reading.repair_columns_swapped")
        latitude, longitude = longitude, latitude

    impossible = latitude.abs().gt(90) & longitude.abs().le(90)
    present = latitude.notna() & longitude.notna() & ~impossible
    swapped = impossible.copy()
    if present.sum() >= 3:
        centre = (float(latitude[present].median()), float(longitude[present].median()))
        distance = _distances_km(latitude, longitude, centre)
        swapped_distance = _distances_km(longitude, latitude, centre)
        typical = max(float(distance[present].median()), 1.0)
        limit = max(OUTLIER_FACTOR * typical, OUTLIER_MIN_KM)
        swapped |= present & (distance > limit) & (swapped_distance <= limit)

    if swapped.any():
        rows = list(latitude.index[swapped])
        report.swapped_rows = rows
        report.repair("reading.repair_swapped_rows", count=len(rows), rows=format_rows(rows))
        latitude, longitude = latitude.where(~swapped, longitude), longitude.where(~swapped, latitude)
    return latitude, longitude


def _drop_impossible(latitude: pd.Series, longitude: pd.Series, report: DetectionReport):
    """Blank positions outside [-90, 90] x [-180, 180]: no map can draw them."""
    invalid = latitude.abs().gt(90) | longitude.abs().gt(180)
    if invalid.any():
        rows = list(latitude.index[invalid])
        report.warn("reading.warn_invalid_coordinates", count=len(rows), rows=format_rows(rows))
        latitude, longitude = latitude.mask(invalid), longitude.mask(invalid)
    return latitude, longitude


def _flag_outliers(latitude: pd.Series, longitude: pd.Series, report: DetectionReport) -> None:
    present = latitude.notna() & longitude.notna()
    if present.sum() < 3:
        return
    centre = (float(latitude[present].median()), float(longitude[present].median()))
    distance = _distances_km(latitude, longitude, centre)
    typical = max(float(distance[present].median()), 1.0)
    outliers = present & (distance > max(OUTLIER_FACTOR * typical, OUTLIER_MIN_KM))
    if outliers.any():
        rows = list(latitude.index[outliers])
        report.outlier_rows = rows
        report.warn("reading.warn_outliers", count=len(rows), rows=format_rows(rows),
                    distance=round(float(distance[outliers].min())))

"""Open formats a dataset is published in: CSV with a Data Package, GeoJSON, DCAT-AP.

Citadel JSON lives in ``workshop_kit.formats.citadel``, because the app builder reads
and writes it too.
"""

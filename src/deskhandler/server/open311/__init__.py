"""Open311 GeoReport v2 for citizen apps, under ``/open311/v2/``."""

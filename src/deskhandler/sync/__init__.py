"""Talking to the central API: HTTP client, credentials, the sync engine (issue 3)."""

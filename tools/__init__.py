"""Maintenance scripts run from the repository root."""

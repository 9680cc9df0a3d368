"""One router per resource of the department API (``/api/v1``)."""

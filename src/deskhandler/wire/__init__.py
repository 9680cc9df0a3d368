"""JSON shapes of the department API, shared by the server and the desk client.

The API is versioned by its path (``/api/v1``) and by `API_VERSION`; fields may be added
to these shapes, never renamed.  Models that the server reads forbid unknown fields; models
that the client reads ignore them, so a newer server does not break an older client.
"""

API_VERSION = 1
API_PREFIX = f"/api/v{API_VERSION}"

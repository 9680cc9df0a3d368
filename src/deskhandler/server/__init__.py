"""The reference central API: the department API for desk clients and Open311 for citizens.

It may import `deskhandler.domain` and `deskhandler.wire`, never the client's layers.
"""

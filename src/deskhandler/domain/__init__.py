"""Pure rules of the case lifecycle, shared by the desk client and the reference server.

Nothing here does I/O or imports Qt: every rule is a function of its arguments.
"""

"""deskhandler: the desk of a unit that handles citizens' scene reports."""

__version__ = "0.1.0"

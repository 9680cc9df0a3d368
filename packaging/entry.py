"""The frozen program's entry point: ``deskhandler`` (console) and ``deskhandlerw``."""

import sys

from deskhandler.cli import main

if __name__ == "__main__":
    sys.exit(main())

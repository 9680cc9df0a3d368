"""The Qt desk (issue 4).  The only package that imports PySide6."""

"""Printouts as PDF: the case file and the one-page unit summary (issue 5).

`pdf` holds the page machinery (A4, fonts with Vietnamese glyphs, footer "Page n of m")
and the only way text enters a document (`pdf.DocumentWriter`, plain text through
``QTextCursor``, never HTML); `case_file` and `unit_summary` lay out the two printouts;
`controller` asks for the file name and writes the file.
"""

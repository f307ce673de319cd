"""The documents the coordinator carries to the college and back to the parents.

- writer.py: the generic Word writer (template, styles, tables that fit, TOC, page numbers);
- common.py: what several documents read and write the same way;
- minutes.py: the minutes (verslag) of a session;
- college_note.py: the note to the college (nota aan het college);
- progress.py: the yearly progress report for the college (voortgangsrapport);
- feedback.py: "wat we met jullie inbreng deden" for the parents (Word page and public page);
- spreadsheets.py: the action plan in Excel, a session's contributions in CSV;
- charts.py: the pictures (matplotlib, word clouds);
- files.py: every export as a file, and the `samenspraak export ...` commands.
"""

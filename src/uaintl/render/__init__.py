"""Localised output: the full document and one letter per official (txt, md, html, eml), and the report."""

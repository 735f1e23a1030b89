"""Automated accessibility walks over every screen the kiosk can show (issue #8).

``contrast`` computes WCAG ratios from the palettes; ``walk`` enumerates screens, overlays and
registered services through the main window and checks sizes, clipping and accessible names.
Tests and ``python -m ui.screenshots`` use both, so new screens are covered without edits.
"""

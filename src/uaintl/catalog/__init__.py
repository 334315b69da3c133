"""Gettext catalogues: model, lossless PO reader/writer, extraction, merge and statistics."""

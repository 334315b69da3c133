"""Offline pre-translation: translation memory, argostranslate packages, CTranslate2 models, Apertium."""

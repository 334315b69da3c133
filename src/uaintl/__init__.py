"""uaintl: offline translation and localisation of Urgent Action appeals."""

__version__ = "0.1.0"

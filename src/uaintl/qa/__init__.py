"""Quality checks on translated catalogues: a registry of small checks, plus spelling."""

"""The ``uaintl`` commands, one module per concern; listed once in ``uaintl.cli.COMMANDS``."""

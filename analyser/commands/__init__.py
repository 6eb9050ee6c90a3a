"""One module per `threshold-analyser` sub-command; each exposes ``register(subparsers)``."""

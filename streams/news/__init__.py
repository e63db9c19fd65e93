"""The news side of the worker: decode and validate news items, extract deal events, dead-letter the rest."""

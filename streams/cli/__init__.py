"""The ``dealwatch`` command line."""

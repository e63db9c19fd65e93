"""Bundled sample news for ``dealwatch demo`` (package data)."""

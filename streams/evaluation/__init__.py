"""Measuring extraction: gold real-news scores (loading, event scoring, alert replay) and generator recall."""

"""Measuring dealwatch against hand-labelled real news: gold-set loading, event scoring, alert replay, reports."""

"""Measuring extraction: recall on generated stories (a regression check) and scores on gold real-news sets."""

"""Helpers for the news-corpus notebooks: load articles, extract, chart, report."""

__version__ = "0.1.0"

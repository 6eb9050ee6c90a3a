"""Threshold Analyser: read local threshold documents and compare how authorities place a child's situation."""

__version__ = "0.1.0"

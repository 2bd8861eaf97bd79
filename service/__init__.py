"""Streaming news enrichment service."""

__version__ = "0.1.0"

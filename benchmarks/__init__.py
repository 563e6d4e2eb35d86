"""Measurements of the performance targets the issues set (python -m benchmarks.run)."""

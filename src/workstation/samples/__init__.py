"""Realistic, deterministic sample data for tests, the demo and the benchmarks."""

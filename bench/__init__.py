"""Benchmarks against the Targets table of PRODUCT.md: ``python -m bench [NAME ...]``.

Each ``bench/bench_*.py`` module has ``run() -> list[dict]``; the harness
(``bench.harness``) discovers, runs and reports them. The contract is in bench/README.md.
"""

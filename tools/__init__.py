"""Development tools kept out of the installed package: the synthetic article generator and
the benchmark helpers (used by ``bench/`` and the tests)."""

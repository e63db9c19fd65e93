"""Reproducible benchmarks of dealwatch on a real broker: ``python -m bench [--quick]``.

Every figure is reported next to a baseline measured in the same run (a plain aiokafka
passthrough, extraction alone), because the machines these run on are shared and noisy.
"""

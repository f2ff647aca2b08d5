"""Deterministic generator of the labelled evaluation packages (`python -m eval_sets.generator.build`)."""

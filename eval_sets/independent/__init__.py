"""Independent labelled application packages for shenbao (written from the notice 沪经信软〔2024〕410号,
independently of shenbao's own generator and readers). See README.md."""

# spec modules under eval_sets/independent/specs/, in build order
PACKAGES: tuple[str, ...] = (
    "ind01_dianke",
    "ind02_zhijing",
    "ind03_dianqi",
    "ind04_hegongyuan",
    "ind05_waigaoqiao",
    "ind06_sumi",
    "ind07_zhongwei",
)

# package ids held out of unit tests: they stay a measurement
HOLDOUT: frozenset[str] = frozenset({"ind02_zhijing_clean", "ind06_sumi_problems"})

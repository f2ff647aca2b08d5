"""shenbao: what an application package of the Shanghai industrial-internet platform evaluation
(沪经信软〔2024〕410号) declares, whether its evidence backs it, and what is wrong or missing."""

__version__ = "0.1.0"

"""The EHCP drafting appliance: advice documents in, a cited draft EHC plan out, offline."""

from __future__ import annotations

__version__ = "0.1.0"

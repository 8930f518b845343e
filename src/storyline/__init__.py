"""storyline: an evidence-linked record of one political story across many outlets and years."""

__version__ = "0.1.0"

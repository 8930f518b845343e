"""Briefing sections, one per module, each registered with ``@section``."""

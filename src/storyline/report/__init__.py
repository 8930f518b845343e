"""Front-end-neutral reading of the store: queries, the briefing, exports."""

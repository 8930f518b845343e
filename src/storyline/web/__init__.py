"""The local web app and HTTP API (FastAPI), reading the store through the same query layer as the CLI."""

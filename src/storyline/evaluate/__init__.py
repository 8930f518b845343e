"""Scorers for the gold data sets in ../shared/eval. Each module reads a folder of the set's layout
(``--data PATH``) so a held-back part can be scored the same way, and returns plain dicts of figures."""

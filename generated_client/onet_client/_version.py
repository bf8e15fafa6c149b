"""The distribution version, from pyproject.toml; written by scripts/build.py, do not edit."""

VERSION = "0.1.0"

"""Build pipeline: specs in openapi/ -> generated packages in generated_client/ (see scripts/build.py)."""

"""Synthesis of plausible fixture bodies from the specs (see synthesize.py for the command)."""

"""SDK machinery shared by both packages (copied into each as <package>/_core by scripts/build.py)."""

"""The synthetic corpus: YAML specs rendered to realistic threshold-document PDFs plus gold
annotations. Build with ``python -m corpus.build`` (see corpus/README.md)."""

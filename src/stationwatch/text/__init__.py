"""Text as every layer reads it, below the knowledge base.

``view.fold`` gives the matching view (same length, simplified, lower-case,
unaccented) that extraction, resolution and search all compare in; ``gazetteer``
holds the shipped places and countries as data; ``document`` states what the text
step returns and its limits. Nothing here imports another stationwatch package
except ``errors``.
"""

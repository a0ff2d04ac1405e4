"""``python -m stationwatch`` runs the command line."""

from stationwatch.cli import main

main()

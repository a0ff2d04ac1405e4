"""Build data/check9 part B documents and gold: python3 data/check9/src_b/build.py"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import lib
import es, it, fr, pt  # noqa: F401

lib.write()

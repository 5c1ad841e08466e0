"""The corpus: source files and URLs in, indexed passages out. formats.py reads each kind of file,
store.py knows the folder's layout (read and write), index.py is the one way checks reach
passages, fetching.py and cache.py bring sources in."""

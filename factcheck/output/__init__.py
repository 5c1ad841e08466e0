"""Output: reports as JSON (report.py), as a terminal table (render.py), and the source listings
(sourceview.py). Reads findings; judges nothing."""

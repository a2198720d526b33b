"""Film processing steps as small functions over local files.

Each step reads and writes files in a temporary folder; ``media_pipeline.processing``
moves files between that folder and the storage and records the results.
"""

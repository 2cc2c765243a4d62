"""On-disk caches: where they live, their keys, and writing entries atomically.

Only storage: what is cached (compiled glossaries, loaded glossaries, results) is decided by
the modules that own that data.
"""

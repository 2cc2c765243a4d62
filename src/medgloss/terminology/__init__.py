"""Tools for terminologists built on the checker: mining candidate terms from a corpus and
running the glossary's rule examples."""

"""Text as medgloss handles it: the folded matching key, offset maps, line and column
positions, cheap sentence bounds, French typography.  Knows no grammar and no glossary."""

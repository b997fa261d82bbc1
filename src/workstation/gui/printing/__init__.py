"""Card and receipt printing on the desktop (issue 5): preview, true-size printing,
batch printing, the print journal, reprints, spoiled cards and the hand-over."""

-- (V11) Dossier codes, units and procedures as keys compare byte-wise (COLLATE "C"), not by the server's
-- language rules: they are identifiers, not words to sort for a reader, and an import of millions of dossiers
-- spends most of its key look-ups on those comparisons (a locale's comparison costs several times a memcmp).
-- The keys of dossiers (code, received) and dossier_counts (unit, procedure, month) are rebuilt in that order.
-- Nothing reads these columns in a reader's order: the counts are summed per cell, whatever their order.
ALTER TABLE dossiers
    ALTER COLUMN code TYPE text COLLATE "C",
    ALTER COLUMN procedure TYPE text COLLATE "C",
    ALTER COLUMN unit TYPE text COLLATE "C";

ALTER TABLE dossier_counts
    ALTER COLUMN unit TYPE text COLLATE "C",
    ALTER COLUMN procedure TYPE text COLLATE "C";

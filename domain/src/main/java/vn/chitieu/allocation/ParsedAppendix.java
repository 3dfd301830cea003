package vn.chitieu.allocation;

import java.util.List;

/**
 * What an appendix printed: its rows (units as printed, not yet matched to a registry) and the
 * year its targets are for, when the document says it (null otherwise).
 */
public record ParsedAppendix(String file, Integer year, List<AppendixEntry> entries) {

    public ParsedAppendix {
        entries = List.copyOf(entries);
    }
}

package vn.chitieu.allocation;

import java.util.List;

/**
 * What an appendix printed: its columns as printed, its targets (assignees as printed until a
 * registry resolves them) in the order printed, and the year its targets are for, when the document
 * says it (null otherwise).
 */
public record ParsedAppendix(String file, Integer year, List<AppendixColumn> columns, List<AppendixTarget> targets) {

    public ParsedAppendix {
        columns = List.copyOf(columns);
        targets = List.copyOf(targets);
    }

    /** True when the table lists tasks (seed 001: one indicator per row) rather than units. */
    public boolean ofTasks() {
        return columns.stream().anyMatch(c -> c.role() == AppendixColumn.Role.TASK || c.role() == AppendixColumn.Role.LEAD);
    }
}

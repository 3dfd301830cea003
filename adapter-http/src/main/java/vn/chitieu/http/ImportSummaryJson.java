package vn.chitieu.http;

import java.util.List;

/** What an import did (or, on a dry run, would do): the CLI's import summary. */
public record ImportSummaryJson(long inserted, long updated, long unchanged, List<FieldErrorJson> errors, boolean dryRun) {
}

package vn.chitieu.application.imports;

import vn.chitieu.port.out.ImportSummary;

/** Import a results file (long or wide form): {@code import results} and {@code POST /api/v1/results}. */
public interface ImportResultsUseCase {

    ImportSummary importResults(ImportResultsCommand command);
}

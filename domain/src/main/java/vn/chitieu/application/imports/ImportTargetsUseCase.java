package vn.chitieu.application.imports;

import vn.chitieu.port.out.ImportSummary;

/** Import a targets file into the issuer's drafts: {@code import targets}. */
public interface ImportTargetsUseCase {

    ImportSummary importTargets(ImportTargetsCommand command);
}

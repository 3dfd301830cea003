package vn.chitieu.application.imports;

import vn.chitieu.port.out.ImportSummary;

/** Import a units file into the registry: {@code import units} and {@code PUT /api/v1/units}. */
public interface ImportUnitsUseCase {

    ImportSummary importUnits(ImportUnitsCommand command);
}

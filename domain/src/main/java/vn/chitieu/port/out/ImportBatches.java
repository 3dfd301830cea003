package vn.chitieu.port.out;

import java.util.List;

/** The imports that changed storage, oldest first. An import that changed nothing, or was refused, leaves none. */
public interface ImportBatches {

    List<ImportBatch> all();
}

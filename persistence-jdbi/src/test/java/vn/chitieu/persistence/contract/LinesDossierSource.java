package vn.chitieu.persistence.contract;

import java.util.List;
import vn.chitieu.dossier.DossierField;
import vn.chitieu.dossier.DossierSource;

/** A small dossiers CSV given as lines (header first, commas, no quoting), for the contract suites. */
public record LinesDossierSource(String file, List<String> lines) implements DossierSource {

    @Override
    public void read(Records records) {
        String[] headers = lines.get(0).split(",", -1);
        int[] field = new int[headers.length];
        String[] labels = new String[DossierField.count()];
        for (int i = 0; i < headers.length; i++) {
            DossierField f = DossierField.ofHeader(headers[i]);
            field[i] = f == null ? -1 : f.ordinal();
            if (f != null) {
                labels[f.ordinal()] = headers[i];
            }
        }
        records.columns(1, labels);
        for (int n = 1; n < lines.size(); n++) {
            String[] cells = lines.get(n).split(",", -1);
            String[] values = new String[DossierField.count()];
            for (int i = 0; i < cells.length && i < field.length; i++) {
                if (field[i] >= 0 && !cells[i].isEmpty()) {
                    values[field[i]] = cells[i];
                }
            }
            records.record(n + 1, values);
        }
    }
}

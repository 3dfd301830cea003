package vn.chitieu.cli;

import com.google.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.chitieu.application.export.Export;
import vn.chitieu.application.export.ExportKind;
import vn.chitieu.application.export.Exported;
import vn.chitieu.cli.output.Format;
import vn.chitieu.cli.output.Output;
import vn.chitieu.persistence.CommandStorage;
import vn.chitieu.port.out.Storage;
import vn.chitieu.text.FormulaGuard;

/**
 * {@code export units|targets|results}: writes what storage holds, as CSV in the form the import
 * reads (the default), or in any output format ({@code --format}, or the {@code --out} file's
 * extension). Text a spreadsheet would run as a formula is neutralised in CSV ({@link FormulaGuard});
 * xlsx cells hold it as a string, never a formula.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 120,
        description = {
            "Writes what storage holds, as CSV in the form 'import' reads (or --format table, json, md, xlsx, html).",
            "units: code,name,kind,parent,aliases",
            "results: unit,indicator,period,numerator,denominator,rate,procedures,",
            "  then received,resolved,onTime,late,onTimeRate,lateRate of results read from the wide on-time form",
            "targets: unit,indicator,period,target,reason, then the decision (number or id) and its status"})
public final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "KIND", description = "units, targets or results")
    private StoredKind kind;

    @Mixin
    private StorageOptions storage;

    @Mixin
    private OutputOptions out;

    @Inject private CommandStorage commandStorage;
    @Inject private Output output;

    @Override
    public Integer call() {
        Format format = out.formatOr(Format.CSV);
        if (format == Format.XLSX && out.out() == null) {
            throw out.usageError("xlsx is a binary format: give --out FILE.xlsx");
        }
        if (kind == StoredKind.MINIMUMS) {
            throw out.usageError("export minimums is not available: GET /api/v1/minimums lists the stored minimums");
        }
        if (kind == StoredKind.LINEAGE) {
            throw out.usageError("export lineage is not available: keep the lineage file you imported");
        }
        if (kind == StoredKind.PROCEDURES || kind == StoredKind.DOSSIERS) {
            throw out.usageError("export " + kind.name().toLowerCase(java.util.Locale.ROOT) + " is not available: "
                    + "GET /api/v1/indicators gives what the stored dossiers count");
        }
        Exported rows;
        try (CommandStorage opened = commandStorage.open(storage.settings())) {
            Storage s = opened.storage();
            rows = new Export(s.units(), s.decisions(), s.results()).export(ExportKind.valueOf(kind.name()));
        }
        if (format != Format.CSV) {
            output.emit(out, format, rows.report(), document(rows));
            return 0;
        }
        Output.writeKeyedCsv(out, rows.columns(), rows.rows());
        return 0;
    }

    /** {@code {"kind","rows":[{column: value, …}]}}: numbers as numbers, an empty cell as null. */
    private static Map<String, Object> document(Exported rows) {
        List<Map<String, Object>> list = new ArrayList<>(rows.rows().size());
        for (List<Object> row : rows.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < rows.columns().size(); i++) {
                m.put(rows.columns().get(i).key(), row.get(i));
            }
            list.add(m);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kind", rows.kind().name().toLowerCase(Locale.ROOT));
        doc.put("rows", list);
        return doc;
    }
}

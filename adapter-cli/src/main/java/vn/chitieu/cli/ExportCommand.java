package vn.chitieu.cli;

import com.google.inject.Inject;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.chitieu.cli.output.AtomicFiles;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
import vn.chitieu.persistence.StorageOpener;
import vn.chitieu.persistence.embedded.Database;
import vn.chitieu.persistence.jdbi.JdbiStorage;
import vn.chitieu.result.Result;
import vn.chitieu.unit.Unit;

/** {@code export units|targets|results}: writes what storage holds, as CSV in the form the import reads. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 120,
        description = {
            "Writes what storage holds as CSV, in the form 'import' reads.",
            "units: code,name,kind,parent,aliases",
            "results: unit,indicator,period,numerator,denominator,rate,procedures",
            "targets: unit,indicator,period,target,reason, then the decision (number or id) and its status"})
public final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "KIND", description = "units, targets or results")
    private StoredKind kind;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
    private Path out;

    @Mixin
    private StorageOptions storage;

    @Spec
    private CommandSpec spec;

    private final StorageOpener opener;

    @Inject
    public ExportCommand(StorageOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        List<List<String>> rows;
        try (Database db = opener.open(storage.settings())) {
            rows = rows(db.storage());
        }
        StringWriter text = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().build(text)) {
            rows.forEach(csv::writeRecord);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (out != null) {
            AtomicFiles.write(out, text.toString().getBytes(StandardCharsets.UTF_8));
        } else {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private List<List<String>> rows(JdbiStorage s) {
        List<List<String>> rows = new ArrayList<>();
        switch (kind) {
            case UNITS -> {
                rows.add(List.of("code", "name", "kind", "parent", "aliases"));
                for (Unit u : s.units().tree().units()) {
                    rows.add(List.of(u.code().value(), u.name(), u.kind().name(), text(u.parent()),
                            String.join("|", u.aliases())));
                }
            }
            case RESULTS -> {
                rows.add(List.of("unit", "indicator", "period", "numerator", "denominator", "rate", "procedures"));
                for (Result r : s.results().all()) {
                    rows.add(List.of(r.unit().value(), r.indicator().value(), r.period().toString(), text(r.numerator()),
                            text(r.denominator()), text(r.rate()), text(r.procedures())));
                }
            }
            case TARGETS -> {
                rows.add(List.of("unit", "indicator", "period", "target", "reason", "decision", "status"));
                for (Decision d : s.decisions().all()) {
                    for (Assignment a : d.assignments()) {
                        rows.add(List.of(a.unit().value(), a.indicator().value(), a.period().toString(), text(a.target()),
                                text(a.reason()), d.number().orElse(d.id().toString()), d.status().name()));
                    }
                }
            }
        }
        return rows;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : value.toString();
    }
}

package vn.chitieu.persistence.contract;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import vn.chitieu.decision.Assignment;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.table.Lined;
import vn.chitieu.result.Result;
import vn.chitieu.text.NumberReader;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;

/**
 * The Đắk Lắk 2022 seed files (seed 000), as import files with their line numbers. The files are the domain's
 * test resources ({@code daklak-2022/}, in the chitieu-domain test-jar), the one copy every module's tests read.
 */
public final class Seeds {

    public static final String UNITS = "units.csv";
    public static final String BASELINE = "baseline-2021.csv";
    public static final String TARGETS = "expected-targets-2022.csv";

    private Seeds() {
    }

    /** The province, its 18 departments and 15 districts. */
    public static ImportFile<Unit> dakLakUnits() {
        return read(UNITS, r -> new Unit(UnitCode.of(r.getField("code")), r.getField("name"),
                UnitKind.parse(r.getField("kind")).orElseThrow(), r.getField("parent").isEmpty() ? null
                        : UnitCode.of(r.getField("parent")),
                r.findField("aliases").filter(a -> !a.isEmpty()).map(a -> Arrays.asList(a.split("\\|"))).orElse(List.of())));
    }

    /** The 2021 online rates as printed, one of them "Không có hồ sơ phát sinh" (not available). */
    public static ImportFile<Result> dakLakBaseline() {
        return read(BASELINE, r -> new Result(UnitCode.of(r.getField("unit")), IndicatorCode.of(r.getField("indicator")),
                Period.parse(r.getField("period")), null, null, NumberReader.percent(r.getField("rate")).orElse(null),
                (int) NumberReader.count(r.getField("procedures")), null));
    }

    /** The 2022 online-rate targets of the decision. */
    public static ImportFile<Assignment> dakLakTargets() {
        return read(TARGETS, r -> Assignment.of(UnitCode.of(r.getField("unit")), IndicatorCode.of(r.getField("indicator")),
                Period.parse(r.getField("period")), NumberReader.percent(r.getField("target")).orElseThrow()));
    }

    public static BigDecimal percent(String text) {
        return NumberReader.percent(text).orElseThrow();
    }

    private static <T> ImportFile<T> read(String name, Function<NamedCsvRecord, T> row) {
        String resource = "/daklak-2022/" + name;
        try (InputStream in = Seeds.class.getResourceAsStream(resource);
                CsvReader<NamedCsvRecord> csv = CsvReader.builder()
                        .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Lined<T>> lines = new ArrayList<>();
            for (NamedCsvRecord r : csv) {
                lines.add(new Lined<>((int) r.getStartingLineNumber(), row.apply(r)));
            }
            return new ImportFile<>(name, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}

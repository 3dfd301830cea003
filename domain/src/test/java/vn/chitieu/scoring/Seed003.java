package vn.chitieu.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import vn.chitieu.fixtures.DakLakUnits;
import vn.chitieu.table.Table;
import vn.chitieu.unit.UnitTree;

/** Seed 003 (Đắk Lắk, Q1/2018, Phụ lục 2) as test fixtures: semicolon-separated text, no CSV library in the domain. */
final class Seed003 {

    private Seed003() {
    }

    /** The 2022 units and the three departments seed 003 also names (the CLI's sample units-daklak-2018.csv). */
    static UnitTree units() {
        return DakLakUnits.of2018();
    }

    /** The on-time table of Phụ lục 2 with the seed's names and Vietnamese headers, 10063 corrected. */
    static Table onTimeTable() {
        return table("results-2018-Q1.txt");
    }

    static Table table(String resource) {
        try (InputStream in = Seed003.class.getResourceAsStream("/seed003/" + resource)) {
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table from text, ';' between cells, the first line the header. */
    static Table parse(String file, String text) {
        String[] lines = text.split("\n", -1);
        Table.Builder b = Table.builder(file, Arrays.asList(lines[0].split(";", -1)));
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isEmpty()) {
                b.row(i + 1, Arrays.asList(lines[i].split(";", -1)));
            }
        }
        return b.build();
    }
}

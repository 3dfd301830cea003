package vn.chitieu.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The second pass's table: duplicates confirmed on the bytes, two codes under one hash kept apart, lines in
 * any order told with the least first line, the earliest duplicates kept, the table grown past its size.
 */
class FirstCodesTest {

    private static void met(FirstCodes f, long hash, String code, int line) {
        byte[] b = ("  " + code + " ").getBytes(StandardCharsets.UTF_8);
        f.met(hash, b, 2, b.length - 1, line);
    }

    private static List<String> told(FirstCodes f) {
        List<String> out = new ArrayList<>();
        f.earliest((line, code, first) -> out.add(line + " " + code + " first " + first));
        return out;
    }

    @Test
    void twoCodesUnderOneHashAreTwoCodesAndAHashNotExpectedIsNotTracked() {
        FirstCodes f = new FirstCodes(1, 10);
        f.expect(42);
        f.expect(42); // once is enough
        met(f, 7, "not expected", 2);
        met(f, 7, "not expected", 3);
        met(f, 42, "H-1", 4);
        met(f, 42, "H-2", 5);
        met(f, 42, "H-1", 6);
        met(f, 42, "H-2", 7);
        met(f, 42, "H-1", 8);
        assertThat(f.duplicates()).isEqualTo(3);
        assertThat(told(f)).containsExactly("6 H-1 first 4", "7 H-2 first 5", "8 H-1 first 4");
    }

    @Test
    void linesInAnyOrderAreToldWithTheLeastFirstLineAndOnlyTheEarliestAreKept() {
        FirstCodes f = new FirstCodes(2, 2);
        f.expect(1);
        f.expect(2);
        met(f, 1, "A", 50);
        met(f, 2, "B", 40);
        met(f, 1, "A", 30); // the first A is now 30, and 50 a duplicate of it
        met(f, 2, "B", 90);
        met(f, 1, "A", 10);
        assertThat(f.duplicates()).isEqualTo(3);
        assertThat(told(f)).containsExactly("30 A first 10", "50 A first 10");
    }

    @Test
    void moreCodesThanExpectedGrowTheTableAndKeepEveryFirstLine() {
        FirstCodes f = new FirstCodes(4, 100_000);
        for (int i = 1; i <= 5000; i++) {
            f.expect(i);
        }
        for (int i = 1; i <= 5000; i++) {
            met(f, i, "C" + i, 10 + i);
            met(f, i, "D" + i, 20_000 + i); // a collision each: an entry more than expected
        }
        for (int i = 1; i <= 5000; i++) {
            met(f, i, "C" + i, 50_000 + i);
            met(f, i, "D" + i, 60_000 + i);
        }
        List<String> told = told(f);
        assertThat(told).hasSize(10_000);
        assertThat(told.get(0)).isEqualTo("50001 C1 first 11");
        assertThat(told.get(9999)).isEqualTo("65000 D5000 first 25000");
    }
}

package vn.chitieu.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.chitieu.unit.UnitCode;

/**
 * The counts of dossiers given field by field ({@link DossierBatch#countInto}, local seconds) are those of the
 * same dossiers as {@link StoredDossier}s (their times as {@link LocalDateTime}s): two ways to the months.
 */
class DossierMonthsChangesTest {

    private static final List<UnitCode> UNITS = new ArrayList<>();
    private static final List<String> PROCEDURES = new ArrayList<>();

    static {
        for (int u = 0; u < 60; u++) {
            UNITS.add(UnitCode.of("xa-" + u));
        }
        for (int p = 0; p < 80; p++) {
            PROCEDURES.add("1.00" + p + ".000.00.00.H12");
        }
    }

    @Test
    void monthOfSecondsIsTheMonthOfTheLocalTime() {
        Random r = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            long s = r.nextLong(-5_000_000_000L, 200_000_000_000L);
            assertThat(DossierMonths.month(s)).as("%d", s).isEqualTo(DossierMonths.month(DossierTimes.toLocal(s)));
        }
        long lastSecondOfJune = DossierTimes.of(LocalDateTime.of(2025, 6, 30, 23, 59, 59));
        assertThat(DossierMonths.month(lastSecondOfJune)).isEqualTo(202506);
        assertThat(DossierMonths.month(lastSecondOfJune + 1)).isEqualTo(202507);
    }

    @Test
    void fieldsAndStoredDossiersCountTheSame() {
        DossierBatch batch = batch(new Random(5), 30_000);
        DossierMonths.Changes byFields = new DossierMonths.Changes(UNITS, PROCEDURES);
        DossierMonths.Changes byStored = new DossierMonths.Changes();
        for (int i = 0; i < batch.size(); i++) {
            batch.countInto(byFields, i, 1);
            byStored.add(batch.stored(i), 1);
        }
        List<DossierMonthCounts> fields = byFields.all();
        List<DossierMonthCounts> stored = byStored.all();
        // more cells than the table's first 4,096 slots: it has grown
        assertThat(fields).hasSizeGreaterThan(10_000);
        assertThat(rows(fields)).isEqualTo(rows(stored));
        long received = 0;
        long excluded = 0;
        for (DossierMonthCounts m : fields) {
            received += m.counts()[DossierMonths.RECEIVED];
            excluded += m.counts()[DossierMonths.EXCLUDED];
        }
        assertThat(received + excluded).isEqualTo(batch.size());
    }

    @Test
    void cellsComeByUnitProcedureAndMonthInCodePointOrder() {
        DossierMonths.Changes c = new DossierMonths.Changes(UNITS, PROCEDURES);
        DossierBatch batch = batch(new Random(9), 5_000);
        for (int i = 0; i < batch.size(); i++) {
            batch.countInto(c, i, 1);
        }
        List<DossierMonthCounts> all = c.all();
        for (int i = 1; i < all.size(); i++) {
            DossierMonthCounts a = all.get(i - 1);
            DossierMonthCounts b = all.get(i);
            int byUnit = a.unit().value().compareTo(b.unit().value()); // ASCII codes: code point order
            int byProcedure = a.procedure().compareTo(b.procedure());
            assertThat(byUnit < 0 || byUnit == 0 && (byProcedure < 0 || byProcedure == 0 && a.month() < b.month()))
                    .as("%s before %s", a, b).isTrue();
        }
    }

    @Test
    void takingEveryDossierAwayAgainLeavesNoChange() {
        DossierMonths.Changes c = new DossierMonths.Changes(UNITS, PROCEDURES);
        DossierBatch batch = batch(new Random(3), 20_000);
        for (int i = 0; i < batch.size(); i++) {
            batch.countInto(c, i, 1);
        }
        assertThat(c.isEmpty()).isFalse();
        for (int i = 0; i < batch.size(); i++) {
            c.add(batch.stored(i), -1);
        }
        assertThat(c.isEmpty()).isTrue();
        assertThat(c.all()).isEmpty();
    }

    @Test
    void aBatchRowIsTheSameAsItsStoredDossierAndNotAsAnother() {
        DossierBatch batch = batch(new Random(4), 2_000);
        for (int i = 0; i < batch.size(); i++) {
            assertThat(batch.sameAs(i, batch.stored(i))).isTrue();
            if (i > 0) {
                StoredDossier other = batch.stored(i - 1);
                StoredDossier renamed = new StoredDossier(batch.code(i), other.procedure(), other.unit(), other.channel(),
                        other.received(), other.due(), other.finished(), other.status(), other.paidOnline(), other.fee(),
                        other.digitized(), other.eResult());
                assertThat(batch.sameAs(i, renamed)).isEqualTo(batch.stored(i).sameAs(renamed));
            }
        }
    }

    /** Random dossiers over 2024–2026: some never received, excluded, without due or finished, due at a month's last second. */
    private static DossierBatch batch(Random r, int n) {
        DossierBatch b = new DossierBatch(UNITS, PROCEDURES, 16);
        long from = DossierTimes.of(LocalDateTime.of(2024, 1, 1, 0, 0));
        long to = DossierTimes.of(LocalDateTime.of(2026, 12, 31, 23, 59, 59));
        String[] fees = {null, "0", "30000", "15000.50", "1.000.000", "250000"};
        for (int i = 0; i < n; i++) {
            int status = 1 + r.nextInt(10);
            long received = r.nextInt(50) == 0 ? DossierCounts.ABSENT : r.nextLong(from, to);
            long due = DossierCounts.ABSENT;
            long finished = DossierCounts.ABSENT;
            if (received != DossierCounts.ABSENT) {
                if (r.nextInt(4) > 0) {
                    due = r.nextInt(5) == 0 ? lastSecondOfMonth(received + r.nextLong(0, 60L * 86_400))
                            : received + r.nextLong(0, 60L * 86_400);
                }
                if (r.nextInt(3) > 0) {
                    finished = r.nextInt(10) == 0 && due != DossierCounts.ABSENT ? due : received + r.nextLong(0, 90L * 86_400);
                }
            }
            b.add("H" + i, fees[r.nextInt(fees.length)], r.nextInt(UNITS.size()), r.nextInt(PROCEDURES.size()),
                    1 + r.nextInt(3), status, received, due, finished, r.nextInt(3), r.nextBoolean(), r.nextBoolean());
        }
        return b;
    }

    private static long lastSecondOfMonth(long seconds) {
        LocalDateTime t = DossierTimes.toLocal(seconds);
        return DossierTimes.endOf(t.toLocalDate().withDayOfMonth(t.toLocalDate().lengthOfMonth()));
    }

    private static List<String> rows(List<DossierMonthCounts> months) {
        return months.stream().map(m -> m.unit().value() + " " + m.procedure() + " " + m.month() + " "
                + Arrays.toString(m.counts())).toList();
    }
}

package vn.chitieu.dossier;

import java.util.Objects;
import vn.chitieu.unit.UnitCode;

/**
 * The stored monthly counters of one (unit, procedure) cell summed three ways for a period from month
 * {@code from} to month {@code to} ({@code yyyyMM}): over the months from..to ({@code inPeriod}), over every
 * month up to {@code to} ({@code upToEnd}: what "pending at the end of P" needs) and over every month
 * ({@code all}); each in {@link DossierMonths}' order.
 */
public record DossierCellSums(UnitCode unit, String procedure, long[] inPeriod, long[] upToEnd, long[] all) {

    public DossierCellSums {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(procedure, "procedure");
        if (inPeriod.length != DossierMonths.WIDTH || upToEnd.length != DossierMonths.WIDTH
                || all.length != DossierMonths.WIDTH) {
            throw new IllegalArgumentException("a cell has " + DossierMonths.WIDTH + " counters");
        }
    }

    /** The sums of {@code months} (one cell's stored months) for the months from..to. */
    public static DossierCellSums of(UnitCode unit, String procedure, Iterable<DossierMonthCounts> months, int from, int to) {
        long[] in = new long[DossierMonths.WIDTH];
        long[] up = new long[DossierMonths.WIDTH];
        long[] all = new long[DossierMonths.WIDTH];
        for (DossierMonthCounts m : months) {
            for (int k = 0; k < DossierMonths.WIDTH; k++) {
                long c = m.counts()[k];
                all[k] += c;
                if (m.month() <= to) {
                    up[k] += c;
                    if (m.month() >= from) {
                        in[k] += c;
                    }
                }
            }
        }
        return new DossierCellSums(unit, procedure, in, up, all);
    }
}

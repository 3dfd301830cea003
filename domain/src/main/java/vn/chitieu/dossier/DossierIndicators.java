package vn.chitieu.dossier;

import java.util.ArrayList;
import java.util.List;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.unit.UnitCode;

/**
 * The ten indicators of domain.md §9 computed from a subtree's summed cell counters:
 * <ul>
 * <li>RECEIVED (count): received in P; RESOLVED (count): finished in P;</li>
 * <li>ON_TIME_RATE: finished in P on time / (finished in P + pending and overdue);</li>
 * <li>PROGRESS_RATE: (finished in P on time + pending not overdue) / (finished in P + pending);</li>
 * <li>ONLINE_RATE: received in P with channel 2 / received in P, procedure FULL or PARTIAL;</li>
 * <li>FULL_ONLINE_RATE: finished in P with channel 2 / finished in P, procedure FULL;</li>
 * <li>DIGITIZATION_RATE: finished in P digitized and with an electronic result / finished in P;</li>
 * <li>ONLINE_PAYMENT_DOSSIERS: … paid online (1 or 2) / finished in P, fee &gt; 0, procedure offers online payment;</li>
 * <li>ONLINE_PAYMENT_PROCEDURES: distinct such procedures with ≥ 1 of those dossiers paid online / distinct
 * procedures offering online payment with ≥ 1 such dossier;</li>
 * <li>ONLINE_SERVICE_UPTAKE: distinct FULL or PARTIAL procedures with ≥ 1 dossier received online in P /
 * those with ≥ 1 dossier received in P.</li>
 * </ul>
 */
public final class DossierIndicators {

    public static final IndicatorCode RECEIVED = IndicatorCode.of("RECEIVED");
    public static final IndicatorCode RESOLVED = IndicatorCode.of("RESOLVED");
    public static final IndicatorCode ON_TIME_RATE = IndicatorCode.of("ON_TIME_RATE");
    public static final IndicatorCode PROGRESS_RATE = IndicatorCode.of("PROGRESS_RATE");
    public static final IndicatorCode ONLINE_RATE = IndicatorCode.of("ONLINE_RATE");
    public static final IndicatorCode FULL_ONLINE_RATE = IndicatorCode.of("FULL_ONLINE_RATE");
    public static final IndicatorCode DIGITIZATION_RATE = IndicatorCode.of("DIGITIZATION_RATE");
    public static final IndicatorCode ONLINE_PAYMENT_DOSSIERS = IndicatorCode.of("ONLINE_PAYMENT_DOSSIERS");
    public static final IndicatorCode ONLINE_PAYMENT_PROCEDURES = IndicatorCode.of("ONLINE_PAYMENT_PROCEDURES");
    public static final IndicatorCode ONLINE_SERVICE_UPTAKE = IndicatorCode.of("ONLINE_SERVICE_UPTAKE");

    /** The order of a unit's figures. */
    public static final List<IndicatorCode> ALL = List.of(RECEIVED, RESOLVED, ON_TIME_RATE, PROGRESS_RATE, ONLINE_RATE,
            FULL_ONLINE_RATE, DIGITIZATION_RATE, ONLINE_PAYMENT_DOSSIERS, ONLINE_PAYMENT_PROCEDURES, ONLINE_SERVICE_UPTAKE);

    static final int S_RECEIVED = 0;
    static final int S_FINISHED = 1;
    static final int S_ON_TIME = 2;
    static final int S_PENDING = 3;
    static final int S_OVERDUE = 4;
    static final int S_ONLINE_RECEIVED = 5;
    static final int S_ONLINE_RECEIVED_CH2 = 6;
    static final int S_FULL_FINISHED = 7;
    static final int S_FULL_FINISHED_CH2 = 8;
    static final int S_DIGITAL = 9;
    static final int S_PAY_FINISHED_FEE = 10;
    static final int S_PAY_PAID = 11;
    static final int S_PAY_PROCEDURES = 12;
    static final int S_PAY_PROCEDURES_PAID = 13;
    static final int S_UPTAKE_PROCEDURES = 14;
    static final int S_UPTAKE_PROCEDURES_ONLINE = 15;
    static final int S_COUNTED = 16;
    static final int SUMS = 17;

    private DossierIndicators() {
    }

    /** Adds one (subtree, procedure) cell's counters {@code c[o…]} of procedure {@code p} to {@code sums}. */
    static void addCell(long[] sums, long[] c, int o, Procedure p) {
        sums[S_RECEIVED] += c[o + DossierCounts.RECEIVED];
        sums[S_FINISHED] += c[o + DossierCounts.FINISHED];
        sums[S_ON_TIME] += c[o + DossierCounts.FINISHED_ON_TIME];
        sums[S_PENDING] += c[o + DossierCounts.PENDING];
        sums[S_OVERDUE] += c[o + DossierCounts.PENDING_OVERDUE];
        sums[S_DIGITAL] += c[o + DossierCounts.FINISHED_DIGITAL];
        sums[S_COUNTED] += c[o + DossierCounts.COUNTED];
        if (p.level().isOnline()) {
            long received = c[o + DossierCounts.RECEIVED];
            long online = c[o + DossierCounts.RECEIVED_ONLINE];
            sums[S_ONLINE_RECEIVED] += received;
            sums[S_ONLINE_RECEIVED_CH2] += online;
            sums[S_UPTAKE_PROCEDURES] += received > 0 ? 1 : 0;
            sums[S_UPTAKE_PROCEDURES_ONLINE] += online > 0 ? 1 : 0;
        }
        if (p.level() == ProcedureLevel.FULL) {
            sums[S_FULL_FINISHED] += c[o + DossierCounts.FINISHED];
            sums[S_FULL_FINISHED_CH2] += c[o + DossierCounts.FINISHED_ONLINE];
        }
        if (p.onlinePayment()) {
            long fee = c[o + DossierCounts.FINISHED_FEE];
            long paid = c[o + DossierCounts.FINISHED_FEE_PAID_ONLINE];
            sums[S_PAY_FINISHED_FEE] += fee;
            sums[S_PAY_PAID] += paid;
            sums[S_PAY_PROCEDURES] += fee > 0 ? 1 : 0;
            sums[S_PAY_PROCEDURES_PAID] += paid > 0 ? 1 : 0;
        }
    }

    static List<IndicatorFigure> figures(UnitCode unit, Period period, long[] s) {
        List<IndicatorFigure> out = new ArrayList<>(ALL.size());
        out.add(new IndicatorFigure(unit, RECEIVED, period, s[S_RECEIVED], null));
        out.add(new IndicatorFigure(unit, RESOLVED, period, s[S_FINISHED], null));
        out.add(new IndicatorFigure(unit, ON_TIME_RATE, period, s[S_ON_TIME], s[S_FINISHED] + s[S_OVERDUE]));
        out.add(new IndicatorFigure(unit, PROGRESS_RATE, period, s[S_ON_TIME] + s[S_PENDING] - s[S_OVERDUE],
                s[S_FINISHED] + s[S_PENDING]));
        out.add(new IndicatorFigure(unit, ONLINE_RATE, period, s[S_ONLINE_RECEIVED_CH2], s[S_ONLINE_RECEIVED]));
        out.add(new IndicatorFigure(unit, FULL_ONLINE_RATE, period, s[S_FULL_FINISHED_CH2], s[S_FULL_FINISHED]));
        out.add(new IndicatorFigure(unit, DIGITIZATION_RATE, period, s[S_DIGITAL], s[S_FINISHED]));
        out.add(new IndicatorFigure(unit, ONLINE_PAYMENT_DOSSIERS, period, s[S_PAY_PAID], s[S_PAY_FINISHED_FEE]));
        out.add(new IndicatorFigure(unit, ONLINE_PAYMENT_PROCEDURES, period, s[S_PAY_PROCEDURES_PAID],
                s[S_PAY_PROCEDURES]));
        out.add(new IndicatorFigure(unit, ONLINE_SERVICE_UPTAKE, period, s[S_UPTAKE_PROCEDURES_ONLINE],
                s[S_UPTAKE_PROCEDURES]));
        return out;
    }
}

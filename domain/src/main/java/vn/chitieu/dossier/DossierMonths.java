package vn.chitieu.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.chitieu.period.Period;
import vn.chitieu.unit.UnitCode;

/**
 * The counts that storage keeps per (unit, procedure, month) so that every indicator of domain.md §9 is
 * answered for any period made of whole months (a month, quarter, half or year) without reading a
 * dossier again. A dossier that is not excluded adds 1 to
 * <ul>
 * <li>its received month: {@link #RECEIVED} (and {@link #RECEIVED_ONLINE} for channel 2);</li>
 * <li>its finished month: {@link #FINISHED}, and as it is on time, online, digitized with an electronic
 * result, fee-bearing, paid online: {@link #FINISHED_ON_TIME} … {@link #FINISHED_FEE_PAID_ONLINE};</li>
 * <li>with a due: the first month M whose end is after the due ({@link #OVERDUE_FROM}: from the end of M on
 * the dossier is overdue while pending), and, once finished, the later of that month and its finished month
 * ({@link #OVERDUE_CLOSED}: from there on it is no longer pending).</li>
 * </ul>
 * An excluded one (status 1, 3, 7) adds 1 to {@link #EXCLUDED} of its received month ({@link #NEVER} when it
 * has none). Then for the period from month s to month e (the end of P is the end of month e), with sums over
 * months: received, finished … in P are the sums over s..e; pending at the end of P is received up to e minus
 * finished up to e (a dossier is finished after it is received); pending and overdue is
 * {@code OVERDUE_FROM} up to e minus {@code OVERDUE_CLOSED} up to e (its due is after its received); a
 * cell's counted dossiers are its received ones over all months. These are exactly {@link DossierCounts}'
 * rules, so that the figures ({@link #counters}) equal those of a count of the same dossiers as a file.
 * Distinct-procedure indicators need nothing more: the cells are per procedure.
 */
public final class DossierMonths {

    public static final int RECEIVED = 0;
    public static final int RECEIVED_ONLINE = 1;
    public static final int FINISHED = 2;
    public static final int FINISHED_ON_TIME = 3;
    public static final int FINISHED_ONLINE = 4;
    public static final int FINISHED_DIGITAL = 5;
    public static final int FINISHED_FEE = 6;
    public static final int FINISHED_FEE_PAID_ONLINE = 7;
    public static final int OVERDUE_FROM = 8;
    public static final int OVERDUE_CLOSED = 9;
    public static final int EXCLUDED = 10;
    public static final int WIDTH = 11;
    /** The names of the counters, in order (the columns of the stored counts). */
    public static final List<String> NAMES = List.of("received", "received_online", "finished", "finished_on_time",
            "finished_online", "finished_digital", "finished_fee", "finished_fee_paid_online", "overdue_from",
            "overdue_closed", "excluded");
    /** The month of dossiers never received. */
    public static final int NEVER = 0;

    private DossierMonths() {
    }

    /** {@code yyyyMM} of {@code time}. */
    public static int month(LocalDateTime time) {
        return time.getYear() * 100 + time.getMonthValue();
    }

    public static int month(LocalDate date) {
        return date.getYear() * 100 + date.getMonthValue();
    }

    /** The first and last month of {@code period}, which is made of whole months. */
    public static int[] months(Period period) {
        LocalDate start = period.start();
        LocalDate end = period.end();
        if (start.getDayOfMonth() != 1 || end.getDayOfMonth() != end.lengthOfMonth()) {
            throw new IllegalArgumentException("period " + period + " is not made of whole months");
        }
        return new int[] {month(start), month(end)};
    }

    private static int next(int month) {
        return month % 100 == 12 ? (month / 100 + 1) * 100 + 1 : month + 1;
    }

    /** Changes to stored counts, summed per (unit, procedure, month); memory grows with those, not with dossiers. */
    public static final class Changes {
        private record Key(UnitCode unit, String procedure, int month) {
        }

        private final Map<Key, long[]> changes = new HashMap<>();

        /** Adds {@code sign} (1 or −1) times {@code d}'s contributions. */
        public void add(StoredDossier d, int sign) {
            if (DossierCounts.isExcluded(d.status()) || d.received() == null) {
                add(d, d.received() == null ? NEVER : month(d.received()), EXCLUDED, sign);
                return;
            }
            int received = month(d.received());
            boolean online = d.channel() == 2;
            add(d, received, RECEIVED, sign);
            if (online) {
                add(d, received, RECEIVED_ONLINE, sign);
            }
            int overdueFrom = -1;
            if (d.due() != null) {
                int dueMonth = month(d.due());
                // overdue at the end of month M when due < end(M): from the due's month, or the next one when the
                // due is the month's very last second
                boolean lastSecond = d.due().toLocalTime().toSecondOfDay() == 86_399
                        && d.due().getDayOfMonth() == d.due().toLocalDate().lengthOfMonth();
                overdueFrom = lastSecond ? next(dueMonth) : dueMonth;
                add(d, overdueFrom, OVERDUE_FROM, sign);
            }
            if (d.finished() != null) {
                int finished = month(d.finished());
                add(d, finished, FINISHED, sign);
                if (d.due() == null || !d.finished().isAfter(d.due())) {
                    add(d, finished, FINISHED_ON_TIME, sign);
                }
                if (online) {
                    add(d, finished, FINISHED_ONLINE, sign);
                }
                if (d.digitized() && d.eResult()) {
                    add(d, finished, FINISHED_DIGITAL, sign);
                }
                if (d.fee().signum() > 0) {
                    add(d, finished, FINISHED_FEE, sign);
                    if (d.paidOnline() == 1 || d.paidOnline() == 2) {
                        add(d, finished, FINISHED_FEE_PAID_ONLINE, sign);
                    }
                }
                if (overdueFrom >= 0) {
                    add(d, Math.max(finished, overdueFrom), OVERDUE_CLOSED, sign);
                }
            }
        }

        private void add(StoredDossier d, int month, int counter, int sign) {
            changes.computeIfAbsent(new Key(d.unit(), d.procedure(), month), k -> new long[WIDTH])[counter] += sign;
        }

        /** The changes that are not zero. */
        public List<DossierMonthCounts> all() {
            return changes.entrySet().stream()
                    .map(e -> new DossierMonthCounts(e.getKey().unit(), e.getKey().procedure(), e.getKey().month(),
                            e.getValue()))
                    .filter(m -> !m.isZero()).toList();
        }

        public boolean isEmpty() {
            return all().isEmpty();
        }
    }

    /** Sums {@code months} per (unit, procedure) cell for the months from..to (how the in-memory store answers). */
    public static List<DossierCellSums> sums(Collection<DossierMonthCounts> months, int from, int to) {
        Map<List<Object>, java.util.List<DossierMonthCounts>> byCell = new java.util.LinkedHashMap<>();
        for (DossierMonthCounts m : months) {
            byCell.computeIfAbsent(List.of(m.unit(), m.procedure()), k -> new java.util.ArrayList<>()).add(m);
        }
        return byCell.values().stream().map(l -> DossierCellSums.of(l.get(0).unit(), l.get(0).procedure(), l, from, to))
                .toList();
    }

    /** The {@link DossierCounts} counters of a cell for the period of {@code s} (see the class comment). */
    static long[] counters(DossierCellSums s) {
        Objects.requireNonNull(s, "s");
        long[] in = s.inPeriod();
        long[] up = s.upToEnd();
        long[] c = new long[DossierCounts.COUNTERS];
        c[DossierCounts.RECEIVED] = in[RECEIVED];
        c[DossierCounts.RECEIVED_ONLINE] = in[RECEIVED_ONLINE];
        c[DossierCounts.FINISHED] = in[FINISHED];
        c[DossierCounts.FINISHED_ON_TIME] = in[FINISHED_ON_TIME];
        c[DossierCounts.FINISHED_ONLINE] = in[FINISHED_ONLINE];
        c[DossierCounts.FINISHED_DIGITAL] = in[FINISHED_DIGITAL];
        c[DossierCounts.FINISHED_FEE] = in[FINISHED_FEE];
        c[DossierCounts.FINISHED_FEE_PAID_ONLINE] = in[FINISHED_FEE_PAID_ONLINE];
        c[DossierCounts.PENDING] = up[RECEIVED] - up[FINISHED];
        c[DossierCounts.PENDING_OVERDUE] = up[OVERDUE_FROM] - up[OVERDUE_CLOSED];
        c[DossierCounts.COUNTED] = s.all()[RECEIVED];
        return c;
    }
}

package vn.chitieu.dossier;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import vn.chitieu.text.NumberReader;
import vn.chitieu.unit.UnitCode;

/**
 * Dossiers as an import holds them between reading and storing, field by field in arrays (no object per
 * dossier): the unit and procedure by index in the lists it is made with, times in local seconds
 * ({@link DossierCounts#ABSENT} for none), the fee as a long when it is whole (a {@link BigDecimal} else).
 * Reused from one batch to the next ({@link #clear}); {@link #stored} gives a row as a {@link StoredDossier}.
 */
public final class DossierBatch {

    private final List<UnitCode> units;
    private final List<String> procedures;
    private int size;
    private String[] code = new String[0];
    private int[] unit = new int[0];
    private int[] procedure = new int[0];
    private int[] channel = new int[0];
    private int[] status = new int[0];
    private int[] paidOnline = new int[0];
    private long[] received = new long[0];
    private long[] due = new long[0];
    private long[] finished = new long[0];
    private long[] fee = new long[0];
    /** The fee when it is not whole (or too long for a long), else null. */
    private BigDecimal[] feeDecimal = new BigDecimal[0];
    private boolean[] digitized = new boolean[0];
    private boolean[] eResult = new boolean[0];

    /** {@code units} and {@code procedures} (codes) name the indices of the rows. */
    public DossierBatch(List<UnitCode> units, List<String> procedures, int capacity) {
        this.units = List.copyOf(units);
        this.procedures = List.copyOf(procedures);
        allocate(Math.max(capacity, 16));
    }

    private void allocate(int n) {
        code = Arrays.copyOf(code, n);
        unit = Arrays.copyOf(unit, n);
        procedure = Arrays.copyOf(procedure, n);
        channel = Arrays.copyOf(channel, n);
        status = Arrays.copyOf(status, n);
        paidOnline = Arrays.copyOf(paidOnline, n);
        received = Arrays.copyOf(received, n);
        due = Arrays.copyOf(due, n);
        finished = Arrays.copyOf(finished, n);
        fee = Arrays.copyOf(fee, n);
        feeDecimal = Arrays.copyOf(feeDecimal, n);
        digitized = Arrays.copyOf(digitized, n);
        eResult = Arrays.copyOf(eResult, n);
    }

    public List<UnitCode> units() {
        return units;
    }

    public List<String> procedures() {
        return procedures;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public void clear() {
        Arrays.fill(code, 0, size, null);
        Arrays.fill(feeDecimal, 0, size, null);
        size = 0;
    }

    /**
     * Adds a dossier; {@code feeText} as the reader checked it (plain digits, or a number of the forms of
     * {@link NumberReader}; null or unreadable: 0).
     */
    public void add(String code, String feeText, int unit, int procedure, int channel, int status, long received,
            long due, long finished, int paidOnline, boolean digitized, boolean eResult) {
        Objects.requireNonNull(code, "code");
        Objects.checkIndex(unit, units.size());
        Objects.checkIndex(procedure, procedures.size());
        int i = room();
        this.code[i] = code;
        this.unit[i] = unit;
        this.procedure[i] = procedure;
        this.channel[i] = channel;
        this.status[i] = status;
        this.received[i] = received;
        this.due[i] = due;
        this.finished[i] = finished;
        this.paidOnline[i] = paidOnline;
        this.digitized[i] = digitized;
        this.eResult[i] = eResult;
        fee(i, feeText);
    }

    /** Adds row {@code i} of {@code other} (made with the same units and procedures). */
    public void add(DossierBatch other, int i) {
        if (other.units != units && !other.units.equals(units) || other.procedures != procedures
                && !other.procedures.equals(procedures)) {
            throw new IllegalArgumentException("a batch of other units or procedures");
        }
        Objects.checkIndex(i, other.size);
        int j = room();
        code[j] = other.code[i];
        unit[j] = other.unit[i];
        procedure[j] = other.procedure[i];
        channel[j] = other.channel[i];
        status[j] = other.status[i];
        received[j] = other.received[i];
        due[j] = other.due[i];
        finished[j] = other.finished[i];
        paidOnline[j] = other.paidOnline[i];
        digitized[j] = other.digitized[i];
        eResult[j] = other.eResult[i];
        fee[j] = other.fee[i];
        feeDecimal[j] = other.feeDecimal[i];
    }

    private int room() {
        if (size == code.length) {
            allocate(size * 2);
        }
        return size++;
    }

    private void fee(int i, String text) {
        feeDecimal[i] = null;
        fee[i] = 0;
        if (text == null) {
            return;
        }
        boolean digits = !text.isEmpty() && text.length() <= 15;
        for (int k = 0; digits && k < text.length(); k++) {
            char ch = text.charAt(k);
            digits = ch >= '0' && ch <= '9';
        }
        if (digits) {
            fee[i] = Long.parseLong(text);
            return;
        }
        BigDecimal d = NumberReader.decimal(text);
        if (d != null) {
            feeDecimal[i] = d;
        }
    }

    public String code(int i) {
        return code[check(i)];
    }

    public int unit(int i) {
        return unit[check(i)];
    }

    public int procedure(int i) {
        return procedure[check(i)];
    }

    public int channel(int i) {
        return channel[check(i)];
    }

    public int status(int i) {
        return status[check(i)];
    }

    public int paidOnline(int i) {
        return paidOnline[check(i)];
    }

    /** Local seconds, {@link DossierCounts#ABSENT} for a dossier never received. */
    public long received(int i) {
        return received[check(i)];
    }

    public long due(int i) {
        return due[check(i)];
    }

    public long finished(int i) {
        return finished[check(i)];
    }

    public boolean digitized(int i) {
        return digitized[check(i)];
    }

    public boolean eResult(int i) {
        return eResult[check(i)];
    }

    /** The fee, when it is not whole: null when {@link #wholeFee} gives it. */
    public BigDecimal decimalFee(int i) {
        return feeDecimal[check(i)];
    }

    /** The fee in VND when {@link #decimalFee} is null. */
    public long wholeFee(int i) {
        return fee[check(i)];
    }

    public BigDecimal fee(int i) {
        BigDecimal d = feeDecimal[check(i)];
        return d != null ? d : BigDecimal.valueOf(fee[i]);
    }

    public boolean bearsFee(int i) {
        BigDecimal d = feeDecimal[check(i)];
        return d != null ? d.signum() > 0 : fee[i] > 0;
    }

    /** Adds row {@code i}'s contributions to {@code changes} ({@code sign} 1 or −1). */
    public void countInto(DossierMonths.Changes changes, int i, int sign) {
        check(i);
        changes.add(unit[i], procedure[i], received[i], due[i], finished[i], status[i], channel[i], bearsFee(i),
                paidOnline[i], digitized[i], eResult[i], sign);
    }

    /** Row {@code i} as storage keeps it. */
    public StoredDossier stored(int i) {
        check(i);
        return new StoredDossier(code[i], procedures.get(procedure[i]), units.get(unit[i]), channel[i], time(received[i]),
                time(due[i]), time(finished[i]), status[i], paidOnline[i], fee(i), digitized[i], eResult[i]);
    }

    /** Every row as storage keeps it. */
    public List<StoredDossier> stored() {
        List<StoredDossier> all = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            all.add(stored(i));
        }
        return all;
    }

    /** As {@link StoredDossier#sameAs}: true when every field of row {@code i} is {@code d}'s. */
    public boolean sameAs(int i, StoredDossier d) {
        check(i);
        return code[i].equals(d.code()) && procedures.get(procedure[i]).equals(d.procedure())
                && units.get(unit[i]).equals(d.unit()) && channel[i] == d.channel() && same(received[i], d.received())
                && same(due[i], d.due()) && same(finished[i], d.finished()) && status[i] == d.status()
                && paidOnline[i] == d.paidOnline() && sameFee(i, d.fee()) && digitized[i] == d.digitized()
                && eResult[i] == d.eResult();
    }

    private boolean sameFee(int i, BigDecimal stored) {
        if (feeDecimal[i] != null) {
            return feeDecimal[i].compareTo(stored) == 0;
        }
        if (stored.signum() == 0) {
            return fee[i] == 0;
        }
        if (stored.scale() <= 0 && stored.precision() - stored.scale() <= 18) {
            return stored.longValueExact() == fee[i];
        }
        return BigDecimal.valueOf(fee[i]).compareTo(stored) == 0;
    }

    private static boolean same(long seconds, LocalDateTime t) {
        if (t == null) {
            return seconds == DossierCounts.ABSENT;
        }
        return seconds != DossierCounts.ABSENT && t.getNano() == 0 && DossierTimes.of(t) == seconds;
    }

    private static LocalDateTime time(long seconds) {
        return seconds == DossierCounts.ABSENT ? null : DossierTimes.toLocal(seconds);
    }

    private int check(int i) {
        return Objects.checkIndex(i, size);
    }
}

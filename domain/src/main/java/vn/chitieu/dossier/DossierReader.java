package vn.chitieu.dossier;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InputProblems;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.period.Period;
import vn.chitieu.text.NumberReader;
import vn.chitieu.text.UnreadableNumberException;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Resolution;
import vn.chitieu.unit.UnitTree;

/**
 * Reads a file of dossiers into a {@link DossierCounts}, one record at a time, checking every record
 * as domain.md §9 says and collecting every problem (the first {@link InvalidInputException#MAX_REPORTED}
 * with file, line, column and value, and the count of all): a code given twice in the file or longer than
 * {@link #MAX_CODE} characters, a header line repeated inside the file, an unknown
 * procedure or unit, a channel (1–3) or status (1–10) outside its codes, an unreadable time, finished or
 * due before received, status 9 or 10 without finished, a negative fee, paid online outside 0–2, a flag
 * (digitized, eResult) other than 0/1. A file with any problem is refused as a whole.
 * <p>Units are named by code or by name (resolved once per distinct spelling); procedures by code. Duplicate
 * codes are found with 64-bit hashes kept in bounded memory ({@link CodeLedger}: partitions spilled to a
 * temporary file), confirmed on the codes themselves by a second pass over the file when any hash repeats
 * (more passes, each for a share of the candidates, when they are more than an eighth of the heap holds).
 * <p>A source with a byte form ({@link DossierSource#readBytes}, a CSV file) is read without a String a
 * field, in parts on several threads at once: each part checks and counts its records on its own
 * ({@link DossierCounts}, problems, codes), and the parts are added up at the end; the problems listed are
 * still the first ones of the file, by line. Received may be empty only for status 1 and 3 (never
 * received); empty due, finished: none; empty paidOnline, fee, digitized, eResult: 0.
 */
public final class DossierReader {

    /** Past this many distinct unit or procedure spellings, a lookup is no longer remembered. */
    private static final int MAX_CACHED = 100_000;
    private static final int SHOWN_CHARS = 60;
    private static final int FIELDS = DossierField.count();
    private static final int CODE = DossierField.CODE.ordinal() * 2;
    /** The longest code read, in characters (as a procedure's: a key of the dossiers table, of its index). */
    static final int MAX_CODE = 200;
    private static final String FLAG = "a flag is 0 (no) or 1 (yes)";

    private final UnitTree tree;
    private final NameResolver resolver;
    private final Procedures procedures;
    private final int threads;
    /** How many candidate duplicates one pass confirms: an eighth of the heap's worth ({@link FirstCodes}). */
    private long candidatesPerPass = Math.max(1 << 16,
            Runtime.getRuntime().maxMemory() / 8 / FirstCodes.BYTES_PER_CANDIDATE);

    public DossierReader(UnitTree tree, NameResolver resolver, Procedures procedures) {
        this(tree, resolver, procedures, Runtime.getRuntime().availableProcessors());
    }

    /** A reader that reads a large file on at most {@code threads} threads at once. */
    public DossierReader(UnitTree tree, NameResolver resolver, Procedures procedures, int threads) {
        this.tree = Objects.requireNonNull(tree, "tree");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.procedures = Objects.requireNonNull(procedures, "procedures");
        this.threads = Math.max(1, threads);
    }

    /**
     * Counts {@code source} for {@code period}.
     *
     * @throws InvalidInputException naming every bad record
     */
    public DossierCounts count(DossierSource source, Period period) {
        return count(source, period, null);
    }

    /**
     * Receives each record that passed its checks, as it is read: before the file as a whole is known to be
     * good (a later record may still refuse it; a code given twice is found at the end). A reading with a sink
     * runs on one thread, so the records arrive in the file's order.
     */
    @FunctionalInterface
    public interface Sink {
        /**
         * {@code code} and {@code fee} as the file writes them (stripped; the fee null when empty); {@code unit} the
         * index in {@link UnitTree#units()}, {@code procedure} in {@link Procedures}; times in local seconds,
         * {@link DossierCounts#ABSENT} for none.
         */
        void accept(int line, String code, String fee, int unit, int procedure, int channel, int status, long received,
                long due, long finished, int paidOnline, boolean digitized, boolean eResult);
    }

    /** As {@link #count(DossierSource, Period)}, handing each good record to {@code sink} too (null: none). */
    public DossierCounts count(DossierSource source, Period period, Sink sink) {
        // a dossier's record takes 64 bytes or more: at most size / 64 dossiers
        Reading reading = new Reading(source.file(), period, sink, source.size() < 0 ? -1 : source.size() / 64);
        try {
            if (!source.readBytes(reading)) {
                source.read(new TextRecords(reading.part()));
            }
            if (reading.labels == null) {
                throw new InvalidInputException(InputProblem.ofFile(source.file(), "the file is empty: no dossiers"));
            }
            List<Part> parts = reading.parts();
            DossierCounts counts = parts.isEmpty() ? new DossierCounts(period, tree, procedures, reading.expected)
                    : parts.get(0).counts;
            List<CodeLedger> ledgers = new ArrayList<>();
            for (Part p : parts) {
                if (p.counts != counts) {
                    counts.addAll(p.counts);
                }
                ledgers.add(p.codes);
            }
            List<InputProblems> found = new ArrayList<>();
            for (Part p : parts) {
                found.add(p.problems);
            }
            confirmDuplicates(source, reading.labels, ledgers, found);
            refuseIfAny(found);
            if (counts.read() == 0) {
                throw new InvalidInputException(InputProblem.ofFile(source.file(), "no rows: the file has a header but no dossiers"));
            }
            return counts;
        } finally {
            for (Part p : reading.parts()) {
                p.codes.close();
            }
        }
    }

    /** The problems of every part (each one's first ones, by line): the first of them all, with the count of all. */
    private static void refuseIfAny(List<InputProblems> found) {
        long total = 0;
        List<InputProblem> kept = new ArrayList<>();
        for (InputProblems p : found) {
            total += p.total();
            kept.addAll(p.kept());
        }
        if (total > 0) {
            kept.sort(Comparator.comparingInt(InputProblem::line));
            throw new InvalidInputException(kept.size() > InvalidInputException.MAX_REPORTED
                    ? kept.subList(0, InvalidInputException.MAX_REPORTED) : kept, total);
        }
    }

    /**
     * Second pass: the codes whose hash repeated, compared on their bytes. The candidates are taken a group of
     * ledger partitions at a time, as many as an eighth of the heap holds ({@link FirstCodes}), so that a file
     * whose every code is repeated (two exports joined) is checked in bounded memory: one pass over the file
     * a group, and one group for all but such files. Each group's problems are its earliest ones by line.
     */
    private void confirmDuplicates(DossierSource source, String[] labels, List<CodeLedger> ledgers,
            List<InputProblems> found) {
        int[] counts = CodeLedger.repeatedCounts(ledgers);
        long room = candidatesPerPass;
        int from = 0;
        while (from < counts.length) {
            if (counts[from] == 0) {
                from++;
                continue;
            }
            int to = from;
            long group = 0;
            while (to < counts.length && (to == from || group + counts[to] <= room)) {
                group += counts[to++];
            }
            FirstCodes firsts = new FirstCodes((int) Math.min(group, 1 << 28), InvalidInputException.MAX_REPORTED);
            CodeLedger.repeated(ledgers, from, to, (p, h) -> firsts.expect(h));
            found.add(duplicates(source, labels, firsts));
            from = to;
        }
    }

    /** With at most {@code n} candidate duplicates confirmed a pass (tests: many passes over a small file). */
    DossierReader candidatesPerPass(long n) {
        candidatesPerPass = n;
        return this;
    }

    /**
     * The codes of {@code source} met a second time among those {@code firsts} expects, read on the reader's
     * threads: the earliest ones by line, each with its code's first line, and the count of all.
     */
    private InputProblems duplicates(DossierSource source, String[] labels, FirstCodes firsts) {
        DossierSource.ByteRecords check = new DossierSource.ByteRecords() {
            @Override
            public void record(int line, byte[] data, int[] at) {
                int s = at[CODE];
                int e = at[CODE + 1];
                if (s >= 0 && !tooLong(data, s, e)) {
                    firsts.met(CodeLedger.hash(data, s, e), data, s, e, line);
                }
            }

            @Override
            public void unreadable(int line, String reason) {
            }
        };
        DossierSource.ByteReading all = new DossierSource.ByteReading() {
            @Override
            public void columns(int line, String[] l) {
            }

            @Override
            public int threads() {
                return threads;
            }

            @Override
            public DossierSource.ByteRecords part() {
                return check;
            }
        };
        if (!source.readBytes(all)) {
            source.read(new TextRecords(check));
        }
        InputProblems problems = new InputProblems();
        String file = source.file();
        firsts.earliest((line, code, first) -> problem(problems, file, line, labels, DossierField.CODE, code,
                "dossier code given twice in the file (first on line " + first + ")"));
        problems.count(firsts.duplicates() - problems.total());
        return problems;
    }

    /** True when the UTF-8 text {@code b[from, to)} has more than {@link #MAX_CODE} characters. */
    private static boolean tooLong(byte[] b, int from, int to) {
        if (to - from <= MAX_CODE) {
            return false;
        }
        int characters = 0;
        for (int i = from; i < to; i++) {
            characters += (b[i] & 0xC0) == 0x80 ? 0 : 1;
        }
        return characters > MAX_CODE;
    }

    private static String text(byte[] data, int from, int to) {
        return new String(data, from, to - from, StandardCharsets.UTF_8);
    }

    private static void problem(InputProblems problems, String file, int line, String[] l, DossierField f, String value,
            String reason) {
        if (problems.isFull()) {
            problems.count();
            return;
        }
        String label = l == null || l[f.ordinal()] == null ? f.header() : l[f.ordinal()];
        problems.add(InputProblem.at(file, line, label, shown(value), reason));
    }

    /** A file's reading: its columns and its parts (one per reading thread). */
    private final class Reading implements DossierSource.ByteReading {
        private final String file;
        private final Period period;
        private final List<Part> parts = new ArrayList<>();
        private final Sink sink;
        private volatile String[] labels;
        /** How many dossiers the file may hold at most (-1: not known). */
        private final long expected;

        Reading(String file, Period period, Sink sink, long expected) {
            this.file = file;
            this.period = period;
            this.sink = sink;
            this.expected = expected;
        }

        @Override
        public void columns(int line, String[] l) {
            List<String> missing = new ArrayList<>();
            for (DossierField f : DossierField.values()) {
                if (f.required() && l[f.ordinal()] == null) {
                    missing.add(f.header() + " (" + f.national() + ")");
                }
            }
            if (!missing.isEmpty()) {
                throw new InvalidInputException(InputProblem.at(file, line, null, null, "missing column"
                        + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + "; dossiers are "
                        + "code,procedure,unit,channel,received,due,finished,status,paidOnline,fee,digitized,eResult "
                        + "or the national sync names MaHoSo, MaTTHC, DonViXuLy, KenhThucHien, NgayTiepNhan, NgayHenTra, "
                        + "NgayKetThucXuLy, TrangThaiHoSo, DuocThanhToanTrucTuyen, LePhi, HoSoCoThanhPhanSoHoa, CoKetQuaDienTu"));
            }
            labels = l.clone();
        }

        @Override
        public int threads() {
            return sink == null ? threads : 1;
        }

        @Override
        public Part part() {
            synchronized (parts) {
                // the parts count into one table of counters (DossierCounts.sharing): no table a thread to add up
                DossierCounts counts = parts.isEmpty() ? new DossierCounts(period, tree, procedures, expected)
                        : parts.get(0).counts.sharing();
                Part p = new Part(this, counts);
                parts.add(p);
                return p;
            }
        }

        List<Part> parts() {
            synchronized (parts) {
                return new ArrayList<>(parts);
            }
        }
    }

    /** Records given as text (a workbook, NDJSON): stripped, as UTF-8 bytes, to a byte-form part. */
    private static final class TextRecords implements DossierSource.Records {
        private final DossierSource.ByteRecords part;
        private final int[] at = new int[FIELDS * 2];
        private byte[] data = new byte[256];
        private DossierSource.ByteReading columns;

        TextRecords(DossierSource.ByteRecords part) {
            this.part = part;
        }

        TextRecords(Part part) {
            this.part = part;
            this.columns = part.reading;
        }

        @Override
        public void columns(int line, String[] labels) {
            if (columns != null) {
                columns.columns(line, labels);
            }
        }

        @Override
        public void record(int line, String[] values) {
            int used = 0;
            for (int f = 0; f < FIELDS; f++) {
                String v = values[f] == null ? null : values[f].strip();
                if (v == null || v.isEmpty()) {
                    at[2 * f] = -1;
                    at[2 * f + 1] = -1;
                    continue;
                }
                byte[] b = v.getBytes(StandardCharsets.UTF_8);
                if (used + b.length > data.length) {
                    data = Arrays.copyOf(data, Math.max(data.length * 2, used + b.length));
                }
                System.arraycopy(b, 0, data, used, b.length);
                at[2 * f] = used;
                at[2 * f + 1] = used + b.length;
                used += b.length;
            }
            part.record(line, data, at);
        }

        @Override
        public void unreadable(int line, String reason) {
            part.unreadable(line, reason);
        }
    }

    /** One reading thread's checks and counts. */
    private final class Part implements DossierSource.ByteRecords {
        private final Reading reading;
        private final String file;
        private final DossierCounts counts;
        private final InputProblems problems = new InputProblems();
        private final CodeLedger codes = new CodeLedger();
        private final BytesIndex procedureIndex = new BytesIndex();
        private final BytesIndex unitIndex = new BytesIndex();
        private final List<String> unitProblems = new ArrayList<>();
        /** The code's and the procedure's header labels as UTF-8 (read with the first record). */
        private byte[][] headerBytes;

        Part(Reading reading, DossierCounts counts) {
            this.reading = reading;
            this.file = reading.file;
            this.counts = counts;
        }

        @Override
        public void unreadable(int line, String reason) {
            counts.skip();
            if (problems.isFull()) {
                problems.count();
            } else {
                problems.add(InputProblem.at(file, line, null, null, reason));
            }
        }

        @Override
        public void record(int line, byte[] v, int[] at) {
            if (headerAgain(v, at)) {
                unreadable(line, "the header line again, inside the file (files joined one after another?): remove this line");
                return;
            }
            long before = problems.total();
            if (at[CODE] < 0) {
                problem(line, DossierField.CODE, null, "a dossier code is required");
            } else if (tooLong(v, at[CODE], at[CODE + 1])) {
                problem(line, DossierField.CODE, text(v, at[CODE], at[CODE + 1]),
                        "a dossier code has at most " + MAX_CODE + " characters");
            } else {
                codes.add(CodeLedger.hash(v, at[CODE], at[CODE + 1]));
            }
            int procedure = procedure(line, v, at, DossierField.PROCEDURE.ordinal() * 2);
            int unit = unit(line, v, at, DossierField.UNIT.ordinal() * 2);
            int channel = small(line, DossierField.CHANNEL, v, at, 1, 3, -1,
                    "a channel is 1 (direct), 2 (online) or 3 (postal)");
            int status = small(line, DossierField.STATUS, v, at, 1, 10, -1,
                    "a status is one of the national codes 1–10 (1 new … 9 processed, 10 result returned)");
            int r = DossierField.RECEIVED.ordinal() * 2;
            long received;
            if (at[r] < 0) {
                received = DossierCounts.ABSENT;
                if (status != 1 && status != 3 && status != -1) {
                    problem(line, DossierField.RECEIVED, null, "a received time is required (status " + status + ")");
                }
            } else {
                received = time(line, DossierField.RECEIVED, v, at, false);
            }
            long due = optionalTime(line, DossierField.DUE, v, at, true);
            long finished = optionalTime(line, DossierField.FINISHED, v, at, false);
            boolean timesRead = received != DossierTimes.UNREADABLE && received != DossierCounts.ABSENT;
            if (timesRead && finished != DossierTimes.UNREADABLE && finished != DossierCounts.ABSENT && finished < received) {
                problem(line, DossierField.FINISHED, field(v, at, DossierField.FINISHED),
                        "finished before received (" + text(v, at[r], at[r + 1]) + ")");
            }
            if (timesRead && due != DossierTimes.UNREADABLE && due != DossierCounts.ABSENT && due < received) {
                problem(line, DossierField.DUE, field(v, at, DossierField.DUE),
                        "due before received (" + text(v, at[r], at[r + 1]) + ")");
            }
            if ((status == 9 || status == 10) && finished == DossierCounts.ABSENT) {
                problem(line, DossierField.FINISHED, null, "status " + status + (status == 9 ? " (processed)"
                        : " (result returned)") + " needs a finished time");
            }
            int paid = small(line, DossierField.PAID_ONLINE, v, at, 0, 2, 0,
                    "paid online is 0 (no), 1 (national portal) or 2 (the province's payment gateway)");
            boolean fee = fee(line, v, at);
            int digitized = small(line, DossierField.DIGITIZED, v, at, 0, 1, 0, FLAG);
            int eResult = small(line, DossierField.E_RESULT, v, at, 0, 1, 0, FLAG);
            if (problems.total() > before) {
                counts.skip();
                return;
            }
            counts.add(unit, procedure, channel, status, received, due, finished, paid, fee, digitized == 1,
                    eResult == 1);
            if (reading.sink != null) {
                reading.sink.accept(line, text(v, at[CODE], at[CODE + 1]), field(v, at, DossierField.FEE), unit,
                        procedure, channel, status, received, due, finished, paid, digitized == 1, eResult == 1);
            }
        }

        /** True when the code and the procedure read as their columns' headers: a header line repeated below the first. */
        private boolean headerAgain(byte[] v, int[] at) {
            if (headerBytes == null) {
                String[] l = reading.labels;
                headerBytes = new byte[][] {bytes(l, DossierField.CODE), bytes(l, DossierField.PROCEDURE)};
            }
            return same(v, at, CODE, headerBytes[0]) && same(v, at, DossierField.PROCEDURE.ordinal() * 2, headerBytes[1]);
        }

        private static byte[] bytes(String[] labels, DossierField f) {
            String label = labels == null ? null : labels[f.ordinal()];
            return label == null ? new byte[0] : label.getBytes(StandardCharsets.UTF_8);
        }

        private static boolean same(byte[] v, int[] at, int i, byte[] expected) {
            return at[i] >= 0 && expected.length > 0 && at[i + 1] - at[i] == expected.length
                    && Arrays.equals(v, at[i], at[i + 1], expected, 0, expected.length);
        }

        private int procedure(int line, byte[] v, int[] at, int i) {
            int s = at[i];
            if (s < 0) {
                problem(line, DossierField.PROCEDURE, null, "a procedure code is required");
                return -1;
            }
            int e = at[i + 1];
            int known = procedureIndex.get(v, s, e);
            if (known == BytesIndex.ABSENT) {
                String text = text(v, s, e);
                known = procedures.indexOf(text);
                if (known < 0) {
                    known = procedures.indexOf(vn.chitieu.text.VietnameseText.nfc(text));
                }
                if (procedureIndex.size() < MAX_CACHED) {
                    procedureIndex.put(v, s, e, known);
                }
            }
            if (known < 0) {
                problem(line, DossierField.PROCEDURE, text(v, s, e), "unknown procedure: not in the procedures file");
            }
            return known;
        }

        private int unit(int line, byte[] v, int[] at, int i) {
            int s = at[i];
            if (s < 0) {
                problem(line, DossierField.UNIT, null, "a unit (code or name) is required");
                return -1;
            }
            int e = at[i + 1];
            int known = unitIndex.get(v, s, e);
            String explanation = null;
            if (known == BytesIndex.ABSENT) {
                String text = text(v, s, e);
                Resolution r;
                synchronized (resolver) {
                    r = resolver.resolve(text, !problems.isFull());
                }
                if (r.isMatched()) {
                    known = counts.indexOf(r.unit());
                } else {
                    explanation = r.explain();
                    known = -1;
                }
                if (unitIndex.size() < MAX_CACHED) {
                    if (explanation != null) {
                        unitProblems.add(explanation);
                        known = -unitProblems.size();
                    }
                    unitIndex.put(v, s, e, known);
                }
            }
            if (known >= 0) {
                return known;
            }
            problem(line, DossierField.UNIT, text(v, s, e), explanation != null ? explanation
                    : unitProblems.get(-known - 1));
            return -1;
        }

        /** A small whole number in [min, max]; {@code empty} when the cell is empty (−1: required). */
        private int small(int line, DossierField f, byte[] v, int[] at, int min, int max, int empty, String reason) {
            int i = f.ordinal() * 2;
            int s = at[i];
            if (s < 0) {
                if (empty < 0) {
                    problem(line, f, null, reason);
                }
                return empty;
            }
            int e = at[i + 1];
            int n = -1;
            if (e - s <= 2) {
                n = 0;
                for (int k = s; k < e; k++) {
                    int c = v[k];
                    if (c < '0' || c > '9') {
                        n = -1;
                        break;
                    }
                    n = n * 10 + (c - '0');
                }
            }
            if (n < min || n > max) {
                problem(line, f, text(v, s, e), reason);
                return -1;
            }
            return n;
        }

        private long optionalTime(int line, DossierField f, byte[] v, int[] at, boolean endOfDay) {
            return at[f.ordinal() * 2] < 0 ? DossierCounts.ABSENT : time(line, f, v, at, endOfDay);
        }

        private long time(int line, DossierField f, byte[] v, int[] at, boolean endOfDay) {
            int s = at[f.ordinal() * 2];
            int e = at[f.ordinal() * 2 + 1];
            long t = DossierTimes.parse(v, s, e, endOfDay);
            if (t == DossierTimes.UNREADABLE) {
                problem(line, f, text(v, s, e), DossierTimes.shortDayOrMonth(v, s, e) ? DossierTimes.SHORT_DAY_OR_MONTH
                        : "not a time: write " + DossierTimes.FORMS);
            }
            return t;
        }

        /** True when the fee is above 0; a problem when unreadable or negative. */
        private boolean fee(int line, byte[] v, int[] at) {
            int i = DossierField.FEE.ordinal() * 2;
            int s = at[i];
            if (s < 0) {
                return false;
            }
            int e = at[i + 1];
            boolean digits = e - s <= 15;
            boolean positive = false;
            for (int k = s; digits && k < e; k++) {
                byte c = v[k];
                digits = c >= '0' && c <= '9';
                positive |= c > '0';
            }
            if (digits) {
                return positive;
            }
            String text = text(v, s, e);
            try {
                BigDecimal d = NumberReader.decimal(text);
                if (d == null) {
                    return false;
                }
                if (d.signum() < 0) {
                    problem(line, DossierField.FEE, text, "a fee cannot be negative");
                    return false;
                }
                return d.signum() > 0;
            } catch (UnreadableNumberException ex) {
                problem(line, DossierField.FEE, text, ex.reason());
                return false;
            }
        }

        private String field(byte[] v, int[] at, DossierField f) {
            int i = f.ordinal() * 2;
            return at[i] < 0 ? null : text(v, at[i], at[i + 1]);
        }

        private void problem(int line, DossierField f, String value, String reason) {
            DossierReader.problem(problems, file, line, reading.labels, f, value, reason);
        }
    }

    private static String shown(String value) {
        if (value == null) {
            return null;
        }
        return value.length() > SHOWN_CHARS ? value.substring(0, SHOWN_CHARS) + "…" : value;
    }
}

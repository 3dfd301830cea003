package vn.chitieu.dossier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InputProblems;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.period.Period;
import vn.chitieu.text.NumberReader;
import vn.chitieu.text.UnreadableNumberException;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Resolution;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitTree;

/**
 * Reads a file of dossiers into a {@link DossierCounts}, one record at a time, checking every record
 * as domain.md §9 says and collecting every problem (the first {@link InvalidInputException#MAX_REPORTED}
 * with file, line, column and value, and the count of all): a code given twice in the file, an unknown
 * procedure or unit, a channel (1–3) or status (1–10) outside its codes, an unreadable time, finished or
 * due before received, status 9 or 10 without finished, a negative fee, paid online outside 0–2, a flag
 * (digitized, eResult) other than 0/1. A file with any problem is refused as a whole.
 * <p>Units are named by code or by name (resolved once per distinct spelling); procedures by code. Duplicate
 * codes are found with a set of 64-bit hashes ({@link CodeSet}), confirmed on the codes themselves by a
 * second pass over the file when any hash repeats. Received may be empty only for status 1 and 3 (never
 * received); empty due, finished: none; empty paidOnline, fee, digitized, eResult: 0.
 */
public final class DossierReader {

    /** Past this many distinct unit or procedure spellings, a lookup is no longer remembered. */
    private static final int MAX_CACHED = 100_000;
    private static final int SHOWN_CHARS = 60;

    private final UnitTree tree;
    private final NameResolver resolver;
    private final Procedures procedures;

    public DossierReader(UnitTree tree, NameResolver resolver, Procedures procedures) {
        this.tree = Objects.requireNonNull(tree, "tree");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.procedures = Objects.requireNonNull(procedures, "procedures");
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
     * good (a later record may still refuse it; a code given twice is found at the end).
     */
    @FunctionalInterface
    public interface Sink {
        /**
         * {@code values} as {@link DossierSource.Records#record}; {@code unit} the index in {@link UnitTree#units()},
         * {@code procedure} in {@link Procedures}; times in local seconds, {@link DossierCounts#ABSENT} for none.
         */
        void accept(int line, String[] values, int unit, int procedure, int channel, int status, long received,
                long due, long finished, int paidOnline, boolean digitized, boolean eResult);
    }

    /** As {@link #count(DossierSource, Period)}, handing each good record to {@code sink} too (null: none). */
    public DossierCounts count(DossierSource source, Period period, Sink sink) {
        DossierCounts counts = new DossierCounts(period, tree, procedures);
        Pass pass = new Pass(source.file(), counts);
        pass.sink = sink;
        source.read(pass);
        if (pass.labels == null) {
            throw new InvalidInputException(InputProblem.ofFile(source.file(), "the file is empty: no dossiers"));
        }
        if (!pass.candidates.isEmpty()) {
            confirmDuplicates(source, pass);
        }
        pass.problems.refuseIfAny();
        if (counts.read() == 0) {
            throw new InvalidInputException(InputProblem.ofFile(source.file(), "no rows: the file has a header but no dossiers"));
        }
        return counts;
    }

    /** Second pass: the codes whose hash repeated, compared as text. */
    private void confirmDuplicates(DossierSource source, Pass pass) {
        CodeSet wanted = new CodeSet();
        for (long h : pass.candidates) {
            wanted.add(h);
        }
        Map<String, Integer> firstLine = new HashMap<>();
        String[] labels = pass.labels;
        source.read(new DossierSource.Records() {
            @Override
            public void columns(int line, String[] l) {
            }

            @Override
            public void unreadable(int line, String reason) {
            }

            @Override
            public void record(int line, String[] values) {
                String code = values[DossierField.CODE.ordinal()];
                if (code == null || !wanted.contains(CodeSet.hash(code))) {
                    return;
                }
                Integer first = firstLine.putIfAbsent(code, line);
                if (first != null) {
                    pass.problem(line, labels, DossierField.CODE, code, "dossier code given twice in the file (first on line "
                            + first + ")");
                }
            }
        });
    }

    /** The first pass: checks and counts. */
    private final class Pass implements DossierSource.Records {
        private final String file;
        private final DossierCounts counts;
        private final InputProblems problems = new InputProblems();
        private final CodeSet codes = new CodeSet();
        private final List<Long> candidates = new ArrayList<>();
        private final Map<String, Integer> procedureIndex = new HashMap<>();
        private final Map<String, Object> unitIndex = new HashMap<>();
        private String[] labels;
        private Sink sink;

        Pass(String file, DossierCounts counts) {
            this.file = file;
            this.counts = counts;
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
        public void unreadable(int line, String reason) {
            counts.skip();
            if (problems.isFull()) {
                problems.count();
            } else {
                problems.add(InputProblem.at(file, line, null, null, reason));
            }
        }

        @Override
        public void record(int line, String[] v) {
            long before = problems.total();
            String code = v[DossierField.CODE.ordinal()];
            if (code == null) {
                problem(line, DossierField.CODE, null, "a dossier code is required");
            } else {
                long h = CodeSet.hash(code);
                if (!codes.add(h)) {
                    candidates.add(h);
                }
            }
            int procedure = procedure(line, v[DossierField.PROCEDURE.ordinal()]);
            int unit = unit(line, v[DossierField.UNIT.ordinal()]);
            int channel = small(line, DossierField.CHANNEL, v, 1, 3, -1,
                    "a channel is 1 (direct), 2 (online) or 3 (postal)");
            int status = small(line, DossierField.STATUS, v, 1, 10, -1,
                    "a status is one of the national codes 1–10 (1 new … 9 processed, 10 result returned)");
            String receivedText = v[DossierField.RECEIVED.ordinal()];
            long received;
            if (receivedText == null) {
                received = DossierCounts.ABSENT;
                if (status != 1 && status != 3 && status != -1) {
                    problem(line, DossierField.RECEIVED, null, "a received time is required (status " + status + ")");
                }
            } else {
                received = time(line, DossierField.RECEIVED, receivedText, false);
            }
            long due = optionalTime(line, DossierField.DUE, v, true);
            long finished = optionalTime(line, DossierField.FINISHED, v, false);
            boolean timesRead = received != DossierTimes.UNREADABLE && received != DossierCounts.ABSENT;
            if (timesRead && finished != DossierTimes.UNREADABLE && finished != DossierCounts.ABSENT && finished < received) {
                problem(line, DossierField.FINISHED, v[DossierField.FINISHED.ordinal()],
                        "finished before received (" + receivedText + ")");
            }
            if (timesRead && due != DossierTimes.UNREADABLE && due != DossierCounts.ABSENT && due < received) {
                problem(line, DossierField.DUE, v[DossierField.DUE.ordinal()], "due before received (" + receivedText + ")");
            }
            if ((status == 9 || status == 10) && finished == DossierCounts.ABSENT) {
                problem(line, DossierField.FINISHED, null, "status " + status + (status == 9 ? " (processed)"
                        : " (result returned)") + " needs a finished time");
            }
            int paid = small(line, DossierField.PAID_ONLINE, v, 0, 2, 0,
                    "paid online is 0 (no), 1 (national portal) or 2 (the province's payment gateway)");
            boolean fee = fee(line, v[DossierField.FEE.ordinal()]);
            int digitized = small(line, DossierField.DIGITIZED, v, 0, 1, 0, "a flag is 0 or 1");
            int eResult = small(line, DossierField.E_RESULT, v, 0, 1, 0, "a flag is 0 or 1");
            if (problems.total() > before) {
                counts.skip();
                return;
            }
            counts.add(unit, procedure, channel, status, received, due, finished, paid, fee, digitized == 1,
                    eResult == 1);
            if (sink != null) {
                sink.accept(line, v, unit, procedure, channel, status, received, due, finished, paid, digitized == 1,
                        eResult == 1);
            }
        }

        private int procedure(int line, String text) {
            if (text == null) {
                problem(line, DossierField.PROCEDURE, null, "a procedure code is required");
                return -1;
            }
            Integer known = procedureIndex.get(text);
            if (known == null) {
                known = procedures.indexOf(text);
                if (known < 0) {
                    known = procedures.indexOf(vn.chitieu.text.VietnameseText.nfc(text));
                }
                if (procedureIndex.size() < MAX_CACHED) {
                    procedureIndex.put(text, known);
                }
            }
            if (known < 0) {
                problem(line, DossierField.PROCEDURE, text, "unknown procedure: not in the procedures file");
            }
            return known;
        }

        private int unit(int line, String text) {
            if (text == null) {
                problem(line, DossierField.UNIT, null, "a unit (code or name) is required");
                return -1;
            }
            Object known = unitIndex.get(text);
            if (known == null) {
                Resolution r = resolver.resolve(text, !problems.isFull());
                known = r.isMatched() ? (Object) counts.indexOf(r.unit()) : r.explain();
                if (unitIndex.size() < MAX_CACHED) {
                    unitIndex.put(text, known);
                }
            }
            if (known instanceof Integer i) {
                return i;
            }
            problem(line, DossierField.UNIT, text, (String) known);
            return -1;
        }

        /** A small whole number in [min, max]; {@code empty} when the cell is empty (−1: required). */
        private int small(int line, DossierField f, String[] v, int min, int max, int empty, String reason) {
            String t = v[f.ordinal()];
            if (t == null) {
                if (empty < 0) {
                    problem(line, f, null, reason);
                }
                return empty;
            }
            int n = -1;
            if (t.length() <= 2) {
                n = 0;
                for (int i = 0; i < t.length(); i++) {
                    char c = t.charAt(i);
                    if (c < '0' || c > '9') {
                        n = -1;
                        break;
                    }
                    n = n * 10 + (c - '0');
                }
            }
            if (n < min || n > max) {
                problem(line, f, t, reason);
                return -1;
            }
            return n;
        }

        private long optionalTime(int line, DossierField f, String[] v, boolean endOfDay) {
            String t = v[f.ordinal()];
            return t == null ? DossierCounts.ABSENT : time(line, f, t, endOfDay);
        }

        private long time(int line, DossierField f, String text, boolean endOfDay) {
            long t = DossierTimes.parse(text, endOfDay);
            if (t == DossierTimes.UNREADABLE) {
                problem(line, f, text, "not a time: write " + DossierTimes.FORMS);
            }
            return t;
        }

        /** True when the fee is above 0; a problem when unreadable or negative. */
        private boolean fee(int line, String text) {
            if (text == null) {
                return false;
            }
            boolean digits = !text.isEmpty() && text.length() <= 15;
            boolean positive = false;
            for (int i = 0; digits && i < text.length(); i++) {
                char c = text.charAt(i);
                digits = c >= '0' && c <= '9';
                positive |= c > '0';
            }
            if (digits) {
                return positive;
            }
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
            } catch (UnreadableNumberException e) {
                problem(line, DossierField.FEE, text, e.reason());
                return false;
            }
        }

        private void problem(int line, DossierField f, String value, String reason) {
            problem(line, labels, f, value, reason);
        }

        void problem(int line, String[] l, DossierField f, String value, String reason) {
            if (problems.isFull()) {
                problems.count();
                return;
            }
            String label = l == null || l[f.ordinal()] == null ? f.header() : l[f.ordinal()];
            problems.add(InputProblem.at(file, line, label, shown(value), reason));
        }
    }

    private static String shown(String value) {
        if (value == null) {
            return null;
        }
        return value.length() > SHOWN_CHARS ? value.substring(0, SHOWN_CHARS) + "…" : value;
    }
}

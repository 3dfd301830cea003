package vn.chitieu.dossier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InputProblems;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.table.Table;
import vn.chitieu.table.TableRow;
import vn.chitieu.text.VietnameseText;

/**
 * Reads {@code procedures.csv} (contracts.md): {@code code,name,level,onlinePayment}; level
 * {@code FULL | PARTIAL | NONE} (also {@code toàn trình}, {@code một phần} and the legacy {@code 4}, {@code 3});
 * onlinePayment {@code true/false}, {@code 1/0}, {@code có/không} (empty: false; the column may be left out).
 * The national sync name {@code MaTTHC} is accepted for the code. Every problem is reported at once.
 */
public final class ProceduresTableReader {

    static final String[] CODE = {"code", "MaTTHC", "mã TTHC", "mã thủ tục", "mã"};
    static final String[] NAME = {"name", "TenTTHC", "tên TTHC", "tên thủ tục", "tên"};
    static final String[] LEVEL = {"level", "MucDo", "mức độ", "mức độ DVC", "DVC trực tuyến"};
    static final String[] ONLINE_PAYMENT = {"onlinePayment", "ThanhToanTrucTuyen", "thanh toán trực tuyến"};

    public Procedures read(Table table) {
        InputProblems problems = new InputProblems();
        Optional<String> code = table.columnAny(CODE);
        Optional<String> name = table.columnAny(NAME);
        Optional<String> level = table.columnAny(LEVEL);
        Optional<String> payment = table.columnAny(ONLINE_PAYMENT);
        table.refuseMisspeltColumns();
        List<String> missing = new ArrayList<>();
        if (code.isEmpty()) {
            missing.add("code");
        }
        if (level.isEmpty()) {
            missing.add("level");
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(InputProblem.at(table.file(), 1, null, null, "missing column"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + " (the header has: "
                    + String.join(", ", table.headers()) + "); procedures are code,name,level,onlinePayment"));
        }
        table.requireRows("procedures");
        List<Procedure> list = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (TableRow row : table.rows()) {
            String c = row.get(code.get());
            if (c == null) {
                problems.add(row.problem(code.get(), "a procedure code is required"));
                continue;
            }
            if (c.length() > Procedure.MAX_CODE) {
                problems.add(row.problem(code.get(), "a procedure code has at most " + Procedure.MAX_CODE + " characters"));
                continue;
            }
            Integer first = firstLine.putIfAbsent(c, row.line());
            if (first != null) {
                problems.add(row.problem(code.get(), "procedure code given twice (first on line " + first + ")"));
                continue;
            }
            String l = row.get(level.get());
            Optional<ProcedureLevel> lv = ProcedureLevel.parse(l);
            if (lv.isEmpty()) {
                problems.add(row.problem(level.get(), l == null ? "a level is required: FULL, PARTIAL or NONE"
                        : "not a level: FULL (toàn trình, 4), PARTIAL (một phần, 3) or NONE"));
            }
            Boolean pay = payment.isEmpty() ? Boolean.FALSE : flag(row.get(payment.get()));
            if (pay == null) {
                problems.add(row.problem(payment.get(), "onlinePayment is true/false, 1/0 or có/không"));
            }
            if (lv.isPresent() && pay != null) {
                list.add(new Procedure(c, name.map(row::get).orElse(null), lv.get(), pay));
            }
        }
        problems.refuseIfAny();
        return Procedures.of(list);
    }

    /** true/false, 1/0, có/không, yes/no; empty is false; null when unreadable. */
    static Boolean flag(String text) {
        if (text == null) {
            return Boolean.FALSE;
        }
        switch (VietnameseText.fold(text).replace(" ", "")) {
            case "true", "1", "co", "yes", "x":
                return Boolean.TRUE;
            case "false", "0", "khong", "no":
                return Boolean.FALSE;
            default:
                return null;
        }
    }
}

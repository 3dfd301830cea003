package vn.chitieu.cli;

import java.util.List;
import java.util.function.Supplier;
import vn.chitieu.approval.PeriodLock;
import vn.chitieu.audit.Actor;
import vn.chitieu.cli.output.Format;
import vn.chitieu.cli.output.Lang;
import vn.chitieu.cli.output.Output;
import vn.chitieu.persistence.CommandStorage;
import vn.chitieu.report.ColumnType;
import vn.chitieu.report.Report;
import vn.chitieu.report.ReportColumn;

/** What {@code approve} and {@code reopen} print: one line by default, the lock in the other formats. */
final class ApprovalOutput {

    private ApprovalOutput() {
    }

    /** The JSON document: the lock, and whether it is now in force ({@code approved}) or lifted. */
    record Approval(String unit, String period, boolean approved, String approvedBy, String approvedAt, String reason) {
    }

    static Actor actor(String actor) {
        return Actor.of(actor == null ? System.getProperty("user.name", "chitieu") : actor);
    }

    /**
     * What both commands do: open the storage of {@code storage}, run {@code action} (approve or re-open)
     * inside it, print the lock ({@code approved}: now in force, or lifted).
     */
    static int run(CommandStorage commandStorage, StorageOptions storage, Output output, OutputOptions out,
            Supplier<PeriodLock> action, boolean approved) {
        out.format();
        PeriodLock lock;
        try (CommandStorage opened = commandStorage.open(storage.settings())) {
            lock = action.get();
        }
        emit(output, out, lock, approved);
        return 0;
    }

    private static void emit(Output output, OutputOptions out, PeriodLock lock, boolean approved) {
        if (out.format() == Format.TABLE && out.out() == null) {
            boolean en = out.lang() == Lang.EN;
            String line = approved
                    ? (en ? "approved: the results of " + lock.unit() + " and the units below it for " + lock.period().label("en")
                            + " (and the periods inside it) are locked"
                            : "đã duyệt: kết quả của " + lock.unit() + " và các đơn vị trực thuộc kỳ " + lock.period().label("vi")
                                    + " (và các kỳ bên trong) đã được khóa")
                    : (en ? "re-opened: the approval of " + lock.unit() + " for " + lock.period().label("en") + " by "
                            + lock.approvedBy() + " at " + lock.approvedAt() + " is lifted"
                            : "đã mở lại: phê duyệt của " + lock.unit() + " kỳ " + lock.period().label("vi") + " (" + lock.approvedBy()
                                    + ", " + lock.approvedAt() + ") đã được gỡ");
            out.stdout().println(line);
            out.stdout().flush();
            return;
        }
        Approval document = new Approval(lock.unit().value(), lock.period().toString(), approved,
                lock.approvedBy().name(), lock.approvedAt().toString(), lock.reason());
        List<ReportColumn> columns = List.of(
                new ReportColumn("unit", "Đơn vị", "Unit", ColumnType.TEXT),
                new ReportColumn("period", "Kỳ", "Period", ColumnType.TEXT),
                new ReportColumn("approved", "Đã duyệt", "Approved", ColumnType.TEXT),
                new ReportColumn("approvedBy", "Người duyệt", "Approved by", ColumnType.TEXT),
                new ReportColumn("approvedAt", "Thời điểm duyệt", "Approved at", ColumnType.TEXT));
        List<Object> row = List.of(document.unit(), lock.period(), approved, document.approvedBy(),
                document.approvedAt());
        Report report = Report.simple(approved ? "Phê duyệt kết quả" : "Mở lại kết quả đã duyệt",
                approved ? "Results approved" : "Approved results re-opened", columns, List.of(row));
        output.emit(out, report, document);
    }
}

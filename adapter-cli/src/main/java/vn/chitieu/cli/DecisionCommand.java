package vn.chitieu.cli;

import com.google.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.chitieu.access.Caller;
import vn.chitieu.access.Role;
import vn.chitieu.application.decision.AmendDecision;
import vn.chitieu.application.decision.DecisionTasks;
import vn.chitieu.application.decision.DecisionView;
import vn.chitieu.application.decision.DraftDecision;
import vn.chitieu.application.decision.DraftDecisionCommand;
import vn.chitieu.application.decision.IssueDecision;
import vn.chitieu.application.decision.IssueDecisionCommand;
import vn.chitieu.application.decision.ListDecisions;
import vn.chitieu.application.decision.ReadDecision;
import vn.chitieu.application.decision.SetTargets;
import vn.chitieu.application.decision.SetTargetsCommand;
import vn.chitieu.application.decision.WithdrawDecision;
import vn.chitieu.cli.io.TableFiles;
import vn.chitieu.cli.output.Lang;
import vn.chitieu.cli.output.Output;
import vn.chitieu.common.InputProblem;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionStatus;
import vn.chitieu.decision.GroupAssignment;
import vn.chitieu.decision.TaskProgress;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.persistence.CommandStorage;
import vn.chitieu.port.out.Storage;
import vn.chitieu.report.ColumnType;
import vn.chitieu.report.Report;
import vn.chitieu.report.ReportSection;
import vn.chitieu.report.ReportColumn;
import vn.chitieu.unit.UnitCode;

/**
 * {@code decision list|show|draft|set-targets|issue|amend|withdraw|tasks}: the decisions in storage,
 * through the same use cases as the HTTP routes. The CLI acts with full rights (as {@code import}),
 * audited under {@code --actor}. Exit 1 when a rule refuses (a conflict at issue, an issued
 * decision edited), 2 for bad input.
 */
@Command(name = "decision", mixinStandardHelpOptions = true, usageHelpWidth = 120,
        description = {"Decisions in storage: list, show, draft, set targets from a targets.csv file, issue, amend,",
            "withdraw a draft, and the tasks' progress (overdue tasks listed). Storage as for 'import'."},
        subcommands = {DecisionCommand.ListCommand.class, DecisionCommand.ShowCommand.class, DecisionCommand.DraftCommand.class,
            DecisionCommand.TargetsFileCommand.class, DecisionCommand.IssueCommand.class, DecisionCommand.AmendCommand.class,
            DecisionCommand.WithdrawCommand.class, DecisionCommand.TasksCommand.class})
public final class DecisionCommand implements Runnable {

    /** As the top command's: {@code chitieu decision --help --lang en}. */
    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "vi",
            description = "vi or en: the language of headers and messages (default: ${DEFAULT-VALUE}).")
    private vn.chitieu.cli.output.Lang lang;


    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a decision command is required: list, show, draft, "
                + "set-targets, issue, amend, withdraw or tasks");
    }

    /** What every subcommand shares: storage, output, the audit's actor, and running one use case. */
    abstract static class Base implements Callable<Integer> {

        @Mixin
        StorageOptions storage;

        @Mixin
        OutputOptions out;

        @Option(names = "--actor", paramLabel = "NAME", description = "Who acts, for the audit log (default: the OS user).")
        String actor;

        @Inject CommandStorage commandStorage;
        @Inject Output output;

        UnitCode code(String option, String text) {
            try {
                return UnitCode.of(text.strip());
            } catch (IllegalArgumentException e) {
                throw out.usageError(option + ": not a unit code: '" + text + "'");
            }
        }

        Caller caller() {
            return new Caller("cli:" + (actor == null ? System.getProperty("user.name", "chitieu") : actor), Role.ADMIN,
                    null);
        }

        <T> T run(Function<Storage, T> work) {
            try (CommandStorage opened = commandStorage.open(storage.settings())) {
                return work.apply(opened.storage());
            }
        }

        void show(DecisionView view) {
            output.emit(out, report(view.decision(), out.lang()), document(view.decision()));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists decisions, oldest first.")
    static final class ListCommand extends Base {
        @Option(names = "--year", paramLabel = "YEAR") Integer year;
        @Option(names = "--issuer", paramLabel = "CODE") String issuer;
        @Option(names = "--status", paramLabel = "STATUS", description = "DRAFT, ISSUED, AMENDED, SUPERSEDED or WITHDRAWN")
        DecisionStatus status;

        @Override
        public Integer call() {
            out.format();
            List<Decision> list = run(s -> new ListDecisions(s.units(), s.decisions()).list(caller(), year,
                    issuer == null ? null : code("--issuer", issuer), status, 0, ListDecisions.MAX_LIMIT));
            List<ReportColumn> columns = List.of(col("id", "Mã", "Id"), col("number", "Số", "Number"),
                    col("issuer", "Cơ quan ban hành", "Issuer"), col("year", "Năm", "Year"),
                    col("title", "Trích yếu", "Title"), col("status", "Trạng thái", "Status"),
                    col("signedOn", "Ngày ký", "Signed on"));
            List<List<Object>> rows = list.stream().map(d -> java.util.Arrays.<Object>asList(d.id().toString(),
                    d.number().orElse(""), d.issuer().value(), String.valueOf(d.year()), d.title(), d.status(),
                    d.signedOn().map(Object::toString).orElse(""))).toList();
            output.emit(out, Report.simple("Danh sách quyết định", "Decisions", columns, rows),
                    Map.of("items", list.stream().map(DecisionCommand::document).toList()));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows a decision: its targets, group targets, legal bases and tasks.")
    static final class ShowCommand extends Base {
        @Parameters(index = "0", paramLabel = "ID|NUMBER") String ref;

        @Override
        public Integer call() {
            out.format();
            show(run(s -> new ReadDecision(s.units(), s.decisions()).read(caller(), ref)));
            return 0;
        }
    }

    @Command(name = "draft", mixinStandardHelpOptions = true, description = "Drafts a new decision.")
    static final class DraftCommand extends Base {
        @Option(names = "--issuer", required = true, paramLabel = "CODE") String issuer;
        @Option(names = "--year", required = true, paramLabel = "YEAR") Integer year;
        @Option(names = "--title", required = true, paramLabel = "TEXT") String title;
        @Option(names = "--legal-basis", paramLabel = "NUMBER[,yyyy-MM-dd[,TITLE]]",
                description = "A legal basis (repeatable); linked to the stored decision of that number, if any.")
        List<String> bases = new ArrayList<>();
        @Option(names = "--task", paramLabel = "yyyy-MM-dd,ASSIGNEE,TEXT",
                description = "A task (repeatable): deadline, assignee (a unit code, or kinds joined by '+', e.g. "
                        + "DISTRICT or COMMUNE+WARD+TOWNSHIP) and its text.")
        List<String> tasks = new ArrayList<>();

        @Override
        public Integer call() {
            out.format();
            // every bad option told at once, then nothing drafted
            vn.chitieu.common.InputProblems problems = new vn.chitieu.common.InputProblems();
            List<vn.chitieu.decision.DocumentReference> refs = new ArrayList<>();
            for (String b : bases) {
                String[] p = b.split(",", 3);
                LocalDate date = p.length > 1 && !p[1].isBlank() ? date(problems, "--legal-basis", p[1]) : null;
                add(refs, problems.attempt(() -> new vn.chitieu.decision.DocumentReference(p[0], date, null,
                        p.length > 2 ? p[2] : null, null)));
            }
            List<vn.chitieu.decision.Task> list = new ArrayList<>();
            for (String t : tasks) {
                String[] p = t.split(",", 3);
                if (p.length < 3) {
                    problems.add(InputProblem.at(null, 0, "--task", t, "give DEADLINE,ASSIGNEE,TEXT"));
                    continue;
                }
                java.util.Set<vn.chitieu.unit.UnitKind> kinds = java.util.EnumSet.noneOf(vn.chitieu.unit.UnitKind.class);
                boolean group = true;
                for (String k : p[1].split("\\+")) {
                    var kind = vn.chitieu.unit.UnitKind.parse(k);
                    if (kind.isEmpty()) {
                        group = false;
                        break;
                    }
                    kinds.add(kind.get());
                }
                LocalDate deadline = date(problems, "--task", p[0]);
                UnitCode unit = group ? null : problems.attempt(() -> unitCode("--task", p[1]));
                if (deadline == null || !group && unit == null) {
                    continue; // told once: not again as "a task needs its deadline"
                }
                boolean byKinds = group;
                add(list, problems.attempt(() -> byKinds
                        ? new vn.chitieu.decision.Task(p[2], null, new vn.chitieu.decision.UnitGroup(null, kinds, false), deadline)
                        : new vn.chitieu.decision.Task(p[2], unit, null, deadline)));
            }
            UnitCode by = problems.attempt(() -> unitCode("--issuer", issuer));
            DraftDecisionCommand command = by == null ? null
                    : problems.attempt(() -> new DraftDecisionCommand(caller(), by, year, title, refs, list));
            problems.refuseIfAny();
            show(run(s -> new DraftDecision(s.units(), s.decisions()).draft(command)));
            return 0;
        }

        private static <T> void add(List<T> to, T made) {
            if (made != null) {
                to.add(made);
            }
        }

        /** The date, or null with the problem added to {@code problems}. */
        private static LocalDate date(vn.chitieu.common.InputProblems problems, String option, String text) {
            try {
                return LocalDate.parse(text.strip());
            } catch (java.time.format.DateTimeParseException e) {
                problems.add(InputProblem.at(null, 0, option, text, "not a date (yyyy-MM-dd)"));
                return null;
            }
        }

        private static UnitCode unitCode(String option, String text) {
            try {
                return UnitCode.of(text.strip());
            } catch (IllegalArgumentException e) {
                throw new vn.chitieu.common.InvalidInputException(InputProblem.at(null, 0, option, text, "not a unit code"));
            }
        }
    }

    @Command(name = "set-targets", mixinStandardHelpOptions = true,
            description = {"Sets the targets of a draft from a targets.csv file (unit,indicator,period,target[,reason]),",
                "all or nothing: every bad row is listed and nothing changes."})
    static final class TargetsFileCommand extends Base {
        @Parameters(index = "0", paramLabel = "ID|NUMBER") String ref;
        @Parameters(index = "1", paramLabel = "FILE") Path file;
        @Inject private TableFiles files;

        @Override
        public Integer call() {
            out.format();
            var table = files.read(file);
            show(run(s -> {
                Decision d = new ReadDecision(s.units(), s.decisions()).read(caller(), ref).decision();
                return new SetTargets(s.units(), s.decisions(), IndicatorCatalogue.builtIn())
                        .set(new SetTargetsCommand(caller(), d.id(), d.version(), table, List.of()));
            }));
            return 0;
        }
    }

    @Command(name = "issue", mixinStandardHelpOptions = true,
            description = "Issues a draft under its official number; refused (exit 1) when it conflicts with an issued decision.")
    static final class IssueCommand extends Base {
        @Parameters(index = "0", paramLabel = "ID") String ref;
        @Option(names = "--number", required = true, paramLabel = "NUMBER", description = "e.g. 3086/QĐ-UBND") String number;
        @Option(names = "--signer", paramLabel = "NAME") String signer;
        @Option(names = "--date", required = true, paramLabel = "DATE", description = "the signing date, e.g. 2022-05-20")
        LocalDate date;

        @Override
        public Integer call() {
            out.format();
            show(run(s -> {
                Decision d = new ReadDecision(s.units(), s.decisions()).read(caller(), ref).decision();
                return new IssueDecision(s.units(), s.decisions(), s.minimums()).issue(new IssueDecisionCommand(caller(), d.id(),
                        d.version(), number, signer, date));
            }));
            return 0;
        }
    }

    @Command(name = "amend", mixinStandardHelpOptions = true,
            description = "A new draft amending an issued decision (a copy linked to it); issue it to replace the old one.")
    static final class AmendCommand extends Base {
        @Parameters(index = "0", paramLabel = "ID|NUMBER") String ref;
        @Option(names = "--supersede", description = "A new, empty draft that replaces the decision entirely instead.")
        boolean supersede;

        @Override
        public Integer call() {
            out.format();
            show(run(s -> {
                Decision d = new ReadDecision(s.units(), s.decisions()).read(caller(), ref).decision();
                AmendDecision amending = new AmendDecision(s.units(), s.decisions());
                return supersede ? amending.supersede(caller(), d.id(), null) : amending.amend(caller(), d.id());
            }));
            return 0;
        }
    }

    @Command(name = "withdraw", mixinStandardHelpOptions = true, description = "Withdraws a draft (it stays stored, WITHDRAWN).")
    static final class WithdrawCommand extends Base {
        @Parameters(index = "0", paramLabel = "ID") String ref;
        @Option(names = "--reason", paramLabel = "TEXT") String reason;

        @Override
        public Integer call() {
            out.format();
            show(run(s -> {
                Decision d = new ReadDecision(s.units(), s.decisions()).read(caller(), ref).decision();
                return new WithdrawDecision(s.units(), s.decisions()).withdraw(caller(), d.id(), d.version(), reason);
            }));
            return 0;
        }
    }

    @Command(name = "tasks", mixinStandardHelpOptions = true,
            description = {"The decision's tasks, one row per assignee: DONE (its own decision for the year issued by",
                "the deadline), DONE_LATE, PENDING, OVERDUE; the overdue ones are listed first."})
    static final class TasksCommand extends Base {
        @Parameters(index = "0", paramLabel = "ID|NUMBER") String ref;
        @Option(names = "--as-of", paramLabel = "DATE", description = "default: today (Asia/Ho_Chi_Minh)") LocalDate asOf;

        @Override
        public Integer call() {
            out.format();
            DecisionTasks.Progress p = run(s -> {
                Decision d = new ReadDecision(s.units(), s.decisions()).read(caller(), ref).decision();
                return new DecisionTasks(s.units(), s.decisions()).tasks(caller(), d.id(), asOf);
            });
            List<TaskProgress.Row> rows = new ArrayList<>(p.overdue());
            p.rows().stream().filter(r -> r.state() != TaskProgress.State.OVERDUE).forEach(rows::add);
            List<ReportColumn> columns = List.of(new ReportColumn("task", "Nhiệm vụ", "Task", ColumnType.COUNT),
                    col("unit", "Đơn vị", "Unit"), col("deadline", "Hạn", "Deadline"), col("state", "Tình trạng", "State"),
                    col("doneBy", "Quyết định", "Decision"), col("doneOn", "Ngày ký", "Signed on"));
            List<List<Object>> table = new ArrayList<>();
            List<TaskDocument> json = new ArrayList<>();
            for (TaskProgress.Row r : rows) {
                String by = r.doneBy() == null ? "" : r.doneBy().number().orElse(r.doneBy().id().toString());
                String on = r.doneBy() == null ? "" : r.doneBy().signedOn().map(Object::toString).orElse("");
                table.add(java.util.Arrays.asList(r.task(), r.unit().value(), r.of().deadline().toString(),
                        r.state(), by, on));
                json.add(new TaskDocument(r.task(), r.of().text(), r.unit().value(), r.of().deadline().toString(),
                        r.state().name(), by.isEmpty() ? null : by, on.isEmpty() ? null : on));
            }
            TasksDocument doc = new TasksDocument(p.decision().id().toString(), p.asOf().toString(), p.overdue().size(),
                    json);
            output.emit(out, Report.simple("Tiến độ nhiệm vụ, ngày " + p.asOf() + ": " + p.overdue().size() + " quá hạn",
                    "Tasks as of " + p.asOf() + ": " + p.overdue().size() + " overdue", columns, table), doc);
            return 0;
        }
    }

    /** The JSON document of {@code decision tasks}: the tasks' rows, overdue first. */
    record TasksDocument(String decision, String asOf, int overdue, List<TaskDocument> rows) {
    }

    /** A task and one of its assignees: its state, and the decision that did it (number or id) and its date. */
    record TaskDocument(int task, String text, String unit, String deadline, String state, String doneBy,
            String doneOn) {
    }

    private static ReportColumn col(String key, String vi, String en) {
        return new ReportColumn(key, vi, en, ColumnType.TEXT);
    }

    /** A group's printed label; one made of kind codes (DISTRICT, COMMUNE+WARD) reads as the kinds' names. */
    static String groupName(String label, Lang lang) {
        String[] parts = label.split("\\s*[+,]\\s*");
        List<String> names = new ArrayList<>();
        for (String part : parts) {
            java.util.Optional<vn.chitieu.unit.UnitKind> kind = vn.chitieu.unit.UnitKind.parse(part);
            if (kind.isEmpty()) {
                return label;
            }
            names.add(lang.label(kind.get()));
        }
        return String.join(", ", names);
    }

    /** The decision's targets, its legal bases, tasks and links as notes in {@code lang}. */
    static Report report(Decision d, Lang lang) {
        boolean en = lang == Lang.EN;
        List<ReportColumn> columns = List.of(col("unit", "Đơn vị / nhóm", "Unit / group"),
                col("indicator", "Chỉ tiêu", "Indicator"), col("period", "Kỳ", "Period"),
                new ReportColumn("target", "Mức giao", "Target", ColumnType.DECIMAL),
                col("unitOfMeasure", "Đơn vị tính", "Unit of measure"), col("lead", "Chủ trì", "Lead"),
                col("coordinating", "Phối hợp", "Coordinating"), col("legalBasis", "Căn cứ", "Legal basis"));
        List<List<Object>> rows = new ArrayList<>();
        for (Assignment a : d.assignments()) {
            rows.add(java.util.Arrays.asList(a.unit().value(), a.indicator(), a.period(), a.target(),
                    text(a.unitOfMeasure()), name(a.leadUnit(), a.leadUnitName()),
                    name(a.coordinatingUnit(), a.coordinatingUnitName()), text(a.legalBasis())));
        }
        for (GroupAssignment g : d.groupAssignments()) {
            rows.add(java.util.Arrays.asList(g.group().label(), g.indicator(), g.period(), g.target(),
                    text(g.unitOfMeasure()), name(g.leadUnit(), g.leadUnitName()),
                    name(g.coordinatingUnit(), g.coordinatingUnitName()), text(g.legalBasis())));
        }
        List<String> notes = new ArrayList<>();
        d.legalBases().forEach(b -> notes.add((en ? "Legal basis: " : "Căn cứ: ") + (b.number() == null ? "" : b.number() + " ")
                + (b.date() == null ? "" : (en ? "of " : "ngày ") + b.date() + " ") + (b.title() == null ? "" : b.title())
                + (b.decision() == null ? "" : " [" + b.decision() + "]")));
        d.tasks().forEach(t -> notes.add((en ? "Task: " : "Nhiệm vụ: ") + t.text() + " — " + (t.unit() != null
                ? t.unit().value() : groupName(t.group().label(), lang)) + (en ? ", by " : ", hạn ") + t.deadline()));
        d.amends().ifPresent(id -> notes.add((en ? "Amends decision " : "Sửa đổi quyết định ") + id));
        d.supersedes().ifPresent(id -> notes.add((en ? "Supersedes decision " : "Thay thế quyết định ") + id));
        String head = d.number().orElse("dự thảo") + " — " + d.title() + " (" + d.issuer() + ", " + d.year() + ", "
                + vn.chitieu.common.Texts.label(d.status(), vn.chitieu.common.Texts.VI).toLowerCase(java.util.Locale.ROOT)
                + ", phiên bản " + d.version() + ", " + d.id() + ")";
        String headEn = d.number().orElse("draft") + " — " + d.title() + " (" + d.issuer() + ", " + d.year() + ", "
                + vn.chitieu.common.Texts.label(d.status(), vn.chitieu.common.Texts.EN) + ", v" + d.version() + ", " + d.id() + ")";
        return new Report(head, headEn, columns, List.of(new ReportSection(null, null, rows)), null, notes);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String name(UnitCode code, String printed) {
        return code != null ? code.value() : text(printed);
    }

    /** The JSON document of a decision: what it is, its unit and group targets, legal bases and tasks. */
    record DecisionDocument(String id, String number, String issuer, int year, String title, String signer,
            String signedOn, String status, long version, String amends, String supersedes,
            List<TargetDocument> assignments, List<GroupTargetDocument> groupAssignments,
            List<LegalBasisDocument> legalBases, List<DecisionTaskDocument> tasks) {
    }

    /** A unit's target; the lead and coordinating units as codes, else as printed. */
    record TargetDocument(String unit, String indicator, String period, BigDecimal target, String unitOfMeasure,
            String leadUnit, String coordinatingUnit, String legalBasis, String reason) {
    }

    /** A group's target: its printed label, its kinds (sorted), whether it is the issuer itself. */
    record GroupTargetDocument(String group, List<String> kinds, boolean issuer, String indicator, String period,
            BigDecimal target, String unitOfMeasure, String leadUnit, String coordinatingUnit, String legalBasis) {
    }

    /** A legal basis; {@code decision} is the stored decision of that number, if any. */
    record LegalBasisDocument(String number, String date, String issuer, String title, String decision) {
    }

    /** A task, for a unit or for a group. */
    record DecisionTaskDocument(String text, String unit, String group, String deadline) {
    }

    static DecisionDocument document(Decision d) {
        return new DecisionDocument(d.id().toString(), d.number().orElse(null), d.issuer().value(), d.year(), d.title(),
                d.signer().orElse(null), d.signedOn().map(Object::toString).orElse(null), d.status().name(),
                d.version(), d.amends().map(Object::toString).orElse(null),
                d.supersedes().map(Object::toString).orElse(null),
                d.assignments().stream().map(a -> new TargetDocument(a.unit().value(), a.indicator().value(),
                        a.period().toString(), a.target(), a.unitOfMeasure(), name(a.leadUnit(), a.leadUnitName()),
                        name(a.coordinatingUnit(), a.coordinatingUnitName()), a.legalBasis(), a.reason())).toList(),
                d.groupAssignments().stream().map(g -> new GroupTargetDocument(g.group().label(),
                        g.group().kinds().stream().map(Enum::name).sorted().toList(), g.group().issuer(),
                        g.indicator().value(), g.period().toString(), g.target(), g.unitOfMeasure(),
                        name(g.leadUnit(), g.leadUnitName()), name(g.coordinatingUnit(), g.coordinatingUnitName()),
                        g.legalBasis())).toList(),
                d.legalBases().stream().map(b -> new LegalBasisDocument(b.number(),
                        b.date() == null ? null : b.date().toString(), b.issuer(), b.title(),
                        b.decision() == null ? null : b.decision().toString())).toList(),
                d.tasks().stream().map(t -> new DecisionTaskDocument(t.text(),
                        t.unit() == null ? null : t.unit().value(), t.group() == null ? null : t.group().label(),
                        t.deadline().toString())).toList());
    }
}

package vn.chitieu.http;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import vn.chitieu.audit.AuditEntry;
import vn.chitieu.common.InputProblem;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DocumentReference;
import vn.chitieu.decision.GroupAssignment;
import vn.chitieu.decision.Task;
import vn.chitieu.decision.UnitGroup;
import vn.chitieu.port.out.ImportSummary;
import vn.chitieu.unit.Unit;

/** Domain objects to their {@code *Json} views; no domain type is serialized directly. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface DomainMapper extends ValueTexts {

    UnitJson toJson(Unit unit);

    AssignmentJson toJson(Assignment assignment);

    AuditEntryJson toJson(AuditEntry entry);

    ImportSummaryJson toJson(ImportSummary summary);

    @Mapping(target = "field", expression = "java(problem.column() == null ? \"body\" : problem.column())")
    @Mapping(target = "message", source = "reason")
    @Mapping(target = "line", expression = "java(problem.line() > 0 ? problem.line() : null)")
    FieldErrorJson toJson(InputProblem problem);

    TaskJson toJson(Task task);

    GroupAssignmentJson toJson(GroupAssignment assignment);

    /**
     * The decision with only the assignments in {@code visible} and the group targets in {@code groups}. By
     * hand: a decision is an entity with fluent accessors and optional fields, which MapStruct does not read as
     * properties.
     */
    default DecisionJson toJson(Decision decision, List<Assignment> visible, List<GroupAssignment> groups) {
        return new DecisionJson(decision.id().toString(), decision.number().orElse(null), decision.issuer().value(),
                decision.year(), decision.title(), decision.signer().orElse(null), decision.signedOn().orElse(null),
                decision.status().name(), decision.version(), visible.stream().map(this::toJson).toList(),
                groups.stream().map(this::toJson).toList(),
                decision.legalBases().stream().map(this::toJson).toList(),
                decision.tasks().stream().map(this::toJson).toList(),
                decision.amends().map(Object::toString).orElse(null),
                decision.supersedes().map(Object::toString).orElse(null));
    }

    default LegalBaseJson toJson(DocumentReference r) {
        return new LegalBaseJson(r.number(), r.date(), r.issuer(), r.title(),
                r.decision() == null ? null : r.decision().toString());
    }

    default UnitGroupJson toJson(UnitGroup g) {
        return g == null ? null : new UnitGroupJson(g.label(), g.kinds().stream().map(Enum::name).sorted().toList(),
                g.issuer());
    }
}

package vn.chitieu.http;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import vn.chitieu.audit.AuditEntry;
import vn.chitieu.common.InputProblem;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
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

    /**
     * The decision with only the assignments in {@code visible}. By hand: a decision is an entity
     * with fluent accessors and optional fields, which MapStruct does not read as properties.
     */
    default DecisionJson toJson(Decision decision, List<Assignment> visible) {
        return new DecisionJson(decision.id().toString(), decision.number().orElse(null), decision.issuer().value(),
                decision.year(), decision.title(), decision.signer().orElse(null), decision.signedOn().orElse(null),
                decision.status().name(), decision.version(), visible.stream().map(this::toJson).toList());
    }
}

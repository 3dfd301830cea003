package vn.chitieu.http;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import vn.chitieu.allocation.CascadePlan;
import vn.chitieu.allocation.ChildTarget;

/** Cascade plans to their JSON view. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface CascadeMapper extends ValueTexts {

    CascadeJson toJson(CascadePlan plan);

    // a row holds its child; its inputs are shown beside the solver's figures
    @Mapping(target = "unit", source = "child.unit")
    @Mapping(target = "name", source = "child.name")
    @Mapping(target = "kind", source = "child.kind")
    @Mapping(target = "weight", source = "child.weight")
    @Mapping(target = "baseline", source = "child.baseline")
    @Mapping(target = "readiness", source = "child.readiness")
    CascadeRowJson toJson(ChildTarget row);
}

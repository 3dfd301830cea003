package vn.chitieu.http;

import org.mapstruct.Mapper;
import vn.chitieu.allocation.CascadePlan;
import vn.chitieu.allocation.ChildTarget;
import vn.chitieu.unit.UnitCode;

/** Cascade plans to their JSON view. */
@Mapper
public interface CascadeMapper {

    CascadeJson toJson(CascadePlan plan);

    CascadeRowJson toJson(ChildTarget row);

    default String code(UnitCode code) {
        return code == null ? null : code.value();
    }
}

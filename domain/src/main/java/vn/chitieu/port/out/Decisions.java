package vn.chitieu.port.out;

import java.util.List;
import java.util.Optional;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionId;

/** Storage of decisions and their assignments. */
public interface Decisions {

    Optional<Decision> findById(DecisionId id);

    List<Decision> findByYear(int year);
}

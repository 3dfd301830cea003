package vn.chitieu.http;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision with the targets the caller may see; {@code version} is also its ETag; {@code amends} /
 * {@code supersedes} the id of the issued decision it replaces.
 */
public record DecisionJson(String id, String number, String issuer, int year, String title, String signer,
        LocalDate signedOn, String status, long version, List<AssignmentJson> assignments,
        List<GroupAssignmentJson> groupAssignments, List<LegalBaseJson> legalBases, List<TaskJson> tasks,
        String amends, String supersedes) {
}

package vn.chitieu.persistence.contract;

import vn.chitieu.port.out.AccessTokens;
import vn.chitieu.port.out.AuditLog;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.port.out.ImportBatches;
import vn.chitieu.port.out.Results;
import vn.chitieu.port.out.Units;

/**
 * One storage implementation as the contract suites see it: its ports over one, empty, store.
 * A team adding an implementation returns a fresh one of these from each suite's
 * {@code freshStorage()}.
 */
public interface StorageUnderTest {

    Units units();

    Decisions decisions();

    Results results();

    AuditLog auditLog();

    ImportBatches importBatches();

    AccessTokens accessTokens();
}

package vn.chitieu.application;

import vn.chitieu.access.Caller;
import vn.chitieu.audit.Actor;

/** How the audit log names who made a change. */
public final class Actors {

    private Actors() {
    }

    /** A token's caller: its id, role and scope, never its secret. */
    public static Actor of(Caller caller) {
        return Actor.of("token " + caller.tokenId() + " (" + caller.role()
                + (caller.scope() == null ? "" : " " + caller.scope().value()) + ")");
    }
}

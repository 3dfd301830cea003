package vn.chitieu.access;

/**
 * What a token may do. ADMIN: everything, everywhere. EDITOR: read and write within its unit's
 * subtree. VIEWER: read within its unit's subtree.
 */
public enum Role {
    ADMIN,
    EDITOR,
    VIEWER;

    public boolean mayWrite() {
        return this != VIEWER;
    }
}

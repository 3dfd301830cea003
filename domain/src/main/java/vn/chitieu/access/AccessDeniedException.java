package vn.chitieu.access;

/** The caller is known but may not do this: a unit outside its subtree, or an ADMIN-only action. */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}

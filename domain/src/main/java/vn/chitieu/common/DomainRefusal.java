package vn.chitieu.common;

/**
 * Well-formed input that a domain rule refuses (an infeasible cascade, a target below a legal
 * minimum, editing an issued decision). Adapters map it to exit code 1 (CLI) or 409/422 (HTTP).
 */
public abstract class DomainRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected DomainRefusal(String message) {
        super(message);
    }

    /** A stable upper-case code for machines, e.g. {@code INFEASIBLE_TARGET}. */
    public abstract String code();
}

package vn.chitieu.common;

/** What a request names does not exist (a unit, an indicator): adapters answer 404. */
public class NotFoundException extends DomainRefusal {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "NOT_FOUND";
    }
}

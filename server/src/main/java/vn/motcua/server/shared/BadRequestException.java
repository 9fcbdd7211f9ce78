package vn.motcua.server.shared;

/** Input that passed the bean constraints but is still wrong (e.g. a service area of another office). */
public class BadRequestException extends RuntimeException {

    private final String field;

    public BadRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

package vn.motcua.server.shared;

/** An id that names nothing this server knows; answered as 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super("No " + what + " with id " + id);
    }
}

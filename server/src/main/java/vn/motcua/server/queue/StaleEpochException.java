package vn.motcua.server.queue;

/**
 * The command ran in Redis under an epoch that a rebuild has since replaced: its effect is not in the
 * rebuilt state, so it must not enter the record either.
 */
class StaleEpochException extends RuntimeException {

    StaleEpochException(long officeId, long epoch) {
        super("Office " + officeId + " was rebuilt after a command of epoch " + epoch + " ran", null, false, false);
    }
}

package vn.motcua.server.queue;

/**
 * The record refuses a command Redis applied, because a rebuild has since replaced the live state it was
 * decided on (the office's epoch moved on). The command is undone: its effect is not in the rebuilt state.
 */
class RecordRefusedException extends RuntimeException {

    RecordRefusedException(String reason) {
        super(reason, null, false, false);
    }
}

package vn.motcua.server.embedded;

import java.util.List;

/** A start without what a real installation needs; the message names each setting to add. */
class MissingSettingsException extends IllegalStateException {

    static final String EMBEDDED_HINT = "For a one-machine demo on embedded PostgreSQL and Redis with demo data, "
            + "start with MOTCUA_EMBEDDED=true (or --motcua.embedded=true), as ./run.sh does.";

    private final List<String> missing;

    MissingSettingsException(List<String> missing) {
        super("The server cannot start without " + String.join("; ", missing) + ". " + EMBEDDED_HINT);
        this.missing = List.copyOf(missing);
    }

    List<String> missing() {
        return missing;
    }
}

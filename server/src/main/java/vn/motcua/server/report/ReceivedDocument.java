package vn.motcua.server.report;

import java.util.Objects;

/** One line of "Thành phần hồ sơ": a paper handed in at the counter. */
public record ReceivedDocument(String name, Form form, int count) {

    public enum Form {
        ORIGINAL,
        CERTIFIED_COPY,
        COPY
    }

    public ReceivedDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(form, "form");
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive, was " + count);
        }
    }
}

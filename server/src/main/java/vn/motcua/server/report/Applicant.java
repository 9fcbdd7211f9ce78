package vn.motcua.server.report;

import java.util.Objects;

/** The person or organisation a dossier belongs to; phone and email may be null. */
public record Applicant(String name, String address, String phone, String email) {

    public Applicant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
    }
}

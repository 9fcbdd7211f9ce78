package vn.motcua.client.api;

import java.util.List;

/**
 * The person or organisation submitting a dossier; phone and email may be null. {@code notifyBy} lists the channels
 * the applicant asked to be told of the dossier's news on (empty or null: none; SMS and ZALO need the phone, EMAIL the
 * email), {@code notifyLanguage} the language of those messages ({@code vi}, the default, or {@code en}).
 */
public record DossierApplicant(
        String name,
        String idNumber,
        String address,
        String phone,
        String email,
        List<NotificationChannel> notifyBy,
        String notifyLanguage) {

    /** An applicant who asked for no messages. */
    public DossierApplicant(String name, String idNumber, String address, String phone, String email) {
        this(name, idNumber, address, phone, email, List.of(), "vi");
    }
}

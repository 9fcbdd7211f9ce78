package vn.motcua.server.dossier;

import java.util.List;
import java.util.Locale;
import vn.motcua.client.api.NotificationChannel;

/**
 * How the applicant of a dossier asked to be told of it: only the channels they chose ({@code notifyBy}, each with the
 * phone or email it needs, checked at registration), in their language. {@code lookupUrl} is the dossier's public
 * status page, which shows a masked name only.
 */
public record DossierContact(
        long officeId,
        String code,
        String phone,
        String email,
        List<NotificationChannel> notifyBy,
        Locale language,
        String lookupUrl) {}

package vn.motcua.counter.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.motcua.client.ApiException;
import vn.motcua.counter.shared.Messages;
import vn.motcua.counter.shared.Refusals;

/** The dossier screens' shared wording: dates as Vietnamese offices write them, and refusals as sentences. */
final class DossierTexts {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("HH:mm, dd/MM/yyyy");

    private DossierTexts() {}

    /**
     * A dossier refusal reads in dossier terms (the queue's NOT_FOUND speaks of tickets); anything else as the
     * rest of the console says it.
     */
    static String refusalKey(ApiException e) {
        String own = "dossier.error." + e.code();
        return e.code() != null && !e.unreachable() && Messages.has(own) ? own : Refusals.key(e);
    }

    static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    static String dayTime(LocalDateTime at) {
        return at == null ? "" : DAY_TIME.format(at);
    }

    static String dayTime(Instant at, ZoneId zone) {
        return at == null ? "" : DAY_TIME.format(at.atZone(zone));
    }
}

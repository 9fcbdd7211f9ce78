package vn.motcua.server.report;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import vn.motcua.client.api.PriorityGroup;

/**
 * What the kiosk prints on an 80 mm thermal receipt when a citizen takes a number.
 *
 * @param priority    the priority group the citizen chose at the kiosk, or null for a regular ticket
 * @param positionUrl public page showing the ticket's place in the queue; encoded in the QR code
 * @param locale      language of the labels; the other language is printed as a subtitle
 */
public record TicketSlip(
        String officeName,
        String ticketNumber,
        String serviceAreaName,
        PriorityGroup priority,
        LocalDateTime issuedAt,
        int waitingAhead,
        int estimatedWaitMinutes,
        String positionUrl,
        Locale locale) {

    public TicketSlip {
        Objects.requireNonNull(officeName, "officeName");
        Objects.requireNonNull(ticketNumber, "ticketNumber");
        Objects.requireNonNull(serviceAreaName, "serviceAreaName");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(positionUrl, "positionUrl");
        Objects.requireNonNull(locale, "locale");
        if (waitingAhead < 0 || estimatedWaitMinutes < 0) {
            throw new IllegalArgumentException("negative waiting figures");
        }
    }

    public TicketSlip(
            String officeName,
            String ticketNumber,
            String serviceAreaName,
            LocalDateTime issuedAt,
            int waitingAhead,
            int estimatedWaitMinutes,
            String positionUrl) {
        this(
                officeName,
                ticketNumber,
                serviceAreaName,
                null,
                issuedAt,
                waitingAhead,
                estimatedWaitMinutes,
                positionUrl,
                Labels.VIETNAMESE);
    }
}

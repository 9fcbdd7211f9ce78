package vn.motcua.server.queue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import vn.motcua.server.shared.NotFoundException;
import vn.motcua.server.shared.RefusedException;

/** Turns queue.lua's refusals into problem responses with a stable code the apps translate. */
final class QueueRefusals {

    private QueueRefusals() {}

    static RuntimeException of(ScriptReply.Refused refused) {
        String code = refused.refusal().name();
        Map<String, Object> details = details(refused);
        return switch (refused.refusal()) {
            case NOT_FOUND -> new NotFoundException("ticket", "given");
            case DAILY_LIMIT ->
                new RefusedException(
                        HttpStatus.CONFLICT, code, "This service area has handed out all of today's tickets", details);
            case QUEUE_EMPTY -> new RefusedException(HttpStatus.CONFLICT, code, "Nobody is waiting for this counter");
            case COUNTER_BUSY ->
                new RefusedException(
                        HttpStatus.CONFLICT,
                        code,
                        "The counter still holds a ticket: finish, transfer, park or mark it as no-show first",
                        details);
            case COUNTER_PAUSED -> new RefusedException(HttpStatus.CONFLICT, code, "The counter is paused", details);
            case NOT_PAUSED -> new RefusedException(HttpStatus.CONFLICT, code, "The counter is not paused");
            case NO_CURRENT_TICKET -> new RefusedException(HttpStatus.CONFLICT, code, "The counter holds no ticket");
            case WRONG_STATE ->
                new RefusedException(
                        HttpStatus.CONFLICT,
                        code,
                        "The ticket is " + refused.status() + ", which does not allow this",
                        details);
            case NOT_SERVED_HERE ->
                new RefusedException(
                        HttpStatus.CONFLICT, code, "This counter does not serve that ticket's service area");
            case NOT_PARKED_HERE ->
                new RefusedException(HttpStatus.CONFLICT, code, "That ticket is not parked at this counter");
        };
    }

    /** The refusal's details as problem properties, under the names the apps read. */
    private static Map<String, Object> details(ScriptReply.Refused refused) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (refused.status() != null) {
            details.put("status", refused.status());
        }
        if (refused.reason() != null) {
            details.put("reason", refused.reason());
        }
        if (refused.ticket() != null) {
            details.put("ticket", refused.ticket());
        }
        if (refused.limit() != null) {
            details.put("limit", refused.limit());
        }
        return details;
    }
}

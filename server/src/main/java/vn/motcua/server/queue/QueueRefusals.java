package vn.motcua.server.queue;

import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import vn.motcua.server.shared.NotFoundException;
import vn.motcua.server.shared.RefusedException;

/** Turns queue.lua's refusal codes into problem responses with a stable code the apps translate. */
final class QueueRefusals {

    private QueueRefusals() {}

    static RuntimeException of(String code, Map<String, Object> result) {
        Map<String, Object> details = new HashMap<>(result);
        details.remove("error");
        return switch (code) {
            case "NOT_FOUND" -> new NotFoundException("ticket", "given");
            case "DAILY_LIMIT" ->
                new RefusedException(
                        HttpStatus.CONFLICT, code, "This service area has handed out all of today's tickets", details);
            case "QUEUE_EMPTY" -> new RefusedException(HttpStatus.CONFLICT, code, "Nobody is waiting for this counter");
            case "COUNTER_BUSY" ->
                new RefusedException(
                        HttpStatus.CONFLICT,
                        code,
                        "The counter still holds a ticket: finish, transfer, park or mark it as no-show first",
                        details);
            case "COUNTER_PAUSED" -> new RefusedException(HttpStatus.CONFLICT, code, "The counter is paused", details);
            case "NOT_PAUSED" -> new RefusedException(HttpStatus.CONFLICT, code, "The counter is not paused");
            case "NO_CURRENT_TICKET" -> new RefusedException(HttpStatus.CONFLICT, code, "The counter holds no ticket");
            case "WRONG_STATE" ->
                new RefusedException(
                        HttpStatus.CONFLICT,
                        code,
                        "The ticket is " + details.get("status") + ", which does not allow this",
                        details);
            case "NOT_SERVED_HERE" ->
                new RefusedException(
                        HttpStatus.CONFLICT, code, "This counter does not serve that ticket's service area");
            case "NOT_PARKED_HERE" ->
                new RefusedException(HttpStatus.CONFLICT, code, "That ticket is not parked at this counter");
            default -> new IllegalStateException("Unexpected answer from the queue engine: " + code);
        };
    }
}

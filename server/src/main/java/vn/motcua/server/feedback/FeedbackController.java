package vn.motcua.server.feedback;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.FeedbackAnswer;
import vn.motcua.client.api.FeedbackChannel;
import vn.motcua.client.api.FeedbackRequest;
import vn.motcua.client.api.FeedbackState;
import vn.motcua.client.api.FeedbackStatus;
import vn.motcua.client.api.FeedbackView;
import vn.motcua.client.api.Role;
import vn.motcua.server.security.Access;
import vn.motcua.server.security.Caller;
import vn.motcua.server.shared.NotFoundException;

@RestController
@Tag(name = "feedback", description = "Feedback and complaints (phản ánh, kiến nghị) about an office's service")
class FeedbackController {

    private final Feedbacks feedbacks;
    private final FilingThrottle throttle;
    private final Access access;

    FeedbackController(Feedbacks feedbacks, FilingThrottle throttle, Access access) {
        this.feedbacks = feedbacks;
        this.throttle = throttle;
        this.access = access;
    }

    @PostMapping("/api/v1/public/offices/{officeId}/feedback")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "File feedback about the office from the public page",
            description = "Callers: anyone, without sign-in. Returns the reference to follow it with. 400 naming the "
                    + "field for bad input; 429 with Retry-After after "
                    + FilingThrottle.FREE_PER_ADDRESS
                    + " filings from one address within a day.")
    FeedbackStatus filePublicly(
            @PathVariable long officeId, @Valid @RequestBody FeedbackRequest request, HttpServletRequest http) {
        throttle.check(http.getRemoteAddr());
        FeedbackStatus filed = feedbacks.file(officeId, request, FeedbackChannel.WEB);
        throttle.filed(http.getRemoteAddr());
        return filed;
    }

    @PostMapping("/api/v1/offices/{officeId}/feedback")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "File feedback at a kiosk or at a counter",
            description = "Callers: a KIOSK of the office (channel KIOSK), a RATING_TABLET, CLERK, HEAD or ADMIN "
                    + "of the office (channel COUNTER). 400 naming the field for bad input.")
    FeedbackStatus fileInOffice(@PathVariable long officeId, @Valid @RequestBody FeedbackRequest request) {
        Caller caller = access.require(officeId, Role.KIOSK, Role.RATING_TABLET, Role.CLERK, Role.HEAD, Role.ADMIN);
        FeedbackChannel channel = caller.holds(officeId, Role.KIOSK) ? FeedbackChannel.KIOSK : FeedbackChannel.COUNTER;
        return feedbacks.file(officeId, request, channel);
    }

    @GetMapping("/api/v1/public/offices/{officeId}/feedback/{reference}")
    @Operation(
            summary = "Follow feedback with its reference: received, due, and the answer once given",
            description = "Callers: anyone with the reference. 404 for an unknown one. No contact detail is shown.")
    FeedbackStatus status(@PathVariable long officeId, @PathVariable String reference) {
        return feedbacks.status(officeId, reference).orElseThrow(() -> new NotFoundException("feedback", reference));
    }

    @GetMapping("/api/v1/offices/{officeId}/feedback")
    @Operation(
            summary = "The office's feedback: open ones by due day (default), answered ones, or all",
            description = "Callers: HEAD or ADMIN of the office. state is OPEN, ANSWERED or ALL; at most 500.")
    List<FeedbackView> list(@PathVariable long officeId, @RequestParam(defaultValue = "OPEN") FeedbackState state) {
        access.require(officeId, Role.HEAD, Role.ADMIN);
        return feedbacks.list(officeId, state);
    }

    @PostMapping("/api/v1/offices/{officeId}/feedback/{id}/answer")
    @Operation(
            summary = "Answer feedback; the citizen is written to if they left an email address",
            description = "Callers: HEAD of the office. 409 ALREADY_ANSWERED when it has an answer; 404 for "
                    + "feedback of another office. publish puts the answer on the public page only where the citizen "
                    + "agreed to it.")
    FeedbackView answer(@PathVariable long officeId, @PathVariable long id, @Valid @RequestBody FeedbackAnswer answer) {
        Caller head = access.require(officeId, Role.HEAD);
        return feedbacks.answer(officeId, id, answer, head.id());
    }
}

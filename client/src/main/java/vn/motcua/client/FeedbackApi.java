package vn.motcua.client;

import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import vn.motcua.client.api.FeedbackAnswer;
import vn.motcua.client.api.FeedbackRequest;
import vn.motcua.client.api.FeedbackState;
import vn.motcua.client.api.FeedbackStatus;
import vn.motcua.client.api.FeedbackView;

/** Feedback and complaints (phản ánh, kiến nghị): filed at a kiosk or a counter, answered by the office's head. */
@HttpExchange
public interface FeedbackApi {

    /**
     * Files feedback as the signed-in kiosk (channel KIOSK) or tablet, clerk, head or admin (COUNTER); answers the
     * reference the citizen follows it with and the day the answer is due.
     */
    @PostExchange("/offices/{officeId}/feedback")
    FeedbackStatus fileFeedback(@PathVariable long officeId, @RequestBody FeedbackRequest feedback);

    /** For a HEAD or ADMIN: open ones by due day, answered ones the latest first, or all the latest first. */
    @GetExchange("/offices/{officeId}/feedback")
    List<FeedbackView> feedback(@PathVariable long officeId, @RequestParam FeedbackState state);

    /** For a HEAD; 409 ALREADY_ANSWERED when another answer came first. */
    @PostExchange("/offices/{officeId}/feedback/{id}/answer")
    FeedbackView answerFeedback(@PathVariable long officeId, @PathVariable long id, @RequestBody FeedbackAnswer answer);

    /** What the holder of a reference sees: received, due, and the answer once given; 404 for an unknown one. */
    @Anyone
    @GetExchange("/public/offices/{officeId}/feedback/{reference}")
    FeedbackStatus followFeedback(@PathVariable long officeId, @PathVariable String reference);
}

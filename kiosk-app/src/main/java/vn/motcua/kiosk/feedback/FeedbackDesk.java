package vn.motcua.kiosk.feedback;

import vn.motcua.client.api.FeedbackRequest;
import vn.motcua.client.api.FeedbackStatus;

/**
 * What the feedback screen asks of the server. Throws ApiException: 400 naming the faulty field, UNREACHABLE, or a
 * refusal of the kiosk itself.
 */
public interface FeedbackDesk {

    /** Files the feedback as this kiosk (channel KIOSK); answers the reference and where to follow it. */
    FeedbackStatus fileFeedback(FeedbackRequest feedback);
}

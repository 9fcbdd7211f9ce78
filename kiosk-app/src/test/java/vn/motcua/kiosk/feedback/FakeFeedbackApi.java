package vn.motcua.kiosk.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.FeedbackRequest;
import vn.motcua.client.api.FeedbackStatus;

/** Takes feedback as the server would, answering a fixed reference; refuses once on demand. */
public final class FakeFeedbackApi {

    public static final String REFERENCE = "PA-7KQ3M-X9T2D";
    public static final String FOLLOW_URL = "https://motcua.example.gov.vn/cong-khai/1/phan-anh/" + REFERENCE;

    public final List<FeedbackRequest> filed = new ArrayList<>();
    /** Thrown by the next filing, then forgotten. */
    public ApiException refusal;

    public FeedbackStatus fileFeedback(long officeId, FeedbackRequest feedback) {
        if (refusal != null) {
            ApiException thrown = refusal;
            refusal = null;
            throw thrown;
        }
        filed.add(feedback);
        return filed(feedback);
    }

    /** The answer to a filing: received now, due on 15/06/2026. */
    public static FeedbackStatus filed(FeedbackRequest feedback) {
        return new FeedbackStatus(
                REFERENCE,
                feedback.category(),
                Instant.now(),
                LocalDate.of(2026, 6, 15),
                false,
                null,
                null,
                FOLLOW_URL);
    }
}

package vn.motcua.counter.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.client.ApiException;
import vn.motcua.client.FeedbackApi;
import vn.motcua.client.api.FeedbackAnswer;
import vn.motcua.client.api.FeedbackCategory;
import vn.motcua.client.api.FeedbackChannel;
import vn.motcua.client.api.FeedbackRequest;
import vn.motcua.client.api.FeedbackState;
import vn.motcua.client.api.FeedbackStatus;
import vn.motcua.client.api.FeedbackView;

/** The office's feedback as the server keeps it, for view tests: listed and answered as the server does. */
public final class FakeFeedbackApi implements FeedbackApi {

    public final List<FeedbackView> feedback = new ArrayList<>();
    public final List<String> calls = new ArrayList<>();
    /** Thrown by the next answer, then forgotten. */
    public ApiException refusal;

    /** Open feedback received on {@code receivedAt} and due on {@code due}; overdue when {@code overdue}. */
    public FeedbackView open(
            long id,
            String reference,
            FeedbackCategory category,
            FeedbackChannel channel,
            String content,
            boolean publishConsent,
            String subject,
            Instant receivedAt,
            LocalDate due,
            boolean overdue) {
        FeedbackView f = new FeedbackView(
                id,
                reference,
                category,
                channel,
                content,
                "Nguyễn Thị Minh Khai",
                "0912 345 678",
                null,
                publishConsent,
                subject,
                receivedAt,
                due,
                overdue,
                null,
                null,
                false);
        feedback.add(f);
        return f;
    }

    @Override
    public FeedbackStatus fileFeedback(long officeId, FeedbackRequest request) {
        throw new UnsupportedOperationException("the counter-app's views do not file feedback");
    }

    @Override
    public List<FeedbackView> feedback(long officeId, FeedbackState state) {
        calls.add("feedback " + state);
        return feedback.stream()
                .filter(f -> state == FeedbackState.ALL || (f.answer() == null) == (state == FeedbackState.OPEN))
                .toList();
    }

    @Override
    public FeedbackView answerFeedback(long officeId, long id, FeedbackAnswer answer) {
        calls.add("answer " + id + " " + answer.publishes());
        if (refusal != null) {
            ApiException thrown = refusal;
            refusal = null;
            throw thrown;
        }
        FeedbackView f = feedback.stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        FeedbackView answered = new FeedbackView(
                f.id(),
                f.reference(),
                f.category(),
                f.channel(),
                f.content(),
                f.contactName(),
                f.phone(),
                f.email(),
                f.publishConsent(),
                f.subject(),
                f.receivedAt(),
                f.answerDueOn(),
                false,
                answer.answer(),
                Instant.now(),
                answer.publishes() && f.publishConsent());
        feedback.set(feedback.indexOf(f), answered);
        return answered;
    }

    @Override
    public FeedbackStatus followFeedback(long officeId, String reference) {
        throw new UnsupportedOperationException("the counter-app's views do not follow feedback");
    }
}

package vn.motcua.server.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.client.api.FeedbackCategory;
import vn.motcua.client.api.FeedbackChannel;
import vn.motcua.client.api.FeedbackRequest;
import vn.motcua.client.api.FeedbackState;
import vn.motcua.client.api.FeedbackView;

/** The feedback table, which only this module reads and writes. */
@Component
class FeedbackStore {

    private static final String COLUMNS = """
            id, reference, category, channel, content, contact_name, phone, email, publish_consent, subject_ref,
            received_at, answer_due_on, answer, answered_at, answer_public""";

    private final JdbcClient jdbc;

    FeedbackStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long officeId,
            String reference,
            FeedbackRequest request,
            FeedbackChannel channel,
            Instant receivedAt,
            LocalDate answerDueOn) {
        return jdbc.sql("""
                        insert into feedback (office_id, reference, category, channel, content, contact_name, phone,
                                              email, publish_consent, subject_ref, received_at, answer_due_on)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        officeId,
                        reference,
                        request.category().name(),
                        channel.name(),
                        request.content().strip(),
                        blankToNull(request.contactName()),
                        blankToNull(request.phone()),
                        blankToNull(request.email()),
                        request.publishes(),
                        blankToNull(request.subject()),
                        Timestamp.from(receivedAt),
                        answerDueOn)
                .query(Long.class)
                .single();
    }

    Optional<FeedbackView> find(long officeId, long id, LocalDate today) {
        return jdbc.sql("select " + COLUMNS + " from feedback where office_id = ? and id = ?")
                .params(officeId, id)
                .query((rs, n) -> view(rs, today))
                .optional();
    }

    Optional<FeedbackView> findByReference(long officeId, String reference, LocalDate today) {
        return jdbc.sql("select " + COLUMNS + " from feedback where office_id = ? and reference = ?")
                .params(officeId, reference)
                .query((rs, n) -> view(rs, today))
                .optional();
    }

    /** Open ones by their answer's due day, the oldest first; answered ones the latest answer first. */
    List<FeedbackView> list(long officeId, FeedbackState state, LocalDate today, int limit) {
        String where = switch (state) {
            case OPEN -> " and answer is null order by answer_due_on, received_at";
            case ANSWERED -> " and answer is not null order by answered_at desc";
            case ALL -> " order by received_at desc";
        };
        return jdbc.sql("select " + COLUMNS + " from feedback where office_id = ?" + where + " limit ?")
                .params(officeId, limit)
                .query((rs, n) -> view(rs, today))
                .list();
    }

    /** The answers that may be shown to anyone: the citizen agreed and the head chose to, the latest first. */
    List<FeedbackView> published(long officeId, LocalDate today, int limit) {
        return jdbc.sql("select " + COLUMNS + " from feedback where office_id = ? and answer_public"
                        + " order by answered_at desc limit ?")
                .params(officeId, limit)
                .query((rs, n) -> view(rs, today))
                .list();
    }

    /** False when it was answered already: one answer per feedback, the first one stands. */
    boolean answer(long officeId, long id, String answer, boolean publish, long answeredBy, Instant at) {
        return jdbc.sql("""
                        update feedback set answer = ?, answer_public = ? and publish_consent, answered_at = ?,
                                            answered_by = ?
                        where office_id = ? and id = ? and answer is null""")
                        .params(answer.strip(), publish, Timestamp.from(at), answeredBy, officeId, id)
                        .update()
                == 1;
    }

    private static FeedbackView view(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = rs.getObject("answer_due_on", LocalDate.class);
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        return new FeedbackView(
                rs.getLong("id"),
                rs.getString("reference"),
                FeedbackCategory.valueOf(rs.getString("category")),
                FeedbackChannel.valueOf(rs.getString("channel")),
                rs.getString("content"),
                rs.getString("contact_name"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getBoolean("publish_consent"),
                rs.getString("subject_ref"),
                rs.getTimestamp("received_at").toInstant(),
                due,
                answeredAt == null && today.isAfter(due),
                rs.getString("answer"),
                answeredAt == null ? null : answeredAt.toInstant(),
                rs.getBoolean("answer_public"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

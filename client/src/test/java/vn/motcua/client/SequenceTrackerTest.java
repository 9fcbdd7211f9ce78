package vn.motcua.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.client.SequenceTracker.Verdict;
import vn.motcua.client.api.QueueEvent;
import vn.motcua.client.api.QueueEventType;

class SequenceTrackerTest {

    private final SequenceTracker tracker = new SequenceTracker();

    @Test
    void before_the_first_snapshot_every_event_asks_for_one() {
        assertThat(tracker.accept(event(1, QueueEventType.ISSUED))).isEqualTo(Verdict.RESYNC);
    }

    @Test
    void the_next_number_is_applied_and_moves_the_sequence_on() {
        tracker.reset(10);

        assertThat(tracker.accept(event(11, QueueEventType.CALLED))).isEqualTo(Verdict.APPLY);
        assertThat(tracker.accept(event(12, QueueEventType.FINISHED))).isEqualTo(Verdict.APPLY);
        assertThat(tracker.current()).isEqualTo(12);
    }

    @Test
    void an_event_the_snapshot_already_contains_is_ignored() {
        tracker.reset(10);

        assertThat(tracker.accept(event(9, QueueEventType.CALLED))).isEqualTo(Verdict.IGNORE);
        assertThat(tracker.accept(event(10, QueueEventType.RESYNC))).isEqualTo(Verdict.IGNORE);
    }

    @Test
    void a_gap_or_a_rebuild_of_the_queues_asks_for_a_new_snapshot() {
        tracker.reset(10);

        assertThat(tracker.accept(event(13, QueueEventType.CALLED))).isEqualTo(Verdict.RESYNC);
        assertThat(tracker.accept(event(11, QueueEventType.RESYNC))).isEqualTo(Verdict.RESYNC);
        assertThat(tracker.current()).isEqualTo(10);
    }

    @Test
    void on_one_counter_s_topic_a_skipped_number_is_another_counter_s_event_and_the_next_is_applied() {
        SequenceTracker counter = new SequenceTracker(true);
        counter.reset(10);

        assertThat(counter.accept(event(13, QueueEventType.CALLED))).isEqualTo(Verdict.APPLY);
        assertThat(counter.accept(event(17, QueueEventType.FINISHED))).isEqualTo(Verdict.APPLY);
        assertThat(counter.accept(event(15, QueueEventType.STARTED))).isEqualTo(Verdict.IGNORE);
        assertThat(counter.accept(event(18, QueueEventType.RESYNC))).isEqualTo(Verdict.RESYNC);
        assertThat(counter.current()).isEqualTo(17);
    }

    private static QueueEvent event(long seq, QueueEventType type) {
        return new QueueEvent(1, seq, type, Instant.EPOCH, null, null, null, null, Map.of());
    }
}

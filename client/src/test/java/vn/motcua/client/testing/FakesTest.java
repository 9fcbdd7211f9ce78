package vn.motcua.client.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.client.QueueApi;
import vn.motcua.client.api.PauseRequest;

class FakesTest {

    /** A counter that only pauses, and says why. */
    static final class Pausing {

        final List<String> reasons = new ArrayList<>();

        void pause(long officeId, long counterId, PauseRequest pause) {
            reasons.add(officeId + "/" + counterId + " " + pause.reason());
        }

        static void pause(String unrelated) {}
    }

    /** Means QueueApi.pause but writes its short form, which the interface itself turns into the exchange. */
    static final class Misspelt {

        void pause(long officeId, long counterId, String reason) {}
    }

    @Test
    void an_exchange_the_fake_writes_is_answered_by_it_and_the_interface_s_short_form_goes_through_it() {
        Pausing fake = new Pausing();
        QueueApi queue = Fakes.of(QueueApi.class, fake);

        queue.pause(1, 21, new PauseRequest("Họp giao ban đầu tuần của Bộ phận Một cửa"));
        queue.pause(1, 22, "Nghỉ trưa theo lịch của Trung tâm Phục vụ hành chính công");

        assertThat(fake.reasons)
                .containsExactly(
                        "1/21 Họp giao ban đầu tuần của Bộ phận Một cửa",
                        "1/22 Nghỉ trưa theo lịch của Trung tâm Phục vụ hành chính công");
    }

    @Test
    void an_exchange_the_fake_does_not_write_is_refused_by_name() {
        QueueApi queue = Fakes.of(QueueApi.class, new Pausing());

        assertThatThrownBy(() -> queue.callNext(1, 21))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("QueueApi.callNext");
    }

    @Test
    void a_fake_method_named_as_an_exchange_with_other_parameters_is_refused_at_once() {
        assertThatThrownBy(() -> Fakes.of(QueueApi.class, new Misspelt()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pause");
    }
}

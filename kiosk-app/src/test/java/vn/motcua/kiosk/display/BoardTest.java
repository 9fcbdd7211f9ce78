package vn.motcua.kiosk.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.client.api.CallRecord;
import vn.motcua.client.api.QueueEvent;
import vn.motcua.client.api.QueueEventType;
import vn.motcua.client.api.TicketStatus;
import vn.motcua.client.api.TicketView;

class BoardTest {

    private static QueueEvent call(int n) {
        TicketView ticket = new TicketView(
                "t" + n,
                1,
                11,
                "A%03d".formatted(n),
                n,
                LocalDate.of(2026, 11, 26),
                null,
                TicketStatus.CALLED,
                31L,
                null,
                1,
                Instant.now(),
                Instant.now(),
                null,
                null);
        return new QueueEvent(1, n, QueueEventType.CALLED, Instant.now(), ticket, 31L, "Quầy 3", null, Map.of());
    }

    @Test
    void keepsOnlyTheLatestCallsThatFitOnTheScreen() {
        Board board = new Board();
        for (int n = 1; n <= Board.SHOWN_CALLS + 3; n++) {
            board.apply(call(n));
        }

        assertThat(board.state().calls()).hasSize(Board.SHOWN_CALLS);
        assertThat(board.state().calls().getFirst().code()).isEqualTo("A%03d".formatted(Board.SHOWN_CALLS + 3));
    }

    @Test
    void aCallWithoutACounterIsNotAnnounced() {
        QueueEvent event = call(1);
        QueueEvent noCounter =
                new QueueEvent(1, 1, QueueEventType.CALLED, Instant.now(), event.ticket(), null, null, null, null);

        assertThat(new Board().apply(noCounter)).isEmpty();
        assertThat(new Board().apply(event)).map(CallRecord::counterId).contains(31L);
    }
}

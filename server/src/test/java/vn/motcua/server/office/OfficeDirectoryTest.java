package vn.motcua.server.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;

@IntegrationTest
class OfficeDirectoryTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    OfficeDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    @Test
    void an_office_read_before_the_clock_was_set_back_is_read_again_not_kept_for_the_whole_step() {
        long office = fixtures.office().id();
        directory.get(office);
        jdbc.sql("update office set locality = 'Phú Thọ' where id = ?")
                .param(office)
                .update();

        TestClock.pin(Instant.now().minusSeconds(365L * 24 * 3600));

        assertThat(directory.get(office).forms().locality()).isEqualTo("Phú Thọ");
    }
}

package vn.motcua.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.server.security.Caller;

class NormTopicRightsTest {

    private static Caller holding(String... grants) {
        return new Caller("staff:1", "Cán bộ", Set.of(grants), null);
    }

    @Test
    void only_the_offices_heads_and_admins_follow_its_norm_breaches() {
        assertThat(StompAuthentication.maySubscribe(holding("7:HEAD"), "/topic/office.7.norms"))
                .isTrue();
        assertThat(StompAuthentication.maySubscribe(holding("7:ADMIN"), "/topic/office.7.norms"))
                .isTrue();
        assertThat(StompAuthentication.maySubscribe(holding("7:CLERK"), "/topic/office.7.norms"))
                .isFalse();
        assertThat(StompAuthentication.maySubscribe(holding("7:DISPLAY"), "/topic/office.7.norms"))
                .isFalse();
        assertThat(StompAuthentication.maySubscribe(holding("8:HEAD"), "/topic/office.7.norms"))
                .isFalse();
    }
}

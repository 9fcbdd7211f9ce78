package vn.motcua.server.demo;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.Environment;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.MotcuaServer;

@IntegrationTest
class DemoDataTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Environment stores;

    @Test
    void the_demo_profile_refuses_to_seed_a_database_that_already_holds_other_offices() {
        fixtures.office();

        assertThatThrownBy(() -> new SpringApplicationBuilder(MotcuaServer.class)
                        .run(
                                "--server.port=0",
                                "--spring.profiles.active=demo",
                                "--spring.datasource.url=" + stores.getProperty("spring.datasource.url"),
                                "--spring.datasource.username=" + stores.getProperty("spring.datasource.username"),
                                "--spring.datasource.password=" + stores.getProperty("spring.datasource.password", ""),
                                "--spring.data.redis.url=" + stores.getProperty("spring.data.redis.url"),
                                "--motcua.security.token-secret=" + stores.getProperty("motcua.security.token-secret"))
                        .close())
                .hasMessage("The demo profile is on, but this database already holds offices or staff that "
                        + "are not the demo's: demo offices and accounts with the published password are never added to "
                        + "it. Remove 'demo' from SPRING_PROFILES_ACTIVE (or stop MOTCUA_EMBEDDED) for this database.");
    }
}

package vn.motcua.server.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.MotcuaServer;

/**
 * A start that does not ask for the embedded mode gets no embedded store and no demo data: it is refused with a
 * message naming what to set. Each test starts a second server in-process, as an operator's command line would.
 */
@IntegrationTest
class ExplicitStartTest {

    @Autowired
    Environment stores;

    @Test
    void a_start_without_any_setting_is_refused_naming_the_database_redis_and_the_token_secret() {
        assertThatThrownBy(() -> start(Map.of()))
                .isInstanceOf(MissingSettingsException.class)
                .hasMessageContaining("DATABASE_URL")
                .hasMessageContaining("REDIS_URL")
                .hasMessageContaining("MOTCUA_TOKEN_SECRET")
                .hasMessageContaining("MOTCUA_EMBEDDED=true");
    }

    @Test
    void a_start_with_a_database_and_a_secret_but_no_redis_is_refused_naming_only_redis() {
        assertThatThrownBy(() -> start(
                        Map.of(),
                        "--spring.datasource.url=" + stores.getProperty("spring.datasource.url"),
                        "--motcua.security.token-secret=" + secret()))
                .isInstanceOf(MissingSettingsException.class)
                .hasMessageContaining("REDIS_URL")
                .hasMessageNotContaining("DATABASE_URL")
                .hasMessageNotContaining("MOTCUA_TOKEN_SECRET");
    }

    @Test
    void the_standard_spring_datasource_url_variable_counts_as_a_configured_database() {
        assertThatThrownBy(() -> start(Map.of(
                        "SPRING_DATASOURCE_URL",
                        stores.getProperty("spring.datasource.url"),
                        "REDIS_URL",
                        stores.getProperty("spring.data.redis.url"))))
                .isInstanceOf(MissingSettingsException.class)
                .hasMessageContaining("MOTCUA_TOKEN_SECRET")
                .hasMessageNotContaining("DATABASE_URL")
                .hasMessageNotContaining("REDIS_URL");
    }

    @Test
    void a_start_with_database_and_redis_but_no_token_secret_is_refused_instead_of_making_one_up() {
        assertThatThrownBy(() -> start(Map.of(
                        "DATABASE_URL",
                        stores.getProperty("spring.datasource.url"),
                        "REDIS_URL",
                        stores.getProperty("spring.data.redis.url"))))
                .isInstanceOf(MissingSettingsException.class)
                .hasMessageContaining("MOTCUA_TOKEN_SECRET")
                .hasMessageNotContaining("DATABASE_URL")
                .hasMessageNotContaining("REDIS_URL");
    }

    @Test
    void the_start_up_report_lists_each_missing_setting() {
        var analysis = new MissingSettingsFailureAnalyzer()
                .analyze(new MissingSettingsException(List.of("Redis: set REDIS_URL")));
        assertThat(analysis.getAction()).contains("- Redis: set REDIS_URL").contains("MOTCUA_EMBEDDED=true");
    }

    private String secret() {
        return stores.getProperty("motcua.security.token-secret");
    }

    /** A server whose process environment is exactly {@code env} (nothing inherited from the test JVM's). */
    private static void start(Map<String, Object> env, String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, env));
        SpringApplication application = new SpringApplication(MotcuaServer.class);
        application.setEnvironment(environment);
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--server.port=0");
        application.run(all.toArray(String[]::new)).close();
    }
}

package vn.motcua.server.embedded;

import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Starts the embedded stores when the start asks for them. An environment post-processor rather than code in
 * {@code main}, so that it sees every property source (application.yml, the environment, the command line) and
 * adds its settings as a property source instead of system properties, which would outrank what the operator set.
 * Runs last, after application.yml has been read.
 */
public class EmbeddedMode implements EnvironmentPostProcessor, Ordered {

    static final String DEMO_PROFILE = "demo";

    /** Logging is not set up yet when this runs; a deferred log prints once it is. */
    private final Log log;

    public EmbeddedMode(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedMode.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Settings settings = new Settings(environment);
        if (!settings.embedded()) {
            return;
        }
        boolean embeddedDatabase = !settings.databaseConfigured();
        if ((embeddedDatabase || !settings.redisConfigured()) && !embeddedStoresBuiltIn()) {
            throw new IllegalStateException("motcua.embedded=true, but this is the production jar, which leaves "
                    + "the embedded PostgreSQL and Redis out: set DATABASE_URL and REDIS_URL, or use the jar without "
                    + "the -production suffix for a one-machine demo.");
        }
        Map<String, Object> started = EmbeddedServices.start(settings, log);
        environment.getPropertySources().addFirst(new MapPropertySource("motcuaEmbedded", started));
        // demo offices only ever go into the database started here, and only when no profile was chosen
        if (embeddedDatabase && environment.getActiveProfiles().length == 0) {
            environment.addActiveProfile(DEMO_PROFILE);
        }
        log.info("Embedded mode (motcua.embedded=true); active profiles: "
                + String.join(",", environment.getActiveProfiles()));
    }

    static boolean embeddedStoresBuiltIn() {
        ClassLoader classes = EmbeddedMode.class.getClassLoader();
        return ClassUtils.isPresent("io.zonky.test.db.postgres.embedded.EmbeddedPostgres", classes)
                && ClassUtils.isPresent("redis.embedded.RedisServer", classes);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

package vn.motcua.server.embedded;

import org.springframework.core.env.Environment;

/**
 * What a start has configured, read from the resolved environment: so DATABASE_URL (through application.yml),
 * SPRING_DATASOURCE_URL, {@code --spring.datasource.url} and a system property all count, whichever source
 * they come from.
 */
record Settings(Environment environment) {

    static final String EMBEDDED = "motcua.embedded";

    boolean embedded() {
        return environment.getProperty(EMBEDDED, Boolean.class, false);
    }

    boolean databaseConfigured() {
        return present("spring.datasource.url");
    }

    boolean redisConfigured() {
        return present("spring.data.redis.url")
                || present("spring.data.redis.host")
                || present("spring.data.redis.cluster.nodes")
                || present("spring.data.redis.sentinel.nodes");
    }

    boolean tokenSecretConfigured() {
        return present("motcua.security.token-secret");
    }

    private boolean present(String property) {
        String value = environment.getProperty(property);
        return value != null && !value.isBlank();
    }
}

package vn.motcua.server.embedded;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses a start that names no database, no Redis or no token secret, before any bean tries to connect: the
 * embedded stores are no longer a silent fallback, and a made-up token secret would end every token and every
 * printed receipt QR at the next restart. A bean-factory post-processor because it runs after every property
 * source is in place (test initializers included) and before the first connection.
 */
@Component
class RequiredSettings implements BeanFactoryPostProcessor, EnvironmentAware {

    private Settings settings;

    // a post-processor is made before constructor injection exists, hence the setter
    @Override
    public void setEnvironment(Environment environment) {
        this.settings = new Settings(environment);
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<String> missing = new ArrayList<>();
        if (!settings.databaseConfigured()) {
            missing.add("a PostgreSQL database: set DATABASE_URL (or SPRING_DATASOURCE_URL), "
                    + "e.g. jdbc:postgresql://db:5432/motcua, with DATABASE_USERNAME and DATABASE_PASSWORD");
        }
        if (!settings.redisConfigured()) {
            missing.add("Redis: set REDIS_URL (or SPRING_DATA_REDIS_URL), e.g. redis://redis:6379");
        }
        if (!settings.tokenSecretConfigured()) {
            missing.add("the token secret: set MOTCUA_TOKEN_SECRET to at least 32 random bytes "
                    + "(openssl rand -base64 48), the same on every server instance");
        }
        if (!missing.isEmpty()) {
            throw new MissingSettingsException(missing);
        }
    }
}

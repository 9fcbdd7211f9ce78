package vn.motcua.server.queue;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param defaultServiceTime the guess per citizen before an area has any finished tickets to learn from */
@ConfigurationProperties("motcua.queue")
record QueueProperties(@DefaultValue("5m") Duration defaultServiceTime) {}

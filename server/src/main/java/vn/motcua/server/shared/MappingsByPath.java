package vn.motcua.server.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Spring MVC's handler look-up, with the mappings whose path patterns match a path found once per path. A path with
 * variables (every office's and counter's commands) has no direct match, so Spring tries every condition of every
 * one of the server's mappings on each request: a tenth of a ticket's server CPU (docs/performance.md, "Headroom,
 * third pass"). Here the mappings whose patterns match a path are kept per path (bounded), and only those are tried
 * with all their conditions (method, consumes, produces, CORS pre-flight), so the handler chosen and the 404, 405 and
 * 415 answers are Spring's own.
 */
final class MappingsByPath extends RequestMappingHandlerMapping {

    /** More than a province's offices × counters × commands; a miss only costs Spring's own walk. */
    private static final int PATHS_KEPT = 50_000;

    private final Cache<String, Set<RequestMappingInfo>> byPath =
            Caffeine.newBuilder().maximumSize(PATHS_KEPT).build();

    /** The look-up in progress on this thread: getMatchingMapping is called for it once per mapping. */
    private final ThreadLocal<Lookup> current = new ThreadLocal<>();

    private record Lookup(HttpServletRequest request, Set<RequestMappingInfo> matchingPath) {}

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        // the path as the patterns match it (not the lookup path, which drops ";…" parameters)
        String path = ServletRequestPathUtils.getParsedRequestPath(request)
                .pathWithinApplication()
                .value();
        Lookup outer = current.get();
        current.set(new Lookup(request, byPath.get(path, p -> matchingPath(request))));
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            current.set(outer);
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        Lookup lookup = current.get();
        if (lookup != null
                && lookup.request() == request
                && !lookup.matchingPath().contains(info)) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    private Set<RequestMappingInfo> matchingPath(HttpServletRequest request) {
        return getHandlerMethods().keySet().stream()
                .filter(info -> {
                    PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
                    return patterns == null || patterns.getMatchingCondition(request) != null;
                })
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        super.registerMapping(mapping, handler, method);
        byPath.invalidateAll();
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        super.unregisterMapping(mapping);
        byPath.invalidateAll();
    }

    @Configuration
    static class Registration {
        @Bean
        WebMvcRegistrations mappingsByPath() {
            return new WebMvcRegistrations() {
                @Override
                public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                    return new MappingsByPath();
                }
            };
        }
    }
}

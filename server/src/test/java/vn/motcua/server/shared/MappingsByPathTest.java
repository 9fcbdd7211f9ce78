package vn.motcua.server.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.EmbeddedValueResolver;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import vn.motcua.server.IntegrationTest;

@IntegrationTest
class MappingsByPathTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void
            every_endpoint_of_the_server_gets_the_handler_and_the_refusal_spring_itself_would_choose_first_time_and_cached() {
        assertThat(mappings).isInstanceOf(MappingsByPath.class);
        RequestMappingHandlerMapping spring = new RequestMappingHandlerMapping();
        spring.setApplicationContext(context);
        spring.setEmbeddedValueResolver(new EmbeddedValueResolver(context.getBeanFactory()));
        spring.afterPropertiesSet();

        List<MockHttpServletRequest> requests = requestsForEveryMapping(mappings.getHandlerMethods());
        assertThat(requests).hasSizeGreaterThan(100);
        for (int pass = 1; pass <= 2; pass++) {
            for (MockHttpServletRequest request : requests) {
                assertThat(outcome(mappings, request))
                        .as("pass %d: %s %s", pass, request.getMethod(), request.getRequestURI())
                        .isEqualTo(outcome(spring, request));
            }
        }
    }

    /**
     * For each mapping, its paths with every variable "1", by each of its methods and by a method it does not take,
     * with the content type and Accept it declares, and a path nobody serves.
     */
    private static List<MockHttpServletRequest> requestsForEveryMapping(Map<RequestMappingInfo, HandlerMethod> all) {
        List<MockHttpServletRequest> requests = new ArrayList<>();
        for (RequestMappingInfo info : all.keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<String> tried = new ArrayList<>(
                    methods.isEmpty()
                            ? List.of("GET")
                            : methods.stream().map(Enum::name).toList());
            tried.add(methods.contains(RequestMethod.PATCH) ? "PUT" : "PATCH");
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                String path = pattern.getPatternString().replaceAll("\\{\\*?[^}]+}", "1");
                for (String method : tried) {
                    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
                    info.getConsumesCondition().getConsumableMediaTypes().stream()
                            .findFirst()
                            .map(MediaType::toString)
                            .ifPresent(request::setContentType);
                    info.getProducesCondition().getProducibleMediaTypes().stream()
                            .findFirst()
                            .map(MediaType::toString)
                            .ifPresent(accept -> request.addHeader("Accept", accept));
                    requests.add(request);
                }
            }
        }
        requests.add(new MockHttpServletRequest("GET", "/api/v1/offices/1/nothing-here"));
        return requests;
    }

    /** The handler method a mapping picks for the request, or the kind of refusal it answers with. */
    private static String outcome(RequestMappingHandlerMapping mapping, MockHttpServletRequest request) {
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            return chain == null
                    ? "no handler"
                    : ((HandlerMethod) chain.getHandler()).getMethod().toString();
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        } finally {
            ServletRequestPathUtils.clearParsedRequestPath(request);
        }
    }
}

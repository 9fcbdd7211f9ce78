package vn.motcua.client;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpExchangeAdapter;
import org.springframework.web.service.invoker.HttpExchangeAdapterDecorator;
import org.springframework.web.service.invoker.HttpRequestValues;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * Makes the typed interfaces over one {@link RestClient}. What an exchange declares ({@link Command},
 * {@link Anyone}) reaches the client's interceptors as request attributes, and a server that cannot be reached
 * becomes an {@link ApiException} of status 0 like any other refusal.
 */
final class Exchanges {

    static final String COMMAND = Command.class.getName();
    static final String ANYONE = Anyone.class.getName();
    private static final ConversionService CONVERSIONS = conversions();

    private final HttpServiceProxyFactory factory;

    Exchanges(RestClient rest) {
        this.factory = HttpServiceProxyFactory.builderFor(RestClientAdapter.create(rest))
                .conversionService(CONVERSIONS)
                .httpRequestValuesProcessor(Exchanges::declare)
                .exchangeAdapterDecorator(Unreachable::new)
                .build();
    }

    /** Days and months as the API reads them: ISO, 2026-12-04 and 2026-12. */
    private static ConversionService conversions() {
        DefaultConversionService conversions = new DefaultConversionService();
        conversions.addConverter(LocalDate.class, String.class, LocalDate::toString);
        conversions.addConverter(YearMonth.class, String.class, YearMonth::toString);
        return conversions;
    }

    <T> T create(Class<T> api) {
        return factory.createClient(api);
    }

    private static void declare(
            Method method, MethodParameter[] parameters, Object[] arguments, HttpRequestValues.Builder request) {
        if (method.isAnnotationPresent(Command.class)) {
            request.addAttribute(COMMAND, true);
        }
        if (method.isAnnotationPresent(Anyone.class)) {
            request.addAttribute(ANYONE, true);
        }
    }

    private static final class Unreachable extends HttpExchangeAdapterDecorator {

        Unreachable(HttpExchangeAdapter delegate) {
            super(delegate);
        }

        @Override
        public void exchange(HttpRequestValues request) {
            try {
                super.exchange(request);
            } catch (ResourceAccessException e) {
                throw unreachable(e);
            }
        }

        @Override
        public HttpHeaders exchangeForHeaders(HttpRequestValues request) {
            try {
                return super.exchangeForHeaders(request);
            } catch (ResourceAccessException e) {
                throw unreachable(e);
            }
        }

        @Override
        public <T> T exchangeForBody(HttpRequestValues request, ParameterizedTypeReference<T> type) {
            try {
                return super.exchangeForBody(request, type);
            } catch (ResourceAccessException e) {
                throw unreachable(e);
            }
        }

        @Override
        public ResponseEntity<Void> exchangeForBodilessEntity(HttpRequestValues request) {
            try {
                return super.exchangeForBodilessEntity(request);
            } catch (ResourceAccessException e) {
                throw unreachable(e);
            }
        }

        @Override
        public <T> ResponseEntity<T> exchangeForEntity(HttpRequestValues request, ParameterizedTypeReference<T> type) {
            try {
                return super.exchangeForEntity(request, type);
            } catch (ResourceAccessException e) {
                throw unreachable(e);
            }
        }

        private static ApiException unreachable(ResourceAccessException e) {
            return new ApiException(0, "UNREACHABLE", "The server cannot be reached: " + e.getMessage(), null);
        }
    }
}

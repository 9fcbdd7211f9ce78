package vn.motcua.server.shared;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request Tomcat refuses before any servlet sees it, such as a path with an encoded NUL or bytes that are not
 * UTF-8, is answered as problem+json like every other error instead of Tomcat's HTML page. Tomcat answers it
 * from the host's error report valve, so that valve is replaced by one writing problem+json.
 */
@Component
// after Spring Boot's own customizer, which adds a plain error report valve that this one replaces
@Order(Ordered.LOWEST_PRECEDENCE)
class MalformedRequests implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final ProblemText text;
    private final JsonMapper json;

    MalformedRequests(ProblemText text, JsonMapper json) {
        this.text = text;
        this.json = json;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            // the host adds a valve of this class on start unless it finds one, which it then uses as is
            host.setErrorReportValveClass(ProblemReportValve.class.getName());
            host.getPipeline().addValve(new ProblemReportValve(text, json));
        });
    }

    static final class ProblemReportValve extends ErrorReportValve {

        private final ProblemText text;
        private final JsonMapper json;

        ProblemReportValve(ProblemText text, JsonMapper json) {
            this.text = text;
            this.json = json;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            ProblemDetail problem = ProblemDetail.forStatus(status);
            if (status == HttpStatus.BAD_REQUEST.value()) {
                problem.setDetail(text.textFor(request.getHeader("Accept-Language"), "problem.malformedRequest"));
                problem.setProperty("code", "MALFORMED_REQUEST");
            }
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(json.writeValueAsString(problem));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response was taken over meanwhile: nothing left to tell it
            }
        }
    }
}

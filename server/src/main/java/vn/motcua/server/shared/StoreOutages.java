package vn.motcua.server.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Tells a store outage apart from a bug wherever it surfaces. A request that meets an unreachable
 * PostgreSQL or Redis is answered 503 problem+json with Retry-After: from a controller (see ApiProblems)
 * and also from a filter before any controller runs (the token revocation check) or from a failed
 * rollback, which would otherwise reach the servlet container as a 500.
 */
public final class StoreOutages {

    static final String CODE = "STORE_UNAVAILABLE";
    static final String DETAIL = "The service is briefly unavailable; nothing was changed. Try again.";
    static final String RETRY_AFTER_SECONDS = "2";

    private StoreOutages() {}

    /** Whether the failure, or one of its causes, is a store that did not answer. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataAccessException || t instanceof TransactionException) {
                return true;
            }
        }
        return false;
    }

    /** The outermost filter: answers 503 for an outage that escaped the rest of the chain. */
    static final class Filter extends org.springframework.web.filter.OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } catch (RuntimeException | ServletException e) {
                if (!isOutage(e) || response.isCommitted()) {
                    throw e;
                }
                response.resetBuffer();
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter()
                        .write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                                + "\"detail\":\"" + DETAIL + "\",\"code\":\"" + CODE + "\"}");
            }
        }
    }
}

package vn.motcua.client;

import java.time.YearMonth;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** The server's public HTML pages, outside the API; they need no sign-in and are sent no token. */
@HttpExchange
public interface PageApi {

    /** The public page of the month's late dossiers. */
    @GetExchange("/cong-khai/{officeId}/ho-so-tre-han")
    String publicLateDossiersPage(@PathVariable long officeId, @RequestParam(required = false) YearMonth month);
}

package vn.motcua.client;

import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import vn.motcua.client.api.RatingRequest;
import vn.motcua.client.api.RatingSummary;
import vn.motcua.client.api.RatingView;

/** Citizens' ratings of a service, and what heads read of them. */
@HttpExchange("/offices/{officeId}/ratings")
public interface RatingApi {

    @PostExchange
    RatingView rate(@PathVariable long officeId, @RequestBody RatingRequest rating);

    @GetExchange
    List<RatingView> ratings(
            @PathVariable long officeId,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Long areaId,
            @RequestParam(required = false) Long counterId,
            @RequestParam(required = false) Long clerkId);

    @GetExchange("/summary")
    RatingSummary ratingSummary(
            @PathVariable long officeId,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Long areaId,
            @RequestParam(required = false) Long counterId,
            @RequestParam(required = false) Long clerkId);
}

package vn.motcua.server.rating;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.RatingRequest;
import vn.motcua.client.api.RatingView;
import vn.motcua.client.api.Role;
import vn.motcua.server.security.Access;
import vn.motcua.server.security.Caller;

@RestController
@RequestMapping("/api/v1/offices/{officeId}/ratings")
@Tag(name = "ratings", description = "Citizens' satisfaction ratings")
class RatingController {

    private final Ratings ratings;
    private final Access access;

    RatingController(Ratings ratings, Access access) {
        this.ratings = ratings;
        this.access = access;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Rate a finished ticket",
            description = "Callers: the RATING_TABLET of the counter that "
                    + "served the ticket, or a KIOSK of the office. One rating per ticket (409 ALREADY_RATED); only a "
                    + "ticket that was served (409 NOT_SERVED).")
    RatingView rate(@PathVariable long officeId, @Valid @RequestBody RatingRequest request) {
        Caller caller = access.require(officeId, Role.RATING_TABLET, Role.KIOSK);
        return ratings.rate(officeId, caller, request);
    }
}

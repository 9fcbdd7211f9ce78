package vn.motcua.counter.shared;

import com.vaadin.flow.shared.Registration;
import vn.motcua.client.LiveListener;
import vn.motcua.client.api.AccessToken;

/**
 * What this app adds to the session's client beyond the API's interfaces, which the views take from the Vaadin
 * session as they are ({@link BackendConfig}): signing in, which keeps the token in the session's client, and
 * following an office live over STOMP. Kept this small so that the views can be tested against an in-memory fake.
 * Refusals are ApiExceptions.
 */
public interface Backend {

    AccessToken signIn(String username, String password);

    AccessToken replaceTemporaryPassword(String username, String temporaryPassword, String newPassword);

    /** Follows the office's queue live (snapshot, then events, resynchronised after any gap) until removed. */
    Registration follow(long officeId, LiveListener listener);

    /** Like {@link #follow}, and also hears each norm breach that starts or ends (HEAD or ADMIN). */
    Registration followBoard(long officeId, LiveListener listener);
}

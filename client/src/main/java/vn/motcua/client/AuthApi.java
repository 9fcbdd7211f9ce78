package vn.motcua.client;

import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import vn.motcua.client.api.AccessToken;
import vn.motcua.client.api.DeviceLogin;
import vn.motcua.client.api.PairingReference;
import vn.motcua.client.api.StaffLogin;
import vn.motcua.client.api.TemporaryPasswordChange;

/** Signing in: sent without a token, as an expired one would be refused before the credentials are read. */
@HttpExchange("/auth")
interface AuthApi {

    @PostExchange("/staff")
    AccessToken staff(@RequestBody StaffLogin login);

    @PostExchange("/staff/password")
    AccessToken temporaryPassword(@RequestBody TemporaryPasswordChange change);

    @PostExchange("/device")
    AccessToken device(@RequestBody DeviceLogin login);

    @PostExchange("/pairing")
    AccessToken pairing(@RequestBody PairingReference reference);
}

package vn.motcua.client;

import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import vn.motcua.client.api.AccessToken;
import vn.motcua.client.api.DeviceLogin;
import vn.motcua.client.api.PairingReference;
import vn.motcua.client.api.StaffLogin;
import vn.motcua.client.api.TemporaryPasswordChange;

/**
 * Signing in: sent without a token, as an expired one would be refused before the credentials are read. An app signing
 * in for a browser names the browser's address ({@link MotcuaClient#actingFor}); null sends no header.
 */
@HttpExchange("/auth")
interface AuthApi {

    String FORWARDED_FOR = "X-Forwarded-For";

    @PostExchange("/staff")
    AccessToken staff(
            @RequestBody StaffLogin login, @RequestHeader(name = FORWARDED_FOR, required = false) String forwardedFor);

    @PostExchange("/staff/password")
    AccessToken temporaryPassword(
            @RequestBody TemporaryPasswordChange change,
            @RequestHeader(name = FORWARDED_FOR, required = false) String forwardedFor);

    @PostExchange("/device")
    AccessToken device(
            @RequestBody DeviceLogin login, @RequestHeader(name = FORWARDED_FOR, required = false) String forwardedFor);

    @PostExchange("/pairing")
    AccessToken pairing(
            @RequestBody PairingReference reference,
            @RequestHeader(name = FORWARDED_FOR, required = false) String forwardedFor);
}

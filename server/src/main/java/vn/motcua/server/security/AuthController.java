package vn.motcua.server.security;

import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.client.api.AccessToken;
import vn.motcua.client.api.DeviceLogin;
import vn.motcua.client.api.StaffLogin;
import vn.motcua.server.shared.RefusedException;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "auth", description = "Sign-in for staff and devices")
class AuthController {

    /** Compared against when the username is unknown, so that a wrong name costs as long as a wrong password. */
    private final String decoyHash;
    private final Credentials credentials;
    private final PasswordEncoder passwords;
    private final Tokens tokens;

    AuthController(Credentials credentials, PasswordEncoder passwords, Tokens tokens) {
        this.credentials = credentials;
        this.passwords = passwords;
        this.tokens = tokens;
        this.decoyHash = passwords.encode("decoy-password");
    }

    @PostMapping("/staff")
    @Operation(summary = "Staff sign-in", description = "Anyone may call. Returns a bearer token with the "
            + "caller's roles per office; 401 for a wrong username or password; 403 ACCOUNT_LOCKED for the right "
            + "password of a locked account.")
    AccessToken staff(@Valid @RequestBody StaffLogin login) {
        var staff = credentials.staff(login.username().trim());
        String hash = staff.map(Credentials.StaffAccount::passwordHash).orElse(decoyHash);
        if (!passwords.matches(login.password(), hash) || staff.isEmpty()) {
            throw new BadCredentialsException("Wrong username or password");
        }
        var account = staff.get();
        // said only to someone who knows the password, so it tells a stranger nothing about the account
        if (!account.active()) {
            throw new RefusedException(HttpStatus.FORBIDDEN, "ACCOUNT_LOCKED",
                    "This account is locked; an admin of your office can unlock it");
        }
        return tokens.issue("staff:" + account.id(), account.fullName(), account.grants(), null, false);
    }

    @PostMapping("/device")
    @Operation(summary = "Device sign-in", description = "Anyone may call. A kiosk, display board or rating "
            + "tablet exchanges its code and secret for a bearer token bound to its office (and counter); "
            + "401 for an unknown, wrong or revoked credential.")
    AccessToken device(@Valid @RequestBody DeviceLogin login) {
        var device = credentials.device(login.code().trim());
        String hash = device.map(Credentials.DeviceAccount::secretHash).orElse(decoyHash);
        if (!passwords.matches(login.secret(), hash) || device.isEmpty()) {
            throw new BadCredentialsException("Unknown or revoked device credential");
        }
        var d = device.get();
        return tokens.issue("device:" + d.id(), d.code(), Set.of(d.officeId() + ":" + d.kind()), d.counterId(), true);
    }
}

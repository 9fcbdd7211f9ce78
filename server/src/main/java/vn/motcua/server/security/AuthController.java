package vn.motcua.server.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.AccessToken;
import vn.motcua.client.api.DeviceLogin;
import vn.motcua.client.api.StaffLogin;
import vn.motcua.client.api.TemporaryPasswordChange;
import vn.motcua.server.shared.ProblemText;
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
    private final SignInThrottle throttle;
    private final PasswordRules rules;
    private final ProblemText text;

    AuthController(
            Credentials credentials,
            PasswordEncoder passwords,
            Tokens tokens,
            SignInThrottle throttle,
            PasswordRules rules,
            ProblemText text) {
        this.credentials = credentials;
        this.passwords = passwords;
        this.tokens = tokens;
        this.throttle = throttle;
        this.rules = rules;
        this.text = text;
        this.decoyHash = passwords.encode("decoy-password");
    }

    @PostMapping("/staff")
    @Operation(
            summary = "Staff sign-in",
            description = "Anyone may call. Returns a bearer token with the "
                    + "caller's roles per office; 401 for a wrong username or password; 403 ACCOUNT_LOCKED for the right "
                    + "password of a locked account; 403 PASSWORD_CHANGE_REQUIRED for the right temporary password an admin "
                    + "set (then POST /api/v1/auth/staff/password); 429 TOO_MANY_SIGN_IN_ATTEMPTS with Retry-After after "
                    + "repeated failures for the account or from the address.")
    AccessToken staff(@Valid @RequestBody StaffLogin login, HttpServletRequest request) {
        var account = verifiedStaff(login.username(), login.password(), request);
        if (account.mustChangePassword()) {
            throw new RefusedException(
                    HttpStatus.FORBIDDEN, "PASSWORD_CHANGE_REQUIRED", text.text("problem.PASSWORD_CHANGE_REQUIRED"));
        }
        return tokens.issue("staff:" + account.id(), account.fullName(), account.grants(), null, false);
    }

    @PostMapping("/staff/password")
    @Transactional
    @Operation(
            summary = "Replace a temporary password and sign in",
            description =
                    "Anyone may call; throttled and "
                            + "answered like staff sign-in for the current password. The new one must have at least 12 characters, "
                            + "not contain the username and not be a common password (400 naming 'newPassword'). Returns a token.")
    AccessToken replaceTemporary(@Valid @RequestBody TemporaryPasswordChange change, HttpServletRequest request) {
        var account = verifiedStaff(change.username(), change.currentPassword(), request);
        rules.check("newPassword", account.username(), change.newPassword());
        credentials.setPassword(account.id(), passwords.encode(change.newPassword()), false);
        return tokens.issue("staff:" + account.id(), account.fullName(), account.grants(), null, false);
    }

    /** The account whose password this is, counted by the throttle; refused as sign-in refuses. */
    private Credentials.StaffAccount verifiedStaff(String username, String password, HttpServletRequest request) {
        String subject = "staff:" + username.trim();
        throttle.check(subject, request.getRemoteAddr());
        var staff = credentials.staff(username.trim());
        String hash = staff.map(Credentials.StaffAccount::passwordHash).orElse(decoyHash);
        if (!passwords.matches(password, hash) || staff.isEmpty()) {
            throttle.failed(subject, request.getRemoteAddr());
            throw new BadCredentialsException("Wrong username or password");
        }
        throttle.succeeded(subject);
        var account = staff.get();
        // said only to someone who knows the password, so it tells a stranger nothing about the account
        if (!account.active()) {
            throw new RefusedException(
                    HttpStatus.FORBIDDEN,
                    "ACCOUNT_LOCKED",
                    "This account is locked; an admin of your office can unlock it");
        }
        return account;
    }

    @PostMapping("/device")
    @Operation(
            summary = "Device sign-in",
            description = "Anyone may call. A kiosk, display board or rating "
                    + "tablet exchanges its code and secret for a bearer token bound to its office (and counter); "
                    + "401 for an unknown, wrong or revoked credential; 429 TOO_MANY_SIGN_IN_ATTEMPTS with Retry-After "
                    + "after repeated failures for the code or from the address.")
    AccessToken device(@Valid @RequestBody DeviceLogin login, HttpServletRequest request) {
        String subject = "device:" + login.code().trim();
        throttle.check(subject, request.getRemoteAddr());
        var device = credentials.device(login.code().trim());
        String hash = device.map(Credentials.DeviceAccount::secretHash).orElse(decoyHash);
        if (!passwords.matches(login.secret(), hash) || device.isEmpty()) {
            throttle.failed(subject, request.getRemoteAddr());
            throw new BadCredentialsException("Unknown or revoked device credential");
        }
        throttle.succeeded(subject);
        var d = device.get();
        return tokens.issue("device:" + d.id(), d.code(), Set.of(d.officeId() + ":" + d.kind()), d.counterId(), true);
    }
}

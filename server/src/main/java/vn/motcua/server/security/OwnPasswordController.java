package vn.motcua.server.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.PasswordChange;
import vn.motcua.server.shared.BadRequestException;

@RestController
@Tag(name = "auth")
class OwnPasswordController {

    private final Access access;
    private final Credentials credentials;
    private final PasswordEncoder passwords;
    private final PasswordRules rules;

    OwnPasswordController(Access access, Credentials credentials, PasswordEncoder passwords, PasswordRules rules) {
        this.access = access;
        this.credentials = credentials;
        this.passwords = passwords;
        this.rules = rules;
    }

    @PostMapping("/api/v1/staff/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Change one's own password",
            description = "Callers: any signed-in member of staff (403 for a device). 400 naming 'currentPassword' "
                    + "when it is wrong, 'newPassword' when shorter than 12 characters, containing the username or a common "
                    + "password. The token in use stays valid.")
    void change(@Valid @RequestBody PasswordChange request) {
        long staffId = access.requireStaff().id();
        String hash = credentials
                .passwordHash(staffId)
                .orElseThrow(() -> new BadRequestException("currentPassword", "This account can no longer sign in"));
        if (!passwords.matches(request.currentPassword(), hash)) {
            throw new BadRequestException("currentPassword", "The current password is wrong");
        }
        rules.check("newPassword", credentials.username(staffId).orElse(null), request.newPassword());
        credentials.setPassword(staffId, passwords.encode(request.newPassword()), false);
    }
}

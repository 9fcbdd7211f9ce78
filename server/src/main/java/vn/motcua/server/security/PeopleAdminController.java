package vn.motcua.server.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.DeviceRequest;
import vn.motcua.client.api.DeviceView;
import vn.motcua.client.api.PasswordReset;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.StaffRequest;
import vn.motcua.client.api.StaffUpdate;
import vn.motcua.client.api.StaffView;
import vn.motcua.server.shared.BadRequestException;
import vn.motcua.server.shared.NotFoundException;
import vn.motcua.server.shared.ProblemText;
import vn.motcua.server.shared.RefusedException;

/**
 * Staff accounts and devices of an office. Every endpoint: ADMIN of the office only. A device's secret
 * is shown once, in the answer that creates it; only its hash is kept. An admin cannot lock themselves
 * out: neither lock their own account nor take away their own ADMIN role.
 */
@RestController
@RequestMapping("/api/v1/offices/{officeId}")
@Tag(name = "administration")
class PeopleAdminController {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Access access;
    private final Revocations revocations;
    private final Credentials credentials;
    private final StaffNames names;
    private final PasswordRules rules;
    private final DevicePairings pairings;
    private final Clock clock;
    private final ProblemText text;

    PeopleAdminController(
            JdbcClient jdbc,
            PasswordEncoder passwords,
            Access access,
            Revocations revocations,
            Credentials credentials,
            StaffNames names,
            PasswordRules rules,
            DevicePairings pairings,
            Clock clock,
            ProblemText text) {
        this.pairings = pairings;
        this.clock = clock;
        this.text = text;
        this.names = names;
        this.rules = rules;
        this.revocations = revocations;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.access = access;
        this.credentials = credentials;
    }

    @GetMapping("/staff")
    @Operation(summary = "Staff of the office with their roles there")
    List<StaffView> staff(@PathVariable long officeId) {
        access.require(officeId, Role.ADMIN);
        return jdbc.sql("""
                        select s.id, s.username, s.full_name, s.active, s.email,
                               array_agg(r.role order by r.role) as roles
                        from staff s join staff_office_role r on r.staff_id = s.id
                        where r.office_id = ? group by s.id order by s.username""")
                .param(officeId)
                .query((rs, n) -> new StaffView(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("full_name"),
                        rs.getBoolean("active"),
                        roles((String[]) rs.getArray("roles").getArray()),
                        rs.getString("email")))
                .list();
    }

    @PostMapping("/staff")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    @Operation(
            summary = "Create a staff account with roles in this office",
            description = "Roles must be staff roles (CLERK, HEAD, ADMIN); 400 when the username is taken, naming "
                    + "'password' when shorter than 12 characters, containing the username or a common password, or "
                    + "naming email for an address that is not one (blank: none).")
    StaffView addStaff(@PathVariable long officeId, @Valid @RequestBody StaffRequest request) {
        access.require(officeId, Role.ADMIN);
        requireStaffRoles(request.roles());
        rules.check("password", request.username(), request.password());
        String email = email(request.email());
        long id;
        try {
            id = jdbc.sql("insert into staff (username, full_name, password_hash, email) values (?, ?, ?, ?)"
                            + " returning id")
                    .params(request.username(), request.fullName().strip(), passwords.encode(request.password()), email)
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new BadRequestException("username", "This username is already taken");
        }
        for (Role role : request.roles()) {
            jdbc.sql("insert into staff_office_role (staff_id, office_id, role) values (?, ?, ?)")
                    .params(id, officeId, role.name())
                    .update();
        }
        return new StaffView(id, request.username(), request.fullName().strip(), true, request.roles(), email);
    }

    /** The address stripped, or null for none; 400 naming email for one that is not an address. */
    private String email(String given) {
        String email = given == null || given.isBlank() ? null : given.strip();
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new BadRequestException("email", text.text("staff.email.invalid"));
        }
        return email;
    }

    @PutMapping("/staff/{staffId}")
    @Transactional
    @Operation(
            summary = "Change a staff account's display name, email address and its roles in this office",
            description = "Callers: ADMIN of the office. 404 for an account without a role in this office; 400 "
                    + "naming email for an address that is not one (blank removes it); "
                    + "409 OWN_ADMIN_ROLE when an admin would take away their own ADMIN role. New roles reach "
                    + "the account's token at its next sign-in.")
    StaffView updateStaff(
            @PathVariable long officeId, @PathVariable long staffId, @Valid @RequestBody StaffUpdate request) {
        Caller caller = access.require(officeId, Role.ADMIN);
        requireStaffRoles(request.roles());
        requireMember(officeId, staffId);
        String email = email(request.email());
        if (caller.isStaff() && caller.id() == staffId && !request.roles().contains(Role.ADMIN)) {
            throw new RefusedException(
                    HttpStatus.CONFLICT,
                    "OWN_ADMIN_ROLE",
                    "You cannot take away your own ADMIN role; another admin can");
        }
        jdbc.sql("update staff set full_name = ?, email = ? where id = ?")
                .params(request.fullName().strip(), email, staffId)
                .update();
        names.forget(staffId);
        jdbc.sql("delete from staff_office_role where staff_id = ? and office_id = ?")
                .params(staffId, officeId)
                .update();
        for (Role role : request.roles()) {
            jdbc.sql("insert into staff_office_role (staff_id, office_id, role) values (?, ?, ?)")
                    .params(staffId, officeId, role.name())
                    .update();
        }
        return jdbc.sql("select username, active from staff where id = ?")
                .param(staffId)
                .query((rs, n) -> new StaffView(
                        staffId,
                        rs.getString("username"),
                        request.fullName().strip(),
                        rs.getBoolean("active"),
                        request.roles(),
                        email))
                .single();
    }

    @PostMapping("/staff/{staffId}/lock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Lock a staff account: it can no longer sign in, and its token stops working within seconds",
            description = "Callers: ADMIN of the office, for an account with a role in this office. The account is "
                    + "locked in every office it works in, so the caller must administer all of them (else 403). "
                    + "409 OWN_ACCOUNT_LOCK for the caller's own account.")
    void lock(@PathVariable long officeId, @PathVariable long staffId) {
        Caller caller = access.require(officeId, Role.ADMIN);
        requireMember(officeId, staffId);
        requireAdminOfEveryOffice(caller, staffId);
        if (caller.isStaff() && caller.id() == staffId) {
            throw new RefusedException(
                    HttpStatus.CONFLICT, "OWN_ACCOUNT_LOCK", "You cannot lock your own account; another admin can");
        }
        setActive(staffId, false);
    }

    @PostMapping("/staff/{staffId}/unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Unlock a staff account",
            description = "Callers: ADMIN of every office the account works in (403 otherwise).")
    void unlock(@PathVariable long officeId, @PathVariable long staffId) {
        Caller caller = access.require(officeId, Role.ADMIN);
        requireMember(officeId, staffId);
        requireAdminOfEveryOffice(caller, staffId);
        setActive(staffId, true);
    }

    @PostMapping("/staff/{staffId}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Set a temporary password for a staff account, which its owner then changes",
            description = "Callers: ADMIN of every office the account works in (403 otherwise), since whoever knows "
                    + "the password acts in all of them. At least 12 characters, not containing the username, not a common "
                    + "password (400 naming 'password'). Its owner's next sign-in gets 403 PASSWORD_CHANGE_REQUIRED "
                    + "until they replace it (POST /api/v1/auth/staff/password).")
    void resetPassword(
            @PathVariable long officeId, @PathVariable long staffId, @Valid @RequestBody PasswordReset request) {
        Caller caller = access.require(officeId, Role.ADMIN);
        requireMember(officeId, staffId);
        requireAdminOfEveryOffice(caller, staffId);
        rules.check("password", credentials.username(staffId).orElse(null), request.password());
        credentials.setPassword(staffId, passwords.encode(request.password()), true);
        revocations.forgetStaff(staffId);
    }

    @GetMapping("/devices")
    @Operation(summary = "Devices of the office (without secrets)")
    List<DeviceView> devices(@PathVariable long officeId) {
        access.require(officeId, Role.ADMIN);
        return jdbc.sql("select * from device where office_id = ? order by code")
                .param(officeId)
                .query((rs, n) -> new DeviceView(
                        rs.getLong("id"),
                        rs.getString("code"),
                        Role.valueOf(rs.getString("kind")),
                        (Long) rs.getObject("counter_id"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("revoked_at") == null
                                ? null
                                : rs.getTimestamp("revoked_at").toInstant(),
                        null))
                .list();
    }

    @PostMapping("/devices")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create a device; the answer carries its secret, shown only this once",
            description = "kind is KIOSK, DISPLAY or RATING_TABLET; a tablet needs a counterId of this office.")
    DeviceView addDevice(@PathVariable long officeId, @Valid @RequestBody DeviceRequest request) {
        access.require(officeId, Role.ADMIN);
        if (!request.kind().isDevice()) {
            throw new BadRequestException("kind", "A device is a KIOSK, DISPLAY or RATING_TABLET");
        }
        boolean tablet = request.kind() == Role.RATING_TABLET;
        if (tablet != (request.counterId() != null)) {
            throw new BadRequestException("counterId", "A rating tablet, and only a tablet, names its counter");
        }
        if (tablet
                && jdbc.sql("select count(*) from counter where id = ? and office_id = ?")
                                .params(request.counterId(), officeId)
                                .query(Long.class)
                                .single()
                        == 0) {
            throw new BadRequestException("counterId", "No counter " + request.counterId() + " in this office");
        }
        String code = request.kind().name() + "-" + officeId + "-" + token(4).toUpperCase();
        String secret = token(18);
        long id = jdbc.sql("""
                        insert into device (code, kind, office_id, counter_id, secret_hash) values (?, ?, ?, ?, ?) returning id""")
                .params(code, request.kind().name(), officeId, request.counterId(), passwords.encode(secret))
                .query(Long.class)
                .single();
        return new DeviceView(id, code, request.kind(), request.counterId(), Instant.now(), null, secret);
    }

    @PostMapping("/devices/{deviceId}/revoke")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    @Operation(
            summary = "Revoke a device: it can no longer sign in, its screens are unpaired, and its token stops "
                    + "working within seconds")
    void revoke(@PathVariable long officeId, @PathVariable long deviceId) {
        access.require(officeId, Role.ADMIN);
        int changed = jdbc.sql(
                        "update device set revoked_at = now() where id = ? and office_id = ? and revoked_at is null")
                .params(deviceId, officeId)
                .update();
        if (changed == 0) {
            throw new NotFoundException("active device", deviceId);
        }
        pairings.revokeAll(deviceId);
    }

    @PostMapping("/devices/{deviceId}/secret")
    @Transactional
    @Operation(
            summary = "Give a device a new secret; the answer carries it, shown only this once",
            description =
                    "The old secret stops working, the device's screens are unpaired and its tokens issued before "
                            + "stop working within seconds: each screen is paired again with the new secret.")
    DeviceView resetSecret(@PathVariable long officeId, @PathVariable long deviceId) {
        access.require(officeId, Role.ADMIN);
        String secret = token(18);
        var device = jdbc.sql("""
                        update device set secret_hash = ?, secret_reset_at = ?
                        where id = ? and office_id = ? and revoked_at is null
                        returning id, code, kind, counter_id, created_at""")
                .params(passwords.encode(secret), Timestamp.from(clock.instant()), deviceId, officeId)
                .query((rs, n) -> new DeviceView(
                        rs.getLong("id"),
                        rs.getString("code"),
                        Role.valueOf(rs.getString("kind")),
                        (Long) rs.getObject("counter_id"),
                        rs.getTimestamp("created_at").toInstant(),
                        null,
                        secret))
                .optional()
                .orElseThrow(() -> new NotFoundException("active device", deviceId));
        pairings.revokeAll(deviceId);
        return device;
    }

    private void requireMember(long officeId, long staffId) {
        if (jdbc.sql("select count(*) from staff_office_role where staff_id = ? and office_id = ?")
                        .params(staffId, officeId)
                        .query(Long.class)
                        .single()
                == 0) {
            throw new NotFoundException("staff account in this office", staffId);
        }
    }

    /**
     * A lock or a new password acts on the whole account: an admin of one office must not take over, or shut
     * out, someone who also works where that admin has no say.
     */
    private void requireAdminOfEveryOffice(Caller caller, long staffId) {
        List<Long> offices = jdbc.sql("select distinct office_id from staff_office_role where staff_id = ?")
                .param(staffId)
                .query(Long.class)
                .list();
        if (offices.stream().anyMatch(office -> !caller.holds(office, Role.ADMIN))) {
            throw new AccessDeniedException("This account also works in an office you do not administer");
        }
    }

    private void setActive(long staffId, boolean active) {
        jdbc.sql("update staff set active = ? where id = ?")
                .params(active, staffId)
                .update();
        revocations.forgetStaff(staffId);
    }

    private static void requireStaffRoles(Set<Role> roles) {
        if (roles.stream().anyMatch(Role::isDevice)) {
            throw new BadRequestException("roles", "Staff roles are CLERK, HEAD and ADMIN");
        }
    }

    private static Set<Role> roles(String[] names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            roles.add(Role.valueOf(name));
        }
        return roles;
    }

    private static String token(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}

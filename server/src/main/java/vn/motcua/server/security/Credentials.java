package vn.motcua.server.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Credentials {

    private final JdbcClient jdbc;
    private final Clock clock;

    Credentials(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<StaffAccount> staff(String username) {
        return jdbc.sql(
                        "select id, username, full_name, password_hash, active, must_change_password from staff where username = ?")
                .param(username)
                .query((rs, n) -> new StaffAccount(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("full_name"),
                        rs.getString("password_hash"),
                        rs.getBoolean("active"),
                        rs.getBoolean("must_change_password"),
                        new HashSet<>()))
                .optional()
                .map(account -> {
                    account.grants()
                            .addAll(jdbc.sql(
                                            "select office_id || ':' || role from staff_office_role where staff_id = ?")
                                    .param(account.id())
                                    .query(String.class)
                                    .list());
                    return account;
                });
    }

    Optional<DeviceAccount> device(String code) {
        return jdbc.sql("""
                        select id, code, kind, office_id, counter_id, secret_hash
                        from device where code = ? and revoked_at is null""")
                .param(code)
                .query((rs, n) -> new DeviceAccount(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("kind"),
                        rs.getLong("office_id"),
                        (Long) rs.getObject("counter_id"),
                        rs.getString("secret_hash")))
                .optional();
    }

    Optional<String> passwordHash(long staffId) {
        return jdbc.sql("select password_hash from staff where id = ? and active")
                .param(staffId)
                .query(String.class)
                .optional();
    }

    Optional<String> username(long staffId) {
        return jdbc.sql("select username from staff where id = ?")
                .param(staffId)
                .query(String.class)
                .optional();
    }

    /**
     * @param temporary set by an admin: its owner must replace it before signing in again, and the tokens
     *                  issued before it stop working
     */
    void setPassword(long staffId, String hash, boolean temporary) {
        jdbc.sql("""
                        update staff set password_hash = ?, must_change_password = ?,
                            password_reset_at = case when ? then ? else password_reset_at end
                        where id = ?""")
                .params(hash, temporary, temporary, Timestamp.from(clock.instant()), staffId)
                .update();
    }

    record StaffAccount(
            long id,
            String username,
            String fullName,
            String passwordHash,
            boolean active,
            boolean mustChangePassword,
            Set<String> grants) {}

    record DeviceAccount(long id, String code, String kind, long officeId, Long counterId, String secretHash) {}
}

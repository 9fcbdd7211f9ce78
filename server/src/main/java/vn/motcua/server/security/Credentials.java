package vn.motcua.server.security;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Credentials {

    private final JdbcClient jdbc;

    Credentials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StaffAccount> staff(String username) {
        return jdbc.sql("select id, full_name, password_hash from staff where username = ? and active")
                .param(username)
                .query((rs, n) -> new StaffAccount(rs.getLong("id"), rs.getString("full_name"),
                        rs.getString("password_hash"), new HashSet<>()))
                .optional()
                .map(account -> {
                    account.grants().addAll(jdbc.sql(
                                    "select office_id || ':' || role from staff_office_role where staff_id = ?")
                            .param(account.id()).query(String.class).list());
                    return account;
                });
    }

    Optional<DeviceAccount> device(String code) {
        return jdbc.sql("""
                        select id, code, kind, office_id, counter_id, secret_hash
                        from device where code = ? and revoked_at is null""")
                .param(code)
                .query((rs, n) -> new DeviceAccount(rs.getLong("id"), rs.getString("code"), rs.getString("kind"),
                        rs.getLong("office_id"), (Long) rs.getObject("counter_id"), rs.getString("secret_hash")))
                .optional();
    }

    record StaffAccount(long id, String fullName, String passwordHash, Set<String> grants) {
    }

    record DeviceAccount(long id, String code, String kind, long officeId, Long counterId, String secretHash) {
    }
}

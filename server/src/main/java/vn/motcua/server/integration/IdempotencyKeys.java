package vn.motcua.server.integration;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The idempotency keys of the integration requests of each office, with the answer each one got. */
@Repository
class IdempotencyKeys {

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the key, or returns the row already there. A concurrent request holding the same key uncommitted
     * makes this wait for its end: then the committed row comes back (or, if it rolled back, ours is inserted).
     * The no-op update is what makes PostgreSQL return the existing row.
     */
    Claim claim(long officeId, String key, String requestHash, Instant at) {
        return jdbc.sql("""
                        insert into idempotency_key (office_id, key, request_hash, created_at) values (?, ?, ?, ?)
                        on conflict (office_id, key) do update set created_at = idempotency_key.created_at
                        returning request_hash, status, response_body""")
                .params(officeId, key, requestHash, Timestamp.from(at))
                .query((rs, n) -> new Claim(
                        rs.getString("request_hash"), (Integer) rs.getObject("status"), rs.getString("response_body")))
                .single();
    }

    void complete(long officeId, String key, int status, String responseBody) {
        jdbc.sql("update idempotency_key set status = ?, response_body = ? where office_id = ? and key = ?")
                .params(status, responseBody, officeId, key)
                .update();
    }

    int deleteCreatedBefore(Instant before) {
        return jdbc.sql("delete from idempotency_key where created_at < ?")
                .param(Timestamp.from(before))
                .update();
    }

    /** A key's row; without a status it is the one this transaction has just inserted. */
    record Claim(String requestHash, Integer status, String responseBody) {

        boolean isNew() {
            return status == null;
        }
    }
}

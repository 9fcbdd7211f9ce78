package vn.motcua.client.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A signed bearer token and what it allows: roles, the offices it acts in, and a tablet's counter. */
public record AccessToken(
        String token,
        Instant expiresAt,
        String subject,
        String displayName,
        Set<Role> roles,
        List<Long> officeIds,
        Long counterId) {}

package vn.motcua.server.security;

import java.util.List;
import java.util.Set;
import vn.motcua.client.api.Role;

/**
 * Who is making the current request: a member of staff or a device, with the roles it holds in
 * each office ({@code grants} as "officeId:ROLE") and, for a rating tablet, its counter.
 */
public record Caller(String subject, String name, Set<String> grants, Long counterId) {

    public boolean isStaff() {
        return subject.startsWith("staff:");
    }

    public boolean isDevice() {
        return subject.startsWith("device:");
    }

    /** The staff id for a member of staff, the device id for a device. */
    public long id() {
        return Long.parseLong(subject.substring(subject.indexOf(':') + 1));
    }

    public boolean holds(long officeId, Role role) {
        return grants.contains(officeId + ":" + role.name());
    }

    public boolean actsIn(long officeId) {
        return grants.stream().anyMatch(g -> g.startsWith(officeId + ":"));
    }

    public List<Long> officeIds() {
        return grants.stream()
                .map(g -> Long.parseLong(g.substring(0, g.indexOf(':'))))
                .distinct()
                .sorted()
                .toList();
    }
}

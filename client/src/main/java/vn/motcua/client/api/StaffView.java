package vn.motcua.client.api;

import java.util.Set;

/** A staff account as its office's admin sees it; {@code email} is null where none is recorded. */
public record StaffView(long id, String username, String fullName, boolean active, Set<Role> roles, String email) {}

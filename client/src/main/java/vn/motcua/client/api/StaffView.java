package vn.motcua.client.api;

import java.util.Set;

public record StaffView(long id, String username, String fullName, boolean active, Set<Role> roles) {}

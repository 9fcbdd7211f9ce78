package vn.motcua.client.api;

/** Staff roles (people) and device roles (screens), each scoped to offices. */
public enum Role {
    CLERK,
    HEAD,
    ADMIN,
    KIOSK,
    DISPLAY,
    RATING_TABLET;

    public boolean isDevice() {
        return this == KIOSK || this == DISPLAY || this == RATING_TABLET;
    }
}

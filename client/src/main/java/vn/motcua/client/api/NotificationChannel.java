package vn.motcua.client.api;

/** The ways a citizen may ask to be told of their dossier: email, SMS, or a Zalo (ZNS) message to their phone. */
public enum NotificationChannel {
    EMAIL,
    SMS,
    ZALO
}

package vn.motcua.server.notify;

import vn.motcua.client.api.NotificationChannel;

/** Sends a message on one channel; the outbox dispatcher decides when, retries and keeps the record. */
interface ChannelAdapter {

    NotificationChannel channel();

    /** Whether the channel is configured here; messages on one that is not wait in the outbox. */
    boolean configured();

    /**
     * Sends the message once, or throws; returns the provider's id of it, if it gives one.
     *
     * @param id the outbox row's id, which a provider that takes a tracking id is given
     */
    String send(long id, Outbox.Message message) throws DeliveryFailed;

    /** The provider refused the message or could not be reached; the dispatcher tries again later. */
    final class DeliveryFailed extends Exception {
        DeliveryFailed(String message, Throwable cause) {
            super(message, cause);
        }

        DeliveryFailed(String message) {
            super(message);
        }
    }
}

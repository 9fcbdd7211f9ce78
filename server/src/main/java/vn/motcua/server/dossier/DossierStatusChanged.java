package vn.motcua.server.dossier;

import java.time.Instant;
import vn.motcua.client.api.DossierStatus;

/**
 * Published inside the transaction that gives a dossier a status, its first (RECEIVED) included; listen with
 * {@code @TransactionalEventListener} to act only on changes that commit.
 */
public record DossierStatusChanged(long officeId, String code, DossierStatus status, Instant at) {}

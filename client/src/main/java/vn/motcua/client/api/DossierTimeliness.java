package vn.motcua.client.api;

/**
 * Whether a dossier is handled within its deadline: still RUNNING within it, finished ON_TIME, LATE
 * (finished or still open past the deadline, or asked more than once for supplements), or NOT_COUNTED
 * (withdrawn by the applicant).
 */
public enum DossierTimeliness {
    RUNNING,
    ON_TIME,
    LATE,
    NOT_COUNTED
}

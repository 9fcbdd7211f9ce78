package vn.motcua.server.indicator;

/**
 * The figures of one scope from which every computed indicator follows; sums of counts, so an office's are the sum of
 * its areas' and a province's the sum of its offices'.
 *
 * @param handled         dossiers received or worked on in the period (received before its end, not ended before its
 *                        start), withdrawn ones left out: the denominator of 2.1 and 5.4
 * @param onTime          of those, ended (or, when still open at the period's end, judged then) by their deadline
 * @param completed       dossiers received in the period and resolved or returned by now: the denominator of 2.2
 * @param handlingSeconds their handling time in the office's working hours, the supplement wait given back
 * @param dissatisfied    handled dossiers whose ticket was rated "not satisfied" or that a feedback (PAKN) names
 * @param ratings         ratings given in the period (Phần II)
 */
record Counts(
        long handled,
        long onTime,
        long completed,
        long handlingSeconds,
        long dissatisfied,
        long ratings,
        long verySatisfied,
        long satisfied,
        long notSatisfied) {

    static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0);

    Counts plus(Counts o) {
        return new Counts(
                handled + o.handled,
                onTime + o.onTime,
                completed + o.completed,
                handlingSeconds + o.handlingSeconds,
                dissatisfied + o.dissatisfied,
                ratings + o.ratings,
                verySatisfied + o.verySatisfied,
                satisfied + o.satisfied,
                notSatisfied + o.notSatisfied);
    }

    Counts withDossiers(long handled, long onTime, long completed, long handlingSeconds, long dissatisfied) {
        return new Counts(
                handled,
                onTime,
                completed,
                handlingSeconds,
                dissatisfied,
                ratings,
                verySatisfied,
                satisfied,
                notSatisfied);
    }

    Counts withRatings(long ratings, long verySatisfied, long satisfied, long notSatisfied) {
        return new Counts(
                handled,
                onTime,
                completed,
                handlingSeconds,
                dissatisfied,
                ratings,
                verySatisfied,
                satisfied,
                notSatisfied);
    }

    long late() {
        return handled - onTime;
    }
}

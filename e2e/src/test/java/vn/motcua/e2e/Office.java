package vn.motcua.e2e;

import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.OfficeView;

/** The demo centre's ids, looked up by name rather than assumed: office, its counter 1, its area A. */
record Office(long id, long counter1, long areaA) {

    static Office centre(MotcuaClient client) {
        OfficeView office = client.offices().stream().filter(o -> o.name().equals(Ui.OFFICE)).findFirst()
                .orElseThrow(() -> new AssertionError("The demo office " + Ui.OFFICE + " is not seeded"));
        long counter = office.counters().stream().filter(c -> c.number() == 1).findFirst().orElseThrow().id();
        long area = office.areas().stream().filter(a -> a.name().equals(Ui.AREA_A)).findFirst().orElseThrow().id();
        return new Office(office.id(), counter, area);
    }
}

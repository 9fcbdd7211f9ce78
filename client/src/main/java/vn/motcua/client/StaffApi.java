package vn.motcua.client;

import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;
import vn.motcua.client.api.PasswordChange;
import vn.motcua.client.api.PasswordReset;
import vn.motcua.client.api.StaffRequest;
import vn.motcua.client.api.StaffUpdate;
import vn.motcua.client.api.StaffView;

/** The accounts of an office's staff, and one's own password. */
@HttpExchange
public interface StaffApi {

    @GetExchange("/offices/{officeId}/staff")
    List<StaffView> staff(@PathVariable long officeId);

    @PostExchange("/offices/{officeId}/staff")
    StaffView addStaff(@PathVariable long officeId, @RequestBody StaffRequest staff);

    @PutExchange("/offices/{officeId}/staff/{staffId}")
    StaffView updateStaff(@PathVariable long officeId, @PathVariable long staffId, @RequestBody StaffUpdate staff);

    /** Locks the account: it can no longer sign in, and its tokens stop working within seconds. */
    @PostExchange("/offices/{officeId}/staff/{staffId}/lock")
    void lockStaff(@PathVariable long officeId, @PathVariable long staffId);

    @PostExchange("/offices/{officeId}/staff/{staffId}/unlock")
    void unlockStaff(@PathVariable long officeId, @PathVariable long staffId);

    /** An admin sets a temporary password for a member of staff of the office. */
    @PostExchange("/offices/{officeId}/staff/{staffId}/password")
    void resetPassword(@PathVariable long officeId, @PathVariable long staffId, @RequestBody PasswordReset reset);

    default void resetPassword(long officeId, long staffId, String temporaryPassword) {
        resetPassword(officeId, staffId, new PasswordReset(temporaryPassword));
    }

    /** The signed-in member of staff changes their own password. */
    @PostExchange("/staff/me/password")
    void changeOwnPassword(@RequestBody PasswordChange change);

    default void changeOwnPassword(String currentPassword, String newPassword) {
        changeOwnPassword(new PasswordChange(currentPassword, newPassword));
    }
}

package vn.motcua.server.office;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.client.api.Notice;
import vn.motcua.client.api.Role;
import vn.motcua.server.security.Access;

@RestController
@RequestMapping("/api/v1/offices/{officeId}/notice")
@Tag(name = "offices")
class NoticeController {

    private final JdbcClient jdbc;
    private final Access access;

    NoticeController(JdbcClient jdbc, Access access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @GetMapping
    @Operation(
            summary = "The display board's notice line",
            description = "Callers: any staff member or device of the office.")
    Notice notice(@PathVariable long officeId) {
        access.require(officeId, Role.values());
        return new Notice(jdbc.sql("select display_notice from office where id = ?")
                .param(officeId)
                .query(String.class)
                .single());
    }

    @PutMapping
    @Operation(
            summary = "Set the display board's notice line (empty clears it)",
            description = "Callers: ADMIN of the office.")
    Notice set(@PathVariable long officeId, @Valid @RequestBody Notice notice) {
        access.require(officeId, Role.ADMIN);
        String text = notice.text().strip();
        jdbc.sql("update office set display_notice = ? where id = ?")
                .params(text, officeId)
                .update();
        return new Notice(text);
    }
}

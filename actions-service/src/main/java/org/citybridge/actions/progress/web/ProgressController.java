package org.citybridge.actions.progress.web;

import org.citybridge.actions.progress.ProgrammeProgress;
import org.citybridge.actions.progress.ProgressService;
import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Where a programme stands: its completion and each goal's, rolled up from the actions the caller may see. */
@RestController
class ProgressController {

    private final ProgressService progress;

    ProgressController(ProgressService progress) {
        this.progress = progress;
    }

    @GetMapping("/api/programmes/{programmeId}/progress")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    ProgrammeProgress get(@PathVariable String programmeId, Caller caller) {
        return progress.of(caller, programmeId);
    }
}

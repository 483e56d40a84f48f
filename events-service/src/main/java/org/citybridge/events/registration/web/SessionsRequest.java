package org.citybridge.events.registration.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The sessions a person now wants: the whole choice, replacing the earlier one. */
record SessionsRequest(@NotNull @Size(max = 20) List<@NotBlank @Size(max = 100) String> sessions) {
}

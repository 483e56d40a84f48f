package org.citybridge.organisations.pact.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/** The body of {@code POST /api/pacts/{id}/signatures/{signatureId}/withdraw}. */
record WithdrawRequest(@NotNull @PastOrPresent LocalDate date) {
}

package org.citybridge.organisations.pact.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.citybridge.organisations.pact.Pact;
import org.citybridge.organisations.pact.PactService;
import org.citybridge.organisations.pact.Signature;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The owning city's officers record signatures and withdrawals; the full records are theirs only. */
@RestController
@RequestMapping("/api/pacts/{pactId}/signatures")
class PactSignatureController {

    private final PactService pacts;

    PactSignatureController(PactService pacts) {
        this.pacts = pacts;
    }

    @PostMapping
    ResponseEntity<SignatureResponse> sign(@PathVariable String pactId, @Valid @RequestBody SignRequest request,
            Caller caller) {
        Signature signature = pacts.sign(pactId, caller, request.organisationId().trim(), request.responsibleName(),
                request.responsibleRole(), request.date(), request.toCommitments());
        return ResponseEntity.created(URI.create("/api/pacts/" + pactId + "/signatures/" + signature.id()))
                .body(SignatureResponse.of(pactId, signature));
    }

    @GetMapping("/{signatureId}")
    SignatureResponse get(@PathVariable String pactId, @PathVariable String signatureId, Caller caller) {
        Pact pact = pacts.ownedBy(pactId, caller);
        return pact.signature(signatureId).map(signature -> SignatureResponse.of(pactId, signature))
                .orElseThrow(() -> NotFoundException.of("Signature", signatureId));
    }

    @PostMapping("/{signatureId}/withdraw")
    SignatureResponse withdraw(@PathVariable String pactId, @PathVariable String signatureId,
            @Valid @RequestBody WithdrawRequest request, Caller caller) {
        return SignatureResponse.of(pactId, pacts.withdraw(pactId, signatureId, caller, request.date()));
    }
}

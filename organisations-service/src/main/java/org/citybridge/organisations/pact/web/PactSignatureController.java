package org.citybridge.organisations.pact.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.citybridge.organisations.pact.CommitmentRejectedException;
import org.citybridge.organisations.pact.Pact;
import org.citybridge.organisations.pact.PactId;
import org.citybridge.organisations.pact.PactService;
import org.citybridge.organisations.pact.Signature;
import org.citybridge.organisations.pact.SignatureId;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.web.InvalidFieldException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The owning city's officers record signatures and withdrawals; the full records, with the responsible
 * persons, are the city's only (the public sees the signatories page).
 */
@RestController
@RequestMapping("/api/pacts/{pactId}/signatures")
@Allowed(Role.OFFICER)
class PactSignatureController {

    private final PactService pacts;

    PactSignatureController(PactService pacts) {
        this.pacts = pacts;
    }

    @PostMapping
    ResponseEntity<SignatureResponse> sign(@PathVariable PactId pactId, @Valid @RequestBody SignRequest request,
            Caller caller) {
        Signature signature;
        try {
            signature = pacts.sign(pactId, caller, request.toPledge());
        } catch (CommitmentRejectedException e) {
            throw new InvalidFieldException("commitments[" + e.index() + "].lineOfWork", e.reason());
        }
        return ResponseEntity.created(URI.create("/api/pacts/" + pactId + "/signatures/" + signature.id()))
                .body(SignatureResponse.of(pactId.value(), signature));
    }

    /** The city's organisers read the record too, as they always could; only officers change it. */
    @GetMapping("/{signatureId}")
    @Allowed({Role.OFFICER, Role.ORGANISER})
    SignatureResponse get(@PathVariable PactId pactId, @PathVariable SignatureId signatureId, Caller caller) {
        Pact pact = pacts.ownedBy(pactId, caller);
        return pact.signature(signatureId).map(signature -> SignatureResponse.of(pactId.value(), signature))
                .orElseThrow(() -> NotFoundException.of("Signature", signatureId));
    }

    @PostMapping("/{signatureId}/withdraw")
    SignatureResponse withdraw(@PathVariable PactId pactId, @PathVariable SignatureId signatureId,
            @Valid @RequestBody WithdrawRequest request, Caller caller) {
        try {
            return SignatureResponse.of(pactId.value(), pacts.withdraw(pactId, signatureId, caller, request.date()));
        } catch (InvalidValueException e) {
            // The domain speaks of the withdrawal's date; the request calls it "date".
            throw "withdrawnOn".equals(e.property()) ? new InvalidFieldException("date", e.reason()) : e;
        }
    }
}

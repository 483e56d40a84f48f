package org.citybridge.organisations.pact;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citybridge.organisations.organisation.Organisation;
import org.citybridge.organisations.organisation.logo.LogoStore;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.springframework.stereotype.Component;

/**
 * Completes signatures with what the organisations say about themselves now: name, kind, logo. A
 * signatory consented to be shown on the pact's public page when it signed, so its organisation is
 * read without the caller's scope: the pact the signature belongs to was already read through it.
 */
@Component
public class Signatories {

    private final TenantStore<Organisation> organisations;
    private final LogoStore logos;

    Signatories(AggregateStores stores, LogoStore logos) {
        this.organisations = stores.tenantOwned(Organisation.class);
        this.logos = logos;
    }

    /** For what shows pictures (the PDF): reads each logo's bytes. */
    public List<Signatory> withLogos(List<Signature> signatures) {
        return complete(signatures, true);
    }

    /**
     * Without reading the logos: whether there is one is known from the organisation's document
     * (the public page links to it, the CSV shows none).
     */
    public List<Signatory> of(List<Signature> signatures) {
        return complete(signatures, false);
    }

    private List<Signatory> complete(List<Signature> signatures, boolean withLogos) {
        Map<String, Organisation> byId = organisations.findAllForSystem(
                signatures.stream().map(Signature::organisationId).distinct().toList()).stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        return signatures.stream().map(signature -> {
            Organisation organisation = byId.get(signature.organisationId());
            byte[] logo = null;
            String logoContentType = null;
            if (withLogos) {
                var found = logos.find(signature.organisationId());
                if (found.isPresent()) {
                    logo = found.get().content();
                    logoContentType = found.get().contentType();
                }
            }
            boolean hasLogo = logo != null || (organisation != null && organisation.logo() != null);
            return new Signatory(signature,
                    organisation != null ? organisation.name() : signature.organisationName(),
                    organisation != null ? organisation.kind() : null, hasLogo, logo, logoContentType);
        }).toList();
    }
}

package org.citybridge.actions.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.citybridge.actions.organisation.remote.OrganisationsUnavailableException;
import org.citybridge.actions.organisation.remote.RemoteOrganisations;
import org.citybridge.platform.tenancy.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The partner check: the read model answers what it knows, organisations-service what it does not
 * know yet (an organisation registered a moment ago, or a read model still catching up). So with
 * organisations-service down, actions whose partners are in the read model still save.
 */
@Component
class ActivePartnerDirectory implements PartnerDirectory {

    private static final Logger log = LoggerFactory.getLogger(ActivePartnerDirectory.class);
    /**
     * Ids are UUIDs or slugs; anything else is no organisation and never goes into a URL, where a
     * {@code ../} would send the caller's token to another route of organisations-service.
     */
    private static final Pattern PLAUSIBLE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final OrganisationReadModel organisations;
    private final RemoteOrganisations organisationsService;

    ActivePartnerDirectory(OrganisationReadModel organisations, RemoteOrganisations organisationsService) {
        this.organisations = organisations;
        this.organisationsService = organisationsService;
    }

    @Override
    public void requireActive(Caller caller, String property, Collection<String> organisationIds) {
        String city = caller.requireMunicipality();
        if (organisationIds == null) {
            return;
        }
        List<String> unknownHere = new ArrayList<>();
        for (String id : new LinkedHashSet<>(organisationIds)) {
            if (id == null || !PLAUSIBLE_ID.matcher(id).matches()) {
                throw PartnerStanding.noOrganisationOf(city, property, String.valueOf(id));
            }
            Optional<OrganisationView> known = organisations.find(id);
            if (known.isPresent()) {
                PartnerStanding.of(known.get()).requireActivePartnerOf(city, property);
            } else {
                unknownHere.add(id);
            }
        }
        // Asked only after the read model's answers: what it refuses is a 400 even while organisations-service
        // is down, rather than a 503 that would only lead to the same 400 later.
        for (String id : unknownHere) {
            askOrganisationsService(city, property, id).requireActivePartnerOf(city, property);
        }
    }

    private PartnerStanding askOrganisationsService(String city, String property, String id) {
        try {
            return organisationsService.find(id).map(PartnerStanding::of)
                    .orElseThrow(() -> PartnerStanding.noOrganisationOf(city, property, id));
        } catch (OrganisationsUnavailableException unavailable) {
            // The listener may have caught up while the call waited.
            return organisations.find(id).map(PartnerStanding::of).orElseThrow(() -> {
                log.warn("Organisation {} is not in the read model and organisations-service did not answer ({})", id,
                        unavailable.getCause().toString());
                return unavailable;
            });
        }
    }

    @Override
    public boolean isActive(String organisationId) {
        return organisations.find(organisationId).map(OrganisationView::active).orElse(false);
    }

    @Override
    public Optional<String> name(String organisationId) {
        return organisations.find(organisationId).map(OrganisationView::name);
    }
}

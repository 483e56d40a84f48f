package org.citybridge.organisations.demo;

import java.util.List;

import org.citybridge.organisations.organisation.Address;
import org.citybridge.organisations.organisation.ContactPerson;
import org.citybridge.organisations.organisation.Organisation;
import org.citybridge.organisations.organisation.OrganisationDetails;
import org.citybridge.organisations.organisation.OrganisationKind;
import org.citybridge.platform.demo.DemoFiles;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;

/**
 * Loads the demo organisations named in the seed documents ({@code demo/organisations.json}) when
 * {@code citybridge.demo.enabled} is set, as {@code ./citybridge up} does. Ids are fixed, so a second
 * start finds them and adds nothing (nor changes them: an officer may have edited them). They go through
 * the aggregate, so their events reach the other services' read models like any other registration.
 */
@Component
@ConditionalOnProperty("citybridge.demo.enabled")
@Order(1)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /**
     * One organisation of {@code demo/organisations.json}.
     *
     * @param fictitious which details are invented rather than taken from the seeds ({@code name},
     *                   {@code address}, {@code contactPersons}, ...); invented people and addresses use
     *                   example.org and "Voorbeeld" names
     * @param source     where the seed documents name it, in their own words
     */
    record DemoOrganisation(String id, String municipality, String name, OrganisationKind kind, Visibility visibility,
            String website, List<String> communities, Address address, List<ContactPerson> contactPersons,
            List<String> fictitious, String source) {

        OrganisationDetails details() {
            return new OrganisationDetails(name, kind, visibility, address, website, communities, contactPersons);
        }
    }

    private final TenantStore<Organisation> organisations;

    DemoData(AggregateStores stores) {
        this.organisations = stores.tenantOwned(Organisation.class);
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = 0;
        List<DemoOrganisation> demo = read();
        for (DemoOrganisation seed : demo) {
            if (organisations.findForSystem(seed.id()).isEmpty()) {
                organisations.save(Organisation.register(seed.id(), seed.municipality(), seed.details()));
                added++;
            }
        }
        log.info("Demo data: {} organisations added, {} were already there", added, demo.size() - added);
    }

    static List<DemoOrganisation> read() {
        return DemoFiles.read("organisations.json", new TypeReference<List<DemoOrganisation>>() { });
    }
}

package org.citybridge.events.organisation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

interface OrganisationViewRepository extends MongoRepository<OrganisationView, String> {

    /** Active organisations the caller's city may name: its own and those shared with the network. */
    @Query("{ 'status': { '$ne': 'INACTIVE' }, "
            + "'$or': [ { 'municipality': ?0 }, { 'visibility': { '$in': ['NETWORK', 'PUBLIC'] } } ] }")
    Page<OrganisationView> findActiveVisibleToMunicipality(String municipality, Pageable pageable);
}

package org.citybridge.events.organisation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

interface OrganisationViewRepository extends MongoRepository<OrganisationView, String> {

    @Query("{ '$or': [ { 'municipality': ?0 }, { 'visibility': { '$in': ['NETWORK', 'PUBLIC'] } } ] }")
    Page<OrganisationView> findVisibleToMunicipality(String municipality, Pageable pageable);
}

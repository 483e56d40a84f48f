package org.citybridge.organisations.organisation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface OrganisationRepository extends MongoRepository<Organisation, String> {

    /** The caller's own organisations and those other cities share with the network or the public. */
    @Query("{ '$or': [ { 'municipality': ?0 }, { 'visibility': { '$in': ['NETWORK', 'PUBLIC'] } } ] }")
    Page<Organisation> findVisibleToMunicipality(String municipality, Pageable pageable);
}

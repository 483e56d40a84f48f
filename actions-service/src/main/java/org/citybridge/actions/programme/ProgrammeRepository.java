package org.citybridge.actions.programme;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

interface ProgrammeRepository extends MongoRepository<Programme, String> {

    @Query("{ '$or': [ { 'municipality': ?0 }, { 'visibility': { '$in': ['NETWORK', 'PUBLIC'] } } ] }")
    Page<Programme> findVisibleToMunicipality(String municipality, Pageable pageable);
}

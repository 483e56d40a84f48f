package org.citybridge.knowledge.practice;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

interface PracticeRepository extends MongoRepository<Practice, String> {

    @Query("{ '$or': [ { 'municipality': ?0 }, { 'visibility': { '$in': ['NETWORK', 'PUBLIC'] } } ] }")
    Page<Practice> findVisibleToMunicipality(String municipality, Pageable pageable);
}

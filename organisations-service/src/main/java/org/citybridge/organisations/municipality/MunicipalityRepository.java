package org.citybridge.organisations.municipality;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface MunicipalityRepository extends MongoRepository<Municipality, String> {
}

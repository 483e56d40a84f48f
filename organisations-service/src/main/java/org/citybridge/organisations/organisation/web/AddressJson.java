package org.citybridge.organisations.organisation.web;

import jakarta.validation.constraints.Size;

import org.citybridge.organisations.organisation.Address;
import org.citybridge.platform.web.CountryCode;

/** An address in requests and responses. */
record AddressJson(
        @Size(max = 200) String street,
        @Size(max = 20) String postalCode,
        @Size(max = 100) String city,
        @CountryCode String country) {

    Address toAddress() {
        return Address.of(street, postalCode, city, country);
    }

    static AddressJson of(Address address) {
        return address == null ? null
                : new AddressJson(address.street(), address.postalCode(), address.city(), address.country());
    }
}

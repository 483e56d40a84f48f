package org.citybridge.organisations.organisation.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citybridge.organisations.organisation.Address;

/** An address in requests and responses. */
record AddressJson(
        @Size(max = 200) String street,
        @Size(max = 20) String postalCode,
        @Size(max = 100) String city,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as NL, BE or DE") String country) {

    Address toAddress() {
        return Address.of(street, postalCode, city, country);
    }

    static AddressJson of(Address address) {
        return address == null ? null
                : new AddressJson(address.street(), address.postalCode(), address.city(), address.country());
    }
}

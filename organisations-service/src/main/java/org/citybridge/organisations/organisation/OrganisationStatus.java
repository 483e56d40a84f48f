package org.citybridge.organisations.organisation;

public enum OrganisationStatus {
    ACTIVE, INACTIVE
}

package org.citybridge.organisations.pact;

public enum SignatureStatus {
    ACTIVE, WITHDRAWN
}

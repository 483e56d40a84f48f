package org.citybridge.knowledge.bridgegroup;

/** Who takes part in a bridge group besides its cities. */
public enum MemberKind {
    /** An officer of a member city, by the user id of their token's subject. */
    OFFICER,
    /** An organisation of a member city, by its id in organisations-service. */
    ORGANISATION
}

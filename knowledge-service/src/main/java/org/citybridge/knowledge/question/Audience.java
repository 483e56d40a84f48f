package org.citybridge.knowledge.question;

/** Whom a question is addressed to. */
public enum Audience {
    /** Every member city: the question is shared with the network. */
    NETWORK,
    /** The municipalities the asker chose. */
    MUNICIPALITIES,
    /** The member cities of one bridge group, as they were when the question was asked. */
    BRIDGE_GROUP
}

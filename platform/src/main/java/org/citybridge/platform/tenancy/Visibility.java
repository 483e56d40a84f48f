package org.citybridge.platform.tenancy;

import java.util.Comparator;
import java.util.stream.Stream;

/** Who may see a shareable thing (organisation, practice, action, event) of one city. */
public enum Visibility {
    /** Only the owning municipality; other cities get 404, as if it did not exist. */
    PRIVATE,
    /** Every member city of the network. */
    NETWORK,
    /** Everyone, including anonymous visitors of public pages. */
    PUBLIC;

    /**
     * Whether this shares with more people than {@code other}: a part (an action of a programme, an
     * indicator of an action) is never shared wider than the whole it belongs to.
     */
    public boolean isWiderThan(Visibility other) {
        return ordinal() > other.ordinal();
    }

    /** The widest of the parts' visibilities; PRIVATE when there are none. */
    public static Visibility widestOf(Stream<Visibility> visibilities) {
        return visibilities.max(Comparator.naturalOrder()).orElse(PRIVATE);
    }

    public boolean visibleTo(String owningMunicipality, Caller caller) {
        return switch (this) {
            case PUBLIC -> true;
            case NETWORK -> !caller.isAnonymous();
            case PRIVATE -> caller.belongsTo(owningMunicipality);
        };
    }
}

package org.citybridge.organisations.pact;

import org.citybridge.platform.domain.InvalidValueException;

/**
 * One of a signing's commitments names a line of work the pact does not have, or repeats one. It says
 * which commitment (0-based, in the order given), so that the web layer can point at it.
 */
public class CommitmentRejectedException extends InvalidValueException {

    private final int index;

    CommitmentRejectedException(int index, String reason) {
        super("lineOfWork", reason);
        this.index = index;
    }

    public int index() {
        return index;
    }
}

package org.citybridge.platform.domain;

/**
 * The caller may see the thing but not do this to it, e.g. change another city's shared organisation
 * (a client sees 403). Whoever may not even see it gets {@link NotFoundException} instead.
 */
public class NotAllowedException extends DomainException {

    public NotAllowedException(String message) {
        super(message);
    }
}

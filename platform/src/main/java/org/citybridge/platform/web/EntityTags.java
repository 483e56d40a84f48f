package org.citybridge.platform.web;

import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Entity tags (RFC 9110): an aggregate's is its quoted version, so {@code If-Match} lets a client
 * change only the version it read.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static String ofVersion(Long version) {
        return quote(String.valueOf(version == null ? 0 : version));
    }

    public static String quote(String opaque) {
        return "\"" + opaque + "\"";
    }

    /** 428 without If-Match, 412 when it names another version. */
    public static void requireMatch(String ifMatch, String current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException(
                    "Send If-Match with the ETag you read (GET), so that you do not overwrite someone else's change.");
        }
        requireMatchIfPresent(ifMatch, current);
    }

    /** 412 when an If-Match was sent and names another version; nothing when none was sent. */
    public static void requireMatchIfPresent(String ifMatch, String current) {
        if (ifMatch != null && !ifMatch.isBlank() && !matchesStrongly(ifMatch, current)) {
            throw new PreconditionFailedException(
                    "This was changed since you read it (ETag " + current + "); read it again.");
        }
    }

    /** If-Match uses the strong comparison: a weak tag never matches. */
    public static boolean matchesStrongly(String header, String current) {
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current)) {
                return true;
            }
        }
        return false;
    }

    /** If-None-Match uses the weak comparison: {@code W/"x"} matches {@code "x"}. */
    public static boolean matchesWeakly(String header, String current) {
        if (header == null) {
            return false;
        }
        String opaque = stripWeak(current);
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || stripWeak(tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs a change made to the version the caller read (and matched with If-Match): someone who saved
     * in between made that version stale, which for the caller is a failed precondition (412).
     */
    public static <T> T unlessChangedMeanwhile(String what, Supplier<T> change) {
        try {
            return change.get();
        } catch (OptimisticLockingFailureException e) {
            throw new PreconditionFailedException("The " + what + " was changed in the meantime; read it again.");
        }
    }

    private static String stripWeak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}

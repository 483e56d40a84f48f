package org.citybridge.knowledge.practice;

/** Whom a colleague of another city calls about the practice. */
public record ContactPerson(String name, String role, String email, String phone) {
}

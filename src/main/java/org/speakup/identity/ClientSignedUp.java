package org.speakup.identity;

/** A client created an account; {@code track} says whether they get the adolescent material. */
public record ClientSignedUp(AccountId accountId, Track track) {}

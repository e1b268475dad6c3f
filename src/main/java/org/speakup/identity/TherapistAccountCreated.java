package org.speakup.identity;

public record TherapistAccountCreated(AccountId accountId, AccountId createdBy) {}

package org.speakup.care;

import org.speakup.identity.AccountId;

public record CareLinkEnded(AccountId client, AccountId therapist) {}

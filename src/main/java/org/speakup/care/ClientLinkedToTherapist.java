package org.speakup.care;

import org.speakup.identity.AccountId;

public record ClientLinkedToTherapist(AccountId client, AccountId therapist) {}

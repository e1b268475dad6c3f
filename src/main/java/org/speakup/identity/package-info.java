/**
 * Accounts, roles and organisations: sign-up with age rules, sign-in throttling, password reset, first-admin setup, therapist accounts created by admins, and the client's own profile.
 */
@NullMarked
package org.speakup.identity;

import org.jspecify.annotations.NullMarked;

/**
 * Care relationships between therapists and clients: invitation codes, the client's consent, what
 * the client chooses to share, and ending a link. Later: caseload, homework, comments and groups.
 */
@NullMarked
package org.speakup.care;

import org.jspecify.annotations.NullMarked;

/**
 * What each person sees when they arrive: the home page for clients, therapists and admins. It
 * will grow into dashboards and milestones built from the other modules' events.
 */
@NullMarked
package org.speakup.progress;

import org.jspecify.annotations.NullMarked;
